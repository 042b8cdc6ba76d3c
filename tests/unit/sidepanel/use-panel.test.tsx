/**
 * The panel hook against a browser whose answers arrive in an awkward order: the panel's first
 * look at the tab (reading storage) answers only after the user's check has finished. The
 * tab client and the review store are test doubles passed in with the panel's services;
 * everything else is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { installFakeBrowser } from '../fake-browser';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { ErrorCode, Result } from '@/lib/messages';
import type { SavedReview } from '@/lib/review';
import type { PanelServices, ReviewStore, TabClient } from '@/entrypoints/sidepanel/services';
import type { ReadResult } from '@/lib/review/panel-state';
import { useDom } from '../dom';
import { fixture, settle } from './hook-harness';

// The panel's real services load the real review store, which follows the extension's storage
// from the start: the fake browser first, then the modules.
installFakeBrowser();
const { usePanel } = await import('@/entrypoints/sidepanel/use-panel');
const { browserServices } = await import('@/entrypoints/sidepanel/services');

const tab = { id: 1, url: 'http://127.0.0.1/regiovisie.html' as string | undefined };
let injection: { ok: true; value: null } | { ok: false; error: ErrorCode } = { ok: true, value: null };
let page: ExtractedDocument;
/** Fires the panel's tab listener, as the browser does when the tab loads or is activated. */
let tabEvent: () => void = () => {};

const tabs = {
  activeTab: vi.fn(async () => ({ ...tab })),
  panelWindowId: vi.fn(async () => 1),
  followActiveTab: vi.fn((onChange: () => void) => {
    tabEvent = onChange;
    return () => {};
  }),
  ensureContentScript: vi.fn(async () => injection),
  askTab: vi.fn(async () => ({ ok: true, value: page })) as never,
  readTabDocument: vi.fn(async (): Promise<Result<ExtractedDocument>> => ({ ok: true, value: page })),
} satisfies TabClient;

/** Storage reads wait until the test lets them through, one by one or all at once. */
type Read = { key: string; answer: () => void };
const reads: Read[] = [];
const store = new Map<string, SavedReview>();
const slowStore = {
  readReview: vi.fn((key: string) => {
    const saved = store.get(key); // what storage held when the read was asked for
    return new Promise<ReadResult>((ok) => reads.push({ key, answer: () => ok({ ok: true, saved }) }));
  }),
  writeReview: vi.fn(async (saved: SavedReview) => void store.set(saved.key, saved)),
  deleteReview: vi.fn(async () => {}),
  listReviews: vi.fn(async () => []),
  listSetAside: vi.fn(async () => []),
  removeSetAside: vi.fn(async () => {}),
  prepare: vi.fn(async () => {}),
} satisfies ReviewStore;

/** The panel's own services (the real file reader and checker), with these two doubles. */
const services: PanelServices = { ...browserServices, tabs, store: slowStore };
type Panel = ReturnType<typeof usePanel>;

const { document, window, root } = useDom({ animationFrames: true });
beforeAll(() => {
  page = fixture('regiovisie-breed.html', tab.url!);
});

let panel: Panel;
function Probe() {
  panel = usePanel(services);
  return null;
}

beforeEach(() => {
  reads.length = 0;
  store.clear();
  injection = { ok: true, value: null };
  tab.url = 'http://127.0.0.1/regiovisie.html';
});

/** Let the storage reads through until the check is done (the first, slow one stays waiting). */
async function finishCheck(running: Promise<void>): Promise<void> {
  for (let i = 0; i < 50 && reads.length < 2; i++) await settle();
  reads.splice(1).forEach((r) => r.answer());
  await act(async () => void (await running));
}

describe('the panel hook when answers arrive late', () => {
  it('keeps a fresh review when the first look at the tab answers after the check', async () => {
    await act(async () => void render(<Probe />, root()));
    await settle();
    expect(reads).toHaveLength(1); // the panel's first look at the tab, still waiting
    let running!: Promise<void>;
    await act(async () => void (running = panel.actions.check()));
    await finishCheck(running);
    expect(panel.state.phase).toBe('ready');
    expect(panel.state.saved?.url).toBe(tab.url);
    // Now the first lookup answers "no saved review" (it started before the check).
    await act(async () => reads[0]!.answer());
    await settle();
    expect(panel.state.phase).toBe('ready');
    expect(panel.state.saved?.url).toBe(tab.url);
  });

  it('keeps a fresh review when a tab event during the check looks the tab up late', async () => {
    await act(async () => void render(<Probe />, root()));
    await settle();
    reads[0]!.answer(); // the first look: nothing stored
    await settle();
    // While the page is being read, the tab reports that it finished loading.
    tabs.readTabDocument.mockImplementationOnce(async () => {
      tabEvent();
      await new Promise((r) => setTimeout(r, 5));
      return { ok: true, value: page };
    });
    let running!: Promise<void>;
    await act(async () => void (running = panel.actions.check()));
    for (let i = 0; i < 50 && reads.length < 3; i++) await settle();
    const [, tabLookup, checkRead] = reads;
    expect(tabLookup!.key).toBe(checkRead!.key); // both ask for this page, before anything is stored
    checkRead!.answer();
    await act(async () => void (await running));
    expect(panel.state.saved?.url).toBe(tab.url);
    // The lookup started during the check answers now: "nothing stored" is older than the review.
    await act(async () => tabLookup!.answer());
    await settle();
    reads.slice(3).forEach((r) => r.answer()); // the look after the check finds the stored review
    await settle();
    expect(panel.state.phase).toBe('ready');
    expect(panel.state.saved?.url).toBe(tab.url);
  });

  it('keeps the error of a check of a browser page when the first look answers late', async () => {
    tab.url = undefined;
    injection = { ok: false, error: 'restricted' };
    await act(async () => void render(<Probe />, root()));
    await settle();
    await act(async () => void (await panel.actions.check()));
    expect(panel.state.error).toBe('restricted');
    await act(async () => reads[0]!.answer());
    await settle();
    expect(panel.state.phase).toBe('error');
    expect(panel.state.error).toBe('restricted');
  });
});

describe('the panel hook checking', () => {
  it('is not left busy when reading the page throws', async () => {
    await act(async () => void render(<Probe />, root()));
    await settle();
    reads.forEach((r) => r.answer());
    tabs.readTabDocument.mockImplementationOnce(async () => {
      throw new Error('the tab went away');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => void (await panel.actions.check()));
    expect(panel.state.phase).toBe('error');
    expect(panel.state.error).toBe('failed');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('keeps two different files with the same name apart, and re-checks the same file', async () => {
    await act(async () => void render(<Probe />, root()));
    await settle();
    const other = fixture('regiovisie-gezinnen.html');
    const asText = (doc: ExtractedDocument) => doc.blocks.map((b) => b.text).join('\n\n');
    async function choose(text: string) {
      let running!: Promise<void>;
      await act(async () => void (running = panel.actions.checkFile(new File([text], 'download.txt', { type: 'text/plain' }))));
      let done = false;
      void running.then(() => (done = true));
      for (let i = 0; i < 100 && !done; i++) {
        reads.splice(0).forEach((r) => r.answer());
        await settle();
      }
      await act(async () => void (await running));
    }
    await choose(asText(page));
    expect(panel.state.saved?.key).toBe('file:download.txt');
    const first = panel.state.saved!;
    await act(async () => panel.actions.edit({ op: 'privateNote', id: first.automatic.items[0]!.id, text: 'Notitie bij regio A' }));
    await act(async () => void (await new Promise((r) => setTimeout(r, 400)))); // past the save delay

    // Another region's file, also called download.txt: its own review; A's note is untouched.
    await choose(asText(other));
    expect(panel.state.saved?.key).toBe('file:download (2).txt');
    expect(panel.state.saved?.url).toBe('download (2).txt');
    expect(panel.state.rechecked).toBe(false);
    const storedA = store.get('file:download.txt') as typeof first;
    expect(storedA.decisions[first.automatic.items[0]!.id]?.privateNote).toBe('Notitie bij regio A');
    expect(storedA.title).toBe(first.title);

    // Region A's file again: a re-check of its review, with the note kept.
    await choose(asText(page));
    expect(panel.state.saved?.key).toBe('file:download.txt');
    expect(panel.state.rechecked).toBe(true);
    expect(panel.state.saved?.decisions[first.automatic.items[0]!.id]?.privateNote).toBe('Notitie bij regio A');
  });

  it('keys the review of a chosen text file by its name, even when the text names a web page', async () => {
    await act(async () => void render(<Probe />, root()));
    await settle();
    reads.forEach((r) => r.answer());
    const text = `# source: https://www.gemeente.nl/regiovisie\n\n${page.blocks.map((b) => b.text).join('\n\n')}`;
    let running!: Promise<void>;
    await act(async () => void (running = panel.actions.checkFile(new File([text], 'regiovisie.txt', { type: 'text/plain' }))));
    for (let i = 0; i < 50 && panel.state.phase !== 'ready'; i++) {
      reads.forEach((r) => r.answer());
      await settle();
    }
    await act(async () => void (await running));
    expect(panel.state.saved?.key).toBe('file:regiovisie.txt');
    expect(panel.state.saved?.url).toBe('regiovisie.txt');
    expect(panel.state.saved?.automatic.items).toHaveLength(34);
    expect(store.has('file:regiovisie.txt')).toBe(true);
  });
});

/** A panel showing a fresh review, with the record of storage writes cleared. */
async function checkedPanel() {
  await act(async () => void render(<Probe />, root()));
  await settle();
  let running!: Promise<void>;
  await act(async () => void (running = panel.actions.check()));
  reads.forEach((r) => r.answer());
  await finishCheck(running);
  const writes = slowStore.writeReview;
  writes.mockClear();
  return { writes, id: panel.state.saved!.automatic.items[0]!.id };
}

describe('the panel hook saving edits', () => {
  it('writes an edit when the panel is hidden, before the save delay has passed', async () => {
    const { writes, id } = await checkedPanel();
    await act(async () => panel.actions.edit({ op: 'privateNote', id, text: 'Vragen aan de wethouder' }));
    expect(writes).not.toHaveBeenCalled(); // still within the save delay
    // The user closes the panel or switches away: the page becomes hidden.
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => void document.dispatchEvent(new window.Event('visibilitychange')));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(writes).toHaveBeenCalledTimes(1);
    const written = writes.mock.calls[0]![0];
    expect(written.decisions[id]?.privateNote).toBe('Vragen aan de wethouder');
  });
});

describe('the panel hook when the panel closes straight after a keystroke', () => {
  it('writes the last edit on pagehide, even before the next paint', async () => {
    const { writes, id } = await checkedPanel();
    // No act(): the render runs in a microtask, effects wait for a frame that never comes.
    panel.actions.edit({ op: 'privateNote', id, text: 'Laatste woord' });
    await Promise.resolve();
    await Promise.resolve();
    window.dispatchEvent(new window.Event('pagehide'));
    expect(writes).toHaveBeenCalled();
    expect(writes.mock.calls.at(-1)![0].decisions[id]?.privateNote).toBe('Laatste woord');
    await settle();
  });
});

describe('the panel hook saving a choice', () => {
  it('writes a verdict or "Klopt" at once, without waiting for the typing delay (Firefox drops writes started while the panel closes)', async () => {
    const { writes, id } = await checkedPanel();
    await act(async () => panel.actions.edit({ op: 'verdict', id, verdict: 'deels' }));
    expect(writes).toHaveBeenCalledTimes(1);
    expect(writes.mock.calls[0]![0].decisions[id]?.verdict).toBe('deels');
    await act(async () => panel.actions.edit({ op: 'confirm', id, confirmed: true }));
    expect(writes).toHaveBeenCalledTimes(2);
    // typing still waits, so a note is not written on every keystroke
    await act(async () => panel.actions.edit({ op: 'privateNote', id, text: 'N' }));
    expect(writes).toHaveBeenCalledTimes(2);
    await settle();
  });
});
