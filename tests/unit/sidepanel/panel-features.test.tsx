/**
 * The panel's feature hooks one by one (page check, review editing, saved reviews, saving),
 * each on the shared core with fake services passed in (fake-services.ts): no module mocks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { ExtractedDocument } from '@/lib/extract/types';
import { createSavedReview, exportReview, parseReviewImport } from '@/lib/review';
import { usePanelCore, type PanelCore } from '@/entrypoints/sidepanel/panel-core';
import { useSaving, type Saving } from '@/entrypoints/sidepanel/use-saving';
import { usePageCheck } from '@/entrypoints/sidepanel/use-page-check';
import { useReviewEditing } from '@/entrypoints/sidepanel/use-review-editing';
import { useSavedReviews } from '@/entrypoints/sidepanel/use-saved-reviews';
import { SAVE_DELAY_MS } from '@/entrypoints/sidepanel/save-queue';
import { makeReview, T1 } from '../review/factory';
import { fakeWorld, type FakeWorld } from './fake-services';
import { fixture, mountHooks, settle, until } from './hook-harness';
import { useDom } from '../dom';

const { root } = useDom({ animationFrames: true });
let page: ExtractedDocument;
let otherRegion: ExtractedDocument;
beforeAll(() => {
  page = fixture('regiovisie-breed.html', 'http://127.0.0.1/regiovisie.html');
  otherRegion = fixture('regiovisie-gezinnen.html', 'http://127.0.0.1/gezinnen.html');
});

/** Mount the core, saving and ONE feature hook; `got` gives the newest state and the feature's actions. */
async function mount<T>(world: FakeWorld, feature: (core: PanelCore, saving: Saving) => T) {
  const got = await mountHooks(root(), () => {
    const { state, core } = usePanelCore(world.services);
    const saving = useSaving(core, state.saved);
    return { state, saving, actions: feature(core, saving) };
  });
  await settle();
  return got;
}

describe('usePageCheck', () => {
  it('checks the tab, stores a new review, and re-checks it the second time', async () => {
    const world = fakeWorld(page);
    const got = await mount(world, usePageCheck);
    await act(() => got.actions.check());
    expect(got.state.phase).toBe('ready');
    expect(got.state.rechecked).toBe(false);
    expect(got.state.saved?.automatic.items).toHaveLength(34);
    expect(world.stored.has(got.state.saved!.key)).toBe(true);
    await act(() => got.actions.check());
    expect(got.state.rechecked).toBe(true);
  });

  it('follows the tab: another page shows its own stored review, or none', async () => {
    const world = fakeWorld(page);
    const stored = createSavedReview(makeReview(), T1, otherRegion.url, 'Gezinnen');
    world.stored.set(stored.key, stored);
    const got = await mount(world, usePageCheck);
    expect(got.state.saved).toBeUndefined();
    world.tab = { id: 2, url: otherRegion.url };
    world.tabEvent();
    await until('the other tab’s review', () => got.state.saved?.key === stored.key);
    world.tab = { id: 3, url: 'http://127.0.0.1/leeg.html' };
    world.tabEvent();
    await until('no review', () => got.state.saved === undefined);
    expect(got.state.phase).toBe('idle');
  });

  it('gives a chosen file that shares a name with another its own review', async () => {
    const world = fakeWorld(page);
    const got = await mount(world, usePageCheck);
    await act(() => got.actions.checkFile(new File(['x'], 'download.html')));
    expect(got.state.saved?.key).toBe('file:download.html');
    world.services.readFile = async (file) => ({ ok: true, value: { ...otherRegion, url: file.name } });
    await act(() => got.actions.checkFile(new File(['y'], 'download.html')));
    expect(got.state.saved?.key).toBe('file:download (2).html');
    expect([...world.stored.keys()].sort()).toEqual(['file:download (2).html', 'file:download.html']);
  });

  it('says plainly why a file could not be read', async () => {
    const world = fakeWorld(page);
    world.services.readFile = async () => ({ ok: false, error: 'filePassword' });
    const got = await mount(world, usePageCheck);
    await act(() => got.actions.checkFile(new File(['x'], 'slot.pdf')));
    expect(got.state.phase).toBe('error');
    expect(got.state.error).toBe('filePassword');
  });
});

/** A mounted feature with the page's review shown (read from storage as the tab's review). */
async function withShownReview<T>(world: FakeWorld, feature: (core: PanelCore, saving: Saving) => T) {
  const stored = createSavedReview(makeReview(), T1, page.url, 'Regiovisie');
  world.stored.set(stored.key, stored);
  const got = await mount(world, (core, saving) => ({ ...usePageCheck(core, saving), ...feature(core, saving) }));
  await until('the stored review', () => got.state.saved?.key === stored.key);
  return { got, stored };
}

describe('useReviewEditing', () => {
  it('says at the item how many quotes were found on the page', async () => {
    const world = fakeWorld(page);
    world.answers.highlight = { ok: true, value: { found: 1, missing: 1, fuzzy: 0, closed: 0 } };
    const { got, stored } = await withShownReview(world, useReviewEditing);
    const item = stored.automatic.items[0]!;
    await act(() => got.actions.showOnPage(item.id, item.evidence));
    expect(got.state.itemNotice).toEqual({ itemId: item.id, kind: 'warning', message: { key: 'review.show.foundSome', params: { found: 1, total: 2 } } });
  });

  it('does not look on another page than the review’s', async () => {
    const world = fakeWorld(page);
    const { got, stored } = await withShownReview(world, useReviewEditing);
    world.tab = { id: 1, url: 'http://127.0.0.1/iets-anders.html' }; // navigated, no tab event yet
    const item = stored.automatic.items[0]!;
    await act(() => got.actions.showOnPage(item.id, item.evidence));
    expect(got.state.itemNotice?.message.key).toBe('review.show.otherPage');
    expect(world.services.tabs.askTab).not.toHaveBeenCalled();
  });

  it('adds the selected text as the council’s own passage', async () => {
    const world = fakeWorld(page);
    world.answers.getSelection = { ok: true, value: { quote: 'Wij luisteren naar jongeren.', prefix: 'a', suffix: 'b', heading: 'Inspraak' } };
    const { got, stored } = await withShownReview(world, useReviewEditing);
    const id = stored.automatic.items[1]!.id;
    await act(() => got.actions.addSelection(id));
    expect(got.state.saved?.decisions[id]?.ownEvidence?.[0]).toMatchObject({ quote: 'Wij luisteren naar jongeren.', heading: 'Inspraak' });
    // a choice: stored at once, not after the typing delay (Firefox drops a late write when the panel closes)
    await act(async () => {});
    expect(world.stored.get(stored.key)?.decisions[id]?.ownEvidence?.[0]?.quote).toBe('Wij luisteren naar jongeren.');
  });
});

describe('useSaving with editing', () => {
  it('writes typing after the delay and a choice at once', async () => {
    const world = fakeWorld(page);
    const { got, stored } = await withShownReview(world, useReviewEditing);
    const id = stored.automatic.items[0]!.id;
    await act(async () => got.actions.edit({ op: 'verdict', id, verdict: 'ontbreekt' }));
    expect(world.stored.get(stored.key)?.decisions[id]?.verdict).toBe('ontbreekt');
    await act(async () => got.actions.edit({ op: 'toelichting', id, text: 'Staat er niet in.' }));
    expect(world.stored.get(stored.key)?.decisions[id]?.toelichting).toBeUndefined();
    expect(got.saving.saveState).toBe('saving');
    await settle(SAVE_DELAY_MS + 50);
    expect(world.stored.get(stored.key)?.decisions[id]?.toelichting).toBe('Staat er niet in.');
    expect(got.saving.saveState).toBe('saved');
  });
});

describe('useSavedReviews', () => {
  it('opens, exports and deletes a saved review', async () => {
    const world = fakeWorld(page);
    const other = createSavedReview(makeReview(), T1, otherRegion.url, 'Gezinnen');
    world.stored.set(other.key, other);
    const got = await mount(world, useSavedReviews);
    await act(async () => void (await got.actions.open(other.key)));
    expect(got.state.saved?.key).toBe(other.key);
    expect(got.state.status?.key).toBe('saved.status.opened');
    await act(() => got.actions.exportSaved(other.key));
    expect(world.downloads).toHaveLength(1);
    const exported = parseReviewImport(await world.downloads[0]!.text);
    expect(exported.ok && exported.review.key).toBe(other.key);
    await act(() => got.actions.remove(other.key));
    expect(world.stored.has(other.key)).toBe(false);
    expect(got.state.saved).toBeUndefined();
    expect(got.state.list).toEqual([]);
  });

  it('tells a damaged review plainly and keeps the rest', async () => {
    const world = fakeWorld(page);
    world.damaged.add('kapot');
    const got = await mount(world, useSavedReviews);
    await act(async () => void (await got.actions.open('kapot')));
    expect(got.state.saved).toBeUndefined();
    expect(got.state.importMessage?.message.key).toBe('storedError.setAside');
    expect(got.state.storageNotice?.key).toBe('storedError.setAside');
  });

  it('imports a new review, says when it is the same, and asks before overwriting', async () => {
    const world = fakeWorld(page);
    const got = await mount(world, useSavedReviews);
    const review = createSavedReview(makeReview(), T1, otherRegion.url, 'Gezinnen');
    const file = (r: typeof review) => new File([exportReview(r, T1)], 'toetsing.json');
    await act(() => got.actions.importFile(file(review)));
    expect(got.state.importMessage?.message.key).toBe('saved.import.done');
    expect(world.stored.has(review.key)).toBe(true);
    await act(() => got.actions.importFile(file(review)));
    expect(got.state.importMessage?.message.key).toBe('saved.import.same');
    const changed = { ...review, municipality: 'Zuiderveld' };
    await act(() => got.actions.importFile(file(changed)));
    expect(got.state.pendingImport?.municipality).toBe('Zuiderveld');
    await act(() => got.actions.confirmImport(false));
    expect(world.stored.get(review.key)?.municipality).not.toBe('Zuiderveld');
    await act(() => got.actions.importFile(file(changed)));
    await act(() => got.actions.confirmImport(true));
    expect(world.stored.get(review.key)?.municipality).toBe('Zuiderveld');
  });
});

describe('useSaving when the panel goes away (Firefox sidebar)', () => {
  for (const [what, leave] of [
    ['leaving the note field', () => document.body.appendChild(document.createElement('textarea')).dispatchEvent(new window.Event('focusout', { bubbles: true }))],
    ['the panel losing focus', () => window.dispatchEvent(new window.Event('blur'))],
    ['pagehide', () => window.dispatchEvent(new window.Event('pagehide'))],
  ] as const) {
    it(`writes the last keystrokes at once on ${what}, before the typing delay`, async () => {
      const world = fakeWorld(page);
      const { got, stored } = await withShownReview(world, useReviewEditing);
      const id = stored.automatic.items[0]!.id;
      await act(async () => got.actions.edit({ op: 'privateNote', id, text: 'Laatste woorden' }));
      expect(world.stored.get(stored.key)?.decisions[id]?.privateNote).toBeUndefined();
      leave();
      await Promise.resolve();
      expect(world.stored.get(stored.key)?.decisions[id]?.privateNote).toBe('Laatste woorden');
    });
  }

  it('does not write on leaving a button (a choice is written at once anyway)', async () => {
    const world = fakeWorld(page);
    const { got, stored } = await withShownReview(world, useReviewEditing);
    const id = stored.automatic.items[0]!.id;
    await act(async () => got.actions.edit({ op: 'toelichting', id, text: 'Nog bezig' }));
    document.body.appendChild(document.createElement('button')).dispatchEvent(new window.Event('focusout', { bubbles: true }));
    await Promise.resolve();
    expect(world.stored.get(stored.key)?.decisions[id]?.toelichting).toBeUndefined();
  });
});

describe('useSavedReviews with damaged reviews set aside', () => {
  it('lists them, saves their data as a file, and removes them', async () => {
    const world = fakeWorld(page);
    world.damaged.add('example.nl/kapot');
    const got = await mount(world, useSavedReviews);
    await act(async () => void (await got.actions.open('example.nl/kapot')));
    expect(got.state.setAside).toEqual([{ storageKey: 'corrupt:2026-12-04T10:00:00.000Z:example.nl/kapot', address: 'example.nl/kapot', movedAt: '2026-12-04T10:00:00.000Z' }]);
    const storageKey = got.state.setAside[0]!.storageKey;
    await act(() => got.actions.exportSetAside(storageKey));
    expect(world.downloads[0]!.name).toMatch(/^Beschadigde toetsing example\.nl kapot \d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(await world.downloads[0]!.text)).toMatchObject({ key: 'example.nl/kapot', data: { kapot: true } });
    await act(() => got.actions.removeSetAside(storageKey));
    expect(world.aside.size).toBe(0);
    expect(got.state.setAside).toEqual([]);
    expect(got.state.status?.key).toBe('saved.setAside.removed');
  });
});
