/**
 * The index of saved reviews: a small summary per review, so the "Opgeslagen" view does not
 * have to read every review. Pure functions; review-store.ts keeps it in browser storage.
 */
import { progress } from './model';
import type { SavedReview } from './types';
import { isObj } from './validate';

/** What the list of saved reviews shows of one review, without reading the review itself. */
export type ReviewSummary = Pick<SavedReview, 'key' | 'url' | 'title' | 'municipality' | 'createdAt' | 'updatedAt' | 'checkedAt'> & {
  reviewed: number;
  total: number;
};

export function summaryOf(saved: SavedReview): ReviewSummary {
  const { reviewed, total } = progress(saved);
  const out: ReviewSummary = {
    key: saved.key,
    url: saved.url,
    title: saved.title,
    createdAt: saved.createdAt,
    updatedAt: saved.updatedAt,
    checkedAt: saved.checkedAt,
    reviewed,
    total,
  };
  if (saved.municipality) out.municipality = saved.municipality;
  return out;
}

/** Newest change first; equal times by title, so the order is stable. */
export function sortSummaries(list: readonly ReviewSummary[]): ReviewSummary[] {
  return [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.title.localeCompare(b.title)));
}

/** Add or replace the summary with the same key. */
export function upsertSummary(list: readonly ReviewSummary[], summary: ReviewSummary): ReviewSummary[] {
  return sortSummaries([...list.filter((s) => s.key !== summary.key), summary]);
}

export function removeSummary(list: readonly ReviewSummary[], key: string): ReviewSummary[] {
  return list.filter((s) => s.key !== key);
}

/** Read a stored index defensively: entries that are not summaries are dropped. */
export function parseIndex(value: unknown): ReviewSummary[] {
  if (!Array.isArray(value)) return [];
  return sortSummaries(
    value.filter(
      (s): s is ReviewSummary =>
        isObj(s) &&
        typeof s.key === 'string' &&
        s.key !== '' &&
        typeof s.url === 'string' &&
        typeof s.title === 'string' &&
        typeof s.updatedAt === 'string' &&
        typeof s.reviewed === 'number' &&
        typeof s.total === 'number',
    ),
  );
}

/** The name shown for a saved review: its title, else the municipality, else the address. */
export function displayName(s: Pick<ReviewSummary, 'title' | 'municipality' | 'url'>): string {
  return s.title.trim() || s.municipality?.trim() || s.url;
}
