/**
 * Browser glue for saved reviews (thin): one storage item per review, keyed by its normalised
 * URL (`local:review:<key>`), plus an index item (`local:reviewIndex`) with a summary per review.
 * Everything is checked on the way in with upgradeStored() (old or damaged data gives a
 * MigrationError with a translatable message); the pure logic lives in lib/review (review-index.ts among it).
 *
 * Storage faults:
 * - A review and its index entry are written in ONE `storage.local.set` call. Chrome checks the
 *   quota for the whole call and writes all keys in one batch; Firefox writes them in one
 *   IndexedDB transaction. So when the storage is full, neither is written: never a review
 *   without its index entry, or an index entry for a review that is not there. The error is
 *   passed on (isQuotaError() tells a full storage apart) and the in-memory index rolled back.
 * - A stored review that cannot be read (damaged, or of an unknown version) is set aside under
 *   `corrupt:<time>:<key>` (never deleted), and only then removed from its place and from the
 *   index, so every other review stays usable.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { deleteSourceDocs } from './source-docs';
import { storeItems } from './store-relay';
import type { Message } from '@/lib/i18n';
import { MigrationError, STORAGE_VERSION, upgradeStored, wxtMigrations, type SavedReview } from '@/lib/review';
import { parseIndex, removeSummary, summaryOf, upsertSummary, type ReviewSummary } from '@/lib/review/review-index';
import type { ReadResult } from '@/lib/review/panel-state';

const REVIEW_PREFIX = 'review:';
const INDEX_NAME = 'reviewIndex';
const INDEX_KEY = `local:${INDEX_NAME}` as const;
/** Damaged reviews are kept under `corrupt:<ISO time>:<key>`, with the problem and the raw data. */
export const CORRUPT_PREFIX = 'corrupt:';

export interface SetAside {
  key: string;
  movedAt: string;
  /** What was wrong, in English (for support staff reading the storage). */
  problem: string;
  /** The stored data exactly as it was found. */
  data: unknown;
}

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
  if (!Array.isArray(stored)) {
    // No index (first run, or it was lost or damaged): rebuild it from the reviews themselves.
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

/** Another panel (another window) may write too: follow its changes to the index (gone or damaged: rebuilt when next needed). */
indexItem.watch((value) => {
  index = Array.isArray(value) ? parseIndex(value) : null;
});

/**
 * The saved review for a normalised URL; undefined when there is none. Data that is no valid
 * review is set aside (see setAsideCorrupt) and reported, never thrown.
 */
export async function readReview(key: string): Promise<ReadResult> {
  if (key === '') return { ok: true, saved: undefined };
  let value: unknown;
  try {
    value = await reviewItem(key).getValue();
  } catch {
    value = await storage.getItem(`local:${REVIEW_PREFIX}${key}`); // the item itself failed: read the raw data
  }
  if (value === null || value === undefined) return { ok: true, saved: undefined };
  try {
    return { ok: true, saved: upgradeStored(value) };
  } catch (error) {
    const message: Message = error instanceof MigrationError ? error.userMessage : { key: 'storedError.migrationFailed' };
    if (!(error instanceof MigrationError)) console.error('Regiovisie-toets: reading a saved review failed', error);
    const setAside = await setAsideCorrupt(key, value, error instanceof Error ? error.message : String(error)).catch((e: unknown) => {
      console.error('Regiovisie-toets: setting a damaged review aside failed', e);
      return undefined;
    });
    return setAside ? { ok: false, error: message, setAside } : { ok: false, error: message };
  }
}

/**
 * Move damaged data away from `review:<key>`: first a copy under `corrupt:<time>:<key>`, and
 * only when that copy is stored, remove the original and its index entry. Returns the new key.
 */
export async function setAsideCorrupt(key: string, data: unknown, problem: string, now = new Date()): Promise<string> {
  const movedAt = now.toISOString();
  const asideKey = `${CORRUPT_PREFIX}${movedAt}:${key}`;
  const aside: SetAside = { key, movedAt, problem, data };
  await writesDone();
  await storage.setItem(`local:${asideKey}`, aside);
  const current = index ?? (await loadIndex());
  index = removeSummary(current, key);
  await storage.removeItems([`local:${REVIEW_PREFIX}${key}`, `local:${REVIEW_PREFIX}${key}$`]);
  await indexItem.setValue(index);
  return asideKey;
}

/** Remove data that was set aside (the user saved it as a file, or chose to throw it away). */
export async function removeSetAside(storageKey: string): Promise<void> {
  if (!storageKey.startsWith(CORRUPT_PREFIX)) throw new Error(`Not set-aside data: ${storageKey}`);
  await storage.removeItem(`local:${storageKey}`);
}

/** Everything set aside so far (shown under "Opgeslagen", and for support). */
export async function listSetAside(): Promise<{ storageKey: string; entry: SetAside }[]> {
  const all = (await storage.snapshot('local')) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([k]) => k.startsWith(CORRUPT_PREFIX))
    .map(([storageKey, entry]) => ({ storageKey, entry: entry as SetAside }));
}

/**
 * Write a review, its version and its summary in the index in one storage call (see the top of
 * this file: all or nothing). The call starts synchronously when the item is prepared (safe on
 * pagehide); in Firefox it is handed to the background page, so that closing the sidebar cannot
 * abort it (store-relay.ts). On failure the in-memory index is rolled back and the error passed on.
 */
export async function writeReview(saved: SavedReview): Promise<void> {
  // Writes of one review may overlap (the check's save, then a verdict chosen at once): the
  // first can still wait below when the second starts. Only the newest one handed over may
  // reach storage; an older one that comes out of its wait later would overwrite it.
  const generation = (writeGenerations.get(saved.key) ?? 0) + 1;
  writeGenerations.set(saved.key, generation);
  if (!items.has(saved.key)) await reviewItem(saved.key).getMeta(); // let WXT's migration check finish first
  const before = index ?? (await loadIndex());
  if (writeGenerations.get(saved.key) !== generation) return; // a newer version is being written
  const next = upsertSummary(before, summaryOf(saved));
  index = next;
  // The storage keys as WXT's items use them (`$`: the item's version), written in one call.
  const written = storeItems({
    [`${REVIEW_PREFIX}${saved.key}`]: saved,
    [`${REVIEW_PREFIX}${saved.key}$`]: { v: STORAGE_VERSION },
    [INDEX_NAME]: next,
  });
  const settled = written.catch(() => undefined);
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
  try {
    await written;
  } catch (error) {
    if (index === next) index = before;
    throw error;
  }
}

/**
 * Writes handed over and not finished. In Firefox they go through the background page (see
 * store-relay.ts), so a removal made here could land before them: removals wait for them.
 */
const inFlight = new Set<Promise<unknown>>();
const writesDone = () => Promise.all(inFlight);

/** Per review key: how many writes were handed over, so that an overtaken one is dropped. */
const writeGenerations = new Map<string, number>();

/** Remove a review, then its index entry (an entry never points to a review that is gone). */
export async function deleteReview(key: string): Promise<void> {
  await writesDone();
  const current = index ?? (await loadIndex());
  await reviewItem(key).removeValue({ removeMeta: true });
  index = removeSummary(index ?? current, key);
  await indexItem.setValue(index);
  // The texts of its sources go with it (issue 10).
  await deleteSourceDocs(key);
}

export async function listReviews(): Promise<ReviewSummary[]> {
  return loadIndex();
}

/** Make sure the in-memory index and the item for `key` are ready (so a later write is synchronous). */
export async function prepare(key?: string): Promise<void> {
  await loadIndex();
  if (key) await reviewItem(key).getMeta();
}
