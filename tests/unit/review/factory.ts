/** Small builders for Reviews and SavedReviews used by the review-stage tests. */
import type { Verdict } from '../../../lib/checklist/types';
import type { Evidence, ItemResult, ReadabilityFigures, Review } from '../../../lib/check/types';
import { createSavedReview } from '../../../lib/review/model';
import type { SavedReview } from '../../../lib/review/types';

export const T0 = new Date('2025-03-10T09:00:00.000Z');
export const T1 = new Date('2025-03-11T10:30:00.000Z');
export const T2 = new Date('2025-03-12T12:00:00.000Z');
export const URL_ = 'https://www.gemeente-voorbeeld.nl/regiovisie-jeugdzorg?utm_source=nieuwsbrief#doelen';

export function makeEvidence(partial: Partial<Evidence> = {}): Evidence {
  return {
    quote: 'Kinderen en ouders krijgen één vast contactpersoon.',
    prefix: 'Wij spreken af: ',
    suffix: ' Dat geeft rust.',
    block: 'b7',
    heading: 'Vertrouwen',
    score: 0.8,
    ...partial,
  };
}

export function makeItem(id: string, theme: string, verdict: Verdict, partial: Partial<ItemResult> = {}): ItemResult {
  return {
    id,
    theme,
    verdict,
    score: verdict === 'aanwezig' ? 0.9 : verdict === 'deels' ? 0.5 : 0.1,
    evidence: verdict === 'ontbreekt' ? [] : [makeEvidence({ block: `b-${id}` })],
    ...partial,
  };
}

export const READABILITY: ReadabilityFigures = {
  fleschDouma: 55.2,
  averageSentenceWords: 16.4,
  averageWordSyllables: 1.7,
  longWordShare: 0.08,
  jargonShare: 0.02,
  jargon: [{ word: 'transformatie', count: 4 }],
  sentences: 120,
  words: 1968,
  level: 'B2',
};

/** Default items: 6 items over 3 themes, with every verdict. */
export const DEFAULT_ITEMS: [string, string, Verdict][] = [
  ['vertrouwen.contactpersoon', 'vertrouwen', 'aanwezig'],
  ['vertrouwen.inspraak', 'vertrouwen', 'ontbreekt'],
  ['passend.wachttijd', 'passend', 'deels'],
  ['passend.maatwerk', 'passend', 'aanwezig'],
  ['kwaliteit.uitkomsten', 'kwaliteit', 'ontbreekt'],
  ['algemeen.begrijpelijk', 'algemeen', 'deels'],
];

export function makeReview(
  items: [string, string, Verdict][] = DEFAULT_ITEMS,
  partial: Partial<Review> = {},
): Review {
  return {
    checklist: { id: 'loc-2022', version: '1.0.0' },
    source: {
      title: 'Regiovisie Specialistische Jeugdhulp Voorbeeldregio',
      url: URL_,
      language: 'nl',
      characters: 12000,
      blocks: 80,
      words: 1968,
    },
    looksLikeRegiovisie: true,
    items: items.map(([id, theme, verdict]) => makeItem(id, theme, verdict)),
    readability: READABILITY,
    ...partial,
  };
}

/** A fresh SavedReview of the default review, created at T0. */
export function makeSaved(items?: [string, string, Verdict][], title = 'Regiovisie Voorbeeldregio'): SavedReview {
  return createSavedReview(makeReview(items), T0, URL_, title);
}

/** Deep-freeze, so a test fails when a function mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
