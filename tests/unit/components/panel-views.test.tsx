/**
 * The views that once reached into the panel's entrypoint themselves (the browser's storage and
 * the sources and compare hooks), now plain: everything comes in as props, so they render with
 * fakes and no browser at all.
 */
import { describe, expect, it, vi } from 'vitest';
import { useDom } from '../dom';
import { click, renderView } from './render';
import { translate } from '@/lib/i18n';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { I18nProvider } from '@/components/i18n';
import { SourcesBox } from '@/components/review/SourcesBox';
import { CompareBox } from '@/components/review/CompareBox';
import { SavedScreen } from '@/components/review/SavedScreen';
import { LetterScreen } from '@/components/letter/LetterScreen';
import { compareReviews, setCompareWith, setVerdict, summaryOf, type ReviewSource } from '@/lib/review';
import { initialState } from '@/lib/review/panel-state';
import type { CompareApi, PanelActions, SourcesApi } from '@/components/panel-api';
import type { Checklist } from '@/lib/checklist/types';
import { DEFAULT_ITEMS, makeSaved, T0, T1 } from '../review/factory';

vi.mock('@/components/settings/settings-store', () => ({
  councilSettings: { getValue: vi.fn(async () => null), setValue: vi.fn(async () => {}), watch: vi.fn(() => () => {}) },
}));
vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage: vi.fn() } } }));
vi.mock('@/components/save-file', () => ({ saveFile: vi.fn() }));

const { window, root } = useDom();

const S2: ReviewSource = { id: 's2', kind: 'pdf', title: 'Werkagenda', url: 'werkagenda.pdf', characters: 4000, words: 700, blocks: 20, pages: 12, addedAt: T1.toISOString() };
const CHECKLIST = { items: DEFAULT_ITEMS.map(([id, theme]) => ({ id, theme, title: id })) } as unknown as Checklist;

function fakeSources(partial: Partial<SourcesApi> = {}): SourcesApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    busy: false,
    notice: null,
    addTab: async () => void calls.push('addTab'),
    addFile: async (f: File) => void calls.push(`addFile:${f.name}`),
    remove: async (id: string) => void calls.push(`remove:${id}`),
    ...partial,
    calls,
  };
}

describe('SourcesBox with a fake sources hook', () => {
  it('shows the hook’s notice and busy state and hands the buttons to it', () => {
    const saved = makeSaved();
    const two = { ...saved, sources: [...saved.sources, S2] };
    const sources = fakeSources({ busy: true, notice: { kind: 'error', message: { key: 'sources.failed' } } });
    renderView(<SourcesBox saved={two} busy={false} sources={sources} />);
    expect(root().querySelector('details')!.hasAttribute('open')).toBe(true);
    expect(root().querySelector('[data-testid="sources-notice"]')!.textContent).toBe(translate('nl', 'sources.failed'));
    expect(root().querySelector('[aria-busy="true"]')).not.toBeNull();
    const idle = fakeSources();
    renderView(<SourcesBox saved={two} busy={false} sources={idle} />);
    click(root().querySelector('[data-action="add-tab-source"]'));
    click(root().querySelector('li[data-source="s2"] [data-action="remove-source"]')); // the first source has no such button
    expect(idle.calls).toEqual(['addTab', 'remove:s2']);
  });

  it('names the list by the box’s own summary, so the heading is said once', () => {
    const saved = makeSaved();
    renderView(<SourcesBox saved={saved} busy={false} sources={fakeSources()} />);
    const heading = translate('nl', 'sources.heading');
    expect(root().textContent!.split(heading).length - 1).toBe(1);
    const section = root().querySelector('section.sources')!;
    const label = root().querySelector(`#${section.getAttribute('aria-labelledby')}`);
    expect(label?.tagName).toBe('SUMMARY');
    expect(label!.textContent).toContain(heading);
  });
});

describe('CompareBox and SavedScreen with a fake compare hook', () => {
  const concept = makeSaved(undefined, 'Concept');
  const final = { ...setVerdict(makeSaved(undefined, 'Definitief'), DEFAULT_ITEMS[0]![0], 'ontbreekt', T1), key: 'definitief' };
  const list = [summaryOf(concept), summaryOf(final)];

  function fakeCompare(): CompareApi & { asked: [string, string][]; closed: number } {
    const api = {
      comparison: null as CompareApi['comparison'],
      error: null,
      asked: [] as [string, string][],
      closed: 0,
      compare: async (a: string, b: string) => {
        api.asked.push([a, b]);
        api.comparison = compareReviews(concept, final, CHECKLIST);
      },
      close: () => void api.closed++,
    };
    return api;
  }
  const choose = (select: Element, value: string) =>
    act(() => {
      Object.defineProperty(select, 'value', { value, configurable: true });
      select.dispatchEvent(new window.Event('change', { bubbles: true }));
    });

  it('asks the hook to compare, shows its comparison, hands "Neem dit op in de brief" to the panel, and closes when it goes', async () => {
    const compare = fakeCompare();
    const used: unknown[][] = [];
    const actions = { useInLetter: async (...args: unknown[]) => void used.push(args) } as unknown as PanelActions;
    const state = { ...initialState, list };
    const screen = () => <SavedScreen state={state} actions={actions} compare={compare} />;
    renderView(screen());
    const [oldSelect, newSelect] = [...root().querySelectorAll('select')];
    choose(oldSelect!, concept.key);
    choose(newSelect!, final.key);
    await act(async () => void root().querySelector('[data-action="compare"]')!.dispatchEvent(new window.Event('click', { bubbles: true })));
    expect(compare.asked).toEqual([[concept.key, 'definitief']]);
    renderView(screen()); // the hook's new state arrives with the next render
    expect(root().querySelector('[data-testid="compare-summary"]')!.textContent).toContain('slechter');
    click(root().querySelector('[data-action="use-in-letter"]'));
    expect(used).toEqual([[concept.key, 'definitief', 'Concept']]);
    expect(compare.closed).toBe(0);
    renderView(null);
    expect(compare.closed).toBe(1);
  });

  it('CompareBox shows the hook’s error', () => {
    const compare = { ...fakeCompare(), error: { key: 'compare.pick.gone' as const } };
    renderView(<CompareBox list={list} compare={compare} onUseInLetter={() => undefined} />);
    expect(root().textContent).toContain('Een van deze toetsingen is er niet meer.');
  });
});

describe('LetterScreen with a fake reader', () => {
  it('reads the earlier version through the reader it gets, and says so when it is gone', async () => {
    const saved = setCompareWith(makeSaved(), { key: 'weg', title: 'Oud concept' }, T0);
    const read = vi.fn(async () => ({ ok: true as const, saved: undefined }));
    await act(async () => void render(<I18nProvider locale="nl"><LetterScreen saved={saved} onSaved={() => {}} onGoToItem={() => {}} read={read} /></I18nProvider>, root()));
    for (let i = 0; i < 50 && !root().textContent!.includes('Oud concept'); i++) await act(async () => void (await new Promise((r) => setTimeout(r, 10))));
    expect(read).toHaveBeenCalledWith('weg');
    expect(root().textContent).toContain('De conceptversie „Oud concept” is niet meer opgeslagen.');
  });
});
