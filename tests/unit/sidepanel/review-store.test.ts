import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeBrowser } from '../fake-browser';
import { confirmItem, setPrivateNote } from '@/lib/review';
import { translate } from '@/lib/i18n';
import { makeSaved, T1 } from '../review/factory';
import { isQuotaError } from '@/entrypoints/sidepanel/save-queue';

// The fake browser first, then the store (it defines its storage items when loaded).
installFakeBrowser();

type Store = typeof import('@/entrypoints/sidepanel/review-store');
let store: Store;
let relay: typeof import('@/entrypoints/sidepanel/store-relay');

beforeAll(async () => {
  store = await import('@/entrypoints/sidepanel/review-store');
  relay = await import('@/entrypoints/sidepanel/store-relay');
});

/**
 * The storage as seen in both browsers: one transaction at a time, in the order of the calls,
 * each taking a while. Returns: when all transactions so far have finished.
 */
function slowStorage(afterEach?: () => Promise<void>): () => Promise<unknown> {
  const local = fakeBrowser.storage.local;
  const [set, remove] = [local.set.bind(local), local.remove.bind(local)];
  let transactions: Promise<unknown> = Promise.resolve();
  const transaction = (run: () => Promise<void>) => {
    const done = transactions
      .then(() => new Promise((r) => setTimeout(r, 10)))
      .then(run)
      .then(afterEach);
    transactions = done.catch(() => undefined);
    return done;
  };
  vi.spyOn(local, 'set').mockImplementation((items) => transaction(() => set(items)));
  vi.spyOn(local, 'remove').mockImplementation((keys) => transaction(() => remove(keys)));
  return () => transactions;
}

/** Save K, delete it and, while that is under way, save B: storage must end with B only. */
async function deleteWhileSaving(stage: 'deleting' | 'writing', landed: () => Promise<unknown>): Promise<void> {
  const k = { ...makeSaved(), key: `k.example/verwijderd-${stage}` };
  const b = { ...makeSaved(), key: `k.example/bewaard-${stage}` };
  await store.prepare(k.key);
  await store.prepare(b.key);
  const writing = store.writeReview(k);
  if (stage === 'deleting') await writing; // the delete starts after K landed
  const deleting = store.deleteReview(k.key);
  if (stage === 'deleting') await new Promise((r) => setTimeout(r, 5)); // the removal of K is under way
  // or: the write of K lands first (its index lists K), then B is saved before the delete lands
  else await vi.waitFor(() => expect(fakeBrowser.storage.local.get('reviewIndex')).resolves.toEqual({ reviewIndex: [expect.objectContaining({ key: k.key })] }), { interval: 1 });
  await Promise.all([writing, deleting, store.writeReview(b)]);
  await landed();
  const raw = await fakeBrowser.storage.local.get(null);
  expect(Object.keys(raw).filter((key) => key.startsWith('review:'))).toEqual([`review:${b.key}`, `review:${b.key}$`]);
  expect((raw.reviewIndex as { key: string }[]).map((s) => s.key)).toEqual([b.key]);
  expect((await store.listReviews()).map((s) => s.key)).toEqual([b.key]);
}

/** Stored now: the keys of the reviews, and the keys the index lists. */
async function storedKeys(): Promise<{ reviews: string[]; listed: string[] }> {
  const raw = await fakeBrowser.storage.local.get(null);
  const reviews = Object.keys(raw).filter((key) => key.startsWith('review:') && !key.endsWith('$'));
  return { reviews: reviews.map((key) => key.slice('review:'.length)).sort(), listed: ((raw.reviewIndex ?? []) as { key: string }[]).map((s) => s.key).sort() };
}

/** The title of the stored review, as readReview gives it. */
async function storedTitle(key: string): Promise<string | undefined> {
  const read = await store.readReview(key);
  return read.ok ? read.saved?.title : undefined;
}

/** Save A while the storage is full (its write fails once, after a while), and save B straight after. */
async function failedSaveThenSave(): Promise<void> {
  const a = { ...makeSaved(), key: 'k.example/vol-a' };
  const b = { ...makeSaved(), key: 'k.example/vol-b' };
  await store.prepare(a.key);
  await store.prepare(b.key);
  await store.writeReview(b);
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  vi.spyOn(local, 'set')
    .mockImplementationOnce(() => new Promise((_, reject) => setTimeout(() => reject(new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.')), 10)))
    .mockImplementation((items) => set(items));
  const [failed] = await Promise.all([
    store.writeReview(a).then(
      () => null,
      (e: unknown) => e,
    ),
    store.writeReview({ ...b, title: 'B opnieuw' }),
  ]);
  expect(isQuotaError(failed)).toBe(true); // the user is told the storage is full
  // Storage and memory agree: A is neither stored nor listed.
  expect(await storedKeys()).toEqual({ reviews: [b.key], listed: [b.key] });
  expect((await store.listReviews()).map((s) => s.key)).toEqual([b.key]);
  expect(await store.readReview(a.key)).toEqual({ ok: true, saved: undefined });
  expect(await storedTitle(b.key)).toBe('B opnieuw');
}

describe('review store (browser.storage.local through WXT storage)', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the newer version when two writes of one review overlap (the first waits for its migration check)', async () => {
    const first = makeSaved();
    const key = `${first.key}-overlap`;
    const older = { ...first, key };
    const newer = confirmItem(older, 'passend.wachttijd', true, new Date(T1.getTime() + 1000));
    // handed over one right after the other, as the check's save and a quick verdict are
    await Promise.all([store.writeReview(older), store.writeReview(newer)]);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`review:${key}`]).toEqual(newer);
    expect((await store.listReviews()).find((s) => s.key === key)).toMatchObject({ reviewed: 1 });
  });

  it('writes one item per review, keyed by the normalised URL, plus an index', async () => {
    const saved = confirmItem(setPrivateNote(makeSaved(), 'passend.wachttijd', 'Nog navragen', T1), 'passend.wachttijd', true, T1);
    await store.writeReview(saved);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`review:${saved.key}`]).toEqual(saved);
    expect(raw[`review:${saved.key}$`]).toEqual({ v: 3 });
    expect((raw.reviewIndex as { key: string }[]).map((s) => s.key)).toEqual([saved.key]);
    const read = await store.readReview(saved.key);
    expect(read).toEqual({ ok: true, saved });
    expect((await store.listReviews())[0]).toMatchObject({ key: saved.key, reviewed: 1 });
  });

  it('reads data of the early v0 draft through upgradeStored', async () => {
    const v1 = makeSaved();
    await fakeBrowser.storage.local.set({
      [`review:${v1.key}`]: { url: v1.url, title: v1.title, createdAt: v1.createdAt, savedAt: v1.updatedAt, automatic: v1.automatic, notes: { 'passend.wachttijd': 'oud' } },
    });
    const read = await store.readReview(v1.key);
    expect(read.ok && read.saved?.decisions['passend.wachttijd']?.toelichting).toBe('oud');
  });

  it('migrates a stored v1 review (WXT version 1): the note becomes the toelichting, stored as v3 with one source', async () => {
    const v2 = makeSaved();
    const key = `${v2.key}-v1`;
    const v1 = { ...v2, key, schemaVersion: 1, decisions: { 'passend.wachttijd': { note: 'Stond in de brief', updatedAt: T1.toISOString() } } };
    await fakeBrowser.storage.local.set({ [`review:${key}`]: v1, [`review:${key}$`]: { v: 1 } });
    const read = await store.readReview(key);
    expect(read.ok && read.saved?.decisions['passend.wachttijd']).toEqual({ toelichting: 'Stond in de brief', updatedAt: T1.toISOString() });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`review:${key}$`]).toEqual({ v: 3 });
    expect((raw[`review:${key}`] as { schemaVersion: number }).schemaVersion).toBe(3);
    expect(read.ok && read.saved?.sources.map((s) => [s.id, s.url])).toEqual([['s1', v2.url]]);
  });

  it('migrates a stored v2 review (one page) to v3: that page becomes its only source, the notes stay', async () => {
    const current = setPrivateNote(makeSaved(), 'passend.wachttijd', 'Nog navragen', T1);
    const key = `${current.key}-v2`;
    const { sources: _s, ...rest } = current;
    await fakeBrowser.storage.local.set({ [`review:${key}`]: { ...rest, key, schemaVersion: 2 }, [`review:${key}$`]: { v: 2 } });
    const read = await store.readReview(key);
    expect(read.ok && read.saved?.decisions).toEqual(current.decisions);
    expect(read.ok && read.saved?.sources).toEqual([{ ...current.sources[0], addedAt: current.checkedAt }]);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`review:${key}$`]).toEqual({ v: 3 });
  });

  it('gives a Dutch message for damaged data instead of throwing', async () => {
    await fakeBrowser.storage.local.set({ 'review:kapot': { schemaVersion: 1, url: 3 } });
    const read = await store.readReview('kapot');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(translate('nl', read.error.key, read.error.params)).toMatch(/beschadigd|onvolledig/);
    expect(translate('en', read.error.key, read.error.params)).toMatch(/^The saved data is damaged or incomplete: .* \(at review\.\w+\)\.$/);
  });

  it('returns nothing for an unknown page or an unknown address', async () => {
    expect(await store.readReview('https://nergens.nl/')).toEqual({ ok: true, saved: undefined });
    expect(await store.readReview('')).toEqual({ ok: true, saved: undefined });
  });

  it.each(['deleting', 'writing'] as const)('saving a review while another is %s and being deleted leaves the saved one only', async (stage) => {
    await deleteWhileSaving(stage, slowStorage());
  });

  it('makes each write at once while an earlier save is in flight, also after a delete (Chrome keeps only calls made before the panel closes)', async () => {
    const a = { ...makeSaved(), key: 'k.example/vlucht-a' };
    const k = { ...makeSaved(), key: 'k.example/vlucht-k' };
    const b = { ...makeSaved(), key: 'k.example/vlucht-b' };
    for (const saved of [a, k, b]) await store.prepare(saved.key);
    await store.writeReview(k);
    await store.writeReview(b);
    // After every storage call: the index lists no review that is gone.
    const neverDangling = async () => {
      const { reviews, listed } = await storedKeys();
      expect(listed.filter((key) => !reviews.includes(key))).toEqual([]);
    };
    const landed = slowStorage(neverDangling);
    const set = vi.mocked(fakeBrowser.storage.local.set);
    const remove = vi.mocked(fakeBrowser.storage.local.remove);
    const changes = [store.writeReview(a), store.deleteReview(k.key), store.writeReview({ ...b, title: 'B nieuw' })];
    // Nothing awaited yet: A's save, the delete's index and B's verdict are all handed to the storage.
    expect(set).toHaveBeenCalledTimes(3);
    expect(remove).not.toHaveBeenCalled(); // K is removed only when the index without it is written
    await Promise.all(changes);
    await landed();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(await storedKeys()).toEqual({ reviews: [a.key, b.key], listed: [a.key, b.key] });
    expect(await storedTitle(b.key)).toBe('B nieuw');
  });

  it('a review saved again right after its delete waits for the removal, so the removal cannot undo it', async () => {
    const k = { ...makeSaved(), key: 'k.example/terug' };
    await store.prepare(k.key);
    await store.writeReview(k);
    const landed = slowStorage();
    await Promise.all([store.deleteReview(k.key), store.writeReview({ ...k, title: 'K terug' })]);
    await landed();
    expect(await storedKeys()).toEqual({ reviews: [k.key], listed: [k.key] });
    expect(await storedTitle(k.key)).toBe('K terug');
  });

  it('a failed save followed by another: the index does not list the review that was not written', async () => {
    await failedSaveThenSave();
  });

  it('deletes the review, its version data, its index entry and the kept texts of its sources', async () => {
    const saved = makeSaved();
    await store.writeReview(saved);
    await fakeBrowser.storage.local.set({ [`sourceDocs:${saved.key}`]: { s1: { title: 'Visie', blocks: [] }, s2: { title: 'Agenda', blocks: [] } } });
    await store.deleteReview(saved.key);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(raw).filter((k) => k.startsWith('review:') || k.startsWith('sourceDocs:'))).toEqual([]);
    expect(raw.reviewIndex).toEqual([]);
    expect(await store.listReviews()).toEqual([]);
  });
});

describe('in the Firefox build: the panel hands its writes to the background page', () => {
  /** The background page's listener, as entrypoints/background.ts adds it; the panel is an extension page. */
  const fromPanel = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
  let background: (message: unknown) => unknown = (message) => relay.answerStoreItems(message, fromPanel);
  const listener = (message: unknown) => background(message);

  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
    vi.stubEnv('FIREFOX', 'true'); // import.meta.env.FIREFOX, as in the Firefox build
    background = (message) => relay.answerStoreItems(message, fromPanel);
    fakeBrowser.runtime.onMessage.addListener(listener as never);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fakeBrowser.runtime.onMessage.removeListener(listener as never);
  });

  it('sends a prepared review, its version and its index entry in one message, before writeReview first waits', async () => {
    const saved = confirmItem(makeSaved(), 'passend.wachttijd', true, T1);
    await store.prepare(saved.key);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const warned = vi.spyOn(console, 'warn');
    const writing = store.writeReview(saved);
    // Nothing awaited yet: a panel closed right now has already handed the write over.
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]![0]).toEqual({
      type: 'storeItems',
      set: { [`review:${saved.key}`]: saved, [`review:${saved.key}$`]: { v: 3 }, reviewIndex: [expect.objectContaining({ key: saved.key, reviewed: 1 })] },
    });
    await writing;
    expect(warned).not.toHaveBeenCalled(); // written by the background page, not by the panel's fallback
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`review:${saved.key}`]).toEqual(saved);
    expect(raw[`review:${saved.key}$`]).toEqual({ v: 3 });
    expect((await store.readReview(saved.key)).ok).toBe(true);
  });

  it('passes a full storage on as a quota error, writes nothing and rolls the index back', async () => {
    const saved = makeSaved();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.'));
    const error = await store.writeReview(saved).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isQuotaError(error)).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await store.listReviews()).map((s) => s.key)).not.toContain(saved.key);
  });

  it('a failed save followed by another: the index the background page stores does not list the review that was not written', async () => {
    await failedSaveThenSave();
  });

  it('writes itself when no background page answers', async () => {
    fakeBrowser.runtime.onMessage.removeListener(listener as never); // the fake then refuses to send
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const saved = makeSaved();
    await store.writeReview(saved);
    expect((await fakeBrowser.storage.local.get(null))[`review:${saved.key}`]).toEqual(saved);
    expect(warned).toHaveBeenCalledTimes(1);
  });

  it('deletes a review only after its write handed to the background page has landed (no review comes back)', async () => {
    // The background page takes a while: the write lands after the delete has started.
    background = (message) => new Promise((r) => setTimeout(r, 20)).then(() => relay.answerStoreItems(message, fromPanel));
    const saved = makeSaved();
    await store.prepare(saved.key);
    const writing = store.writeReview(saved);
    await store.deleteReview(saved.key);
    await writing;
    const raw = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(raw).filter((k) => k.startsWith('review:'))).toEqual([]);
    expect(raw.reviewIndex).toEqual([]);
  });

  /** A message takes longer to reach the background page than a storage transaction takes. */
  function slowBackground(): void {
    background = (message) => new Promise((r) => setTimeout(r, 20)).then(() => relay.answerStoreItems(message, fromPanel));
  }

  it('a review saved while another is being deleted: the stored index lists the saved one only, never the deleted one', async () => {
    slowBackground();
    await deleteWhileSaving('deleting', slowStorage());
  });

  it('a write of the deleted review that lands after the delete was handed over does not bring its entry back (for the next write)', async () => {
    slowBackground();
    await deleteWhileSaving('writing', slowStorage());
  });

  it('hands a delete to the background page: one message with the index without it and the keys to remove', async () => {
    const saved = makeSaved();
    await store.writeReview(saved);
    await fakeBrowser.storage.local.set({ [`sourceDocs:${saved.key}`]: { s1: { title: 'Visie', blocks: [] } } });
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const warned = vi.spyOn(console, 'warn');
    await store.deleteReview(saved.key);
    expect(sent.mock.calls.map((c) => c[0])).toEqual([{ type: 'storeItems', set: { reviewIndex: [] }, remove: [`review:${saved.key}`, `review:${saved.key}$`, `sourceDocs:${saved.key}`] }]);
    expect(warned).not.toHaveBeenCalled(); // made by the background page, not by the panel's fallback
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ reviewIndex: [] });
    expect(await store.listReviews()).toEqual([]);
  });

  it('the background page writes before it removes, and removes nothing when the write failed', async () => {
    await fakeBrowser.storage.local.set({ 'review:x': { oud: true }, reviewIndex: [{ key: 'x' }] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const change = { type: 'storeItems', set: { 'corrupt:x': { data: 1 }, reviewIndex: [] }, remove: ['review:x'] };
    await expect(relay.answerStoreItems(change, fromPanel)).resolves.toEqual({ ok: false, message: 'QuotaExceededError' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'review:x': { oud: true }, reviewIndex: [{ key: 'x' }] });
    await expect(relay.answerStoreItems(change, fromPanel)).resolves.toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'corrupt:x': { data: 1 }, reviewIndex: [] });
    expect(relay.answerStoreItems({ ...change, remove: 'review:x' }, fromPanel)).toBeUndefined();
    expect(relay.answerStoreItems({ ...change, remove: [3] }, fromPanel)).toBeUndefined();
  });

  it("the background page writes only for the extension's own pages, never for a content script", async () => {
    const message = { type: 'storeItems', set: { 'review:x': { kwaad: true } } };
    expect(relay.answerStoreItems(message, { id: fromPanel.id, url: 'https://gemeente.example/regiovisie' })).toBeUndefined();
    expect(relay.answerStoreItems(message, { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' })).toBeUndefined();
    expect(relay.answerStoreItems({ type: 'snapshot' }, fromPanel)).toBeUndefined();
    expect(relay.answerStoreItems({ type: 'storeItems', set: ['review:x'] }, fromPanel)).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await expect(relay.answerStoreItems(message, fromPanel)).resolves.toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'review:x': { kwaad: true } });
  });
});
