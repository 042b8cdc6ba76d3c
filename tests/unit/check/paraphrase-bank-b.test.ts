import { describe } from 'vitest';
import { verdictCases, type VerdictCase } from './helpers';

/**
 * Paraphrases and other senses of the kwaliteit, expert and algemeen items, on sentences written
 * for these tests (never taken from a corpus or from the sentence bank): each concept said in
 * other words is found, and a near miss (another sense of a word, or the same words without the
 * concept) is not. A passage is judged on its own, as part of a regiovisie, against the LOC
 * checklist as it ships.
 */


describe('kwaliteit.wie-bepaalt', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Samen met ouders en jongeren stellen we het kwaliteitskader voor de jeugdhulp op.', 'own sense: a quality framework for youth care set with families'],
    ['ontbreekt', 'Het kwaliteitskader voor begeleiding binnen de Wmo is herzien door de gemeenteraad.', 'other sense: a quality framework within the Wmo'],
    ['aanwezig', 'Ouders en jongeren schrijven mee aan de eisen die we aan de jeugdhulp stellen.', 'requirements written with parents and young people'],
    ['aanwezig', 'Wat we van aanbieders verwachten, leggen we vast samen met gezinnen en de cliëntenraad.', 'what we expect of providers laid down with families'],
    ['ontbreekt', 'Ouders stellen hoge eisen aan zichzelf als opvoeder.', 'near miss: parents\' demands on themselves'],
    ['aanwezig', 'Of de hulp goed is, bepalen de ouders en jongeren zelf.', 'families decide whether help is good'],
    ['ontbreekt', 'Ouders bepalen zelf of ze hulp willen.', 'near miss: parents decide whether they want help'],
    ['deels', 'Kwaliteitseisen voor de jeugdhulp nemen we op in de nieuwe contracten.', 'quality requirements in the contracts, set by the region alone: a mention (the item asks who sets them)'],
    ['ontbreekt', 'Kwaliteitseisen voor de nieuwbouw nemen we op in het bestek.', 'near miss: quality requirements for a new building'],
    ['ontbreekt', 'De school bepaalt welke eisen aan ouders worden gesteld bij de inschrijving.', 'near miss: a school\'s demands on parents'],
    ['ontbreekt', 'Jongeren die een woning zoeken, schrijven zich in; de corporatie stelt eisen aan het inkomen.', 'near miss: a housing corporation\'s demands'],
  ];
  verdictCases('kwaliteit.wie-bepaalt', cases);
});

describe('kwaliteit.luisteren', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Het verhaal van de jongere is ons vertrekpunt bij elke aanvraag.', 'the young person\'s story is the starting point'],
    ['ontbreekt', 'Het verhaal van deze visie heeft als vertrekpunt de cijfers van 2024.', 'near miss: the \'story\' of this document has a starting point'],
    ['aanwezig', 'Jongeren bepalen zelf hun doelen; de hulpverlener helpt ze die te bereiken.', 'children name their own goals'],
    ['ontbreekt', 'De gemeenten bepalen zelf hun doelen voor het jeugdbeleid.', 'near miss: municipalities set their own policy goals'],
    ['deels', 'Bij elk hulpplan vragen we ook de mening van het kind.', 'the child\'s opinion asked (a mention only)'],
    ['ontbreekt', 'De mening van de gemeenteraad over het hulpplan is gevraagd.', 'near miss: the council\'s opinion on the plan'],
    ['ontbreekt', 'Scholen bepalen zelf hun doelen voor kinderen in groep 8.', 'near miss: schools setting their own goals'],
  ];
  verdictCases('kwaliteit.luisteren', cases);
});

describe('kwaliteit.een-aanspreekpunt', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Ouders hebben één vast gezicht dat alle hulp overziet.', 'one familiar face who oversees all help'],
    ['ontbreekt', 'Het jeugdteam heeft één gezicht naar buiten: de teamleider.', 'near miss: a team with one face to the outside world'],
    ['aanwezig', 'Het gezin krijgt één hulpverlener die alles regelt.', 'one helper who arranges everything'],
    ['ontbreekt', 'Eén hulpverlener van het team bezoekt de school.', 'near miss: one helper of a team visits a school'],
    ['aanwezig', 'We werken met één plan per gezin, hoeveel hulpverleners er ook betrokken zijn.', 'one plan per family'],
    ['ontbreekt', 'We maken één plan per gemeente voor de inkoop.', 'near miss: one plan per municipality'],
    ['aanwezig', 'Ouders hoeven hun verhaal maar één keer te vertellen.', 'telling the story only once'],
    ['ontbreekt', 'Ouders vertellen hun verhaal op de bijeenkomst.', 'near miss: parents tell their story at a meeting'],
    ['ontbreekt', 'Een hulpverlener luistert eerst naar het verhaal van het kind.', 'near miss: \'een hulpverlener\' (one folds to a) hearing a story'],
    ['ontbreekt', 'Een coach helpt de jongere om overzicht te krijgen in zijn geldzaken.', 'near miss: a coach giving overview of money matters'],
  ];
  verdictCases('kwaliteit.een-aanspreekpunt', cases);
});

describe('kwaliteit.contact-bij-wachttijd', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Tot de behandeling begonnen is, belt de aanbieder het gezin elke week.', 'contact until treatment has started'],
    ['ontbreekt', 'Het project is nog niet begonnen; we hebben contact met de ouders.', 'near miss: a project not yet started'],
    ['aanwezig', 'Goede afspraken over tussentijds contact tijdens de wachttijd nemen we op in de contracten.', 'interim contact during the wait is no interim evaluation'],
    ['ontbreekt', 'In 2028 wordt de visie op de jeugdhulp tussentijds geëvalueerd.', 'interim evaluation of the vision stays out'],
  ];
  verdictCases('kwaliteit.contact-bij-wachttijd', cases);
});

describe('kwaliteit.bijsturen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Gaat het thuis slechter, dan schalen we de hulp aan het gezin snel op.', 'own sense: help scaled up for a family'],
    ['ontbreekt', 'Bij een dreigende overstroming schaalt de burgemeester de crisisorganisatie op.', 'other sense: a crisis organisation scaled up at a flood'],
    ['aanwezig', 'Helpt de behandeling niet, dan kan het gezin snel overstappen naar andere hulp.', 'switching when treatment does not help'],
    ['ontbreekt', 'De website werkt niet; probeer het later opnieuw of kies iets anders.', 'near miss: a website that does not work'],
    ['aanwezig', 'Gezinnen die na afsluiting opnieuw hulp nodig hebben, kunnen direct terecht bij hun oude hulpverlener.', 'a quick return after the help was closed'],
    ['ontbreekt', 'Na afsluiting van het schooljaar gaat de jongere naar een vervolgopleiding.', 'near miss: after the school year closed'],
    ['aanwezig', 'De hulp aan elk gezin wordt tussentijds geëvalueerd met de ouders.', 'help evaluated in between'],
    ['ontbreekt', 'De regiovisie wordt in 2028 tussentijds geëvalueerd.', 'near miss: the vision evaluated in between'],
    ['ontbreekt', 'Werkt de app niet, dan kunt u wisselen naar de website.', 'near miss: switching from an app to a website'],
  ];
  verdictCases('kwaliteit.bijsturen', cases);
});

describe('kwaliteit.match', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Alle medewerkers van de wijkteams volgen een training over werken met gezinnen met een migratieachtergrond.', 'training staff to work with families with a migration background'],
    ['ontbreekt', 'Een op de vijf inwoners van de regio heeft een migratieachtergrond.', 'near miss: how many inhabitants have a migration background'],
    ['aanwezig', 'Ouders kunnen altijd om een andere hulpverlener vragen.', 'families may ask for another helper'],
    ['ontbreekt', 'De hulpverlener kan een collega om raad vragen.', 'near miss: a helper asks a colleague for advice'],
    ['aanwezig', 'Een jongere moet zich op zijn gemak voelen bij de begeleider.', 'feeling at ease with the helper'],
    ['ontbreekt', 'Kinderen voelen zich op hun gemak in de nieuwe speeltuin.', 'near miss: at ease in a playground'],
    ['aanwezig', 'In elk jeugdteam werken hulpverleners die Turks of Arabisch spreken.', 'helpers who speak the family\'s language'],
    ['ontbreekt', 'Op school leren kinderen Engels en Frans spreken.', 'near miss: children learning languages at school'],
    ['deels', 'Ouders die de Nederlandse taal nauwelijks spreken, vinden moeilijk de weg naar hulp.', 'families that hardly speak Dutch (a mention)'],
    ['ontbreekt', 'Kinderen krijgen op school les in de Nederlandse taal.', 'near miss: Dutch lessons at school'],
  ];
  verdictCases('kwaliteit.match', cases);
});

describe('kwaliteit.leefomgeving', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'We voorkomen dat een kind steeds naar een andere woonplek moet verhuizen.', 'no moving from place to place'],
    ['ontbreekt', 'Een jongere die 18 wordt, krijgt hulp bij het vinden van een nieuwe woonplek.', 'near miss: finding a new home at eighteen'],
    ['aanwezig', 'De behandeling vindt zoveel mogelijk bij het gezin thuis plaats.', 'treatment at the family\'s home'],
    ['ontbreekt', 'Het gezin heeft thuis geen internet, dus de hulp is telefonisch.', 'near miss: a family without internet at home'],
    ['ontbreekt', 'We willen voorkomen dat jongeren verhuizen naar de Randstad.', 'near miss: moving to another part of the country'],
  ];
  verdictCases('kwaliteit.leefomgeving', cases);
});

describe('kwaliteit.hele-gezin', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Vanaf 2026 voeren we in elke behandeling ook gesprekken met broertjes en zusjes.', 'talks with brothers and sisters part of treatment'],
    ['ontbreekt', 'Broers en zussen van leerlingen hebben voorrang bij de inschrijving.', 'near miss: siblings of pupils at enrolment'],
    ['aanwezig', 'We kijken naar het gezin als geheel.', 'looking at the family as a whole'],
    ['aanwezig', 'We helpen het hele gezin.', 'helping the whole family'],
    ['ontbreekt', 'Het hele gezin kwam naar de opening van het nieuwe gebouw.', 'near miss: the whole family at an opening'],
    ['deels', 'Broers en zussen blijven tijdens de hulp vaak buiten beeld.', 'siblings out of sight during help (a problem: deels)'],
    ['ontbreekt', 'De rivier blijft buiten beeld van de wandelaars.', 'near miss: out of sight of walkers'],
    ['aanwezig', 'We zorgen dat broers en zussen tijdens de hulp niet buiten beeld blijven.', 'siblings not left out of sight during help'],
    ['ontbreekt', 'Het hele gezin kijkt samen naar de film in het buurthuis.', 'near miss: a family watching a film together'],
  ];
  verdictCases('kwaliteit.hele-gezin', cases);
});

describe('kwaliteit.samen-leren', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Hulpverleners krijgen tijd om hun werk te bespreken met collega\'s van andere organisaties.', 'helpers discuss their work with colleagues'],
    ['ontbreekt', 'De wethouder bespreekt het werk van de raad met collega\'s uit andere gemeenten.', 'near miss: an alderman and colleagues'],
    ['aanwezig', 'Na elk ernstig incident kijken alle betrokken partijen samen terug om ervan te leren.', 'looking back together after an incident to learn'],
    ['ontbreekt', 'Kinderen leren op school van hun fouten.', 'near miss: children learning from mistakes'],
    ['aanwezig', 'Elk voorjaar organiseren we een leerdag voor wijkteams en aanbieders.', 'a learning day for teams and providers'],
    ['ontbreekt', 'De basisschool houdt een leerdag voor leerlingen.', 'near miss: a learning day for pupils'],
    ['ontbreekt', 'Aanbieders bespreken hun werk met collega\'s van de gemeente in het contractgesprek.', 'near miss: providers discuss work with the municipality'],
  ];
  verdictCases('kwaliteit.samen-leren', cases);
});

describe('kwaliteit.kinderrechten', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'We zorgen dat elk kind weet dat het recht heeft om mee te beslissen.', 'every child knows its right to have a say'],
    ['ontbreekt', 'Ouders hebben het recht om bezwaar te maken.', 'near miss: parents\' right to object'],
    ['aanwezig', 'Elk kind in een instelling weet wat het mag en bij wie het terechtkan.', 'a child knows what it may and where to go'],
    ['ontbreekt', 'Ouders weten wat ze mogen verwachten van de gemeente.', 'near miss: parents know what to expect'],
    ['ontbreekt', 'Een kind weet wat het mag op de speelplaats en bij wie het terechtkan als het valt.', 'near miss: what a child may do in a playground'],
  ];
  verdictCases('kwaliteit.kinderrechten', cases);
});

describe('kwaliteit.toetsing', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Elke aanbieder krijgt jaarlijks een kwaliteitstoets door een onafhankelijk bureau.', 'an independent quality check'],
    ['aanwezig', 'Met elke aanbieder voeren we twee keer per jaar kwaliteitsgesprekken.', 'quality talks with each provider'],
    ['ontbreekt', 'Medewerkers voeren elk jaar een kwaliteitsgesprek met hun leidinggevende.', 'near miss: a staff appraisal'],
    ['aanwezig', 'Een onafhankelijke commissie bezoekt elk jaar alle aanbieders.', 'an independent committee visits the providers'],
    ['ontbreekt', 'Een onafhankelijke voorzitter bezoekt de bijeenkomst.', 'near miss: an independent chair visits a meeting'],
    ['aanwezig', 'Een partij die los staat van de aanbieders kijkt elk jaar naar de kwaliteit van de hulp.', 'a party apart from the providers looks at quality'],
    ['ontbreekt', 'Een onafhankelijke cliëntondersteuner bezoekt ouders thuis en helpt ze met de aanvraag van hulp.', 'near miss: an independent client supporter visits parents'],
  ];
  verdictCases('kwaliteit.toetsing', cases);
});

describe('kwaliteit.ervaringen-ophalen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Elk half jaar vragen we ouders hoe zij de behandeling hebben beleefd.', 'asking parents how they lived the treatment'],
    ['deels', 'Hoe ervaren jongeren de zorg?', 'how young people experience care (a question: deels)'],
    ['ontbreekt', 'Hoe de hulp wordt betaald, leest u in hoofdstuk 4.', 'near miss: how help is paid'],
  ];
  verdictCases('kwaliteit.ervaringen-ophalen', cases);
});

describe('kwaliteit.klachten-en-signalen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Ouders met klachten over de jeugdhulp kunnen terecht bij een onafhankelijke klachtencommissie.', 'own sense: complaints about youth care'],
    ['ontbreekt', 'Sinds de nieuwe ventilatie hebben kinderen met astma op school minder klachten.', 'other sense: health complaints (asthma)'],
    ['aanwezig', 'Ouders die ontevreden zijn over hun hulpverlener, kunnen dat via een vast telefoonnummer kwijt.', 'discontent with a helper can be reported by phone'],
    ['aanwezig', 'Gezinnen krijgen onafhankelijke ondersteuning bij onvrede over de jeugdhulp.', 'independent support when unhappy with care'],
    ['ontbreekt', 'Wie zich zorgen maakt over een kind, kan dat melden bij Veilig Thuis.', 'near miss: worries about a child\'s safety reported to Veilig Thuis'],
    ['ontbreekt', 'Bij onvrede kunnen medewerkers terecht bij hun leidinggevende.', 'other sense: staff discontent with their manager'],
    ['ontbreekt', 'Wie zich zorgen maakt over zijn kind, kan terecht bij het wijkteam voor hulp.', 'near miss: worries about one\'s child, help from the team'],
    ['ontbreekt', 'Als het thuis niet goed gaat, kunt u terecht bij het wijkteam.', 'near miss: things not going well at home'],
  ];
  verdictCases('kwaliteit.klachten-en-signalen', cases);
});

describe('expert.betrokken-bij-beleid', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Ouders krijgen invloed op de keuzes in de inkoop.', 'parents get influence on choices'],
    ['ontbreekt', 'Het beleid heeft grote invloed op jongeren.', 'near miss: policy influences young people'],
    ['deels', 'Ouders voelen dat er over hun hoofden heen wordt beslist.', 'decisions over parents\' heads (a mention)'],
    ['ontbreekt', 'De helikopter vloog over de hoofden van de toeschouwers.', 'near miss: over the heads of spectators'],
    ['ontbreekt', 'De gemeente krijgt meer invloed op het beleid van aanbieders, zodat jongeren sneller hulp krijgen.', 'near miss: the municipality gets influence on providers\' policy'],
  ];
  verdictCases('expert.betrokken-bij-beleid', cases);
});

describe('expert.ervaringsdeskundigheid', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Jongeren met eigen ervaring met jeugdhulp worden opgeleid tot maatje.', 'young people with their own experience trained as buddies'],
    ['ontbreekt', 'Medewerkers met veel eigen ervaring in het vak begeleiden nieuwe collega\'s.', 'near miss: staff with experience in the trade'],
    ['ontbreekt', 'Ouders met eigen ervaring als vrijwilliger werken mee aan de open dag.', 'near miss: own experience as a volunteer'],
  ];
  verdictCases('expert.ervaringsdeskundigheid', cases);
});

describe('expert.afspraken-ervaringsdeskundigen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Met ouders die vanuit hun eigen ervaring meedenken, leggen we vast hoeveel tijd het kost en wat er met hun inbreng gebeurt.', 'agreements with parents who take part from experience'],
    ['ontbreekt', 'Ouders delen hun eigen ervaring in de oudergroep.', 'near miss: parents share experience in a group'],
    ['aanwezig', 'We maken onderscheid tussen iemand die zijn eigen ervaring deelt en iemand die er beroepsmatig mee werkt.', 'distinguishing sharing experience from professional use'],
    ['deels', 'We onderzoeken hoe we de inzet van ervaringsdeskundigen regelen.', 'how to arrange experience experts (a study: deels)'],
    ['ontbreekt', 'Ouders die vanuit eigen ervaring meedenken, maken samen afspraken over de tijd van de volgende bijeenkomst.', 'near miss: agreeing on the time of a meeting'],
  ];
  verdictCases('expert.afspraken-ervaringsdeskundigen', cases);
});

describe('expert.in-gesprek-blijven', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Ook na vaststelling blijven we praten met de mensen om wie het gaat.', 'keep talking with the people concerned'],
    ['ontbreekt', 'We blijven praten over de begroting.', 'near miss: keep talking about the budget'],
    ['aanwezig', 'We betrekken jongeren en ouders bij de evaluatie van de visie.', 'involving families in evaluating the vision'],
    ['ontbreekt', 'We betrekken ouders bij de evaluatie van de hulp aan hun kind.', 'near miss: evaluating a child\'s help is not the vision'],
    ['deels', 'Jongeren horen na een bijeenkomst nooit meer iets terug.', 'hearing nothing after a meeting (a mention)'],
    ['ontbreekt', 'Na de vakantie horen we niets meer van de aannemer.', 'near miss: hearing nothing from a contractor'],
    ['ontbreekt', 'We blijven met inwoners praten over de nieuwe woonwijk.', 'near miss: talking on with inhabitants about a housing estate'],
  ];
  verdictCases('expert.in-gesprek-blijven', cases);
});

describe('algemeen.vraaggericht', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'We werken vraaggericht: de hulp begint bij wat het gezin nodig heeft.', 'own sense: demand-driven youth care'],
    ['ontbreekt', 'Het onderhoud van de fietspaden gebeurt voortaan vraaggericht, na een melding van inwoners.', 'other sense: demand-driven road maintenance'],
    ['ontbreekt', 'Het vervoer naar de sportclub rijdt vraaggestuurd op afroep.', 'other sense: demand-driven transport'],
    ['aanwezig', 'We kopen geen vaste producten meer in, maar resultaten die een gezin wil bereiken.', 'no fixed products but results a family wants'],
    ['ontbreekt', 'We kopen vaste producten in voor gezinnen.', 'near miss: buying fixed products'],
    ['aanwezig', 'We organiseren de hulp rondom het gezin.', 'help organised around the family'],
    ['ontbreekt', 'Rondom het gezinshuis organiseren we een buurtfeest.', 'near miss: a party around a family home'],
    ['aanwezig', 'Wat jullie nodig hebben, bepaalt welke hulp er komt.', 'what you need decides the help'],
    ['ontbreekt', 'Wat u nodig heeft voor de aanvraag, staat op de website.', 'near miss: what you need for an application'],
    ['ontbreekt', 'We organiseren het aanbod rondom de vraag of de gemeente genoeg geld heeft.', 'near miss: an offer organised around a money question'],
  ];
  verdictCases('algemeen.vraaggericht', cases);
});
