/**
 * Several sources per review (issue 10) in the panel's hooks, with fake services: work on the
 * sources takes a while (the texts are read, everything is checked again in the worker), and
 * whatever the council does meanwhile must stay; the texts kept for the sources must belong to
 * the review that is stored.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeBrowser } from '../fake-browser';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { Review } from '@/lib/check/types';
import type { Result } from '@/lib/messages';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import type { PanelState } from '@/lib/review/panel-state';
import type { PageCheckActions, ReviewEditingActions, SavedReviewsActions, SourcesApi } from '@/components/panel-api';
import { exportReview } from '@/lib/review';
import { fakeWorld, type FakeWorld } from './fake-services';
import { fixture, mountHooks, settle, until } from './hook-harness';
import { useDom } from '../dom';

// source-docs.ts keeps texts in the extension's storage: the fake browser first, then the modules.
installFakeBrowser();
const { usePanelCore } = await import('@/entrypoints/sidepanel/panel-core');
const { useSaving } = await import('@/entrypoints/sidepanel/use-saving');
const { usePageCheck } = await import('@/entrypoints/sidepanel/use-page-check');
const { useReviewEditing } = await import('@/entrypoints/sidepanel/use-review-editing');
const { useSavedReviews } = await import('@/entrypoints/sidepanel/use-saved-reviews');
const { useSources } = await import('@/entrypoints/sidepanel/use-sources');
const sourceDocs = await import('@/entrypoints/sidepanel/source-docs');

const { root } = useDom({ animationFrames: true });
let page: ExtractedDocument;
let agenda: ExtractedDocument;
let third: ExtractedDocument;
beforeAll(() => {
  page = fixture('regiovisie-breed.html', 'http://127.0.0.1/regiovisie.html');
  agenda = fixture('regiovisie-gezinnen.html', 'agenda.html');
  third = fixture('regiovisie-accordeon.html', 'uitvoering.html');
});
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await sourceDocs.deleteSourceDocs('http://127.0.0.1/regiovisie.html');
});

type Got = { state: PanelState; check: PageCheckActions; editing: ReviewEditingActions; saved: SavedReviewsActions; sources: SourcesApi };

/** The panel's hooks as the panel wires them, the sources box included. */
async function mount(world: FakeWorld): Promise<Got> {
  const got = await mountHooks(root(), (): Got => {
    const { state, core } = usePanelCore(world.services);
    const saving = useSaving(core, state.saved);
    const editing = useReviewEditing(core, saving);
    return {
      state,
      check: usePageCheck(core, saving),
      editing,
      saved: useSavedReviews(core, saving),
      sources: useSources({ saved: state.saved, doc: state.doc, replace: editing.replace }, world.services),
    };
  });
  await settle();
  return got;
}

/** The checker held back until `release()`: work on the sources can be caught half-way. */
function holdChecks(world: FakeWorld) {
  const waiting: (() => void)[] = [];
  let held = false;
  let calls = 0;
  world.services.analyse = async (doc: ExtractedDocument): Promise<Result<Review>> => {
    calls++;
    if (held) await new Promise<void>((go) => waiting.push(go));
    return { ok: true, value: analyze(doc, locChecklist) };
  };
  return {
    hold: () => (held = true),
    release: () => {
      held = false;
      waiting.splice(0).forEach((go) => go());
    },
    waiting: () => waiting.length,
    calls: () => calls,
  };
}

const file = (doc: ExtractedDocument) => new File(['(the fake reader ignores the bytes)'], doc.url, { type: 'text/html' });

/** A checked page with a second source (the file `agenda.html`). */
async function twoSources(world: FakeWorld, got: Got) {
  await act(() => got.check.check());
  world.services.readFile = async () => ({ ok: true, value: agenda });
  await act(() => got.sources.addFile(file(agenda)));
  expect(got.state.saved!.sources.map((s) => s.url)).toEqual([page.url, 'agenda.html']);
}

describe('work on the sources keeps what the council did meanwhile', () => {
  it('a toelichting typed and a verdict set while a source is added stay', async () => {
    const world = fakeWorld(page);
    const checks = holdChecks(world);
    const got = await mount(world);
    await act(() => got.check.check());
    const [first, second] = got.state.saved!.automatic.items;
    world.services.readFile = async () => ({ ok: true, value: agenda });
    checks.hold();
    let adding!: Promise<void>;
    await act(async () => void (adding = got.sources.addFile(file(agenda))));
    await until('the check of both sources has started', () => checks.waiting() === 1);
    await act(async () => got.editing.edit({ op: 'toelichting', id: first!.id, text: 'Typte ik terwijl de bron werd toegevoegd' }));
    await act(async () => got.editing.edit({ op: 'verdict', id: second!.id, verdict: 'deels' }));
    checks.release();
    await act(() => adding);
    const saved = got.state.saved!;
    expect(saved.sources).toHaveLength(2);
    expect(saved.decisions[first!.id]?.toelichting).toBe('Typte ik terwijl de bron werd toegevoegd');
    expect(saved.decisions[second!.id]?.verdict).toBe('deels');
    expect(got.sources.notice?.message.key).toBe('sources.added');
  });

  it('a note written while a source is removed stays', async () => {
    const world = fakeWorld(page);
    const checks = holdChecks(world);
    const got = await mount(world);
    await twoSources(world, got);
    const id = got.state.saved!.automatic.items[3]!.id;
    checks.hold();
    let removing!: Promise<void>;
    await act(async () => void (removing = got.sources.remove('s2')));
    await until('the check of the remaining source has started', () => checks.waiting() === 1);
    await act(async () => got.editing.edit({ op: 'privateNote', id, text: 'Notitie tijdens het weghalen' }));
    checks.release();
    await act(() => removing);
    expect(got.state.saved!.sources.map((s) => s.id)).toEqual(['s1']);
    expect(got.state.saved!.decisions[id]?.privateNote).toBe('Notitie tijdens het weghalen');
  });

  it('a re-check of a page of a review of several sources checks once, and keeps a toelichting typed meanwhile', async () => {
    const world = fakeWorld(page);
    const checks = holdChecks(world);
    const got = await mount(world);
    await twoSources(world, got);
    const id = got.state.saved!.automatic.items[5]!.id;
    const before = checks.calls();
    checks.hold();
    let checking!: Promise<void>;
    await act(async () => void (checking = got.check.check()));
    await until('the re-check has started', () => checks.waiting() === 1);
    await act(async () => got.editing.edit({ op: 'toelichting', id, text: 'Geschreven tijdens de controle' }));
    checks.release();
    await act(() => checking);
    expect(checks.calls() - before).toBe(1); // all sources together, once: not the page alone first
    expect(got.state.rechecked).toBe(true);
    expect(got.state.saved!.sources).toHaveLength(2);
    expect(got.state.saved!.decisions[id]?.toelichting).toBe('Geschreven tijdens de controle');
  });
});

describe('the texts kept for the sources belong to the stored review', () => {
  it('an import that replaces a review forgets the texts of the sources it had', async () => {
    const world = fakeWorld(page);
    const got = await mount(world);
    await twoSources(world, got);
    const key = got.state.saved!.key;
    expect([...(await sourceDocs.readSourceDocs(key)).keys()]).toEqual(['s1', 's2']);
    // The same review exported elsewhere, with another second source.
    const shown = got.state.saved!;
    const incoming = { ...shown, updatedAt: '2030-01-01T00:00:00.000Z', sources: [shown.sources[0]!, { ...shown.sources[1]!, title: 'Ander plan', url: 'ander-plan.pdf', kind: 'pdf' as const }] };
    const exported = new File([exportReview(incoming, new Date('2030-01-01T00:00:00.000Z'))], 'toetsing.json', { type: 'application/json' });
    await act(() => got.saved.importFile(exported));
    if (got.state.pendingImport) await act(() => got.saved.confirmImport(true));
    expect(world.stored.get(key)?.sources[1]?.url).toBe('ander-plan.pdf');
    expect((await sourceDocs.readSourceDocs(key)).size).toBe(0);
  });
});

describe('a source whose text is no longer kept', () => {
  /** The checked page with a second page (another tab's page) added as a source; the tab back on the first. */
  async function twoPages(world: FakeWorld, got: Got) {
    await act(() => got.check.check());
    const second = { ...agenda, url: 'http://127.0.0.1/werkagenda.html' };
    world.tab = { id: 1, url: second.url };
    world.read = { ok: true, value: second };
    await act(() => got.sources.addTab());
    expect(got.state.saved!.sources.map((s) => s.url)).toEqual([page.url, second.url]);
    world.tab = { id: 1, url: page.url };
    world.read = { ok: true, value: page };
    return second;
  }

  it('a re-check names the source to check again; checking that page (the tab on it) completes the re-check of the open review', async () => {
    const world = fakeWorld(page);
    const got = await mount(world);
    const second = await twoPages(world, got);
    const key = got.state.saved!.key;
    const id = got.state.saved!.automatic.items[2]!.id;
    await act(async () => got.editing.edit({ op: 'toelichting', id, text: 'Blijft staan' }));
    // The panel was closed: only the first page's text is known (as after a failed write).
    await sourceDocs.deleteSourceDocs(key);
    await sourceDocs.writeSourceDocs(key, new Map([['s1', page]]));
    await act(() => got.check.check());
    expect(got.state.phase).toBe('error');
    expect(got.state.errorMessage).toEqual({ key: 'sources.missing', params: { title: second.title } });
    expect(got.state.saved!.key).toBe(key); // the review stays, nothing lost
    // The user opens the other page: the review stays shown, and "Controleer" there completes it.
    world.tab = { id: 1, url: second.url };
    world.read = { ok: true, value: second };
    world.tabEvent();
    await settle();
    expect(got.state.saved!.key).toBe(key);
    await act(() => got.check.check());
    expect(got.state.phase).toBe('ready');
    expect(got.state.rechecked).toBe(true);
    expect(got.state.saved!.key).toBe(key);
    expect(got.state.saved!.sources.map((s) => s.url)).toEqual([page.url, second.url]);
    expect(got.state.saved!.decisions[id]?.toelichting).toBe('Blijft staan');
    expect(world.stored.has(second.url)).toBe(false); // no new review for the second page
  });

  it('removing a source works without the texts of the others: the verdicts stay until they are checked again', async () => {
    const world = fakeWorld(page);
    const got = await mount(world);
    await twoSources(world, got);
    world.services.readFile = async () => ({ ok: true, value: third });
    await act(() => got.sources.addFile(file(third)));
    const before = got.state.saved!;
    const id = before.automatic.items[4]!.id;
    await act(async () => got.editing.edit({ op: 'verdict', id, verdict: 'ontbreekt' }));
    // Only the text of the source to remove is known.
    await sourceDocs.deleteSourceDocs(before.key);
    await sourceDocs.writeSourceDocs(before.key, new Map([['s2', agenda]]));
    await act(() => got.sources.remove('s2'));
    const after = got.state.saved!;
    expect(after.sources.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(after.decisions[id]?.verdict).toBe('ontbreekt');
    expect(after.automatic).toEqual(before.automatic); // not computed again
    expect(got.sources.notice).toEqual({ kind: 'info', message: { key: 'sources.removedUnchecked', params: { title: agenda.title || agenda.url, missing: page.title } } });
  });
});

describe('the first source of a review', () => {
  it('cannot be removed: the review belongs to its address', async () => {
    const world = fakeWorld(page);
    const got = await mount(world);
    await twoSources(world, got);
    const before = got.state.saved!;
    await act(() => got.sources.remove('s1'));
    expect(got.state.saved).toBe(before);
    expect(got.sources.notice).toEqual({ kind: 'error', message: { key: 'sources.mainOne' } });
  });

  it('a review stored without it: a re-check of its own page is refused, not labelled as the remaining source', async () => {
    const world = fakeWorld(page);
    const got = await mount(world);
    await twoSources(world, got);
    // As a review looked after the first source was removed (possible before this fix).
    const shown = got.state.saved!;
    const broken = { ...shown, sources: [shown.sources[1]!], updatedAt: '2030-01-01T00:00:00.000Z' };
    await act(async () => got.editing.replace(broken));
    await act(() => got.check.check());
    expect(got.state.phase).toBe('error');
    expect(got.state.errorMessage).toEqual({ key: 'sources.notASource', params: { title: page.title } });
    expect(got.state.saved!.sources).toEqual(broken.sources);
  });
});

describe('"Voeg de open pagina toe" and "Controleer deze pagina" read the tab alike', () => {
  it('a tab the panel cannot read: the same plain reason in the sources box as in a check, and the review stays as it was', async () => {
    const world = fakeWorld(page);
    const got = await mount(world);
    await act(() => got.check.check());
    const before = got.state.saved!;
    vi.mocked(world.services.tabs.ensureContentScript).mockResolvedValue({ ok: false, error: 'restricted' });
    await act(() => got.sources.addTab());
    expect(got.sources.notice).toEqual({ kind: 'error', message: { key: 'error.restricted' } });
    expect(got.state.saved).toBe(before);
    await act(() => got.check.check());
    expect(got.state.error).toBe('restricted');
  });

  it('no active tab: "error.noTab" in the sources box, and a check fails with noTab', async () => {
    const world = fakeWorld(page);
    const got = await mount(world);
    await act(() => got.check.check());
    world.tab = null;
    await act(() => got.sources.addTab());
    expect(got.sources.notice).toEqual({ kind: 'error', message: { key: 'error.noTab' } });
    expect(got.state.saved!.sources).toHaveLength(1);
    await act(() => got.check.check());
    expect(got.state.error).toBe('noTab');
  });
});
