import type { Verdict } from '../checklist/types';

/**
 * Stage 2 output: the automatic review of one document against one checklist.
 * Deterministic: the same document and checklist give the same Review.
 */

export interface Evidence {
  /** Exact text of the passage as it appears in the block text. */
  quote: string;
  /** Up to ~32 characters of block text before and after the quote, to find it again on the page. */
  prefix: string;
  suffix: string;
  /** Block id and the heading the block falls under. */
  block: string;
  heading?: string;
  page?: number;
  /** Relevance of this passage in [0, 1]; evidence is sorted by it, highest first. */
  score: number;
}

export interface ItemResult {
  id: string;
  theme: string;
  verdict: Verdict;
  /** Confidence that the item is addressed, in [0, 1]. */
  score: number;
  /** Ranked; empty exactly when verdict is "ontbreekt" (except algemeen.begrijpelijk). */
  evidence: Evidence[];
}

export interface ReadabilityFigures {
  /** Flesch–Douma reading ease (higher is easier; ≥ 60 is roughly B1). */
  fleschDouma: number;
  averageSentenceWords: number;
  averageWordSyllables: number;
  /** Share of words with 4 or more syllables, in [0, 1]. */
  longWordShare: number;
  /** Share of words from the jargon list, in [0, 1]. */
  jargonShare: number;
  /** The jargon words found most often, with counts. */
  jargon: { word: string; count: number }[];
  sentences: number;
  words: number;
  /** Rough level label derived from the figures: "B1", "B2" or "C1". */
  level: string;
}

export interface Review {
  checklist: { id: string; version: string };
  source: { title: string; url: string; language: string; characters: number; blocks: number; words: number };
  /** True when the text looks like a regiovisie (a plan of a region), false for news or general reports. */
  looksLikeRegiovisie: boolean;
  /** Optional: the counts behind looksLikeRegiovisie (sentences with regional commitments, reporting, second person, regional words). */
  regiovisieSignals?: { sentences: number; commitments: number; reporting: number; secondPerson: number; regional: number };
  items: ItemResult[];
  readability: ReadabilityFigures;
}
