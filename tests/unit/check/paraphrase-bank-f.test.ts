import { describe } from 'vitest';
import { verdictCases, type VerdictCase } from './helpers';

/**
 * Paraphrases and other senses of the passend.* items, on sentences written for these tests
 * (never taken from a corpus or from the sentence bank): each concept said in plain words, as a
 * web page, a B1 summary or a table row would say it, is found, and a near miss (another sense of
 * a word, or the same words without the concept) is not. A passage is judged on its own, as part
 * of a regiovisie, against the LOC checklist as it ships.
 */

describe('passend.wachtlijsten', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Elk kwartaal meten de gemeenten hoe lang kinderen wachten voordat hun behandeling begint.', 'how long children wait, measured'],
    ['aanwezig', 'Per aanbieder zetten we op onze website hoe lang gezinnen wachten.', 'how long families wait, published on the website'],
    ['ontbreekt', 'We meten hoe lang jongeren in de jeugdhulp blijven.', 'near miss: how long help lasts, not the wait'],
    ['ontbreekt', 'Hoe lang een traject duurt, volgen we per aanbieder.', 'near miss: the length of a course of help'],
  ];
  verdictCases('passend.wachtlijsten', cases);
});

describe('passend.beschikbaar-in-regio', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Gaat een zorgaanbieder failliet, dan nemen andere aanbieders de kinderen over zodat hun behandeling doorloopt.', 'help goes on when a provider goes bankrupt'],
    ['aanwezig', 'Als een aanbieder stopt, regelen wij dat de begeleiding van elk gezin zonder onderbreking doorgaat.', 'help goes on when a provider stops'],
    ['ontbreekt', 'De gemeente sluit met de aanbieder een contract voor jeugdhulp dat doorloopt tot 2026.', 'near miss: a contract with a provider that runs on'],
    ['aanwezig', 'Ook zware vormen van behandeling zijn in onze regio te vinden, zodat niemand ver hoeft te reizen.', 'heavy treatment to be found in the region'],
    ['ontbreekt', 'Wat er in onze regio aan jeugdhulp is, is te vinden op de website van het jeugdteam.', 'near miss: information to be found on a website'],
    ['ontbreekt', 'Er is in onze regio te weinig beschikbaarheid van bouwgrond voor jonge gezinnen.', 'other sense: building land available in the region'],
    ['ontbreekt', 'Door de lage beschikbaarheid van kavels kunnen jonge gezinnen niet in het dorp blijven wonen.', 'other sense: building plots available'],
  ];
  verdictCases('passend.beschikbaar-in-regio', cases);
});

describe('passend.regio-afbakening', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'De gemeenten in de Kempen werken voor de jeugdhulp als één team.', 'municipalities working as one team'],
    ['ontbreekt', 'Het team van de gemeente werkt hard aan de nieuwe contracten.', 'near miss: a municipal team at work'],
    ['aanwezig', 'Over de inkoop van specialistische jeugdhulp beslist een regiobestuur met een wethouder uit elke gemeente.', 'a regional board decides on youth care'],
    ['ontbreekt', 'Het bestuur van de zorgaanbieder beslist over de inkoop van nieuwe bedden.', 'near miss: a provider\'s board'],
    ['ontbreekt', 'Het algemeen bestuur van de GGD besluit over de jeugdgezondheidszorg.', 'near miss: the board of the public health service'],
  ];
  verdictCases('passend.regio-afbakening', cases);
});

describe('passend.behoefte-en-schaal', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Met gegevens van de scholen en de huisartsen zoeken we uit welke hulp kinderen in onze gemeenten nodig hebben.', 'what help is needed, found from data'],
    ['ontbreekt', 'Na een gesprek met het gezin bepaalt de jeugdconsulent welke hulp nodig is.', 'near miss: one family\'s need, judged by a consultant'],
    ['ontbreekt', 'In de cijfers van het jaarverslag staat welke hulp het meest werd ingezet.', 'near miss: figures on help used, not on need'],
    ['aanwezig', 'De wethouders besluiten per soort hulp welke hulp in het dorp blijft en welke in de stad komt.', 'which help stays in the village and which goes to town'],
    ['aanwezig', 'Welke behandeling in de buurt en welke in de regio zit, kiezen we op basis van hoe vaak die nodig is.', 'which treatment near home and which in the region'],
    ['ontbreekt', 'Welke hulp er dichtbij en in de stad is, leest u in de folder van het jeugdteam.', 'near miss: where help is, as information'],
    ['aanwezig', 'Zware jeugdzorg wordt landelijk geregeld, pleegzorg regionaal en lichte opvoedhulp door elke gemeente zelf.', 'national, regional and local, each named'],
    ['deels', 'Het jeugdteam overlegt geregeld lokaal en regionaal over de hulp aan gezinnen.', 'near miss: \'geregeld\' is \'regularly\' here'],
    ['aanwezig', 'Analyse zorgvraag jeugd per gemeente | onderzoeksbureau van de regio | voor 1 juni', 'a table row: analysing the demand for youth care'],
    ['ontbreekt', 'Het wijkteam maakt een analyse van de hulpvraag van het gezin.', 'near miss: one family\'s question analysed'],
  ];
  verdictCases('passend.behoefte-en-schaal', cases);
});

describe('passend.duidelijk-aanbod', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'In drie stappen leggen we uit hoe ouders bij de juiste hulp komen.', 'how parents get to the right help, explained'],
    ['ontbreekt', 'Hoe u hulp krijgt, hangt af van de vraag die u heeft.', 'near miss: how help comes, without any explanation'],
    ['ontbreekt', 'Op de website leest u hoe u zich aanmeldt voor de zwemles.', 'near miss: signing up for swimming lessons'],
    ['ontbreekt', 'In drie stappen leggen we uit hoe u aan een parkeervergunning komt.', 'near miss: steps to a parking permit'],
  ];
  verdictCases('passend.duidelijk-aanbod', cases);
});

describe('passend.afstemming', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Mist een leerling veel lessen, dan zoeken de leerplichtambtenaar en het wijkteam samen met het gezin naar een oplossing.', 'compulsory-education officer and youth team seek a solution together'],
    ['aanwezig', 'De huisarts en het jeugdteam praten met elkaar over het kind van mevrouw.', 'family doctor and youth team talk with each other'],
    ['ontbreekt', 'Ouders en kinderen praten met elkaar over school.', 'near miss: a family talking about school'],
    ['ontbreekt', 'De politie en de school werken samen aan verkeersveiligheid rond het schoolplein.', 'near miss: police and school on road safety'],
    ['ontbreekt', 'Evenementen in het centrum worden samen met de horeca en de politie voorbereid in een ketenaanpak.', 'other sense: a chain approach with bars and police'],
  ];
  verdictCases('passend.afstemming', cases);
});

describe('passend.doorbraak', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Zijn de partijen het na twee gesprekken niet eens, dan hakt een regionaal team de knoop door.', 'a team that cuts the knot'],
    ['ontbreekt', 'De gemeenteraad hakt in juni de knoop door over het nieuwe zwembad.', 'near miss: a council deciding on a swimming pool'],
    ['deels', 'Wie hakt de knoop door als geen aanbieder een plek heeft voor het kind?', 'who cuts the knot, asked (a mention)'],
    ['aanwezig', 'Vastgelopen casussen worden voorgelegd aan het bestuurlijk overleg jeugd.', 'stuck cases put before the administrators'],
    ['ontbreekt', 'De vastgelopen onderhandelingen over de nieuwe sporthal zijn voorgelegd aan de gemeenteraad.', 'near miss: stuck negotiations on a sports hall'],
    ['ontbreekt', 'Het expertteam van het waterschap helpt bij vastgelopen bouwprojecten langs de dijk.', 'other sense: stuck building projects'],
  ];
  verdictCases('passend.doorbraak', cases);
});

describe('passend.geld-geoormerkt', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'De kosten zijn voor ons nooit een reden om een kind de behandeling te onthouden die het nodig heeft.', 'cost never a reason to withhold treatment'],
    ['aanwezig', 'Geld mag nooit bepalen of een jongere hulp krijgt.', 'money may never decide whether help is given'],
    ['deels', 'Er is nooit een reden om een kind te slaan, ook niet als er weinig geld is.', 'near miss: never a reason, not about help'],
    ['ontbreekt', 'De subsidie voor verduurzaming van sportaccommodaties is geoormerkt.', 'other sense: money earmarked for sustainability'],
    ['ontbreekt', 'Het budget voor klimaatadaptatie is alleen bedoeld voor groene schoolpleinen.', 'other sense: a climate budget'],
  ];
  verdictCases('passend.geld-geoormerkt', cases);
});
