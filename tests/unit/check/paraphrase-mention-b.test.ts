import { describe } from 'vitest';
import { verdictCases, type VerdictCase } from './helpers';

/**
 * Mentions of the passend.* and expert.* items said in other words than their key terms: a
 * problem, a question, what parents or young people say, what the Rijk expects, a study. Each is
 * found at mention level (deels), and a near miss (another sense of the words, other people, or the
 * same words without the item's concept) stays ontbreekt. Sentences written for these tests, never
 * taken from a corpus or a sentence bank; a passage is judged on its own, as part of a regiovisie,
 * against the LOC checklist as it ships.
 */

describe('passend.wachtlijsten', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Een kind uit Harsveld stond negen maanden op de lijst van de psychiater.', 'a child on a list for nine months'],
    ['ontbreekt', 'Een kind uit Harsveld stond negen maanden op de lijst van de sportvereniging voor de selectie.', 'near miss: a list of a sports club'],
    ['deels', 'Vaak gaan er maanden voorbij voordat een kind met angsten bij een behandelaar terechtkan.', 'months before a child sees a therapist'],
    ['ontbreekt', 'Het duurde maanden voordat de nieuwe sporthal voor de jeugd openging.', 'near miss: months before a sports hall opened'],
    ['ontbreekt', 'Dit idee van de jongerenraad staat al jaren op de lijst van wensen.', 'near miss: an idea on a wish list for years'],
  ];
  verdictCases('passend.wachtlijsten', cases);
});

describe('passend.beschikbaar-in-regio', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Voor een traumabehandeling moeten kinderen uit Dreelo soms uren reizen.', 'children travelling for hours for treatment'],
    ['ontbreekt', 'Voor een wedstrijd moeten kinderen uit Dreelo soms uren reizen.', 'near miss: travelling for a match'],
    ['ontbreekt', 'Een oplossing is nog ver weg, maar de hulp aan gezinnen verbetert.', 'near miss: far away as a figure of speech'],
    ['ontbreekt', 'Er is in onze regio geen plek meer in de kinderopvang voor jonge kinderen.', 'near miss: no places in childcare'],
  ];
  verdictCases('passend.beschikbaar-in-regio', cases);
});

describe('passend.regio-afbakening', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Het is de vraag of de gemeenten in de Zuidvlakte de jeugdzorg nog langer samen willen inkopen.', 'whether municipalities keep buying youth care together'],
    ['ontbreekt', 'De gemeenten in de Zuidvlakte kopen samen strooizout in.', 'near miss: municipalities buying road salt together'],
    ['deels', 'Ouders vragen zich af wie namens de regio beslist over de jeugdhulp van hun kind.', 'who decides about youth care on behalf of the region'],
    ['ontbreekt', 'Ouders vragen zich af welke school hun kind het beste past.', 'near miss: which school suits a child'],
    ['ontbreekt', 'Bij een verhuizing is soms onduidelijk welke gemeente verantwoordelijk is voor de jeugdhulp.', 'near miss: which municipality pays after a move'],
    ['ontbreekt', 'De gemeenten regelen samen met het onderwijs de jeugdhulp op school.', 'near miss: municipalities arranging care with schools'],
    ['aanwezig', 'De elf gemeenten verdelen de verantwoordelijkheden opnieuw.', 'eleven municipalities dividing the responsibilities'],
    ['ontbreekt', 'De negen leerlingen verdelen de taken voor het werkstuk onderling.', 'near miss: pupils dividing tasks'],
  ];
  verdictCases('passend.regio-afbakening', cases);
});

describe('passend.behoefte-en-schaal', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Niemand weet precies hoeveel jongeren in de dorpen dagbehandeling nodig hebben.', 'how many young people need day treatment'],
    ['ontbreekt', 'Niemand weet precies hoeveel fietsenrekken er bij het station nodig zijn.', 'near miss: how many bicycle racks are needed'],
    ['ontbreekt', 'We weten niet hoeveel tijd kinderen nodig hebben om te herstellen.', 'near miss: how much time children need to recover'],
    ['deels', 'Een prognose van de vraag naar jeugdhulp ontbreekt nog.', 'a forecast of the demand for youth care'],
    ['ontbreekt', 'Een prognose van de vraag naar woningen voor starters ontbreekt nog.', 'near miss: the demand for housing'],
    ['ontbreekt', 'De bibliotheek bepaalt op welk niveau de leesclubs voor kinderen worden aangeboden.', 'near miss: the level of a library\'s reading clubs'],
  ];
  verdictCases('passend.behoefte-en-schaal', cases);
});

describe('passend.duidelijk-aanbod', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Veel gezinnen hebben geen idee waar ze terecht kunnen met hun zorgen over hun kind.', 'families not knowing where to go with a child'],
    ['ontbreekt', 'Veel inwoners hebben geen idee waar ze terecht kunnen met hun belastingaangifte.', 'near miss: where to go with a tax return'],
    ['deels', 'Leerkrachten zoeken zich suf naar de juiste hulp en raken de weg kwijt tussen al die aanbieders.', 'teachers who lose their way among providers'],
    ['ontbreekt', 'Leerkrachten raken op de schoolreis de weg kwijt in het bos.', 'near miss: teachers lost in a wood'],
    ['ontbreekt', 'Op één plek zien professionals wat er is afgesproken over het kind.', 'near miss: one place to see what was agreed'],
  ];
  verdictCases('passend.duidelijk-aanbod', cases);
});

describe('passend.afstemming', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Het wijkteam en de school weten nu vaak niet van elkaar dat ze hetzelfde kind begeleiden.', 'team and school not knowing of each other'],
    ['ontbreekt', 'De buren weten nu vaak niet van elkaar hoe ze heten.', 'near miss: neighbours not knowing each other'],
    ['ontbreekt', 'Jongeren weten van elkaar niet wat ze in de jeugdhulp hebben meegemaakt.', 'near miss: young people not knowing each other\'s past'],
    ['deels', 'Een jongere met een verslaving dreigt tussen wal en schip te vallen.', 'a young person falling between two stools'],
    ['ontbreekt', 'De oude veerpont ligt tussen wal en schip te roesten.', 'near miss: a ferry between quay and ship'],
  ];
  verdictCases('passend.afstemming', cases);
});

describe('passend.doorbraak', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Een jongere met een zware beperking kon wekenlang nergens terecht voor hulp.', 'a young person with nowhere to go for help for weeks'],
    ['ontbreekt', 'De jongere zat wekenlang thuis met een gebroken been.', 'near miss: weeks at home with a broken leg'],
    ['ontbreekt', 'Kinderen die nergens terecht kunnen met hun vrije tijd, zitten wekenlang thuis.', 'near miss: nowhere to go in spare time'],
    ['aanwezig', 'Er komt een plek waar vastgelopen situaties snel worden opgelost.', 'a place where stuck situations are solved'],
    ['ontbreekt', 'Er komt een plek waar de vastgelopen onderhandelingen over de tarieven worden voortgezet.', 'near miss: stuck negotiations on rates'],
  ];
  verdictCases('passend.doorbraak', cases);
});

describe('passend.geld-geoormerkt', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Ouders zijn bang dat de prijs bepaalt of hun kind de juiste behandeling krijgt.', 'fear that the price decides the treatment'],
    ['ontbreekt', 'De prijs voor de beste schoolkrant ging dit jaar naar Dreelo.', 'near miss: a prize for a school paper'],
    ['deels', 'Ouders vrezen dat een rekensom bepaalt of hun zoon geholpen wordt.', 'a sum deciding whether a son is helped'],
    ['ontbreekt', 'Het tekort aan vrijwilligers bij de scouting loopt verder op.', 'near miss: a shortage of volunteers'],
  ];
  verdictCases('passend.geld-geoormerkt', cases);
});

describe('expert.betrokken-bij-beleid', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Kinderen hebben nu weinig te zeggen over de keuzes die de regio in de jeugdhulp maakt.', 'children with little say in the choices'],
    ['ontbreekt', 'Kinderen hebben nu weinig te zeggen over wat er op tafel komt.', 'near miss: children\'s say about dinner'],
    ['deels', 'We hebben jongeren nog nooit gevraagd naar hun mening over het beleid voor de jeugdhulp.', 'young people never asked their opinion on policy'],
    ['ontbreekt', 'De leerkracht vraagt jongeren naar hun mening over het boek.', 'near miss: a teacher asks an opinion on a book'],
  ];
  verdictCases('expert.betrokken-bij-beleid', cases);
});

describe('expert.ervaringsdeskundigheid', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Ouders die zelf een kind uit huis geplaatst zagen worden, kunnen andere ouders helpen.', 'parents who lived it helping other parents'],
    ['ontbreekt', 'Ouders die zelf een huis hebben gebouwd, kunnen andere ouders helpen met de vergunning.', 'near miss: parents who built a house'],
    ['ontbreekt', 'Ouders die zelf werken, kunnen jeugdhulp na schooltijd moeilijk regelen.', 'near miss: working parents'],
    ['ontbreekt', 'Mensen die zelf jeugdhulp zoeken, kunnen terecht bij het wijkteam.', 'near miss: people looking for help (wijkteam is no team of experts)'],
    ['deels', 'Hoe kunnen jongeren die zelf in een pleeggezin opgroeiden hun kennis inzetten voor anderen?', 'young people who grew up in foster care using what they know'],
    ['ontbreekt', 'Weinig mensen met een eigen bedrijf krijgen de kans om dat in hun werk in te zetten.', 'near miss: people with their own business'],
  ];
  verdictCases('expert.ervaringsdeskundigheid', cases);
});

describe('expert.afspraken-ervaringsdeskundigen', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Nu is onduidelijk hoe we mensen betalen die hun eigen ervaring met jeugdzorg inbrengen.', 'unclear how people bringing their own experience are paid'],
    ['ontbreekt', 'Nu is onduidelijk hoe we de schoonmakers van het gemeentehuis betalen.', 'near miss: paying the cleaners'],
    ['ontbreekt', 'Een ervaringsdeskundige vertelde haar eigen ervaring op de ouderavond.', 'near miss: telling one\'s experience, no agreements'],
    ['ontbreekt', 'Uit eigen ervaring weten we dat ouders de eigen bijdrage niet kunnen betalen.', 'near miss: "uit eigen ervaring" as a figure of speech'],
  ];
  verdictCases('expert.afspraken-ervaringsdeskundigen', cases);
});

describe('expert.in-gesprek-blijven', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Na de bijeenkomst in het dorpshuis hoorden de ouders niets meer.', 'parents heard nothing after the meeting'],
    ['ontbreekt', 'Na het concert in het dorpshuis hoorden de buren niets meer.', 'near miss: neighbours heard nothing after a concert'],
    ['deels', 'Gezinnen werden eenmalig gevraagd om mee te praten over de jeugdhulp en daarna niet meer.', 'families asked once, never again'],
    ['ontbreekt', 'Gezinnen werden eenmalig gevraagd om hun afval te scheiden.', 'near miss: asked once to separate waste'],
    ['deels', 'Hoe houden we tijdens de uitvoering van de plannen contact met jongeren die de jeugdhulp kennen?', 'keeping contact with young people while carrying out the plans'],
    ['ontbreekt', 'Tijdens de uitvoering van de wegwerkzaamheden houden we contact met de aannemer.', 'near miss: contact with a contractor during road works'],
    ['ontbreekt', 'Tijdens de uitvoering van de hulp heeft de hulpverlener contact met de ouders.', 'near miss: a care worker in contact with parents while giving help'],
  ];
  verdictCases('expert.in-gesprek-blijven', cases);
});
