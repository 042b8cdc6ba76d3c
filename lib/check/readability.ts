/**
 * Readability of a regiovisie (item algemeen.begrijpelijk): Flesch–Douma reading ease
 * (206.835 − 0.93 · words/sentences − 77 · syllables/words), average sentence length, share of
 * long words (4+ syllables) and share of policy jargon, judged against language level B1.
 */
import type { ReadabilityFigures } from './types';
import type { Verdict } from '../checklist/types';
import { CompoundMatcher } from '../text/compound';
import { countSyllables } from '../text/syllables';
import { JARGON } from './jargon';
import { foldDiacritics } from '../text/normalize';

/** Per-sentence counts collected during the single pass of the analyzer. */
export interface SentenceStats {
  words: number;
  syllables: number;
  longWords: number;
  jargon: number;
}

let jargonMatcher: CompoundMatcher | undefined;
function getJargonMatcher(): CompoundMatcher {
  return (jargonMatcher ??= new CompoundMatcher(JARGON.map((w) => ({ form: foldDiacritics(w), compound: true }))));
}

export interface WordInfo {
  syllables: number;
  jargon: boolean;
}

/** Syllables and jargon status of a normalised word (the caller caches per word type). */
export function wordInfo(norm: string): WordInfo {
  return { syllables: countSyllables(norm), jargon: getJargonMatcher().match(norm).length > 0 };
}

/** Flesch–Douma reading ease for given totals. */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

export const B1 = {
  /** Flesch–Douma at or above this is roughly B1. */
  minFleschDouma: 60,
  /** Average sentence length at or below this (words). */
  maxSentenceWords: 15,
  /** Share of 4+-syllable words at or below this. */
  maxLongWordShare: 0.12,
  maxJargonShare: 0.02,
};

/** Rough level from the figures: B1 (meets the target), B2 (somewhat hard), C1 (hard). */
export function levelOf(f: Pick<ReadabilityFigures, 'fleschDouma' | 'averageSentenceWords' | 'longWordShare' | 'jargonShare'>): string {
  // Reading ease is enough for B1 at ≥ 60, or a little below when sentences are clearly short.
  const easeOk =
    f.fleschDouma >= B1.minFleschDouma || (f.fleschDouma >= B1.minFleschDouma - 5 && f.averageSentenceWords <= 12);
  const b1 =
    easeOk &&
    f.averageSentenceWords <= B1.maxSentenceWords &&
    f.longWordShare <= B1.maxLongWordShare &&
    f.jargonShare <= B1.maxJargonShare;
  if (b1) return 'B1';
  if (f.fleschDouma < 30 || (f.fleschDouma < 40 && f.averageSentenceWords > 22)) return 'C1';
  return 'B2';
}

/** Verdict of algemeen.begrijpelijk from the level: B1 → aanwezig, B2/C1 → deels, no text → ontbreekt. */
export function readabilityVerdict(f: ReadabilityFigures): Verdict {
  if (f.words < 20) return 'ontbreekt';
  if (f.level === 'B1') return 'aanwezig';
  return 'deels';
}

/** Score in [0, 1]: how close the text is to B1 (1 = easily B1). */
export function readabilityScore(f: ReadabilityFigures): number {
  if (f.words === 0) return 0;
  const fd = Math.max(0, Math.min(1, (f.fleschDouma - 20) / 60));
  const asl = Math.max(0, Math.min(1, (30 - f.averageSentenceWords) / 18));
  const jar = Math.max(0, Math.min(1, 1 - f.jargonShare / 0.08));
  const long = Math.max(0, Math.min(1, 1 - f.longWordShare / 0.3));
  return round(0.45 * fd + 0.25 * asl + 0.15 * jar + 0.15 * long);
}

export function figuresFromTotals(totals: SentenceStats, n: number, jargonCounts: Map<string, number>): ReadabilityFigures {
  const { words, syllables, longWords, jargon } = totals;
  const figures: ReadabilityFigures = {
    fleschDouma: round(fleschDouma(words, n, syllables), 1),
    averageSentenceWords: n ? round(words / n, 1) : 0,
    averageWordSyllables: words ? round(syllables / words, 2) : 0,
    longWordShare: words ? round(longWords / words, 3) : 0,
    jargonShare: words ? round(jargon / words, 3) : 0,
    jargon: [...jargonCounts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, 10)
      .map(([word, count]) => ({ word, count })),
    sentences: n,
    words,
    level: 'B1',
  };
  figures.level = words === 0 ? '' : levelOf(figures);
  return figures;
}

/** Difficulty of one sentence in [0, 1] (1 = very hard), for ranking the hardest passages. */
export function sentenceDifficulty(s: SentenceStats): number {
  if (s.words === 0) return 0;
  const fd = fleschDouma(s.words, 1, s.syllables);
  const base = Math.max(0, Math.min(1, (80 - fd) / 80));
  return round(Math.min(1, base + 0.5 * (s.jargon / s.words)));
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
