import { describe, it } from 'vitest';
import { expectVerdicts } from './helpers';

/**
 * Paraphrases and other senses of the vertrouwen.* and passend.* items, each on sentences written
 * for these tests (never taken from a corpus or the bank): the item said in other words is found,
 * and a near miss (another sense, or the same words without the item's concept) is not. A passage
 * is judged on its own, as part of a regiovisie (assumeRegiovisie), against the LOC checklist as
 * it ships. 'not aanwezig' cases only ask that the item is not aanwezig.
 */

type Case = { id: string; why: string; expect: [string, 'aanwezig' | 'deels' | 'ontbreekt' | 'not aanwezig'][] };
const cases: Case[] = [
  {
    id: 'passend.afstemming',
    why: "school staff and a youth-care worker who talk pupils through together",
    expect: [
      ["De intern begeleider van elke basisschool bespreekt iedere maand samen met de jeugdprofessional welke leerlingen extra steun nodig hebben.", 'aanwezig'],
      ["De mentor van de klas bespreekt het rapport samen met de ouders.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.afstemming',
    why: "school and municipality who solve it together when a pupil cannot go to school",
    expect: [
      ["Kan een leerling niet naar school, dan lossen school en gemeente dat samen op.", 'aanwezig'],
      ["School en gemeente hebben elk een eigen gebouw in het dorp.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.afstemming',
    why: "better coordination with health insurers (an ambition: deels)",
    expect: [
      ["We willen de afstemming met de zorgverzekeraars verbeteren.", 'deels'],
      ["De huisartsen in de regio zijn tevreden over hun nieuwe praktijk.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "care near home, shared with other regions, national only for the rarest",
    expect: [
      ["Gewone hulp blijft dichtbij, crisisbedden delen we met andere regio's en voor zeldzame behandelingen kijken we landelijk.", 'aanwezig'],
      ["De landelijke overheid en andere regio's kijken mee met ons plan.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "an overview of the demand for youth care",
    expect: [
      ["Elk half jaar maken we een overzicht van de vraag naar jeugdhulp per gemeente.", 'aanwezig'],
      ["Elk half jaar maken we een overzicht van de kosten van jeugdhulp per gemeente.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "insight into what families need",
    expect: [
      ["We krijgen beter zicht op wat gezinnen nodig hebben door elk jaar met honderd gezinnen te praten.", 'aanwezig'],
      ["We hebben goed zicht op de uitgaven aan jeugdhulp.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "help that does not fall away when a provider stops",
    expect: [
      ["We maken afspraken zodat pleegzorg niet wegvalt als een aanbieder failliet gaat.", 'aanwezig'],
      ["Als de steun van de buren wegvalt, zoekt het gezin zelf een oplossing.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "which help is indispensable for the region",
    expect: [
      ["Samen met de aanbieders bepalen we welke hulp onmisbaar is voor de regio, en die houden we in stand.", 'aanwezig'],
      ["Goede communicatie is onmisbaar voor elke samenwerking.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "treatment within travelling distance from home",
    expect: [
      ["Een jongere die behandeling nodig heeft, krijgt die op hoogstens een half uur reistijd van huis.", 'aanwezig'],
      ["De reistijd van huis naar school is voor veel leerlingen lang.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "no child has to leave the region for help",
    expect: [
      ["Geen jongere hoeft voor gesloten jeugdhulp buiten de regio te gaan wonen.", 'aanwezig'],
      ["Veel jongeren gaan na hun eindexamen buiten de regio studeren.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "places realised, or missing, within the region",
    expect: [
      ["In de regio realiseren we tien extra plekken voor crisisopvang.", 'aanwezig'],
      ["Een probleem is dat behandeling voor jonge kinderen met eetproblemen in de regio niet te vinden is.", 'deels'],
      ["In de regio realiseren we nieuwe fietspaden tussen de dorpen.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.doorbraak',
    why: "when nobody feels responsible, someone takes the decision",
    expect: [
      ["Als niemand zich verantwoordelijk voelt voor een jongere, neemt de wethouder de beslissing.", 'aanwezig'],
      ["Niemand is verantwoordelijk voor het weer.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.doorbraak',
    why: "an expertise centre for heritage is no expertise team",
    expect: [
      ["Het expertisecentrum voor erfgoed helpt eigenaren van monumenten.", 'ontbreekt'],
      ["Loopt de hulp voor een gezin vast, dan beslist het regionale doorbraakteam binnen een week.", 'aanwezig'],
    ],
  },
  {
    id: 'passend.doorbraak',
    why: "costs that escalate are no escalation route",
    expect: [
      ["Door de escalatie van de kosten moet de gemeente dit jaar fors bezuinigen.", 'ontbreekt'],
      ["Als de hulp vastloopt, volgt escalatie naar het regionale expertteam.", 'aanwezig'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "a map or list of all help and whom to call",
    expect: [
      ["Huisartsen krijgen een kaart met alle jeugdhulp in de regio en wie ze moeten bellen.", 'aanwezig'],
      ["Op de kaart van de gemeente zie je waar je kunt parkeren.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "one number or desk where parents can go",
    expect: [
      ["Met al hun vragen over opvoeden kunnen ouders voortaan terecht op één telefoonnummer.", 'aanwezig'],
      ["Het wijkteam heeft één telefoonnummer voor collega's.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "\"Inkoopbureau\" no longer rules the item out (only the word inkoop does)",
    expect: [
      ["Het inkoopbureau houdt de sociale kaart met alle jeugdhulp voor ouders actueel.", 'aanwezig'],
      ["De inkoop van jeugdhulp voor ouders loopt via de sociale kaart.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "access to youth care made easier (an ambition: deels)",
    expect: [
      ["We willen dat de toegang tot jeugdhulp makkelijker wordt.", 'deels'],
      ["De toegang tot het gemeentehuis wordt makkelijker voor rolstoelen.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "unclear which help or providers exist (a problem: deels)",
    expect: [
      ["Ouders vinden het onduidelijk welke aanbieders er zijn.", 'deels'],
      ["Ouders vinden het onduidelijk hoe laat de school begint.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "the help that is needed, even when it costs more than budgeted",
    expect: [
      ["Een kind krijgt de hulp die het nodig heeft, ook als die duurder is dan begroot.", 'aanwezig'],
      ["De hulp die nodig is, wordt besproken met de ouders.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "providers paid for what a child needs, not per hour",
    expect: [
      ["Aanbieders worden betaald voor wat een jongere nodig heeft, niet per uur.", 'aanwezig'],
      ["Aanbieders worden elke maand betaald.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "money for youth care that does not go to other tasks",
    expect: [
      ["Een overschot op het budget voor jeugdhulp gaat niet naar andere taken van de gemeente.", 'aanwezig'],
      ["Het budget voor jeugdhulp is dit jaar hoger dan vorig jaar.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "money for jeugdzorg (as for jeugdhulp), national: deels",
    expect: [
      ["Vanuit de Hervormingsagenda stelt het Rijk extra middelen voor de jeugdzorg beschikbaar.", 'deels'],
      ["Vanuit de Hervormingsagenda stelt het Rijk extra middelen voor de wegen beschikbaar.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "no municipality steps out of the joint purchasing; staying part of the region",
    expect: [
      ["Geen gemeente stapt de komende jaren uit de gezamenlijke inkoop van jeugdhulp.", 'aanwezig'],
      ["Blijft de gemeente onderdeel van de jeugdregio?", 'deels'],
      ["De gemeente stapt over op een nieuw afvalsysteem.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "municipalities acting as one region",
    expect: [
      ["De gemeenten treden voor jeugdzorg als één regio op.", 'aanwezig'],
      ["De gemeenten werken elk op hun eigen manier.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "youth regions laying down their cooperation (national: deels)",
    expect: [
      ["Volgens de Hervormingsagenda leggen jeugdregio's hun samenwerking vast in een regeling.", 'deels'],
      ["De jeugdregio organiseert een feest voor alle pleegouders.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.wachtlijsten',
    why: "how many children have not been helped yet",
    expect: [
      ["Aanbieders melden ons elke week het aantal gezinnen dat nog geen hulp heeft gekregen.", 'aanwezig'],
      ["Aanbieders melden ons elke week het aantal gezinnen dat hulp heeft gekregen.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.wachtlijsten',
    why: "waiting on the telephone line is no waiting list",
    expect: [
      ["De wachttijd aan de telefoon bij het klantcontactcentrum van de gemeente is korter geworden.", 'ontbreekt'],
      ["We brengen de wachttijd voor jeugdhulp terug tot hoogstens vier weken.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.basis',
    why: "the judgement of family and professional weighs heavily",
    expect: [
      ["Het oordeel van de hulpverlener is leidend; de gemeente toetst dat niet nog eens.", 'aanwezig'],
      ["Het oordeel van de rechter is leidend bij een ondertoezichtstelling.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.basis',
    why: "starting from what parents and professionals can do",
    expect: [
      ["We vertrekken vanuit wat ouders zelf kunnen.", 'aanwezig'],
      ["We vertrekken vanuit het gemeentehuis naar de wijk.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.basis',
    why: "trust playing a larger role (an ambition: deels)",
    expect: [
      ["We willen dat vertrouwen een grotere rol krijgt in onze manier van werken.", 'deels'],
      ["Het vertrouwen van inwoners in de politiek is gedaald.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "each party its own vote, decisions taken together",
    expect: [
      ["In het jeugdoverleg hebben aanbieders en gemeenten elk een eigen stem, en besluiten worden unaniem genomen.", 'aanwezig'],
      ["De gemeenteraad besloot unaniem tot een nieuwe sporthal.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "working with providers on open books, mutual respect",
    expect: [
      ["We werken samen met aanbieders op basis van open boeken.", 'aanwezig'],
      ["Aanbieders tonen respect voor ouders.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "a sister-city partnership is no partnership with providers",
    expect: [
      ["Het partnerschap met onze zusterstad in Duitsland bestaat tien jaar.", 'ontbreekt'],
      ["Gemeenten en aanbieders werken als gelijkwaardige partners samen.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "trust between political parties in the council is another sense",
    expect: [
      ["Na de verkiezingen is het vertrouwen tussen de fracties in de gemeenteraad gegroeid.", 'ontbreekt'],
      ["Na de formatie werken de partijen in de gemeenteraad weer op basis van wederzijds vertrouwen samen.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "equal access (sports) is no equal partnership",
    expect: [
      ["De gemeenten geven alle verenigingen gelijkwaardige toegang tot de sportvelden.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.keuzevrijheid',
    why: "\"wie liever\": whoever prefers another helper may choose",
    expect: [
      ["Wie liever een eigen hulpverlener zoekt, kan een persoonsgebonden budget krijgen.", 'aanwezig'],
      ["De gemeente kiest liever een aanbieder uit de eigen regio.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.keuzevrijheid',
    why: "freedom of choice for a Wmo aid (wheelchair) is another sense",
    expect: [
      ["Inwoners hebben keuzevrijheid bij de aanschaf van een rolstoel via de Wmo.", 'ontbreekt'],
      ["Ouders hebben keuzevrijheid in de aanbieder van jeugdhulp.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.minder-administratie',
    why: "time with families, not behind a screen",
    expect: [
      ["Jeugdprofessionals brengen hun tijd met gezinnen door, niet achter de computer.", 'aanwezig'],
      ["Veel jongeren brengen hun tijd achter de computer door.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.niet-te-snel-labelen',
    why: "first checking whether lighter help suffices (\"gaat na\")",
    expect: [
      ["De huisarts gaat eerst na of een gesprek met het wijkteam volstaat.", 'aanwezig'],
      ["De huisarts gaat na of de ouders thuis zijn.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.niet-te-snel-labelen',
    why: "a diagnosis no longer needed for help",
    expect: [
      ["Voor hulp van het wijkteam is een diagnose niet meer nodig.", 'aanwezig'],
      ["We onderzoeken of een diagnose minder vaak nodig kan zijn voor specialistische hulp.", 'deels'],
      ["De diagnose wordt gesteld door een psychiater.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.ouders-verbinden',
    why: "parents linked to a parent who went through the same",
    expect: [
      ["Elk gezin wordt gekoppeld aan een ouder die hetzelfde heeft meegemaakt.", 'aanwezig'],
      ["Elk gezin wordt gekoppeld aan een vaste hulpverlener.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.ouders-verbinden',
    why: "a network for parents set up",
    expect: [
      ["We zetten een netwerk voor ouders van kinderen met een beperking op.", 'aanwezig'],
      ["Het netwerk van ouders wordt betrokken bij de hulp.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.ruimte-professionals',
    why: "the team deploys help without an application",
    expect: [
      ["Het wijkteam kan zonder aanvraag inzetten wat een gezin nodig heeft.", 'aanwezig'],
      ["Zonder aanvraag kan een gezin geen pgb krijgen.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.ruimte-professionals',
    why: "a team budget no longer rules out room for professionals (only \"ruimte in het budget\")",
    expect: [
      ["Jeugdteams krijgen een eigen budget en de ruimte om zelf te bepalen welke hulp past.", 'aanwezig'],
      ["Er is geen ruimte in het budget voor nieuwe jeugdteams.", 'ontbreekt'],
    ],
  },
  {
    id: 'vertrouwen.ruimte-professionals',
    why: "the professional judges best which approach fits",
    expect: [
      ["De hulpverlener kan zelf het best inschatten welke aanpak past bij het gezin.", 'aanwezig'],
      ["Ouders kunnen zelf het best inschatten wat hun kind nodig heeft.", 'not aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "the relation between municipalities and providers: a mention",
    expect: [
      ["De verhouding tussen gemeenten en aanbieders verandert.", 'deels'],
      ["De verhouding tussen gemeenten en inwoners verandert.", 'ontbreekt'],
    ],
  },
];

describe('vertrouwen and passend items in other words, and their near misses', () => {
  for (const c of cases) {
    it(`${c.id}: ${c.why}`, () => {
      expectVerdicts(c.id, c.expect);
    });
  }
});
