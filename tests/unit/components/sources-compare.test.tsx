import { describe, expect, it } from 'vitest';
import { useDom } from '../dom';
import { click, renderView } from './render';
import { act } from 'preact/test-utils';
import { SourcesList } from '@/components/review/SourcesList';
import { CompareView } from '@/components/review/CompareView';
import { ComparePicker } from '@/components/review/ComparePicker';
import { EvidenceQuote } from '@/components/review/EvidenceQuote';
import { SourcesContext } from '@/components/review/sources-context';
import { compareReviews, createSavedReview, setVerdict, summaryOf, type ReviewSource } from '@/lib/review';
import type { Checklist } from '@/lib/checklist/types';
import { DEFAULT_ITEMS, makeEvidence, makeItem, makeReview, makeSaved, T0, T1 } from '../review/factory';

const { window, root } = useDom();

const S1: ReviewSource = { id: 's1', kind: 'page', title: 'Regiovisie Proefland', url: 'https://proefland.nl/visie', characters: 9000, words: 1500, blocks: 40, addedAt: T0.toISOString() };
/** A list whose buttons do nothing (each test replaces the callbacks it looks at). */
const idle = { onRemove: () => undefined, onAddTab: () => undefined, onAddFile: () => undefined, busy: false };
const S2: ReviewSource = { id: 's2', kind: 'pdf', title: 'Werkagenda', url: 'werkagenda.pdf', characters: 4000, words: 700, blocks: 20, pages: 12, addedAt: T1.toISOString() };

describe('SourcesList', () => {
  it('lists every source with its kind and size, and removes one (only while there are two or more)', () => {
    const removed: string[] = [];
    renderView(<SourcesList {...idle} sources={[S1, S2]} onRemove={(id) => removed.push(id)} />);
    const items = [...root().querySelectorAll('li[data-source]')];
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Regiovisie Proefland (webpagina, 1.500 woorden)'),
      expect.stringContaining('Werkagenda (pdf, 12 bladzijden)'),
    ]);
    expect(root().textContent).toContain('De oordelen gelden voor alle bronnen samen.');
    click(items[1]!.querySelector('[data-action="remove-source"]'));
    expect(removed).toEqual(['s2']);
    expect(items[1]!.querySelector('[data-action="remove-source"]')!.getAttribute('aria-label')).toBe('Haal „Werkagenda” weg uit deze toetsing');
    renderView(<SourcesList {...idle} sources={[S1]} onRemove={(id) => removed.push(id)} />);
    expect(root().querySelector('[data-action="remove-source"]')).toBeNull();
    expect(root().textContent).toContain('Dit is de enige bron.');
  });

  it('offers "Voeg toe aan deze toetsing" for the open page and a file, and says the work is kept', () => {
    let tab = 0;
    renderView(<SourcesList {...idle} sources={[S1]} onAddTab={() => tab++} />);
    expect(root().textContent).toContain('Voeg toe aan deze toetsing');
    expect(root().textContent).toContain('blijven bewaard');
    click(root().querySelector('[data-action="add-tab-source"]'));
    expect(tab).toBe(1);
    expect(root().querySelector('[data-testid="add-source-file"]')!.getAttribute('accept')).toBe('.pdf,.html,.htm,.txt');
    // While a check runs or the sources change, nothing can be added.
    renderView(<SourcesList {...idle} sources={[S1]} busy />);
    expect(root().querySelector('[data-action="add-tab-source"]')!.hasAttribute('disabled')).toBe(true);
    expect(root().querySelector('[data-testid="add-source-file"]')!.hasAttribute('disabled')).toBe(true);
  });
});

describe('EvidenceQuote with its source', () => {
  it('says which source a quote is from in a review of several sources', () => {
    const saved = { ...makeSaved(), sources: [S1, S2] };
    const quote = makeEvidence({ block: 's2:b4', page: 3 });
    const inReview = (sources: ReviewSource[]) =>
      renderView(
        <SourcesContext.Provider value={{ sources }}>
          <ul>
            <EvidenceQuote evidence={quote} />
          </ul>
        </SourcesContext.Provider>,
      );
    inReview(saved.sources);
    expect(root().querySelector('[data-testid="evidence-source"]')!.textContent).toBe('Uit: Werkagenda');
    expect(root().querySelector('.evidence-page')!.textContent).toBe('Bladzijde 3');
    // A review of one source does not say it.
    inReview([S1]);
    expect(root().querySelector('[data-testid="evidence-source"]')).toBeNull();
  });
});

const CHECKLIST = { items: DEFAULT_ITEMS.map(([id, theme]) => ({ id, theme })) } as unknown as Checklist;

describe('CompareView', () => {
  it('shows the summary and each changed item with its verdicts and new passages', () => {
    const old = makeSaved();
    const review = makeReview();
    review.items[1] = makeItem('vertrouwen.inspraak', 'vertrouwen', 'aanwezig', { evidence: [makeEvidence({ quote: 'Jongeren praten mee in de adviesraad.' })] });
    const now = setVerdict(createSavedReview(review, T1, old.url, old.title), 'passend.maatwerk', 'deels', T1);
    renderView(<CompareView comparison={compareReviews(old, now, CHECKLIST)} titleOf={(id) => `Titel ${id}`} />);
    expect(root().querySelector('[data-testid="compare-summary"]')!.textContent).toBe('1 punt beter, 1 slechter, 4 gelijk');
    const better = root().querySelector('[data-change="better"] li[data-item="vertrouwen.inspraak"]')!;
    expect(better.textContent).toContain('Titel vertrouwen.inspraak');
    expect(better.textContent).toContain('Was: ontbreekt · Nu: aanwezig');
    expect(better.querySelector('[data-passage="added"]')!.textContent).toContain('Jongeren praten mee');
    expect(root().querySelector('[data-change="worse"] li')!.textContent).toContain('Nu: deels (uw eigen oordeel)');
    expect(root().querySelector('[data-testid="compare-unrelated"]')).toBeNull();
  });
});

describe('ComparePicker', () => {
  it('compares the two chosen reviews, and asks for two different ones', () => {
    const a = summaryOf(makeSaved(undefined, 'Concept'));
    const b = { ...summaryOf(makeSaved(undefined, 'Definitief')), key: 'ander' };
    const calls: [string, string][] = [];
    renderView(<ComparePicker list={[a, b]} onCompare={(o, n) => calls.push([o, n])} />);
    click(root().querySelector('[data-action="compare"]'));
    expect(calls).toEqual([]);
    expect(root().textContent).toContain('Kies twee verschillende toetsingen.');
    const [oldSelect, newSelect] = [...root().querySelectorAll('select')] as HTMLSelectElement[];
    // linkedom's <select> has no settable value: give the element the value a browser would have.
    const choose = (select: HTMLSelectElement, value: string) =>
      act(() => {
        Object.defineProperty(select, 'value', { value, configurable: true });
        select.dispatchEvent(new window.Event('change', { bubbles: true }));
      });
    choose(oldSelect!, a.key);
    choose(newSelect!, a.key);
    click(root().querySelector('[data-action="compare"]'));
    expect(calls).toEqual([]);
    choose(newSelect!, 'ander');
    click(root().querySelector('[data-action="compare"]'));
    expect(calls).toEqual([[a.key, 'ander']]);
    renderView(<ComparePicker list={[a]} onCompare={() => undefined} />);
    expect(root().textContent).toContain('minstens twee opgeslagen toetsingen');
  });
});
