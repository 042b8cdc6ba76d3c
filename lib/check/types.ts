import type { Verdict } from '../checklist/types';

/**
 * What kind of passage a sentence (or list item with its lead-in, or table row) is, read once per
 * passage and shared by all items. The first four can carry `aanwezig`: the region's own
 * commitment, a present-tense arrangement, a principle the region states as its own, or an action
 * row of a work agenda (with an owner or a deadline). All others are at most `deels`.
 */
export const STRONG_KINDS = ['commitment', 'arrangement', 'principle', 'action-row'] as const;
export const WEAK_KINDS = [
  'statement',
  'list',
  'heading',
  'toc',
  'glossary',
  'question',
  'problem',
  'wish',
  'reported',
  'national',
  'study',
  'hedge',
  'ambition',
  'placeholder',
  'informed',
  'navigation',
] as const;
export type StrongKind = (typeof STRONG_KINDS)[number];
export type PassageKind = StrongKind | (typeof WEAK_KINDS)[number];
export const PASSAGE_KINDS: readonly PassageKind[] = [...STRONG_KINDS, ...WEAK_KINDS];

/** Why a text is not taken for a regiovisie (see Review.notRegiovisie). */
export const NOT_REGIOVISIE_REASONS = ['off-topic', 'too-short', 'ordinance', 'minutes', 'news', 'information', 'provider', 'other-document', 'account', 'general', 'no-plan'] as const;
export type NotRegiovisieReason = (typeof NOT_REGIOVISIE_REASONS)[number];

/**
 * Weights and thresholds of the checker: one place, as data (weights.json). `tunable` lists, per
 * dotted path, the values a tuner may try; eval tunes them leaving one document out.
 */
export interface Weights {
  /** Per passage kind: how strongly such a passage counts, in [0, 1] (ranking and score). */
  kindWeight: Record<PassageKind, number>;
  /** Score of a passage that only has weak words of the item (two or more), before the kind weight. */
  weakPairScore: number;
  /** A `deels` needs a best passage scoring at least this (kind weight × term score). */
  deelsMinScore: number;
  /**
   * From this many prose sentences on, a `deels` found in one sentence by vague words only is
   * marked `faint` (ItemResult.faint): a longer text that is about the topic names it again; an
   * `aanwezig` carried by one passage only is marked `single` from the same length on.
   */
  faintMinSentences: number;
  /** Recognising a regiovisie (a region's own plan). */
  regiovisie: {
    /** At least this many sentences with the region's own commitment. */
    minCommitments: number;
    /** Commitments per prose sentence, at least. */
    minCommitShare: number;
    /** Share of sentences that report what others said, at most (above: news, minutes, report). */
    maxReportShare: number;
    /** Sentences naming the region or its municipalities, at least, before promises without a speaker count as the region's. */
    minRegionSentences: number;
    /**
     * Sentences about regions in general ("regio's", "elke regio") at least this many, and more than
     * those about one region: a text about regiovisies in general, not one.
     */
    minGenericSentences: number;
    /** Mentions of a provider's own team or offer ("onze begeleiders") that make a text a provider's page. */
    minOwnOrganisation: number;
    /** How many of the past-tense questions of annual accounts make a text an account of a past year (reason 'account'). */
    minAccountQuestions: number;
    /** Sentences about support for adults (the Wmo) without a word of children, young people or parents at least this many, and more than those with such a word, in a text whose title names neither a regiovisie nor youth: the text is not about youth care (reason 'off-topic'). */
    minAdultSentences: number;
  };
  tunable?: Record<string, number[]>;
}

export interface AnalyzeOptions {
  /** Other weights than the defaults in weights.json (eval's tuner passes them). */
  weights?: Weights;
  /**
   * Judge every passage as part of a regiovisie, skipping the document-level recognition (for
   * judging single passages, as eval does with ../shared/corpus/passages).
   */
  assumeRegiovisie?: boolean;
}

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
  /** What kind of passage this is (commitment, question, heading, …). Absent in reviews made before it existed. */
  kind?: PassageKind;
  /** Relevance of this passage in [0, 1]; evidence is sorted by it, highest first. */
  score: number;
}

export interface ItemResult {
  id: string;
  theme: string;
  verdict: Verdict;
  /** Confidence that the item is addressed, in [0, 1]. */
  score: number;
  /** Ranked, strongest first: the first is the passage the verdict stands on. Empty exactly when verdict is "ontbreekt" (except algemeen.begrijpelijk). */
  evidence: Evidence[];
  /**
   * The kind of the passage the verdict stands on (evidence[0].kind). `capped` is set when that
   * passage would carry `aanwezig` but the text is not a regiovisie, so the verdict is `deels`.
   */
  basis?: PassageKind;
  capped?: boolean;
  /**
   * `deels` that rests on one sentence of a longer text with only vague words of the item (no
   * term of its own, no paraphrase). Such a word often means something else there ("loket" in a
   * name, "kosten" of time), so the reader is asked to check the quote. The verdict is unchanged.
   */
  faint?: boolean;
  /**
   * `aanwezig` that rests on the one passage of a longer text (as long as for `faint`) that carries
   * it: no other passage says as much about the item. On text the checker was not tuned on, such a
   * verdict is wrong far more often than one that several passages carry, so the reader is asked to
   * check the quote. The verdict is unchanged.
   */
  single?: boolean;
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
  /** When looksLikeRegiovisie is false: why (an ordinance, council minutes, a news item, …). */
  notRegiovisie?: NotRegiovisieReason;
  /** Optional: the counts behind looksLikeRegiovisie (sentences with regional commitments, reporting, second person, regional words). */
  regiovisieSignals?: { sentences: number; commitments: number; reporting: number; secondPerson: number; regional: number };
  items: ItemResult[];
  readability: ReadabilityFigures;
}
