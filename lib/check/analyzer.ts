/**
 * The checker: analyze(document, checklist) → Review. Pure and deterministic; no browser APIs.
 *
 * One pass over the document: every block is tokenised once, split into sentences once, every
 * word TYPE is matched once against a trie of all signal words (compound-aware), and phrases are
 * matched per sentence from the positions of their first word. Cost is linear in the text.
 *
 * Per item a sentence counts as
 *   - "aanwezig"-level: a strong signal in a sentence that states an intent, policy or
 *     arrangement (we gaan…, de regio zorgt ervoor dat…, uitgangspunt, afspraken, in 2025…),
 *     including a present-tense arrangement without "we gaan/zullen" (Elk gezin krijgt…,
 *     Hulp moet…, … wordt aangeboden; see isArrangement);
 *   - "deels"-level: a strong signal elsewhere (heading, table of contents, short list item,
 *     question, problem statement, reported speech, description of the document), a vague
 *     "~" signal, or two weak signals together.
 * A text that does not read as a regiovisie of a region (no first-person regional commitments,
 * much reporting) gets at most "deels" for every item.
 */
import { growColumns } from '../text/columns';
import type { Block, ExtractedDocument } from '../extract/types';
import type { Checklist, Verdict } from '../checklist/types';
import type { AnalyzeOptions, Evidence, ItemResult, PassageKind, Review, Weights } from './types';
import { PASSAGE_KINDS } from './types';
import { ELLIPSIS_FOLLOWS, ELLIPSIS_OPENS, ellipsisRole, isGlossaryHeading, isHabit, isHeardHeading, isOpenHeading, isNavigation, isNumberedHeading, isOpeningQuote, isStrongKind, leadInKind, isTocHeading, passageKind, pastOnlyInSubclause, yearThenPast, OWNER_OR_DEADLINE_HEADER, wordBits, wordBits2, WORD_BIT, type PassageFacts, type PassageSpan } from './passage-kind';
import defaultWeights from './weights.json';
import { recogniseDocument } from './document-kind';
import { genericRegionsIn } from './generic-regions';
import { RankedQueue } from './ranking';
import {
  TOKEN_DIAERESIS as DIAERESIS_FLAG,
  TOKEN_CAPITAL as CAPITAL_FLAG,
  TEXT_TIMES as TIMES_FLAG,
  TOKEN_HYPHEN_NEXT as HYPHEN_NEXT_FLAG,
  TOKEN_NUM as NUM_FLAG,
  TOKEN_SUSPENDED as SUSPENDED_FLAG,
  GAP_SEMICOLON,
  WordInterner,
  createTokenBuffer,
  scanTokens,
  joinSeparableVerbs,
  joinTrailingParticles,
  type TokenBuffer,
} from '../text/tokenize';
import { createSentenceBuffer, splitSentencesInto, type SentenceBuffer } from '../text/sentences';
import { wordSyllables } from '../text/syllables';
import { endsInStop, lastCode } from '../text/chars';
import {
  alwaysSlot,
  compileChecklist,
  createMatchState,
  beginSentence,
  markToken,
  onlyPattern,
  matchMarkedSentence,
  opensTerm,
  matchTokenOf,
  TERM_ROLE,
  type CompiledChecklist,
  type MatchState,
  type MatchToken,
  type PackedGroups,
} from './signals';
import { BIGRAM_START as BIGRAM_START_FLAG, CUE as CUE_MASKS, bigramsAfter, isCareWord, isPlanYear, isTopicWord, wordCues } from './cues';
import {
  figuresFromTotals,
  readabilityScore,
  readabilityVerdict,
  sentenceDifficulty,
  wordInfo,
  type SentenceStats,
} from './readability';

/** Words that open a sentence continuing the one before: "Wij …", "Daarom …", "Dan …", "Daar zorgen wij voor." */
const LINK_START = new Set(['wij', 'we', 'dan', 'daar', 'daarom', 'daarvoor', 'daarbij', 'hiervoor', 'hierbij']);

// Local copies of imported constants: hot loops then read plain values (bundlers and tsx may
// turn every access of an imported binding into a getter call).
const CUE = CUE_MASKS;
const BIGRAM_START = BIGRAM_START_FLAG;
const TOKEN_NUM = NUM_FLAG;
const TOKEN_HYPHEN_NEXT = HYPHEN_NEXT_FLAG;
const TOKEN_SUSPENDED = SUSPENDED_FLAG;
const TOKEN_DIAERESIS = DIAERESIS_FLAG;
const TOKEN_CAPITAL = CAPITAL_FLAG;
/** The bit of TOKEN_CAPITAL (a shift, not a test: capitals are counted without a branch). */
const CAPITAL_SHIFT = 31 - Math.clz32(CAPITAL_FLAG);
const TEXT_TIMES = TIMES_FLAG;
const ROLE = TERM_ROLE;

export const MAX_EVIDENCE = 5;
const CONTEXT_CHARS = 32;

/** Passage kinds by number (a candidate stores its kind as an index into this list). */
const KINDS = PASSAGE_KINDS;
const KIND_INDEX = new Map(KINDS.map((c, i) => [c, i]));

/** CandidateStore.info bits: level aanwezig; found by a full strong term (not a "~" mention, not weak words); context index above. */
const CAND_AANWEZIG = 1;
const CAND_STRONG = 2;
/** The passage is a heading (or a line that acts as one): a question there is a reader's question. */
const CAND_HEADING = 4;
const CAND_KIND_SHIFT = 3;

/**
 * Candidate passages of all items as parallel arrays (no object per candidate, reused across
 * analyze calls); each item's candidates form a linked list (next) in document order.
 */
interface CandidateStore {
  block: Int32Array;
  start: Int32Array;
  end: Int32Array;
  order: Int32Array;
  score: Float64Array;
  info: Uint8Array;
  next: Int32Array;
  count: number;
}

function createCandidateStore(capacity: number): CandidateStore {
  return {
    block: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    order: new Int32Array(capacity),
    score: new Float64Array(capacity),
    info: new Uint8Array(capacity),
    next: new Int32Array(capacity),
    count: 0,
  };
}

/** Append a passage (block, [start, end) of its text, score, sentence order); returns its index. */
function pushCandidate(c: CandidateStore, block: number, start: number, end: number, score: number, order: number): number {
  const i = c.count;
  if (i === c.block.length) growCandidateStore(c);
  c.block[i] = block;
  c.start[i] = start;
  c.end[i] = end;
  c.score[i] = score;
  c.order[i] = order;
  c.count++;
  return i;
}

function growCandidateStore(c: CandidateStore): void {
  growColumns(c, createCandidateStore(c.block.length * 2), CANDIDATE_COLUMNS);
}
const CANDIDATE_COLUMNS = ['block', 'start', 'end', 'order', 'score', 'info', 'next'] as const;

/** Share of words that must be youth-care words (jeugd…, kind, gezin, ouders…) for a text to be on topic. */
export const MIN_TOPIC_SHARE = 0.005;
/** "Artikel 3", "artikel 12 lid 2": provisions of an ordinance. */
const ARTICLE = /\b[Aa]rtikel \d+[a-z]?\b|\blid \d\b/g;
/** Speakers in minutes: "De voorzitter", "Mevrouw Jansen (fractie)", "De heer", "Raadslid", "Inspreker". */
const SPEAKER = /\b(?:[Dd]e voorzitter|[Mm]evrouw [A-Z]|[Dd]e heer [A-Z]|[Dd]hr\. [A-Z]|[Mm]w\. [A-Z]|[Rr]aadslid|[Ii]nspreker|[Ff]ractie)\b/g;
/**
 * A care provider writing about itself: "onze begeleiders", "onze klachtencommissie", "ons
 * inloopspreekuur", "onze cliënten", "onze woongroepen" (normalised nouns after "ons"/"onze"). What
 * a provider has far more often than a region: a municipality also writes "ons aanbod", "onze
 * medewerkers", "ons team", and now and then "onze wachtlijsten" (three such words are needed, and
 * a text that names the region more often, or names itself a regiovisie, is no provider's).
 */
const OWN_NOUNS = new Set(
  'begeleider begeleiders gezinsbegeleider gezinsbegeleiders behandelaar behandelaars praktijk praktijkruimte klachtencommissie specialisten therapeuten psychologen clientenraad inloopspreekuur behandellocatie behandellocaties behandelgroep behandelgroepen clienten woongroep woongroepen wachtlijst wachtlijsten locatie locaties vestiging vestigingen'.split(' '),
);
/** TypeInfo.document: a word the SPEAKER or ARTICLE patterns need, or "ons"/"onze" (read with the next word, OWN_NOUNS). */
const DOCUMENT_MEETING = 1;
const DOCUMENT_OWN = 2;
/** Words without which ARTICLE and SPEAKER cannot match a block (tokens, normalised). */
const DOCUMENT_WORDS = new Set(['artikel', 'lid', 'voorzitter', 'mevrouw', 'heer', 'dhr', 'mw', 'raadslid', 'inspreker', 'fractie']);
/**
 * The title or the first heading names another kind of document: "Vacature: …", "Jaarverslag 2025",
 * "Persbericht". Its first word decides ("Nieuwsbericht: regio stelt regiovisie vast" is news about a
 * regiovisie), or the first word after a dash, a bar or a colon that follows the maker's name
 * ("Stichting De Linde – Jaarverslag 2025"). Not a council's own papers: a proposal or letter to the
 * council often states the region's arrangements as the college's own.
 */
const NAMES_OTHER =
  /^(?:vacatures?|jaarverslag(?:en)?|jaarrekening(?:en)?|jaarstukken|persbericht(?:en)?|nieuwsbericht(?:en)?|nieuwsbrie(?:f|ven)|notulen|besluitenlijst(?:en)?|verordening(?:en)?|klachtenregeling|privacyverklaring|functieprofiel(?:en)?)\b/i;
/** Where a title's later part starts: a dash, a bar or a colon between words. */
const TITLE_PART = /\s[–—|-]\s+|:\s+/;
/** A step of a menu path ("Home › Werken bij › Vacatures › …"). */
const MENU_STEP = /\s[›»>]\s+/;
/** A step of a menu path that is a genre on its own ("Home › Nieuws › …", "Home › Werken bij › …"). */
const GENRE_STEP = /^(?:nieuws|werken bij)$/i;
/** A step of a menu path to job adverts. */
const JOBS_STEP = /^(?:werken bij|vacatures?)$/i;
/** How a line names another kind of document (otherGenre). */
const GENRE_NONE = 0;
const GENRE_FIRM = 1;
/** Only as a step of a menu path: like a bare genre word, a menu above the text. */
const GENRE_MENU = 2;
/**
 * Does the heading or title name another kind of document, by its first word, by the first word of a
 * later part ("Stichting De Linde – Jaarverslag 2025"), or as a step of a menu path? A later part gives
 * way to a line that itself names a regiovisie ("Regiovisie jeugd – nieuwsbrief van de regio").
 */
function otherGenre(text: string): number {
  if (NAMES_OTHER.test(text)) return GENRE_FIRM;
  if (MENU_STEP.test(text)) {
    const steps = text.split(MENU_STEP);
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i]!.trim();
      // a job advert stays one under its own headline ("Home › Werken bij › Projectleider regiovisie");
      // a news step gives way to a heading that names the regiovisie, as a bare genre word does
      if (JOBS_STEP.test(step)) return GENRE_FIRM;
      if (NAMES_OTHER.test(step) || GENRE_STEP.test(step)) return GENRE_MENU;
    }
    return GENRE_NONE;
  }
  if (!TITLE_PART.test(text) || NAMES_ITSELF.test(text)) return GENRE_NONE;
  const parts = text.split(TITLE_PART);
  for (let i = 1; i < parts.length; i++) if (NAMES_OTHER.test(parts[i]!.trim())) return GENRE_FIRM;
  return GENRE_NONE;
}
/**
 * The three questions of a municipality's annual accounts, in the past tense ("Wat wilden we
 * bereiken?", "Wat hebben we daarvoor gedaan?", "Wat heeft het gekost?"): a bit each, as a heading or
 * as the opening question of a paragraph. Enough of them (weights.regiovisie.minAccountQuestions)
 * make the text an account of a past year. The budget asks them in the present or future
 * ("Wat willen we bereiken?"), as a plan does: those count for nothing here.
 */
const NUMBERED = String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?`;
const ACCOUNT_QUESTIONS = [
  new RegExp(NUMBERED + String.raw`wat wilden (?:we|wij) (?:daarmee |hiermee )?bereiken(?:\?|$)`, 'i'),
  new RegExp(NUMBERED + String.raw`wat hebben (?:we|wij) (?:daarvoor |hiervoor )?gedaan(?:\?|$)`, 'i'),
  new RegExp(NUMBERED + String.raw`wat heeft het gekost(?:\?|$)`, 'i'),
];
function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
function accountQuestion(text: string): number {
  for (let i = 0; i < ACCOUNT_QUESTIONS.length; i++) if (ACCOUNT_QUESTIONS[i]!.test(text)) return 1 << i;
  return 0;
}
/** The text names itself a regiovisie or a regional plan (title, heading, opening lines). */
const NAMES_ITSELF = /\b(?:[Rr]egiovisie|[Rr]egionale visie|[Vv]isie (?:op )?(?:specialistische )?jeugd|[Rr]egionaal (?:beleids|koers)?(?:plan|kader)|[Ww]erkagenda|[Jj]eugdvisie)/;
/** A genre word alone, or with one word after it ("Nieuwsbrief", "Nieuwsbrief juni"): perhaps a menu heading above the text. */
const BARE_GENRE = /^\S+(?:\s\S+)?$/;
/**
 * The title, or else the first heading, names another kind of document; a bare genre word, or a
 * genre as a step of a menu path, gives way to a heading (or title) that names a regiovisie
 * ("Nieuwsbrief" above "Regiovisie … 2026", "Home › Nieuws › …" above "Regiovisie … vastgesteld").
 */
function otherDocument(title: string, headingOther: boolean, headingBare: boolean, namesRegiovisie: boolean): boolean {
  const genre = otherGenre(title);
  if (genre !== GENRE_NONE) return !((genre === GENRE_MENU || BARE_GENRE.test(title)) && namesRegiovisie);
  return headingOther && !(headingBare && namesRegiovisie);
}
/** A present that goes on, whatever past is in a clause beside it ("We blijven in gesprek met de ouders die hebben meegedacht"). */
export const GOES_ON = /\b(?:blijven|blijft|blijvend|structureel|voortaan|doorlopend)\b/i;
/**
 * The cells of a text table row that only say who does it or when ("… | Centrumgemeente Dalmark |
 * juni 2026"), found from the header row ("Actie | Resultaat | Trekker | Gereed"): a bit per column,
 * 0 without a header or when no column is of that sort.
 */
function ownerColumns(header: string | undefined): number {
  if (header === undefined) return 0;
  let bits = 0;
  header.split(' | ').forEach((cell, i) => {
    if (i > 0 && i < 31 && OWNER_OR_DEADLINE_HEADER.test(cell.toLowerCase())) bits |= 1 << i;
  });
  return bits;
}
/** Does the character offset `at` of the block fall in one of the row's owner or deadline cells (see ownerColumns)? */
function inOwnerCell(text: string, start: number, end: number, owners: number, at: number): boolean {
  let cellStart = start;
  for (let i = 0; cellStart < end; i++) {
    const bar = text.indexOf(' | ', cellStart);
    const cellEnd = bar < 0 || bar >= end ? end : bar;
    if (at >= cellStart && at < cellEnd) return i < 31 && (owners & (1 << i)) !== 0;
    if (cellEnd === end) return false;
    cellStart = cellEnd + 3;
  }
  return false;
}

/**
 * A newspaper article's dateline ("BRAKKENSTEIN – Brakkenstein vormt …": a place in capitals, a
 * dash, a sentence) or byline ("Door onze verslaggever …"); looked for in the first blocks only.
 * ("IVRK – het Internationaal Verdrag …" in a glossary goes on in lower case.)
 */
const NEWS_MARK = /^(?:[A-ZÀ-Þ][A-ZÀ-Þ'-]{2,}(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'-]+){0,2}\s?[–—-]\s\p{Lu}|(?:[Dd]oor|[Vv]an) onze (?:verslaggever|verslaggeefster|redacteur|redactrice|correspondent)\b)/u;
const NEWS_MARK_BLOCKS = 12;
/** A question longer than this (in tokens) is no topic for the sentence after it. */
const MAX_TOPIC_QUESTION = 16;
/** An answer shorter than this (in tokens) is not read with the question before it. */
const MIN_TOPIC_ANSWER = 5;
/** A bare "yes" to a question ("Ja.", "Zeker."): the sentence after it says how. */
const YES: ReadonlySet<string> = new Set(['ja', 'zeker', 'jazeker', 'natuurlijk']);
/** Who may stand after "Dat"/"Dit" and its verb in an answer ("Dat bepalen wij samen met u", "Dit regelt de regio"). */
const ANSWER_SUBJECT: ReadonlySet<string> = new Set(['we', 'wij', 'u', 'je', 'jij', 'ze', 'zij', 'de', 'het', 'uw', 'jouw', 'onze', 'elke', 'iedere', 'ieder', 'elk']);
/**
 * Does the answer open by pointing back at the question ("Wat is goede hulp? Dat bepalen wij samen
 * met u.")? Then it answers the question's own item too, as a bare "Ja." does. "Dat" + a verb + a
 * subject: "Dat team bestaat al" names a thing, not the question.
 */
function pointsBack(norms: ArrayLike<string>, from: number, to: number): boolean {
  const first = norms[from];
  return to - from >= 3 && (first === 'dat' || first === 'dit') && !NOT_ANSWERING_VERB.has(norms[from + 1]!) && ANSWER_SUBJECT.has(norms[from + 2]!);
}
/** Verbs after "Dat" that say what something is or how it stands, not who does it ("Dat is de grote vraag", "Dat weten de ouders zelf het best"). */
const NOT_ANSWERING_VERB: ReadonlySet<string> = new Set(['is', 'zijn', 'was', 'waren', 'blijft', 'blijven', 'wordt', 'worden', 'lijkt', 'weten', 'weet', 'hangt', 'verschilt', 'kan', 'mag', 'moet', 'gaat']);
/** Words that open a short answer without a verb of its own, which the question completes ("Waar kan ik terecht? Bij de vertrouwenspersoon.", "Hoe lang wacht ik? Hoogstens zes weken."). */
const FRAGMENT_START: ReadonlySet<string> = new Set(['bij', 'via', 'binnen', 'hoogstens', 'maximaal', 'uiterlijk', 'naar', 'uw', 'jouw', 'je']);
/** Words that make an answer no arrangement: a no, a pity, an intention, or how things mostly are ("Bij de meeste aanbieders zes maanden."). */
const NO_ANSWER: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit', 'helaas', 'bedoeling', 'streven', 'idee', 'meeste', 'sommige', 'soms', 'gemiddeld', 'vaak', 'meestal']);
/** A verb or a "no" in it: a sentence of its own, not a fragment ("Bij ons is dat vaak niemand."). */
const NOT_FRAGMENT: ReadonlySet<string> = new Set(['is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'kan', 'kunt', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'heeft', 'hebben', 'krijgt', 'krijg', 'krijgen', 'hoeft', 'hoef', 'duurt', 'duren', 'gaat', 'gaan', 'komt', 'doet', 'staat', 'niemand', 'niets']);
/** The longest such fragment, in tokens. */
const MAX_FRAGMENT = 6;
/** Words that open a question of who, what, how, where or when (not one of yes or no). */
const QUESTION_WORD: ReadonlySet<string> = new Set(['wie', 'wat', 'welke', 'welk', 'hoe', 'hoeveel', 'hoelang', 'waar', 'waarom', 'wanneer', 'waarmee', 'waarover', 'waarvoor', 'bij', 'met', 'voor', 'aan', 'naar', 'van', 'in', 'op']);
/** Words after "Dat mag" / "Dat kan" that make it a yes ("Dat mag altijd."; not "Dat kan gebeuren."). */
const SURELY: ReadonlySet<string> = new Set(['altijd', 'zeker', 'gewoon', 'ook']);
/**
 * How a sentence answers the question before it: 2 = it says yes (or no to a burden) and goes on
 * ("Ja, u kiest zelf …", "Nee, u vertelt het één keer …", "Dat mag altijd."), or points back at the
 * question ("Dat bepalen wij samen met u."); 1 = a short fragment the question completes ("Bij de
 * vertrouwenspersoon."); 0 = neither. Either way it answers the question's own item too.
 */
function answerKind(norms: ArrayLike<string>, from: number, to: number, questionFrom: number): number {
  const first = norms[from]!;
  const burden = burdenAsked(norms as readonly string[], questionFrom, from);
  // (a no to a burden is good news, also with "niet": "Moet ik steeds opnieuw …? Nee, dat hoeft niet.")
  if (to - from >= 3 && first === 'nee' && burden) return 2;
  // a no, a hope or a plan is no answer that arranges anything ("Dat doen we niet.", "Dat is de bedoeling.")
  for (let k = from; k < to; k++) if (NO_ANSWER.has(norms[k]!)) return 0;
  // (a question that opens with its verb asks yes or no: "Kan ik …?", "Is er …?")
  const yesNo = !QUESTION_WORD.has(norms[questionFrom]!);
  // (a yes to a burden, or to whether something is there, confirms it: "Moet ik lang wachten? Ja, dat
  // kan gebeuren.", "Is er een wachtlijst? Ja, …"; see saysYes)
  if (to - from >= 3 && YES.has(first) && saysYes(norms, from, questionFrom)) return 2;
  if (to - from >= 3 && saysYes(norms, from, questionFrom, true) && (first === 'dat' || first === 'dit') && (norms[from + 1] === 'mag' || norms[from + 1] === 'kan') && SURELY.has(norms[from + 2]!)) return 2;
  // (pointing back answers a question of who, what or how; to "Kan ik …?" it may say anything: "Dat bepaalt de aanbieder.")
  if (!yesNo && pointsBack(norms, from, to)) return 2;
  if (to - from <= MAX_FRAGMENT && FRAGMENT_START.has(first)) {
    for (let k = from + 1; k < to; k++) if (NOT_FRAGMENT.has(norms[k]!)) return 0;
    return 1;
  }
  return 0;
}
/**
 * Does the answer's first word, a yes or a no, say the good news? A yes, but not to a question about
 * a burden or whether something is there ("Moet ik lang wachten? Ja.", "Is er een wachtlijst? Ja."),
 * a no to a question about a burden ("Moet ik steeds opnieuw …? Nee."). With `anyWord`, the first
 * word is not read ("Dat mag altijd." after "Mag ik …?").
 */
function saysYes(norms: ArrayLike<string>, at: number, questionFrom: number, anyWord = false): boolean {
  const first = norms[at]!;
  if (!anyWord && first === 'nee') return burdenAsked(norms as readonly string[], questionFrom, at);
  return (anyWord || YES.has(first)) && !asksWhetherThere(norms, questionFrom) && !burdenAsked(norms as readonly string[], questionFrom, at, true);
}
/** Does the question open with "Is er" or "Zijn er": whether something is there? */
function asksWhetherThere(norms: ArrayLike<string>, questionFrom: number): boolean {
  const verb = norms[questionFrom];
  return (verb === 'is' || verb === 'zijn') && norms[questionFrom + 1] === 'er';
}
/** A question about a burden, so that a bare "Nee." is good news ("Moet ik steeds opnieuw …? Nee."; not "Kan ik zelf kiezen? Nee."). */
const BURDEN_ASKED: ReadonlySet<string> = new Set(['moet', 'moeten', 'steeds', 'opnieuw', 'weer', 'lang', 'niet', 'geen']);
/** Does the question of the tokens from..to ask about a burden (see BURDEN_ASKED)? */
function burdenAsked(norms: readonly string[], from: number, to: number, forYes = false): boolean {
  // (for a yes, "niet" or "geen" in a clause is no burden asked: "Mag ik iemand anders vragen als het niet klikt?")
  for (let k = from; k < to; k++) if (BURDEN_ASKED.has(norms[k]!) && !(forYes && (norms[k] === 'niet' || norms[k] === 'geen'))) return true;
  return false;
}

/**
 * Does the sentence from..to answer a question before it with "dan": "Dan bellen wij u.", or an
 * imperative first with a promise of ours ("Zeg het ons, dan zoeken we samen iemand anders.", not
 * "…, dan weet je meer")?
 */
function answersWithDan(norms: readonly string[], from: number, to: number): boolean {
  if (norms[from] === 'dan') return true;
  for (let k = from + 1; k < to && k <= from + 5; k++) if (norms[k] === 'dan' && (norms[k + 1] === 'we' || norms[k + 1] === 'wij' || norms[k + 2] === 'we' || norms[k + 2] === 'wij')) return true;
  return false;
}

function isHeaderRow(row: string): boolean {
  return !/\d/.test(row) && row.split(' | ').every((cell) => cell.trim().split(/\s+/).length <= 3);
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}



const TOC_LINE = /(?:\.{3,}|…|\s{2,})\s*\d{1,3}\s*$/;
/** Cheap pre-check for TOC_LINE: the text ends in a digit (before trailing white space). */
function endsInDigit(text: string): boolean {
  const c = lastCode(text);
  return c >= 48 && c <= 57;
}
/** The text ends in a colon before trailing white space: /:\s*$/ without trying the pattern at every position. */
function endsInColonChar(text: string): boolean {
  return lastCode(text) === 58;
}

/** Everything about a word TYPE, computed once per checklist and cached across analyze calls. */
interface TypeInfo {
  ids: number[];
  /** The ids a sentence notes as present: for phrase matching, and the marked word classes (see matchTokenOf). */
  marks: number[];
  cue: number;
  /** Two-word cues starting with this word: pairs (second word's interner id, mask) in one array (a few each: a scan, no map look-up per token). */
  bigrams: Int32Array | undefined;
  /** 1 for a topic word (isTopicWord), else 0: counted without a branch. */
  topic: number;
  /**
   * CARE_YOUTH: a youth-care word, or a word of the people and organisations who give that care
   * (see isCareWord); CARE_STRICT: a word of care itself ("jeugdhulp", "hulpverlener", "opvoeden",
   * "huisarts"), not only the children, young people and parents any text about them names.
   */
  care: number;
  /** DOCUMENT_MEETING: a word the SPEAKER or ARTICLE patterns need ("voorzitter", "artikel"…), only then tried on the block; DOCUMENT_OWN: "ons", "onze"; else 0. */
  document: number;
  syllables: number;
  jargon: boolean;
  /** Its part in an elliptical start ("Maar ook …"): ellipsisRole. */
  ellipsis: number;
  /** passage-kind's WORD_BIT bits of the word (wordBits). */
  wordBits: number;
  /** passage-kind's WORD_BIT2 bits of the word (wordBits2). */
  wordBits2: number;
  /** Where the terms that can start at this word, and the late ones (CompiledChecklist.lateTerm) except the marked classes, are (see MatchToken). */
  firstsAt: number;
  lateAt: number;
  endAt: number;
  /** Its marks in CompiledChecklist.starts.pairs: [endAt, marksEnd) (MatchToken.marksEnd). */
  marksEnd: number;
  /**
   * Its first two marks, MatchState.always for each it lacks (a slot every sentence has present and
   * whose lastAt nobody reads), and where the rest start in the pool: the sentence loop writes two
   * marks per token without a loop (most words have at most two), then the rest.
   */
  mark0: number;
  mark1: number;
  moreMarksAt: number;
  /** onlyPattern of its pattern ids (matching reads it in MatchState.only). */
  only: number;
  /** 1 when some term can start at this word (some firsts or late firsts): matching tries it (see Scratch.opens); else 0 (a count, read without a branch). */
  opens: number;
}

/** Word types cached per compiled checklist (bounded; a pure function of the word, so caching is safe). */
const MAX_CACHED_TYPES = 200_000;

/** Per compiled checklist: scratch space reused by every analyze call (analyze is synchronous). */
export interface Scratch {
  interner: WordInterner;
  /** TypeInfo per interner word id. */
  typesById: (TypeInfo | undefined)[];
  /** cutIds per suspended part and compound (made with the interner's words: reset with it). */
  cutIds: Map<string, number[]>;
  /** Per word id before a hyphen and word id after it: the pattern ids of the second with the joined form's, and the ids they were made from (see hyphenIds; reset with the interner). */
  hyphenIds: Map<number, Map<number, { own: number[]; ids: number[] }>>;
  /** Per word id: how often a jargon word stands in the text being read; the ids counted, in the order first met (see jargonCountsOf). */
  jargonCount: Int32Array;
  jargonIds: number[];
  match: MatchState;
  tokens: TokenBuffer;
  sentences: SentenceBuffer;
  types: TypeInfo[];
  ids: number[][];
  isNum: Uint8Array;
  /** The tokens of the block where a term can start (TypeInfo.opens, or a number), ascending: all matchMarkedSentence tries. */
  opens: Int32Array;
  // per item, for scoring one sentence
  itemStamp: Int32Array;
  strong: Int32Array;
  mention: Int32Array;
  phrase: Int32Array;
  /** Per item: its strong terms with a "niet" or "geen" beside them (see negatedAt). */
  negated: Int32Array;
  topical: Int32Array;
  excluded: Uint8Array;
  /** Distinct token positions of weak terms per item, and the last such position. */
  weakN: Int32Array;
  lastWeakAt: Int32Array;
  /** The text of the block being read (token offsets point into it). */
  blockText: string;
  /** Per item: the token positions of its first and last term (strong or mention) in the sentence, -1 = none. */
  firstTermAt: Int32Array;
  lastTermAt: Int32Array;
  /** Per item: the stamp of the last sentence with a topical weak term of it (see countSentence); one more slot, written for every other term. */
  topicalStamp: Int32Array;
  /** Per term: its item for a topical weak term (ROLE.WEAK), else the spare last slot of topicalStamp (see topicalSlots). */
  topicalSlot: Int32Array;
  /** Per anchor class, its paraphrases with their other groups in line (see anchorRecords). */
  anchorRecords: AnchorRecords;
  touched: Int32Array;
  /** The sentence countSentence last read is about another policy field and not about youth. */
  offDomain: boolean;
  /** The sentence being emitted has two main clauses ("; "): an item does not leave it to another (see leaveToOthers). */
  twoClauses: boolean;
  /** Per item: the paraphrases completed. Per word class: the match stamp (match.stamp) of the last sentence that has it. Per paraphrase: its groups found, and the sentence stamp; the paraphrases completed in this sentence. */
  paraHits: Int32Array;
  classStamp: Int32Array;
  paraCompleted: Int32Array;
  /** The anchoring word classes found in this sentence. */
  anchorsFound: Int32Array;
  paraStamp: Int32Array;
  stamp: number;
  /** Output of scoreSentence: item, score, flags (1 = aanwezig, 2 = strong term). */
  outItem: Int32Array;
  outScore: Float64Array;
  outFlags: Uint8Array;
  /** Per emitted candidate: 1 when the passage has a term of the item itself (not only a paraphrase or mention). */
  outOwnTerm: Uint8Array;
  candidates: CandidateStore;
  /** The sentences of 6+ words with their difficulty (in `score`), for the readability evidence. */
  hard: CandidateStore;
}
const scratches = new WeakMap<CompiledChecklist, Scratch>();

export function scratchFor(compiled: CompiledChecklist, nItems: number): Scratch {
  let s = scratches.get(compiled);
  if (!s || s.itemStamp.length < nItems) {
    const match = createMatchState(compiled);
    s = {
      interner: new WordInterner(),
      typesById: [],
      cutIds: new Map(),
      hyphenIds: new Map(),
      jargonCount: new Int32Array(1024),
      jargonIds: [],
      match,
      tokens: createTokenBuffer(1024),
      sentences: createSentenceBuffer(),
      types: [],
      ids: [],
      isNum: new Uint8Array(1024),
      opens: new Int32Array(1024),
      itemStamp: new Int32Array(nItems),
      strong: new Int32Array(nItems),
      mention: new Int32Array(nItems),
      phrase: new Int32Array(nItems),
      negated: new Int32Array(nItems),
      topical: new Int32Array(nItems),
      excluded: new Uint8Array(nItems),
      weakN: new Int32Array(nItems),
      lastWeakAt: new Int32Array(nItems),
      blockText: '',
      firstTermAt: new Int32Array(nItems),
      lastTermAt: new Int32Array(nItems),
      topicalStamp: new Int32Array(nItems + 1),
      topicalSlot: topicalSlots(compiled, nItems),
      anchorRecords: anchorRecords(compiled),
      touched: new Int32Array(nItems),
      offDomain: false,
      twoClauses: false,
      paraHits: new Int32Array(nItems),
      // the word classes' part of match.present: markToken notes the marked classes there (see matchTokenOf)
      classStamp: match.present.subarray(compiled.patternCount),
      anchorsFound: new Int32Array(Math.max(1, compiled.classCount)),
      paraCompleted: new Int32Array(Math.max(1, compiled.paraItem.length)),
      paraStamp: new Int32Array(Math.max(1, compiled.paraItem.length)),
      stamp: 0,
      outItem: new Int32Array(nItems),
      outScore: new Float64Array(nItems),
      outFlags: new Uint8Array(nItems),
      outOwnTerm: new Uint8Array(nItems),
      candidates: createCandidateStore(1024),
      hard: createCandidateStore(1024),
    };
    scratches.set(compiled, s);
  }
  return s;
}

/** A bit of MatchScratch.excluded beside its 1 and 2: a "~" exclusion, which rules out only the vague mentions and weak words. */
const EXCLUDED_VAGUE = 4;
/** TypeInfo.care bits: a youth-care word (a topic word or a care giver's: the passage is about youth); a word of care itself (not only the children or parents). */
const CARE_YOUTH = 1;
const CARE_STRICT = 2;
/** TypeInfo.care bit: a word of support for adults ("Wmo", "volwassenen", "mantelzorg", "huishoudelijke hulp"). */
const CARE_ADULT = 4;
/** TypeInfo.care bit: a word of children, young people or parents themselves ("kinderen", "jongeren", "ouders", "gezin", "school", "jeugd…"). */
const CARE_CHILD = 8;
const CHILD_STEM = /^(?:jeugd|kind|jongere|jeugdige|tiener|baby|peuter|kleuter|puber|leerling|school|opvoed|opgroei|pleeg|gezin|ouder$|ouders$)/;
/** Words of support for adults and the elderly, as the Wmo gives it (not "ouders"). */
const ADULT_STEM = /^(?:wmo|volwassene$|volwassenen$|ouderen$|mantelzorg|huishoudelijk|dagbesteding|thuiszorg|senioren|woningaanpassing|rolstoel|scootmobiel|traplift)/;
/**
 * Words of care itself among the topic words ("jeugdhulp", "jeugdteam", "opvoeden", "pleegzorg"; the
 * rest name the people: "kinderen", "jeugdigen", "jongerensportraad", "jeugdtrainer"), and words of
 * care givers that are no sports or leisure words ("sportaanbieders" is no care).
 */
const CARE_STEM = /^(?:jeugdhulp|jeugdzorg|jeugdwet|jeugdteam|jeugdbescherming|jeugdreclassering|jeugdggz|jeugdconsulent|jeugdprofessional|jeugdverpleegkundige|jeugdarts|jeugdgezondheidszorg|opvoed|opgroei|pleegzorg|pleeggezin|pleegouder|gezinshuis|kinderrecht|regiovisie)/;
const LEISURE_STEM = /^(?:sport|voetbal|muziek|cultuur|zwem|speel)/;
/** Care givers who are no topic words of their own ("de praktijkondersteuner bij de huisarts", "het dorpsteam"). */
const CARE_GIVER = /^(?:praktijkondersteuner|huisarts|dorpsteam|buurtteam)/;
function careOf(norm: string): number {
  const topic = isTopicWord(norm);
  const giver = isCareWord(norm);
  const youth = topic || giver ? CARE_YOUTH : 0;
  return youth | (!LEISURE_STEM.test(norm) && (giver || CARE_GIVER.test(norm) || (topic && CARE_STEM.test(norm))) ? CARE_STRICT : 0) | (ADULT_STEM.test(norm) ? CARE_ADULT : 0) | (CHILD_STEM.test(norm) ? CARE_CHILD : 0);
}

/** TypeInfo.marks of the words that mark nothing (never written to). */
const NO_MARKS: number[] = [];

/** Everything about one word type, made the first time the word is met (see TypeInfo). */
export function makeType(compiled: CompiledChecklist, interner: WordInterner, norm: string): TypeInfo {
  const cue = wordCues(norm);
  const info = wordInfo(norm);
  const facts: WordFacts = {
    cue,
    bigrams: cue & BIGRAM_START ? byWordId(interner, bigramsAfter(norm)) : undefined,
    topic: isTopicWord(norm) ? 1 : 0,
    care: careOf(norm),
    document: DOCUMENT_WORDS.has(norm) ? DOCUMENT_MEETING : norm === 'ons' || norm === 'onze' ? DOCUMENT_OWN : 0,
    syllables: info.syllables,
    jargon: info.jargon,
    ellipsis: ellipsisRole(norm),
    wordBits: wordBits(norm, separableVerbTest(compiled)),
    wordBits2: wordBits2(norm),
  };
  return typeWith(compiled, facts, matchTokenOf(compiled, compiled.matcher.match(norm)));
}

/** The facts of a TypeInfo that do not depend on its pattern ids. */
type WordFacts = Pick<TypeInfo, 'cue' | 'bigrams' | 'topic' | 'care' | 'document' | 'syllables' | 'jargon' | 'ellipsis' | 'wordBits' | 'wordBits2'>;

/**
 * A word's facts with the terms of these pattern ids. Every TypeInfo is made here, by this one
 * object literal: all have one shape, so the hot loops that read them stay monomorphic (a copy
 * by spread had a shape of its own, met in blocks with a compound).
 */
function typeWith(compiled: CompiledChecklist, facts: WordFacts, token: MatchToken & { ids: number[]; marks: number[] }): TypeInfo {
  const pool = compiled.starts.pairs;
  const always = alwaysSlot(compiled);
  return {
    ids: token.ids,
    // most words mark nothing: one shared empty list, which the sentence loop finds in the cache
    marks: token.marks.length > 0 ? token.marks : NO_MARKS,
    cue: facts.cue,
    bigrams: facts.bigrams,
    topic: facts.topic,
    care: facts.care,
    document: facts.document,
    syllables: facts.syllables,
    jargon: facts.jargon,
    ellipsis: facts.ellipsis,
    wordBits: facts.wordBits,
    wordBits2: facts.wordBits2,
    firstsAt: token.firstsAt,
    lateAt: token.lateAt,
    endAt: token.endAt,
    marksEnd: token.marksEnd,
    mark0: token.marksEnd > token.endAt ? pool[token.endAt]! : always,
    mark1: token.marksEnd > token.endAt + 1 ? pool[token.endAt + 1]! : always,
    moreMarksAt: Math.min(token.endAt + 2, token.marksEnd),
    only: onlyPattern(token.ids),
    opens: opensTerm(token) ? 1 : 0,
  };
}

/**
 * typeWith(compiled, ti, token), made once per word type and token (a block with a compound asks again for
 * each of its tokens that also matches the joined form: matchTokenOf gives the same token for the
 * same ids, and nobody changes a TypeInfo).
 */
function typeWithMore(compiled: CompiledChecklist, ti: TypeInfo, token: MatchToken & { ids: number[]; marks: number[] }): TypeInfo {
  let made = typesWithMore.get(ti);
  if (made === undefined) typesWithMore.set(ti, (made = new Map()));
  let type = made.get(token);
  if (type === undefined) made.set(token, (type = typeWith(compiled, ti, token)));
  return type;
}
const typesWithMore = new WeakMap<TypeInfo, Map<MatchToken, TypeInfo>>();

/** The second words as interner ids, so a sentence compares numbers, not strings (see TypeInfo.bigrams). */
function byWordId(interner: WordInterner, next: ReadonlyMap<string, number> | undefined): Int32Array | undefined {
  return next && Int32Array.from([...next].flatMap(([word, mask]) => [interner.intern(word), mask]));
}

/**
 * The TypeInfo of interner word `id`, made once and kept in scratch.typesById. Module functions,
 * not closures inside analyze: a closure would keep analyze's hot-loop variables in a heap context.
 */
function typeOfId(compiled: CompiledChecklist, scratch: Scratch, id: number): TypeInfo {
  return scratch.typesById[id] ?? (scratch.typesById[id] = makeType(compiled, scratch.interner, scratch.interner.norms[id]!));
}

/** Is there a youth-care word (TypeInfo.care, not a number) among tokens [from, to) of the buffer? */
function careAfter(compiled: CompiledChecklist, scratch: Scratch, buf: TokenBuffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (buf.flags[k]! & TOKEN_NUM) continue;
    const id = buf.id[k]!;
    if ((scratch.typesById[id] ?? typeOfId(compiled, scratch, id)).care & CARE_YOUTH) return true;
  }
  return false;
}

/** Pattern ids of a normalised word (made from two tokens: "zorg" + "aanbieders"). */
function idsOf(compiled: CompiledChecklist, scratch: Scratch, norm: string): number[] {
  return typeOfId(compiled, scratch, scratch.interner.intern(norm)).ids;
}

/** Per compiled checklist: "is particle + rest a separable verb it names?" (made here, not as a closure in analyze: see typeOfId). */
const separableVerbTests = new WeakMap<CompiledChecklist, (particle: string, rest: string) => boolean>();
function separableVerbTest(compiled: CompiledChecklist): (particle: string, rest: string) => boolean {
  let test = separableVerbTests.get(compiled);
  if (test === undefined) {
    const verbs = compiled.separableVerbs;
    test = (particle, rest) => verbs.get(particle)?.has(rest) === true;
    separableVerbTests.set(compiled, test);
  }
  return test;
}

/** The weight of each passage kind, by kind number (outside analyze: no closure over its variables). */
function kindWeights(weights: Weights): number[] {
  return KINDS.map((k) => weights.kindWeight[k] ?? 0);
}

export function analyze(doc: ExtractedDocument, checklist: Checklist, options: AnalyzeOptions = {}): Review {
  const weights = options.weights ?? (defaultWeights as Weights);
  const kindWeight = kindWeights(weights);
  const compiled = compileChecklist(checklist);
  const isSeparableVerb = separableVerbTest(compiled);
  const nItems = checklist.items.length;
  const scratch = scratchFor(compiled, nItems);
  const candidates = scratch.candidates;
  candidates.count = 0;
  // per item: first and last candidate (linked through candidates.next), -1 = none
  const candHead = new Int32Array(nItems).fill(-1);
  const candTail = new Int32Array(nItems).fill(-1);
  /** Per item: the order of the last sentence that gave it a candidate (see the question read as a topic). */
  const itemOrder = new Int32Array(nItems).fill(-1);
  const links: CandidateLinks = { head: candHead, tail: candTail, itemOrder };
  const hard = scratch.hard;
  hard.count = 0;
  if (scratch.interner.size > MAX_CACHED_TYPES) {
    scratch.interner = new WordInterner();
    scratch.typesById = [];
    scratch.cutIds = new Map();
    scratch.hyphenIds = new Map();
  }
  const interner = scratch.interner;
  const typesById = scratch.typesById;
  const totals: SentenceStats = { words: 0, syllables: 0, longWords: 0, jargon: 0 };
  const stats: SentenceStats = { words: 0, syllables: 0, longWords: 0, jargon: 0 };
  // the jargon words counted by word id (see jargonCountsOf)
  // (counts left by a call that did not finish are cleared first)
  const jargonIds = scratch.jargonIds;
  for (const id of jargonIds) scratch.jargonCount[id] = 0;
  jargonIds.length = 0;
  let order = 0;
  let commits = 0;
  /** Promises about an item without "we" or the region as speaker (see where they are counted). */
  let unsignedPromises = 0;
  let reports = 0;
  let secondPerson = 0;
  let firstPerson = 0;
  let articles = 0;
  let speakers = 0;
  /** A newspaper's dateline or byline among the first blocks (see NEWS_MARK). */
  let newsMarks = 0;
  let ownOrganisation = 0;
  let namesItself = false;
  // the first heading of the text (only the first: a later one is a section)
  let namesOther = false;
  /** ACCOUNT_QUESTIONS seen as headings or opening a paragraph, a bit each. */
  let accountQuestions = 0;
  // … as a bare word ("Nieuwsbrief"), and a heading that names the text a regiovisie
  let bareOther = false;
  let headingNamesItself = false;
  let seenHeading = false;
  let regionWords = 0;
  // sentences about regions in general ("regio's", "elke regio"): a text about regiovisies, not one
  let genericRegions = 0;
  let proseSentences = 0;
  /** Prose sentences with a word of children, young people or parents, and with a word of support for adults and none of those (a Wmo page is no text about youth care). */
  let childSentences = 0;
  let adultSentences = 0;
  let topicWords = 0;
  let allWords = 0;


  const buf = scratch.tokens;
  const blocks = doc.blocks;
  const facts: PassageFacts = {
    text: '',
    mask: 0,
    blockKind: 'paragraph',
    words: 0,
    heading: false,
    toc: false,
    glossary: false,
    openSection: false,
    heardSection: false,
    question: false,
    planYear: false,
    elliptical: false,
    // every field from the start (set per block or sentence before it is read): one object shape,
    // so passageKind's property reads stay monomorphic
    leadIn: undefined,
    tableHeader: undefined,
    tableHeaderRow: false,
    afterQuestion: false,
    pastYear: false,
    span: undefined,
    wordBits: 0,
    wordBits2: 0,
  };
  /** Where the passage is in its block, for facts.span (one object, filled per sentence). */
  const span: PassageSpan = { text: '', starts: buf.start, ends: buf.end, from: 0, to: 0, start: 0, end: 0, capitals: 0, numbers: 0, gaps: 0 };
  /** Per heading text: 1 = contents, 2 = glossary, 3 = open points, 0 = none of these (few distinct headings, many blocks). */
  const headingRoles = new Map<string, number>();
  let lastHeading: string | undefined;
  let lastHeadingRole = 0;
  /** Candidates of the previous sentence that its next sentence may turn into a promise (see LINK_START). */
  const pending = new Int32Array(nItems);
  let pendingCount = 0;
  let pendingOrder = -1;
  /** The kind of the lead-in of the list being read ("We gaan het volgende doen:"), or undefined. */
  let leadIn: PassageKind | undefined;
  /** The header row of the text table being read ("Actie | Trekker | Gereed"), or undefined. */
  let tableHeader: string | undefined;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    const text = block.text;
    scratch.blockText = text;
    const n = scanTokens(text, buf, interner);
    if (n === 0) continue;
    joinSeparableVerbs(buf, n, interner);
    joinTrailingParticles(text, buf, n, isSeparableVerb, interner);
    if (scratch.isNum.length < buf.start.length) {
      scratch.isNum = new Uint8Array(buf.start.length);
      scratch.opens = new Int32Array(buf.start.length);
      scratch.match.only = new Int32Array(buf.start.length);
    }
    const typeList = scratch.types;
    const isNum = scratch.isNum;
    const opens = scratch.opens;
    let nOpens = 0;
    const match = scratch.match;
    const only = match.only;
    const present = match.present;
    const lastAt = match.lastAt;
    const numberSlot = match.numberSlot;
    const norms = buf.norm;
    const flags = buf.flags;
    const gapBits = buf.gap;
    const wordIds = buf.id;
    // The word types are looked up in the sentence loop below (one pass over the tokens), except
    // in a block with a hyphenated or suspended compound: there its tokens get their types first,
    // some with the joined form's extra pattern ids.
    const special = (buf.anyFlags & (TOKEN_HYPHEN_NEXT | TOKEN_SUSPENDED)) !== 0;
    /** A youth-care word in the sentences read so far; whether the rest of the block has one (-1: not looked at yet). */
    let careSoFar = false;
    let careLater = -1;
    let documentWords = false;
    if (special) {
      for (let k = 0; k < n; k++) {
        const id = wordIds[k]!;
        typeList[k] = typesById[id] ?? typeOfId(compiled, scratch, id);
      }
      const ids = scratch.ids;
      for (let k = 0; k < n; k++) ids[k] = typeList[k]!.ids;
      addCompoundVariants(compiled, scratch, buf, n, ids);
      for (let k = 0; k < n; k++) {
        const ti = typeList[k]!;
        if (ids[k] === ti.ids) continue;
        // this token also matches the joined form: its type with the extra pattern ids (for this block only)
        typeList[k] = typeWithMore(compiled, ti, matchTokenOf(compiled, ids[k]!));
      }
    }
    const sentences = scratch.sentences;
    const nSentences = splitSentencesInto(text, buf, sentences);
    if ((!namesItself && (block.kind === 'heading' || bi < 5)) || (!headingNamesItself && block.kind === 'heading')) {
      if (NAMES_ITSELF.test(text)) {
        namesItself = true;
        if (block.kind === 'heading') headingNamesItself = true;
      }
    }
    if ((block.kind === 'heading' || block.kind === 'paragraph') && ((text.charCodeAt(0) | 32) === 119 /* w */ || (text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57))) accountQuestions |= accountQuestion(text);
    if (!seenHeading && block.kind === 'heading') {
      seenHeading = true;
      const genre = bi < 3 ? otherGenre(text) : GENRE_NONE;
      namesOther = genre !== GENRE_NONE;
      bareOther = genre === GENRE_MENU || BARE_GENRE.test(text.trim());
    }
    const isHeading = block.kind === 'heading';
    if (bi < NEWS_MARK_BLOCKS && NEWS_MARK.test(text)) newsMarks++;
    let headingRole = 0;
    if (block.heading !== undefined) {
      const heading = block.heading;
      // the blocks under one heading come one after another: most look-ups are of the last heading
      if (heading !== lastHeading) {
        let known = headingRoles.get(heading);
        if (known === undefined) headingRoles.set(heading, (known = isTocHeading(heading) ? 1 : isGlossaryHeading(heading) ? 2 : isOpenHeading(heading) ? 3 : isHeardHeading(heading) ? 4 : 0));
        lastHeading = heading;
        lastHeadingRole = known;
      }
      headingRole = lastHeadingRole;
    }
    const toc = (endsInDigit(text) && TOC_LINE.test(text)) || headingRole === 1;
    const shortBlock = n <= 6 && !endsInStop(text, true);
    // a row of a text table ("cell | cell | cell"): the first row of a table is its header
    const tableRow = block.kind === 'tableCell' && text.includes(' | ');
    let tableHeaderRow = false;
    if (tableRow) {
      const prev = blocks[bi - 1];
      if (prev === undefined || prev.kind !== 'tableCell' || !prev.text.includes(' | ')) tableHeader = undefined;
      // a header row names its columns: short cells, no numbers ("Actie | Trekker | Gereed")
      if (tableHeader === undefined && isHeaderRow(text)) {
        tableHeader = text;
        tableHeaderRow = true;
      }
    } else tableHeader = undefined;
    if (block.kind !== 'listItem') leadIn = undefined;
    const endsInColon = block.kind === 'paragraph' && endsInColonChar(text);
    // one facts object, filled per sentence (no object or closure per sentence in the hot loop)
    facts.blockKind = block.kind;
    facts.heading = isHeading || (shortBlock && nSentences === 1 && block.kind === 'paragraph') || (block.kind === 'paragraph' && isNumberedHeading(text, n));
    facts.toc = toc;
    facts.glossary = headingRole === 2;
    facts.openSection = headingRole === 3;
    facts.heardSection = headingRole === 4;
    facts.leadIn = block.kind === 'listItem' ? leadIn : undefined;
    facts.tableHeader = tableRow && !tableHeaderRow ? tableHeader : undefined;
    facts.tableHeaderRow = tableHeaderRow;
    let nextLeadIn: PassageKind | undefined;
    /** A question whose answer ("Dan …") follows: read together with it. */
    let deferredQuestion = -1;
    let deferredYouth = false;
    let deferredCare = false;
    /** Where the deferred question's tokens start in `opens`. */
    let deferredOpens = 0;
    /**
     * A short question that opens the block ("Klikt het niet met je hulpverlener? Je mag zelf iemand
     * anders kiezen."): the next sentence is also read with the question's words, as one passage of
     * two sentences with the answer's kind, for the items that neither sentence names alone.
     */
    let topicFrom = -1;
    let topicOpens = 0;
    let topicStart = 0;
    let topicOrder = -1;
    let topicYouth = false;
    let topicCare = false;
    /** The answer's sentence: the one after the question, or after a bare "Ja." or "Nee." (which answers the question's own item). */
    let topicAnswerAt = 1;
    let topicYesNo = false;

    for (let si = 0; si < nSentences; si++) {
      const sStart = sentences.start[si]!;
      const sEnd = sentences.end[si]!;
      const sFrom = sentences.from[si]!;
      const sTo = sentences.to[si]!;
      const sQuestion = sentences.question[si] === 1;
      // cue mask: one pass over the sentence's tokens
      let mask = 0;
      /** OR of the words' WORD_BIT bits (passageKind tries a pattern only with its word). */
      let bits = 0;
      /** OR of the words' WORD_BIT2 bits. */
      let bits2 = 0;
      let planYear = false;
      let pastYear = false;
      let youth = false;
      /** A word of support for adults (CARE_ADULT), and one of children, young people or parents (CARE_CHILD). */
      let adult = false;
      let child = false;
      /** A word of care itself (not only children or parents): a passage with a word of another policy field counts only then. */
      let careWord = false;
      let words = 0;
      /** The words (not numbers) and topic words; the OR of the words' cues and care bits (TypeInfo.care). */
      let wordsHere = 0;
      let topicsHere = 0;
      let cues = 0;
      let care = 0;
      /** Tokens that open with a capital and numbers: upper bounds of the word starts looksLikeContents counts (see PassageSpan). */
      let capitals = 0;
      let numbers = 0;
      /** The marks between its tokens (see PassageSpan.gaps): before each token, and after the last below. */
      let gaps = 0;
      let syllables = 0;
      let longWords = 0;
      let jargon = 0;
      /** This sentence counted as a commitment of the text's own (for recognising a regiovisie). */
      let committed = false;
      // this pass also marks the sentence's patterns for matching (no second pass over the tokens)
      const matchStamp = beginSentence(match);
      const sOpens = nOpens;
      // (read again per sentence and after a new word type: making one may grow the pool)
      let startPool = compiled.starts.pairs;
      for (let k = sFrom; k < sTo; k++) {
        let ti: TypeInfo;
        if (special) ti = typeList[k]!;
        else {
          const id = wordIds[k]!;
          const known = typesById[id];
          if (known !== undefined) ti = known;
          else {
            ti = typeOfId(compiled, scratch, id);
            // a new word type may have grown the pool its marks are in
            startPool = compiled.starts.pairs;
          }
          typeList[k] = ti;
        }
        only[k] = ti.only;
        // (the token's flags read once: a store to a typed array in between makes V8 read them again)
        const tokenFlags = flags[k]!;
        const numeric = (tokenFlags & TOKEN_NUM) !== 0;
        gaps |= gapBits[k]!;
        const numberLike = numeric || (ti.cue & CUE.NUMBER) !== 0;
        isNum[k] = numberLike ? 1 : 0;
        // (written always, kept by the count: most tokens open a term, but not predictably which)
        opens[nOpens] = k;
        nOpens += numberLike ? 1 : ti.opens;
        // (most words mark nothing: the shared empty list, no call)
        // (markToken written out: analyze is too large for V8 to inline a call made per token)
        // (the marks read from the pool: see MatchToken.marksEnd; the tokens in order, so this one is the last so far with each)
        // (the first two without a loop: see TypeInfo.mark0)
        const m0 = ti.mark0;
        const m1 = ti.mark1;
        present[m0] = matchStamp;
        lastAt[m0] = k;
        present[m1] = matchStamp;
        lastAt[m1] = k;
        for (let i = ti.moreMarksAt, end = ti.marksEnd; i < end; i++) {
          const m = startPool[i]!;
          present[m] = matchStamp;
          lastAt[m] = k;
        }
        if (numberLike) {
          // (a phrase keyed by "#" looks for the sentence's numbers in the number slot: see MatchState.numberSlot)
          present[numberSlot] = matchStamp;
          lastAt[numberSlot] = k;
        }
        if (numeric) {
          numbers++;
          const num = norms[k]!;
          if (isPlanYear(num)) planYear = true;
          else if (num.length === 4 && (num.startsWith('19') || num.startsWith('20')) && num < '2020') pastYear = true;
          continue;
        }
        // (counts and ORs without a branch: whether a word has a cue, a capital or a care word is
        // hardly predictable, and a mispredicted branch per token costs more than the sum)
        wordsHere++;
        capitals += (tokenFlags >> CAPITAL_SHIFT) & 1;
        bits |= ti.wordBits;
        bits2 |= ti.wordBits2;
        topicsHere += ti.topic;
        if (ti.document !== 0) {
          if (ti.document === DOCUMENT_MEETING) documentWords = true;
          else if (k + 1 < sTo && OWN_NOUNS.has(norms[k + 1]!)) ownOrganisation++;
        }
        care |= ti.care;
        cues |= ti.cue;
        if (ti.bigrams !== undefined && k + 1 < sTo) {
          // the mask of the two-word cue of this word's pairs (byWordId) with the next word, if any
          // (written out here, like markToken above: a call per token is not inlined)
          const pairs = ti.bigrams;
          const nextId = wordIds[k + 1]!;
          for (let i = 0; i < pairs.length; i += 2) {
            if (pairs[i] === nextId) {
              mask |= pairs[i + 1]!;
              break;
            }
          }
        }
        if (!isHeading) {
          // The type is keyed by the folded form, which lost its diaeresis ("reïntegratie" →
          // "reintegratie"); a diaeresis starts a syllable, so count such words as written
          // (the tokenizer marks them: no pattern over the block, no slice per word).
          const syl = tokenFlags & TOKEN_DIAERESIS ? wordSyllables(text, buf.start[k]!, buf.end[k]!, ti.syllables) : ti.syllables;
          syllables += syl;
          longWords += (3 - syl) >>> 31;
          if (ti.jargon) {
            jargon++;
            const id = wordIds[k]!;
            if (id >= scratch.jargonCount.length) scratch.jargonCount = grownCounts(scratch.jargonCount, id);
            if (scratch.jargonCount[id]!++ === 0) jargonIds.push(id);
          }
        }
      }
      mask |= cues & ~BIGRAM_START;
      allWords += wordsHere;
      topicWords += topicsHere;
      if (!isHeading) words = wordsHere;
      youth = (care & CARE_YOUTH) !== 0;
      if (youth) careSoFar = true;
      careWord = (care & CARE_STRICT) !== 0;
      adult = (care & CARE_ADULT) !== 0;
      child = (care & CARE_CHILD) !== 0;
      // opens with a quotation mark: " “ ‘ ' „ (by char code: no one-character string per sentence)
      if (isOpeningQuote(text.charCodeAt(sStart))) mask |= CUE.REPORT;
      if (!isHeading && !toc && words > 0) {
        stats.words = words;
        stats.syllables = syllables;
        stats.longWords = longWords;
        stats.jargon = jargon;
        totals.words += words;
        totals.syllables += syllables;
        totals.longWords += longWords;
        totals.jargon += jargon;
        proseSentences++;
        if (child) childSentences++;
        if (adult && !child) adultSentences++;
        if (mask & CUE.SECOND_PERSON) secondPerson++;
        if (mask & CUE.FIRST_PLURAL) firstPerson++;
        if (mask & CUE.REGION_SUBJECT) {
          regionWords++;
          // (genericRegionsIn keeps the block's next "regio", any case, between the block's sentences)
          if (genericRegionsIn(text, sStart, sEnd)) genericRegions++;
        }
        if (mask & CUE.REPORT) reports++;
        else if (
          !sQuestion &&
          (((mask & CUE.FIRST_PLURAL) !== 0 && (mask & (CUE.INTENT_VERB | CUE.MODAL | CUE.INTENT_WORD)) !== 0) ||
            ((mask & CUE.REGION_SUBJECT) !== 0 && (mask & CUE.INTENT_WORD) !== 0) ||
            // a dated plan of our own or the region's, not a report of the past ("Vanaf januari 2026 houden de regio en de aanbieders bij …")
            (planYear && !pastYear && (mask & (CUE.FIRST_PLURAL | CUE.REGION_SUBJECT)) !== 0 && (mask & (CUE.PAST | CUE.DONE)) === 0 &&
              // "In 2023 is een evaluatie gehouden": a participle without "wordt" is the perfect tense, the past
              ((mask & CUE.PARTICIPLE) === 0 || (mask & CUE.PASSIVE) !== 0)))
        ) {
          commits++;
          committed = true;
        }
        if (words >= 6) pushCandidate(hard, bi, sStart, sEnd, sentenceDifficulty(stats), order);
      }

      // "Moet u wachten? Dan bellen wij u elke week.": the question names the topic, the answer
      // promises; the item is read over both, as one passage, with the answer's kind
      const next = si + 1;
      if (sQuestion && next < nSentences && sentences.question[next] !== 1 && sentences.to[next]! - sentences.from[next]! >= 2 && answersWithDan(norms, sentences.from[next]!, sentences.to[next]!)) {
        deferredQuestion = si;
        deferredYouth = youth;
        deferredCare = careWord;
        deferredOpens = sOpens;
        pendingCount = 0;
        continue;
      }
      const answers = si > 0 && deferredQuestion === si - 1;
      const from = answers ? sentences.from[si - 1]! : sFrom;
      const start = answers ? sentences.start[si - 1]! : sStart;
      if (answers) {
        youth = youth || deferredYouth;
        careWord = careWord || deferredCare;
        // the question's words count in this sentence too
        // (after the token loop's own marking, which writes lastAt without comparing: markToken keeps the maximum)
        for (let k = from; k < sFrom; k++) markToken(match, matchStamp, typeList[k]!, isNum[k] === 1, k);
      }
      deferredQuestion = -1;
      // the common words of "about" groups and paraphrases only matter next to what was found
      const found = matchMarkedSentence(compiled, match, typeList, isNum, from, sTo, true, opens, answers ? deferredOpens : sOpens, nOpens);
      order++;
      // a bare "Ja." (or "Nee." to a question about a burden) passes the question on to the sentence after it
      if (topicFrom >= 0 && si === 1 && sTo - sFrom <= 2 && saysYes(norms, sFrom, topicFrom)) {
        topicAnswerAt = 2;
        topicYesNo = true;
      }
      // (an answer of a few words says too little to carry an item: "Dat kan gebeuren."; but a yes or a
      // fragment the question completes does)
      const answer = topicFrom >= 0 && si === topicAnswerAt && !topicYesNo ? answerKind(norms, sFrom, sTo, topicFrom) : 0;
      const topicHere = topicFrom >= 0 && si === topicAnswerAt && !sQuestion && !answers && (sTo - sFrom >= MIN_TOPIC_ANSWER || answer !== 0);
      // (a statement that ends in a question is no topic: "Het gesprek begint met één vraag: wat wil jij?")
      if (si === 0 && sQuestion && !answers && next < nSentences && sentences.question[next] !== 1 && sTo - sFrom <= MAX_TOPIC_QUESTION && !text.slice(sStart, sEnd).includes(':')) {
        topicFrom = sFrom;
        topicOpens = sOpens;
        topicStart = sStart;
        topicOrder = order;
        topicYouth = youth;
        topicCare = careWord;
      }
      const last = endsInColon && si === nSentences - 1;
      // first the item counts; the kind of passage is read only when some item has a hit here
      // (or for the lead-in of a list)
      const touchedItems = found === 0 ? 0 : countSentence(compiled, scratch, youth, careWord, weights.weakPairScore > 0);
      // the sentence before named an item without a promise; this one may make it ("Het budget
      // voor jeugdhulp staat apart. Wij zorgen dat het daar ook blijft.")
      const follows = pendingCount > 0 && pendingOrder === order - 1 && sTo - sFrom >= 2 && LINK_START.has(norms[sFrom]!);
      if (touchedItems === 0 && !last && !follows && !topicHere) {
        pendingCount = 0;
        continue;
      }
      facts.text = text.slice(sStart, sEnd);
      facts.mask = mask;
      facts.wordBits = bits;
      facts.wordBits2 = bits2;
      facts.words = sTo - sFrom;
      facts.question = sQuestion;
      facts.planYear = planYear;
      facts.pastYear = pastYear;
      facts.toldPast = yearThenPast(facts.text);
      facts.elliptical = sTo - sFrom >= 2 && (typeList[sFrom]!.ellipsis & ELLIPSIS_OPENS) !== 0 && (typeList[sFrom + 1]!.ellipsis & ELLIPSIS_FOLLOWS) !== 0;
      facts.afterQuestion = si > 0 && sentences.question[si - 1] === 1;
      // the token arrays are read again here: scanTokens may have grown them
      span.text = text;
      span.starts = buf.start;
      span.ends = buf.end;
      span.from = sFrom;
      span.to = sTo;
      span.start = sStart;
      span.end = sEnd;
      // (a "×" between the block's tokens counts as a capital: then as many as its words, with which
      // every rule of capitals holds that can for its length)
      span.capitals = buf.anyFlags & TEXT_TIMES ? sTo - sFrom : capitals;
      span.numbers = numbers;
      span.gaps = gaps | (sTo < n ? buf.gap[sTo]! : buf.gapAfter);
      facts.span = span;
      const kind = passageKind(facts);
      const kindIndex = KIND_INDEX.get(kind)!;
      if (last) nextLeadIn = leadInKind(kind, facts.text);
      if (follows && isStrongKind(kind)) {
        // one passage of two sentences: the quote spans both, the kind is the promise's
        for (let p = 0; p < pendingCount; p++) {
          const c = pending[p]!;
          candidates.info[c] = (candidates.info[c]! & ((1 << CAND_KIND_SHIFT) - 1)) | CAND_AANWEZIG | (kindIndex << CAND_KIND_SHIFT);
          candidates.end[c] = sEnd;
          candidates.score[c] = Math.max(candidates.score[c]!, kindWeight[kindIndex]!);
        }
      }
      pendingCount = 0;
      if (touchedItems === 0 && !topicHere) continue;
      // a youth-care word anywhere in the block: its sentences are read in that sense (the rest
      // of the block is looked at only when this sentence and the ones before have none)
      if (!youth && !careSoFar && careLater < 0) careLater = careAfter(compiled, scratch, buf, sTo, n) ? 1 : 0;
      const blockYouth = careSoFar || careLater === 1;
      // a list of several topics ("wachttijden, overbruggingszorg, reistijd"): each word stands on its own
      const topics = kind === 'list' && SEVERAL_TOPICS.test(facts.text);
      // a past, one-off event ("voor deze visie spraken we met veertig ouders"): for an item about
      // something that goes on, only a mention (emitSentence reads it only for a strong kind: read
      // here only then, or for the question and its answer, whose kind may become one)
      const pastEvent =
        (topicHere || isStrongKind(kind)) &&
        ((mask & (CUE.PAST | CUE.DONE)) !== 0 || pastYear || facts.toldPast === true) && !isHabit(facts.text, bits) && !((bits & WORD_BIT.GOES_ON) !== 0 && GOES_ON.test(facts.text)) &&
        !((mask & (CUE.DONE)) === 0 && !pastYear && pastOnlyInSubclause(facts.text));
      // two main clauses ("; "), in a table row in the first cell ("… | Regionaal Bureau | Q2 2026 | Team
      // werkt; eerste gezinnen geholpen"); read only when an item of the checklist can leave a passage
      // to another (for this sentence, and for it with the question before it, below)
      if (compiled.yieldsTo.data.length > 0) {
        // (no ";" between the tokens, none in the text: a token holds none)
        const semi = (span.gaps & GAP_SEMICOLON) === 0 ? -1 : facts.text.indexOf('; ');
        const cellEnd = semi < 0 ? -1 : facts.text.indexOf(' | ');
        scratch.twoClauses = semi >= 0 && (cellEnd < 0 || semi < cellEnd);
      }
      const emitted = touchedItems === 0 ? 0 : emitSentence(compiled, scratch, touchedItems, kind, topics, youth || blockYouth, kindWeight[kindIndex]!, weights, pastEvent);
      // a promise or an action row about an item, in the item's own sense, is the text's own plan
      // too, however it is worded (for recognising a regiovisie)
      if (emitted > 0 && !committed && (kind === 'commitment' || kind === 'action-row')) {
        // said by us or the region, or (counted at the end) in a text that names the municipalities
        // or the region elsewhere: a provider's page promises too, but it is no plan of the region
        if ((mask & (CUE.FIRST_PLURAL | CUE.REGION_SUBJECT)) !== 0) commits++;
        else unsignedPromises++;
      }
      const kindBits = (kindIndex << CAND_KIND_SHIFT) | (facts.heading ? CAND_HEADING : 0);
      // in an action row, a word only in the owner's or the deadline's cell ("… | Centrumgemeente
      // Westerhaven | 2026", by the header's columns) names the item without an action about it: a mention
      const owners = kind === 'action-row' ? ownerColumns(facts.tableHeader) : 0;
      for (let e = 0; e < emitted; e++) {
        const item = scratch.outItem[e]!;
        const c = pushCandidate(candidates, bi, start, sEnd, scratch.outScore[e]!, order);
        // outFlags uses the same bits as CAND_AANWEZIG | CAND_STRONG
        candidates.info[c] = scratch.outFlags[e]! | kindBits;
        const firstAt = scratch.firstTermAt[item]!;
        if (owners !== 0 && firstAt >= 0 && inOwnerCell(text, sStart, sEnd, owners, buf.start[firstAt]!) && inOwnerCell(text, sStart, sEnd, owners, buf.start[scratch.lastTermAt[item]!]!)) candidates.info[c]! &= ~CAND_AANWEZIG;
        candidates.next[c] = -1;
        // a strong term in a plain statement or a question may be promised by the next sentence
        if ((scratch.outFlags[e]! & (CAND_AANWEZIG | CAND_STRONG)) === CAND_STRONG && (kind === 'statement' || kind === 'question')) {
          pending[pendingCount++] = c;
          pendingOrder = order;
        }
        linkCandidate(links, candidates, item, c, order);
      }
      if (topicHere) {
        // the question and its answer read as one sentence (a fresh match: both sentences' words marked)
        const stampBoth = beginSentence(match);
        // (markToken keeps the maximum of lastAt, whatever order the tokens are marked in)
        for (let k = topicFrom; k < sTo; k++) markToken(match, stampBoth, typeList[k]!, isNum[k] === 1, k);
        const foundBoth = matchMarkedSentence(compiled, match, typeList, isNum, topicFrom, sTo, true, opens, topicOpens, nOpens);
        const touchedBoth = foundBoth === 0 ? 0 : countSentence(compiled, scratch, youth || topicYouth, careWord || topicCare, weights.weakPairScore > 0);
        // a yes or a fragment that answers the question says how things are ("Mag ik …? Dat mag altijd.")
        const bothKind: PassageKind = answer !== 0 && kind === 'statement' ? 'arrangement' : kind;
        const bothIndex = KIND_INDEX.get(bothKind)!;
        const bothBits = (bothIndex << CAND_KIND_SHIFT) | (kindBits & ((1 << CAND_KIND_SHIFT) - 1));
        const emittedBoth = touchedBoth === 0 ? 0 : emitSentence(compiled, scratch, touchedBoth, bothKind, topics, youth || topicYouth || blockYouth, kindWeight[bothIndex]!, weights, pastEvent);
        for (let e = 0; e < emittedBoth; e++) {
          const item = scratch.outItem[e]!;
          // only what the two sentences say together: an item of the question or of the answer alone has its
          // own passage (but "Moet ik steeds formulieren invullen? Nee. U vertelt uw verhaal één keer …"
          // answers the question's own item)
          // (a fragment names its item only with the question: "Waar kan ik terecht met een klacht? Bij de vertrouwenspersoon.")
          if ((itemOrder[item] === order && answer !== 1) || (itemOrder[item] === topicOrder && !topicYesNo && answer === 0)) continue;
          const c = pushCandidate(candidates, bi, topicStart, sEnd, scratch.outScore[e]!, order);
          candidates.info[c] = scratch.outFlags[e]! | bothBits;
          candidates.next[c] = -1;
          linkCandidate(links, candidates, item, c, order);
        }
      }
    }
    if (endsInColon) leadIn = nextLeadIn;
    if (documentWords) {
      articles += countMatches(ARTICLE, text);
      speakers += countMatches(SPEAKER, text);
    }
  }

  // Is the text about youth care at all? An off-topic page gets ontbreekt for everything.
  if (regionWords >= weights.regiovisie.minRegionSentences) commits += unsignedPromises;
  // A page about support for adults (the Wmo) that names youth care now and then is no text about it
  // (not a regiovisie with a part on turning eighteen or on the Wmo: it names itself, or youth, in its title)
  const aboutAdults =
    adultSentences >= weights.regiovisie.minAdultSentences && adultSentences > childSentences && !namesItself && !NAMES_ITSELF.test(doc.title) && !/jeugd|jongeren|kind/i.test(doc.title);
  const onTopic = options.assumeRegiovisie === true || (allWords > 0 && topicWords >= Math.max(1, MIN_TOPIC_SHARE * allWords) && !aboutAdults);
  // Is this a regiovisie (a region's own plan), or an ordinance, minutes, news, an information page?
  const titleNamesItself = NAMES_ITSELF.test(doc.title);
  const docKind = options.assumeRegiovisie
    ? { regiovisie: true }
    : recogniseDocument(
        {
          onTopic,
          sentences: proseSentences,
          commitments: commits,
          reporting: reports,
          secondPerson,
          firstPerson,
          articles,
          speakers,
          newsMarks,
          ownOrganisation,
          namesItself: titleNamesItself || namesItself,
          // a bare genre heading ("Nieuwsbrief" above it) gives way to a heading or title that names a regiovisie
          namesOther: otherDocument(doc.title.trim(), namesOther, bareOther, headingNamesItself || titleNamesItself),
          accountQuestions: bitCount(accountQuestions),
          regional: regionWords,
          generic: genericRegions,
        },
        weights.regiovisie,
      );
  const looksLikeRegiovisie = docKind.regiovisie;

  const figures = figuresFromTotals(totals, proseSentences, jargonCountsOf(scratch, interner));


  const sections = sectionsOf(blocks);
  // a plain loop, not a callback: a closure here would keep the hot loop's variables (candidates,
  // blocks, weights…) in a heap context instead of registers
  const items: ItemResult[] = [];
  for (let index = 0; index < checklist.items.length; index++) {
    const item = checklist.items[index]!;
    const readability = item.method === 'readability';
    if (!onTopic || (readability && !looksLikeRegiovisie)) {
      items.push({ id: item.id, theme: item.theme, verdict: 'ontbreekt', score: 0, evidence: [] });
    } else if (readability) {
      items.push({
        id: item.id,
        theme: item.theme,
        verdict: readabilityVerdict(figures),
        score: readabilityScore(figures),
        evidence: hardestPassages(hard, blocks, 3),
      });
    } else {
      const cands: number[] = [];
      for (let c = candHead[index]!; c >= 0; c = candidates.next[c]!) cands.push(c);
      items.push(judgeItem(item.id, item.theme, cands, candidates, blocks, sections, looksLikeRegiovisie, proseSentences >= weights.faintMinSentences, weights));
    }
  }

  return {
    checklist: { id: checklist.id, version: checklist.version },
    source: {
      title: doc.title,
      url: doc.url,
      language: doc.language,
      characters: doc.characters,
      blocks: doc.blocks.length,
      words: doc.words,
    },
    looksLikeRegiovisie,
    ...(docKind.reason !== undefined ? { notRegiovisie: docKind.reason } : {}),
    regiovisieSignals: {
      sentences: proseSentences,
      commitments: commits,
      reporting: reports,
      secondPerson,
      regional: regionWords,
    },
    items,
    readability: figures,
  };
}

/** The `max` hardest sentences (highest difficulty first, then document order; no quote twice) as evidence. */
function hardestPassages(hard: CandidateStore, blocks: Block[], max: number): Evidence[] {
  const difficulty = hard.score;
  const hardOrder = hard.order;
  // taken one by one from a heap: only the first few of thousands of sentences are needed
  const ranked = new RankedQueue(
    Array.from({ length: hard.count }, (_, i) => i),
    (a, b) => difficulty[a]! > difficulty[b]! || (difficulty[a] === difficulty[b] && hardOrder[a]! < hardOrder[b]!),
  );
  const evidence: Evidence[] = [];
  for (let h = ranked.pop(); h >= 0 && evidence.length < max; h = ranked.pop()) {
    const block = blocks[hard.block[h]!]!;
    const quote = block.text.slice(hard.start[h]!, hard.end[h]!);
    if (isNavigation(quote, quote.split(/\s+/).length)) continue;
    if (!evidence.some((e) => e.quote === quote)) evidence.push(makeEvidence(block, hard.start[h]!, hard.end[h]!, difficulty[h]!));
  }
  return evidence;
}

/** Words between a suspended part and its compound ("jeugd- en gezinsteams", "jeugd- of gezinshulp"); "en/of" is two tokens. */
const SUSPENSION_JOINERS = new Set(['en', 'of', 'tot']);

/** Extra pattern ids for hyphenated compounds ("zorg-aanbieders") and suspended parts ("jeugd- en gezinsteams"). */
function addCompoundVariants(compiled: CompiledChecklist, scratch: Scratch, buf: TokenBuffer, n: number, ids: number[][]): void {
  const norms = buf.norm;
  for (let k = 0; k < n - 1; k++) {
    const f = buf.flags[k]!;
    if (f & TOKEN_HYPHEN_NEXT) ids[k + 1] = hyphenIds(compiled, scratch, buf, k, ids[k + 1]!);
    else if (f & TOKEN_SUSPENDED) {
      // find the compound that completes it: skip conjunctions and other suspended parts
      let j = k + 1;
      while (j < n && (buf.flags[j]! & TOKEN_SUSPENDED || SUSPENSION_JOINERS.has(norms[j]!))) j++;
      if (j >= n || j - k > 6) continue;
      const own = new Set([...ids[k]!, ...ids[j]!]);
      const extra: number[] = [];
      const h = norms[j]!;
      const part = norms[k]!;
      for (const id of cutIds(compiled, scratch, part, h)) if (!own.has(id)) extra.push(id);
      if (extra.length) ids[k] = union(ids[k]!, extra);
    }
  }
}

/**
 * The pattern ids `own` of token k + 1, with those of the form joined to token k before its hyphen
 * ("jeugd-" + "hulp"), if any: a pure function of the two words (a token's norm is its interner
 * word), made once per pair of words and the same `own` (the same words meet again in every block
 * that repeats the compound; no joined string, look-up and union each time).
 */
export function hyphenIds(compiled: CompiledChecklist, scratch: Scratch, buf: TokenBuffer, k: number, own: number[]): number[] {
  const first = buf.id[k]!;
  let bySecond = scratch.hyphenIds.get(first);
  if (bySecond === undefined) scratch.hyphenIds.set(first, (bySecond = new Map()));
  const second = buf.id[k + 1]!;
  let made = bySecond.get(second);
  if (made === undefined || made.own !== own) {
    const joined = idsOf(compiled, scratch, buf.norm[k]! + buf.norm[k + 1]!);
    made = { own, ids: joined.length ? union(own, joined) : own };
    bySecond.set(second, made);
  }
  return made.ids;
}

/**
 * The pattern ids of the suspended part `part` joined to each tail of the compound `head` (from its
 * fourth character to its third last), in that order: made once per part and head (a pure function
 * of the two words; blocks with the same suspension ask again), kept with the interner's words.
 */
function cutIds(compiled: CompiledChecklist, scratch: Scratch, part: string, head: string): number[] {
  const key = part + '\u0000' + head;
  let list = scratch.cutIds.get(key);
  if (list === undefined) {
    list = [];
    for (let cut = 3; cut <= head.length - 3; cut++) for (const id of idsOf(compiled, scratch, part + head.slice(cut))) list.push(id);
    scratch.cutIds.set(key, list);
  }
  return list;
}

/** Sorted, without duplicates. */
function union(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * Turn the terms found in one sentence (in scratch.match) into per-item candidate passages,
 * written to scratch.outItem/outScore/outFlags; returns their number and sets scratch.kind.
 * The passage kind is read (kindOf) only when some item has a term or paraphrase here: most
 * sentences hold only "about" or paraphrase words, and reading a kind costs a few patterns.
 */
function countSentence(compiled: CompiledChecklist, scratch: Scratch, youth: boolean, careWord: boolean, weakPairs: boolean): number {
  // per item: strong (full), strong mention, weak (distinct token positions), excluded, phrases
  const stamp = ++scratch.stamp;
  const { itemStamp, strong: strongN, mention: mentionN, phrase: phraseN, topical: topicalN, excluded, weakN, lastWeakAt, touched } = scratch;
  const { paraHits, paraStamp } = scratch;
  const m = scratch.match;
  let nTouched = 0;
  let offDomain = false;
  let childDomain = false;
  const { classStamp, paraCompleted, anchorsFound } = scratch;
  let nCompleted = 0;
  let nAnchors = 0;
  const { termRole, termItem, termCls } = compiled;
  // word classes are stamped per sentence by the match state (markToken notes the marked ones)
  const classSentence = m.stamp;
  // The items with a topical weak term here. An actor ("gemeenten", "aanbieders") counts as a weak
  // word only next to a topical one of its item (emitSentence reads weak words only then), so the
  // actor terms of the other items (most of them) are passed over below.
  const topicalStamp = scratch.topicalStamp;
  // (every term writes a stamp, the others to a spare slot: no branch on the role, which is not predictable)
  const topicalSlot = scratch.topicalSlot;
  for (let i = 0; i < m.count; i++) topicalStamp[topicalSlot[m.terms[i]!]!] = stamp;
  for (let i = 0; i < m.count; i++) {
    const ti = m.terms[i]!;
    const role = termRole[ti]!;
    // (the commonest roles first: an actor without a topical word of its item, then the word classes)
    if (role === ROLE.WEAK_ACTOR) {
      const item = termItem[ti]!;
      if (topicalStamp[item] !== stamp) continue;
      if (itemStamp[item] !== stamp) nTouched = touchItem(scratch, item, stamp, nTouched);
      // terms arrive in token order (m.at never decreases), so a repeated position is always the last one seen
      const at = m.at[i]!;
      if (lastWeakAt[item] !== at) {
        lastWeakAt[item] = at;
        weakN[item]!++;
      }
      continue;
    }
    if (role === ROLE.ANCHOR) {
      // a word of paraphrases: mark it present; note the paraphrases it anchors
      const cls = termCls[ti]!;
      classStamp[cls] = classSentence;
      anchorsFound[nAnchors++] = cls;
      continue;
    }
    if (role === ROLE.CLASS) {
      // a word of "about" groups: mark it present
      classStamp[termCls[ti]!] = classSentence;
      continue;
    }
    if (role === ROLE.DOMAIN) {
      offDomain = true;
      continue;
    }
    if (role === ROLE.CHILD_DOMAIN) {
      childDomain = true;
      continue;
    }
    const at = m.at[i]!;
    const item = termItem[ti]!;
    if (itemStamp[item] !== stamp) nTouched = touchItem(scratch, item, stamp, nTouched);
    if (role === ROLE.WEAK) {
      // (as for an actor above)
      if (lastWeakAt[item] !== at) {
        lastWeakAt[item] = at;
        weakN[item]!++;
        topicalN[item]!++;
      }
    } else if (role === ROLE.EXCLUDE) {
      // exclusions come after the item's terms (late terms): 2 when one stands right beside a term
      // ("lichamelijke klachten"), which rules that term out even in a list of topics
      const first = scratch.firstTermAt[item]!;
      const last = scratch.lastTermAt[item]!;
      if (besideTerm(scratch, at, first) || besideTerm(scratch, at, last)) excluded[item] = (excluded[item]! & EXCLUDED_VAGUE) | 2;
      else if ((excluded[item]! & 3) === 0) excluded[item]! |= 1;
    } else if (role === ROLE.EXCLUDE_VAGUE) {
      // another sense of the item's vague words only ("~persoonsgebonden budget"): its own terms stand
      excluded[item]! |= EXCLUDED_VAGUE;
    } else {
      if (role === ROLE.MENTION) mentionN[item]!++;
      else {
        strongN[item]!++;
        if (role === ROLE.STRONG_PHRASE) phraseN[item]!++;
        if (compiled.deniable[item] === 1 && negatedAt(scratch, at)) scratch.negated[item]!++;
      }
      if (scratch.firstTermAt[item]! < 0) scratch.firstTermAt[item] = at;
      scratch.lastTermAt[item] = at;
    }
  }
  // a paraphrase is complete when every group has a word class in the sentence; tried only for
  // the paraphrases whose rarest group is there
  // (each paraphrase of the class read from one record: its number, the next record, its other groups)
  const { at: recordAt, data: records } = scratch.anchorRecords;
  for (let a = 0; a < nAnchors; a++) {
    const cls = anchorsFound[a]!;
    for (let q = recordAt[cls]!, end = recordAt[cls + 1]!; q < end; q = records[q + 1]!) {
      const p = records[q]!;
      if (paraStamp[p] === stamp) continue;
      paraStamp[p] = stamp;
      // its anchor group is here (that is how p was reached): the other groups decide
      if (groupsPresentAt(records, q + 2, classStamp, classSentence)) paraCompleted[nCompleted++] = p;
    }
  }
  for (let k = 0; k < nCompleted; k++) {
    const para = paraCompleted[k]!;
    const item = compiled.paraItem[para]!;
    if (itemStamp[item] !== stamp) nTouched = touchItem(scratch, item, stamp, nTouched);
    // a mention-only paraphrase ("~…") counts like a vague term of the item
    if (compiled.paraMention[para] === 1) mentionN[item]!++;
    else paraHits[item]!++;
  }
  // about another policy field (the elderly, public space, ICT, staff…) and not about youth, or about
  // a field where children and parents are named anyway (sports, clubs) and not about care itself:
  // nothing counts (the kind is not known yet; emitSentence lets a list through)
  scratch.offDomain = (offDomain && !youth) || (childDomain && !careWord);
  let anything = false;
  for (let t = 0; t < nTouched && !anything; t++) {
    const item = touched[t]!;
    anything = strongN[item]! > 0 || mentionN[item]! > 0 || (weakPairs && weakN[item]! >= 2) || paraHits[item]! > 0;
  }
  return anything ? nTouched : 0;
}

/** The candidates of one sentence, from countSentence's counts and the kind of the passage. */
function emitSentence(compiled: CompiledChecklist, scratch: Scratch, nTouched: number, kind: PassageKind, topics: boolean, youth: boolean, factor: number, weights: Weights, pastEvent: boolean): number {
  let emitted = 0;
  const { strong: strongN, mention: mentionN, phrase: phraseN, topical: topicalN, excluded, weakN, touched, paraHits, classStamp } = scratch;
  const strongKind = isStrongKind(kind);
  // headings, contents lines, lists and glossary entries name topics without the words around
  // them: the document is their context, so neither the "about" rule nor the youth-care word applies
  const terse = kind === 'heading' || kind === 'toc' || kind === 'list' || kind === 'glossary';
  if (scratch.offDomain && kind !== 'list') return 0;
  for (let t = 0; t < nTouched; t++) {
    const item = touched[t]!;
    let strong = strongN[item]!;
    let mention = mentionN[item]!;
    const topical = topicalN[item]!;
    // two weak words on different tokens, at least one of them topical (not just two actors)
    let weak = topical > 0 ? weakN[item]! : 0;
    // a word of another sense in the passage rules the item out here; in a list of several
    // topics every word is a topic of its own ("wachttijden, overbruggingszorg, reistijd"), but a
    // list item of one topic is read as a whole ("Wachtlijst voor sociale huurwoningen korter"); an
    // exclusion right beside a term rules it out anywhere ("buikpijn, lichamelijke klachten, schulden")
    const ex = excluded[item]! & 3;
    if (ex === 2 || (ex === 1 && !topics)) continue;
    // a vague word in a sense of its own ("een persoonsgebonden budget" for money kept for youth care) names nothing of the item
    if ((excluded[item]! & EXCLUDED_VAGUE) !== 0) {
      mention = 0;
      weak = 0;
    }
    // the terms count only in the item's own sense: about the people the item is about
    // (read only when there is something to take away)
    if (!terse && strong + mention + weak > 0 && !allGroupsPresent(compiled.aboutGroups, item, classStamp, scratch.match.stamp)) {
      strong = 0;
      mention = 0;
      weak = 0;
    }
    // a vague word or weak words count only in a passage about youth care (a "doorbraak" in
    // housing, the "continuïteit" of a project team, a newsletter that is "uw eigen keuze")
    if (!youth && !terse) {
      mention = 0;
      weak = 0;
    }
    // a term said with "niet" ("wie zich niet gehoord voelt") names what is missing, not the item itself
    const ownTerm = strong > scratch.negated[item]!;
    // a paraphrase carries its own context
    strong += paraHits[item]!;
    let base: number;
    let level: 'aanwezig' | 'deels';
    if (strong > 0) {
      base = 1;
      level = strongKind && !(pastEvent && compiled.ongoing[item] === 1) ? 'aanwezig' : 'deels';
    } else if (mention > 0) {
      base = 0.6;
      level = 'deels';
    } else if (weak >= 2 && weights.weakPairScore > 0) {
      // weak words of the item together: a hint, never more than deels
      base = weights.weakPairScore;
      level = 'deels';
    } else continue;
    // more of the item's words in one passage make it the clearer evidence; the score is not
    // capped here so that ranking can tell passages apart (evidence shows it capped at 1)
    const extra = 0.1 * Math.min(5, strong + mention + weak - 1) + 0.1 * Math.min(2, phraseN[item]! + paraHits[item]!);
    const score = (base + extra) * factor;
    scratch.outItem[emitted] = item;
    scratch.outScore[emitted] = score;
    scratch.outFlags[emitted] = (level === 'aanwezig' ? 1 : 0) | (strong > 0 ? 2 : 0);
    scratch.outOwnTerm[emitted] = ownTerm ? 1 : 0;
    emitted++;
  }
  // (a passage of two main clauses may hold both: "Elk gezin krijgt binnen vier weken hulp; wie toch wacht, wordt gebeld")
  if (compiled.yieldsTo.data.length > 0 && !scratch.twoClauses) leaveToOthers(compiled, scratch, emitted);
  return emitted;
}

/**
 * An item that leaves its passages to other items (Signals.yieldsTo) is only mentioned in a passage
 * that carries one of them by a term or paraphrase, unless it has a term of its own there.
 */
function leaveToOthers(compiled: CompiledChecklist, scratch: Scratch, emitted: number): void {
  const { at, data } = compiled.yieldsTo;
  const { outItem, outFlags, outOwnTerm } = scratch;
  for (let e = 0; e < emitted; e++) {
    const item = outItem[e]!;
    if (at[item] === at[item + 1] || (outFlags[e]! & CAND_AANWEZIG) === 0 || outOwnTerm[e] === 1) continue;
    for (let f = 0; f < emitted; f++) {
      if (f === e || (outFlags[f]! & CAND_STRONG) === 0) continue;
      let other = false;
      for (let q = at[item]!; q < at[item + 1]! && !other; q++) other = data[q] === outItem[f];
      if (other) {
        outFlags[e] = outFlags[e]! & ~CAND_AANWEZIG;
        break;
      }
    }
  }
}

/** Words that deny what stands beside them. */
const DENY: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit', 'slecht', 'onvoldoende', 'nauwelijks']);
/** Words between a denial and the term that keep it denied: "zich niet echt gehoord", "niet de termijn". */
const DENIED_BETWEEN: ReadonlySet<string> = new Set(['zich', 'echt', 'goed', 'serieus', 'voldoende', 'altijd', 'meer', 'de', 'het', 'een', 'hun']);
/** Words after "niet" that add instead of deny: "niet alleen", "niet uitsluitend", "niet langer alleen", "niet maar …". */
const NOT_ONLY: ReadonlySet<string> = new Set(['alleen', 'enkel', 'slechts', 'uitsluitend', 'maar']);

/**
 * Is the term starting at token `at` denied: "niet" (or "geen", "slecht" …) right before it, one
 * word before with "zich", "echt" … between ("zich niet echt gehoord voelen"), or right after its
 * first word ("zich niet gehoord")? Not "niet alleen", "niet uitsluitend", "niet langer alleen":
 * those add; not a "niet" of the clause before ("Als de hulp niet past luistert …"); and never
 * across a comma, a semicolon, a cell border or the end of a sentence ("…, niet de wachtlijst").
 */
function negatedAt(scratch: Scratch, at: number): boolean {
  const norms = scratch.tokens.norm;
  return deniedAt(scratch, at - 1, at) || deniedAt(scratch, at + 1, at) || (deniedAt(scratch, at - 2, at) && DENIED_BETWEEN.has(norms[at - 1]!));
}

/** Is token k a denial of the term at `term`, in the same clause ("niet meer alleen" adds, see negatedAt)? */
function deniedAt(scratch: Scratch, k: number, term: number): boolean {
  const norms = scratch.tokens.norm;
  if (k < 0 || k >= scratch.tokens.length || !DENY.has(norms[k]!)) return false;
  const next = norms[k + 1];
  if (NOT_ONLY.has(next ?? '') || ((next === 'langer' || next === 'meer') && norms[k + 2] === 'alleen')) return false;
  return !markBetween(scratch, Math.min(k, term), Math.max(k, term), true);
}

/**
 * Is there a comma, semicolon or cell border between tokens lo and hi of the block (lo < hi), or
 * with `clauseEnds` also a colon or the end of a sentence (. ! ?)?
 */
function markBetween(scratch: Scratch, lo: number, hi: number, clauseEnds: boolean): boolean {
  const text = scratch.blockText;
  for (let c = scratch.tokens.end[lo]!; c < scratch.tokens.start[hi]!; c++) {
    const code = text.charCodeAt(c);
    if (code === 44 || code === 59 || code === 124) return true;
    if (clauseEnds && (code === 58 || code === 46 || code === 33 || code === 63)) return true;
  }
  return false;
}

/**
 * Is the token at `at` within two tokens of the one at `term` (>= 0), with no comma, semicolon or
 * cell border between them? "lichamelijke klachten" yes; "overbruggingszorg, reistijd" no.
 */
function besideTerm(scratch: Scratch, at: number, term: number): boolean {
  if (term < 0 || Math.abs(at - term) > 2) return false;
  return !markBetween(scratch, Math.min(at, term), Math.max(at, term), false);
}

/** Per block: the index of the heading block it falls under (-1: none); a reusable mark per block. */
interface Sections {
  headingOf: Int32Array;
  marked: Uint8Array;
}

export function sectionsOf(blocks: Block[]): Sections {
  const index = new Map<string, number>();
  for (let b = 0; b < blocks.length; b++) if (blocks[b]!.kind === 'heading') index.set(blocks[b]!.id, b);
  const headingOf = new Int32Array(blocks.length).fill(-1);
  if (index.size > 0) {
    // (the blocks under one heading come one after another: the last look-up is reused, no hash per block)
    let lastId: string | undefined;
    let lastAt = -1;
    for (let b = 0; b < blocks.length; b++) {
      const h = blocks[b]!.headingId;
      if (h === undefined) continue;
      if (h !== lastId) {
        lastId = h;
        lastAt = index.get(h) ?? -1;
      }
      headingOf[b] = lastAt;
    }
  }
  return { headingOf, marked: new Uint8Array(blocks.length) };
}

let underBuffer = new Uint8Array(1024);

/**
 * Per candidate id: 1 when its block falls under a heading that is itself one of `cands` (a
 * heading naming the item), else 0. Only `cands` are set (the array is shared and reused).
 */
function underItemHeading(cands: number[], store: CandidateStore, blocks: Block[], sections: Sections, info: Uint8Array): Uint8Array {
  if (underBuffer.length < store.count) underBuffer = new Uint8Array(Math.max(store.count, underBuffer.length * 2));
  const { headingOf, marked } = sections;
  let any = false;
  for (const c of cands) {
    underBuffer[c] = 0;
    if (info[c]! & CAND_HEADING) {
      const b = store.block[c]!;
      if (blocks[b]!.kind === 'heading') {
        marked[b] = 1;
        any = true;
      }
    }
  }
  if (any) {
    for (const c of cands) {
      const h = headingOf[store.block[c]!]!;
      if (h >= 0 && marked[h] === 1) underBuffer[c] = 1;
    }
    for (const c of cands) marked[store.block[c]!] = 0;
  }
  return underBuffer;
}

/** Separators of the topics of a list: a comma, semicolon or slash, "en", "of". */
const SEVERAL_TOPICS = /[,;/]| (?:en|of) /;

/** Per item: its first and last candidate (linked through CandidateStore.next, -1 = none), and the order of the last sentence that gave it one. */
interface CandidateLinks {
  head: Int32Array;
  tail: Int32Array;
  itemOrder: Int32Array;
}

/** Append candidate c to the item's list (in document order), noting the sentence (order) that gave it. */
function linkCandidate(links: CandidateLinks, candidates: CandidateStore, item: number, c: number, order: number): void {
  links.itemOrder[item] = order;
  const tail = links.tail[item]!;
  if (tail < 0) links.head[item] = c;
  else candidates.next[tail] = c;
  links.tail[item] = c;
}

/** A copy of the counts with room for index `id`. */
function grownCounts(counts: Int32Array, id: number): Int32Array {
  const grown = new Int32Array(Math.max(id + 1, counts.length * 2));
  grown.set(counts);
  return grown;
}

/**
 * The jargon words of the text and how often each stands there, from the counts per word id the
 * sentence loop kept (word id and normalised form are one to one in the interner), in the order
 * first met; the counts are reset for the next text.
 */
function jargonCountsOf(scratch: Scratch, interner: WordInterner): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of scratch.jargonIds) {
    counts.set(interner.norms[id]!, scratch.jargonCount[id]!);
    scratch.jargonCount[id] = 0;
  }
  scratch.jargonIds.length = 0;
  return counts;
}

/**
 * Per anchor class c, records data[at[c]], …, data[at[c + 1] - 1], one per paraphrase it anchors
 * (compiled.classAnchors, in that order): the paraphrase, where the next record starts, and its
 * other groups (compiled.paraRest, packed the same way), so countSentence reads one run of the array.
 */
interface AnchorRecords {
  at: Int32Array;
  data: Int32Array;
}
export function anchorRecords(compiled: CompiledChecklist): AnchorRecords {
  const { at: anchorAt, data: anchorParas } = compiled.classAnchors;
  const { at: restAt, data: rest } = compiled.paraRest;
  const nClasses = anchorAt.length - 1;
  const at = new Int32Array(nClasses + 1);
  const data: number[] = [];
  for (let c = 0; c < nClasses; c++) {
    at[c] = data.length;
    for (let q = anchorAt[c]!; q < anchorAt[c + 1]!; q++) {
      const p = anchorParas[q]!;
      const record = data.length;
      data.push(p, 0);
      let r = restAt[p]!;
      const nGroups = rest[r++]!;
      data.push(nGroups);
      for (let g = 0; g < nGroups; g++) {
        const len = rest[r]!;
        for (let i = 0; i <= len; i++) data.push(rest[r + i]!);
        r += len + 1;
      }
      data[record + 1] = data.length;
    }
  }
  at[nClasses] = data.length;
  return { at, data: Int32Array.from(data) };
}

/** Scratch.topicalSlot: per term, its item when it is a topical weak term, else nItems (a slot no item reads). */
export function topicalSlots(compiled: CompiledChecklist, nItems: number): Int32Array {
  return Int32Array.from(compiled.termRole, (role, ti) => (role === ROLE.WEAK ? compiled.termItem[ti]! : nItems));
}

/** Start an item's counts for the sentence with this stamp; returns the new number of touched items. */
function touchItem(scratch: Scratch, item: number, stamp: number, nTouched: number): number {
  scratch.itemStamp[item] = stamp;
  scratch.strong[item] = 0;
  scratch.mention[item] = 0;
  scratch.phrase[item] = 0;
  scratch.negated[item] = 0;
  scratch.topical[item] = 0;
  scratch.excluded[item] = 0;
  scratch.weakN[item] = 0;
  scratch.lastWeakAt[item] = -1;
  scratch.firstTermAt[item] = -1;
  scratch.lastTermAt[item] = -1;
  scratch.paraHits[item] = 0;
  scratch.touched[nTouched] = item;
  return nTouched + 1;
}

/** Is every group of list `i` present in the sentence (some word class of it has this stamp)? For "about" rules and paraphrases. */
function allGroupsPresent(groups: PackedGroups, i: number, classStamp: Int32Array, stamp: number): boolean {
  return groupsPresentAt(groups.data, groups.at[i]!, classStamp, stamp);
}

/** allGroupsPresent of the groups packed at data[at] (their number, then per group its length and classes). */
function groupsPresentAt(data: Int32Array, at: number, classStamp: Int32Array, stamp: number): boolean {
  const nGroups = data[at++]!;
  for (let g = 0; g < nGroups; g++) {
    const end = at + 1 + data[at]!;
    let found = false;
    for (let c = at + 1; c < end && !found; c++) found = classStamp[data[c]!] === stamp;
    if (!found) return false;
    at = end;
  }
  return true;
}

/** One item's verdict, score and evidence from its candidates (indices into `store`, in document order). */
function judgeItem(
  id: string,
  theme: string,
  all: number[],
  store: CandidateStore,
  blocks: Block[],
  sections: Sections,
  looksLikeRegiovisie: boolean,
  longText: boolean,
  weights: Weights,
): ItemResult {
  const info = store.info;
  const scores = store.score;
  const orders = store.order;
  const kindOfCand = (c: number): PassageKind => KINDS[info[c]! >> CAND_KIND_SHIFT]!;
  // navigation text ("Klik hier", "Download … (pdf)") is never evidence
  const cands = all.filter((c) => kindOfCand(c) !== 'navigation');
  let best = 0;
  let strongOnes = 0;
  for (const c of cands) {
    if (info[c]! & CAND_AANWEZIG) strongOnes++;
    best = Math.max(best, scores[c]!);
  }
  if (cands.length === 0 || best < weights.deelsMinScore || !substantial(cands, store, looksLikeRegiovisie, kindOfCand)) {
    return { id, theme, verdict: 'ontbreekt', score: 0, evidence: [] };
  }
  let verdict: Verdict = strongOnes > 0 ? 'aanwezig' : 'deels';
  let score =
    verdict === 'aanwezig'
      ? 0.6 + 0.25 * Math.min(1, (strongOnes - 1) / 3) + 0.15 * best
      : 0.2 + 0.35 * best;
  let capped = false;
  if (!looksLikeRegiovisie && verdict === 'aanwezig') {
    verdict = 'deels';
    capped = true;
    score = Math.min(score, 0.55);
  }
  // strongest first: the passage that carries the verdict, then by score, then page order (one
  // candidate per item per sentence, so the order is total); taken from a heap, not sorted
  // a passage in the section whose heading names the item is about it, not about it in passing
  // (per candidate, in a reused array: read once, not in every comparison)
  // the first three keys as one number per candidate, in the same reused array: aanwezig, then a
  // strong term, then under the item's heading, each a bit below the one before (so the numbers
  // order the candidates as the three keys one after another do)
  const rank = underItemHeading(cands, store, blocks, sections, info);
  for (const c of cands) rank[c] = ((info[c]! & CAND_AANWEZIG) << 2) | (info[c]! & CAND_STRONG) | rank[c]!;
  const ranked = new RankedQueue(cands, (a, b) => {
    const first = rank[a]! - rank[b]!;
    if (first !== 0) return first > 0;
    return scores[a]! > scores[b]! || (scores[a] === scores[b] && orders[a]! < orders[b]!);
  });
  const evidence: Evidence[] = [];
  for (let c = ranked.pop(); c >= 0 && evidence.length < MAX_EVIDENCE; c = ranked.pop()) {
    const block = blocks[store.block[c]!]!;
    const quote = block.text.slice(store.start[c]!, store.end[c]!);
    if (evidence.some((e) => e.quote === quote)) continue;
    evidence.push(makeEvidence(block, store.start[c]!, store.end[c]!, scores[c]!, kindOfCand(c)));
  }
  const result: ItemResult = { id, theme, verdict, score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000, evidence };
  if (evidence[0]?.kind !== undefined) result.basis = evidence[0].kind;
  if (capped) result.capped = true;
  if (verdict === 'deels' && longText && isFaint(cands, store)) result.faint = true;
  if (verdict === 'aanwezig' && longText && strongOnes === 1) result.single = true;
  return result;
}

/**
 * A single vague hit is only a passing word in a placeholder, and in a question that is a heading
 * (a reader's question on an information page: "Kost jeugdhulp geld?"). A question in running
 * text raises the topic ("Waarom duurt het zo lang voordat de hulp begint?"): deels, like a
 * heading, contents line or list that names it.
 */
function passing(kind: PassageKind, info: number): boolean {
  return kind === 'placeholder' || (kind === 'question' && (info & CAND_HEADING) !== 0);
}
/** Kinds that are statements of the text itself (not quotes, headings, questions, lists). */
const STATEMENT: ReadonlySet<PassageKind> = new Set(['commitment', 'arrangement', 'principle', 'action-row', 'statement', 'problem', 'study', 'hedge', 'ambition']);

/**
 * Does the text say enough about the item to count it at all?
 * - A single vague hit (a "~" mention or weak words) in a placeholder or a question that is a
 *   heading is a passing word: ontbreekt.
 * - A text that is not a regiovisie (news, an information page) discusses a topic only when
 *   it comes back in two or more sentences, or a strong term appears in a statement of its own.
 */
function substantial(cands: number[], store: CandidateStore, looksLikeRegiovisie: boolean, kindOf: (c: number) => PassageKind): boolean {
  const strong = (c: number): boolean => (store.info[c]! & CAND_STRONG) !== 0;
  // two or more sentences (one candidate per item per sentence, so: two or more candidates)
  if (cands.some((c) => store.order[c] !== store.order[cands[0]!])) return true;
  if (cands.some((c) => strong(c) && STATEMENT.has(kindOf(c)))) return true;
  if (!looksLikeRegiovisie) return false;
  return cands.some((c) => strong(c) || !passing(kindOf(c), store.info[c]!));
}

/**
 * The item was found in one sentence only (one candidate per item per sentence), by vague words
 * only: no term of the item's own, no paraphrase.
 */
function isFaint(cands: number[], store: CandidateStore): boolean {
  return cands.length === 1 && (store.info[cands[0]!]! & CAND_STRONG) === 0;
}

function makeEvidence(block: Block, start: number, end: number, score: number, kind?: PassageKind): Evidence {
  const text = block.text;
  const ev: Evidence = {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    block: block.id,
    score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000,
  };
  if (block.heading !== undefined) ev.heading = block.heading;
  if (block.page !== undefined) ev.page = block.page;
  if (kind !== undefined) ev.kind = kind;
  return ev;
}
