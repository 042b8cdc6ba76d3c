/**
 * Storage faults as the panel meets them (issue 11): the real panel hook on the real review
 * store, over the fake browser's storage with a quota like Chrome's. Only the tab client is a
 * test double (fake-services.ts), passed in with the panel's other services.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeBrowser } from '../fake-browser';
import { createSavedReview, exportReview, type SavedReview } from '@/lib/review';
import { summaryOf } from '@/lib/review/review-index';
import { translate } from '@/lib/i18n';
import { I18nProvider } from '@/components/i18n';
import { ReviewHeader, type SaveState } from '@/components/review/ReviewHeader';
import { SavedScreen } from '@/components/review/SavedScreen';
import { makeReview, T1 } from '../review/factory';
import type { PanelServices } from '@/entrypoints/sidepanel/services';
import { withQuota } from './quota-storage';
import { fakeWorld } from './fake-services';
import { fixture, mountHooks, settle, until } from './hook-harness';
import { useDom } from '../dom';

installFakeBrowser();
const quota = withQuota(fakeBrowser.storage.local as never);

const TAB_URL = 'http://127.0.0.1/regiovisie.html';

const { usePanel } = await import('@/entrypoints/sidepanel/use-panel');
const store = await import('@/entrypoints/sidepanel/review-store');
const { browserServices } = await import('@/entrypoints/sidepanel/services');
type Panel = ReturnType<typeof usePanel>;

const { window, root } = useDom({ animationFrames: true });
/** The panel's own services, but for the tab: one tab on TAB_URL showing the fixture page. */
let services: PanelServices;
beforeAll(() => {
  const world = fakeWorld(fixture('regiovisie-breed.html', TAB_URL));
  world.tab = { id: 1, url: TAB_URL };
  services = { ...browserServices, tabs: world.services.tabs };
});

let panel: Panel;
const raw = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const reviewAt = (url: string, title: string) => createSavedReview(makeReview(), T1, url, title);

beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // the failed writes are logged
  quota.bytes = Infinity;
  await fakeBrowser.storage.local.clear();
});
afterEach(async () => {
  await act(async () => void render(null, root()));
  vi.mocked(console.error).mockRestore();
  quota.bytes = Infinity;
});

async function mountWith(...reviews: SavedReview[]): Promise<void> {
  for (const r of reviews) await store.writeReview(r);
  panel = await mountHooks(root(), () => usePanel(services));
}

describe('the panel when the storage is full', () => {
  it('keeps what was typed on screen, says the storage is full, and writes it on the next change, the retry button or after a delete', async () => {
    const shown = reviewAt(TAB_URL, 'Regio A');
    const other = reviewAt('https://b.example/regiovisie', 'Regio B');
    const [first, second] = shown.automatic.items.map((it) => it.id);
    await mountWith(shown, other);
    await until('the review is shown', () => panel.state.saved?.key === shown.key);
    quota.bytes = quota.used() + 500;
    const note = 'Navragen bij de wethouder. '.repeat(100);
    await act(async () => panel.actions.edit({ op: 'privateNote', id: first!, text: note }));
    await until('the write fails', () => panel.saveState === 'full');
    // On screen: everything typed. In storage: the review and its summary as they were, together.
    expect(panel.state.saved?.decisions[first!]?.privateNote).toBe(note);
    let stored = await raw();
    expect(stored[`review:${shown.key}`]).toEqual(shown);
    expect(stored.reviewIndex).toEqual(expect.arrayContaining([summaryOf(shown)]));
    // The next change tries again (and fails again while the storage is full); nothing is lost.
    await act(async () => panel.actions.edit({ op: 'verdict', id: second!, verdict: 'deels' }));
    await until('the write fails again', () => panel.saveState === 'full');
    expect(panel.state.saved?.decisions[first!]?.privateNote).toBe(note);
    expect(panel.state.saved?.decisions[second!]?.verdict).toBe('deels');
    expect((await raw())[`review:${shown.key}`]).toEqual(shown);

    // "Probeer opnieuw op te slaan" with still no room: still full, still on screen.
    await act(async () => void (await panel.actions.retrySave()));
    expect(panel.saveState).toBe('full');
    // Deleting another review makes room: what was waiting is written at once.
    await act(async () => void (await panel.actions.remove(other.key)));
    await until('saved after the delete', () => panel.saveState === 'saved');
    stored = await raw();
    const written = stored[`review:${shown.key}`] as SavedReview;
    expect(written).toEqual(panel.state.saved);
    expect(stored.reviewIndex).toEqual([summaryOf(written)]);

    // Full again; this time the retry button writes it once there is room.
    quota.bytes = quota.used() + 100;
    await act(async () => panel.actions.edit({ op: 'toelichting', id: first!, text: 'Dit staat er echt.'.repeat(20) }));
    await until('the write fails', () => panel.saveState === 'full');
    quota.bytes = Infinity;
    await act(async () => void (await panel.actions.retrySave()));
    expect(panel.saveState).toBe('saved');
    expect((await raw())[`review:${shown.key}`]).toEqual(panel.state.saved);
  });

  it('writes what failed again when the panel closes (pagehide), once there is room', async () => {
    const shown = reviewAt(TAB_URL, 'Regio A');
    const id = shown.automatic.items[0]!.id;
    await mountWith(shown);
    await until('the review is shown', () => panel.state.saved?.key === shown.key);
    quota.bytes = quota.used() + 50;
    await act(async () => panel.actions.edit({ op: 'verdict', id, verdict: 'ontbreekt' }));
    await until('the write fails', () => panel.saveState === 'full');
    quota.bytes = Infinity;
    await act(async () => void window.dispatchEvent(new window.Event('pagehide')));
    await settle(5);
    expect(((await raw())[`review:${shown.key}`] as SavedReview).decisions[id]?.verdict).toBe('ontbreekt');
  });

  it('refuses an import that does not fit with a plain message, and writes nothing of it', async () => {
    const shown = reviewAt(TAB_URL, 'Regio A');
    await mountWith(shown);
    await until('the review is shown', () => panel.state.saved?.key === shown.key);
    const incoming = reviewAt('https://b.example/regiovisie', 'Regio B');
    const file = new File([exportReview(incoming, T1)], 'regio-b.json', { type: 'application/json' });
    quota.bytes = quota.used() + 100;
    await act(async () => void (await panel.actions.importFile(file)));
    expect(panel.state.importMessage).toEqual({ kind: 'error', message: { key: 'saved.import.full' } });
    expect(translate('nl', 'saved.import.full')).toMatch(/opslag van uw browser is vol/);
    const stored = await raw();
    expect(Object.keys(stored).filter((k) => k.includes('b.example'))).toEqual([]);
    expect((stored.reviewIndex as { key: string }[]).map((s) => s.key)).toEqual([shown.key]);
  });

  it('shows the message in plain Dutch with a button "Probeer opnieuw op te slaan"', async () => {
    const saved = reviewAt(TAB_URL, 'Regio A');
    const retry = vi.fn();
    const header = (saveState: SaveState) =>
      act(async () =>
        void render(
          <I18nProvider locale="nl">
            <ReviewHeader saved={saved} saveState={saveState} otherPage={false} fromFile={false} onMunicipality={() => {}} onExport={() => {}} onClearMarks={() => {}} onRetrySave={retry} />
          </I18nProvider>,
          root(),
        ),
      );
    await header('full');
    const state = root().querySelector('[data-testid="save-state"]')!;
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toBe(translate('nl', 'review.saveState.full'));
    expect(state.textContent).toMatch(/opslag van uw browser is vol/);
    expect(state.textContent).toMatch(/staat nog hier/);
    const button = root().querySelector<HTMLButtonElement>('[data-action="retry-save"]')!;
    expect(button.textContent).toBe('Probeer opnieuw op te slaan');
    button.click();
    expect(retry).toHaveBeenCalledTimes(1);
    await header('saved');
    expect(root().querySelector('[data-action="retry-save"]')).toBeNull();
  });
});

describe('"Neem dit op in de brief" while the storage is full', () => {
  /** The real "Opgeslagen" view on the real panel hook. */
  function SavedProbe() {
    const got = usePanel(services);
    panel = got;
    return (
      <I18nProvider locale="nl">
        <SavedScreen state={got.state} actions={got.actions} compare={got.compare} />
      </I18nProvider>
    );
  }
  const click = (el: Element | null) => act(async () => void el!.dispatchEvent(new window.Event('click', { bubbles: true })));
  // linkedom's <select> has no settable value: give the element the value a browser would have.
  const choose = (select: Element, value: string) =>
    act(async () => {
      Object.defineProperty(select, 'value', { value, configurable: true });
      select.dispatchEvent(new window.Event('change', { bubbles: true }));
    });

  it('puts the comparison on the shown review with the edit that could not be written, not on the older stored copy', async () => {
    const shown = reviewAt(TAB_URL, 'Regio A');
    const concept = reviewAt('https://b.example/regiovisie-concept', 'Regio A (concept)');
    const first = shown.automatic.items[0]!.id;
    for (const r of [shown, concept]) await store.writeReview(r);
    await act(async () => void render(<SavedProbe />, root()));
    await until('the review is shown', () => panel.state.saved?.key === shown.key);
    quota.bytes = quota.used() + 500;
    const note = 'Navragen bij de wethouder. '.repeat(100);
    await act(async () => panel.actions.edit({ op: 'privateNote', id: first, text: note }));
    await until('the write fails', () => panel.saveState === 'full');
    await act(async () => panel.actions.setView('saved'));
    await until('the list is read', () => (panel.state.list?.length ?? 0) === 2);
    const [oldSelect, newSelect] = [...root().querySelectorAll('select')];
    await choose(oldSelect!, concept.key);
    await choose(newSelect!, shown.key);
    await click(root().querySelector('[data-action="compare"]'));
    await until('the comparison is shown', () => root().querySelector('[data-action="use-in-letter"]') !== null);
    await click(root().querySelector('[data-action="use-in-letter"]'));
    await until('the letter view', () => panel.state.view === 'letter');
    expect(panel.state.saved?.key).toBe(shown.key);
    expect(panel.state.saved?.compareWith).toEqual({ key: concept.key, title: 'Regio A (concept)' });
    // The note typed while the storage was full is still there, and still waits to be written.
    expect(panel.state.saved?.decisions[first]?.privateNote).toBe(note);
    // "Probeer opnieuw op te slaan" at once, while that version's write is still under way: the newest version is written.
    quota.bytes = Infinity;
    await act(async () => void (await panel.actions.retrySave()));
    await until('everything written', () => panel.saveState === 'saved');
    const written = (await raw())[`review:${shown.key}`] as SavedReview;
    expect(written).toEqual(panel.state.saved);
  });
});

describe('the panel with a damaged stored review', () => {
  it('sets the damaged review aside with a message; the list, another review and checking the page keep working', async () => {
    const good = reviewAt('https://b.example/regiovisie', 'Regio B');
    const broken = reviewAt(TAB_URL, 'Regio kapot');
    const elsewhere = reviewAt('https://c.example/regiovisie', 'Regio C');
    await store.writeReview(broken);
    await store.writeReview(elsewhere);
    const damaged = { ...broken, decisions: 'kapot' };
    await fakeBrowser.storage.local.set({ [`review:${broken.key}`]: damaged, [`review:${elsewhere.key}`]: { ...elsewhere, schemaVersion: 7 } });
    // Opening the panel on the damaged review's page.
    await mountWith(good);
    await until('the message', () => panel.state.storageNotice !== null);
    const notice = panel.state.storageNotice!;
    expect(notice.key).toBe('storedError.setAside');
    expect(translate('nl', notice.key, notice.params)).toMatch(/^De opgeslagen toetsing van http:\/\/127\.0\.0\.1\/regiovisie\.html is beschadigd.*apart gezet.*niet gewist/);
    expect(panel.state.saved).toBeUndefined();
    const aside = await store.listSetAside();
    expect(aside.map((a) => a.entry.data)).toEqual([damaged]);

    // The list of saved reviews: the damaged one is gone from it, the others are there.
    await act(async () => panel.actions.setView('saved'));
    await until('the list', () => panel.state.list !== null);
    expect(panel.state.list!.map((s) => s.key).sort()).toEqual([good.key, elsewhere.key].sort());
    // Opening one of an unknown (newer) version from the list: set aside too, with the message there.
    await act(async () => void (await panel.actions.open(elsewhere.key)));
    expect(panel.state.importMessage?.kind).toBe('error');
    expect(panel.state.importMessage?.message.key).toBe('storedError.setAside');
    expect(translate('nl', panel.state.importMessage!.message.key, panel.state.importMessage!.message.params)).toMatch(/nieuwere versie/);
    expect(panel.state.list!.map((s) => s.key)).toEqual([good.key]);
    expect((await store.listSetAside()).length).toBe(2);
    // Another review opens as usual.
    await act(async () => void (await panel.actions.open(good.key)));
    expect(panel.state.saved).toEqual(good);
    // Checking the damaged review's page gives a new review, stored as usual.
    await act(async () => void (await panel.actions.check()));
    await until('the check', () => panel.state.phase === 'ready' && panel.state.saved?.key === broken.key);
    expect(panel.state.rechecked).toBe(false);
    await until('stored', () => panel.saveState === 'saved');
    const read = await store.readReview(broken.key);
    expect(read.ok && read.saved?.automatic.items.length).toBe(34);
    expect((await store.listReviews()).map((s) => s.key).sort()).toEqual([good.key, broken.key].sort());
  });
});
