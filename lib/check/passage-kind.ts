/**
 * The kind of a passage, read once per passage and shared by all items: is it the region's own
 * commitment, a present-tense arrangement, a principle or an action row of a work agenda (these
 * can carry `aanwezig`), or only a mention: a list word, a heading, a contents line, a glossary
 * entry, a question, a problem, a wish or quote of parents or young people, what the Rijk or a
 * national agreement expects, a study ("we onderzoeken of"), a hedge, a placeholder ("PM"),
 * councils only informed, or navigation text ("Klik hier", "Download (pdf)")?
 *
 * Input is the sentence's cue mask (cues.ts, one bit set per word type) plus a few phrase
 * patterns that are read from the sentence text itself. Pure; no state.
 */
import type { BlockKind } from '../extract/types';
import type { PassageKind } from './types';
import { CUE, NUMBER_WORDS, bigramsAfter, wordCues } from './cues';
import { endsInStop, isSpaceCode, lastCode, skipSpaces } from '../text/chars';
import { GAP_BRACKET as BRACKET, GAP_COLON as COLON, GAP_COMMA as COMMA, GAP_DASH as DASH, GAP_QUOTE as QUOTE, GAP_SEMICOLON as SEMICOLON } from '../text/tokenize';

// Local copies of the gap bits: the hot tests read plain values (a bundler may turn an imported binding into a getter).
const GAP_BRACKET = BRACKET;
const GAP_COLON = COLON;
const GAP_COMMA = COMMA;
const GAP_DASH = DASH;
const GAP_QUOTE = QUOTE;
const GAP_SEMICOLON = SEMICOLON;

export interface PassageFacts {
  /** The passage text as written (one sentence, a list item or a table row). */
  text: string;
  /** OR of the cue masks of its words (cues.ts). */
  mask: number;
  blockKind: BlockKind;
  /** Number of word tokens. */
  words: number;
  /** The block is a heading, or a short line without closing punctuation that acts as one. */
  heading: boolean;
  /** A table-of-contents line, or a block under a contents heading. */
  toc: boolean;
  /** A block under a glossary heading (begrippenlijst, woordenlijst, …). */
  glossary: boolean;
  /** A block under a heading of open points ("Dit weten we nog niet", "Nog uit te werken", "Open vragen"). */
  openSection: boolean;
  /** A block under a heading of what participants said ("Wat we hoorden", "Wat ouders ons vertelden"). */
  heardSection: boolean;
  question: boolean;
  /** A year 2020–2039 in the sentence. */
  planYear: boolean;
  /** An elliptical addition to the previous sentence ("Maar ook op school."). */
  elliptical: boolean;
  /** For a list item: the kind of its lead-in (the paragraph ending in ":" right before the list). */
  leadIn?: PassageKind;
  /** For a row of a text table: the header row's text ("Actie | Trekker | Gereed"). */
  tableHeader?: string;
  /** This row is the header row of its table. */
  tableHeaderRow?: boolean;
  /** The sentence before, in the same block, is a question. */
  afterQuestion?: boolean;
  /** A year before 2020 in the sentence: history, not a plan. */
  pastYear?: boolean;
  /** A year first and a past tense (yearThenPast), read once by the analyzer; when not given, read from the text. */
  toldPast?: boolean;
  /** Where the passage and its word tokens are in its block (see PassageSpan); when not given, the text alone is read. */
  span?: PassageSpan;
  /** OR of the WORD_BIT bits of its words (wordBits); when not given, every pattern is tried. */
  wordBits?: number;
  /** OR of the WORD_BIT2 bits of its words (wordBits2); when not given, every pattern is tried. */
  wordBits2?: number;
}

/**
 * Words some patterns below cannot match without, one bit each (PassageFacts.wordBits): a pattern
 * is tried only when its bit is set, one test of a bit instead of a run over the passage (in the
 * analyzer's loop a long pattern's code has gone cold between passages: about a microsecond each).
 */
export const WORD_BIT = {
  /** " onder " (ONDER_CASED). */
  ONDER: 1,
  /** "is", "zijn" (IS_OR_ZIJN). */
  IS_ZIJN: 2,
  /** A piece of FAMILY_VERB. */
  FAMILY_VERB: 4,
  /** A verb of AGENDA_SAYS; also "gevraagd", which ASKED_WHETHER needs. */
  AGENDA_VERB: 8,
  /** A word of ASPIRE. */
  ASPIRE: 16,
  /** A word of PLACEHOLDER or PLACEHOLDER_CASED ("nog", "nader", "volgt", "uitgewerkt" …; but "[" and "p.m.", see passageKind). */
  PLACEHOLDER: 32,
  /** "zien" (VIEW_AS). */
  VIEW_AS: 64,
  /** A word of HABIT's first part ("elk", "ieder", "per", "…lijks") and one of its second ("jaar", "jaren", "maand", "week", "weken", "kwartaal", "…lijks"): HABIT needs both. */
  HABIT_EVERY: 128,
  HABIT_PERIOD: 256,
  /** A word of TIME_LIMIT's first part ("binnen", "uiterlijk", …) and a unit of time ("dagen", "weken", …): TIME_LIMIT needs both. */
  LIMIT_WORD: 512,
  TIME_UNIT: 1024,
  /** A word of OFTEN. */
  OFTEN: 2048,
  /** "onderzoeken", "verkennen" (WE_LOOK_INTO). */
  LOOK_INTO: 4096,
  /** A word of the analyzer's GOES_ON ("blijven", "structureel", …). */
  GOES_ON: 8192,
  /**
   * STUDY needs a verb of looking into ("onderzoeken", "bekijkt", "gaan na", …) and a question word
   * after it ("of", "hoe", …), or one of its nouns ("onderzoek", "verkenning", "pilot", which hold
   * such a piece too).
   */
  STUDY_VERB: 16384,
  QUESTION_WORD: 32768,
  STUDY_NOUN: 65536,
  /** A verb of OTHERS_VIEW ("vinden", "zeggen", "gaven", …). */
  OTHERS_VERB: 131072,
  /** A noun of ABOUT_ITSELF ("visie", "nota", "hoofdstuk", …). */
  ITSELF_NOUN: 262144,
  /** A verb of DOCUMENT_SAYS ("staat", "lees", "bepaalt", …). */
  DOCUMENT_VERB: 524288,
  /** A word of SHORTFALL ("durven", "kwijt", "weten", "niemand", "iemand", "keus", "keuze"). */
  SHORTFALL_WORD: 1048576,
  /** "besluit", "besluiten", "beslist", "beslissen" (BOARD_DECIDES, DECIDES_WHETHER). */
  DECIDE_WORD: 2097152,
  /** A verb of DEFERRED ("werken", "werkt", "zoeken", "zoekt"). */
  DEFER_VERB: 4194304,
  /** "…ijlage…" ("bijlage", "Bijlagen"), which a forward reference without a DESCRIBE cue needs (FORWARD_REF). */
  IJLAGE: 8388608,
  /** "gesprek…", which IN_GESPREK needs. */
  GESPREK: 16777216,
  /** "niet", which OFTEN_NOT needs (describesShortfall). */
  NIET: 33554432,
  /** A piece of mayBeEffort: "aan…", "op…" (of " in op"), "inzetten", "verbeter", "versterk", "stimule", "bevorder". */
  EFFORT: 67108864,
  /** A person of PERSON_FIRST ("raadslid", "wethouder", "voorzitter", …). */
  PERSON: 134217728,
  /** The word "m" (of "p.m.", which hasPlaceholderMark looks for). */
  LETTER_M: 268435456,
  /** A word of what VALUES values with ("belangrijk", "waarde…", "essentieel", "kern", "groeien" …), or of what DISAPPROVES judges ("onacceptabel", "onwenselijk", "zorgelijk" …): each of their branches needs one. */
  VALUE_WORD: 536870912,
  /** A verb of TOPICS_OF ("agenda", "besproken", "gesproken", "gaat", "betreft" …). */
  TOPIC_VERB: 1073741824,
  /**
   * A word that holds "nu" or "praktijk", which NOW_INSTEAD needs: its "\bnu\b" may stand inside a
   * token ("nu't", "nué", a soft hyphen or a line-break hyphen after it), and a token's normal form
   * keeps the letters of the text in order. NOW_MUST ("nu moeten …") needs it too. The sign bit, the last one.
   */
  NU_PRAKTIJK: -2147483648,
} as const;

/** Pieces of words whose bit is set when a word holds one (see wordBits). */
const AGENDA_PIECES = ['benadrukt', 'gewezen', 'gesteld', 'genoemd', 'gevraagd', 'wijst', 'noemt', 'vraagt', 'stelt'];
const ASPIRE_PIECES = ['stre', 'hope', 'hoop', 'doelstelling', 'ambitie'];
const PLACEHOLDER_PIECES = ['nog', 'nader', 'volgt', 'later', 'pm', 'tbd', 'xx', 'uitgewerkt', 'ingevuld', 'aangevuld'];
const HABIT_EVERY_PIECES = ['elk', 'ieder', 'per', 'lijks'];
const HABIT_PERIOD_PIECES = ['jaar', 'jaren', 'maand', 'week', 'weken', 'kwartaal', 'lijks'];
const LIMIT_PIECES = ['binnen', 'uiterlijk', 'hoogstens', 'maximaal', 'langer'];
const TIME_UNIT_PIECES = ['dagen', 'week', 'weken', 'maand'];
const OFTEN_PIECES = ['vaak', 'soms', 'meestal', 'doorgaans', 'dikwijls', 'zelden'];
const LOOK_INTO_PIECES = ['onderzoeken', 'verkennen'];
const GOES_ON_PIECES = ['blijv', 'blijft', 'structureel', 'voortaan', 'doorlopend'];
const STUDY_VERB_PIECES = ['onderzo', 'kijk', 'bekek', 'verken', 'gaan', 'gaat', 'zoek', 'zocht', 'pilot'];
const STUDY_NOUN_PIECES = ['onderzoek', 'verkenning', 'pilot'];
const OTHERS_VERB_PIECES = ['vinden', 'vonden', 'ervaren', 'ervoeren', 'zeggen', 'zeiden', 'geven', 'gaven', 'melden', 'meldden', 'vertel', 'klagen', 'klaagden', 'vroegen', 'gevraagd', 'wens'];
const ITSELF_NOUN_PIECES = ['visie', 'nota', 'document', 'plan', 'beleidskader', 'hoofdstuk', 'paragraaf', 'rapport'];
const DOCUMENT_VERB_PIECES = ['staat', 'staan', 'lees', 'beschr', 'vastgelegd', 'zegt', 'stelt', 'bepaalt', 'schrijft'];
const SHORTFALL_PIECES = ['durf', 'durv', 'kwijt', 'weet', 'weten', 'iemand', 'keus', 'keuze'];
const DECIDE_PIECES = ['besl'];
const DEFER_VERB_PIECES = ['werken', 'werkt', 'zoeken', 'zoekt'];
const IJLAGE_PIECES = ['ijlage'];
const GESPREK_PIECES = ['gesprek'];
const NIET_PIECES = ['niet'];
/** (" aan" and the "op" of " in op" open their word, or the form a particle joined: "aanpakken", "opzetten"; looked for inside a form, as the rest.) */
const EFFORT_PIECES = ['aan', 'op', 'inzetten', 'verbeter', 'versterk', 'stimule', 'bevorder'];
/** What VALUES values with, as a pattern (also VALUE_THEN_ACTS and VALUES_THAT), and pieces of those words for its word bit. */
const VALUE_WORDS = String.raw`belangrijk|waardevol|essentieel|wezenlijk|onmisbaar|cruciaal|belang|kern`;
const VALUE_PIECES = ['belang', 'waarde', 'essentie', 'wezenlijk', 'onmisbaar', 'cruciaal', 'kern', 'groei', 'accept', 'aanvaard', 'wenselijk', 'gewenst', 'zorgelijk', 'schrijnend', 'normaal'];
const TOPIC_PIECES = ['agenda', 'bespr', 'sprak', 'gespro', 'gepraat', 'betr', 'gaat', 'gaan', 'ging'];
const PERSON_PIECES = ['raadslid', 'wethouder', 'voorzitter', 'inspreker', 'burgemeester', 'woordvoerder', 'directeur', 'bestuurder', 'gedeputeerde', 'minister', 'staatssecretaris'];
/** The question words of STUDY and WONDER. (Looked for inside a form too: an apostrophe and a letter go on with a word, "hoe'…" is one token.) */
const QUESTION_PIECES = ['of', 'hoe', 'welke', 'wat', 'hoeverre', 'waar', 'wie', 'wanneer'];
/** Each list of pieces and the bit a word that holds one of them gets (see wordBits). */
const PIECE_BITS: readonly (readonly [readonly string[], number])[] = [
  [AGENDA_PIECES, WORD_BIT.AGENDA_VERB],
  [ASPIRE_PIECES, WORD_BIT.ASPIRE],
  [PLACEHOLDER_PIECES, WORD_BIT.PLACEHOLDER],
  [HABIT_EVERY_PIECES, WORD_BIT.HABIT_EVERY],
  [HABIT_PERIOD_PIECES, WORD_BIT.HABIT_PERIOD],
  [LIMIT_PIECES, WORD_BIT.LIMIT_WORD],
  [TIME_UNIT_PIECES, WORD_BIT.TIME_UNIT],
  [OFTEN_PIECES, WORD_BIT.OFTEN],
  [LOOK_INTO_PIECES, WORD_BIT.LOOK_INTO],
  [GOES_ON_PIECES, WORD_BIT.GOES_ON],
  [STUDY_VERB_PIECES, WORD_BIT.STUDY_VERB],
  [STUDY_NOUN_PIECES, WORD_BIT.STUDY_NOUN],
  [QUESTION_PIECES, WORD_BIT.QUESTION_WORD],
  [OTHERS_VERB_PIECES, WORD_BIT.OTHERS_VERB],
  [ITSELF_NOUN_PIECES, WORD_BIT.ITSELF_NOUN],
  [DOCUMENT_VERB_PIECES, WORD_BIT.DOCUMENT_VERB],
  [SHORTFALL_PIECES, WORD_BIT.SHORTFALL_WORD],
  [DECIDE_PIECES, WORD_BIT.DECIDE_WORD],
  [DEFER_VERB_PIECES, WORD_BIT.DEFER_VERB],
  [IJLAGE_PIECES, WORD_BIT.IJLAGE],
  [GESPREK_PIECES, WORD_BIT.GESPREK],
  [NIET_PIECES, WORD_BIT.NIET],
  [EFFORT_PIECES, WORD_BIT.EFFORT],
  [PERSON_PIECES, WORD_BIT.PERSON],
  [VALUE_PIECES, WORD_BIT.VALUE_WORD],
  [TOPIC_PIECES, WORD_BIT.TOPIC_VERB],
];

/**
 * More words some patterns cannot match without (PassageFacts.wordBits2), as WORD_BIT (which is
 * full): mostly the first tests of notSoStrong, which is read for every passage first read as a
 * strong kind. Made by wordBits2, by the same rule as wordBits: each pattern's word, in ASCII letters
 * without "i" right after a capital "İ" could stand (see wordBits), lies inside one token's normal form.
 */
export const WORD_BIT2 = {
  /** "denk" (THINKING_OVER: "denken", "denkt", "nadenken"). */
  DENK: 1,
  /** "lop", "loop", "liep" (RUNS_UP: "lopen", "loopt", "liep", "oplopende" …). */
  RUN_UP: 2,
  /** "wil" (READER_WISH_ANSWER: "wilt u", "wil je" …). */
  WIL: 4,
  /** "bijdragen", "leiden" (MUST_SERVE). */
  SERVE: 8,
  /** "regio", "agenda" (REGIONS_EXPECTED: "regio's", "elke regio", "die agenda"). */
  REGIONS: 16,
  /** A noun of TOPIC_IS: "onderwerp", "thema", "agendapunt", "aandachtspunt". */
  TOPIC_NOUN: 32,
  /**
   * A verb of saying, asking or wanting of SPEAKER_FIRST, FAMILY_SAYS and FAMILY_SAYS_AFTER: the pieces
   * of FAMILY_VERB without the noun "vraag" ("hulpvraag"; their forms of "vragen" are "vragen",
   * "vraagt", "vroeg…" and "gevraagd").
   */
  SAYS_VERB: 64,
  /**
   * A word of HEDGE but "kan" ("misschien", "mogelijk", "streven", "zou", "termijn" …; "mogelijkheid"
   * and "optie" of "die mogelijkheid open houden"): without one, HEDGE needs "als dat kan", "waar het
   * kan" …, which hold "t kan" (passageKind looks for that in the lower-cased text).
   */
  HEDGE: 128,
  /**
   * A verb of SPEAKER_FIRST and FAMILY_SAYS_AFTER: the pieces of SAYS_VERB without those of "willen",
   * "vinden", "adviseren", "aanbevelen", "aanraden", "behoefte", "mening", "zouden graag", "vraagt", "geeft" and "gaf", which
   * only FAMILY_SAYS has.
   */
  SAYS_FIRST: 256,
} as const;

const DENK_PIECES = ['denk'];
const RUN_UP_PIECES = ['lop', 'loop', 'liep'];
const WIL_PIECES = ['wil'];
const SERVE_PIECES = ['bijdragen', 'leiden'];
const REGIONS_PIECES = ['regio', 'agenda'];
const TOPIC_NOUN_PIECES = ['onderwerp', 'thema', 'agendapunt', 'aandachtspunt'];
const SAYS_VERB_PIECES = [
  'zeg', 'zeid', 'vertel', 'vrag', 'vraagt', 'vroeg', 'gevraagd', 'wens', 'miss', 'mist', 'hope', 'hoop', 'pleit', 'gave', 'gaf', 'geve', 'geef',
  'gevoel', 'noem', 'wil', 'zouden', 'behoefte', 'advise', 'vond', 'vind', 'mening', 'ervare', 'ervoere', 'merk', 'beveel', 'bevel', 'beval',
  'raadd', 'raadt', 'raden',
];
const SAYS_FIRST_PIECES = ['zeg', 'zeid', 'vertel', 'vrag', 'vroeg', 'gevraagd', 'wens', 'miss', 'mist', 'hope', 'hoop', 'pleit', 'gave', 'geve', 'gevoel', 'noem', 'ervare', 'ervoere', 'merk'];
const HEDGE_PIECES = ['misschien', 'wellicht', 'mogelijk', 'streven', 'streeft', 'proberen', 'overweg', 'overweeg', 'principe', 'optie', 'mits', 'denkbaar', 'termijn', 'eventueel', 'zou'];
/** Each list of pieces and the WORD_BIT2 bit a word that holds one of them gets (see wordBits2). */
const PIECE_BITS2: readonly (readonly [readonly string[], number])[] = [
  [DENK_PIECES, WORD_BIT2.DENK],
  [RUN_UP_PIECES, WORD_BIT2.RUN_UP],
  [WIL_PIECES, WORD_BIT2.WIL],
  [SERVE_PIECES, WORD_BIT2.SERVE],
  [REGIONS_PIECES, WORD_BIT2.REGIONS],
  [TOPIC_NOUN_PIECES, WORD_BIT2.TOPIC_NOUN],
  [SAYS_VERB_PIECES, WORD_BIT2.SAYS_VERB],
  [HEDGE_PIECES, WORD_BIT2.HEDGE],
  [SAYS_FIRST_PIECES, WORD_BIT2.SAYS_FIRST],
];
/** Every piece of wordBits2, as one pattern (a word without any has no bit). */
const ANY_PIECE2 = new RegExp(PIECE_BITS2.flatMap(([pieces]) => pieces).join('|'));

/** The WORD_BIT2 bits of a word type, from its normalised form (see wordBits: pieces are looked for inside the form). */
export function wordBits2(norm: string): number {
  if (!ANY_PIECE2.test(norm)) return 0;
  let bits = 0;
  for (let i = 0; i < PIECE_BITS2.length; i++) if (holdsAny(norm, PIECE_BITS2[i]![0])) bits |= PIECE_BITS2[i]![1];
  return bits;
}

/** The placeholders that are no word piece: "[…]", "p.m." and "P.M." (split into "p" and "m"). */
function mayBePlaceholderMark(text: string): boolean {
  return text.includes('[') || text.includes('.m.') || text.includes('.M.');
}

/** Does the text hold one of the pieces? */
function holdsAny(text: string, pieces: readonly string[]): boolean {
  for (let i = 0; i < pieces.length; i++) if (text.includes(pieces[i]!)) return true;
  return false;
}

/**
 * The WORD_BIT bits of a word type, from its normalised form (lower case, no diacritics; made once
 * per word type). A pattern's word, written in ASCII letters, lies inside one word token (a run of
 * letters is never split) and so inside its normalised form; a form joined with a particle
 * ("afstemmen" from "af te stemmen", "opstellen" from "stellen … op") holds both words it was made
 * of, and a line-break hyphen joins a word to the one before it ("zeg-⏎onder" is one token), so
 * pieces are looked for inside the form. " onder " is a word at the end of its form (no particle
 * the analyzer joins today; should it become one, its joined forms are "onder" + a rest that
 * `isVerb("onder", rest)`, the analyzer's test, knows). "is" and "zijn" are never joined: IS_OR_ZIJN
 * needs one space right before them (no line break), and they are no particle nor a verb in "en".
 */
export function wordBits(norm: string, isVerb: (particle: string, rest: string) => boolean): number {
  // most words hold no piece: one pattern run instead of some fifty look-ups
  if (!ANY_PIECE.test(norm)) return 0;
  let bits = 0;
  if (norm.endsWith('onder') || (norm.startsWith('onder') && isVerb('onder', norm.slice(5)))) bits |= WORD_BIT.ONDER;
  if (norm === 'is' || norm === 'zijn') bits |= WORD_BIT.IS_ZIJN;
  if (norm === 'm') bits |= WORD_BIT.LETTER_M;
  // "zouden graag" is its only piece of two words
  if (FAMILY_VERB.test(norm) || norm.includes('zouden')) bits |= WORD_BIT.FAMILY_VERB;
  if (norm.includes('zien')) bits |= WORD_BIT.VIEW_AS;
  if (norm.includes('nu') || norm.includes('praktijk')) bits |= WORD_BIT.NU_PRAKTIJK;
  for (let i = 0; i < PIECE_BITS.length; i++) if (holdsAny(norm, PIECE_BITS[i]![0])) bits |= PIECE_BITS[i]![1];
  return bits;
}

/**
 * The passage text[start, end) of a block and its word tokens [starts[k], ends[k]) for k in
 * [from, to), as the analyzer has them: tests that look for punctuation or word starts read the
 * tokens and the gaps between them (mostly one space each) instead of scanning the text again.
 */
export interface PassageSpan {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  from: number;
  to: number;
  start: number;
  end: number;
  /**
   * Upper bounds of the word starts with a capital and with a number (see wordStarts), from the
   * tokens: those that open with one, and any number when the block has a "×" between its tokens.
   * When not given, looksLikeContents counts them.
   */
  capitals?: number;
  numbers?: number;
  /**
   * The GAP_ bits (tokenize.ts) of the marks between its tokens, and before its first and after its
   * last: a colon, a dash, a quotation mark … A test that needs such a mark is not read without its
   * bit. When not given, every test is read.
   */
  gaps?: number;
}

/** Lower case. The patterns below allow the few diacritics they meet (geïnformeerd, cliënten). */
function fold(text: string): string {
  return text.toLowerCase();
}

/** The lower-cased passage, made once per passage and only when a pattern needs it. */
let lastText = '';
let lastLower = '';
function lower(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

const NAVIGATION =
  /\b(?:klik(?= (?:hier|hieronder|hierboven|op|door|dan|voor|om)\b)|download|downloaden|lees meer|lees verder|meer lezen|terug naar|ga naar|naar boven|deel deze|print deze|cookies?|zoeken in deze site|inloggen)\b|\(\s*pdf|\bpdf\s*[,(]?\s*\d+(?:[.,]\d+)?\s*(?:kb|mb)\b/;
/** "PM", "p.m.", "nog uit te werken", "[invullen]", "volgt later", "nader te bepalen", "wordt in een later stadium nader vormgegeven". */
export const PLACEHOLDER_CASED = /(?:^|[\s(:;|[])(?:PM|P\.M\.|p\.m\.|TBD|XX+)(?=$|[\s).,;:|\]])|\[[^\]]{0,24}\b(?:volgt|invullen|aanvullen|later)\b[^\]]{0,24}\]/;
export const PLACEHOLDER =
  /\b(?:(?:deze|dit) (?:afspraak|deel|paragraaf|hoofdstuk|tekst|onderdeel|punt|actie|thema)\b(?![^.;:]*\b(?:per gezin|door de hulpverlener|door hulpverleners|samen met|met het gezin|met (?:de )?ouders|gezinsplan|hulpplan)\b)[^.;:]{0,80}?\b(?:wordt|worden)\b[^.;:]{0,60}?\b(?:ingevuld|aangevuld|uitgewerkt)\b|nog (?:nader )?(?:uit te werken|uitwerken|in te vullen|invullen|te bepalen|bepalen|aan te vullen|aanvullen|te beschrijven)|nader (?:uit te werken|te bepalen|in te vullen)|(?:uitwerking|tekst|invulling) volgt|volgt (?:later|nog)|wordt (?:nog|later) (?:aangevuld|ingevuld|uitgewerkt)|(?:wordt|worden)\b(?:\s\S+){0,6}?\snader (?:vormgegeven|ingevuld|uitgewerkt|bepaald|ingericht)\b|(?:wordt|worden)\b(?:\s\S+){0,10}?\suitgewerkt\s*:|(?:in een later stadium|op een later moment)\b(?! van (?:de|het|een) (?:hulp|traject|behandeling|zorg)\b)(?:\s\S+){0,4}?\s(?:uitgewerkt|vormgegeven|ingevuld|bepaald|besloten|bekeken)\b|tekst volgt|\[\s*(?:\.\.\.|…|invullen|nog|tekst|aanvullen))/;
/** "we onderzoeken of", "bekijken hoe", "verkennen welke", "nagaan in hoeverre", "een verkenning naar". */
export const STUDY = new RegExp(
  [
    // "we onderzoeken of", "de regio onderzoekt hoe", "onderzoeken we welke"
    // (also the region's own bodies: "het projectbureau onderzoekt of", "de werkgroep verkent hoe")
    '\\b(?:we|wij|regio|gemeenten|gemeente|college|colleges|centrumgemeente|stuurgroep|werkgroep|projectgroep|(?:regio|project|programma)(?:bureau|team))\\b(?:\\s\\S+){0,3}?\\s(?:onderzoeken|onderzoekt|bekijken|bekijkt|verkennen|verkent|gaan na|gaat na|zoeken uit|zoekt uit|nagaan|uitzoeken)\\b(?:\\s+\\S+){0,6}?\\s+(?:of|hoe|welke|wat|in hoeverre|waar)\\b',
    '\\b(?:onderzoeken|bekijken|verkennen) (?:we|wij)\\b(?:\\s+\\S+){0,6}?\\s+(?:of|hoe|welke|wat|in hoeverre|waar)\\b',
    // the region's bodies, first in the sentence, "kijken of" something could be: looking into it ("De
    // werkgroep kijkt of er een platform kan komen"); not checking how things are ("kijken eerst of
    // opvoedvragen thuis kunnen worden opgevangen", a step of how help goes; "een commissie kijkt of de
    // hulp deugt", nor looking with the family: "kijkt met ouders of de hulp thuis kan"); we too, first
    // ("We kijken of we een ouderplatform kunnen oprichten")
    '^(?:(?:de |het )?(?:regio|gemeenten|colleges|centrumgemeente|stuurgroep|werkgroep|projectgroep|(?:regio|project|programma)(?:bureau|team))\\b(?:\\s[^\\s,;:]+){0,2}?|we|wij)\\s(?:kijken|kijkt)\\s(?!(?:eerst|altijd|steeds|telkens|daarbij|met|samen)\\b)(?:\\S+\\s){0,2}?of\\b(?:\\s[^\\s,;:]+){0,10}?\\s(?:kan|kunnen|mogelijk|haalbaar|zou|zouden)\\b',
    '\\bwordt (?:nog )?(?:onderzocht|bekeken|verkend|uitgezocht) (?:of|hoe|welke|in hoeverre)\\b',
    '^(?:onderzoek|verkenning|pilot|haalbaarheidsonderzoek) (?:naar|van|of)\\b',
    // an action still to look into: "Verkennen of ouders elkaar kunnen ontmoeten | werkgroep | 2026"
    '^(?:onderzoeken|verkennen|bekijken|nagaan|uitzoeken) (?:of|hoe|welke|wat|in hoeverre|waar)\\b',
    '\\b(?:een |de )?(?:verkenning|haalbaarheidsonderzoek)\\b',
  ].join('|'),
);
/**
 * A first test for STUDY: each of its branches holds one of these verbs or nouns as written
 * ("onderzoeken" … "haalbaarheidsonderzoek", "bekijken"/"kijken", "bekeken", "verkennen" … "verkenning",
 * "gaan na", "zoeken uit", "nagaan", "uitzoeken", "uitgezocht", "pilot").
 */
export const STUDY_NEEDS = /onderzo|kijk|bekek|verken|gaan na|gaat na|zoeken uit|zoekt uit|nagaan|uitzoeken|uitgezocht|pilot/;
/** Can STUDY match a passage with these word bits (see WORD_BIT.STUDY_VERB)? */
export function mayStudy(bits: number): boolean {
  return (bits & WORD_BIT.STUDY_VERB) !== 0 && (bits & (WORD_BIT.QUESTION_WORD | WORD_BIT.STUDY_NOUN)) !== 0;
}
/** An aspiration ("we streven naar", "we hopen", "de ambitie is"): a hedge unless it names a number ("naar een wachttijd van hoogstens vier weken"). */
export const ASPIRE = /\b(?:streven (?:we |wij )?naar|streeft naar|(?:het|ons) streven is|(?:we|wij) hopen|hopen (?:we|wij)|(?<!\b(?:je|jij|u|hij|zij|ze)\s(?:op\s)?)hoopt|(?:de|onze) (?:doelstelling|ambitie) is)\b/;
/** The clause before the first "; " (a placeholder after it leaves the first clause standing). */
function firstClause(text: string): string {
  const at = text.indexOf('; ');
  return at < 0 ? text : text.slice(0, at);
}
/** A possibility, or a preference ("het liefst willen we dat …"), not a decision. "zo veel mogelijk" and "waar nodig" are not hedges. */
export const HEDGE =
  /\b(?:misschien|wellicht|mogelijkerwijs|de mogelijke (?:inzet|invoering|komst|uitbreiding|oprichting|aanstelling|start) van|streven ernaar|streven we ernaar|streeft ernaar|proberen|proberen we|overwegen|overweegt|in principe|waar mogelijk|indien mogelijk|zo mogelijk|als dat kan|waar dat kan|als het kan|waar het kan|(?:houden|houdt) (?:die|deze|de|dat|het) (?:mogelijkheid|optie) open|mits|denkbaar|op termijn|(?:we|wij|zal|zullen) (?:mogelijk|eventueel)(?! (?:maken|dat|is|om)\b)|^(?!(?:ouders|jongeren|kinderen|gezinnen|pleegouders|u|je|jij|jullie)\b)(?:\S+\s){0,4}?(?:kan|kunnen) (?:mogelijk|eventueel))\b|^(?:\S+\s){0,5}?(?:zou|zouden)\b|^mogelijk\b/;
/** A preference, read only when "liefst" is there: "Het liefst willen we dat …", "We zien het liefst …". */
const PREFERENCE = /\bhet liefst(?:e)? (?:willen|zien|hebben) (?:we|wij)\b|\b(?:we|wij) (?:willen|zien|hebben) (?:\S+ )?het liefst(?:e)?\b|\b(?:willen|zien|hebben) (?:we|wij) (?:\S+ )?het liefst(?:e)?\b/;
/** "… krijgt in de uitvoering aandacht.": a topic named, nothing arranged (tried only when the passage ends on "aandacht"). */
const GETS_ATTENTION = /\b(?:krijgt|krijgen|verdient|verdienen)\b(?:\s\S+){0,4}?\s(?:extra |meer )?aandacht\s*[.;]?$|\b(?:heeft|hebben)\b(?:\s\S+){0,4}?\s(?:onze|ons aller) (?:volle |blijvende |bijzondere )?aandacht\s*[.;]?$/;
/**
 * What the region values, with nothing that says what it does: "Goed luisteren vinden we de kern
 * van ons werk", "We vinden korte lijnen waardevol", "De regio hecht veel waarde aan …", "… is iets
 * waar we naartoe willen groeien", "… is voor ons heel belangrijk". Not "we vinden het belangrijk
 * (en nodig) dat/om …" or "…, want …", which say what must be so (a principle); not what someone else
 * finds important ("wat u belangrijk vindt"); not a value added after a comma to what is arranged
 * ("Elk gezin krijgt één aanspreekpunt, en dat vinden wij essentieel"); and not "spreekt ons aan",
 * which mostly holds the region to account.
 */
/** Who acts for the region in the patterns of this stop ("werken we … uit", "gaat de regio … in gesprek", "de regio hecht waarde aan"). */
const OUR_ACTORS = String.raw`we|wij|de regio|de gemeente|de gemeenten|het college|de colleges|de stuurgroep`;
/** A value: "belangrijk", "van groot belang", "de kern" … */
const VALUE = String.raw`(?:belangrijk|waardevol|essentieel|wezenlijk|onmisbaar|cruciaal|van (?:groot |het grootste )?belang|de kern)`;
export const VALUES = new RegExp(
  String.raw`\b(?:${OUR_ACTORS}) (?:vinden|vindt) (?!het\b|dat\b)(?:[^,;:\s]+\s){1,8}?${VALUE}\b` +
    String.raw`|^(?:\S+\s){0,2}?(?:we|wij) vinden (?:dat|dit|het) (?:ook |zeker |erg |heel |zeer )?${VALUE}\b` +
    String.raw`|^(?:[^,;:\s]+\s){1,10}?(?:vinden|vindt) (?:${OUR_ACTORS})(?:\s[^,;:\s]+){0,3}? ${VALUE}\b` +
    String.raw`|\b(?:${OUR_ACTORS}) (?:hechten|hecht) (?:\S+\s){0,2}?(?:waarde|belang) aan\b` +
    String.raw`|^(?:[^,;:\s]+\s){1,10}?(?:hechten|hecht) (?:${OUR_ACTORS}) (?:\S+\s){0,2}?(?:waarde|belang)\b` +
    String.raw`|\bwaar (?:we|wij) (?:als regio |samen )?(?:naartoe|naar toe) (?:willen|gaan|moeten) groeien\b` +
    String.raw`|^(?:[^,;:\s]+\s){1,10}?(?:is|zijn) voor (?:ons|de regio) (?:heel |erg |zeer |bijzonder )?${VALUE}\b`,
);
/** A value and then what is done: "Het college vindt … van groot belang en trekt er extra geld voor uit". */
const VALUE_THEN_ACTS = new RegExp(
  String.raw`\b(?:${VALUE_WORDS})\b[^,;:.]{0,20}?\sen\s(?!(?:dat|dit|het|de|een|ook|niet|wij|we|zeer|heel|erg|${VALUE_WORDS}|noodzakelijk|vanzelfsprekend)\b)[a-zà-ÿ]+(?:t|en)\b`,
);
/**
 * A first test for VALUES: each of its branches holds one of these as written ("vinden"/"vindt",
 * "hechten"/"hecht", "groeien", "voor ons", "voor de regio"); a literal search is far cheaper than
 * VALUES' runs of words, tried at every position (the randomized tests hold the two together).
 */
export const VALUES_NEEDS = /vind|hecht|groeien|voor ons|voor de regio/;
/** "… vinden we belangrijk dat/om …", "… belangrijk, omdat …": what must be so, or why: a principle. */
const VALUES_THAT = new RegExp(String.raw`\b(?:${VALUE_WORDS}|waarde)\b(?:\s(?!(?:en|maar) (?:we|wij)\b)[^\s,;:]+){0,4}?,? (?:dat|om|omdat|want|zodat|wanneer|als)\b`);
/**
 * A verb of discussing or of what something is about, with three or more things after it:
 * "Op de agenda staan de tarieven, het partnerschap en de huisvesting", "Het overleg gaat over de
 * arbeidsmarkt, de wachtlijsten en de tarieven", "De wijziging betreft onder meer de indexatie, de
 * post … en de kosten …". Each is a topic named, not arranged. Not "met de ouders, de jongeren en …"
 * (with whom), not a list that comes before its verb or in a clause ("afspraken die gaan over …"),
 * not "bespreken" in the present (a practice: "de consulent bespreekt de doelen, de voortgang en …"),
 * not "ingaan op" (what one responds to: "hulpverleners gaan in op de vragen, de zorgen en …"),
 * and not a standing topic, a habit or what agreements cover (TOPICS_ACT).
 */
export const TOPICS_OF =
  /(?<!\b(?:die|dat|waarin|welke|wat) )\b(?:op de agenda(?: van (?:\S+\s){1,4}?)? ?(?:staan|staat|stonden|stond)|besproken|bespraken|(?:gesproken|spraken|gepraat) over|(?<!\b(?:gemeenten|gemeente|college|colleges|regio|wethouder|wethouders|raad|raden) )(?:gaat|gaan|ging|gingen) (?!zelf\b)(?:\S+\s){0,2}?over|betreft|betreffen|betrof)\s(?:(?!met\b|samen\b)\S+\s){0,3}?(?:de|het|hun|onze|zijn|haar|een)\s(?:(?!\bmet\b)[^,;:]){1,60},\s(?:de|het|hun|onze|zijn|haar|een)\s[^,;:]{1,60}?(?:,\s[^,;:]{1,60}?)*,?\sen\s(?:de|het|hun|onze|zijn|haar|een)\s/;
/** A first test for TOPICS_OF, which ends on this ("…, en de …"). */
export const TOPICS_NEEDS = /\sen\s(?:de|het|hun|onze|zijn|haar|een)\s/;
/** What makes a passage with a list of topics do more than name them: a number, a second clause, a consequence. */
const TOPICS_ACT =
  /\d|; |: |, en\b|\b(?:en|daarna|waarna|vervolgens|zodat|om) (?:we|wij|zij|ze|hij|de regio|de gemeenten)\b|\bzodat\b|\bwaarna\b|\bdaarna\b|\bvervolgens\b|\ben [a-zà-ÿ]+en (?:in|op|af|aan|bij|door|vast)\b|\b(?:elk|elke|ieder|iedere|vast|vaste|regelmatig|jaarlijks|halfjaarlijks|maandelijks|wekelijks|altijd|standaard)\b|\b(?:afspraken|prestatieafspraken|contract|contracten|eisen|normen|kwaliteitseisen|voorwaarden|convenant|overeenkomst|raamovereenkomst|inkoopovereenkomst|gezinsplan|hulpplan|plan)\b/;
/** Councils only informed, advice only noted. */
const INFORMED =
  /\b(?:raad|raden|gemeenteraad|gemeenteraden|commissie|college|colleges|bestuur|staten)\b[^.;]{0,60}\bge[iï]nformeerd\b|\bge[iï]nformeerd\b[^.;]{0,40}\b(?:raad|raden|gemeenteraad|gemeenteraden|commissie)\b|\b(?:ter kennisname|voor kennisgeving|kennis(?:ge)?nomen|kennis genomen|ter informatie)\b/;
/** What the Rijk, the law or a national agreement expects (no regional commitment of its own). */
/** "landelijk (is) afgesproken", "landelijk vastgesteld": agreed for the whole country. */
const AGREED_NATIONALLY = String.raw`landelijk (?:is |zijn |hebben |werd |werden )?(?:ook |al |inmiddels )?(?:afgesproken|overeengekomen|vastgesteld|vastgelegd|besloten)`;
const NATIONAL = new RegExp(String.raw`\b(?:landelijk (?:wordt|worden|is|zijn) (?:verwacht|gevraagd|bepaald|vastgelegd|gewerkt aan|ontwikkeld)|het rijk|rijk en|rijksoverheid|kabinet|minister|ministers|ministerie|staatssecretaris|hervormingsagenda|tweede kamer|wetgever|wetgeving|jeugdwet|wettelijke?|vng|landelijke? (?:afspraak|afspraken|kader|kaders|norm|normen|beleid|overheid|regering|richtlijn|richtlijnen|agenda|programma|opdracht|verplichting|eisen?)|norm voor opdrachtgeverschap|internationaal verdrag|verdrag|de wet\b|volgens de wet|${AGREED_NATIONALLY})`);
/**
 * An agreement made nationally, the municipalities of the whole country among the parties: "Rijk
 * en gemeenten hebben landelijk afgesproken …", "De VNG en het Rijk spraken af …". The
 * municipalities act here, but not as this region.
 */
const NATIONAL_AGREEMENT = new RegExp(String.raw`\b${AGREED_NATIONALLY}\b|^(?:in|volgens) de hervormingsagenda\b|\b(?:het )?(?:rijk|vng)(?:,| en) (?:de )?(?:vng|gemeenten|rijk|aanbieders)\b.{0,100}?\b(?:afgesproken|overeengekomen|afspraken (?:gemaakt|vastgelegd))\b|^(?:het |de )?(?:rijk|vng)(?:,| en) (?:de |het )?(?:vng|gemeenten|rijk|aanbieders)\b|^(?:de )?gemeenten en (?:het |de )?(?:rijk|vng)\b`);
/** The Rijk, a national agenda, the law or the country as the subject: "Het Rijk geeft gemeenten geld …", "De Hervormingsagenda spreekt over …", "Nederland heeft het verdrag ondertekend". */
const NATIONAL_FIRST = /^(?:nederland|het rijk|de rijksoverheid|het kabinet|de (?:minister|staatssecretaris)(?: van \S+)?|de (?:landelijke )?hervormingsagenda(?: jeugd)?|de jeugdwet|de wet|de vng|de tweede kamer|de inspectie(?: gezondheidszorg en jeugd)?(?! van\b)|de igj|de kinderombudsman|de nationale ombudsman)\s(?!en\b(?! (?:de |het )?(?:landelijke )?(?:hervormingsagenda|jeugdwet|wet|inspectie)\b))/;
/**
 * What is expected of regions in general, not what this region does: "Regio's moeten bepalen …",
 * "Elke regio moet …", "Van regio's wordt verwacht dat …", "… vraagt van regio's dat …", and a national
 * agenda named before as "die agenda" ("Daarnaast vraagt die agenda om …"; not "de agenda", "deze
 * agenda" or "onze agenda", which in a work agenda is the text's own).
 */
export const REGIONS_EXPECTED = /^(?:(?:alle|de) )?(?:jeugd)?regio['’]s\s(?:moeten|dienen|zijn verplicht|worden geacht)\b|^(?:elke|iedere) (?:jeugd)?regio\s(?:moet|dient|is verplicht|wordt geacht)\b|\bvan (?:de |alle )?(?:\d+ )?(?:jeugd)?regio['’]s (?:wordt|worden) (?:verwacht|gevraagd)\b|^(?!(?:[^\s,;:]+\s){0,4}?(?:jongerenraad|cliëntenraad|clientenraad|adviesraad|ouderraad|jeugdraad|participatieraad)\b)(?:[^\s,;:]+\s){0,6}?(?:adviseert|adviseren|raadt|beveelt|bevelen)\s(?:[^\s,;:]+\s){0,2}?(?:de |alle )?(?:jeugd)?regio['’]s(?=[\s,.;:!?)]|$)|\b(?:vraagt|vragen|verwacht|verwachten|eist|eisen)\b(?:\s[^\s,;:]+){0,3}?\svan (?:de |alle )?regio['’]s(?=[\s,.;:!?)]|$)|^(?:(?:daarnaast|ook|verder|bovendien|tegelijk) )?(?:(?:vraagt|verwacht|eist) die agenda|die agenda (?:vraagt|verwacht|eist))\b/;
/**
 * What the region disapproves of names a problem: "Dat een jongere weer achteraan moet aansluiten,
 * vinden we onacceptabel", "We vinden het niet langer acceptabel dat …", "Die wachttijden zijn
 * schrijnend" (unless the region answers it: "…; daarom …").
 */
export const DISAPPROVES = /\b(?:(?:vinden|vindt) (?:we|wij|de regio|het college|de gemeenten?)|(?:we|wij) vinden)\s(?:het\s)?(?:[^\s,;:]+\s){0,2}?(?:onacceptabel|onaanvaardbaar|onwenselijk|ongewenst|zorgelijk|schrijnend|niet (?:langer |meer )?(?:acceptabel|aanvaardbaar|wenselijk|normaal))\b|^[^\s,;:]+\s(?:(?!(?:die|dat|wie|waar|of|en|als|wanneer)\b)[^\s,;:]+\s){0,5}?(?:is|zijn)\s(?:(?:echt|heel|zeer|erg|bijzonder|ronduit)\s)?(?:onacceptabel|onaanvaardbaar|schrijnend|zorgelijk)\b/;
/**
 * "X is een onderwerp voor het overleg", "… zijn aandachtspunten bij de evaluatie": a topic named,
 * nothing arranged (not a standing topic: "een vast agendapunt" is a habit).
 */
export const TOPIC_IS = /\b(?:is|zijn|blijft|blijven|wordt|worden)\s(?:ook\s|daarom\s)?(?:een\s|het\s)?(?:belangrijk\s)?(?:onderwerp|thema|gespreksonderwerp|agendapunt|aandachtspunt)(?:en|['’]s)?\s(?:van|voor|in|op|bij|tijdens)\b/;
/** "elk(e)", "ieder(e)" before a word: at every step or meeting ("bij elke evaluatie", "op elk overleg"). */
const EVERY = /\b(?:elke?|iedere?)\s/;
/** A standing topic ("een vast agendapunt", "een vast onderwerp"): a habit, not a topic named once. */
const STANDING_TOPIC = /\bvaste?\s(?:\S+\s)?(?:onderwerp|agendapunt|thema)|\b(?:elke?|iedere?)\s|\b(?:kwartaal|jaarlijks|maandelijks|periodiek|structureel|regelmatig)/;
/** "Nu moeten ouders hun verhaal drie keer vertellen": how it goes now for the people the care is for, or its professionals. */
export const NOW_MUST = /(?:^|[:;]\s*)nu (?:moeten|moet) (?:(?:de |een |veel |alle )?(?:ouders|ouder|jongeren|jongere|gezinnen|gezin|kinderen|kind|hulpverleners|hulpverlener|professionals|aanbieders|zij|ze))\b/;
/**
 * A first test for REGIONS_EXPECTED, on the lower-cased passage: each branch holds "regio's" (any
 * apostrophe), "elke/iedere (jeugd)regio" or "die agenda". It is tried only with WORD_BIT2.REGIONS
 * (a word that holds "regio" or "agenda").
 */
export function mayExpectRegions(t: string): boolean {
  // one scan for "regio": "'s" or "’s" after it, or "elke"/"iedere" before it (or before "jeugdregio")
  for (let at = t.indexOf('regio'); at >= 0; at = t.indexOf('regio', at + 5)) {
    const after = t.charCodeAt(at + 5);
    if ((after === 39 || after === 0x2019) && t.charCodeAt(at + 6) === 115) return true;
    const word = at >= 5 && t.startsWith('jeugd', at - 5) ? at - 5 : at;
    if (word >= 3 && (t.startsWith('ke ', word - 3) || t.startsWith('re ', word - 3))) return true;
  }
  return t.includes('die agenda');
}
/** Waiting times or costs that run up: "De wachttijden lopen op tot vijf maanden", "oplopende tekorten". */
export const RUNS_UP = /\b(?:lopen|loopt|liepen|liep)\s(?:[^\s,;:]+\s){0,6}?op(?=\s+(?:tot|naar|met|van)\b|\s*[.,;:]|$)|\b(?:oplopen|oploopt|oplopende|opgelopen)\b/;
/** Not a trend: a condition ("Als de wachttijd oploopt tot …, dan …"), a norm ("mag nooit oplopen"), walking along with someone ("loopt met de jongere op"). */
const RUNS_UP_NOT = /\b(?:als|wanneer|zodra|indien|mocht)\b|,\s*dan\b|\b(?:mag|mogen|kan|kunnen|zal|zullen)\s(?:[^\s,;:]+\s){0,3}?(?:niet|nooit)\b|\bmet\b[^.;:]{0,40}\bop\b/;
/** What a treaty asks of governments: "Het Kinderrechtenverdrag vraagt overheden …" (not "Het verdrag is leidend bij elk besluit van de regio"). */
const TREATY_ASKS = /^het (?:vn-|internationaal |internationale )?(?:kinderrechten)?verdrag\b[^.;:]{0,60}?\b(?:vraagt|verplicht|eist|verlangt)\b|^het ivrk\b[^.;:]{0,60}?\b(?:vraagt|verplicht|eist|verlangt)\b/;
/** A state that stays, and is a problem: "De wachtlijst blijft gesloten voor nieuwe aanmeldingen". */
const STAYS_BAD = /\b(?:blijft|blijven)\s(?:[^\s,;:]+\s){0,4}?(?:gesloten|overbelast|onderbezet|ongebruikt|onbenut|onbeantwoord|geblokkeerd|stilgelegd)\b/;
/** Someone asked whether: "De raden hebben gevraagd of het budget apart kan" (not a question asked at every step: "Elk half jaar wordt gevraagd of de hulp nog past"). */
export const ASKED_WHETHER = /\b(?:heeft|hebben|had|hadden)\b(?:\s[^\s,;:]+){0,4}?\sgevraagd of\b/;
/** The reader's own wish in a question and answer: "Gaat het weer minder? Dan wilt u niet opnieuw achteraan." */
export const READER_WISH_ANSWER = /(?:^|[?!.]\s+)(?:dan\s)?(?:wilt u|wil je|wil jij|u wilt|je wilt|jij wilt)\b/;
/** A goal something must serve: "De werkwijze moet ertoe bijdragen dat …", "Dit moet leiden tot …". */
export const MUST_SERVE = /\b(?:moet|moeten|zal|zullen)\s(?:[^\s,;:]+\s){0,3}?(?:(?:ertoe|eraan)\s(?:bijdragen|leiden)\b|leiden tot\b|bijdragen aan (?:een |het |de )?(?:beter|betere|minder|meer|snellere|kortere|goede|sterkere)\b)/;
/** "Of er een team komt, is een van de vragen voor de evaluatie": whether, put in front, and left open. */
const WHETHER_OPEN = /^of\s[^,;:]+,\s(?:(?:is|blijft|wordt)\s(?:(?:een|één) van\s)?(?:de\s)?(?:(?:open|belangrijke|grote)\s)?(?:vraag|vragen|vraagstuk|onderwerp)\b|moet nog blijken|weten (?:we|wij) nog niet|is nog (?:niet )?(?:onbekend|bekend|duidelijk|besloten|open)|(?:is|blijft) nog (?:de|een open) vraag|(?:zal|moet|gaat) (?:[^\s,;:]+\s){0,4}?uitwijzen)/;
/** "we" or "wij" as a word (not "ons", "onze": "Ouders moeten bij ons in de regio …"). */
const WE_WORD = /\b(?:[Ww][Ee]|[Ww][Ii][Jj])\b/;
/** A clause after it in which we act: "…, en dat leggen we vast in de contracten", "… en daarom regelen wij …". */
const WE_ACT_AFTER = /\b(?:en|dus)\s(?:dat|dit|daarom|daarvoor)\s(?:leggen|nemen|spreken|regelen|zorgen|gaan|maken|zetten|kopen|houden)\s(?:we|wij)\b/;
/** A second clause that answers a wish: "Ouders willen één plek; daarom maakt de regio …" (not the Rijk again: "…; het Rijk wil dat …"). */
const REGION_ANSWERS = /;(?!\s*(?:het rijk|de rijksoverheid|het kabinet|de minister|de staatssecretaris|de wet|de jeugdwet|de hervormingsagenda|de inspectie|ouders|jongeren)\b)|\b(?:daarom|daarvoor)\b/i;
/** What was asked, and then what the region did with it: "… en de regio heeft dat advies overgenomen", "…, en vanaf 2026 werkt er …". */
const ADVICE_TAKEN = /\b(?:overgenomen|(?:neemt|nemen|namen|nam) (?:dat|dit|het|dat advies|dit advies|het advies) over)\b|(?:, en|;) (?:vanaf|sinds|sindsdien|inmiddels|daarom|dus|daarvoor)\b/;
/** Who speaks in a wish or a quote: the people the care is for. */
const FAMILY_SPEAKER = /\b(?:ouders?|jongeren|jongere|kinderen|kind|gezinnen|jeugdigen|deelnemers|cli[eë]nten|pleegouders|ervaringsdeskundigen|jongerenraad|ouderpanel|ouderplatform)\b/;
/** Telling one's story, in the present: "ouders vertellen hun verhaal maar één keer" is an arrangement, not what they said. */
const STORY_TOLD = /\b(?:vertellen|vertelt)\s(?:\S+\s){0,3}?verhaal\b|\bverhaal\s(?:\S+\s){0,4}?(?:te )?vertellen\b/;
export const VIEW_AS = /\b(?:we|wij) zien\b.{1,100}\bals\b/;
/** Someone else says what "we" should do ("zegt de ander dat we vaker nee moeten zeggen"). */
/**
 * A sentence that tells what another document says: "Daarin staat dat …", "Hierin lees je …",
 * "In de Jeugdwet staat …", "Het verdrag zegt dat …". Not the region's own text ("In deze visie
 * staat het kind centraal", "In dit plan staat wat wij doen").
 */
export const DOCUMENT_SAYS =
  /^(?:daarin|hierin) (?:staat|staan|lees je|leest u|wordt beschreven|is vastgelegd)\b|^daar (?:staat|staan)(?! tegenover\b)(?! (?:we|wij) voor\b)\b|^daar (?:wordt beschreven|is vastgelegd)\b|^in (?:het|de|dat|die) (?:[a-zà-ÿ-]+ )?[a-zà-ÿ-]*(?:verdrag|wet|jeugdwet|rapport|akkoord|hervormingsagenda|agenda|advies|landelijke [a-zà-ÿ]+)\b[^.]{0,40}\b(?:staat|staan|lees je|leest u|is vastgelegd)\b|^(?:het|dat|dit|de|deze) (?:[a-zà-ÿ-]+ )?(?:verdrag|wet|jeugdwet|rapport|akkoord|hervormingsagenda) (?:zegt|stelt|bepaalt|schrijft voor|beschrijft)\b/;
// not the verb right before "we": "Daarom vertellen we ouders …" is what we do
const REPORT_BEFORE_WE = /\b(?:zegt|zeggen|zei|zeiden|vertelt|vertellen|vertelde|vertelden|volgens|aldus|meldt|melden|schrijft)\s+(?!(?:we|wij)\b).{0,80}\b(?:we|wij)\b/;
/** The text describing itself: "De regiovisie geeft aan …", "Dit hoofdstuk beschrijft …". */
export const ABOUT_ITSELF =
  /^(?:(?:de|deze|dit|het) (?:regiovisie|visie|nota|document|plan|beleidskader|beleidsplan|hoofdstuk|paragraaf|rapport)\b|in (?:de|deze|dit|het) (?:regiovisie|visie|nota|document|plan|beleidskader|beleidsplan|hoofdstuk|paragraaf|rapport) (?:staat|staan|leest|lees|vindt|beschrijven|beschrijft)\b)/;
/** Verbs of expecting or obliging: "het Rijk verwacht dat gemeenten …", "regio's moeten …". */
const EXPECTS = /\b(?:verwacht|verwachten|vraagt|eist|eisen|verplicht|verplichten|verplichting|moet|moeten|dient|dienen|opgelegd)\b/;
/** The legal position of municipalities rather than something they do ("gemeenten zijn op grond van de Jeugdwet verantwoordelijk"). */
const LEGAL_STATUS =
  /\b(?:op grond van|krachtens|volgens|conform) (?:de |het )?(?:jeugdwet|wet|wetgeving|verdrag|ivrk|norm)|\b(?:wettelijk|wettelijke|verantwoordelijk)\b/;
/**
 * "Op de avonden noemden ouders …": the verb of saying before them, after a phrase in front (the
 * verb is second in the sentence, so only the start is tried; tried only for a passage with a verb
 * of reporting or in the past).
 */
export const FAMILY_SAYS_AFTER = new RegExp('^(?:\\S+\\s){1,16}?(?:zeiden|zeggen|vertelden|vertellen|noemden|noemen|vroegen|misten|gaven|wensten|hoopten)\\s(?:de\\s|veel\\s|sommige\\s)?(?:ouders|jongeren|kinderen|gezinnen|jeugdigen|deelnemers|pleegouders)\\b');
/** Parents or young people as the subject of a verb of saying, asking or wanting ("ouders vragen om", "jongeren gaven aan"). */
export const FAMILY_SAYS = new RegExp(
  // "Ouders willen zelf kiezen": a bare "willen" right after them ("ouders die dat willen, krijgen …" is no wish);
  // "het ouderplatform adviseert om …" is their advice, "adviseert de regio over het beleid" their role;
  // the councils and organisations that speak for clients speak like them, also under their name
  // ("Leden van de cliëntenraad willen …", "De Cliëntenraad Jeugd Oostland wil …")
  '^(?:(?:de|veel|sommige|alle|meer)\\s)?(?:ouders|jongeren|kinderen|gezinnen|jeugdigen|pleegouders)\\s(?:willen|wilden)\\b(?!\\s(?:we|wij)\\b)|' +
  '^(?:(?:de|alle|veel)\\s)?(?:leden van (?:de |het )?)?(?:cli[eë]ntenraad|cli[eë]ntenraden|cli[eë]ntenorganisaties|cli[eë]ntorganisaties|ouderraad|ouderraden|jongerenraad)(?:\\s\\S+){0,2}?\\s(?:willen|wil|wilden|(?:vindt|vond|vinden|vonden) dat|(?:is|was|zijn|waren) van mening dat|pleit|pleiten|pleitte|(?:vraagt|vroeg|vragen)(?: (?:de regio|het college|de colleges|de gemeenten?|ons))? om|(?:adviseert|adviseren|adviseerde)\\s(?:\\S+\\s){0,3}?(?:om|dat)|(?:beveelt|bevelen|beval|raadt|raden)\\s(?:\\S+\\s){0,3}?aan\\b)\\b|' +
  // an advisory body that asks ("Het (cliënten)platform vraagt om …", "De adviesraad vraagt de regio om …",
  // "… adviseert om …"), not one that gives advice or training, or asks young people along, as its role
  '^(?:het|de) (?:cli[eë]nten|jongeren|ouder)?(?:platform|adviesraad|panel)(?:\\s\\S+){0,3}?\\s(?:(?:vraagt|vroeg)(?: (?:de regio|het college|de colleges|de gemeenten?|ons))? om|(?:vraagt|vroeg)\\s(?!(?:de |alle )?(?:jongeren|ouders|kinderen|gezinnen)\\b)(?:\\S+\\s){1,4}?te\\s|(?:adviseert|adviseerde)\\s(?:\\S+\\s){0,3}?(?:om|dat)|(?:beveelt|beval|raadt|raadde)\\s(?:\\S+\\s){0,3}?aan\\b|pleit|pleitte|wil|wilde|wenst|wenste|(?:vindt|vond|vinden|vonden) dat|(?:is|was|zijn|waren) van mening dat)\\b|' +
  '\\b(?:ouders|jongeren|kinderen|gezinnen|jeugdigen|deelnemers|pleegouders|jongerenraad|ouderpanel|ouderplatform|cli[eë]ntenraad|cli[eë]ntenraden|cli[eë]ntenorganisaties|cli[eë]ntorganisaties|ouderraad|ouderraden)\\b(?:\\s\\S+){0,5}?\\s' +
    // (not an infinitive of purpose: "jongeren bellen andere jongeren om te vragen …")
    // ("Gezinnen kunnen vragen om …" is their right, arranged; "geven" says something only as "geven aan")
    '(?<!\\bte\\s)(?<!\\b(?:kunnen|mogen|kan|mag)\\s(?:\\S+\\s)?)(?:zeggen|zeiden|zegt|vertellen|vertelden|vertelt|vragen|vroegen|vraagt|wensen|wensten|wenst|missen|misten|mist|hopen|hoopten|hoopt|pleiten|(?:gaven|geven|geeft|gaf)(?=(?:\\s(?!advies\\b)\\S+){0,4}?\\saan\\b)|noemden|noemen|willen graag|wilden|zouden graag|hebben behoefte|hadden behoefte|(?:adviseren|adviseerden|adviseert)\\s(?:\\S+\\s){0,3}?(?:om|dat)|vonden|ervaren|ervoeren)\\b',
);
/** Parents or young people speaking in a clause about a meeting or a place: "een avond waarop ouders vertellen …", "een panel waarin jongeren zeggen …". */
const SPEAK_AT_OURS = /\b(?:waar|waarop|waarin|waarbij)\s(?:de\s|alle\s)?(?:ouders|jongeren|kinderen|gezinnen|jeugdigen|pleegouders)\b/;
/** Do parents or young people speak only at what we or the region hold (now, not told as the past)? */
function speaksAtOurs(text: string, mask: number, ours: boolean, quoted: boolean): boolean {
  return ours && !quoted && (mask & (CUE.PAST | CUE.FAMILY_WORD)) === CUE.FAMILY_WORD && SPEAK_AT_OURS.test(lower(text));
}
/**
 * After a label and a colon, a clause whose subject acts ("Goed nieuws voor ouders: de regio schaft
 * … af", "Geen vragenlijst: jongeren interviewen …"): a sentence, not the definition of the label.
 */
const ACTOR_ACTS =
  /^(?:de regio|de gemeente|de gemeenten|het college|de colleges|(?:alle |elke |iedere )?(?:jongeren|ouders|kinderen|gezinnen|hulpverleners|aanbieders|professionals|medewerkers|consulenten)) (?!die\b|dat\b|met\b|van\b|voor\b|in\b|op\b|en\b|of\b|uit\b|buiten\b|binnen\b|tussen\b|tegen\b|boven\b|achter\b|langs\b|zonder\b|onder\b|namens\b)[a-zà-ÿ]+(?:t|en)\b/;
/** A sentence that opens with parents or young people saying, asking or wanting something. */
export const SPEAKER_FIRST = new RegExp(
  '^(?:\\S+\\s){0,3}?(?:ouders|jongeren|kinderen|gezinnen|jeugdigen|deelnemers|pleegouders|leden van de jongerenraad|de jongerenraad|het ouderpanel)\\b(?:\\s\\S+){0,3}?\\s' +
    '(?<!\\bte\\s)(?<!\\b(?:kunnen|mogen|kan|mag)\\s(?:\\S+\\s)?)(?:(?:gaven|geven)(?:\\s\\S+){0,4}?\\saan(?=\\s*(?:dat|of|hoe|wat|welke|waar|wanneer|[,:;.]|$))|(?:merkten|merken)(?:\\s\\S+){0,2}?\\sop(?=\\s*(?:dat|[,:;.]|$))|zeiden|zeggen|vertelden|vertellen|vroegen|vragen om|wensen|wensten|misten|missen|hopen|hoopten|hebben het gevoel|hadden het gevoel|ervaren|ervoeren|noemden|pleiten|pleitten|gevraagd|verteld|gezegd)\\b',
);
/**
 * Pieces of the verbs of saying, asking or wanting of SPEAKER_FIRST, FAMILY_SAYS and FAMILY_SAYS_AFTER
 * (gaven, geven, geeft, gaf; vragen, vraagt, vroegen; het gevoel; willen, wilden; vindt, vonden; van
 * mening; …) and of WONDER ("vragen ons af"): the word bit WORD_BIT.FAMILY_VERB, which WONDER is tried
 * with (the three are tried with WORD_BIT2.SAYS_VERB, the same pieces without the noun "vraag"). It
 * also matches the text as written, in any case (the randomized proof reads it so): lower-casing
 * makes one of these letters only from its capital, from "İ" ("i̇", with a dot after the i, and no
 * piece ends in i) and from the Kelvin sign "K" (a k: hence [k\u212a]); /i without the u flag folds nothing else.
 */
export const FAMILY_VERB = /zeg|zeid|vertel|vra[ag]|vroeg|wens|mis[st]|hope|hoop|pleit|gave|gaf|geve|geef|gevoel|noem|wil|zouden graag|behoefte|advise|vond|vind|mening|ervare|ervoere|mer[k\u212a]|beveel|bevel|beval|raad[dt]|raden/i;
/** Every piece of wordBits, as one pattern (a word without any has no bit). */
const ANY_PIECE = new RegExp(
  [
    'onder', 'is', 'zijn', 'zouden', 'zien', '^m$', 'nu', 'praktijk', FAMILY_VERB.source,
    ...AGENDA_PIECES, ...ASPIRE_PIECES, ...PLACEHOLDER_PIECES, ...HABIT_EVERY_PIECES, ...HABIT_PERIOD_PIECES, ...LIMIT_PIECES,
    ...TIME_UNIT_PIECES, ...OFTEN_PIECES, ...LOOK_INTO_PIECES, ...GOES_ON_PIECES, ...STUDY_VERB_PIECES, ...STUDY_NOUN_PIECES, ...QUESTION_PIECES,
    ...OTHERS_VERB_PIECES, ...ITSELF_NOUN_PIECES, ...DOCUMENT_VERB_PIECES, ...SHORTFALL_PIECES, ...DECIDE_PIECES, ...DEFER_VERB_PIECES,
    ...IJLAGE_PIECES, ...GESPREK_PIECES, ...NIET_PIECES, ...EFFORT_PIECES, ...PERSON_PIECES, ...VALUE_PIECES, ...TOPIC_PIECES,
  ].join('|'),
);

/** Defining a word: glossary style. "dit betekent", "dat houdt in" draw a consequence, they define nothing. */
const DEFINE = /\b(?:(?<!\b(?:dit|dat|wat|hetgeen|het|dit ook|dat ook) )(?:betekent|houdt in)(?! (?:dit|dat|het|voor)\b)|verstaan (?:we|wij)|bedoelen (?:we|wij)|wordt bedoeld|staat voor|is de naam voor|noemen (?:we|wij) (?:dat|dit|het))\b/;
/**
 * "Een regiovisie is een plan waarin …", "Intervisie is een vorm van …": a definition (not what
 * there is, "Er is een team dat …", nor a region named, "De regio Eemland is een samenwerking van …",
 * nor what holds somewhere: "In Noordveld is het oordeel van ouders het vertrekpunt").
 */
const DEFINITION_START = /^(?!er (?:is|zijn) |(?:de |onze )?(?:regio|jeugdregio|gemeente|gemeenten)(?: [\w'-]+)? (?:is|zijn) |(?:in|bij|binnen|voor|op|vanuit|tijdens|na|met|daarbij|daarom|hierbij|daarnaast|voortaan|dan|ook) |(?:het|de) (?:vertrekpunt|uitgangspunt|basis|norm|regel|leidraad) )(?:een |de |het )?[\w'-]+(?: [\w'-]+)? (?:is|zijn) (?:een|het|de) [^,;]{0,60}?\b(?:waarin|waarbij|waarmee|die|dat|om|van)\b/;
/**
 * "is" or "zijn" in any case as the second, third or fourth word of the text as written (one
 * space between the words): without it DEFINITION_START cannot match the lower-cased text (no
 * other character lower-cases to one of these letters, and lower-casing changes no white space),
 * so most passages need no lower-cased copy for it. Anchored: tried at the start only. The words
 * are taken one at a time (lazily): the same texts match as with /^(?:\S+ ){1,3}(?:is|zijn) /, but
 * without first taking three words and then giving them back character by character.
 */
export const IS_OR_ZIJN = /^\S+ (?:\S+ ){0,2}?(?:[iI][sS]|[zZ][iI][jJ][nN]) /;
/**
 * Can IS_OR_ZIJN match? Its words hold no white space, so its "is" or "zijn" opens right after one
 * of the first three spaces of the text: an i or z there, in either case (a pattern tried on a
 * passage costs far more than these look-ups, its code cold between passages).
 */
export function mayBeIsOrZijn(text: string): boolean {
  let space = -1;
  for (let n = 0; n < 3; n++) {
    space = text.indexOf(' ', space + 1);
    if (space < 0) return false;
    const c = text.charCodeAt(space + 1) | 32;
    if (c === 105 || c === 122) return true;
  }
  return false;
}

/**
 * Can the lower-cased text open with d, h or i (DOCUMENT_SAYS and ABOUT_ITSELF open with such a
 * word)? Read from the first character as written: D, H, I, their lower case, or İ (the only other
 * character whose lower case starts with one of them: "i̇").
 */
function opensWithDHI(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 100 || c === 104 || c === 105 || c === 68 || c === 72 || c === 73 || c === 0x130;
}
/** The region's own principle. */
const PRINCIPLE =
  /\b(?:uitgangspunt|uitgangspunten|vertrekpunt|(?<!in )principe|principes|leidend|staat centraal|staan centraal|(?:we|wij) vinden|vinden (?:we|wij)|(?:we|wij) geloven|geloven (?:we|wij)|(?:we|wij) staan voor|kernwaarde|kernwaarden|beloven|belofte|(?:we|wij) kiezen|kiezen (?:we|wij)|voor ons)\b/;
/** A finite verb in the part before a colon: "Voor de regio geldt: …" is a sentence, not a term. */
/** A lead that addresses or speaks as a person ("Jij kunt ook aanschuiven:") is a clause, not a label. */
const HEAD_PERSON = /\b(?:jij|je|jou|jouw|u|we|wij|ik)\b/;
/**
 * A bare or numbered label that announces a decision, a proposal to decide or an agreement
 * ("Beslispunt 2:", "Besluit:", "Afspraak 3 –"): what follows is read as the sentence it is, not as
 * the definition of the label ("Voorstel van de jongerenraad:" names whose it is: not bare).
 */
const HEAD_DECISION = /^(?:beslispunt|beslispunten|besluit|besluiten|voorstel|afspraak|afspraken|actie|maatregel|toezegging)(?:\s+\d{1,2}[a-z]?\.?)?$/;
const HEAD_VERB =
  /\b(?:geldt|gelden|is|zijn|wordt|worden|heeft|hebben|krijgt|krijgen|staat|staan|komt|komen|zorgt|zorgen|biedt|bieden|blijft|blijven|kijkt|werkt|werken samen|gaat|maakt|doet|moet|moeten|kan|kunnen|zal|zullen|wil|willen|bestaat|bestaan|omvat|omvatten|we|wij)\b/;
const DATED_START = /^(?:vanaf|per|met ingang van|uiterlijk in|uiterlijk|eind|begin|in) (?:\S+ )?20[23]\d\b/;
/** A header cell naming who does it or when. */
export const OWNER_OR_DEADLINE_HEADER =
  /\b(?:trekker|eigenaar|verantwoordelijke?|wie|wanneer|gereed|klaar|planning|deadline|termijn|jaar|kwartaal|periode|tijdpad|uitvoerder|door|start|einddatum|datum|status)\b/;
/** A cell that leaves the owner or the date open. */
const OPEN_CELL = /^(?:pm|p\.m\.|tbd|nnb|n\.n\.b\.|nader te bepalen|te bepalen|nog te bepalen|volgt|\?|-|–|(?:\S+ )?nog te (?:kiezen|bepalen|vinden|selecteren|contracteren|werven))$/;
const DEADLINE_CELL = /\b(?:20[23]\d|q[1-4]|kwartaal|(?:voor|eind|begin|medio|uiterlijk)\s+20[23]\d|doorlopend|jaarlijks|structureel)\b/;

export const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|hoofdstuk \d+(?:\.\d{1,2})*|bijlage [a-z0-9]{1,3}\b|paragraaf \d+(?:\.\d{1,2})*|deel \d+)\s/i;
const TOC_LINE_END = /(?:\.{3,}|…)\s*\d{1,3}\s*$/;

/**
 * A contents list flattened into one run of text: many page or section numbers between short
 * titles ("Monitoring en verantwoording 13 13 16 18 Deel C: …", "5.3.1 Toegang … 5.3.2 …"), or
 * a long run of capitalised titles.
 */
const verbless = /\b(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|had|hadden|gaat|gaan|krijgt|krijgen|doet|doen|werkt|werken|maakt|maken|staat|staan|komt|komen|zorgt|zorgen|biedt|bieden|blijft|blijven|geldt|gelden|moet|moeten|kan|kunnen|zal|zullen|wil|willen|was|waren|hebt|heb|bestaat|bestaan|omvat|omvatten|ligt|liggen|valt|vallen|hoort|horen|neemt|nemen|zit|zitten)\b/;
const SENTENCE_END = /[.!?]["'’”)]?\s*$/;
const WE = /\b(?:we|wij)\b/i;
/** A common verb or "we": the text reads as a sentence, not as a run of titles. */
function hasVerb(text: string): boolean {
  return verbless.test(lower(text)) || WE.test(text);
}
/** Capitals and numbers at word starts (see wordStarts), packed as capitals * WORD_STARTS_SHIFT + numbers. */
const WORD_STARTS_SHIFT = 2 ** 26;

/** A capital (A–Z, À–Ý) at i. */
function isCapitalCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 221);
}

/** 1 if a page or section number of at most three digits (not a year) starts at i of text[.., end): "13", "5.3.1", "2."; else 0. */
function standaloneNumberAt(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const digits = j - i;
  while (j < end && ((text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) || text.charCodeAt(j) === 46)) j++;
  return digits <= 3 && (j === end || text.charCodeAt(j) === 32) ? 1 : 0;
}

/**
 * The word starts of the text (its start and each place after a space) that hold a capital, and
 * those that hold a number standing alone.
 */
export function wordStarts(text: string): number {
  let capitals = 0;
  let numbers = 0;
  // indexOf jumps from space to space; no pattern tried at every character
  const len = text.length;
  for (let i = 0; i < len; ) {
    const c = text.charCodeAt(i);
    if (isCapitalCode(c)) capitals++;
    else if (c >= 48 && c <= 57) numbers += standaloneNumberAt(text, i, len);
    const space = text.indexOf(' ', i);
    if (space < 0) break;
    i = space + 1;
  }
  return capitals * WORD_STARTS_SHIFT + numbers;
}

/**
 * wordStarts for a passage given by its span. A letter or digit after a space always starts a
 * word token, so the word starts that can count are the tokens' starts after a space (or at the
 * passage start); the one code in the capitals' range that is no letter, "×", can only be in a
 * gap between the tokens.
 */
export function wordStartsBetween(span: PassageSpan): number {
  const { text, starts, ends, from, to, start, end } = span;
  let capitals = 0;
  let numbers = 0;
  let pos = start;
  for (let k = from; k <= to; k++) {
    const gapEnd = k < to ? Math.min(starts[k]!, end) : end;
    for (let j = pos; j < gapEnd; j++) {
      if (text.charCodeAt(j) === 0xd7 && (j === start || text.charCodeAt(j - 1) === 32)) capitals++;
    }
    if (k === to) break;
    const s = starts[k]!;
    if (s >= end) break;
    if (s >= pos && (s === start || text.charCodeAt(s - 1) === 32)) {
      const c = text.charCodeAt(s);
      if (isCapitalCode(c)) capitals++;
      else if (c >= 48 && c <= 57) numbers += standaloneNumberAt(text, s, end);
    }
    pos = Math.max(pos, ends[k]!);
  }
  return capitals * WORD_STARTS_SHIFT + numbers;
}

export function looksLikeContents(text: string, words: number, span: PassageSpan | undefined, tableRow = false): boolean {
  if (words < 8) return false;
  // with too few capitals and numbers for any rule below, even by the tokens' upper bounds, nothing
  // is counted (most passages: the rules are read again below with the counts themselves)
  if (span?.capitals !== undefined && span.numbers !== undefined && !contentsRule(words, span.capitals, span.numbers)) return false;
  // one pass: words that start with a capital, and numbers standing alone ("13", "5.3.1", "2.")
  const counts = span !== undefined ? wordStartsBetween(span) : wordStarts(text);
  const capitals = Math.floor(counts / WORD_STARTS_SHIFT);
  const numbers = counts - capitals * WORD_STARTS_SHIFT;
  // a run of titles: most words capitalised, as chapter titles are ("Rol van Gemeente Wettelijke Aanleiding …")
  // (but not a sentence: a full stop after a common verb or "we"; "Met Aldeburg en Westervoort
  // zetten we de Ouderraad Jeugd en het Regionaal Expertteam in." is full of names, but a sentence)
  const numbered = numbers >= 3 && numbers >= 0.12 * words;
  const capitalised = words >= 12 && capitals >= 0.4 * words;
  // a long run of titles without a single verb ("Inleiding Wettelijke kaders Rol van de gemeente …");
  // a longer run needs fewer capitals, but then nothing of a sentence: no full stop at the end
  const manyCapitals = words >= 25 && capitals >= 0.3 * words;
  const someCapitals = words >= 40 && capitals >= 0.2 * words;
  // with too few capitals for any rule of titles, only the numbers count (most passages: the
  // sentence and verb tests below are then not read)
  // (a row of a table has capitals of its own, as cells start: only a page number in its last cell makes it a contents line)
  if (tableRow) return numbered && /\|\s*\d{1,3}\s*$/.test(text);
  if (!capitalised && !manyCapitals && !someCapitals) return numbered;
  const sentenceEnd = SENTENCE_END.test(text);
  const verb = hasVerb(text);
  if (sentenceEnd && verb) return numbered;
  if (capitalised) return true;
  if ((manyCapitals || (someCapitals && !sentenceEnd)) && !verb) return true;
  return numbered;
}

/**
 * Can a passage of this many words, with at most these word starts with a capital and with a
 * number, be a contents line by the rules of looksLikeContents (their thresholds; without one of
 * them it returns false)?
 */
function contentsRule(words: number, capitals: number, numbers: number): boolean {
  return (numbers >= 3 && numbers >= 0.12 * words) || (words >= 12 && capitals >= 0.4 * words) || (words >= 25 && capitals >= 0.3 * words) || (words >= 40 && capitals >= 0.2 * words);
}

/** A block that is a numbered title: "3.6 De match tussen gezin en hulpverlener", "Bijlage C – Rollen". */
export function isNumberedHeading(text: string, words: number): boolean {
  return words <= 16 && opensSectionNumber(text) && SECTION_NUMBER.test(text) && !endsInStop(text, false);
}

/**
 * A cheap first test for SECTION_NUMBER (asked of every short passage and paragraph): it opens with
 * a digit or with "hoofdstuk ", "bijlage ", "paragraaf " or "deel " in any case (see opensWith).
 */
export function opensSectionNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  switch (c | 32) {
    case 104:
      return opensWith(text, 'hoofdstuk ');
    case 98:
      return opensWith(text, 'bijlage ');
    case 112:
      return opensWith(text, 'paragraaf ');
    case 100:
      return opensWith(text, 'deel ');
    default:
      return false;
  }
}

/** Navigation text of a page ("Klik hier", "Download … (pdf)"): never evidence, not even of how hard a text reads. */
export function isNavigation(text: string, words: number): boolean {
  return (words <= 12 && NAVIGATION.test(text.toLowerCase())) || NAVIGATION_START.test(text);
}

/** A sentence that tells the reader where to click or what to download, however long. */
const NAVIGATION_START = /^(?:klik|download|lees (?:meer|verder)|ga naar|bekijk (?:de|het|hier))\b/i;

export const ACCORDING_TO_START = /^(?:volgens|aldus)\b/i;
/** Can ACCORDING_TO_START match? Its words open with vo or al (see opensWithPair). */
export function maySayWho(text: string): boolean {
  return opensWithPair(text, 118, 111) || opensWithPair(text, 97, 108);
}

/** A quotation mark that opens a quote: " “ ‘ ' „ (by char code). */
export function isOpeningQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 0x201e;
}

/**
 * A quote: it opens with a quotation mark (after white space), "Volgens …"/"Aldus …", a
 * quotation after a colon, or a closing quotation mark ’ ” " at the end (before white space).
 * By char code and indexOf: the patterns /^\s*["“‘'„]/, /:\s*["“‘'„]/ and /[’”"]\s*$/ were tried at every position of every passage.
 */
function isQuoted(text: string, gaps = -1): boolean {
  const quote = (gaps & GAP_QUOTE) !== 0;
  if (quote && isOpeningQuote(text.charCodeAt(skipSpaces(text, 0)))) return true;
  if (maySayWho(text) && ACCORDING_TO_START.test(text)) return true;
  // (the quotation marks looked for below never stand inside a word)
  if (!quote) return false;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (isOpeningQuote(text.charCodeAt(skipSpaces(text, colon + 1)))) return true;
  }
  const last = lastCode(text);
  return last === 0x2019 || last === 0x201d || last === 34;
}

/** "[", "p.m." or "P.M." anywhere (the "p.m." forms found from their dots: a passage has few). */
function hasPlaceholderMark(text: string): boolean {
  if (text.indexOf('[') >= 0) return true;
  for (let dot = text.indexOf('.', 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const before = text.charCodeAt(dot - 1);
    const after = text.charCodeAt(dot + 1);
    if (text.charCodeAt(dot + 2) === 46 && ((before === 112 && after === 109) || (before === 80 && after === 77))) return true;
  }
  return false;
}

/** ":", "–", "—" or " - " anywhere: a label or term before the rest (indexOf is faster here than a pattern or a loop per character). */
function hasLeadMark(text: string): boolean {
  return text.indexOf(':') >= 0 || text.indexOf('–') >= 0 || text.indexOf('—') >= 0 || text.indexOf(' - ') >= 0;
}

/**
 * hasLeadMark for a passage given by its span: such a mark is never part of a word token, so only
 * the gaps between the tokens are read, not the whole passage four times.
 */
export function leadMarkBetween(span: PassageSpan): boolean {
  if (span.gaps !== undefined && (span.gaps & (GAP_COLON | GAP_DASH)) === 0) return false;
  const { text, starts, ends, from, to, start, end } = span;
  let pos = start;
  for (let k = from; k <= to; k++) {
    const gapEnd = k < to ? Math.min(starts[k]!, end) : end;
    for (let j = pos; j < gapEnd; j++) {
      const c = text.charCodeAt(j);
      if (c === 58 || c === 0x2013 || c === 0x2014) return true;
      if (c === 45 && j > start && j + 1 < end && text.charCodeAt(j - 1) === 32 && text.charCodeAt(j + 1) === 32) return true;
    }
    if (k < to) pos = Math.max(pos, ends[k]!);
  }
  return false;
}

const GLOSSARY_ENTRY = /^[^:.!?–—]{2,60}(?::|\s[–—-])\s/;

/** The kinds that can carry `aanwezig`. */
export function isStrongKind(kind: PassageKind): boolean {
  return kind === 'commitment' || kind === 'arrangement' || kind === 'principle' || kind === 'action-row';
}

/**
 * The kinds a list's items take from their lead-in: whose voice it is and whether it is still open.
 * Not a problem or a hedge: "Om het probleem … op te lossen, doen we het volgende:" lists actions.
 */
const INHERITED: ReadonlySet<PassageKind> = new Set<PassageKind>(['reported', 'national', 'wish', 'study', 'placeholder', 'informed', 'ambition']);

const WEBSITE = /\bwebsite\b/i;
/** A website named, and not said to fall short: one that exists and shows what is arranged. */
function namedWorkingWebsite(text: string): boolean {
  return NAMED_WEBSITE.test(text) && !NOT_WORKING.test(lower(text));
}
/** A website that falls short: "is verouderd", "ouders klagen", "vinden er niet". */
const NOT_WORKING = /\b(?:verouderd|klagen|klaagt|niet|onvoldoende|onduidelijk|onvindbaar)\b/;
/**
 * A website by its name or address ("de website Jeugdwijzer Oostland", "de website jeugdhulpnoord.nl"),
 * or by whose it is ("de website van het Jeugdloket", "de website van uw gemeente"): one that exists, not this page.
 */
const NAMED_WEBSITE = /\bwebsite\s(?:van (?:het|de)\s)?(?:[A-Z][\p{L}-]+|[\w.-]+\.(?:nl|org|info|com|eu)\b)|\bwebsite van (?:de|uw|je|jouw) gemeente\b/u;
/** Can COLOPHON match? It is case-sensitive and opens with Va, Go or Aa. */
export function mayBeColophon(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return (first === 86 && second === 97) || (first === 71 && second === 111) || (first === 65 && second === 97);
}
export const COLOPHON = /^(?:Vastgesteld|Goedgekeurd|Aangenomen) (?:door|in|op)\b[^.]{0,160}\b(?:19|20)\d\d\.?$/;
/** Someone put a question: "stelde een raadslid de vraag hoe …". */
const QUESTION_PUT = /\b(?:stelde|stelden)\b(?:\s\S+){0,4}?\s(?:de|een|die) vraag\b/;
/** A habit: something that recurs, so it goes on (not a one-off event of the past). */
export function isHabit(text: string, bits = -1): boolean {
  // both parts of HABIT need a word (bits -1: not known, the pattern is tried)
  return (bits & WORD_BIT.HABIT_EVERY) !== 0 && (bits & WORD_BIT.HABIT_PERIOD) !== 0 && HABIT.test(lower(text));
}
/** A habit: how often (elk jaar, maandelijks, per kwartaal). */
export const HABIT = /\b(?:(?:elk|ieder|iedere|elke) (?:(?:twee|drie|vier|zes|acht|\d{1,2}) )?(?:jaar|jaren|maand|maanden|week|weken|kwartaal|halfjaar|half jaar)|jaarlijks|halfjaarlijks|maandelijks|wekelijks|per (?:jaar|maand|kwartaal|halfjaar|half jaar))\b/;
/** Is the study (matched at `m` in the lower-cased text) a habit: a word of repetition before its verb or within a few words after it? */
function studyIsHabit(text: string, m: RegExpExecArray, bits: number): boolean {
  const head = text.slice(0, m.index + m[0].length + 30);
  return isHabit(head, bits) || /\b(?:periodiek|regelmatig|structureel|elke|iedere)\b/.test(head);
}
/** A cheap first test for FRONTED_QUESTION: the text opens with a question word (not "we"). */
export const QUESTION_WORD_FIRST = /^(?:of|hoe|welke?|wat|wanneer|waar|wie|in hoeverre)\b/i;
/** QUESTION_WORD_FIRST.test(text), the pattern tried only when the text opens with the first two letters of one of its words. */
function questionWordFirst(text: string): boolean {
  return mayAskFirst(text) && QUESTION_WORD_FIRST.test(text);
}
/** Can QUESTION_WORD_FIRST match? Only when the text opens with one of its words (wat, wanneer and waar with "wa"). */
export function mayAskFirst(text: string): boolean {
  // by the first letter in either case (opensWith compares c | 32 too), then its words
  switch (text.charCodeAt(0) | 32) {
    case 111:
      return opensWith(text, 'of');
    case 104:
      return opensWith(text, 'hoe');
    case 119:
      return opensWith(text, 'wa') || opensWith(text, 'welk') || opensWith(text, 'wie');
    case 105:
      return opensWith(text, 'in hoeverre');
    default:
      return false;
  }
}
/**
 * Does the text open with two lower-case ASCII letters (given by char code), in either case?
 * A cheap first test for a pattern that is anchored at the start and opens with such letters: it
 * saves running the pattern at all for most passages. (An /i pattern without the u flag matches an
 * ASCII letter only with that letter in either case: no other character, such as "ı" or "K", folds
 * to one.) `| 32` turns A–Z into a–z and leaves a–z as they are; only those two codes give a
 * lower-case letter.
 */
function opensWithPair(text: string, a: number, b: number): boolean {
  return (text.charCodeAt(0) | 32) === a && (text.charCodeAt(1) | 32) === b;
}
/** Does the text open with `word` (lower-case ASCII letters and spaces), its letters in either case, a space as a space? (see opensWithPair) */
function opensWith(text: string, word: string): boolean {
  if (text.length < word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const w = word.charCodeAt(i);
    const c = text.charCodeAt(i);
    if (w === 32 ? c !== 32 : (c | 32) !== w) return false;
  }
  return true;
}
export const AGENDA_SAYS =
  /\b(?:wordt|worden|werd) (?:in|door) (?:de|het|dat|die) (?:[a-zà-ÿ-]+ )?(?:agenda|hervormingsagenda|rapport|verdrag|akkoord|advies|jeugdwet|wet|onderzoek) (?:\S+ )?(?:gewezen op|benadrukt|gesteld|genoemd|gevraagd)\b|^(?:ook )?(?:de|het|dat|die) (?!regionale |eigen )(?:[a-zà-ÿ-]+ )?(?:agenda|hervormingsagenda|rapport|akkoord|advies) (?:wijst|benadrukt|noemt|vraagt|stelt)\b/;
/**
 * "We onderzoeken een apart team voor …": what we look into is not decided ("bekijken" needs
 * of/hoe: "we bekijken samen wat nodig is" is an arrangement; "als we onderzoeken laten uitvoeren" a noun).
 */
export const WE_LOOK_INTO = /\b(?:we|wij) (?:onderzoeken|verkennen)\b(?! (?:laten|doen|uitvoeren|uitzetten)\b)|^(?:\S+\s){0,4}(?:onderzoeken|verkennen) (?:we|wij)\b/;
/** Does the passage end on "aandacht" (a cheap test for GETS_ATTENTION, without a pattern)? */
function endsOnAttention(text: string): boolean {
  return text.endsWith('aandacht.') || text.endsWith('aandacht') || text.endsWith('aandacht;');
}
/**
 * The region wants something, with "willen" as its only verb of intent: "We willen dat hulpverleners
 * meer van elkaar leren", "De regio wil ouders meer laten meepraten", also of a thing it names
 * ("Inspraak is een onderwerp waarover we met aanbieders in gesprek willen"). An ambition, not yet an
 * arrangement (a year, "daarom", the means, a habit, or a second clause that acts makes it one).
 */
const WANTS = /^(?:\S+\s){0,3}?(?:we|wij|de regio|de gemeenten|de (?:\S+ )?gemeenten|het college)\s(?:\S+\s){0,2}?(?:willen|wil)\b(?!\s(?:we|wij)\b)|^(?:\S+\s){1,4}?(?:willen|wil) (?:we|wij)\b|\b(?:is|zijn) (?:een|iets) (?:\S+\s){0,8}?(?:die|dat|wat|waar|waarover|waaraan|waarmee|waarop) (?:we|wij) (?:(?!(?:als|die|dat|wie|wat|ze|zij|ouders|iedereen|gezinnen|jongeren|kinderen)\b)\S+\s){0,6}?(?:willen|wil)\b/;
const NUMBER_WORD = new RegExp(String.raw`\b(?:\d+|${NUMBER_WORDS.join('|')})\b`, 'g');
/**
 * A number that counts who takes part: "de drie gemeenten", "de 4 gemeenten", "alle zeven colleges",
 * "de vijf Drentse gemeenten en zes aanbieders". It says who, not how much or by when.
 */
const MEMBER_COUNT = new RegExp(String.raw`\b(?:\d{1,2}|${NUMBER_WORDS.join('|')})\s(?:\S+\s)?(?:gemeenten|colleges|wethouders|regio's|aanbieders|partners|partijen|organisaties)\b`, 'g');
/** A cheap first test for MEMBER_COUNT: the words it counts, in any case as written. */
const MAY_COUNT_MEMBERS = /gemeenten|colleges|wethouders|regio's|aanbieders|partners|partijen|organisaties/i;
/**
 * The passage without the numbers that count who takes part, when every number in it is one of
 * those ("De vier gemeenten willen …" makes no want concrete); undefined when another number is there.
 */
function withoutMemberCounts(text: string): string | undefined {
  const l = lower(text);
  const members = l.match(MEMBER_COUNT)?.length ?? 0;
  if (members === 0 || members !== (l.match(NUMBER_WORD)?.length ?? 0)) return undefined;
  return l.replace(MEMBER_COUNT, (m) => m.replace(/^\S+\s/, ''));
}
/** Future or agreed: "we gaan", "zullen", "afgesproken", "uiterlijk", "vanaf". */
const WANT_ACTS = /\b(?:zullen|zal|gaan|gaat|afgesproken|spreken af|uiterlijk|vanaf|per \d)\b/;
/**
 * An effort without a plan: "We werken aan betere samenwerking" (not "werken samen aan", which
 * arranges working together), "De regio zet in op minder wachttijden" (not "we zetten een team in
 * op …", which deploys one), "We gaan ons inzetten voor …", "We gaan de samenwerking versterken".
 */
const EFFORT =
  /\b(?:werken|werkt|werkten)\s(?:(?!samen\b)\S+\s){0,4}?(?:verder\s)?aan\b|\bgaan (?:we |wij )?aan de slag\b|\b(?:zetten|zet)\s(?:(?:we|wij|de regio|de gemeenten|sterk|stevig|extra|vol|daarom|ook|vooral)\s){0,2}in op\b|\b(?:ons|zich)\s(?:\S+\s){0,2}?inzetten\b|\b(?:verbeteren|verbetert|versterken|versterkt|stimuleren|stimuleert|bevorderen|bevordert)\b|\bmeer aandacht (?:voor|besteden)\b/;
/**
 * What makes an ambition or an effort concrete: a number, the means ("door", "via", "met een",
 * "waarbij"), a habit (elk kwartaal, maandelijks), a consequence ("daarom", "zodat we"), what follows a
 * colon or semicolon, or a second clause that acts ("… en schaffen de tijdschrijfplicht af").
 */
const CONCRETE =
  /\d|\bzodat (?:we|wij)\b|\b(?:door|doordat|waarbij|via|namelijk|bijvoorbeeld|daarom|daarvoor|hiervoor|dus|uiterlijk|vanaf|afgesproken)\b|\bmet (?:een|één|twee|drie|extra|vaste?|maandelijkse|wekelijkse|jaarlijkse|elk|elke)\b|\b(?:structureel|twee keer per)\b|; |(?<!\bwil|\bwillen): (?!dat\b)|\ben (?:we|wij)\b|\ben (?!(?:ouders|jongeren|kinderen|gezinnen|professionals|aanbieders|gemeenten|scholen|hulpverleners|medewerkers|partners|instellingen|organisaties|verwijzers|huisartsen|wijkteams)\b)[a-zà-ÿ]+en (?:onze|ons|de|het|hun|een|die|dat|elk|elke|ieder|iedere|in|op|af|aan)\b/;
/**
 * Is this ambition or effort made concrete, in the sentence or by the next one? (`bits`: the word
 * bits of the passage `text` is taken from; its words are among the passage's, so they gate isHabit)
 */
function concrete(text: string, span: PassageSpan | undefined, bits: number): boolean {
  return CONCRETE.test(lower(text)) || isHabit(text, bits) || actedOnNext(span);
}
/**
 * A finite verb in the passage, as far as the cues or the most common verbs of plain Dutch tell
 * ("U hoeft …", "Hulpverleners komen …", "Geen gezin wacht …"); a noun phrase has none.
 */
const COMMON_FINITE =
  /\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|mag|mogen|hoeft|hoeven|komt|komen|krijgt|krijgen|staat|staan|weet|weten|doet|doen|helpt|helpen|kijkt|kijken|belt|bellen|praat|praten|wacht|wachten|hoort|horen|geeft|geven|vult|vullen|ziet|zien|vraagt|vragen|hebt|heb|ben|bent|beslissen|beslist|denken|denkt|lezen|leest|schrijven|schrijft|kiezen|kiest|blijven|blijft|gaan|gaat|begint|beginnen|duurt|duren|betalen|betaalt|leren|leert|spreken|spreekt|zoeken|zoekt)\b/;
function hasFiniteVerb(mask: number, text: string): boolean {
  return (mask & (CUE.INTENT_VERB | CUE.MODAL | CUE.PAST)) !== 0 || COMMON_FINITE.test(lower(text));
}
const YEAR_THEN_VERB =
  /^(?:in|begin|eind|medio|halverwege|tijdens)\s(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|het voorjaar van|het najaar van|de zomer van|de winter van)\s)?(?:19|20)\d\d\s([a-zà-ÿ]+)\s(\S+)/i;
const PRETERITE =
  /^(?:[a-zà-ÿ]{3,}(?:de|te)|was|waren|had|hadden|kwam|kwamen|ging|gingen|kreeg|kregen|zag|zagen|hield|hielden|bleek|bleken|deed|deden|gaf|gaven|nam|namen|vond|vonden|liep|liepen|begon|begonnen|schreef|schreven|las|lazen|sprak|spraken|werd|werden|stond|stonden|zocht|zochten|dacht|dachten|bracht|brachten|koos|kozen|sloot|sloten|trok|trokken)$/;
/** What follows a finite verb in second place: its subject (an article, a pronoun, a number, a name). */
const SUBJECT_START = /^(?:de|het|een|er|we|wij|ze|zij|hij|ik|u|je|jij|onze|ons|alle|elke|ieder|iedere|deze|dit|die|dat|veel|\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)$/;
/**
 * A year first and then a verb in the past tense, the finite verb second as Dutch puts it, with its
 * subject after it: "In 2021 draaide een proef …", "Eind 2023 spraken we met …". It tells what
 * happened, whatever the year ("In 2026 start …" is a plan). A past tense is a weak verb in -de or -te
 * (singular; the plural adds -n and is told from the present only by its stem, so it is left out) or
 * one of the common strong verbs; without a subject after it the word is an adjective of a timeline
 * line ("In 2026 eerste evaluatie …"). A sentence with a second year may plan as well ("…, en vanaf
 * 2026 krijgt elk gezin …"): left alone.
 */
export function yearThenPast(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  // (cheap first test: "In", "Begin", "Eind", "Medio", "Halverwege", "Tijdens", and a digit)
  if (first !== 105 && first !== 98 && first !== 101 && first !== 109 && first !== 104 && first !== 116) return false;
  if (!/\d/.test(text)) return false;
  const m = YEAR_THEN_VERB.exec(text);
  if (m === null || !PRETERITE.test(m[1]!.toLowerCase())) return false;
  const subject = m[2]!;
  if (!SUBJECT_START.test(subject.toLowerCase()) && !/^[A-ZÀ-Þ]/.test(subject)) return false;
  return (text.match(YEARS) ?? []).length === 1;
}
const YEARS = /\b(?:19|20)\d\d\b/g;
/**
 * "We horen" / "horen we" followed by a question of how or whether ("… en horen we hoe het ging") is
 * asking, not an observation, when no other word of the passage marks one ("We horen van ouders wat
 * er misgaat" reports what is wrong: an observation; as a habit, "horen we wat er beter kan" asks).
 */
const HEARS_HOW = /\b(?:(?:we|wij) horen|horen (?:we|wij))\b((?:\s(?!dat\b)[^\s,;:]+){0,4}?\s(?:hoe|of)\b)/;
/** The same with "wat" or "welke", asked as a habit ("Elk half jaar … horen we wat er beter kan"). */
const HEARS_WHAT = /\b(?:(?:we|wij) horen|horen (?:we|wij))\b((?:\s(?!dat\b)[^\s,;:]+){0,4}?\s(?:hoe|of|wat|welke)\b)/;
function hearsHowOnly(text: string): boolean {
  const l = lower(text);
  if (!l.includes('horen')) return false;
  const m = HEARS_HOW.exec(l) ?? (isHabit(text) ? HEARS_WHAT.exec(l) : null);
  return m !== null && !hasCue(l.slice(0, m.index) + ' ' + m[1]! + l.slice(m.index + m[0].length), CUE.OPEN);
}
/**
 * Does the text open with the first two letters of "in", "bij", "buiten", "steeds", "alsmaar" or
 * "los", in any case: a cheap first test for ELSEWHERE_OR_TREND (most passages open with "In", "De",
 * "We"…; one letter let through every "In 2026 …" and "Bij …", two let through far fewer).
 */
export function mayBeElsewhereOrTrend(text: string): boolean {
  const a = text.charCodeAt(0) | 32;
  const b = text.charCodeAt(1) | 32;
  return (a === 105 && b === 110) || (a === 98 && (b === 105 || b === 117)) || (a === 115 && b === 116) || (a === 97 && b === 108) || (a === 108 && b === 111);
}
/**
 * Another region or municipality's practice, a trend, or what is said to lie outside youth care: "In de
 * buurregio werken ze al met …", "Steeds meer kinderen krijgen …", "Los van de jeugdhulp zet de gemeente
 * toezicht in op het plein …". None is this region's own plan for its youth care; with "we" the first
 * two are the region's own ("In de buurregio's kopen we samen in", "Steeds vaker zetten we … in").
 */
const OUTSIDE_YOUTH_CARE = /^(?:los van|buiten) de jeugd(?:hulp|zorg)\b/;
export const ELSEWHERE_OR_TREND = /^(?:los van|buiten) de jeugd(?:hulp|zorg)\b|^(?:in|bij)\s(?:de\s|een\s)?(?:buurregio|buurregio's|buurgemeente|buurgemeenten|andere regio|andere regio's|andere gemeenten|omliggende regio's|omliggende gemeenten)\b|^(?:steeds|alsmaar|almaar)\s(?:meer|minder|vaker|langer|jongere)\b/;
/** Ends with one full stop (not "…" or "..."). */
function endsWithFullStop(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('.') && !t.endsWith('..');
}
/** A pointer to another part of the text: "In hoofdstuk 5 leest u hoe we …", "Zie bijlage 2 voor …". */
const FORWARD_REF = /\b(?:in|zie|volgens) (?:hoofdstuk|paragraaf|bijlage|deel|het volgende hoofdstuk|de volgende paragraaf|dit hoofdstuk|deze paragraaf|deze bijlage)\b(?:\s\S+){0,2}?\s(?:leest u|lees je|leest|staat|staan|beschrijven|beschrijft|gaan we|komen we|werken we)\b|\b(?:hoofdstuk|paragraaf|bijlage) \S+ (?:beschrijft|gaat over|gaat in op|bevat|behandelt|geeft)\b/;
/** A time limit: "binnen zes weken", "uiterlijk na tien werkdagen", "niet langer dan vier weken". */
export const TIME_LIMIT = /\b(?:binnen|uiterlijk|hoogstens|maximaal|niet langer dan)\s(?:\S+\s){0,2}?(?:dagen|werkdagen|weken|maanden|week|maand)\b/;
/** "valt onder", "vallen onder": a classification. */
const FALLS_UNDER = /\b(?:vallen|valt|viel|vielen) (?:\S+ )?onder\b/;
/**
 * " onder " in any case as written: the lower-cased text has " onder " exactly when the text has
 * this (no other character lower-cases to o, n, d, e, r or a space). Read on the text as written,
 * so that a passage that needs no other pattern is not lower-cased for this test alone.
 */
export const ONDER_CASED = / [oO][nN][dD][eE][rR] /;
/** Advice to regions in general: "Regio's doen er goed aan om …", "Wij adviseren gemeenten …". */
const ADVICE = /\b(?:doen|doet) er (?:goed|verstandig) aan\b|\bhet is (?:goed|verstandig|raadzaam) (?:als|dat|wanneer) (?:regio's|regio’s|gemeenten)\b|\b(?:wij |we )?(?:adviseren|raden) (?:we |wij )?(?:regio's|gemeenten|elke regio|iedere regio)\b|\b(?:regio's|gemeenten) (?:wordt|worden) (?:aangeraden|geadviseerd)\b/;
/** The next sentence of the block says what is done about it: "… Daarom komt de hulp naar u toe.", "Dat regelen we door …". */
const THEREFORE_NEXT = /^\s*(?:daarom|dus|daarvoor|hiervoor|zo|zodoende|concreet|vanaf|uiterlijk|in 20\d\d|(?:dat|dit) (?:regelen|doen|bereiken|betekent|organiseren|gaan)|(?:we|wij) (?:doen|regelen|organiseren) (?:dat|dit))\b/i;
function actedOnNext(span: PassageSpan | undefined): boolean {
  return span !== undefined && THEREFORE_NEXT.test(span.text.slice(span.end, span.end + 16));
}
/** An answer that is no promise: "Dan kunnen ouders nergens terecht", "Dan stopt die vaak zonder overleg". */
/** Nobody, nowhere, never: with it an answer or a sentence to the reader complains. */
const NOBODY = /\b(?:niemand|nergens|nooit|geen idee)\b/;
/** "hoeft niet", "hoeven geen": what one need not do is a promise. */
const NEED_NOT = /\b(?:hoeft|hoeven|hoef)\b/;
const ANSWER_NOT_PROMISE = /\b(?:niemand|nergens|niets|geen|vaak|soms|meestal|nu)\b/;
/** "Wie …, kan/mag/krijgt …": an arrangement for whoever it concerns. */
const WHOEVER = /^Wie\b[^,.?]{3,140},\s*(?:kan|kunnen|mag|mogen|krijgt|hoeft|heeft)\b/;
/** How often something happens: a description, not an arrangement ("zo vaak als nodig" is a promise). */
export const OFTEN = /\b(?<!zo )(?:vaak|soms|meestal|doorgaans|dikwijls|zelden)\b/;
/** A cheap first test for EFFORT: one of its words is in the lower-cased text. */
function mayBeEffort(t: string): boolean {
  return t.includes(' aan') || t.includes(' in op') || t.includes('inzetten') || t.includes('verbeter') || t.includes('versterk') || t.includes('stimule') || t.includes('bevorder');
}

/** A subordinate clause up to its comma ("Omdat gezinnen soms wachten, …", "Gezinnen die vaak …, krijgen"). */
const SUBCLAUSE = /\b(?:als|omdat|wanneer|zodra|indien|die|dat|waar|waarbij|waarin|terwijl)\b[^,;:]*,/g;
/** The main clause of the last part: after the last "; " or ": ", without subordinate clauses. */
function mainClause(text: string): string {
  const at = Math.max(text.lastIndexOf('; '), text.lastIndexOf(': '));
  return (at < 0 ? text : text.slice(at + 2)).replace(SUBCLAUSE, ',');
}
/** A cheap first test for LEFT_OPEN, by index (a pattern here was tried on every passage): ", is|zijn|blijft|blijven …". */
function mayBeLeftOpen(text: string): boolean {
  for (let i = text.indexOf(', '); i >= 0; i = text.indexOf(', ', i + 2)) {
    if (text.startsWith('is ', i + 2) || text.startsWith('zijn ', i + 2) || text.startsWith('blijft ', i + 2) || text.startsWith('blijven ', i + 2)) return true;
  }
  return false;
}
/** "ook als", "zelfs als", "ook al": a concession, which grants what may be open or missing. */
const CONCESSION = /,\s(?:ook|zelfs) (?:als|wanneer|al)\b/;
/** "vaak niet", "meestal niet", "soms niet", "nu niet" (not "nu niet meer": an improvement), "veel ouders … niet": how things often are not. */
const OFTEN_NOT = /\b(?:vaak|meestal|soms|regelmatig) (?:\S+ ){0,2}?niet\b|\bnu (?:\S+ ){0,2}?niet\b(?! meer)|^veel (?:ouders|jongeren|gezinnen|kinderen|jeugdigen|professionals|hulpverleners|aanbieders)\b[^,;:]{0,60}\bniet\b/;
/** Cheap test for NOW_IS: the text opens with "Nu", "Op dit moment" or "Momenteel". */
const NOW_FIRST = /^(?:Nu|Op dit moment|Momenteel) /;
/** "Nu moeten gezinnen opnieuw aansluiten", "Op dit moment wachten kinderen …": how it is now, before the plan. */
const NOW_IS = /^(?:nu|op dit moment|momenteel) (?:moeten|moet|wachten|wacht|is|zijn|hebben|heeft|lopen|loopt|weten|weet|komen|komt|krijgen|krijgt|kunnen|kan)\b/;
/** Nobody who does it, people who dare not, lose track or do not know where to go: a shortfall described (see describesShortfall). */
export const SHORTFALL =
  /^er is (?:nu |nog |op dit moment |momenteel )?niemand die\b|^niemand (?!(?:[^\s,;:]+ ){0,3}?(?:anders|behalve|buiten)\b)(?:[^\s,;:]+ ){0,4}?heeft (?:[^\s,;:]+ ){0,2}?(?:bevoegdheid|mandaat|overzicht|regie|zicht|verantwoordelijkheid)\b(?! om alleen\b)(?![^.;:]{0,60}\bdan\b)|\b(?:hebben|heeft) (?:[^\s,;:]+ ){0,4}?geen (?:keus|keuze)\b(?! gemaakt\b)(?! te maken\b)|\bzonder dat (?:er )?iemand (?:\S+ ){0,3}?(?:het overzicht|de regie|verantwoordelijk|ingrijpt|doorpakt|helpt|iets doet|actie onderneemt)\b|\b(?:durven|durft) (?:\S+ )?niet\b|\b(?:raken|raakt) (?:\S+ ){0,4}?kwijt\b|^(?:\S+ ){1,3}(?:weten|weet) (?:(?:vaak|nog|nu|dan|ook) )*niet (?:goed )?(?:waar|wie|tot wie|bij wie|hoe|wat|of|welke|wanneer)\b/;
/** What the text will do about it ("daarom", "vanaf 2026", "gaan we"), not "als het niet goed gaat". */
const PLANS_AFTER = /\b(?:zullen|zal|vanaf|voortaan|straks|daarom|gaan (?:we|wij)|(?:we|wij) gaan)\b/;
/** "Zo raakt geen gezin het overzicht kwijt", "Jongeren raken hun hulpverlener niet kwijt": nobody loses it, a promise. */
const NONE_LOST = /\b(?:geen|niemand|nooit|niet meer)\b[^.;:]{0,40}\bkwijt\b|\bniet kwijt\b/;
/** "Het komt voor dat …", "Het gebeurt nog te vaak dat …": what happens, a shortfall. */
const IT_HAPPENS = /^het (?:komt|gebeurt) (?:nog |ook |soms |regelmatig |geregeld |te |vaak )*(?:voor )?dat\b/;
/** The present state: "huidige", "nu", "momenteel", "op dit moment". */
const NOW_STATE = /\b(?:huidige|nu|momenteel|op dit moment|op het moment)\b/;
/** A future or an intent: the sentence plans, whatever it says about now. */
const PLANS = /\b(?:gaan|gaat|zullen|zal|willen|wil|moet|moeten|vanaf|voortaan|straks|daarom)\b/;
/**
 * A shortfall described, not a plan: what often does not happen (not in our own "we" voice,
 * where "niet vaak" can be a promise), or the present state named a problem before a colon
 * ("De huidige samenwerking is versnipperd: …"), with nothing that plans.
 */
function describesShortfall(mask: number, text: string, we: boolean, bits: number): boolean {
  // (cheap first tests: the opening letter, and in the lower-cased text "niet", which every OFTEN_NOT needs)
  const first = text.charCodeAt(0);
  if ((first === 72 || first === 104) && text.startsWith('et ', 1) && IT_HAPPENS.test(lower(text))) return true;
  // (by its first two letters: "Nu", "Op", "Mo")
  const second = text.charCodeAt(1);
  if (((first === 78 && second === 117) || (first === 79 && second === 112) || (first === 77 && second === 111)) && NOW_FIRST.test(text) && NOW_IS.test(lower(text))) return true;
  if (!we) {
    // (lower-cased only when a test needs it: most passages have neither "niet" nor a shortfall word)
    const l = (bits & (WORD_BIT.NIET | WORD_BIT.SHORTFALL_WORD)) !== 0 ? lower(text) : '';
    if ((bits & WORD_BIT.NIET) !== 0 && l.includes('niet') && ((mask & CUE.HEDGE_WORD) !== 0 || l.startsWith('veel ') || l.includes('nu ') || l.includes('regelmatig')) && OFTEN_NOT.test(l) && !PLANS.test(l)) return true;
    // "Er is nu niemand die nagaat …", "… zonder dat iemand het overzicht houdt", "Jongeren durven niet aan de bel te trekken", "Ouders raken
    // het overzicht kwijt", "Ouders weten niet tot wie ze zich kunnen wenden" (in the main clause:
    // "Ouders die niet weten waar ze terechtkunnen, bellen …" is arranged)
    if ((bits & WORD_BIT.SHORTFALL_WORD) !== 0 && SHORTFALL.test(l) && !PLANS_AFTER.test(l) && !NONE_LOST.test(l)) return true;
  }
  if ((mask & CUE.PROBLEM) === 0) return false;
  const colon = text.indexOf(': ');
  if (colon < 0) return false;
  const head = lower(text.slice(0, colon));
  if (!NOW_STATE.test(head) || PLANS.test(lower(text))) return false;
  return hasCue(head, CUE.PROBLEM);
}
/** The people who are not yet helped: "kind dat nog niet", "gezinnen die (na aanmelding) nog niet", "wie nog niet" (nothing else between: "ouders die hulp zoeken weten nog niet" is open). */
const NOT_YET_WHO = /\b(?:kind|kinderen|gezin|gezinnen|jongere|jongeren|ouders|jeugdigen) (?:die|dat)(?: (?:na|sinds|bij|voor|in|op) \S+)? nog niet\b|\bwie nog niet\b/;
/**
 * How many wait, in a clause that someone keeps, publishes or passes on ("houden bij hoeveel jongeren zijn
 * aangemeld maar nog niet gestart", "zetten we op de website hoe lang …"), where nobody says it is unknown
 * (not fronted: "Hoe lang kinderen nog niet geholpen worden, verschilt per aanbieder" describes).
 */
const COUNTED_NOT_YET =
  /\b(?:bij|door|publiceren|publiceert|melden|meldt|rapporteren|rapporteert|registreren|registreert|monitoren|monitort|volgen|volgt|tonen|toont|zien|zetten|zet|delen|deelt)\s(?:(?!niet\b|nergens\b|geen\b|nooit\b)\S+\s){0,8}?(?:hoeveel|hoe lang)\s[^,;:.?]{0,60}?\bnog niet\b/;
/** Someone says the count is not known or not shown ("Niemand weet hoeveel …", "… is onbekend"): then it stays a shortfall. */
const UNKNOWN = /\b(?:niemand|nergens|onbekend|onduidelijk|geen zicht|geen idee|niet bekend|weten (?:we |wij )?(?:nog )?niet|weet (?:nog )?niet)\b/;
/** A clause of time or condition put in front, up to its comma: "Zolang …,", "Totdat …,", "Ook als …,". */
const OPEN_FRONT = /^(?:zolang|totdat|tot|ook als|zelfs als|ook wanneer)\b[^,;:]{3,120},/;
/**
 * The cue (CUE.OPEN, CUE.PAST) stands only in a clause that does not carry the sentence, not in the
 * rest of the lower-cased text: a concession after a comma ("Het team zet meteen hulp in, ook als
 * de financiering nog niet rond is"), a clause of time put in front ("Zolang de hulp nog niet
 * begonnen is, belt …") or, for an open point, who waits ("gezinnen die nog niet gestart zijn") or how
 * many wait, counted ("We houden bij hoeveel jongeren nog niet gestart zijn"; not "Niemand weet hoeveel …").
 * The rest is read for the cue again, here only, where such a clause was found.
 */
function cueOnlyInSubclause(text: string, cue: number): boolean {
  const front = OPEN_FRONT.exec(text);
  const m = front === null ? CONCESSION.exec(text) : null;
  const waiting = front === null && m === null && cue === CUE.OPEN ? (NOT_YET_WHO.exec(text) ?? (UNKNOWN.test(text) ? null : COUNTED_NOT_YET.exec(text))) : null;
  // how it went, asked or learnt from at the end ("… om te leren van wat goed en fout ging")
  const told = front === null && m === null && cue === CUE.PAST ? HOW_IT_WENT.exec(text) : null;
  if (front === null && m === null && waiting === null && told === null) return false;
  const rest =
    front !== null
      ? text.slice(front[0].length)
      : m !== null
        ? text.slice(0, m.index)
        : told !== null
          ? text.slice(0, told.index)
          : text.slice(0, waiting!.index) + text.slice(waiting!.index + waiting![0].length);
  return !hasCue(rest, cue);
}
/** A cheap first test for cueOnlyInSubclause's clauses (read on every past-tense passage). */
function mayHaveSubclause(text: string): boolean {
  return text.includes(', ook ') || text.includes(', zelfs ') || /^(?:Zolang|Totdat|Tot|Ook|Zelfs) /.test(text) || text.includes(' ging') || text.includes(' liep') || text.includes(' gegaan') || text.includes(' gelopen') || text.includes('misging') || text.includes('misliep');
}
/** The last clause says how something went: "van wat goed en fout ging", "hoe de hulp is gelopen", "wat er misliep". */
// (up to 40 characters after the verb: "… hoe het ging met hun begeleiding bij de aanbieder")
const HOW_IT_WENT = /\b(?:wat|hoe|of|welke|waarom)\b[^,;:]{0,60}?\b(?:ging|gingen|gegaan|liep|liepen|gelopen|misliep|misging)\b[^,;:]{0,40}$/;
/**
 * The past tense stands only in a clause that says how something went ("We gaan met jongeren in
 * gesprek en horen hoe het ging met hun begeleiding"): the sentence itself is no past event.
 */
export function pastOnlyInSubclause(text: string): boolean {
  return mayHaveSubclause(text) && cueOnlyInSubclause(lower(text), CUE.PAST);
}
/** Does a word of the lower-cased text, or a pair of words, carry the cue? (Read again only on rare paths.) */
function hasCue(text: string, cue: number): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '') continue;
    if ((wordCues(w) & cue) !== 0) return true;
    const pairs = bigramsAfter(w);
    if (pairs !== undefined && ((pairs.get(words[i + 1] ?? '') ?? 0) & cue) !== 0) return true;
  }
  return false;
}
/** "…; of en hoe gemeenten dat doen, is aan de gemeenteraden": left open, to others. */
const LEFT_OPEN =
  /(?:^|[;:]\s*)(?:of|hoe|of en hoe|wanneer|welke|wat)\b[^;]{3,160},\s*(?:is|zijn|blijft|blijven) (?:aan (?:de|het|elke|iedere|ieder) (?:afzonderlijke |eigen )?(?:gemeenteraad|gemeenteraden|raad|raden|college|colleges|gemeente|gemeenten|rijk)|nog open|nog niet|open)\b/;
/** "nog nauwelijks", "nog te weinig", "nog onvoldoende", "nog steeds niet": what hardly happens yet. */
export const STILL_HARDLY = /\bnog (?:steeds |altijd )?(?:nauwelijks|te weinig|onvoldoende|amper|zelden)\b|\bnog (?:steeds|altijd) niet\b/;
/** A clause of reason, time or condition, or one after that acts: STILL_HARDLY then says why or when, not what is. */
const HARDLY_YET_CLAUSE = /\b(?:omdat|zolang|als|wanneer|zodra|indien|die|wie)\b|^(?:is|zijn|wordt|worden|komt|komen|heeft|hebben)\b|, (?:dan|dus|daarom|daarvoor|zodat)\b/;
/** A cheap first test for NEVER_A_REASON ("reden"), in any case as written. */
export const REDEN_ANY_CASE = /reden/iu;
/** "… is (voor ons) nooit een reden om …", "… mag geen reden zijn om …", "… vormt geen reden voor …": a rule. */
export const NEVER_A_REASON = /\b(?:is|zijn|vormt|vormen)\s(?:(?:voor ons|voor de regio|daarbij|dus|ook)\s)?(?:nooit|geen)\s(?:een\s)?(?:geldige\s)?reden\s(?:om|voor|tot)\b|\b(?:mag|mogen)\s(?:nooit|geen)\s(?:een\s)?reden\s(?:zijn|worden)\s(?:om|voor)\b/;
/**
 * Now, in practice or still, the supply (aanbod, budget, what happens to be there) and then "in
 * plaats van wat", "en niet wat", "niet de vraag": what happens set against what is needed. Not the
 * other way round ("… kijkt naar wat het gezin nodig heeft, niet naar wat er beschikbaar is" is how
 * the region works), not "vanaf nu", not "in de praktijk betekent dit".
 */
export const NOW_INSTEAD =
  /(?<!\bvanaf )\b(?:nu|in de praktijk|nog steeds|nog altijd)\b(?! betekent)[^;:]{0,120}?\b(?:aanbod|budget|geld|beschikbaar|voorhanden|toevallig|wat er is)\b[^;:]{0,60}?\b(?:in plaats van|en niet|niet)\s(?:naar\s)?(?:wat|de vraag|de behoefte)\b/;
/** A moment in every case of help: "na het tweede gesprek", "bij elke evaluatie", "aan het einde van elk traject" (not "bij de evaluatie in 2027": once). */
const AT_EACH_MOMENT =
  /\b(?:na|bij|tijdens|in) (?:(?:elk|elke|ieder|iedere) (?:gesprek|intakegesprek|evaluatie|tussenevaluatie|evaluatiegesprek|hulpplangesprek|bespreking|herindicatie|contactmoment|verlenging|heronderzoek)|het (?:eerste|tweede|derde|vierde|vijfde|laatste) (?:gesprek|evaluatiegesprek|hulpplangesprek|contactmoment))\b|\baan het (?:einde?|begin) van (?:elk|elke|ieder|iedere) (?:traject|hulptraject|behandeling)\b/;
/**
 * A question put in front, then who will look into it: "Of ouders vaker zelf kiezen, bekijken we
 * in 2026", "Hoe het geld wordt verdeeld, werken de colleges later uit". Still open: a study. So is a
 * question said to be one: "Of …, is een vraag die later aan de orde komt", "Of …, wordt in 2027
 * besloten", "Of …, leggen we in 2026 aan de colleges voor" (only after "Of": "Welke hulp nodig is, wordt met het gezin bepaald" is an arrangement;
 * "Of het nu … of …" is no question).
 */
const FRONTED_QUESTION =
  /^(?:of|hoe|welke|wat|wanneer|waar|wie|in hoeverre)\b[^;]{3,160}?,\s*(?:bekijken|bekijkt|onderzoeken|onderzoekt|verkennen|verkent|zoeken|zoekt|werken|werkt|kijken|kijkt)\s(?:we|wij|de regio|de gemeenten|het college|de colleges|de stuurgroep)\b|^of\b(?!(?:\s\S+){1,3}\snu\b)[^;]{3,160}?,\s*(?:(?:is|blijft) (?:nog )?(?:een (?:open )?vraag|onduidelijk|onzeker|open|niet (?:bekend|duidelijk|besloten|zeker)|(?:een )?onderwerp van (?:gesprek|overleg|discussie|onderzoek)|in bespreking)|komt\b(?:\s\S+){0,6}?\saan de orde|(?:wordt|worden)\s(?:\S+\s){0,3}?(?:later|nog|pas|in (?:20\d\d|het (?:voorjaar|najaar))|volgend jaar|te zijner tijd)\b(?:\s\S+){0,4}?\s(?:besloten|bepaald|bekeken|besproken|onderzocht|afgewogen)|(?:bespreken|bespreekt|besluiten|besluit|beslissen|beslist|bepalen|bepaalt)\s(?:we|wij|de regio|de gemeenten|het college|de colleges|de raad|de raden|de gemeenteraden|de stuurgroep)\b(?!\s(?:altijd|steeds|telkens|samen met|met het gezin|met de jongere|met ouders)\b)|(?:leggen|legt)\s(?:we|wij|de regio|de gemeenten|het college|de colleges|de stuurgroep)\b(?!\s(?:altijd|steeds|telkens)\b)(?:\s(?!(?:met|aan) (?:de )?(?:ouders|het gezin|de jongere)\b)\S+){0,8}?\svoor(?:\saan\s(?:de|het)(?:\s[^\s.;!?]+){1,4})?(?=\s*[.;!?]|\s*$))|^(?:hoe|welke|wat|wanneer|waar|wie|in hoeverre)\b[^;]{3,160}?,\s*(?:is|blijft) (?:nog )?(?:een )?(?:open vraag|vraag die (?:nog|later))\b/;
/**
 * " af" before a space, colon or the end, and "nog", in any case as written: gates for WONDER and
 * STILL_TO_AGREE, tried after the word bits (a verb of asking and a question word; the placeholder
 * pieces, "nog" among them).
 */
export const AF_ANY_CASE = / [aA][fF](?![a-zA-Zà-ÿÀ-ß])/;
/**
 * AF_ANY_CASE.test(text), read from the spaces with indexOf: the pattern, tried at every position,
 * cost about a microsecond per passage in the analyzer's loop (its code gone cold between passages).
 */
export function hasAfAnyCase(text: string): boolean {
  for (let i = text.indexOf(' '); i >= 0 && i + 2 < text.length; i = text.indexOf(' ', i + 1)) {
    // (c | 32 is 97 only for "a" and "A", 102 only for "f" and "F")
    if ((text.charCodeAt(i + 1) | 32) !== 97 || (text.charCodeAt(i + 2) | 32) !== 102) continue;
    // not followed by a letter a–z, A–Z or À–ÿ (U+00C0–U+00FF); the end of the text is no letter
    const c = text.charCodeAt(i + 3);
    if ((c >= 0xc0 && c <= 0xff) || ((c | 32) >= 97 && (c | 32) <= 122)) continue;
    return true;
  }
  return false;
}
export const NOG_ANY_CASE = /[nN][oO][gG]/;
/**
 * We or the region wondering: "We vragen ons af hoe …", "We vragen ons af: hoe …", "De regio vraagt
 * zich af welke …", "Hoe we …, vragen we ons nog af". (Parents or providers who wonder say what they
 * miss: their wish or view, read elsewhere.)
 */
export const WONDER =
  /\b(?:vragen|vroegen)\s(?:(?:we|wij)\s)?(?:ons|onszelf)\s(?:\S+\s){0,3}?af:?\s(?:of|hoe|welke|wat|wie|waar|wanneer|in hoeverre)\b|\b(?:de regio|de gemeenten|het college|de colleges)\s(?:vraagt|vragen|vroeg|vroegen)\s(?:zich|zichzelf)\s(?:\S+\s){0,3}?af:?\s(?:of|hoe|welke|wat|wie|waar|wanneer|in hoeverre)\b|^(?:hoe|of|welke|wat|wie|waar|wanneer|in hoeverre)\b[^.;:]*,\s(?:vragen|vroegen)\s(?:we|wij)\s(?:ons|onszelf)\s(?:\S+\s){0,2}?af\b/;
/**
 * Still to be agreed or decided: "moeten nog (nadere) afspraken worden gemaakt", "Daarover moeten we
 * nog afspraken maken", "moet nog worden besloten", "moeten nog verder worden uitgewerkt", "Nog moeten
 * er afspraken worden gemaakt". Not "moeten nog te lang wachten" (no decision) and not "dit moet nog
 * worden vastgelegd in het contract" (what was agreed, on paper later).
 */
export const STILL_TO_AGREE =
  /\bnog\sgeen\s(?:(?:regionale|nadere|concrete|duidelijke|vaste)\s)?(?:afspraken|besluiten|besluit)\b|\b(?:moeten|moet)\s(?:[^\s,;:]+\s){0,5}?nog\s(?:(?:nadere|verdere|goede|duidelijke|concrete)\s)?afspraken\s(?:(?:worden|we|wij)\s)?(?:gemaakt|maken|over)\b|\b(?:moeten|moet)\s(?:er\s)?nog\s(?:(?:nader|verder)\s)?(?:worden\s)?(?:(?:nader|verder)\s)?(?:besloten|uitgewerkt|afgesproken|bepaald|ingevuld|gekozen|gemaakt)\b|^nog\s(?:moeten|moet)\s(?:er\s)?(?:\S+\s){0,4}?(?:worden\s)?(?:gemaakt|besloten|uitgewerkt|afgesproken|bepaald|ingevuld|gekozen)\b/;
/** A step of a procedure: "Na de aanmelding moet nog worden bepaald …; dat doet het jeugdteam …". */
const PROCEDURE_STEP = /^(?:na|bij|tijdens|als|wanneer|zodra)\s/;
/**
 * What was just said (or put before the colon) is worked out or found out later: "Dit werken we in
 * 2027 uit", "Hoe hoog de norm wordt en wie hem bewaakt: dat zoeken we met de aanbieders uit". Only
 * with "dit" or "dat" in front: "We werken een plan uit" and "In 2026 werken we het plan uit" promise
 * the work itself.
 */
export const DEFERRED = new RegExp(
  String.raw`(?:^|[:;]\s*)(?:dit|dat)(?: alles)?\s(?:werken|werkt|zoeken|zoekt)\s(?:${OUR_ACTORS})\b(?:\s(?!uit\b)\S+){0,8}?\suit\b` +
    String.raw`|\b(?:werken|werkt)\s(?:${OUR_ACTORS})\b(?:\s(?!uit\b)[^\s,:;]+){0,8}?\suit\s(?:wat|hoe|welke|of|wie|waar|wanneer)\b`,
);
/**
 * Still thinking it over: "Daar denken we nog over na", "De gemeenten denken nog na over hoe …",
 * "daar moeten we nog over nadenken", "zijn nog aan het nadenken". The "nog" says it is open ("We
 * denken met jongeren na over …" is how they take part); the "na" closes the verb (an end, or "over",
 * "hoe", "of" … after it), so "We denken dat hulp na schooltijd …" is no thinking over.
 */
export const THINKING_OVER = new RegExp(
  String.raw`(?:\b(?:denken|denkt)\s(?:${OUR_ACTORS})\b|\b(?:${OUR_ACTORS})\s(?:denken|denkt)\b)(?:\s(?!dat\b)[^\s,:;]+){0,6}?\snog\b(?:\s(?!dat\b)[^\s,:;]+){0,4}?\sna(?=\s*(?:$|[.,;:!?)])|\s(?:over|hoe|of|welke|wat|wie|wanneer|waar)\b)` +
    String.raw`|\bnog\s(?:\S+\s){0,3}?(?:over\s)?nadenken\b|\bnog aan het nadenken\b`,
);
/** Cheap first tests for DEFERRED and WILL_TALK (see passageKind). */
const UIT = /uit/i;
const IN_GESPREK = /in gesprek/i;
/** Talks with the family or young people themselves (on either side of "in gesprek"). */
const TALK_WITH_FAMILY = /\b(?:met|over) (?:het gezin|(?:de |die )?gezinnen|jou|je|u|uw|het kind|(?:de )?kinderen|de jongere|(?:de )?jongeren|(?:de )?jeugdigen?|(?:de |zijn |haar |hun )?ouders|(?:de )?pleegouders)\b/;
/** A talk that follows a trigger or comes with a promise: a rule of how we work ("Als een aanbieder de norm niet haalt, gaan we …", "… en krijgt het gezin …"). */
const TALK_ON_CUE = /(?:^|[,;:]\s*)(?:als|zodra|voordat|wanneer)\b|\b(?:bij elke|na elke|binnen \d+|binnen (?:een|twee|drie|vier|vijf|zes|tien) (?:dagen|werkdagen|weken)|en krijgt|en krijg|en krijgen)\b/;
/**
 * The region will talk about it ("De regio gaat hierover in 2026 in gesprek met de scholen", "We
 * gaan met de aanbieders in gesprek over …"): an intention to discuss, not yet an arrangement (read
 * only without a talk with the family, TALK_WITH_FAMILY, without a trigger or a promise beside it,
 * TALK_ON_CUE, and not as a habit).
 */
const WILL_TALK = new RegExp(String.raw`(?:^|\b(?:${OUR_ACTORS})\s)(?:gaan|gaat)\b(?:\s\S+){0,6}?\sin gesprek\b|\b(?:gaan|gaat) (?:${OUR_ACTORS})\b(?:\s\S+){0,6}?\sin gesprek\b`);
/** "Van Rijk, gemeenten en aanbieders …": the Rijk, capitalised, without its article (not "rijk" at the start: "Rijk aan …"). */
const RIJK_CASED = /[^\s.!?:]\s+Rijk\b(?! van\b)/;
/** The region or municipality puts something on a website itself (not "op de website van de regio leest u"). */
const PUBLISHES = /\b(?:zet|zetten|publiceert|publiceren|plaatst|plaatsen|houdt|houden|maakt|maken|vult|vullen)\b/;
/** A cell that only numbers a table row: "1", "2.", "A3", "B.2", "iv", "3a". */
const ROW_NUMBER = /^(?:[A-Za-z]{0,2}[.-]?\d{1,3}[a-z]?\.?|[ivx]{1,4}\.?|[a-z]\)?)$/;
/** A table cell that is a sentence: four words or more, ending in a full stop. */
const SENTENCE_CELL = /^(?:\S+\s+){3,}\S+[.!]$/;
/** "Vastgesteld is dat …", "Gebleken is dat …": what was found. */
const FINDING_START = /^(?:vastgesteld|geconstateerd|gebleken|gebleken is|duidelijk) is dat\b|^(?:we|wij) (?:hebben )?(?:vastgesteld|geconstateerd) dat\b/;
/** Words that announce a question ("begint met één vraag:", "de hulpverlener vraagt:"). */
const ASKS_BEFORE_COLON = /^(?:\S+\s){2,}.*\b(?:vraag|vragen|vraagt|stelt|stellen)\b/;
/** Who discuss the questions after the colon, parents among them ("ouders en hulpverleners bespreken elk kwartaal: …"). */
const DISCUSSES_BEFORE_COLON = /^(?:\S+\s){1,}.*\b(?:bespreken|bespreekt|bekijken|bekijkt|evalueren|evalueert)\b/;
/** … by the family and their care workers, or as a habit (a board that "evaluates first: …?" leaves it open). */
const DISCUSSED_BY_US = /\b(?:ouders?|gezin|gezinnen|jongeren?|kind|hulpverleners?|consulenten?|coach|coaches|wijkteam|jeugdteam|regelmatig|periodiek)\b/;
/**
 * Providers or professionals who find, say or experience something: their view, not the region's
 * arrangement ("Aanbieders vinden de lasten te zwaar", "Scholen geven aan dat …", "Aanbieders vroegen om
 * langere contracten", "Scholen hebben in de gesprekken gevraagd om …": what they asked for).
 */
export const OTHERS_VIEW =
  /^(?:(?:de|veel|sommige|alle|de meeste|meerdere)\s)?(?:aanbieders|zorgaanbieders|professionals|hulpverleners|medewerkers|scholen|huisartsen|verwijzers|partners|raadsleden|instellingen|consulenten|ouders|jongeren|gezinnen|jeugdigen)\s(?!die\b|dat\b)(?:(?:in|van|bij|uit) (?:de |het |onze )?[a-zà-ÿ-]+\s)?(?:\S+\s){0,2}?(?:(?:wensen|wensten)\b|(?:vinden|vonden) (?:dat|het)\b|(?:vinden|vonden)\b[^.]{0,60}\bte (?:zwaar|veel|lang|weinig|groot|hoog|laag|ingewikkeld|complex)\b|ervaren|ervoeren|zeggen|zeiden|(?:geven|gaven) aan(?! (?:het|de|een|ouders|jongeren|gezinnen|kinderen|hen|hun|alle|elk|elke|ieder|iedere)\b)|(?:melden|meldden) dat|(?:vertellen|vertelden|vertelt)(?: ons| de regio)? dat|klagen|klaagden|vroegen (?:ons |de regio |de gemeenten )?(?:om|naar)|hebben (?:\S+\s){0,5}?gevraagd (?:om|naar))\b/;
/** A text that opens with one person in a role (cheap first test for PERSON_VIEW). */
export const PERSON_FIRST = /^(?:(?:Het|De|Een|het|de|een) )?(?:[Rr]aadslid|[Ww]ethouder|[Vv]oorzitter|[Ff]ractievoorzitter|[Ii]nspreker|[Bb]urgemeester|[Ww]oordvoerder|[Dd]irecteur|[Bb]estuurder)\b/;
/** That person's view or plea: "Raadslid Pieter Jansen (VVD) vindt dat …", "De wethouder zei dat …". */
const PERSON_VIEW =
  /^(?:(?:het|de|een) )?\S+(?:\s\S+){0,5}?\s(?:(?:vindt|vond) (?:dat|het)|(?:zegt|zei|stelt|stelde|benadrukt|benadrukte|waarschuwt|waarschuwde|meent|meende|antwoordt|antwoordde|belooft|beloofde) dat|(?:vraagt|vroeg) of|(?:pleit|pleitte) (?:voor|ervoor|om))\b/;
/** A promise or answer in a meeting, the speaker after the verb: "Tijdens de vergadering beloofde de wethouder dat …". */
export const SPEAKER_AFTER = /\b(?:beloofde|belooft|zegde|zegt|antwoordde|antwoordt|zei)\s(?:toe\s)?(?:de |het )?(?:wethouder|burgemeester|raadslid|voorzitter|gedeputeerde|minister|staatssecretaris|bestuurder)\b(?:\s\S+){0,4}?\s(?:dat|toe)\b/;
/**
 * Writing a report as a task ("Een onafhankelijk bureau … schrijft er elk jaar een openbaar rapport
 * over"), with no one quoted or cited: what someone does, not what a report says.
 */
function reportIsTask(text: string): boolean {
  return (REPORT_TASK.test(text) || BY_RULE.test(text)) && !REPORT_SAYS.test(text.replace(BY_RULE, ''));
}
/** "volgens het regionale format", "volgens de afspraken": in line with a rule, not according to someone. */
const BY_RULE = /\bvolgens (?:het |de |een |ons |onze )?(?:\S+ ){0,4}?(?:format|formulier|model|sjabloon|afspraken|afspraak|regels|regel|protocol|richtlijn|werkwijze|methode|schema|normen|norm|standaard|rooster|planning)\b/;
const REPORT_TASK = /\b(?:levert|leveren) (?:\S+ ){0,6}?(?:rapport|rapportage|verslag)\w* aan\b|\b(?:schrijft|schrijven|maakt|maken)\b(?:\s\S+){0,5}?\s(?:een |het |hun |zijn )?(?:\S+ )?(?:rapport|verslag)\b|\b(?:stelt|stellen|brengt|brengen) (?:een |het |hun |zijn |jaarlijks )?(?:\S+ )?(?:rapport|verslag) (?:op|uit)\b/;
const REPORT_SAYS = /\b(?:volgens|aldus|zegt|zeggen|zei|zeiden|vertelt|vertelde|vertellen|blijkt|bleek|vrezen|vreest|onderzoekers|interview|citaat)\b|\brapport (?:stelt|laat zien|concludeert|noemt|beschrijft)\b|\bin (?:zijn|haar|het|hun|dit|dat|een) (?:\S+ )?(?:rapport|verslag)\b/;
/** A board of the region or its municipalities (see BOARD_DECIDES, DECIDES_WHETHER). */
const BOARD = String.raw`(?:het |de )?(?:algemeen |dagelijks |regionaal )?(?:bestuur|college|colleges|stuurgroep|portefeuillehoudersoverleg|bestuurlijk overleg|gemeenteraad|gemeenteraden|raad|raden)`;
/** A board decides something, now (a decision text). */
export const BOARD_DECIDES = new RegExp(String.raw`^${BOARD}\b(?:\s\S+){0,4}?\s(?:besluit|besluiten)\s(?!(?:\S+\s){0,3}?(?:of|over|later|nog)\b)`);
/** A board will decide whether: "Het bestuur besluit in 2027 of …", "In 2027 besluit het bestuur of …", "De raad beslist later of …" (not a family that decides). */
export const DECIDES_WHETHER = new RegExp(
  String.raw`^${BOARD}\b(?:\s\S+){0,4}?\s(?:besluit|besluiten|beslist|beslissen)\s(?:\S+\s){0,4}?of\b|^(?:\S+\s){0,3}?(?:besluit|besluiten|beslist|beslissen)\s${BOARD}\s(?:\S+\s){0,3}?of\b`,
);
/** Told to us: "vertelden ons dat", "gaven ons aan". */
const TOLD_US = /\b(?:vertelden|vertellen|vertelt|zeiden|zeggen|zegt|gaven|geven|meldden|melden|vroegen) ons\b|\bhebben ons gevraagd\b/;
/** Is "ons" whom they told, and no "we" elsewhere ("…, dus schrappen we …" is ours again)? */
function toldUsOnly(text: string): boolean {
  return TOLD_US.test(text) && !/\b(?:we|wij|ons|onze)\b/.test(text.replace(TOLD_US, ''));
}
/** A question word first: the text before the colon is a question itself ("Wat vragen we: …"). */
const QUESTION_START = /^(?:wie|wat|waar|wanneer|hoe|waarom|welke|welk|hoeveel)\b/;

/**
 * The kind a list's lead-in passes on to its items. A lead-in that announces topics ("… besteedt
 * aandacht aan de volgende onderwerpen:", "Aandachtspunten zijn:") names things to look at, not
 * what will be done: its items are a list, whatever the lead-in's own kind.
 */
export function leadInKind(kind: PassageKind, text: string): PassageKind {
  return TOPICS_LEAD.test(lower(text)) ? 'list' : kind;
}
const TOPICS_LEAD = /\b(?:onderwerpen|thema'?s|aandachtspunten|vraagstukken|gespreksonderwerpen|punten van aandacht)(?:\s+(?:zijn|aan bod|komen aan bod|aan de orde))?\s*:\s*$/;

/** Headings that open a glossary or a table of contents. */
/** A heading over points still open: "Dit weten we nog niet", "Wat we nog uitwerken", "Open vragen" (not "Wat we nog gaan doen"). */
const OPEN_HEADING =
  /\b(?:(?:dit|wat) (?:weten|zoeken) (?:we|wij) nog (?:niet|uit)|(?:dit|wat) (?:we|wij) nog (?:niet weten|uitwerken|uitzoeken|onderzoeken)|nog (?:uit te werken|uitwerken|te bepalen|onbekend|open|in onderzoek|niet bekend|niet besloten)|open (?:vragen|punten)|openstaande (?:vragen|punten)|vragen voor later)\b/;
export function isOpenHeading(heading: string): boolean {
  return OPEN_HEADING.test(fold(heading));
}
/** The people whose words a section passes on ("ouders", "de jongeren", "ouders en jongeren"). */
const HEARD_PEOPLE = '(?:de )?(?:ouders|jongeren|kinderen|jeugdigen|gezinnen|professionals|hulpverleners|inwoners|clienten|deelnemers|pleegouders|ervaringsdeskundigen)';
/**
 * A heading over what participants said: "Wat we hoorden", "Dit hebben we gehoord", "Wat ouders en
 * jongeren ons vertelden", "Wat zeggen jongeren?", "Dit zeiden jongeren", "Uit de gesprekken" (not "Stem van ouders", which heads how they take part; not "Wat
 * zeggen de cijfers?", not "Dit hebben we bereikt").
 */
const HEARD_HEADING = new RegExp(
  `^(?:(?:wat|dit) (?:we|wij) (?:hebben )?(?:hoorden|gehoord|ophaalden|opgehaald)|(?:wat|dit) hoorden (?:we|wij)|(?:wat|dit) hebben (?:we|wij) gehoord|wat ${HEARD_PEOPLE}(?: en ${HEARD_PEOPLE})? (?:ons )?(?:nog meer |ook )?(?:zeiden|zeggen|vertelden|vertellen|meegaven|aangaven|noemden)|(?:wat )?(?:zeggen|vertellen) ${HEARD_PEOPLE}|(?:wat|dit) (?:zeiden|vertelden) ${HEARD_PEOPLE}|wat hebben ${HEARD_PEOPLE} (?:ons )?(?:gezegd|verteld|meegegeven)|(?:uit|opbrengst van) de (?:gesprekken|gespreksrondes|bijeenkomsten|werksessies|dialoogtafels))\\b`,
);
/** A heading that also announces the answer: "Wat we hoorden en wat we ermee doen". */
const HEARD_AND_ANSWER = /\b(?:doen|deden|ermee|antwoord|reactie|aanpak|gaan)\b/;
export function isHeardHeading(heading: string): boolean {
  const h = fold(heading).trim();
  return HEARD_HEADING.test(h) && !HEARD_AND_ANSWER.test(h);
}
/** "Of er een speciaal team komt.": a sentence that is only "whether …", without a main clause after a comma. */
const OPEN_WHETHER = /^Of\s[^,;:?]+\.$/;
const GLOSSARY_HEADING = /\b(?:begrippen|begrippenlijst|woordenlijst|verklarende woordenlijst|afkortingen|afkortingenlijst|definities|lijst van begrippen)\b/;
const TOC_HEADING = /^(?:inhoud|inhoudsopgave|inhoudstafel)$/;

export function isGlossaryHeading(heading: string): boolean {
  return GLOSSARY_HEADING.test(fold(heading));
}
export function isTocHeading(heading: string): boolean {
  return TOC_HEADING.test(fold(heading).trim());
}

/** A conjunction + preposition opening: no subject and verb of its own ("Maar ook met…", "Of op school…"). */
const ELLIPSIS_FIRST = new Set(['maar', 'en', 'of']);
const ELLIPSIS_SECOND = new Set(['ook', 'met', 'op', 'in', 'bij', 'voor', 'via', 'door', 'naar', 'zonder', 'niet']);
export function isEllipticalStart(first: string, second: string): boolean {
  return (ellipsisRole(first) & ELLIPSIS_OPENS) !== 0 && (ellipsisRole(second) & ELLIPSIS_FOLLOWS) !== 0;
}
/** Bits of ellipsisRole: the word can open an elliptical start ("maar"), or come second in one ("ook"). */
export const ELLIPSIS_OPENS = 1;
export const ELLIPSIS_FOLLOWS = 2;
/** The word's part in an elliptical start (see isEllipticalStart), as bits: a caller can keep it per word type. */
export function ellipsisRole(word: string): number {
  return (ELLIPSIS_FIRST.has(word) ? ELLIPSIS_OPENS : 0) | (ELLIPSIS_SECOND.has(word) ? ELLIPSIS_FOLLOWS : 0);
}

/** The region itself acts: neither expecting nor obliging, nor its legal position (given a regional subject). */
function regionActs(text: string): boolean {
  return !EXPECTS.test(lower(text)) && !LEGAL_STATUS.test(lower(text)) && !ONLY_FOLLOWS.test(lower(text));
}
/** "de regio volgt die ontwikkeling", "we wachten de landelijke uitkomst af": watching, not acting. */
const ONLY_FOLLOWS = /\b(?:volgt|volgen) (?:die|deze|de|dat) (?:\S+ )?(?:ontwikkeling|ontwikkelingen)\b|\bwacht(?:en)? (?:\S+ ){1,4}af\b/;

/** At least three items, of four words or fewer on average (split at a comma or "en"). */
function shortChunks(rest: string): boolean {
  const chunks = rest.split(/,|\ben\b/).length;
  return chunks >= 3 && whitespacePieces(rest) <= 4 * chunks;
}


/** text.split(/\s+/).length, counted without making the pieces: one more than the runs of white space. */
export function whitespacePieces(text: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/** The passage kind (see the module comment): read by kindOfPassage, then a strong kind read again by notSoStrong. */
export function passageKind(f: PassageFacts): PassageKind {
  const kind = kindOfPassage(f);
  return isStrongKind(kind) ? notSoStrong(f, kind) : kind;
}

/**
 * A passage read as the region's own (commitment, arrangement, principle, action row) that says,
 * after all, something weaker: what participants said, what is expected of regions in general, that
 * the region is still thinking, what it disapproves of, how it goes now, or a topic it names. Read
 * only for strong kinds: a passage already weaker keeps its own kind ("a problem stays a problem").
 * (First tests that hold whenever the pattern does: word bits, cues, or pieces of the text as written;
 * the words of its patterns have WORD_BIT2 bits, one test of a bit instead of a scan of the text. The
 * cue test of thinking over, "we" or the region, is a narrowing of its own: whoever else thinks it over
 * is no study of the region.)
 */
/** The region answers within the passage: "…; daarom …", "…: vanaf 2026 …", "…, en dat leggen we vast". */
function regionAnswers(f: PassageFacts): boolean {
  return f.planYear || REGION_ANSWERS.test(f.text) || WE_ACT_AFTER.test(lower(f.text));
}

function notSoStrong(f: PassageFacts, kind: PassageKind): PassageKind {
  const mask = f.mask;
  const bits = f.wordBits ?? -1;
  const bits2 = f.wordBits2 ?? -1;
  const we = (mask & CUE.FIRST_PLURAL) !== 0;
  const answered = (): boolean => regionAnswers(f);
  // "[Afspraken hierover volgen na het overleg.]": a sentence in square brackets is a note of the editors
  if (f.text.charCodeAt(0) === 91 && /\]\s*\.?\s*$/.test(f.text)) return 'placeholder';
  // "Of er een team komt, is een van de vragen voor de evaluatie"
  if ((f.text.charCodeAt(0) | 32) === 111 && (f.text.charCodeAt(1) | 32) === 102 && WHETHER_OPEN.test(lower(f.text)) && !isHabit(f.text, bits)) return 'study';
  // under "Wat we hoorden" or "Wat ouders ons vertelden", what reads as arranged is what they said,
  // unless "we" say what we will do ("Daarom gaan we …") or the region answers
  if (f.heardSection && !(we && (mask & (CUE.INTENT_VERB | CUE.MODAL | CUE.INTENT_WORD)) !== 0 && WE_WORD.test(f.text)) && !answered()) return 'reported';
  // "Regio's moeten …", "Die agenda vraagt van regio's …": expected of regions in general
  if (!we && (bits2 & WORD_BIT2.REGIONS) !== 0 && mayExpectRegions(lower(f.text)) && REGIONS_EXPECTED.test(lower(f.text)) && !REGION_ANSWERS.test(f.text)) return 'national';
  // "Het Kinderrechtenverdrag vraagt overheden …": what a treaty asks, unless the region answers
  if ((mask & CUE.NATIONAL_WORD) !== 0 && TREATY_ASKS.test(lower(f.text)) && !answered()) return 'national';
  // "De wachtlijst blijft gesloten": a state that stays, a problem
  if ((mask & CUE.PASSIVE) !== 0 && STAYS_BAD.test(lower(f.text)) && !answered()) return 'problem';
  // "Daar denken we nog over na" (not thought over with families every year, nor with a plan after it)
  if ((mask & (CUE.FIRST_PLURAL | CUE.REGION_SUBJECT)) !== 0 && (bits2 & WORD_BIT2.DENK) !== 0 && THINKING_OVER.test(lower(f.text)) && !isHabit(f.text, bits) && !answered()) return 'study';
  // (a judgement of DISAPPROVES is a value word; a noun of TOPIC_IS and "nu" have bits of their own)
  if ((bits & WORD_BIT.VALUE_WORD) !== 0 && DISAPPROVES.test(lower(f.text)) && !answered() && !VALUE_THEN_ACTS.test(lower(f.text))) return 'problem';
  if (!we && (mask & CUE.MODAL) !== 0 && (bits & WORD_BIT.NU_PRAKTIJK) !== 0 && NOW_MUST.test(lower(f.text)) && !answered()) return 'problem';
  if ((bits2 & WORD_BIT2.TOPIC_NOUN) !== 0 && TOPIC_IS.test(lower(f.text)) && !STANDING_TOPIC.test(lower(f.text)) && !isHabit(f.text, bits)) return 'statement';
  // "De raden hebben gevraagd of …": someone else's question
  if ((bits & WORD_BIT.AGENDA_VERB) !== 0 && lower(f.text).includes('gevraagd of') && ASKED_WHETHER.test(lower(f.text)) && !isHabit(f.text, bits) && !EVERY.test(lower(f.text)) && !answered()) return 'reported';
  // "De wachttijden lopen op tot vijf maanden": a trend that is a problem, not an arrangement
  if (!we && (bits2 & WORD_BIT2.RUN_UP) !== 0 && RUNS_UP.test(lower(f.text)) && !RUNS_UP_NOT.test(lower(f.text)) && !answered()) return 'problem';
  // "Dan wilt u niet opnieuw achteraan beginnen": what the reader wants, not what the region arranges
  if ((mask & CUE.SECOND_PERSON) !== 0 && (bits2 & WORD_BIT2.WIL) !== 0 && READER_WISH_ANSWER.test(lower(f.text))) return 'wish';
  // "De werkwijze moet ertoe bijdragen dat de hulp beter past": a goal, unless it is made concrete
  if ((mask & CUE.MODAL) !== 0 && (bits2 & WORD_BIT2.SERVE) !== 0 && MUST_SERVE.test(lower(f.text)) && !concrete(f.text, f.span, bits)) return 'ambition';
  return kind;
}

/** The first reading of a passage's kind; the order of its tests is the precedence. */
function kindOfPassage(f: PassageFacts): PassageKind {
  const mask = f.mask;
  // without word bits every pattern is tried
  const bits = f.wordBits ?? -1;
  const bits2 = f.wordBits2 ?? -1;
  const we = (mask & CUE.FIRST_PLURAL) !== 0;
  const region = (mask & CUE.REGION_SUBJECT) !== 0;
  // the marks between the words (without a span every test is read)
  const gaps = f.span?.gaps ?? -1;

  if ((mask & CUE.NAVIGATION_WORD) !== 0 && isNavigation(f.text, f.words)) return 'navigation';
  // "3.6 De match tussen gezin en hulpverlener", "Hoofdstuk 5 - …", "Bijlage C – …": a numbered heading
  // (a table row that opens with its number is a row: "3 | Wachttijd terugbrengen | regiobureau | 2026")
  const tableRow = f.blockKind === 'tableCell' && f.text.includes(' | ');
  if (isNumberedHeading(f.text, f.words) && !tableRow) return f.toc || TOC_LINE_END.test(f.text) ? 'toc' : 'heading';
  if (f.toc || looksLikeContents(f.text, f.words, f.span, tableRow)) return 'toc';
  if (f.tableHeaderRow) return 'heading';
  if (f.heading) return f.question ? 'question' : 'heading';
  // under a glossary heading, the entries ("Term: uitleg", "Term – uitleg"); text that runs on
  // past the glossary under the same heading is read as it is
  if (f.glossary && GLOSSARY_ENTRY.test(f.text)) return 'glossary';
  // under "Dit weten we nog niet" or "Nog uit te werken", whatever is said is still open
  if (f.openSection) return 'study';
  // "Of er een team komt dat mag ingrijpen.": whether, as a sentence of its own, is still open
  if (f.text.charCodeAt(0) === 79 && f.text.charCodeAt(1) === 102 && !f.elliptical && !f.question && OPEN_WHETHER.test(f.text)) return 'study';
  // an item of a list whose lead-in voices someone else ("Volgens het plan:", "Ouders noemden:",
  // "We onderzoeken:", "Knelpunten:") says what they say, however it is worded itself
  if (f.blockKind === 'listItem' && f.leadIn !== undefined && INHERITED.has(f.leadIn)) return f.leadIn;
  // ("[" is a mark between words; the "m" of "p.m." a word of its own)
  if (((mask & CUE.PLACEHOLDER_WORD) !== 0 || (((gaps & GAP_BRACKET) !== 0 || (bits & WORD_BIT.LETTER_M) !== 0) && hasPlaceholderMark(f.text))) && ((bits & WORD_BIT.PLACEHOLDER) !== 0 || mayBePlaceholderMark(f.text)) && (PLACEHOLDER_CASED.test(f.text) || PLACEHOLDER.test(lower(firstClause(f.text))))) {
    return 'placeholder';
  }
  // "We leggen elk besluit naast het verdrag: staat het belang van het kind voorop?" is a commitment with a check
  const colonAt = f.question ? f.text.indexOf(':') : -1;
  // "Het eerste gesprek begint met één vraag: wat wil jij zelf?" arranges that a question is asked
  const beforeColon = colonAt > 0 ? lower(f.text.slice(0, colonAt)) : "";
  const askedByUs =
    colonAt > 0 &&
    !QUESTION_START.test(beforeColon) &&
    ((we && /\b(?:we|wij)\b/.test(beforeColon)) || (ASKS_BEFORE_COLON.test(beforeColon) && !FAMILY_SPEAKER.test(beforeColon)) || (DISCUSSES_BEFORE_COLON.test(beforeColon) && (DISCUSSED_BY_US.test(beforeColon) || HABIT.test(beforeColon)) && !/\b(?:eerst|nog|de vraag)\b/.test(beforeColon)));
  if (f.question && !askedByUs) return 'question';
  // a text table row: the header says who does it or when, or the row names a deadline
  if (f.tableHeader !== undefined || tableRow) {
    const cells = f.text.split(' | ');
    // a first column that only numbers the rows ("A2", "3.", "iv") is not the action: the next cell is
    const numbered = cells.length >= 3 && ROW_NUMBER.test(cells[0]!.trim());
    if (numbered) cells.shift();
    const content = cells[0] ?? '';
    const owned = f.tableHeader !== undefined && OWNER_OR_DEADLINE_HEADER.test(fold(f.tableHeader));
    // an action that is a study, or whose deadline is still open, is no commitment yet
    if ((mask & CUE.STUDY_WORD) !== 0 && STUDY.test(content.toLowerCase())) return 'study';
    if (cells.some((c) => OPEN_CELL.test(c.trim().toLowerCase()))) return 'placeholder';
    // "Minder papier | De maandelijkse rapportage vervalt. | 2026": a short label, then the sentence that says it
    const said = content.trim().split(/\s+/).length < 3 ? cells.find((c, i) => i > 0 && SENTENCE_CELL.test(c.trim())) : undefined;
    const action = said ?? content;
    if (action.trim().split(/\s+/).length >= 3 && cells.length >= 2 && (owned || DEADLINE_CELL.test(lower(f.text)))) return 'action-row';
    if (said === undefined && content.trim().split(/\s+/).length < 3) return 'list';
  }

  if ((mask & CUE.INFORMED_WORD) !== 0 && INFORMED.test(lower(f.text))) return 'informed';
  // a question put in front is open, whatever it says ("Of elke gemeente …, bekijken we"); a study
  // done every year is a habit ("Elk jaar onderzoeken we of …")
  const questionFirst = questionWordFirst(f.text);
  // (asked again and again it is a check that is arranged: "Of de hulp nog past, bespreken we elk half
  // jaar met het gezin", "…, bespreken we na het tweede gesprek")
  if (questionFirst && FRONTED_QUESTION.test(lower(f.text)) && !isHabit(f.text, bits) && !(AT_EACH_MOMENT.test(lower(f.text)) && !f.planYear && !f.pastYear)) return 'study';
  // "Dit werken we in 2027 uit", "Wat hun rol is: dat werken we met hen samen uit": left for later
  // (first tests that hold whenever the pattern does, on the text as written: its verb's word bit and
  // "uit" in any case; "in gesprek" in any case, with no lower-cased copy made for them)
  if ((bits & WORD_BIT.DEFER_VERB) !== 0 && UIT.test(f.text) && DEFERRED.test(lower(f.text))) return 'study';
  // "We vragen ons af hoe …": a question the region has, not an answer (cheap gates in any case)
  if ((bits & WORD_BIT.FAMILY_VERB) !== 0 && (bits & WORD_BIT.QUESTION_WORD) !== 0 && hasAfAnyCase(f.text) && WONDER.test(lower(f.text))) return 'study';
  // "Over de rol … moeten nog afspraken worden gemaakt", "Dat moet nog worden besloten": still open
  if ((bits & WORD_BIT.PLACEHOLDER) !== 0 && NOG_ANY_CASE.test(f.text) && STILL_TO_AGREE.test(lower(f.text)) && !PROCEDURE_STEP.test(lower(f.text))) return 'study';
  if ((bits & WORD_BIT.GESPREK) !== 0 && IN_GESPREK.test(f.text) && WILL_TALK.test(lower(f.text)) && !isHabit(f.text, bits) && !TALK_WITH_FAMILY.test(lower(f.text)) && !TALK_ON_CUE.test(lower(f.text))) return 'study';
  // (the match itself: studyIsHabit reads where its verb stands)
  const studyAt =
    (mask & CUE.STUDY_WORD) === 0 ? null : ((mayStudy(bits) && STUDY_NEEDS.test(lower(f.text)) ? STUDY.exec(lower(f.text)) : null) ?? (we && (bits & WORD_BIT.LOOK_INTO) !== 0 ? WE_LOOK_INTO.exec(lower(f.text)) : null));
  // a study done every year is a habit ("Elk jaar onderzoeken we of …", "We bekijken elk halfjaar of …"); a habit
  // far after the study's verb belongs to what is studied ("We onderzoeken in 2025 … hoeveel kinderen elk jaar …")
  if (studyAt !== null && !studyIsHabit(lower(f.text), studyAt, bits)) return 'study';
  const ownIntent = we && (mask & (CUE.INTENT_VERB | CUE.MODAL | CUE.INTENT_WORD)) !== 0;
  // the region's board decides: "Het algemeen bestuur besluit de middelen te oormerken" (not "besluit in 2027 of …")
  if (!f.question && (bits & WORD_BIT.DECIDE_WORD) !== 0) {
    if (BOARD_DECIDES.test(lower(f.text))) return 'commitment';
    if (DECIDES_WHETHER.test(lower(f.text))) return 'study';
  }
  // what the Rijk or the law expects; not when the region itself acts ("de gemeenten oormerken de middelen van het Rijk")
  // (its two patterns are read only for a passage with a national word)
  if ((mask & CUE.NATIONAL_WORD) !== 0 && !ownIntent) {
    // the Rijk, a national agenda, the law or the country as the subject, with no answer of the region after it
    const nationalFirst = !we && NATIONAL_FIRST.test(lower(f.text)) && !REGION_ANSWERS.test(f.text);
    if (nationalFirst || ((!(region && regionActs(f.text)) || (!we && NATIONAL_AGREEMENT.test(lower(f.text)))) && (NATIONAL.test(lower(f.text)) || RIJK_CASED.test(f.text)))) return 'national';
  }
  // "Volgens …", "Aldus …" or a quote: what someone else says
  const quoted = isQuoted(f.text, gaps);
  const storyTold = (mask & CUE.REPORT) !== 0 && f.text.includes('verhaal') && STORY_TOLD.test(lower(f.text));
  const regionIntent = region && (mask & (CUE.INTENT_VERB | CUE.INTENT_WORD)) !== 0;
  if ((mask & CUE.FAMILY_WORD) !== 0 && !storyTold && ((quoted && FAMILY_SPEAKER.test(lower(f.text))) || ((bits2 & WORD_BIT2.SAYS_VERB) !== 0 && (((bits2 & WORD_BIT2.SAYS_FIRST) !== 0 && SPEAKER_FIRST.test(lower(f.text))) || (!ownIntent && !(we && isHabit(f.text, bits)) && ((FAMILY_SAYS.test(lower(f.text)) && !(regionIntent && REGION_ANSWERS.test(f.text)) && !ADVICE_TAKEN.test(lower(f.text))) || (!regionIntent && (mask & (CUE.REPORT | CUE.PAST)) !== 0 && (bits2 & WORD_BIT2.SAYS_FIRST) !== 0 && FAMILY_SAYS_AFTER.test(lower(f.text))))))))) {
    // "De regio houdt een avond waar jongeren vertellen hoe …": they speak at what the region holds
    if (!speaksAtOurs(f.text, mask, we || region, quoted)) return 'wish';
  }
  // "Daarin staat dat …", "In het verdrag staat …": what another document says, not the region's own arrangement
  if (!ownIntent && opensWithDHI(f.text) && (bits & WORD_BIT.DOCUMENT_VERB) !== 0 && DOCUMENT_SAYS.test(lower(f.text))) return 'reported';
  // "… stelde een raadslid de vraag hoe …": someone else's question
  if ((mask & CUE.PAST) !== 0 && QUESTION_PUT.test(lower(f.text))) return 'question';
  // "Ook wordt in de agenda gewezen op …", "Het rapport benadrukt …": what another document says
  // (tried with a word of the Rijk or of reporting, or a passive: "wordt in de agenda gewezen op")
  if (!ownIntent && (mask & (CUE.NATIONAL_WORD | CUE.REPORT | CUE.PASSIVE)) !== 0 && (bits & WORD_BIT.AGENDA_VERB) !== 0 && AGENDA_SAYS.test(lower(f.text))) return 'reported';
  // one person's view in a debate or a report: "Raadslid Jansen (VVD) vindt dat …", "De wethouder zegt dat …"
  if (!we && (bits & WORD_BIT.PERSON) !== 0 && PERSON_FIRST.test(f.text) && PERSON_VIEW.test(lower(f.text))) return 'reported';
  if (!we && (bits & WORD_BIT.PERSON) !== 0 && SPEAKER_AFTER.test(lower(f.text))) return 'reported';
  // ("Hulpverleners vertelden ons dat …": "ons" is whom they told, not who speaks)
  if ((mask & CUE.ACTOR) !== 0 && (bits & WORD_BIT.OTHERS_VERB) !== 0 && (!we || toldUsOnly(lower(f.text))) && OTHERS_VIEW.test(lower(f.text))) return 'reported';
  // advice to regions in general, and a pointer to another chapter, arrange nothing here
  if ((mask & CUE.INFORMED_WORD) !== 0 && ADVICE.test(lower(f.text))) return 'reported';
  // "Ook de aanbieders vallen onder dat toezicht": what something belongs to, not what is arranged
  if ((bits & WORD_BIT.ONDER) !== 0 && ONDER_CASED.test(f.text) && FALLS_UNDER.test(lower(f.text)) && !/\b(?:we|wij)\b/.test(lower(f.text)) && !f.text.includes(': ') && !f.text.includes('; ') && !isHabit(f.text, bits)) return 'statement';
  if (((mask & CUE.DESCRIBE) !== 0 || ((bits & WORD_BIT.IJLAGE) !== 0 && f.text.includes('ijlage'))) && FORWARD_REF.test(lower(f.text))) return 'statement';
  // "volgens de onderzoekers", "zegt een wethouder"; not "u vindt een overzicht"
  if (quoted || ((mask & CUE.REPORT) !== 0 && !storyTold && (!we || REPORT_BEFORE_WE.test(lower(f.text))) && !(mask & CUE.SECOND_PERSON) && !speaksAtOurs(f.text, mask, we || region, quoted) && !reportIsTask(lower(f.text)))) return 'reported';
  if (
    ((mask & CUE.HEDGE_WORD) !== 0 && ((((bits2 & WORD_BIT2.HEDGE) !== 0 || lower(f.text).includes('t kan')) && HEDGE.test(lower(f.text))) || (/liefst/i.test(f.text) && PREFERENCE.test(lower(f.text)) && !regionAnswers(f)) || ((mask & CUE.NUMBER) === 0 && (bits & WORD_BIT.ASPIRE) !== 0 && !/\d/.test(f.text) && ASPIRE.test(lower(f.text))))) ||
    // (a "; " or ": " needs its mark between the words, and mayBeLeftOpen a comma: most passages read neither)
    ((gaps & GAP_COMMA) !== 0 && (questionFirst || ((gaps & (GAP_SEMICOLON | GAP_COLON)) !== 0 && (f.text.includes('; ') || f.text.includes(': ')))) && mayBeLeftOpen(f.text) && LEFT_OPEN.test(lower(f.text))) ||
    (endsOnAttention(f.text) && GETS_ATTENTION.test(lower(f.text)))
  ) {
    return 'hedge';
  }
  if (!we && (((mask & CUE.DEFINE_WORD) !== 0 && DEFINE.test(lower(f.text))) || ((bits & WORD_BIT.IS_ZIJN) !== 0 && mayBeIsOrZijn(f.text) && IS_OR_ZIJN.test(f.text) && DEFINITION_START.test(lower(f.text))))) return 'glossary';
  // "Thema's: a, b, c" lists words; "Term: een …" or "Term – werkwijze waarbij …" defines one
  const lead = (f.span !== undefined ? leadMarkBetween(f.span) : hasLeadMark(f.text)) ? /^([^:.!?–—]{2,80})(?::|\s[–—-])\s+(.*)$/.exec(f.text) : null;
  if (lead !== null && f.tableHeader === undefined) {
    const head = whitespacePieces(lead[1]!.trim());
    const rest = lead[2]!;
    // a label without a verb, then short items ("Speerpunten 2025: wachttijden terugdringen, één aanspreekpunt, …")
    // (not when a sentence follows a title: "Afspraak 1 – Samen aan het stuur: gemeenten en aanbieders delen …")
    // (the items are split only for a short label)
    if (head <= 10 && shortChunks(rest) && !HEAD_VERB.test(lead[1]!.toLowerCase()) && !rest.includes(': ') && !HEAD_PERSON.test(lead[1]!.toLowerCase())) return 'list';
    if (head <= 4 && !we && /^[a-zà-ÿ]/.test(rest) && (!(mask & CUE.INTENT_WORD) || /^(?:een|de|het) /.test(rest)) && !HEAD_VERB.test(lead[1]!.toLowerCase()) && !HEAD_PERSON.test(lead[1]!.toLowerCase()) && !HEAD_DECISION.test(lead[1]!.trim().toLowerCase()) && !ACTOR_ACTS.test(rest)) {
      return 'glossary';
    }
  }

  // the colophon: "Vastgesteld door het bestuur op 18 december 2025" says when, not what
  if (mayBeColophon(f.text) && COLOPHON.test(f.text)) return 'statement';
  // history ("In 2014 zijn de gemeenten gestart met …", "In 2021 draaide een proef …"), another region's
  // practice, a trend, and the text describing itself are no plan
  if ((f.pastYear && !f.planYear) || (f.toldPast ?? yearThenPast(f.text)) || (mayBeElsewhereOrTrend(f.text) && ELSEWHERE_OR_TREND.test(lower(f.text)) && (!we || OUTSIDE_YOUTH_CARE.test(lower(f.text)))) || (opensWithDHI(f.text) && (bits & WORD_BIT.ITSELF_NOUN) !== 0 && ABOUT_ITSELF.test(lower(f.text)))) return 'statement';
  // "In 2024 hebben de gemeenten … besproken": a participle without "wordt" is the perfect tense, what
  // happened (with "we" it is often a goal: "In 2027 hebben we de wachttijd gehalveerd")
  const perfect = !we && (mask & CUE.PARTICIPLE) !== 0 && (mask & CUE.PASSIVE) === 0;
  const intent =
    (mask & CUE.INTENT_WORD) !== 0 ||
    // "Vanaf 2026 begint de hulp binnen zes weken": a dated arrangement
    (f.planYear && !perfect && DATED_START.test(lower(f.text))) ||
    ((we || region) && (mask & CUE.INTENT_VERB) !== 0) ||
    (we && (mask & CUE.MODAL) !== 0) ||
    (f.planYear && !perfect && (we || region)) ||
    (mask & CUE.DONE) !== 0 ||
    ((mask & CUE.UNIVERSAL) !== 0 && (mask & CUE.RECEIVE) !== 0);
  // "Moet u wachten? Dan bellen we u." answers the question with a promise (plain-language style)
  if (f.afterQuestion && /^dan\b/i.test(f.text) && !(mask & (CUE.OPEN | CUE.PROBLEM))) {
    if (!ANSWER_NOT_PROMISE.test(lower(f.text))) return 'commitment';
    // "Moet u wachten? Dan belt niemand u.": the answer complains ("Dan hoeft u niets te regelen" does not)
    if (NOBODY.test(lower(f.text)) && !NEED_NOT.test(lower(f.text))) return 'problem';
  }
  // "Wij zien de band tussen gezin en hulpverlener als …" states a view, not an observation; "… en horen
  // we hoe het ging" asks, it observes nothing ("we horen dat …" does)
  if ((mask & CUE.OPEN) !== 0 && !((bits & WORD_BIT.VIEW_AS) !== 0 && VIEW_AS.test(lower(f.text))) && !cueOnlyInSubclause(lower(f.text), CUE.OPEN) && !hearsHowOnly(f.text)) return 'problem';
  // the text about itself ("in deze visie", "op deze website"); a website the municipality or region
  // fills, or one with a date to come, is an arrangement ("Vanaf maart 2026 staat op de website …")
  if ((mask & CUE.META) !== 0 || ((mask & CUE.META_WEAK) !== 0 && !we && !((f.planYear || (region && PUBLISHES.test(lower(f.text)))) && WEBSITE.test(f.text)) && !namedWorkingWebsite(f.text))) return 'statement';
  // what the region only values is an ambition, unless it says how ("; daarom …", a number, the means)
  if (!f.planYear && (bits & WORD_BIT.VALUE_WORD) !== 0 && VALUES_NEEDS.test(lower(f.text)) && VALUES.test(lower(f.text)) && !VALUES_THAT.test(lower(f.text)) && !VALUE_THEN_ACTS.test(lower(f.text)) && !concrete(f.text, f.span, bits)) return 'ambition';
  // "In de praktijk is het budget leidend en niet wat een kind nodig heeft", "Nog steeds bepaalt het aanbod
  // de hulp en niet de vraag": how it goes now, against what is needed ("nu" and "praktijk" have a word
  // bit, "nog" is a placeholder piece)
  if (!we && (bits & (WORD_BIT.NU_PRAKTIJK | WORD_BIT.PLACEHOLDER)) !== 0 && NOW_INSTEAD.test(lower(f.text))) return 'problem';
  // a list of topics discussed names them (a topic may be an item's word in passing)
  if ((mask & CUE.NUMBER) === 0 && (bits & WORD_BIT.TOPIC_VERB) !== 0 && (gaps & GAP_COMMA) !== 0 && TOPICS_NEEDS.test(lower(f.text)) && TOPICS_OF.test(lower(f.text)) && !TOPICS_ACT.test(lower(f.text))) return 'statement';
  if ((mask & CUE.PRINCIPLE_WORD) !== 0 && (we || region || !(mask & CUE.PROBLEM)) && PRINCIPLE.test(lower(f.text))) return 'principle';
  if (intent && (mask & CUE.PAST) !== 0 && !we && !isHabit(f.text, bits)) return 'statement';
  // a finding ("Vastgesteld is dat de lasten te hoog zijn") names a problem, whoever found it
  if ((mask & CUE.PROBLEM) !== 0 && FINDING_START.test(lower(f.text))) return 'problem';
  // what we or the region want, or an effort, with nothing that says how or when: an ambition
  // (a number word makes it concrete, unless it only counts who takes part: "De vier gemeenten willen …")
  // (the mask before the pattern: the same answer, and most passages have neither cue)
  if ((we || region) && !f.planYear && (mask & (CUE.INTENT_VERB | CUE.MODAL)) !== 0 && ((mask & CUE.NUMBER) === 0 || MAY_COUNT_MEMBERS.test(f.text))) {
    // "We willen dat …" (a lead-in "Om dat te bereiken willen we:" announces actions; "We willen dat de hulp:" a wish)
    const wants =
      (mask & CUE.MODAL) !== 0 && f.text.includes('wil') && WANTS.test(lower(f.text)) && !WANT_ACTS.test(lower(f.text)) &&
      !(f.text.trimEnd().endsWith(':') && !/\b(?:wil|willen)\s(?:(?:we|wij)\s)?dat\b/.test(lower(f.text)));
    // "We werken aan betere samenwerking"
    const effort = !wants && (bits & WORD_BIT.EFFORT) !== 0 && mayBeEffort(lower(f.text)) && EFFORT.test(lower(f.text));
    if (wants || effort) {
      const counted = (mask & CUE.NUMBER) !== 0 || /\d/.test(f.text) ? withoutMemberCounts(f.text) : undefined;
      if (((mask & CUE.NUMBER) === 0 || counted !== undefined) && !concrete(counted ?? f.text, f.span, bits)) return 'ambition';
    }
  }
  // "Ervaringsdeskundigen worden nog nauwelijks ingezet": it hardly happens yet, and nothing plans it
  // (not in a clause of reason, time or condition, nor with a clause after it that acts)
  if (!f.planYear && (bits & WORD_BIT.PLACEHOLDER) !== 0 && NOG_ANY_CASE.test(f.text) && STILL_HARDLY.test(lower(f.text)) && !PLANS.test(lower(f.text)) && !HARDLY_YET_CLAUSE.test(lower(f.text))) return 'problem';
  // "Een tekort is nooit een reden om hulp te weigeren": a rule about a problem, not the problem
  if ((mask & CUE.PROBLEM) !== 0 && REDEN_ANY_CASE.test(f.text) && NEVER_A_REASON.test(lower(f.text))) return 'arrangement';
  // a shortfall described: "Jongeren kennen hun rechten vaak niet, en niemand houdt dat bij", "De huidige
  // samenwerking is versnipperd: voor … werken we met vier gemeenten"
  if (!f.planYear && describesShortfall(mask, f.text, we, bits)) return 'problem';
  // a problem word next to an intent of the text's own ("is vastgelegd dat … wat nog ontbreekt") stays a commitment
  if (intent && (!(mask & CUE.PROBLEM) || we || region || (mask & CUE.INTENT_WORD) !== 0)) return 'commitment';

  const listLike = (f.blockKind === 'listItem' || f.blockKind === 'tableCell') && f.words <= 8;
  if (f.blockKind === 'listItem' && f.leadIn !== undefined && isStrongKind(f.leadIn) && f.words >= 3) return 'commitment';
  // a short list item that is a sentence of its own ("U hoeft minder formulieren in te vullen.") says
  // what it says; a list of topics has no full stops ("Minder formulieren")
  // (not under a lead-in: "Dit hoorden we van jongeren:" or "Wat we willen bereiken:" passes on what the items are)
  // and with a verb: "Sterke samenwerking tussen alle betrokkenen." is a topic with a full stop)
  const sentenceItem = listLike && f.blockKind === 'listItem' && f.leadIn === undefined && f.words >= 4 && endsWithFullStop(f.text) && hasFiniteVerb(mask, f.text);
  if (listLike && !sentenceItem) return 'list';
  // "Op de website Jeugdwijzer Oostland ziet u welke hulp er is": a website that exists shows what is arranged
  if ((mask & CUE.META_WEAK) !== 0 && namedWorkingWebsite(f.text)) return 'arrangement';
  if (mask & CUE.PROBLEM) return 'problem';
  if (!f.elliptical && isArrangement(mask, f.text, bits)) return 'arrangement';
  return sentenceItem ? 'list' : 'statement';
}

/**
 * A present-tense statement of how things are arranged, without "we gaan/zullen": in a
 * regiovisie "Professionals krijgen de ruimte…", "Elk gezin heeft één contactpersoon", "Hulp moet
 * dichtbij huis zijn", "Overbruggingszorg wordt aangeboden" state policy: a normative modal, a
 * passive with a participle, an acting subject (an actor, we, the region or "elk/iedere"), a time
 * limit, a reduction with its figures, or what the reader gets ("U krijgt …").
 */
function isArrangement(mask: number, text?: string, bits = -1): boolean {
  if ((mask & CUE.DESCRIBE) !== 0 || ((mask & CUE.VALUE) !== 0 && !(text !== undefined && valueOnlyAsked(lower(text))))) return false;
  // "Jongeren weten vaak het best wat werkt": how things often are (in the last clause: "De hulp duurt
  // vaak een jaar; in de tussentijd bekijken …" arranges)
  if (text !== undefined && (mask & CUE.NUMBER) === 0 && (mask & CUE.HEDGE_WORD) !== 0 && (bits & WORD_BIT.OFTEN) !== 0 && OFTEN.test(lower(text)) && !/\d/.test(text) && OFTEN.test(mainClause(lower(text)))) return false;
  // a past verb is no arrangement, except in a clause inside a habit of ours, of professionals or of
  // the region ("Elk jaar voeren we gesprekken over hoe de hulp ging"), or only in a concession or a
  // clause put in front ("… mag kiezen wat werkt, ook als dat niet in het plan stond")
  if ((mask & CUE.PAST) !== 0 && !((mask & (CUE.FIRST_PLURAL | CUE.ACTOR | CUE.REGION_SUBJECT)) !== 0 && text !== undefined && isHabit(text, bits)) && !(text !== undefined && mayHaveSubclause(text) && cueOnlyInSubclause(lower(text), CUE.PAST))) return false;
  if (mask & CUE.NORM) return true;
  if ((mask & CUE.PASSIVE) !== 0 && (mask & CUE.PARTICIPLE) !== 0) return true;
  // an acting subject (the tests below also say yes: they are read only without one)
  if ((mask & (CUE.ACTOR | CUE.FIRST_PLURAL | CUE.REGION_SUBJECT | CUE.UNIVERSAL)) !== 0) return true;
  if (text === undefined) return false;
  // "Wie niet tevreden is, kan terecht bij …": whoever it concerns, what they can do
  if (text.charCodeAt(0) === 87 && WHOEVER.test(text)) return true;
  // "Binnen zes weken na aanmelding start de hulp": a time limit sets a norm
  if ((bits & WORD_BIT.LIMIT_WORD) !== 0 && (bits & WORD_BIT.TIME_UNIT) !== 0 && ((mask & CUE.NUMBER) !== 0 || /\d/.test(text)) && (mask & (CUE.PAST | CUE.NATIONAL_WORD)) === 0 && TIME_LIMIT.test(lower(text)) && !/\b(?:gemiddeld|geldt|gelden)\b/.test(lower(text))) return true;
  // "Het aantal productcodes gaat terug van 90 naar 20": a target set, with its figures
  if ((mask & CUE.PAST) === 0 && text.includes(' van ') && ((mask & CUE.NUMBER) !== 0 || /\d/.test(text)) && TARGET_FROM_TO.test(lower(text))) return true;
  // "U krijgt één vaste contactpersoon", "Jij hoeft je verhaal maar één keer te vertellen": what the
  // reader gets, in a plain-language text, is arranged (not what the reader wants: "Dan wil je niet …")
  return (mask & CUE.SECOND_PERSON) !== 0 && !READER_WANTS.test(lower(text)) && !(NOBODY.test(lower(text)) && !NEED_NOT.test(lower(text)));
}
/** What someone else values, asked: "… vragen we wat zij zelf (het) belangrijk(ste) vinden" (not "wat wij belangrijk vinden"). */
const VALUE_ASKED = /\b(?:vragen|vraagt|vroegen|vroeg|bespreken|bespreekt|gaan na|gaat na|nagaan|horen|hoort|weten|weet)\b[^.;]{0,40}?\bwat\s(?!(?:we|wij|ons)\b)(?:\S+\s){0,6}?(?:het )?belangrijk(?:ste|st|e)?\s(?:vind|vindt|vinden|is|zijn)\b/;
/** Is the only "belangrijk" of the passage in what someone values (VALUE_ASKED)? Then it says nothing about the passage itself. */
function valueOnlyAsked(t: string): boolean {
  return VALUE_ASKED.test(t) && t.indexOf('belangrijk') === t.lastIndexOf('belangrijk');
}
/** The reader wanting something: "wil je", "je wilt", "u wilt". */
const READER_WANTS = /\b(?:wil|wilt|willen) (?:je|jij|u)\b|\b(?:je|jij|u) (?:wil|wilt)\b/;
/** A reduction with its figures, "gaat terug van 90 naar 20", "halveren van 12 naar 6": a verb that says the direction (not "gaat van 6 naar 10", "groeit van … naar"). */
const TARGET_FROM_TO = /\b(?:terug|omlaag|verlagen|verlaagt|verminderen|vermindert|halveren|halveert|teruggebracht|verlaagd)\b[^.;:]{0,60}?\bvan \S+ (?:\S+ )?(?:naar|tot) \S+/;
