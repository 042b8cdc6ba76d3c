/**
 * Sentence cues for mention-versus-intent and for "is this a regiovisie at all".
 * Each word TYPE gets a bit mask once; a sentence's cues are the OR of its tokens' masks plus
 * a few two-word cues, so classifying every sentence costs one pass over the tokens.
 */

export const CUE = {
  /** we, wij, ons, onze */
  FIRST_PLURAL: 1,
  /** A verb of action or commitment (gaan, zorgen, organiseren, …). */
  INTENT_VERB: 2,
  /** A cue of intent on its own (uitgangspunt, ambitie, uiterlijk, afspraken…). */
  INTENT_WORD: 4,
  /** Reported speech / third-person reporting (volgens, aldus, zegt, rapport). */
  REPORT: 8,
  /** A problem statement (probleem, knelpunt, tekort, helaas). */
  PROBLEM: 16,
  /** Second person (u, uw, je, jouw): information pages, interviews. */
  SECOND_PERSON: 32,
  /** A regional or municipal subject (regio, gemeenten, college). */
  REGION_SUBJECT: 64,
  /** Future / modal auxiliary (zal, zullen, gaan, willen, moeten). */
  MODAL: 128,
  /** The text describes a document rather than a commitment (dit document, deze nieuwsbrief). */
  META: 256,
  /** A number word ("twaalf") or a digit token. */
  NUMBER: 512,
  /** Past tense of an auxiliary (was, waren, hadden): reporting about the past. */
  PAST: 1024,
  /** Weak sign of describing the document ("in deze visie"); ignored when "we" commit. */
  META_WEAK: 2048,
  /** A done arrangement: past participle of consulting or setting up (gevoerd, opgericht, vastgesteld). */
  DONE: 4096,
  /** A universal subject (elk, ieder, alle): "Elk gezin krijgt …" states an arrangement. */
  UNIVERSAL: 8192,
  /** Verbs of receiving/arriving (krijgt, komt) that state an arrangement with a universal subject. */
  RECEIVE: 16384,
  /**
   * An open point or an observation rather than a decision: "de vraag of…", "nog niet
   * uitgewerkt", "voor zover haalbaar", "we horen dat…", "de regio constateert…". At most deels.
   */
  OPEN: 32768,
  /**
   * A normative modal (moet, moeten, mag, mogen, dient, dienen): "Hulp moet dichtbij huis zijn"
   * states a rule the region sets.
   */
  NORM: 1 << 16,
  /**
   * An actor that can be the subject of an arrangement: professionals, hulpverleners, aanbieders,
   * kinderen, jongeren, ouders, gezinnen, teams, raden ("Professionals krijgen de ruimte…",
   * "Jongeren praten mee in de jongerenraad"). Also found as the head of a compound (jeugdhulpaanbieders).
   */
  ACTOR: 1 << 17,
  /** The passive auxiliary wordt/worden ("… wordt geregeld", "… worden ingezet"), and blijft/blijven, which with a participle says how it stays arranged ("Het geld blijft geoormerkt"). */
  PASSIVE: 1 << 18,
  /** A word shaped like a past participle (geregeld, ingezet, aangeboden). */
  PARTICIPLE: 1 << 19,
  // 1 << 20 is BIGRAM_START (below)
  /**
   * Describing, naming or interpreting rather than arranging (beschrijft, wordt aangegeven, kan
   * worden opgevat als, ook wel … genoemd, dit hoofdstuk): no present-tense arrangement.
   */
  DESCRIBE: 1 << 21,
  /** A value judgement rather than an arrangement ("… is belangrijk", "… zijn belangrijke bronnen"). */
  VALUE: 1 << 22,
  // Words without which a pattern of passage-kind.ts cannot match: the pattern is tried only
  // when its word is in the sentence (reading a kind then costs no pattern for most sentences).
  STUDY_WORD: 1 << 23,
  NATIONAL_WORD: 1 << 24,
  HEDGE_WORD: 1 << 25,
  INFORMED_WORD: 1 << 26,
  DEFINE_WORD: 1 << 27,
  PRINCIPLE_WORD: 1 << 28,
  FAMILY_WORD: 1 << 29,
  NAVIGATION_WORD: 1 << 30,
  PLACEHOLDER_WORD: 1 << 31,
} as const;

/** Internal flag in a wordCues mask (no sentence cue): the word can start a two-word cue. */
export const BIGRAM_START = 1 << 20;

const WORDS: Record<string, number> = {};
function mark(mask: number, list: string): void {
  for (const w of list.split(/\s+/)) if (w) WORDS[w] = (WORDS[w] ?? 0) | mask;
}

mark(CUE.FIRST_PLURAL, 'we wij ons onze');
mark(CUE.SECOND_PERSON, 'u uw je jouw jij');
mark(CUE.REGION_SUBJECT, 'regio gemeenten gemeente college colleges jeugdregio jeugdhulpregio gemeenteraden gemeenteraad wethouders bestuurders partners portefeuillehoudersoverleg stuurgroep regiobureau centrumgemeente');
// the modal auxiliaries are verbs of commitment too ("we gaan", "de regio wil")
mark(CUE.MODAL | CUE.INTENT_VERB, 'gaan gaat zal zullen willen wil moeten moet blijven blijft');
mark(
  CUE.INTENT_VERB,
  'zorgen zorgt zetten zet maken maakt spreken kiezen kiest investeren investeert ' +
    'organiseren organiseert bieden biedt werken werkt streven streeft richten richt ontwikkelen ontwikkelt realiseren realiseert ' +
    'borgen borgt versterken versterkt verbeteren verbetert stimuleren stimuleert hanteren hanteert houden houdt nemen neemt ' +
    'bouwen bouwt starten start vergroten vergroot verminderen vermindert verkleinen verkleint beperken beperkt terugdringen ' +
    'voorkomen voorkomt uitbreiden breiden inrichten regelen regelt betrekken betrekt faciliteren faciliteert ' +
    'ondersteunen ondersteunt delen stellen stelt leggen legt sturen stuurt inkopen kopen verlagen verlaagt ' +
    'monitoren monitort evalueren evalueert introduceren introduceert opzetten ' +
    'schrappen schrapt beloven garanderen garandeert verankeren verankert benutten benut ' +
    'afspreken afgesproken vastgelegd vastleggen aanpakken pakken inzetten ingezet',
);
mark(
  CUE.INTENT_WORD,
  'uitgangspunt uitgangspunten vertrekpunt principe principes leidend ambitie ambities doelstelling doelstellingen ' +
    'streven streeft uiterlijk afgesproken vastgelegd actiepunt actiepunten maatregel maatregelen ' +
    'voornemen voornemens zal zullen',
);
// "meldt" and "melden" only before "dat" (bigrams below): "melden bij het meldpunt" lodges a complaint
mark(CUE.REPORT, 'volgens aldus zegt zeggen zei zeiden vertelt vertelde vertellen vrezen vreest schrijft rapport onderzoekers deelnemers blijkt bleek interview citaat');
mark(CUE.PROBLEM, 'probleem opgelopen verslechterd gestegen knelpunt knelpunten tekort tekorten helaas onvoldoende onevenredig lastig moeilijk stijgende stijgen stijgt oplopen risico risicos zorgwekkend gebrek ontbreekt ontbreken nauwelijks versnipperd versnippering tegenstrijdige tegenstrijdig');
mark(CUE.META, 'document nieuwsbrief hieronder klik pagina artikel tabel figuur grafiek');
// a website is where a text stands, unless the region itself makes one ("We maken één website …")
mark(CUE.META_WEAK, 'website');
/** The number words (a number in letters is a number: "binnen zes weken"). */
export const NUMBER_WORDS = 'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig honderd'.split(' ');
mark(CUE.NUMBER, NUMBER_WORDS.join(' '));
mark(CUE.DONE, 'gevoerd gesproken opgehaald georganiseerd ingericht opgericht vastgesteld meegedacht nagedacht ingevoerd aangesteld gerealiseerd');
mark(CUE.UNIVERSAL, 'elk elke ieder iedere alle');
mark(CUE.RECEIVE, 'krijgt krijgen komt komen');
mark(CUE.PAST, 'duurde duurden diende dienden voerde voerden organiseerde organiseerden haalde haalden hoorde hoorden vond vonden vroeg besprak bespraken bezocht bezochten ontving ontvingen leverde leverden maakte maakten verzamelde verzamelden interviewde interviewden nodigde nodigden was waren hadden had spraken werd werden stond stonden liep liepen kwam kwamen ging gingen werkte werkten kreeg kregen zat zaten bleef bleven geweest keek keken sprak zag zagen deed deden nam namen hield hielden koos kozen schreef schreven bracht brachten dacht dachten zocht zochten kon konden moesten mocht mochten begon begonnen bedroeg bedroegen steeg stegen daalde daalden groeide groeiden stelde stelden vertelden noemden vroegen misten gaven wensten hoopten');
// "is bevoegd om", "heeft het mandaat om": what someone may do, like "mag"
mark(CUE.NORM, 'moet moeten mag mogen dient dienen bevoegd mandaat');
mark(CUE.PASSIVE, 'wordt worden blijft blijven');
mark(
  CUE.DESCRIBE,
  'beschrijft beschrijven beschreven schetst schetsen geschetst bevat bevatten omschrijft omschrijven toegelicht ' +
    'aangegeven aangeven opgevat beschouwd genoemd noemen noemt heet heten hoofdstuk hoofdstukken paragraaf leeswijzer samenvatting',
);
mark(CUE.VALUE, 'belangrijk belangrijke');
// "in de meeste gemeenten", "sommige aanbieders": a description of how things are, not an arrangement
mark(CUE.DESCRIBE, 'meeste sommige');
// hedges: a possibility or something still to be explored is no decision (at most deels)
mark(CUE.OPEN, 'misschien wellicht mogelijkerwijs verkennen verkent verkennend overwegen overweegt');
mark(CUE.OPEN, 'constateert constateren constateerden signaleert signaleren vraagstuk vraagstukken openstaand openstaande onduidelijk uitgekristalliseerd');

mark(CUE.STUDY_WORD, 'onderzoek onderzoeken onderzoekt bekijken bekijkt verkennen verkent nagaan na kijken kijkt uitzoeken zoeken zoekt verkenning haalbaarheidsonderzoek haalbaarheid pilot');
mark(CUE.NATIONAL_WORD, 'nederland rijk rijksoverheid kabinet minister ministers ministerie staatssecretaris hervormingsagenda kamer wetgever wetgeving jeugdwet wettelijk wettelijke vng landelijk landelijke opdrachtgeverschap verdrag kinderrechtenverdrag ivrk wet inspectie igj kinderombudsman ombudsman');
// how often (vaak, soms) is read under the hedge word too: a description, not an arrangement
mark(CUE.HEDGE_WORD, 'eventueel vaak soms meestal doorgaans dikwijls zelden hopen hoopt doelstelling ambitie streven streeft proberen misschien wellicht mogelijkerwijs zou zouden overwegen overweegt principe mogelijk mogelijke kan mits denkbaar termijn liefst liefste');
mark(CUE.INFORMED_WORD, 'geinformeerd kennisname kennisgeving kennisgenomen kennis informatie');
// advice to regions in general ("regio's doen er goed aan", "wij adviseren gemeenten") is read under the same word
mark(CUE.INFORMED_WORD, 'adviseren adviseert geadviseerd aangeraden raden');
mark(CUE.DEFINE_WORD, 'betekent betekenen houdt verstaan bedoelen bedoeld staat naam noemen');
mark(CUE.PRINCIPLE_WORD, 'uitgangspunt uitgangspunten vertrekpunt principe principes leidend centraal vinden geloven staan kernwaarde kernwaarden beloven belofte kiezen ons');
mark(CUE.FAMILY_WORD, 'ouder ouders jongeren jongere kinderen kind gezinnen jeugdigen deelnemers clienten pleegouders ervaringsdeskundigen jongerenraad ouderpanel ouderplatform clientenraad clientenraden clientenorganisaties clientorganisaties ouderraad ouderraden clientenplatform jongerenplatform jongerenpanel adviesraad platform panel jongerenadviesraad clientenadviesraad ouderadviesraad clientenpanel');
mark(CUE.PLACEHOLDER_WORD, 'pm tbd xx xxx uitwerken uitgewerkt werken invullen ingevuld vullen bepalen aanvullen aangevuld beschrijven volgt vormgegeven nader stadium later');
mark(CUE.NAVIGATION_WORD, 'klik download downloaden lees meer terug ga boven deel print cookie cookies zoeken inloggen pdf');

/** Two-word cues: "first second" → mask. */
const BIGRAMS: Record<string, number> = {
  'ervoor zorgen': CUE.INTENT_WORD,
  'zorgen ervoor': CUE.INTENT_WORD,
  'zorgt ervoor': CUE.INTENT_WORD,
  'er zorg': CUE.INTENT_WORD,
  'zorg ervoor': CUE.INTENT_WORD,
  'spreken af': CUE.INTENT_WORD,
  'spreken we': CUE.INTENT_WORD,
  'staat centraal': CUE.INTENT_WORD,
  'staan centraal': CUE.INTENT_WORD,
  'ons doel': CUE.INTENT_WORD,
  'doel is': CUE.INTENT_WORD,
  'wordt ingezet': CUE.INTENT_WORD,
  'worden ingezet': CUE.INTENT_WORD,
  'met ingang': CUE.INTENT_WORD,
  'te lang': CUE.PROBLEM,
  'lopen tegen': CUE.PROBLEM,
  'loopt tegen': CUE.PROBLEM,
  'liepen tegen': CUE.PROBLEM,
  'te weinig': CUE.PROBLEM,
  'te veel': CUE.PROBLEM,
  'te hoog': CUE.PROBLEM,
  'weg kwijt': CUE.PROBLEM,
  'er goed': CUE.INFORMED_WORD,
  'is goed': CUE.INFORMED_WORD,
  'er verstandig': CUE.INFORMED_WORD,
  'te zwaar': CUE.PROBLEM,
  'te groot': CUE.PROBLEM,
  'te ingewikkeld': CUE.PROBLEM,
  'te complex': CUE.PROBLEM,
  'te traag': CUE.PROBLEM,
  // the text about itself: "Met deze brief informeren wij u …"
  'deze brief': CUE.META,
  'niet altijd': CUE.PROBLEM,
  'elkaar heen': CUE.PROBLEM,
  'dit moment': CUE.OPEN,
  'lopen op': CUE.PROBLEM,
  'in deze': CUE.META_WEAK,
  'in dit': CUE.META_WEAK,
  'maken afspraken': CUE.INTENT_WORD,
  'afspraken maken': CUE.INTENT_WORD,
  'afspraken gemaakt': CUE.INTENT_WORD,
  'leggen vast': CUE.INTENT_WORD,
  'we maken': CUE.INTENT_WORD,
  'er komt': CUE.INTENT_WORD,
  'er komen': CUE.INTENT_WORD,
  'het rapport': CUE.REPORT,
  'meldt dat': CUE.REPORT,
  'melden dat': CUE.REPORT,
  'meldde dat': CUE.REPORT,
  'meldden dat': CUE.REPORT,
  // open questions, hedges and observations: not (yet) a decision
  'vraag of': CUE.OPEN,
  'in hoeverre': CUE.OPEN,
  'nog niet': CUE.OPEN,
  'niet uitgewerkt': CUE.OPEN,
  'nader uitgewerkt': CUE.OPEN,
  'voor zover': CUE.OPEN,
  'we horen': CUE.OPEN,
  'horen we': CUE.OPEN,
  'wij horen': CUE.OPEN,
  'we merken': CUE.OPEN,
  'merken we': CUE.OPEN,
  'wij merken': CUE.OPEN,
  'we constateren': CUE.OPEN,
  'we zien': CUE.OPEN,
  // "Uit ervaring weten we dat …": what we know, not what we do
  'weten we': CUE.OPEN,
  'we weten': CUE.OPEN,
  'wij weten': CUE.OPEN,
  'zien we': CUE.OPEN,
  'wij zien': CUE.OPEN,
  'onderzoeken of': CUE.OPEN,
  'onderzoekt of': CUE.OPEN,
  'bekijken of': CUE.OPEN,
  'lukt niet': CUE.PROBLEM,
  // what no one may or can do now: "geen van de partijen is bevoegd"
  'geen van': CUE.PROBLEM,
  'het onderzoek': CUE.REPORT,
};

/** Per first word of a two-word cue: second word → mask. */
const BIGRAM_NEXT = new Map<string, Map<string, number>>();
for (const [k, mask] of Object.entries(BIGRAMS)) {
  const [a, b] = k.split(' ') as [string, string];
  let m = BIGRAM_NEXT.get(a);
  if (!m) BIGRAM_NEXT.set(a, (m = new Map()));
  m.set(b, mask);
}

/**
 * Actor heads: a word that is or ends in one of these names people or organisations that act in
 * an arrangement (jeugdhulpaanbieders, wijkteams, jongerenraad, gezinscoach).
 */
const ACTOR_HEADS = [
  'professional', 'professionals', 'hulpverlener', 'hulpverleners', 'medewerker', 'medewerkers',
  'aanbieder', 'aanbieders', 'zorgaanbieder', 'kinderen', 'kind', 'jongere', 'jongeren', 'jeugdige', 'jeugdigen',
  'ouder', 'ouders', 'gezin', 'gezinnen', 'team', 'teams', 'raad', 'raden', 'school', 'scholen', 'huisarts',
  'huisartsen', 'coach', 'coaches', 'regisseur', 'regisseurs', 'coördinator', 'coordinator', 'consulent',
  'consulenten', 'toezichthouder', 'toezichthouders', 'contactpersoon', 'begeleider', 'begeleiders',
  'iedereen', 'organisatie', 'organisaties', 'instelling', 'instellingen', 'partij', 'partijen',
  'ervaringsdeskundige', 'ervaringsdeskundigen', 'loket', 'tafel', 'meldpunt', 'pleegouder', 'pleegouders',
];
const ACTOR_EXACT = new Set(ACTOR_HEADS);
/** Heads recognised at the end of a compound (not "ouder": "houder", "zouder"…). */
const ACTOR_SUFFIXES = ACTOR_HEADS.filter((h) => h.length >= 4 && h !== 'ouder' && h !== 'iedereen');
/** Non-actors that end like one ("raad" in "voorraad", "tafel" in "keukentafel"). */
const NOT_ACTOR = new Set(['voorraad', 'keukentafel', 'beraad', 'overberaad', 'eettafel']);

function isActorWord(norm: string): boolean {
  if (ACTOR_EXACT.has(norm)) return true;
  if (norm.length < 7 || NOT_ACTOR.has(norm)) return false;
  // a compound: at least three letters before the head (jongerenraad, jeugdhulpaanbieders)
  for (const h of ACTOR_SUFFIXES) if (norm.length >= h.length + 3 && norm.endsWith(h)) return true;
  return false;
}

/**
 * Shaped like a past participle: ge…d/t/en with an optional separable prefix (geregeld,
 * ingezet, aangeboden). Participles without "ge" (besproken, verwezen) are not recognised: too
 * many nouns and infinitives share their shape. Only used next to wordt/worden, where nouns like
 * "gemeenten" rarely sit in the same slot; a few common non-participles are skipped.
 */
const PARTICIPLE = /^(?:aan|af|bij|door|in|mee|na|om|op|over|samen|terug|toe|uit|vast|voor|weg|onder)?ge[a-zà-ÿ]{2,}(?:d|t|en)$/;
const NOT_PARTICIPLE = new Set(['gemeenten', 'gezinnen', 'geven', 'gegevens', 'gedurende', 'gebieden', 'gevallen', 'gebied', 'gesprekken', 'geld', 'gezond']);
function isParticiple(norm: string): boolean {
  return PARTICIPLE.test(norm) && !NOT_PARTICIPLE.has(norm);
}

export function wordCues(norm: string): number {
  let m = WORDS[norm] ?? 0;
  if (isActorWord(norm)) m |= CUE.ACTOR;
  if (isParticiple(norm)) m |= CUE.PARTICIPLE;
  if (BIGRAM_NEXT.has(norm)) m |= BIGRAM_START;
  return m;
}

/** Second words of the two-word cues that start with `first` (with their masks), or undefined. */
export function bigramsAfter(first: string): ReadonlyMap<string, number> | undefined {
  return BIGRAM_NEXT.get(first);
}

/** A year 2020–2039 ("In 2025", "vanaf 2026"): a dated plan. */
export function isPlanYear(norm: string): boolean {
  return norm.length === 4 && norm.startsWith('20') && norm >= '2020' && norm <= '2039';
}

/**
 * Words that show a text is about youth care at all (jeugd…, kind, jongere, gezin, ouder,
 * opvoed…, opgroei…, pleeg…). A page that hardly uses them (a waste-collection page that
 * mentions "kinderen" once) is off-topic: nothing on it can address a checklist item.
 */
const TOPIC_EXACT = new Set([
  'kind', 'kinderen', 'kinds', 'kindje', 'kindjes', 'jongere', 'jongeren', 'jeugdige', 'jeugdigen', 'tiener', 'tieners',
  'gezin', 'gezinnen', 'gezins', 'ouder', 'ouders', 'pleegouder', 'pleegouders', 'regiovisie', 'regiovisies',
]);
const TOPIC_PREFIX = ['jeugd', 'opvoed', 'opgroei', 'pleegzorg', 'pleeggezin', 'gezinshuis', 'kinderrecht', 'jongeren', 'gezins'];

export function isTopicWord(norm: string): boolean {
  if (TOPIC_EXACT.has(norm)) return true;
  for (const p of TOPIC_PREFIX) if (norm.startsWith(p)) return true;
  return false;
}

/**
 * The people and organisations who give youth care: a passage about them is about youth care
 * too ("Professionals zijn veel tijd kwijt aan registreren"), though the words alone do not make
 * a text about youth (isTopicWord).
 */
const CARE_EXACT = new Set([
  'professional', 'professionals', 'hulpverlener', 'hulpverleners', 'aanbieder', 'aanbieders', 'zorgaanbieder',
  'zorgaanbieders', 'wijkteam', 'wijkteams', 'behandelaar', 'behandelaars', 'gezinscoach', 'gezinscoaches',
  'ervaringsdeskundige', 'ervaringsdeskundigen', 'pleegzorg', 'gezinshuis', 'gezinshuizen', 'hulpverlening',
]);

export function isCareWord(norm: string): boolean {
  return CARE_EXACT.has(norm) || norm.endsWith('hulpverlener') || norm.endsWith('hulpverleners') || norm.endsWith('aanbieders');
}
