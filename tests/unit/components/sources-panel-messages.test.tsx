import { describe, expect, it } from 'vitest';
import { useDom } from '../dom';
import { renderView } from './render';
import { installFakeBrowser } from '../fake-browser';
import { initialState, type PanelState } from '@/lib/review/panel-state';
import type { PanelActions, SourcesApi } from '@/components/panel-api';
import type { ReviewSource } from '@/lib/review';

// The review view's sources box reaches the extension's storage: the fake browser first.
installFakeBrowser();
const { ReviewScreen } = await import('@/components/review/ReviewScreen');
const { SourcesList } = await import('@/components/review/SourcesList');

const { root } = useDom();
const idle: SourcesApi = { busy: false, notice: null, addTab: async () => {}, addFile: async () => {}, remove: async () => {} };
const show = (state: PanelState, sources: SourcesApi = idle) =>
  renderView(<ReviewScreen state={state} saveState="saved" actions={{} as PanelActions} sources={sources} />);

describe('ReviewScreen: a failed check', () => {
  it('says which source to check again instead of the general failure, when the check says so', () => {
    show({ ...initialState, phase: 'error', error: 'failed', errorMessage: { key: 'sources.missing', params: { title: 'Werkagenda' } } });
    const text = root().textContent!;
    expect(text).toContain('Ik heb de tekst van „Werkagenda” niet meer. Open die bron en controleer hem opnieuw.');
    show({ ...initialState, phase: 'error', error: 'failed' });
    expect(root().textContent).not.toContain('Werkagenda');
  });
});

describe('ReviewScreen: "Controleer" while the sources change', () => {
  it('cannot be pressed while a source is added or removed, and can again afterwards', () => {
    const checkButton = () => root().querySelector('button.primary')!;
    show({ ...initialState }, { ...idle, busy: true });
    expect(checkButton().hasAttribute('disabled')).toBe(true);
    show({ ...initialState });
    expect(checkButton().hasAttribute('disabled')).toBe(false);
  });
});

const source = (id: string, title: string, url: string): ReviewSource => ({ id, kind: 'page', title, url, characters: 900, words: 150, blocks: 9, addedAt: '2026-12-04T10:00:00.000Z' });

describe('SourcesList: the first source stays', () => {
  it('offers no "Haal weg" for the first source (the review belongs to its address) and says why; the others can go', () => {
    const sources = [source('s1', 'Regiovisie', 'https://proefland.nl/visie'), source('s2', 'Werkagenda', 'https://proefland.nl/agenda'), source('s3', 'Uitvoering', 'https://proefland.nl/plan')];
    renderView(<SourcesList sources={sources} onRemove={() => undefined} onAddTab={() => undefined} onAddFile={() => undefined} busy={false} />);
    const items = [...root().querySelectorAll('li[data-source]')];
    expect(items.map((li) => li.querySelector('[data-action="remove-source"]') !== null)).toEqual([false, true, true]);
    expect(items[0]!.textContent).toContain('Dit is de eerste bron. De toetsing hoort bij deze pagina of dit bestand. Daarom kunt u hem niet weghalen.');
    expect(items[1]!.textContent).not.toContain('eerste bron');
  });
});
