/**
 * Compiling an item's signal terms into one matcher for the whole checklist, and finding the
 * terms in a sentence. Term syntax (see signals.json "$comment"):
 *   "word"        a word; also found inside compounds (long enough words)
 *   "=word"       whole word only (same stem or same written form)
 *   "==word"      by its written form, never its stem ("vertrouwelijk" is not "vertrouwen"), also in compounds
 *   "===word"     both: the written word itself, no compounds, no other forms ("===geld" is not "gelden")
 *   "~term"       a vague mention: counts as a hit, but at most "deels"; in "exclude" a "~" term is
 *                 another sense that rules out only the item's vague mentions and weak words (its own
 *                 terms and paraphrases without "~" stand; those with "~" fall away too)
 *   "a b c"       a phrase: the words in this order within one sentence, at most 3 other words between
 *                 (2 after an article: "het gezin" is not "het Steunpunt Jeugd en Gezin")
 *   "#"           inside a phrase: any number ("12 gemeenten", "twaalf gemeenten")
 *   "@word"       (weak list) an actor (ouders, aanbieders…): two actors alone are no topic;
 *                 an actor counts only together with a topical weak word
 */
import type { Checklist } from '../checklist/types';
import { CompoundMatcher, type WordPattern } from '../text/compound';
import { SEPARABLE_PARTICLES, tokenize, tokenizeMany } from '../text/tokenize';
import { presentSingular } from '../text/verb-forms';
import { DUTCH_STOPWORDS } from '../text/stopwords';
import { isCareWord, isTopicWord } from './cues';

/**
 * How common a paraphrase group's words are in a text about youth care, roughly (the most common
 * alternative counts): 3 for a stop word or a word of three letters or less, 2 for a word of the
 * topic ("hulp", "ouders", "jeugdhulp": also found inside compounds), 1 for the rest and for a
 * phrase (its class is marked only when all its words stand in order). A paraphrase is tried only
 * when its anchor group is in the sentence: a group of rare words tries it seldom.
 */
function groupCommonness(alts: readonly string[]): number {
  let most = 1;
  for (const alt of alts) {
    const w = alt.replace(/^[=~@]+/, '').trim();
    if (w.includes(' ')) continue;
    if (w.length <= 3 || DUTCH_STOPWORDS.has(w)) return 3;
    if (isTopicWord(w) || isCareWord(w)) most = 2;
  }
  return most;
}

/**
 * 'class': a word of an "about" group or of a paraphrase. Each distinct word is one term, shared
 * by every item and paraphrase that uses it (the family words recur in many of them).
 */
export type TermKind = 'strong' | 'weak' | 'exclude' | 'class' | 'domain' | 'childDomain';

export interface CompiledTerm {
  item: number;
  kind: TermKind;
  /** "~" prefix: a vague mention only. */
  mention: boolean;
  /** "@" prefix: an actor word; only counts next to a topical weak word. */
  actor: boolean;
  /** For "class" terms: the word class (index into classAnchors). */
  cls: number;
  /** Pattern ids; NUMBER_SLOT for "#". */
  words: number[];
  text: string;
}

const NUMBER_SLOT = -1;

/**
 * What a found term does to a sentence's counts (CompiledChecklist.termRole), one small number
 * per term so the per-sentence loop reads a typed array instead of the term's fields.
 */
export const TERM_ROLE = {
  /** A word of another policy field. */
  DOMAIN: 0,
  /** A word class that anchors no paraphrase. */
  CLASS: 1,
  /** A word class that anchors a paraphrase (see classAnchors). */
  ANCHOR: 2,
  EXCLUDE: 3,
  /** A weak term that is not an actor: topical. */
  WEAK: 4,
  WEAK_ACTOR: 5,
  /** A strong term with "~": a vague mention. */
  MENTION: 6,
  STRONG: 7,
  /** A strong phrase of more than one word. */
  STRONG_PHRASE: 8,
  /** A word of a field where children and parents are named as a matter of course (Checklist.childDomains). */
  CHILD_DOMAIN: 9,
  /** An exclusion with "~": another sense that rules out only the item's vague mentions and weak words, not its own terms or paraphrases. */
  EXCLUDE_VAGUE: 10,
} as const;

function roleOf(t: CompiledTerm, classAnchors: readonly (readonly number[])[]): number {
  switch (t.kind) {
    case 'domain':
      return TERM_ROLE.DOMAIN;
    case 'childDomain':
      return TERM_ROLE.CHILD_DOMAIN;
    case 'class':
      return classAnchors[t.cls]!.length > 0 ? TERM_ROLE.ANCHOR : TERM_ROLE.CLASS;
    case 'exclude':
      return t.mention ? TERM_ROLE.EXCLUDE_VAGUE : TERM_ROLE.EXCLUDE;
    case 'weak':
      return t.actor ? TERM_ROLE.WEAK_ACTOR : TERM_ROLE.WEAK;
    default:
      return t.mention ? TERM_ROLE.MENTION : t.words.length > 1 ? TERM_ROLE.STRONG_PHRASE : TERM_ROLE.STRONG;
  }
}
/** Words a phrase may skip between two of its words. */
const MAX_GAP = 3;
/** After an article ("het gezin", "de eigen omgeving"), at most this many words before its noun: "het Steunpunt Jeugd en Gezin" is no "het gezin". */
const ARTICLE_GAP = 2;
const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'een']);

export interface CompiledChecklist {
  matcher: CompoundMatcher;
  patternCount: number;
  /** Per pattern id: 1 for an article (de, het, een), which keeps its noun close in a phrase (ARTICLE_GAP). */
  article: Uint8Array;
  terms: CompiledTerm[];
  /** Terms by the pattern id of their first word. */
  byFirst: Map<number, number[]>;
  /** Terms starting with "#". */
  numberFirst: number[];
  /** The same as packTerms pairs: tried at a number like other terms at their first word (a phrase only with its key in the sentence). */
  numberPairs: Int32Array;
  /**
   * Per term: its number of words, and for a phrase the pattern id of its rarest later word (the
   * longest; NUMBER_SLOT when all are "#"). A phrase is tried only when that word is in the
   * sentence: "in de wachttijd" is rejected by "wachttijd", not let through by "de".
   */
  termLength: Int32Array;
  termKey: Int32Array;
  /** Per term: its words (pattern ids, NUMBER_SLOT for "#"), packed: term i's are data[at[i]], …, data[at[i + 1] - 1] (see packLists). */
  termWords: { at: Int32Array; data: Int32Array };
  /** Per term: its TERM_ROLE, item and word class (flat copies of terms[i] for the per-sentence counts). */
  termRole: Uint8Array;
  termItem: Int32Array;
  termCls: Int32Array;
  /** Per item: its "about" groups, each a list of word classes (none: no about rule). */
  aboutGroups: PackedGroups;
  /** Per paraphrase: its item. */
  paraItem: Int32Array;
  /** Per item: 1 when a past, one-off event is only a mention of it (Signals.ongoing). */
  ongoing: Uint8Array;
  /** Per item: 1 when a term said with "niet" or "geen" names what is missing (Signals.deniable). */
  deniable: Uint8Array;
  /** Per item: the items it leaves a passage to (Signals.yieldsTo), as item indexes. */
  yieldsTo: { at: Int32Array; data: Int32Array };
  /** Per paraphrase: 1 when it is a mention only ("~…": at most deels). */
  paraMention: Uint8Array;
  /**
   * Per paraphrase: its groups but the anchor group (see classAnchors). A paraphrase is tried only
   * when a class of its anchor group is in the sentence, so only these need to be looked at.
   */
  paraRest: PackedGroups;
  /**
   * Per word class: the paraphrases whose anchor group holds it. The anchor is the group of the
   * least common words (longest shortest word), so a paraphrase is tried only when its rarest
   * part is in the sentence, not for every "hulp" or "ouders". Class c's paraphrases are
   * classAnchors.data[classAnchors.at[c]], …, classAnchors.data[classAnchors.at[c + 1] - 1].
   */
  classAnchors: { at: Int32Array; data: Int32Array };
  /** Number of word classes. */
  classCount: number;
  /**
   * Per pattern id: 1 for the key (termKey) of some phrase, the only words a sentence notes as
   * present: a phrase is tried only where its key is, and phraseFrom reads its other words where
   * they stand (noting every later word, "de" and "van" among them, cost more than it saved).
   */
  phraseKey: Uint8Array;
  /** The start terms of the tokens met so far (see MatchToken; grows). */
  starts: StartPool;
  /**
   * Per term: 1 for a word class that anchors no paraphrase ("hulp", "ouders"), an exclusion or a
   * word of another policy field. These only matter next to an item's own term or a paraphrase
   * anchor, so they are matched in a second, late pass, only for sentences where one was found.
   */
  lateTerm: Uint8Array;
  /**
   * Per term: its word class when it is a late one-word class term (a common "about" word such as
   * "ouders"), else -1. Such a word only says its class is in the sentence, so matchTokenOf makes
   * it a mark (markToken notes it at MatchState.present[patternCount + cls]) instead of a term to match.
   */
  markedClass: Int32Array;
  /**
   * The checklist's words that are a separable verb ("bijsturen", "afstemmen"), for joining a
   * particle that stands apart: per particle, the rest of each such verb ("bij" → "sturen"), so a
   * candidate is looked up without making the joined string.
   */
  separableVerbs: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Lists of groups of word classes in one array, read in the per-sentence loops without an object
 * per list or group: list i starts at data[at[i]] with its number of groups, then each group as
 * its number of classes followed by the classes.
 */
export interface PackedGroups {
  at: Int32Array;
  data: Int32Array;
}

function packGroups(lists: readonly (readonly Int32Array[])[]): PackedGroups {
  const at = new Int32Array(lists.length);
  const data: number[] = [];
  lists.forEach((groups, i) => {
    at[i] = data.length;
    data.push(groups.length);
    for (const g of groups) data.push(g.length, ...g);
  });
  return { at, data: Int32Array.from(data) };
}

/** Lists of numbers in one array: list i is data[at[i]], …, data[at[i + 1] - 1]. */
function packLists(lists: readonly (readonly number[])[]): { at: Int32Array; data: Int32Array } {
  const at = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (at[i + 1] = at[i]! + list.length));
  return { at, data: Int32Array.from(lists.flat()) };
}

/** At most this many groups in an "about" rule or a paraphrase (one bit each). */
export const MAX_GROUPS = 8;

const cache = new WeakMap<Checklist, CompiledChecklist>();

export function compileChecklist(checklist: Checklist): CompiledChecklist {
  const hit = cache.get(checklist);
  if (hit) return hit;
  const patterns: WordPattern[] = [];
  const patternIds = new Map<string, number>();
  const patternId = (form: string, compound: boolean, headOnly: boolean, exactForm = false): number => {
    const key = (exactForm ? 'f:' : compound ? (headOnly ? 'h:' : 'c:') : 'x:') + form;
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patterns.push({ form, compound, headOnly, exactForm });
      patternIds.set(key, id);
    }
    return id;
  };
  const terms: CompiledTerm[] = [];
  const aboutGroups: Int32Array[][] = [];
  const paraItem: number[] = [];
  const paraMention: number[] = [];
  const classIds = new Map<string, number>();
  const paraGroups: Int32Array[][] = [];
  const paraRest: Int32Array[][] = [];
  const classAnchors: number[][] = [];
  // the terms' words are tokenised in one scan, not one short scan per word (see tokenizeMany)
  const chunkTokens = tokenizeMany(termPieces(checklist));
  checklist.items.forEach((item, itemIndex) => {
    const add = (list: string[] | undefined, kind: TermKind, cls = -1) => {
      for (const raw of list ?? []) {
        let text = raw.trim();
        let mention = false;
        let exact = false;
        let exactForm = false;
        let actor = false;
        while (text.startsWith('~') || text.startsWith('=') || text.startsWith('@')) {
          if (text.startsWith('==')) {
            exactForm = true;
            text = text.slice(2).trim();
            continue;
          }
          if (text[0] === '~') mention = true;
          else if (text[0] === '@') actor = true;
          else exact = true;
          text = text.slice(1).trim();
        }
        const parts: number[] = [];
        // split on white space; "#" is a number slot; other tokens via the tokenizer
        const chunks = text.split(/\s+/);
        for (const chunk of chunks) {
          if (chunk === '#') {
            parts.push(NUMBER_SLOT);
            continue;
          }
          const toks = chunkTokens.get(chunk) ?? tokenize(chunk);
          // a one-word term (not a phrase, not a word the tokenizer splits: "zorg-aanbieder")
          const single = chunks.length === 1 && toks.length === 1;
          for (const t of toks) {
            // compound matching only for content words of a reasonable length
            const compound = !exact && t.norm.length >= 4 && (single || t.norm.length >= 5);
            // weak (generic) words only as the head of a compound: "aanbieders" in
            // "jeugdhulpaanbieders", but not "regio" in "regiovisie"
            parts.push(patternId(t.norm, compound, kind === 'weak' || !single, exactForm));
          }
        }
        if (parts.length === 0) continue;
        terms.push({ item: itemIndex, kind, mention, actor, cls, words: parts, text });
        // a one-word infinitive is also its present-tense singular, as a whole word
        // ("spreken" finds "niemand spreekt", "bellen" finds "de consulent belt")
        if (chunks.length === 1 && !exactForm && parts.length === 1) {
          for (const form of presentSingular(text)) {
            terms.push({ item: itemIndex, kind, mention, actor, cls, words: [patternId(form, false, false)], text });
          }
        }
      }
    };
    /** The word class of one alternative ("ouders", "vaste persoon"), made once. */
    const classOf = (alternative: string): number => {
      let id = classIds.get(alternative);
      if (id === undefined) {
        id = classAnchors.length;
        classIds.set(alternative, id);
        classAnchors.push([]);
        add([alternative], 'class', id);
      }
      return id;
    };
    add(item.signals.strong, 'strong');
    add(item.signals.weak, 'weak');
    add(item.signals.exclude, 'exclude');
    // words of other policy fields belong to no item; they are compiled once, with item 0
    if (itemIndex === 0) {
      add(checklist.otherDomains, 'domain');
      add(checklist.childDomains, 'childDomain');
    }
    const about = (item.signals.about ?? []).slice(0, MAX_GROUPS);
    aboutGroups[itemIndex] = about.map((g) => Int32Array.from(alternatives(g), classOf));
    for (const written of item.signals.paraphrase ?? []) {
      const mention = written.trimStart().startsWith('~');
      const p = mention ? written.trimStart().slice(1) : written;
      const groups = p.split('+').slice(0, MAX_GROUPS);
      const para = paraItem.length;
      paraItem.push(itemIndex);
      paraMention.push(mention ? 1 : 0);
      const groupAlts = groups.map(alternatives);
      paraGroups.push(groupAlts.map((alts) => Int32Array.from(alts, classOf)));
      // the anchor: the group of the least common words (see groupCommonness), then of the longest shortest word
      let anchor = 0;
      const shortest = (alts: string[]) => Math.min(...alts.map((a) => a.replace(/^[=~@]+/, '').length));
      const costs = groupAlts.map(groupCommonness);
      groupAlts.forEach((alts, gi) => {
        if (costs[gi]! < costs[anchor]! || (costs[gi] === costs[anchor] && shortest(alts) > shortest(groupAlts[anchor]!))) anchor = gi;
      });
      for (const cls of paraGroups[para]![anchor]!) if (!classAnchors[cls]!.includes(para)) classAnchors[cls]!.push(para);
      paraRest.push(paraGroups[para]!.filter((_, gi) => gi !== anchor));
    }
  });
  const byFirst = new Map<number, number[]>();
  const numberFirst: number[] = [];
  terms.forEach((t, i) => {
    const first = t.words[0]!;
    if (first === NUMBER_SLOT) numberFirst.push(i);
    else {
      const list = byFirst.get(first);
      if (list) list.push(i);
      else byFirst.set(first, [i]);
    }
  });
  const separableVerbs = new Map<string, Set<string>>();
  const compiled: CompiledChecklist = {
    matcher: new CompoundMatcher(patterns),
    patternCount: patterns.length,
    article: Uint8Array.from(patterns, (p) => (ARTICLES.has(p.form) ? 1 : 0)),
    terms,
    byFirst,
    numberFirst,
    numberPairs: new Int32Array(0),
    termLength: Int32Array.from(terms, (t) => t.words.length),
    termKey: Int32Array.from(terms, (t) => rarestLaterWord(t.words, patterns)),
    termWords: packLists(terms.map((t) => t.words)),
    termRole: Uint8Array.from(terms, (t) => roleOf(t, classAnchors)),
    termItem: Int32Array.from(terms, (t) => t.item),
    termCls: Int32Array.from(terms, (t) => t.cls),
    aboutGroups: packGroups(aboutGroups),
    paraItem: Int32Array.from(paraItem),
    ongoing: Uint8Array.from(checklist.items, (item) => (item.signals.ongoing === true ? 1 : 0)),
    deniable: Uint8Array.from(checklist.items, (item) => (item.signals.deniable === true ? 1 : 0)),
    yieldsTo: packLists(checklist.items.map((item) => (item.signals.yieldsTo ?? []).map((id) => checklist.items.findIndex((other) => other.id === id)).filter((i) => i >= 0))),
    paraMention: Uint8Array.from(paraMention),
    paraRest: packGroups(paraRest),
    classAnchors: packLists(classAnchors),
    classCount: classAnchors.length,
    phraseKey: keysOf(terms, patterns),
    starts: { pairs: new Int32Array(1024), used: 0, byIds: new Map() },
    lateTerm: Uint8Array.from(terms, (t) =>
      t.words[0] !== NUMBER_SLOT && ((t.kind === 'class' && classAnchors[t.cls]!.length === 0) || t.kind === 'exclude' || t.kind === 'domain' || t.kind === 'childDomain') ? 1 : 0,
    ),
    markedClass: Int32Array.from(terms, (t) =>
      t.words.length === 1 && t.words[0] !== NUMBER_SLOT && t.kind === 'class' && classAnchors[t.cls]!.length === 0 ? t.cls : -1,
    ),
    separableVerbs,
  };
  compiled.numberPairs = packTerms(compiled, numberFirst);
  cache.set(checklist, compiled);
  // each separable verb the checklist names, and its present tense, split after its particle:
  // "particle + rest is a verb" exactly when rest is in the particle's set
  for (const p of patterns) {
    for (const particle of SEPARABLE_PARTICLES) {
      if (p.form.length < particle.length + 4 || !p.form.startsWith(particle) || !p.form.endsWith('en')) continue;
      let rests = separableVerbs.get(particle);
      if (rests === undefined) separableVerbs.set(particle, (rests = new Set()));
      for (const form of [p.form, ...presentSingular(p.form)]) rests.add(form.slice(particle.length));
    }
  }
  return compiled;
}

/** Every piece of the checklist's terms between white space, "+" and "|", with and without its ~ = @ marks: the words compileChecklist tokenises (and a few more). */
function termPieces(checklist: Checklist): string[] {
  const pieces: string[] = [];
  const addPieces = (term: string) => {
    for (const piece of term.split(/[\s|]+/)) {
      for (const part of [piece, ...piece.split('+')]) if (part !== '') pieces.push(part, part.replace(/^[~=@]+/, ''));
    }
  };
  for (const item of checklist.items) {
    const s = item.signals;
    for (const list of [s.strong, s.weak, s.exclude, s.about, s.paraphrase]) for (const term of list ?? []) addPieces(term);
  }
  for (const term of [...(checklist.otherDomains ?? []), ...(checklist.childDomains ?? [])]) addPieces(term);
  return pieces;
}

/** The later word of a phrase least likely to be in a sentence: the longest form (the first of equals); NUMBER_SLOT when all are "#" or for a single word. */
function rarestLaterWord(words: readonly number[], patterns: readonly WordPattern[]): number {
  let key = NUMBER_SLOT;
  let longest = 0;
  for (let w = 1; w < words.length; w++) {
    const p = words[w]!;
    if (p !== NUMBER_SLOT && patterns[p]!.form.length > longest) {
      key = p;
      longest = patterns[p]!.form.length;
    }
  }
  return key;
}

/** Per pattern id: 1 for the key (rarestLaterWord) of some phrase (see CompiledChecklist.phraseKey). */
function keysOf(terms: readonly CompiledTerm[], patterns: readonly WordPattern[]): Uint8Array {
  const keys = new Uint8Array(patterns.length);
  for (const t of terms) {
    const key = rarestLaterWord(t.words, patterns);
    if (t.words.length > 1 && key !== NUMBER_SLOT) keys[key] = 1;
  }
  return keys;
}

/** "a|b c|d" → ["a", "b c", "d"]. */
function alternatives(group: string): string[] {
  return group.split('|').map((a) => a.trim()).filter((a) => a !== '');
}

/** Reusable scratch space for matching sentences: no allocation per sentence. */
export interface MatchState {
  /** Per term: the stamp of the last sentence in which it was found. */
  seen: Int32Array;
  stamp: number;
  /** Terms found in the current sentence, in discovery order, and the token where each starts. */
  terms: Int32Array;
  at: Int32Array;
  count: number;
  /** The late terms found, kept apart until the sentence is known to have another term. */
  lateTerms: Int32Array;
  lateAt: Int32Array;
  /**
   * Per pattern id of a phrase key (CompiledChecklist.phraseKey): the stamp of the last sentence
   * that contains it (a cheap pre-check before phraseFrom); from patternCount on, per word class: the stamp of the last sentence that has it
   * (see CompiledChecklist.markedClass).
   */
  present: Int32Array;
  /**
   * Per index of `present`: the last token of the sentence that has it (valid where present holds
   * the sentence's stamp). A phrase's key must come after its first word: a phrase whose key is
   * only at or before the token it would start at is rejected without phraseFrom.
   */
  lastAt: Int32Array;
  /**
   * Two indexes of `present` after the patterns and word classes (see alwaysSlot): `always`, which
   * beginSentence stamps (the key of a one-word term in the packed pairs: it passes the key test),
   * and `numberSlot`, stamped with a number or number word in the sentence (the key of a phrase
   * whose later words are all "#"), its lastAt the last such token.
   */
  always: number;
  numberSlot: number;
  /**
   * Per token of the block (filled by the caller, like isNum): onlyPattern of its pattern ids.
   * phraseFrom reads a phrase's later words here, in one array along the sentence, instead of each
   * token's list of ids.
   */
  only: Int32Array;
}

/**
 * MatchState.only of a token with these pattern ids: the id when it has exactly one; else the sign
 * bit with a bit per id (onlyBit) below it, 0 for none: a word without the pattern is mostly told
 * by that bit, and only then are its ids read.
 */
export function onlyPattern(ids: readonly number[]): number {
  if (ids.length === 1) return ids[0]!;
  let bits = 1 << 31;
  for (const p of ids) bits |= onlyBit(p);
  return bits;
}
function onlyBit(p: number): number {
  return 1 << p % 31;
}

export function createMatchState(compiled: CompiledChecklist): MatchState {
  const n = Math.max(1, compiled.terms.length);
  return {
    seen: new Int32Array(n),
    stamp: 0,
    terms: new Int32Array(n),
    at: new Int32Array(n),
    count: 0,
    lateTerms: new Int32Array(n),
    lateAt: new Int32Array(n),
    present: new Int32Array(alwaysSlot(compiled) + 2),
    lastAt: new Int32Array(alwaysSlot(compiled) + 2),
    always: alwaysSlot(compiled),
    numberSlot: alwaysSlot(compiled) + 1,
    only: new Int32Array(1024),
  };
}

/**
 * What matching needs of one token: its pattern ids, and the terms that can start at it
 * (firstTermsOf, not late and late), as packTerms pairs in CompiledChecklist.starts.pairs:
 * [firstsAt, lateAt) and [lateAt, endAt); its marks follow them there, [endAt, marksEnd).
 */
export interface MatchToken {
  readonly ids: readonly number[];
  /** The ids markToken notes in MatchState.present: keyWordIds(ids), and patternCount + cls for each marked class (see matchTokenOf). */
  readonly marks: readonly number[];
  readonly firstsAt: number;
  readonly lateAt: number;
  readonly endAt: number;
  /**
   * Its marks are also starts.pairs[endAt], …, starts.pairs[marksEnd - 1]: a caller that marks every
   * token reads them from that one typed array (hot in the cache) instead of from a small array
   * of each word type's own.
   */
  readonly marksEnd: number;
}

/**
 * The start terms of every distinct set of pattern ids met so far, packed one after another in
 * one array (filled by matchTokenOf, so it grows with the words seen; the same ids share one
 * place): matching reads a single typed array instead of two small ones per token.
 */
export interface StartPool {
  pairs: Int32Array;
  used: number;
  /** Per set of pattern ids (joined by commas): its firstsAt, lateAt, endAt and marksEnd. */
  byIds: Map<string, readonly [number, number, number, number]>;
}

/**
 * Can a term start at a token with these terms (some firsts or late firsts)? A caller that passes
 * matchMarkedSentence `opens` lists such tokens and the numbers (the analyzer: TypeInfo.opens).
 */
export function opensTerm(token: Pick<MatchToken, 'firstsAt' | 'endAt'>): boolean {
  return token.endAt > token.firstsAt;
}

/** The place of these packed firsts and late firsts, and of the marks after them, in the pool, added when new. */
function startsIn(pool: StartPool, key: string, firsts: Int32Array, late: Int32Array, marks: readonly number[]): readonly [number, number, number, number] {
  let place = pool.byIds.get(key);
  if (place === undefined) {
    const at = pool.used;
    const end = at + firsts.length + late.length + marks.length;
    if (end > pool.pairs.length) {
      const grown = new Int32Array(Math.max(end, pool.pairs.length * 2));
      grown.set(pool.pairs);
      pool.pairs = grown;
    }
    pool.pairs.set(firsts, at);
    pool.pairs.set(late, at + firsts.length);
    pool.pairs.set(marks, at + firsts.length + late.length);
    pool.used = end;
    place = [at, at + firsts.length, at + firsts.length + late.length, end];
    pool.byIds.set(key, place);
  }
  return place;
}

function hasPattern(tokens: readonly MatchToken[], isNum: ArrayLike<boolean | number>, only: Int32Array, k: number, p: number): boolean {
  if (p === NUMBER_SLOT) return isNum[k] ? true : false;
  const one = only[k]!;
  if (one >= 0) return one === p;
  if ((one & onlyBit(p)) === 0) return false;
  const list = tokens[k]!.ids;
  for (let i = 0; i < list.length; i++) if (list[i] === p) return true;
  return false;
}

/** The pattern ids that are the key of some phrase: the only ones a sentence must note as present. */
export function keyWordIds(compiled: CompiledChecklist, ids: readonly number[]): number[] {
  return ids.filter((p) => compiled.phraseKey[p] === 1);
}

/**
 * What matching needs of a token with these pattern ids. The late one-word class terms
 * (CompiledChecklist.markedClass) are left out of the late firsts [lateAt, endAt): markToken notes their classes in
 * MatchState.present instead, so matchMarkedSentence never returns them (one array write per
 * sentence instead of a term to find and count).
 */
export function matchTokenOf(compiled: CompiledChecklist, ids: readonly number[]): MatchToken & { ids: number[]; marks: number[] } {
  // (made once per set of ids: a block with a compound asks again for every such token; nobody
  // changes a MatchToken or its lists)
  let made = madeTokens.get(compiled);
  if (made === undefined) madeTokens.set(compiled, (made = new Map()));
  const key = ids.join(',');
  let token = made.get(key);
  if (token === undefined) made.set(key, (token = makeMatchToken(compiled, ids)));
  return token;
}
/** The MatchTokens made so far, per checklist and set of ids (see matchTokenOf). */
const madeTokens = new WeakMap<CompiledChecklist, Map<string, MatchToken & { ids: number[]; marks: number[] }>>();

function makeMatchToken(compiled: CompiledChecklist, ids: readonly number[]): MatchToken & { ids: number[]; marks: number[] } {
  const marks = marksOf(compiled, ids);
  const [firstsAt, lateAt, endAt, marksEnd] = startsIn(compiled.starts, ids.join(','), packTerms(compiled, firstTermsOf(compiled, ids)), packTerms(compiled, lateTermsOf(compiled, ids)), marks);
  return { ids: [...ids], marks, firstsAt, lateAt, endAt, marksEnd };
}

/** The late terms that can start at a token with these pattern ids, but the marked classes (see matchTokenOf). */
function lateTermsOf(compiled: CompiledChecklist, ids: readonly number[]): number[] {
  return firstTermsOf(compiled, ids, true).filter((ti) => compiled.markedClass[ti]! < 0);
}

/** The ids markToken notes for a token with these pattern ids: its keys of phrases and its marked classes (see matchTokenOf). */
function marksOf(compiled: CompiledChecklist, ids: readonly number[]): number[] {
  const marks = keyWordIds(compiled, ids);
  for (const ti of firstTermsOf(compiled, ids, true)) {
    const cls = compiled.markedClass[ti]!;
    if (cls >= 0 && !marks.includes(compiled.patternCount + cls)) marks.push(compiled.patternCount + cls);
  }
  return marks;
}

/**
 * The index of MatchState.present after the patterns and word classes that every sentence has
 * (MatchState.always): the key of a one-word term in packTerms. The next one, MatchState.numberSlot,
 * is the key of a phrase whose later words are all "#".
 */
export function alwaysSlot(compiled: CompiledChecklist): number {
  return compiled.patternCount + compiled.classCount;
}

/**
 * Terms as pairs (term, key) in one typed array: key is the phrase's termKey (its index in
 * MatchState.present), alwaysSlot for one word, the slot after it for a phrase keyed by "#". The
 * matching loop then reads one array in order instead of three per term, and tests every key alike.
 */
export function packTerms(compiled: CompiledChecklist, terms: readonly number[]): Int32Array {
  const out = new Int32Array(terms.length * 2);
  const always = alwaysSlot(compiled);
  terms.forEach((ti, i) => {
    out[2 * i] = ti;
    const key = compiled.termKey[ti]!;
    out[2 * i + 1] = compiled.termLength[ti]! === 1 ? always : key === NUMBER_SLOT ? always + 1 : key;
  });
  return out;
}

/** Terms that can start at a token with these pattern ids, in matching order (flattened byFirst). */
export function firstTermsOf(compiled: CompiledChecklist, ids: readonly number[], late = false): number[] {
  const out: number[] = [];
  const want = late ? 1 : 0;
  for (let i = 0; i < ids.length; i++) {
    const cands = compiled.byFirst.get(ids[i]!);
    if (cands !== undefined) for (let c = 0; c < cands.length; c++) if (compiled.lateTerm[cands[c]!] === want) out.push(cands[c]!);
  }
  return out;
}

/**
 * Start a sentence for matchMarkedSentence; returns its stamp. Then markToken every token of the
 * sentence (a caller that reads the tokens anyway does it in its own pass), then match.
 */
export function beginSentence(state: MatchState): number {
  const stamp = ++state.stamp;
  state.present[state.always] = stamp;
  return stamp;
}

/**
 * Note the token's patterns (and whether it is a number) as present in the sentence begun with
 * `stamp`, the token being number k of the sentence's buffer (the tokens in any order: MatchState.lastAt
 * keeps the last).
 */
export function markToken(state: MatchState, stamp: number, token: MatchToken, num: boolean, k: number): void {
  const { present, lastAt } = state;
  const list = token.marks;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    if (present[m] !== stamp) {
      present[m] = stamp;
      lastAt[m] = k;
    } else if (lastAt[m]! < k) lastAt[m] = k;
  }
  if (num) {
    const slot = state.numberSlot;
    if (present[slot] !== stamp) {
      present[slot] = stamp;
      lastAt[slot] = k;
    } else if (lastAt[slot]! < k) lastAt[slot] = k;
  }
}

/**
 * Find the terms in the sentence of tokens [from, to), begun and marked by the caller
 * (beginSentence, markToken for each token), into `state` (each term once, in order of
 * its first token); returns their number. `tokens[k]` holds the pattern ids of token k and the
 * terms that can start there (precomputed per word type, so no map lookup per token; the
 * analyzer passes its word types), `isNum[k]` marks a number or number word (for "#").
 *
 * With `late`, the late terms (the late firsts [lateAt, endAt) of a token, see CompiledChecklist.lateTerm) are found in
 * the same pass but kept only when some other term was found, after all the others (in token
 * order among themselves); without any other term the result is 0.
 *
 * With `opens`, only the tokens opens[openFrom], …, opens[openTo - 1] (ascending, within [from,
 * to)) are tried as the start of a term: a caller that reads the tokens anyway lists those where
 * a term can start (some firsts or late firsts, or a number), and the others cost nothing here.
 *
 * The caller fills `state.only[k]` for every token of the sentence (onlyPattern of its ids, see
 * MatchState.only), as it marks `isNum` and `state.present`; it grows the array with its token
 * buffer. The loop over a token's pairs is collectAt written out (a call per token is not inlined);
 * collectAt itself still reads the number pairs.
 */
export function matchMarkedSentence(
  compiled: CompiledChecklist,
  state: MatchState,
  tokens: readonly MatchToken[],
  isNum: ArrayLike<boolean | number>,
  from: number,
  to: number,
  late = false,
  opens?: Int32Array,
  openFrom = 0,
  openTo = 0,
): number {
  const stamp = state.stamp;
  const numberPairs = compiled.numberPairs;
  const pairs = compiled.starts.pairs;
  const { seen, present, lastAt: keyLastAt, always, only } = state;
  const { at: wordsAt, data: words } = compiled.termWords;
  const article = compiled.article;
  const { terms: outTerms, at: outAt, lateTerms, lateAt: lateOutAt } = state;
  // state.present (marked by the caller) says which phrase keys, and whether a number, occur in the
  // sentence: a phrase whose key is not there is rejected without scanning
  let count = 0;
  let lateCount = 0;
  const first = opens === undefined ? from : openFrom;
  const last = opens === undefined ? to : openTo;
  for (let o = first; o < last; o++) {
    const k = opens === undefined ? o : opens[o]!;
    const token = tokens[k]!;
    // the token's firsts and late firsts in one pass (they stand one after the other in the pool),
    // pairs (term, key) read in order: a phrase is rejected by its key before its term is looked at
    const lateAt = token.lateAt;
    const end = late ? token.endAt : lateAt;
    for (let c = token.firstsAt; c < end; c += 2) {
      // cheapest rejection first: the phrase's rarest later word is nowhere in the sentence (a
      // one-word term's key, `always`, is in every one: no test of the kind of pair per pair)
      const key = pairs[c + 1]!;
      if (present[key] !== stamp) continue;
      const ti = pairs[c]!;
      if (seen[ti] === stamp) continue;
      if (key !== always) {
        // its key is a later word: none after this token, no phrase from here
        if (keyLastAt[key]! <= k) continue;
        if (!phraseFrom(words, wordsAt[ti]!, wordsAt[ti + 1]!, tokens, isNum, only, k, to, article)) continue;
      }
      seen[ti] = stamp;
      if (c < lateAt) {
        outTerms[count] = ti;
        outAt[count] = k;
        count++;
      } else {
        lateTerms[lateCount] = ti;
        lateOutAt[lateCount] = k;
        lateCount++;
      }
    }
    if (isNum[k] && numberPairs.length > 0) count = collectAt(compiled, state, numberPairs, 0, numberPairs.length, tokens, isNum, k, to, outTerms, outAt, count);
  }
  if (count > 0) {
    // a plain copy: subarray views would be two allocations per sentence
    for (let i = 0; i < lateCount; i++) {
      outTerms[count] = lateTerms[i]!;
      outAt[count] = lateOutAt[i]!;
      count++;
    }
  }
  state.count = count;
  return count;
}

/** The terms of the pairs cands[pairFrom, pairEnd) (starting at token k) found in the sentence, appended to outTerms/outAt from `count` on; returns the new count. */
function collectAt(
  compiled: CompiledChecklist,
  state: MatchState,
  cands: Int32Array,
  pairFrom: number,
  pairEnd: number,
  tokens: readonly MatchToken[],
  isNum: ArrayLike<boolean | number>,
  k: number,
  to: number,
  outTerms: Int32Array,
  outAt: Int32Array,
  count: number,
): number {
  const seen = state.seen;
  const stamp = state.stamp;
  const present = state.present;
  const always = state.always;
  const { at: wordsAt, data: words } = compiled.termWords;
  // pairs (term, key) read in order: a phrase is rejected by its key before its term is looked at
  for (let c = pairFrom; c < pairEnd; c += 2) {
    const ti = cands[c]!;
    const key = cands[c + 1]!;
    // cheapest rejection first: the phrase's rarest later word is nowhere in the sentence (a
    // one-word term's key is always there)
    if (present[key] !== stamp) continue;
    if (seen[ti] === stamp) continue;
    if (key !== always && !phraseFrom(words, wordsAt[ti]!, wordsAt[ti + 1]!, tokens, isNum, state.only, k, to, compiled.article)) continue;
    seen[ti] = stamp;
    outTerms[count] = ti;
    outAt[count] = k;
    count++;
  }
  return count;
}

/**
 * Do the words after the first of a phrase (words[first], …, words[end - 1]) follow token k (each
 * within MAX_GAP skipped words, ARTICLE_GAP after an article, before `to`)?
 */
function phraseFrom(words: Int32Array, first: number, end: number, tokens: readonly MatchToken[], isNum: ArrayLike<boolean | number>, only: Int32Array, k: number, to: number, article: Uint8Array): boolean {
  let pos = k;
  for (let w = first + 1; w < end; w++) {
    const p = words[w]!;
    const before = words[w - 1]!;
    let next = -1;
    const limit = Math.min(to - 1, pos + 1 + (before >= 0 && article[before] === 1 ? ARTICLE_GAP : MAX_GAP));
    for (let j = pos + 1; j <= limit; j++) {
      if (hasPattern(tokens, isNum, only, j, p)) {
        next = j;
        break;
      }
    }
    if (next < 0) return false;
    pos = next;
  }
  return true;
}
