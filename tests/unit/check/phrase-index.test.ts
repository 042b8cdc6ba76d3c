import { describe, expect, it } from 'vitest';
import {
  beginSentence,
  compileChecklist,
  createMatchState,
  firstTermsOf,
  markToken,
  matchMarkedSentence,
  matchTokenOf,
  onlyPattern,
  opensTerm,
  type MatchToken,
} from '../../../lib/check/signals';
import { locChecklist } from '../../../lib/checklist';
import { mulberry32 } from '../seeded-random';

/**
 * The matcher's indexes (the packed start terms per word type, the phrase keys noted per sentence,
 * MatchState.only) against plain matching: every term of every first word tried at every token,
 * its later words looked up in each token's own list of pattern ids.
 */
const compiled = compileChecklist(locChecklist);
const NUMBER_SLOT = -1;

/** The words of the checklist's terms (written forms of its patterns), some common words, and numbers. */
function vocabulary(): string[] {
  const words = new Set<string>();
  for (const t of compiled.terms) for (const w of t.text.split(/\s+/)) if (w !== '#' && /^[a-z]+$/.test(w)) words.add(w);
  for (const w of ['de', 'het', 'een', 'en', 'van', 'in', 'we', 'wij', 'zorgen', 'dat', 'voor', 'met', 'ouders', 'kinderen', 'gezin', 'hulp', 'regio', 'gemeenten', 'niet', 'ook']) words.add(w);
  return [...words].sort();
}

/** Does a phrase's term ti start at token k (each later word within its gap, before `to`)? Written out plainly. */
function plainPhrase(ti: number, tokens: MatchToken[], isNum: Uint8Array, k: number, to: number): boolean {
  const words = compiled.terms[ti]!.words;
  let pos = k;
  for (let w = 1; w < words.length; w++) {
    const before = words[w - 1]!;
    const gap = before >= 0 && compiled.article[before] === 1 ? 2 : 3;
    let next = -1;
    for (let j = pos + 1; j <= Math.min(to - 1, pos + 1 + gap); j++) {
      const has = words[w] === NUMBER_SLOT ? isNum[j] === 1 : tokens[j]!.ids.includes(words[w]!);
      if (has) {
        next = j;
        break;
      }
    }
    if (next < 0) return false;
    pos = next;
  }
  return true;
}

/** The terms of the sentence (term, token) as matchMarkedSentence promises them, found plainly. */
function plainMatch(tokens: MatchToken[], isNum: Uint8Array, to: number): [number, number][] {
  const found = new Set<number>();
  const terms: [number, number][] = [];
  const late: [number, number][] = [];
  const numberFirst = compiled.terms.map((t, ti) => (t.words[0] === NUMBER_SLOT ? ti : -1)).filter((ti) => ti >= 0);
  for (let k = 0; k < to; k++) {
    const ids = tokens[k]!.ids;
    const try_ = (ti: number, out: [number, number][]) => {
      if (found.has(ti) || !plainPhrase(ti, tokens, isNum, k, to)) return;
      found.add(ti);
      out.push([ti, k]);
    };
    for (const ti of firstTermsOf(compiled, ids)) try_(ti, terms);
    for (const ti of firstTermsOf(compiled, ids, true)) if (compiled.markedClass[ti]! < 0) try_(ti, late);
    if (isNum[k] === 1) for (const ti of numberFirst) try_(ti, terms);
  }
  return terms.length > 0 ? [...terms, ...late] : [];
}

describe('the phrase index finds what plain matching finds', () => {
  it('the same terms at the same tokens, in the same order, on random token sequences (replayable)', () => {
    const vocab = vocabulary();
    // the checklist's phrases themselves, so that many sentences hold whole phrases
    const phrases = compiled.terms.filter((t) => t.words.length > 1).map((t) => t.text.split(/\s+/));
    const random = mulberry32(2121);
    const types = new Map<string, MatchToken>();
    const typeOf = (w: string): MatchToken => {
      let t = types.get(w);
      if (t === undefined) types.set(w, (t = matchTokenOf(compiled, /^\d+$/.test(w) ? [] : compiled.matcher.match(w))));
      return t;
    };
    const state = createMatchState(compiled);
    let withPhrases = 0;
    for (let s = 0; s < 4000; s++) {
      const words: string[] = [];
      const n = 1 + Math.floor(random() * 24);
      while (words.length < n) {
        const r = random();
        if (r < 0.25) words.push(...phrases[Math.floor(random() * phrases.length)]!.map((w) => (w === '#' ? String(1 + Math.floor(random() * 20)) : w)));
        else if (r < 0.3) words.push(String(Math.floor(random() * 2030)));
        else words.push(vocab[Math.floor(random() * vocab.length)]!);
      }
      const tokens = words.map(typeOf);
      const isNum = Uint8Array.from(words, (w) => (/^\d+$/.test(w) ? 1 : 0));
      if (state.only.length < tokens.length) state.only = new Int32Array(tokens.length * 2);
      const stamp = beginSentence(state);
      // in token order, or (as the analyzer marks a question after its answer) in any order
      const marking = tokens.map((_, k) => k);
      if (s % 2 === 1) marking.sort(() => random() - 0.5);
      for (const k of marking) {
        markToken(state, stamp, tokens[k]!, isNum[k] === 1, k);
        state.only[k] = onlyPattern(tokens[k]!.ids);
      }
      // as the analyzer tries them: only the tokens where a term can start (opensTerm, or a number)
      let count: number;
      if (s % 4 >= 2) {
        const opens = Int32Array.from(tokens.map((t, k) => (opensTerm(t) || isNum[k] === 1 ? k : -1)).filter((k) => k >= 0));
        count = matchMarkedSentence(compiled, state, tokens, isNum, 0, tokens.length, true, opens, 0, opens.length);
      } else count = matchMarkedSentence(compiled, state, tokens, isNum, 0, tokens.length, true);
      const got: [number, number][] = [];
      for (let i = 0; i < count; i++) got.push([state.terms[i]!, state.at[i]!]);
      const want = plainMatch(tokens, isNum, tokens.length);
      expect(got, words.join(' ')).toEqual(want);
      if (want.some(([ti]) => compiled.terms[ti]!.words.length > 1)) withPhrases++;
    }
    // the sentences held phrases often enough to say something
    expect(withPhrases).toBeGreaterThan(1000);
  });

  it('keeps each word type\'s marks in the start pool after its pairs, as its own list has them', () => {
    const words = [...vocabulary(), 'jeugd-', 'zorgaanbieders', 'wachttijd', 'gezinsplan'];
    const types = words.map((w) => matchTokenOf(compiled, compiled.matcher.match(w)));
    // (read after every type is made: a later one may have grown the pool)
    const pool = compiled.starts.pairs;
    let marked = 0;
    for (const t of types) {
      expect(t.marksEnd - t.endAt).toBe(t.marks.length);
      expect([...pool.subarray(t.endAt, t.marksEnd)]).toEqual([...t.marks]);
      if (t.marks.length > 0) marked++;
    }
    expect(marked).toBeGreaterThan(100);
  });

  it('notes a token with one pattern id by that id, and one with several by a bit per id', () => {
    expect(onlyPattern([7])).toBe(7);
    expect(onlyPattern([])).toBeLessThan(0);
    const several = onlyPattern([3, 40]);
    expect(several).toBeLessThan(0);
    expect(several & (1 << 3)).not.toBe(0);
    expect(several & (1 << (40 % 31))).not.toBe(0);
  });
});
