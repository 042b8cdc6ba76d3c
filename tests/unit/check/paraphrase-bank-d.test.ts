import { describe } from 'vitest';
import { verdictCases, type VerdictCase } from './helpers';

/**
 * Paraphrases and other senses of the kwaliteit, expert and algemeen items, round d: sentences
 * written for these tests (never taken from a corpus or from the sentence bank). Each concept said
 * in other words is found (aanwezig; a problem or question that names it: deels), and a near miss
 * (another sense of a word, or the same words without the concept) is not. A passage is judged on
 * its own, as part of a regiovisie, against the LOC checklist as it ships.
 */


describe('kwaliteit.wie-bepaalt', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Samen met ouders en jongeren stellen we vast aan welke eisen goede jeugdhulp moet voldoen.', 'requirements for good help set with families (\'stellen vast\')'],
    ['ontbreekt', 'Samen met de school stellen we vast welke leerlingen extra begeleiding krijgen.', 'near miss: deciding with a school which pupils get support'],
    ['aanwezig', 'De criteria voor goede jeugdhulp leggen we voor aan de cliëntenraad voordat we ze gebruiken.', 'criteria for good care put before the client council'],
    ['aanwezig', 'De normen voor aanbieders leggen we elk jaar opnieuw voor aan een groep ouders.', 'norms for providers put before parents every year'],
    ['ontbreekt', 'De criteria voor een vergunning leggen we voor aan de gemeenteraad.', 'near miss: permit criteria put before the council'],
    ['ontbreekt', 'De normen voor het parkeren leggen we voor aan de ondernemers.', 'near miss: parking norms put before shopkeepers'],
    ['aanwezig', 'Wij spreken met de cliëntenraad af waaraan de jeugdhulp moet voldoen.', 'what youth care must meet, agreed with the client council'],
    ['ontbreekt', 'Met de raad spreken we af waaraan de begroting moet voldoen.', 'near miss: what a budget must meet'],
    ['deels', 'De normen in de jeugdhulpcontracten zijn nooit besproken met ouders; ze zijn gemaakt zonder hen.', 'problem: norms made without families (a mention)'],
    ['ontbreekt', 'Ouders van leerlingen betalen zonder contract een vrijwillige bijdrage.', 'near miss: parents, a contract and \'zonder\' without norms'],
    ['ontbreekt', 'Met ouders spreken we af waaraan de hulp bij het huiswerk moet voldoen.', 'near miss: what homework help must meet'],
  ];
  verdictCases('kwaliteit.wie-bepaalt', cases);
});

describe('kwaliteit.luisteren', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'In het eerste gesprek vraagt de hulpverlener aan de jongere wat hij zelf nodig vindt.', 'asking what the young person finds he needs'],
    ['aanwezig', 'Voordat het hulpplan klaar is, vraagt de hulpverlener het kind wat het zelf wil.', 'the child asked what it wants before the plan'],
    ['deels', 'Wordt jongeren tijdens de behandeling wel gevraagd wat ze zelf willen?', 'question: are young people asked what they want'],
    ['ontbreekt', 'De wethouder vertelt wat het college wil bereiken met het plan.', 'near miss: an alderman tells what the board wants'],
    ['ontbreekt', 'De gemeenteraad vraagt wat de wethouder nodig vindt voor de begroting.', 'near miss: a council asking what an alderman needs'],
    ['ontbreekt', 'Tijdens de hulp vraagt de begeleider het kind wat het wil eten.', 'near miss: asking a child what it wants to eat'],
  ];
  verdictCases('kwaliteit.luisteren', cases);
});

describe('kwaliteit.een-aanspreekpunt', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Ouders krijgen soms met zes hulpverleners te maken en weten niet meer bij wie ze moeten zijn.', 'problem: many helpers, no one to turn to (a mention)'],
    ['ontbreekt', 'Het wijkteam heeft vijf hulpverleners in dienst genomen.', 'near miss: a team hiring five helpers'],
    ['deels', 'Wie coördineert de hulp als verschillende organisaties tegelijk bij een gezin komen?', 'question: who coordinates when several organisations are involved'],
    ['ontbreekt', 'Verschillende organisaties in de regio werken samen aan een nieuw sportpark.', 'near miss: organisations working on a sports park'],
  ];
  verdictCases('kwaliteit.een-aanspreekpunt', cases);
});

describe('kwaliteit.contact-bij-wachttijd', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Tussen aanmelding en de eerste afspraak belt het wijkteam het gezin elke twee weken.', 'calls between registration and the first appointment'],
    ['aanwezig', 'Tot de behandeling gestart is, krijgen gezinnen tijdelijke steun van het wijkteam.', 'temporary support until treatment has started'],
    ['aanwezig', 'Zolang de hulp nog niet gestart is, kun je elke week naar het inloopuur van het jongerenwerk.', 'a weekly drop-in hour while help has not started'],
    ['ontbreekt', 'De app van de gemeente laat zien hoe lang je wacht bij het loket.', 'near miss: a municipal app showing the queue at a desk'],
    ['aanwezig', 'Het wijkteam helpt ouders in de tijd dat ze op specialistische hulp wachten.', 'help in the time families wait'],
    ['deels', 'Ouders die op een plek wachten, horen vaak wekenlang niets.', 'problem: hearing nothing while waiting (a mention)'],
    ['ontbreekt', 'Reizigers die op de trein wachten, horen bij storing niets.', 'near miss: travellers waiting for a train'],
    ['ontbreekt', 'Tijdens de wegwerkzaamheden zorgt een pendelbus voor een overbrugging naar het centrum.', 'other sense: a shuttle bus bridging road works'],
  ];
  verdictCases('kwaliteit.contact-bij-wachttijd', cases);
});

describe('kwaliteit.bijsturen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Elke drie maanden bekijken ouders en hulpverlener samen of de begeleiding lichter of zwaarder moet.', 'checking together whether support should be lighter or heavier'],
    ['ontbreekt', 'We bekijken of het aantal bedden in de regio kan worden afgebouwd.', 'near miss: reducing beds in the region'],
    ['ontbreekt', 'Bij zware neerslag schaalt het waterschap de inzet op.', 'other sense: scaling up for heavy rain'],
  ];
  verdictCases('kwaliteit.bijsturen', cases);
});

describe('kwaliteit.match', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Bij de intake zetten we hulpverleners in met kennis van het Pools en het Arabisch.', 'helpers who know the family\'s language'],
    ['ontbreekt', 'De gemeente biedt cursussen Arabisch aan voor volwassenen met kennis van het Nederlands.', 'near miss: language courses for adults'],
  ];
  verdictCases('kwaliteit.match', cases);
});

describe('kwaliteit.leefomgeving', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'We halveren de komende jaren het aantal kinderen dat in een instelling woont.', 'fewer children living in an institution'],
    ['ontbreekt', 'Het aantal ouderen dat in een instelling woont, neemt de komende jaren toe.', 'near miss: elderly people living in an institution'],
    ['deels', 'Sommige jongeren wonen in een instelling ver van hun familie.', 'problem: young people placed far from home (a mention)'],
    ['aanwezig', 'Het aantal kinderen dat van de ene naar de andere instelling gaat, halveren we voor 2028.', 'fewer moves between institutions'],
    ['aanwezig', 'Als je ergens anders moet wonen, zorgen we dat je niet van plek naar plek gaat.', 'not from place to place, said to a young person'],
    ['aanwezig', 'De behandeling vindt zoveel mogelijk plaats waar het kind woont.', 'treatment where the child lives'],
    ['ontbreekt', 'De informatieavond vindt plaats in het gemeentehuis waar de raad vergadert.', 'near miss: a meeting taking place'],
    ['ontbreekt', 'Sommige studenten wonen op kamers ver van hun ouders.', 'near miss: students living far from their parents'],
    ['ontbreekt', 'Met de nieuwe buslijn hoef je niet meer van plek naar plek over te stappen.', 'near miss: changing buses from place to place'],
    ['ontbreekt', 'Na de zomer word je naar een andere groep op school gestuurd.', 'near miss: moved to another school group'],
  ];
  verdictCases('kwaliteit.leefomgeving', cases);
});

describe('kwaliteit.hele-gezin', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Onze aanpak richt zich op de relaties binnen het gezin.', 'an approach aimed at relations within the family'],
    ['aanwezig', 'Onze hulp richt zich op de relaties binnen het gezin.', 'help aimed at relations within the family'],
    ['ontbreekt', 'Het jongerenwerk richt zich op jongeren op straat.', 'near miss: youth work aimed at young people'],
    ['deels', 'Behandelaars kijken nu vaak alleen naar het kind en niet naar wat thuis speelt.', 'problem: looking only at the child (a mention)'],
    ['deels', 'Moeten we niet vaker naar het gezin als geheel kijken, in plaats van alleen naar de jongere?', 'question: looking at the whole family instead of the young person'],
    ['ontbreekt', 'Het kind kijkt samen met de juf naar een film.', 'near miss: a child looking at a film'],
    ['aanwezig', 'Naast het kind krijgen ook broers en zussen ondersteuning van het wijkteam.', 'support for brothers and sisters too'],
    ['aanwezig', 'Het gaat niet alleen om jou: we helpen ook je ouders en je broertjes.', 'not only about you: parents get help too'],
    ['aanwezig', 'We kopen alleen in bij aanbieders die ook broers en zussen ondersteuning bieden.', 'providers that also support brothers and sisters'],
    ['ontbreekt', 'Aanbieders bieden ondersteuning bij het aanvragen van een subsidie.', 'near miss: providers supporting a subsidy request'],
    ['ontbreekt', 'Het hele gezin kijkt in plaats van tv naar een toneelstuk in het buurthuis.', 'near miss: a family watching a play instead of tv'],
    ['ontbreekt', 'Het gaat niet alleen om jou: ook je vrienden mogen mee naar het kamp.', 'near miss: friends coming to a camp'],
  ];
  verdictCases('kwaliteit.hele-gezin', cases);
});

describe('kwaliteit.samen-leren', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Elke maand bespreken hulpverleners van verschillende organisaties een lastige situatie om ervan te leren.', 'helpers discuss a difficult case to learn from it'],
    ['aanwezig', 'Elke begeleider bespreekt lastige situaties met collega\'s van andere organisaties.', 'a mentor discusses cases with colleagues'],
    ['ontbreekt', 'De wethouder bespreekt de situatie op de woningmarkt met de corporaties.', 'near miss: discussing the housing market'],
  ];
  verdictCases('kwaliteit.samen-leren', cases);
});

describe('kwaliteit.kinderrechten', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Elke jongere in een gezinshuis hoort van ons welke rechten hij heeft.', 'telling young people which rights they have'],
    ['ontbreekt', 'Huurders weten vaak niet welke rechten zij hebben.', 'near miss: tenants\' rights'],
    ['ontbreekt', 'Kinderen leren op school welke rechten en plichten een burger heeft.', 'near miss: a citizen\'s rights and duties at school'],
  ];
  verdictCases('kwaliteit.kinderrechten', cases);
});

describe('kwaliteit.toetsing', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Gemeenten hebben nu weinig zicht op de kwaliteit van de jeugdhulp.', 'problem: little view of the quality of care (a mention)'],
    ['ontbreekt', 'Vanaf de dijk heb je zicht op de kwaliteit van het water.', 'near miss: a view from a dike'],
    ['aanwezig', 'Een onafhankelijke commissie gaat na of de organisaties hun werk goed doen.', 'an independent committee checks organisations'],
    ['deels', 'Wie controleert of de hulp die we inkopen goed werkt?', 'question: who checks whether purchased care works'],
    ['ontbreekt', 'De hulpverlener bekijkt met het gezin of de hulp nog goed werkt.', 'near miss: a helper evaluating one family\'s help'],
    ['ontbreekt', 'De brandweer doet elk jaar een inspectie van de brandveiligheid in sporthallen.', 'other sense: a fire safety inspection'],
    ['ontbreekt', 'We hebben weinig zicht op de kwaliteit van de fietspaden.', 'near miss: a view of the quality of cycle paths'],
  ];
  verdictCases('kwaliteit.toetsing', cases);
});

describe('kwaliteit.ervaringen-ophalen', () => {
  const cases: VerdictCase[] = [
    ['deels', 'Uit de tevredenheidsmeting onder ouders komen alleen cijfers.', 'a satisfaction survey named (a mention)'],
    ['ontbreekt', 'De historische kring verzamelt verhalen van oudere inwoners over het dorp van vroeger.', 'other sense: a history club collecting stories'],
    ['aanwezig', 'Twee keer per jaar vertellen jongeren ons hoe ze de hulp vonden.', 'telling in one\'s own words how the help was'],
    ['ontbreekt', 'Ouders vertellen hoe ze de weg naar het gemeentehuis vonden.', 'near miss: finding the way to the town hall'],
    ['ontbreekt', 'De tevredenheidsmeting van de bibliotheek levert een mooi cijfer op.', 'near miss: a library\'s satisfaction survey'],
    ['ontbreekt', 'De wethouder vertelt hoe hij de hulp van de vrijwilligers vond.', 'near miss: an alderman on the volunteers\' help'],
  ];
  verdictCases('kwaliteit.ervaringen-ophalen', cases);
});

describe('kwaliteit.klachten-en-signalen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Ouders die het niet eens zijn met de begeleiding, kunnen terecht bij het steunpunt van de regio.', 'disagreeing with the support and a place to go'],
    ['ontbreekt', 'Inwoners die het niet eens zijn met de nieuwe parkeerregels, kunnen terecht bij het gemeentehuis.', 'near miss: disagreeing with parking rules'],
    ['aanwezig', 'Hulpverleners die merken dat de hulp tekortschiet, geven dat door aan de gemeente.', 'professionals pass on that help falls short'],
    ['ontbreekt', 'De buurtbewoners geven de wijziging van de route door aan de gemeente.', 'near miss: residents passing on a route change'],
    ['aanwezig', 'Jongeren kunnen bellen met iemand die voor hen opkomt en niet bij de aanbieder werkt.', 'someone outside the provider who stands up for them'],
    ['ontbreekt', 'Jongeren kunnen bellen met iemand van de bibliotheek voor hulp bij hun huiswerk.', 'near miss: calling someone at the library'],
    ['aanwezig', 'De regio bespreekt elk halfjaar met iedere aanbieder welke klachten er kwamen en wat ermee gedaan is.', 'providers held to account for what they did with complaints'],
    ['deels', 'Wat doen aanbieders met de klachten die binnenkomen?', 'question: what providers do with complaints'],
    ['ontbreekt', 'Aanbieders ontvangen de nieuwe tarieven in januari.', 'near miss: providers receiving rates'],
    ['ontbreekt', 'Je kunt contact opnemen met iemand die opkomt voor de belangen van huurders.', 'near miss: someone standing up for tenants'],
    ['ontbreekt', 'Aanbieders ontvangen klachten niet graag.', 'near miss: complaints received, nothing about what is done with them'],
  ];
  verdictCases('kwaliteit.klachten-en-signalen', cases);
});

describe('expert.betrokken-bij-beleid', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Niets over ons zonder ons: jongeren en ouders werken vanaf de start mee.', 'the participation slogan'],
    ['aanwezig', 'Tien jongeren kunnen meeschrijven aan de nieuwe regiovisie.', 'young people co-writing the vision'],
    ['aanwezig', 'Elke wijziging van het beleid leggen we eerst voor aan een groep ouders.', 'policy changes put before parents'],
    ['ontbreekt', 'De kinderen schrijven in de klas een opstel over hun vakantie.', 'near miss: children writing an essay'],
    ['ontbreekt', 'Het college legt het beleid voor aan de gemeenteraad.', 'near miss: policy put before the council'],
    ['ontbreekt', 'Het college legt het besluit voor aan de raad, zodat ouders snel duidelijkheid krijgen.', 'near miss: a decision put before the council, parents informed'],
  ];
  verdictCases('expert.betrokken-bij-beleid', cases);
});

describe('expert.ervaringsdeskundigheid', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Bij het eerste gesprek kan een ouder aanschuiven die zelf jeugdhulp heeft gehad.', 'a parent with own experience of youth care joins the intake'],
    ['ontbreekt', 'Bij het eerste gesprek kan een tolk aanschuiven als dat nodig is.', 'near miss: an interpreter joining the intake'],
    ['aanwezig', 'Elk team krijgt een collega met een eigen jeugdzorgverleden.', 'a colleague with a youth-care past in every team'],
    ['aanwezig', 'We nemen twee opgeleide oud-cliënten in dienst.', 'trained former clients employed'],
    ['ontbreekt', 'Elk team krijgt een collega met een eigen auto.', 'near miss: a colleague with a car'],
  ];
  verdictCases('expert.ervaringsdeskundigheid', cases);
});

describe('expert.afspraken-ervaringsdeskundigen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Wie een eigen jeugdhulpverleden inbrengt, krijgt vooraf duidelijke afspraken en een vergoeding.', 'agreements and pay for people with a youth-care past'],
    ['aanwezig', 'Bij inspraak maken we onderscheid tussen iemand die zijn eigen verhaal deelt en iemand die opgeleid is om verhalen van velen in te brengen.', 'distinguishing telling one\'s story from trained expertise'],
    ['ontbreekt', 'Elke ouder mag op de avond zijn eigen verhaal vertellen.', 'near miss: a parent telling his story at a meeting'],
    ['ontbreekt', 'Ook mensen met een eigen jeugdhulpverleden zijn welkom op de informatieavond.', 'near miss: people with a youth-care past welcome at a meeting'],
  ];
  verdictCases('expert.afspraken-ervaringsdeskundigen', cases);
});

describe('expert.in-gesprek-blijven', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Elk kwartaal bespreken we met de jongerenraad hoe de uitvoering van de visie loopt.', 'quarterly talks with the youth council on carrying out the vision'],
    ['aanwezig', 'Ook nadat deze visie is vastgesteld, nodigen we u elk halfjaar uit om te praten over wat er verandert.', 'twice a year invited to talk about the changes'],
    ['ontbreekt', 'Elk kwartaal bespreekt de hulpverlener met de ouders hoe het met hun kind gaat.', 'near miss: a helper\'s quarterly talk about one child'],
    ['deels', 'Hoe blijven we na de vaststelling nog in contact met de jongeren?', 'question: how to stay in contact with young people'],
    ['ontbreekt', 'Hoe blijven de zwembaden in de zomer open?', 'near miss: a question about staying open'],
    ['ontbreekt', 'De mentor bespreekt elk kwartaal met de jongere zijn plannen voor school.', 'near miss: a mentor\'s quarterly talk about school plans'],
  ];
  verdictCases('expert.in-gesprek-blijven', cases);
});

describe('algemeen.vraaggericht', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'We organiseren de hulp vanuit wat gezinnen vragen, niet vanuit wat aanbieders leveren.', 'what families ask, not what providers supply'],
    ['ontbreekt', 'Aanbieders leveren in plaats van papieren facturen nu digitale facturen.', 'near miss: providers delivering digital invoices'],
    ['aanwezig', 'We kijken eerst wat u nodig heeft en zoeken pas daarna welke organisatie dat biedt.', 'first what you need, then which organisation'],
    ['ontbreekt', 'Pas daarna kiest de raad welke organisatie de subsidie krijgt.', 'near miss: the council choosing an organisation'],
    ['ontbreekt', 'We maken eerst een lijst van wat u nodig heeft voor de verhuizing en kijken daarna naar het aanbod.', 'near miss: a list for a house move'],
  ];
  verdictCases('algemeen.vraaggericht', cases);
});
