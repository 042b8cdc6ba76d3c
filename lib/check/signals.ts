/**
 * Compiling an item's signal terms into one matcher for the whole checklist, and finding the
 * terms in a sentence. Term syntax (see signals.json "$comment"):
 *   "word"        a word; also found inside compounds (long enough words)
 *   "=word"       whole word only (same stem or same written form)
 *   "~term"       a vague mention: counts as a hit, but at most "deels"
 *   "a b c"       a phrase: the words in this order within one sentence, at most 3 other words between
 *   "#"           inside a phrase: any number ("12 gemeenten", "twaalf gemeenten")
 *   "@word"       (weak list) an actor (ouders, aanbieders…): two actors alone are no topic;
 *                 an actor counts only together with a topical weak word
 */
import type { Checklist } from '../checklist/types';
import { CompoundMatcher, type WordPattern } from '../text/compound';
import { tokenize } from '../text/tokenize';

export type TermKind = 'strong' | 'weak' | 'exclude';

export interface CompiledTerm {
  item: number;
  kind: TermKind;
  /** "~" prefix: a vague mention only. */
  mention: boolean;
  /** "@" prefix: an actor word; only counts next to a topical weak word. */
  actor: boolean;
  /** Pattern ids; NUMBER_SLOT for "#". */
  words: number[];
  text: string;
}

export const NUMBER_SLOT = -1;
/** Words a phrase may skip between two of its words. */
export const MAX_GAP = 3;

export interface CompiledChecklist {
  matcher: CompoundMatcher;
  patternCount: number;
  terms: CompiledTerm[];
  /** Terms by the pattern id of their first word. */
  byFirst: Map<number, number[]>;
  /** Terms starting with "#". */
  numberFirst: number[];
  itemIds: string[];
}

const cache = new WeakMap<Checklist, CompiledChecklist>();

export function compileChecklist(checklist: Checklist): CompiledChecklist {
  const hit = cache.get(checklist);
  if (hit) return hit;
  const patterns: WordPattern[] = [];
  const patternIds = new Map<string, number>();
  const patternId = (form: string, compound: boolean, headOnly: boolean): number => {
    const key = (compound ? (headOnly ? 'h:' : 'c:') : 'x:') + form;
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patterns.push({ form, compound, headOnly });
      patternIds.set(key, id);
    }
    return id;
  };
  const terms: CompiledTerm[] = [];
  checklist.items.forEach((item, itemIndex) => {
    const add = (list: string[] | undefined, kind: TermKind) => {
      for (const raw of list ?? []) {
        let text = raw.trim();
        let mention = false;
        let exact = false;
        let actor = false;
        while (text.startsWith('~') || text.startsWith('=') || text.startsWith('@')) {
          if (text[0] === '~') mention = true;
          else if (text[0] === '@') actor = true;
          else exact = true;
          text = text.slice(1).trim();
        }
        const parts: number[] = [];
        // split on white space; "#" is a number slot; other tokens via the tokenizer
        for (const chunk of text.split(/\s+/)) {
          if (chunk === '#') {
            parts.push(NUMBER_SLOT);
            continue;
          }
          const toks = tokenize(chunk);
          for (const t of toks) {
            const single = toks.length === 1 && text.split(/\s+/).length === 1;
            // compound matching only for content words of a reasonable length
            const compound = !exact && t.norm.length >= 4 && (single || t.norm.length >= 5);
            // weak (generic) words only as the head of a compound: "aanbieders" in
            // "jeugdhulpaanbieders", but not "regio" in "regiovisie"
            parts.push(patternId(t.norm, compound, kind === 'weak' || !single));
          }
        }
        if (parts.length === 0) continue;
        terms.push({ item: itemIndex, kind, mention, actor, words: parts, text });
      }
    };
    add(item.signals.strong, 'strong');
    add(item.signals.weak, 'weak');
    add(item.signals.exclude, 'exclude');
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
  const compiled: CompiledChecklist = {
    matcher: new CompoundMatcher(patterns),
    patternCount: patterns.length,
    terms,
    byFirst,
    numberFirst,
    itemIds: checklist.items.map((i) => i.id),
  };
  cache.set(checklist, compiled);
  return compiled;
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
}

export function createMatchState(compiled: CompiledChecklist): MatchState {
  const n = Math.max(1, compiled.terms.length);
  return { seen: new Int32Array(n), stamp: 0, terms: new Int32Array(n), at: new Int32Array(n), count: 0 };
}

function hasPattern(ids: readonly (readonly number[])[], isNum: ArrayLike<boolean | number>, k: number, p: number): boolean {
  if (p === NUMBER_SLOT) return isNum[k] ? true : false;
  const list = ids[k]!;
  for (let i = 0; i < list.length; i++) if (list[i] === p) return true;
  return false;
}

/** Terms that can start at a token with these pattern ids, in matching order (flattened byFirst). */
export function firstTermsOf(compiled: CompiledChecklist, ids: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const cands = compiled.byFirst.get(ids[i]!);
    if (cands !== undefined) for (let c = 0; c < cands.length; c++) out.push(cands[c]!);
  }
  return out;
}

/**
 * matchSentenceInto with the per-token term lists precomputed (`firsts[k]` = firstTermsOf(ids[k])):
 * the same terms in the same order, without a map lookup per token.
 */
export function matchSentenceFirsts(
  compiled: CompiledChecklist,
  state: MatchState,
  firsts: readonly (readonly number[])[],
  ids: readonly (readonly number[])[],
  isNum: ArrayLike<boolean | number>,
  from: number,
  to: number,
): number {
  const stamp = ++state.stamp;
  const seen = state.seen;
  const terms = compiled.terms;
  const numberFirst = compiled.numberFirst;
  let count = 0;
  for (let k = from; k < to; k++) {
    const cands = firsts[k]!;
    for (let c = 0; c < cands.length; c++) {
      const ti = cands[c]!;
      if (seen[ti] === stamp) continue;
      const words = terms[ti]!.words;
      if (words.length === 1 || phraseFrom(words, ids, isNum, k, to)) {
        seen[ti] = stamp;
        state.terms[count] = ti;
        state.at[count] = k;
        count++;
      }
    }
    if (isNum[k] && numberFirst.length) {
      for (let c = 0; c < numberFirst.length; c++) {
        const ti = numberFirst[c]!;
        if (seen[ti] === stamp) continue;
        if (phraseFrom(terms[ti]!.words, ids, isNum, k, to)) {
          seen[ti] = stamp;
          state.terms[count] = ti;
          state.at[count] = k;
          count++;
        }
      }
    }
  }
  state.count = count;
  return count;
}

/** Do the words after the first of a phrase follow token k (each within MAX_GAP skipped words, before `to`)? */
function phraseFrom(words: readonly number[], ids: readonly (readonly number[])[], isNum: ArrayLike<boolean | number>, k: number, to: number): boolean {
  let pos = k;
  for (let w = 1; w < words.length; w++) {
    const p = words[w]!;
    let next = -1;
    const limit = Math.min(to - 1, pos + 1 + MAX_GAP);
    for (let j = pos + 1; j <= limit; j++) {
      if (hasPattern(ids, isNum, j, p)) {
        next = j;
        break;
      }
    }
    if (next < 0) return false;
    pos = next;
  }
  return true;
}
