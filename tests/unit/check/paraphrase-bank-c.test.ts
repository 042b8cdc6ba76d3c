import { describe, it } from 'vitest';
import { expectVerdicts } from './helpers';

/**
 * Third round of paraphrases and other senses of the vertrouwen.* and passend.* items, each on
 * sentences written for these tests (never taken from a corpus or a bank): the item said in other
 * words is found, and a near miss (another sense, or the same words without the item's concept)
 * is not. A passage is judged on its own, as part of a regiovisie (assumeRegiovisie), against the
 * LOC checklist as it ships. 'not aanwezig' cases only ask that the item is not aanwezig.
 */

type Case = { id: string; why: string; expect: [string, 'aanwezig' | 'deels' | 'ontbreekt' | 'not aanwezig'][] };
const cases: Case[] = [
  {
    id: 'passend.wachtlijsten',
    why: "a waiting time at a level crossing is no waiting list for care",
    expect: [
      ["Bij de overweg aan de Dorpsstraat is de wachttijd voor fietsers soms tien minuten.", 'ontbreekt'],
      ["We brengen de wachttijd voor jeugdhulp terug tot hoogstens vier weken.", 'aanwezig'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "animals with an ear tag are no earmarked money",
    expect: [
      ["Op de kinderboerderij krijgen de geiten een geoormerkt nummer in hun oor.", 'ontbreekt'],
      ["Het geld voor jeugdhulp wordt geoormerkt en gaat alleen naar jeugdhulp.", 'aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "a partnership for tourism and recreation is no youth-care region",
    expect: [
      ["Het samenwerkingsverband voor toerisme en recreatie brengt een nieuwe fietskaart uit.", 'ontbreekt'],
      ["Het samenwerkingsverband van zeven gemeenten koopt de jeugdhulp gezamenlijk in.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "a registered partnership (a civil union) is no partnership of parties",
    expect: [
      ["Een geregistreerd partnerschap kan ook in het stadhuis van Oosterdijk worden aangegaan.", 'ontbreekt'],
      ["Gemeenten en aanbieders werken samen in een gelijkwaardig partnerschap.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.keuzevrijheid',
    why: "choosing in an election or a vote is no choice of care provider",
    expect: [
      ["Bij de verkiezing van het mooiste speelplein mogen kinderen zelf kiezen.", 'ontbreekt'],
      ["Ouders mogen zelf kiezen bij welke aanbieder hun kind hulp krijgt.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.minder-administratie',
    why: "less red tape for cafés and market stalls is not about youth care",
    expect: [
      ["We verlagen de regeldruk voor de horeca in het centrum.", 'ontbreekt'],
      ["We verlagen de regeldruk voor jeugdhulpaanbieders.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.niet-te-snel-labelen',
    why: "a water board that 'normalises' a ditch does not normalise children's problems",
    expect: [
      ["Het waterschap normaliseert de sloot achter de school.", 'ontbreekt'],
      ["Het wijkteam normaliseert gewone opvoedvragen, want ze horen bij opgroeien.", 'aanwezig'],
    ],
  },
  {
    id: 'passend.afstemming',
    why: "a school's care coordinator who decides with the youth-care worker",
    expect: [
      ["Per school bepaalt de zorgcoördinator met de hulpverlener welke steun een leerling krijgt.", 'aanwezig'],
      ["De mentor bepaalt de datum van de ouderavond.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.afstemming',
    why: "the plans of school and youth probation that fit together",
    expect: [
      ["De plannen van de jeugdreclassering en de school sluiten op elkaar aan.", 'aanwezig'],
      ["De lessen op school sluiten op elkaar aan.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "what the own municipality arranges and what is arranged with other municipalities",
    expect: [
      ["Jeugdhulp die vaak nodig is, regelt de eigen gemeente; wat zelden nodig is, regelen we met andere gemeenten.", 'aanwezig'],
      ["De eigen gemeente regelt het vervoer naar school.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "places kept free in the region for crisis care",
    expect: [
      ["We houden in de regio altijd tien crisisbedden vrij voor jongeren die meteen opvang nodig hebben.", 'aanwezig'],
      ["We houden de parkeerplaatsen bij het gemeentehuis vrij voor bezoekers.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "treatment places that stay in the region",
    expect: [
      ["We zorgen dat behandelplekken voor jongeren met een eetstoornis in onze regio blijven.", 'aanwezig'],
      ["Veel jongeren blijven in onze regio wonen, ook als ze behandeling krijgen.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "no provider of a kind of help within the region: a mention",
    expect: [
      ["Er is nu geen aanbieder van gesloten jeugdhulp binnen de regio.", 'deels'],
      ["Er is geen vergaderplek meer vrij in de regio.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "the only provider in the region that stops: a mention",
    expect: [
      ["Als de enige aanbieder van pleegzorg in onze regio stopt, kunnen kinderen nergens heen.", 'deels'],
      ["De aanbieder stopt in onze regio met de verkoop van fietsen.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.doorbraak',
    why: "a child left without a fitting place while parties disagree: a mention",
    expect: [
      ["Soms zit een kind wekenlang thuis zonder passende plek, omdat niemand weet wie betaalt.", 'deels'],
      ["Een jongere zonder plek in het voetbalteam kan zich melden bij de trainer.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.doorbraak',
    why: "an approach for situations that are stuck",
    expect: [
      ["Voor vastgelopen situaties hebben we een vaste aanpak.", 'aanwezig'],
      ["Werkwijze bij vastgelopen casussen: [volgt nog].", 'deels'],
      ["De onderhandelingen over de nieuwe sporthal zijn vastgelopen.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "one number for every question about raising children",
    expect: [
      ["Voor alle vragen over opgroeien en opvoeden belt u één telefoonnummer.", 'aanwezig'],
      ["Voor alle vragen over afval en grofvuil belt u één telefoonnummer.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "a surplus for youth care that does not go to the general funds",
    expect: [
      ["Een overschot op het jeugdbudget storten we niet in de algemene middelen; het blijft beschikbaar voor jeugdhulp.", 'aanwezig'],
      ["Het overschot op de parkeerinkomsten gaat naar de algemene middelen.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "these municipalities decide on youth care together",
    expect: [
      ["De zes gemeenten beslissen samen over de contracten voor jeugdhulp.", 'aanwezig'],
      ["De zes gemeenten beslissen elk over hun eigen bibliotheek.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "the aldermen decide by majority",
    expect: [
      ["De wethouders jeugd van de gemeenten in de regio nemen besluiten bij meerderheid.", 'aanwezig'],
      ["De wethouders van de gemeenten openen het nieuwe zwembad.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "which youth-care region a municipality belongs to",
    expect: [
      ["Vanaf 2026 hoort Oosterdijk bij de jeugdregio Noord, zo hebben we afgesproken.", 'aanwezig'],
      ["De jeugdregio Noord maakt een nieuwe folder.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "councils that each decide on their own",
    expect: [
      ["Het is een probleem dat de zes colleges nu ieder voor zich besluiten over de inkoop van jeugdhulp.", 'deels'],
      ["De colleges besluiten over de begroting.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.basis',
    why: "the judgement of parents and professional that leads, in any word order",
    expect: [
      ["Bij de inzet van hulp is het oordeel van ouders en hulpverlener leidend.", 'aanwezig'],
      ["Het oordeel van de accountant is leidend voor de jaarrekening.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.basis',
    why: "a young person who knows best what suits them",
    expect: [
      ["Jij weet zelf goed wat bij je past, en daar gaan we van uit.", 'aanwezig'],
      ["Wij weten zelf goed hoe we de vergadering plannen.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.basis',
    why: "relying on the judgement of parents and professionals",
    expect: [
      ["We vertrouwen op het oordeel van ouders en jeugdprofessionals.", 'aanwezig'],
      ["Hoe merken hulpverleners dat er op hun oordeel wordt vertrouwd?", 'deels'],
      ["We vertrouwen erop dat het oordeel van de rechter snel komt.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.basis',
    why: "feeling checked rather than trusted: a mention",
    expect: [
      ["Veel hulpverleners voelen zich gecontroleerd in plaats van vertrouwd.", 'deels'],
      ["De hulpverleners controleren of de speeltoestellen veilig zijn.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "every party weighs the same at the table",
    expect: [
      ["Aan de regionale tafel telt elke partij even zwaar mee, groot of klein.", 'aanwezig'],
      ["Elk pakket telt even zwaar mee in de weging.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "disagreements solved in talks, not in court",
    expect: [
      ["Gemeenten en aanbieders lossen meningsverschillen op in een gesprek, niet bij de rechter.", 'aanwezig'],
      ["Buren lossen meningsverschillen vaak samen op.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "municipalities, providers and client organisations who decide together",
    expect: [
      ["Gemeenten, aanbieders en cliëntenorganisaties besluiten samen over het zorglandschap.", 'aanwezig'],
      ["Gemeenten en aanbieders besluiten elk apart over hun eigen begroting.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "a shared table of municipalities and providers studied: a mention",
    expect: [
      ["We onderzoeken of een regiotafel met gemeenten en aanbieders nodig is.", 'deels'],
      ["Het platform voor gemeenten en bibliotheken is vernieuwd.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.keuzevrijheid',
    why: "a choice aid listing the providers",
    expect: [
      ["We zetten een keuzehulp met alle aanbieders van jeugdhulp op de website.", 'aanwezig'],
      ["Op de website staat een keuzehulp voor de juiste afvalbak.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.keuzevrijheid',
    why: "deciding oneself which organisation helps",
    expect: [
      ["Ouders mogen zelf mee bepalen door welke organisatie hun kind begeleid wordt.", 'aanwezig'],
      ["De gemeente bepaalt zelf welke organisatie de schoonmaak doet.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.keuzevrijheid',
    why: "a provider assigned without asking: a mention",
    expect: [
      ["Gezinnen krijgen nu een aanbieder toegewezen zonder dat hun iets wordt gevraagd.", 'deels'],
      ["Gezinnen krijgen een parkeerplek toegewezen zonder dat ze erom vragen.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.minder-administratie',
    why: "fewer fields to fill in",
    expect: [
      ["We brengen het aantal verplichte velden in het declaratiebericht terug naar tien.", 'aanwezig'],
      ["We brengen het aantal voetbalvelden in het park terug naar twee.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.minder-administratie',
    why: "professionals less behind the computer",
    expect: [
      ["Jeugdprofessionals zitten straks minder achter de computer, zodat ze meer bij gezinnen zijn.", 'aanwezig'],
      ["Kinderen zitten steeds minder achter de computer als het mooi weer is.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.minder-administratie',
    why: "time lost on registration: a mention",
    expect: [
      ["Hulpverleners besteden nu de helft van hun tijd aan registratie.", 'deels'],
      ["Leerlingen besteden de helft van hun tijd aan registratie van vogels.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.minder-administratie',
    why: "reports that nobody uses are no longer asked for",
    expect: [
      ["Overbodige rapportages vragen we bij aanbieders voortaan niet op.", 'aanwezig'],
      ["Welke rapportages van aanbieders worden nooit gebruikt?", 'deels'],
      ["De rapportages over het zwembad worden niet gebruikt.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.ouders-verbinden',
    why: "contact among parents themselves",
    expect: [
      ["Pleegouders hebben onderling contact via een vaste avond in de regio.", 'aanwezig'],
      ["Ambtenaren hebben onderling contact via een vaste avond in de regio.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.ouders-verbinden',
    why: "a parent linked to a parent who went before them",
    expect: [
      ["Nieuwe pleegouders worden gekoppeld aan een ouder die hen is voorgegaan.", 'aanwezig'],
      ["Nieuwe medewerkers worden gekoppeld aan een collega die hen is voorgegaan.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.ouders-verbinden',
    why: "parents who know nobody going through the same: a mention",
    expect: [
      ["Veel vaders kennen niemand die hetzelfde meemaakt met hun kind.", 'deels'],
      ["Veel vaders kennen niemand in hun nieuwe straat.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.ruimte-professionals',
    why: "freedom for professionals to weigh what fits",
    expect: [
      ["Jeugdprofessionals krijgen de vrijheid om af te wegen welke hulp past.", 'aanwezig'],
      ["Jongeren krijgen de vrijheid om zelf hun vakken te kiezen.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.ruimte-professionals',
    why: "the professional decides form and length with the family",
    expect: [
      ["De hulpverlener bepaalt met het gezin de duur van de begeleiding.", 'aanwezig'],
      ["De hulpverlener bepaalt de duur van zijn vakantie.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.ruimte-professionals',
    why: "a coach who may do what works, outside the plan",
    expect: [
      ["De begeleider mag buiten het plan om doen wat voor de jongere werkt.", 'aanwezig'],
      ["Een bezoeker mag buiten het plan om een excursie boeken.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.ruimte-professionals',
    why: "tight rules that hinder professionals: a mention",
    expect: [
      ["Jeugdprofessionals vinden dat strakke protocollen hen belemmeren.", 'deels'],
      ["Strakke protocollen belemmeren de bouw van de brug.", 'ontbreekt'],
    ],
  },
];

describe('vertrouwen and passend items in other words (third bank), and their near misses', () => {
  for (const c of cases) {
    it(`${c.id}: ${c.why}`, () => {
      expectVerdicts(c.id, c.expect);
    });
  }
});
