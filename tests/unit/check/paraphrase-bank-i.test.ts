import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Paraphrases and other senses of the passend.* items, each on sentences written for these tests
 * (never taken from a corpus or the sentence bank): the item said in plain, B1 or youth words is
 * found, and a near miss (another sense, or the same words without the item's concept) is not. A
 * passage is judged on its own, as part of a regiovisie, against the LOC checklist as it ships.
 */

describe('passend.wachtlijsten in other words', () => {
  verdictCases('passend.wachtlijsten', [
    ['aanwezig', 'Elk kwartaal rapporteren we hoeveel jongeren op een behandeling wachten.', 'reporting how many young people wait'],
    ['aanwezig', 'De regio houdt per maand bij hoeveel gezinnen er op hulp wachten.', 'keeping count of waiting families'],
    ['deels', 'We wachten op cijfers over hoeveel kinderen elke maand jeugdhulp krijgen.', 'waiting for figures, not counting who waits'],
  ]);
});

describe('passend.beschikbaar-in-regio in other words', () => {
  verdictCases('passend.beschikbaar-in-regio', [
    ['aanwezig', 'Ook een kind dat zware hulp nodig heeft, moet dicht bij huis geholpen kunnen worden.', 'heavy help close to home'],
    ['aanwezig', 'Ook jongeren met intensieve zorgvragen kunnen in de buurt terecht voor gespecialiseerde hulp.', 'specialised help nearby'],
    ['aanwezig', 'Voor een behandeling hoef je niet naar de andere kant van het land.', 'no need to go across the country (hoef)'],
    ['ontbreekt', 'Buren uit de buurt hebben geholpen bij het zware sjouwwerk van de verhuizing.', 'heavy lifting helped by neighbours'],
    ['ontbreekt', 'Door de vergrijzing neemt de beschikbaarheid van huisartsen in de dorpen af.', 'availability of general practitioners'],
    ['ontbreekt', 'Tandartsen nemen nauwelijks nieuwe patiënten aan; de beschikbaarheid staat onder druk.', 'dentists taking no new patients'],
    ['aanwezig', 'De beschikbaarheid van specialistische jeugdhulp in de regio borgen we met meerjarige contracten.', 'availability of specialist youth care still found'],
  ]);
});

describe('passend.behoefte-en-schaal in other words', () => {
  verdictCases('passend.behoefte-en-schaal', [
    ['aanwezig', 'De wethouders spreken af wat elke gemeente zelf doet en wat met buurgemeenten wordt georganiseerd.', 'what each municipality does and what is shared'],
    ['aanwezig', 'Zeldzame vormen van behandeling kopen we samen met andere regio\'s in.', 'rare treatment bought with other regions'],
    ['ontbreekt', 'Met andere regio\'s wisselen we ervaringen uit over zware casussen.', 'exchanging experience with other regions'],
    ['ontbreekt', 'Wat dichtbij gebeurt, bespreken we met buurgemeenten.', 'talking with neighbours about what happens nearby'],
  ]);
});

describe('passend.duidelijk-aanbod in other words', () => {
  verdictCases('passend.duidelijk-aanbod', [
    ['aanwezig', 'Wij maken een kaart voor ouders waarop staat hoe ze bij specialistische jeugdhulp kunnen komen.', 'a map of how to reach help'],
    ['ontbreekt', 'Het overzicht van de jeugdhulpkosten laat zien welke stappen we in de begroting nog moeten zetten.', 'an overview of costs'],
    ['deels', 'Een vader vertelde dat er te veel loketten waren en dat hij niet wist waar hij hulp kon vinden.', 'too many counters, told by a father'],
    ['deels', 'Een moeder vertelt dat ze bij haar zoektocht naar hulp door de bomen het bos niet meer zag.', 'a mother lost in the supply of help'],
    ['ontbreekt', 'Bij de verbouwing van het gemeentehuis wisten we eerst niet waar we moesten beginnen.', 'not knowing where to start a renovation'],
  ]);
});

describe('passend.afstemming in other words', () => {
  verdictCases('passend.afstemming', [
    ['aanwezig', 'Elk kwartaal houden we een ketenoverleg over jongeren die achttien worden.', 'a chain meeting'],
    ['ontbreekt', 'De winkelketen overlegt met de gemeente over de openingstijden op zondag.', 'a retail chain talking with the council'],
  ]);
});

describe('passend.geld-geoormerkt in other words', () => {
  verdictCases('passend.geld-geoormerkt', [
    ['aanwezig', 'Al het geld dat de gemeenten van het Rijk voor jeugdzorg ontvangen, besteden zij ook aan jeugdzorg.', 'money received for youth care spent on it'],
    ['ontbreekt', 'Elke euro die we aan jeugdhulp uitgeven, moet bijdragen aan betere hulp.', 'spending well, not earmarking'],
    ['aanwezig', 'Wat een jongere nodig heeft is bepalend, niet de kosten.', 'need decides, not cost'],
    ['deels', 'In de praktijk is het budget leidend en niet wat een kind nodig heeft.', 'budget leads, the reverse'],
  ]);
});
