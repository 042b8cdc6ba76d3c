/**
 * Storage faults in the review store (issue 11, "Hard to break"): a full storage leaves no
 * half-written review, and a damaged stored review is set aside (not deleted) while every other
 * review stays usable. Real WXT storage on the fake browser, with a quota like Chrome's.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeBrowser } from '../fake-browser';
import { createSavedReview, setPrivateNote, setVerdict } from '@/lib/review';
import { summaryOf } from '@/lib/review/review-index';
import { translate } from '@/lib/i18n';
import { makeReview, makeSaved, T1, T2 } from '../review/factory';
import { QUOTA_MESSAGE, withQuota } from './quota-storage';
import { isQuotaError } from '@/entrypoints/sidepanel/save-queue';

installFakeBrowser();
const quota = withQuota(fakeBrowser.storage.local as never);

type Store = typeof import('@/entrypoints/sidepanel/review-store');
let store: Store;
beforeAll(async () => {
  store = await import('@/entrypoints/sidepanel/review-store');
});

const raw = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const indexKeys = async () => ((await raw()).reviewIndex as { key: string }[] | undefined)?.map((s) => s.key).sort() ?? [];
const reviewAt = (url: string, title: string) => createSavedReview(makeReview(), T1, url, title);

beforeEach(async () => {
  quota.bytes = Infinity;
  await fakeBrowser.storage.local.clear();
});

describe('a full storage (quota exceeded)', () => {
  it('writes neither a new review nor its index entry, and says the storage is full', async () => {
    const a = reviewAt('https://a.example/regiovisie', 'Regio A');
    await store.writeReview(a);
    quota.bytes = quota.used() + 2_000; // room for a small change, not for a review
    const b = reviewAt('https://b.example/regiovisie', 'Regio B');
    const error = await store.writeReview(b).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(QUOTA_MESSAGE);
    expect(isQuotaError(error)).toBe(true);
    // Nothing of B: not the review, not its version, not its index entry; A as it was.
    const stored = await raw();
    expect(Object.keys(stored).filter((k) => k.includes('b.example'))).toEqual([]);
    expect(await indexKeys()).toEqual([a.key]);
    expect((await store.listReviews()).map((s) => s.key)).toEqual([a.key]);
    expect(await store.readReview(b.key)).toEqual({ ok: true, saved: undefined });
    // With room again, B is written whole.
    quota.bytes = Infinity;
    await store.writeReview(b);
    expect(await indexKeys()).toEqual([a.key, b.key].sort());
    expect(await store.readReview(b.key)).toEqual({ ok: true, saved: b });
  });

  it('keeps the stored review and its summary together when a change does not fit', async () => {
    const a = reviewAt('https://a.example/regiovisie', 'Regio A');
    const id = a.automatic.items[0]!.id;
    const before = setVerdict(a, id, 'deels', T1);
    await store.writeReview(before);
    quota.bytes = quota.used() + 1_000;
    const after = setVerdict(setPrivateNote(before, id, 'x'.repeat(5_000), T2), a.automatic.items[1]!.id, 'aanwezig', T2);
    await expect(store.writeReview(after)).rejects.toThrow(QUOTA_MESSAGE);
    const stored = await raw();
    expect(stored[`review:${a.key}`]).toEqual(before);
    expect(stored.reviewIndex).toEqual([summaryOf(before)]);
    expect(await store.listReviews()).toEqual([summaryOf(before)]);
  });

  it('tells a full storage apart from other faults (Chrome and Firefox messages)', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('Error: QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('The extension context was invalidated'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('a damaged stored review', () => {
  const good = [reviewAt('https://a.example/regiovisie', 'Regio A'), reviewAt('https://b.example/regiovisie', 'Regio B')];
  const bad = makeSaved(undefined, 'Regio kapot');
  const damaged = { ...bad, decisions: { 'passend.wachttijd': { verdict: 'misschien', updatedAt: T1.toISOString() } } };

  async function storeWithDamage(data: unknown) {
    for (const s of good) await store.writeReview(s);
    await store.writeReview(bad);
    await fakeBrowser.storage.local.set({ [`review:${bad.key}`]: data });
    expect(await indexKeys()).toContain(bad.key);
  }

  it.each([
    ['not a valid review', damaged, /beschadigd of onvolledig/],
    ['of an unknown (newer) schema', { ...bad, schemaVersion: 9 }, /nieuwere versie/],
    ['no review at all', 'kapot', /geen opgeslagen gegevens/],
  ])('is set aside under corrupt:<time> when it is %s, with a plain message', async (_what, data, text) => {
    await storeWithDamage(data);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const read = await store.readReview(bad.key);
    logged.mockRestore();
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.setAside).toMatch(/^corrupt:\d{4}-\d\d-\d\dT[\d:.]+Z:/);
    const message = translate('nl', 'storedError.setAside', { address: bad.key, detail: read.error });
    expect(message).toMatch(text);
    expect(message).toContain('apart gezet');
    expect(message).toContain('niet gewist');
    // Moved, not deleted: the data is kept as it was, with the time and the problem.
    const stored = await raw();
    expect(stored[read.setAside!]).toMatchObject({ key: bad.key, data });
    expect(stored[`review:${bad.key}`]).toBeUndefined();
    expect((await store.listSetAside()).map((s) => s.entry.data)).toEqual([data]);
    // Every other review stays usable: the list, opening, writing.
    expect(await indexKeys()).toEqual(good.map((s) => s.key).sort());
    expect((await store.listReviews()).map((s) => s.key).sort()).toEqual(good.map((s) => s.key).sort());
    for (const s of good) expect(await store.readReview(s.key)).toEqual({ ok: true, saved: s });
    // Reading it again finds nothing (the page can be checked anew), and a new review can be stored there.
    expect(await store.readReview(bad.key)).toEqual({ ok: true, saved: undefined });
    await store.writeReview(bad);
    expect(await store.readReview(bad.key)).toEqual({ ok: true, saved: bad });
    expect((await store.listSetAside()).map((s) => s.storageKey)).toEqual([read.setAside]);
  });

  it('is left in place (not lost) when even the copy does not fit', async () => {
    await storeWithDamage(damaged);
    quota.bytes = quota.used() + 10;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const read = await store.readReview(bad.key);
    logged.mockRestore();
    expect(read.ok).toBe(false);
    expect(read.ok || read.setAside).toBeUndefined();
    expect((await raw())[`review:${bad.key}`]).toEqual(damaged);
    for (const s of good) expect(await store.readReview(s.key)).toEqual({ ok: true, saved: s });
  });

  it('rebuilds a damaged index from the reviews themselves', async () => {
    for (const s of good) await store.writeReview(s);
    await fakeBrowser.storage.local.set({ reviewIndex: { kapot: true } });
    expect((await store.listReviews()).map((s) => s.key).sort()).toEqual(good.map((s) => s.key).sort());
  });
});
