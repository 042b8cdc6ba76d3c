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
 *   passed on (isQuotaError() tells a full storage apart) and the in-memory index rolled back;
 *   when changes were handed over after it (their index listed it), the entry of a new review
 *   that failed is taken out again with one more index write (see writeReview).
 * - A stored review that cannot be read (damaged, or of an unknown version) is set aside under
 *   `corrupt:<time>:<key>` (never deleted), and only then removed from its place and from the
 *   index, so every other review stays usable.
 *
 * Order: every change (a write, a removal, setting aside, a rebuilt index) is computed from the
 * in-memory index and handed to storeItems() at once, with no await between the two, and the
 * index in memory is changed at the same moment. storeItems() makes the changes in the order
 * they were handed over (in Firefox in the background page, so that closing the sidebar cannot
 * abort them; see store-relay.ts). So each change's index already holds every change before it:
 * a write that follows a delete never brings the deleted entry back.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { forgetSourceDocs, sourceDocsKey } from './source-docs';
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

/**
 * The index kept in memory, so a write on pagehide needs no read first. It runs ahead of the
 * stored one: it already holds every change handed over, landed or not.
 */
let index: ReviewSummary[] | null = null;

/** The load under way, shared: two loads finishing one after the other would undo a change handed over between them. */
let loading: Promise<ReviewSummary[]> | null = null;

function loadIndex(): Promise<ReviewSummary[]> {
  if (index) return Promise.resolve(index);
  loading ??= readIndex().finally(() => (loading = null));
  return loading;
}

async function readIndex(): Promise<ReviewSummary[]> {
  const stored = await indexItem.getValue();
  if (index) return index; // followed from another panel meanwhile (see the watch below)
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
    if (index) return index;
    index = rebuilt;
    if (rebuilt.length > 0) await handOver({ [INDEX_NAME]: rebuilt });
    return rebuilt;
  }
  index = parseIndex(stored);
  return index;
}

/**
 * The indexes handed over whose change has not been seen coming back yet (as JSON). When our own
 * change lands, the memory is already as new or newer: taking the landed index then would drop
 * changes handed over after it (a deleted entry would come back with the next write).
 */
const ownIndexes: string[] = [];

/**
 * Hand one change to storage (see "Order" at the top): synchronous up to storeItems(). The
 * index in it, if any, is remembered as our own until it is seen landing.
 */
function handOver(set: Record<string, unknown>, remove?: string[]): Promise<void> {
  const sentIndex = INDEX_NAME in set ? JSON.stringify(set[INDEX_NAME]) : undefined;
  if (sentIndex !== undefined) ownIndexes.push(sentIndex);
  const done = storeItems({ set, remove });
  // A change that failed never comes back.
  if (sentIndex !== undefined) {
    void done.catch(() => {
      const at = ownIndexes.indexOf(sentIndex);
      if (at >= 0) ownIndexes.splice(at, 1);
    });
  }
  return done;
}

/** Another panel (another window) may write too: follow its changes to the index (gone or damaged: rebuilt when next needed). */
indexItem.watch((value) => {
  const own = ownIndexes.indexOf(JSON.stringify(value));
  if (own >= 0) {
    ownIndexes.splice(0, own + 1); // ours, and the ones before it have landed too
    return;
  }
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
  await removeFromIndex(key, { [asideKey]: aside });
  return asideKey;
}

/** Remove data that was set aside (the user saved it as a file, or chose to throw it away). */
export async function removeSetAside(storageKey: string): Promise<void> {
  if (!storageKey.startsWith(CORRUPT_PREFIX)) throw new Error(`Not set-aside data: ${storageKey}`);
  await handOver({}, [storageKey]);
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
  if (writeGenerations.get(saved.key) !== generation) return; // a newer version (or a removal) was handed over
  // The storage keys as WXT's items use them (`$`: the item's version), written in one call.
  try {
    await changeIndex(before, upsertSummary(before, summaryOf(saved)), {
      [`${REVIEW_PREFIX}${saved.key}`]: saved,
      [`${REVIEW_PREFIX}${saved.key}$`]: { v: STORAGE_VERSION },
    });
  } catch (error) {
    // A new review that was not written: changes handed over after it were made from the index
    // in memory, which listed it, and may have stored that index. Unless a newer write or a
    // removal of this review took over (it brings its own index), take the entry out again.
    if (!before.some((s) => s.key === saved.key) && writeGenerations.get(saved.key) === generation) await dropEntry(saved.key);
    throw error;
  }
}

/** Take an entry out of the index in memory and, in order after the changes before, out of the stored one. */
async function dropEntry(key: string): Promise<void> {
  if (!index?.some((s) => s.key === key)) return; // rolled back already: nothing was handed over after it
  index = removeSummary(index, key);
  await handOver({ [INDEX_NAME]: index }).catch((error: unknown) => {
    console.error('Regiovisie-toets: correcting the index after a failed save failed', error);
  });
}

/**
 * Hand over `set` with the index `next` (made from `before`, the index in memory now), and take
 * `next` as the index in memory at once. On failure the in-memory index is rolled back (unless a
 * later change replaced it) and the error passed on.
 */
async function changeIndex(before: ReviewSummary[], next: ReviewSummary[], set: Record<string, unknown>, remove?: string[]): Promise<void> {
  index = next;
  try {
    await handOver({ ...set, [INDEX_NAME]: next }, remove);
  } catch (error) {
    if (index === next) index = before;
    throw error;
  }
}

/**
 * Take a review out of the index and remove it (with its version, and the keys in `alsoRemove`),
 * in one change that also writes `set` (the copy of damaged data): the index and the copy land
 * first, the removal only when they did (store-relay.ts), so an entry never points to a review
 * that is gone.
 */
async function removeFromIndex(key: string, set: Record<string, unknown>, alsoRemove: string[] = []): Promise<void> {
  // A write of this review still waiting for its preparation must not bring it back.
  writeGenerations.set(key, (writeGenerations.get(key) ?? 0) + 1);
  const before = index ?? (await loadIndex());
  await changeIndex(before, removeSummary(before, key), set, [`${REVIEW_PREFIX}${key}`, `${REVIEW_PREFIX}${key}$`, ...alsoRemove]);
}

/** Per review key: how many writes (and removals) were handed over, so that an overtaken write is dropped. */
const writeGenerations = new Map<string, number>();

/** Remove a review, its index entry and the kept texts of its sources (issue 10), in one change. */
export async function deleteReview(key: string): Promise<void> {
  forgetSourceDocs(key);
  await removeFromIndex(key, {}, [sourceDocsKey(key)]);
}

export async function listReviews(): Promise<ReviewSummary[]> {
  return loadIndex();
}

/** Make sure the in-memory index and the item for `key` are ready (so a later write is synchronous). */
export async function prepare(key?: string): Promise<void> {
  await loadIndex();
  if (key) await reviewItem(key).getMeta();
}
