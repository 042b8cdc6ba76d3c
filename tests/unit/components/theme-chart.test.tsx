/**
 * The summary's chart: one bar per theme with the effective counts, each part's number on it,
 * the same numbers as text in the table, and a legend. Rendered into a linkedom document.
 */
import { describe, expect, it } from 'vitest';
import { useDom } from '../dom';
import { renderView } from './render';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Theme } from '@/lib/checklist/types';
import type { VerdictCounts } from '@/lib/review';
import { ThemeSummary } from '@/components/review/ThemeSummary';

const { document, window } = useDom();

const themes: Theme[] = [
  { id: 'vertrouwen', title: 'Vertrouwen als basis', description: '' },
  { id: 'passend', title: 'Passend en toegankelijk', description: '' },
  { id: 'leeg', title: 'Zonder onderdelen', description: '' },
];
const counts: Record<string, VerdictCounts> = {
  vertrouwen: { aanwezig: 3, deels: 2, ontbreekt: 1, total: 6 },
  passend: { aanwezig: 0, deels: 1, ontbreekt: 11, total: 12 },
};

function show(locale: 'nl' | 'en' = 'nl') {
  return renderView(<ThemeSummary themes={themes} counts={counts} />, locale);
}

describe('ThemeChart in the summary', () => {
  it('draws a bar per theme with items, its numbers as text and a spoken summary', () => {
    const root = show();
    const bars = [...root.querySelectorAll('[data-testid="theme-chart"] li')];
    expect(bars.map((b) => b.getAttribute('data-theme'))).toEqual(['vertrouwen', 'passend']);
    const [first, second] = bars;
    expect(first!.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(first!.querySelector('svg')!.getAttribute('aria-label')).toBe('Vertrouwen als basis: 3 aanwezig, 2 deels, 1 ontbreekt');
    // Each part carries its number; parts with 0 items are not drawn.
    const parts = (li: Element) => [...li.querySelectorAll('g[data-verdict]')].map((g) => [g.getAttribute('data-verdict'), g.querySelector('text')?.textContent]);
    expect(parts(first!)).toEqual([
      ['aanwezig', '3'],
      ['deels', '2'],
      ['ontbreekt', '1'],
    ]);
    expect(parts(second!)).toEqual([
      ['deels', '1'],
      ['ontbreekt', '11'],
    ]);
    // The longest theme fills the track; the other is half as long.
    const end = (li: Element) => Math.max(...[...li.querySelectorAll('rect.chart-seg')].map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width'))));
    expect(end(second!)).toBeGreaterThan(295);
    expect(end(first!)).toBeCloseTo(end(second!) / 2, -1);
    // Without colour: solid, hatched and open parts.
    expect([...first!.querySelectorAll('rect.chart-seg')].map((r) => r.getAttribute('class'))).toEqual([
      'chart-seg chart-seg-solid verdict-aanwezig',
      'chart-seg chart-seg-hatch verdict-deels',
      'chart-seg chart-seg-open verdict-ontbreekt',
    ]);
    expect(root.querySelector('pattern#chart-hatch')).not.toBeNull();
    expect(root.querySelector('.chart-legend')!.textContent).toBe('AanwezigDeelsOntbreekt');
    // The table keeps the same numbers as text.
    expect([...root.querySelectorAll('tr[data-theme="passend"] td')].map((td) => td.textContent)).toEqual(['0', '1', '11']);
  });

  it('speaks English in the English panel', () => {
    const root = show('en');
    expect(root.querySelector('li[data-theme="passend"] svg')!.getAttribute('aria-label')).toBe('Passend en toegankelijk: 0 present, 1 partly, 11 missing');
  });

  it('draws nothing when no theme has items', () => {
    const root = document.getElementById('root')!;
    act(() => render(<ThemeSummary themes={themes} counts={{}} />, root));
    expect(root.querySelector('[data-testid="theme-chart"]')).toBeNull();
  });
});
