import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeBrowser } from '../fake-browser';
import { confirmItem, setPrivateNote } from '@/lib/review';
import { translate } from '@/lib/i18n';
import { makeSaved, T1 } from '../review/factory';

// The fake browser first, then the store (it defines its storage items when loaded).
installFakeBrowser();

type Store = typeof import('@/entrypoints/sidepanel/review-store');
let store: Store;

beforeAll(async () => {
  store = await import('@/entrypoints/sidepanel/review-store');
});

describe('review store (browser.storage.local through WXT storage)', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
  });

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
