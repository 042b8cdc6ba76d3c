/**
 * Browser glue for saved reviews (thin): one storage item per review, keyed by its normalised
 * URL (`local:review:<key>`), plus an index item (`local:reviewIndex`) with a summary per review.
 * Everything is checked on the way in with upgradeStored() (old or damaged data gives a
 * MigrationError with a translatable message); the pure logic lives in lib/review (review-index.ts among it).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { Message } from '@/lib/i18n';
import { MigrationError, STORAGE_VERSION, upgradeStored, wxtMigrations, type SavedReview } from '@/lib/review';
import { parseIndex, removeSummary, summaryOf, upsertSummary, type ReviewSummary } from '@/lib/review/review-index';

const REVIEW_PREFIX = 'review:';
const INDEX_KEY = 'local:reviewIndex' as const;

type ReviewItem = WxtStorageItem<SavedReview | null, Record<string, unknown>>;

const items = new Map<string, ReviewItem>();

/** The storage item of one review (defined once per key: defining runs WXT's migration check). */
function reviewItem(key: string): ReviewItem {
  let item = items.get(key);
  if (!item) {
    item = storage.defineItem<SavedReview | null>(`local:${REVIEW_PREFIX}${key}`, {
      fallback: null,
      version: STORAGE_VERSION,
      migrations: wxtMigrations(),
    });
    items.set(key, item);
  }
  return item;
}

const indexItem = storage.defineItem<unknown>(INDEX_KEY, { fallback: null });

/** The index kept in memory, so a write on pagehide needs no read first. */
let index: ReviewSummary[] | null = null;

async function loadIndex(): Promise<ReviewSummary[]> {
  if (index) return index;
  const stored = await indexItem.getValue();
  if (stored === null) {
    // No index (first run, or it was lost): rebuild it from the reviews themselves.
    const all = (await storage.snapshot('local')) as Record<string, unknown>;
    let rebuilt: ReviewSummary[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(REVIEW_PREFIX) || key.endsWith('$')) continue;
      try {
        rebuilt = upsertSummary(rebuilt, summaryOf(upgradeStored(value)));
      } catch {
        // damaged entry: left alone, not listed
      }
    }
    index = rebuilt;
    if (rebuilt.length > 0) await indexItem.setValue(rebuilt);
    return rebuilt;
  }
  index = parseIndex(stored);
  return index;
}

/** Another panel (another window) may write too: follow its changes to the index. */
indexItem.watch((value) => {
  if (value !== null) index = parseIndex(value);
});

export type ReadResult = { ok: true; saved: SavedReview | undefined } | { ok: false; error: Message };

/** The saved review for a normalised URL; undefined when there is none. */
export async function readReview(key: string): Promise<ReadResult> {
  if (key === '') return { ok: true, saved: undefined };
  const value = await reviewItem(key).getValue();
  if (value === null || value === undefined) return { ok: true, saved: undefined };
  try {
    return { ok: true, saved: upgradeStored(value) };
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, error: error.userMessage };
    console.error('Regiovisie-toets: reading a saved review failed', error);
    return { ok: false, error: { key: 'storedError.migrationFailed' } };
  }
}

/** Write a review and its summary in the index. Both writes start at once (safe on pagehide). */
export async function writeReview(saved: SavedReview): Promise<void> {
  const current = index ?? (await loadIndex());
  index = upsertSummary(current, summaryOf(saved));
  await Promise.all([reviewItem(saved.key).setValue(saved), indexItem.setValue(index)]);
}

export async function deleteReview(key: string): Promise<void> {
  const current = index ?? (await loadIndex());
  index = removeSummary(current, key);
  await Promise.all([reviewItem(key).removeValue({ removeMeta: true }), indexItem.setValue(index)]);
}

export async function listReviews(): Promise<ReviewSummary[]> {
  return loadIndex();
}

/** Make sure the in-memory index and the item for `key` are ready (so a later write is synchronous). */
export async function prepare(key?: string): Promise<void> {
  await loadIndex();
  if (key) await reviewItem(key).getMeta();
}
