import { describe, expect, it } from 'vitest';
import { confirmItem, setMunicipality } from '@/lib/review';
import { displayName, parseIndex, removeSummary, sortSummaries, summaryOf, upsertSummary } from '@/lib/review/review-index';
import { makeSaved, T1, T2 } from '../review/factory';

describe('index of saved reviews', () => {
  it('summarises a review with its progress', () => {
    const saved = setMunicipality(confirmItem(makeSaved(), 'passend.wachttijd', true, T1), 'Voorbeeldregio', T1);
    const s = summaryOf(saved);
    expect(s).toMatchObject({ key: saved.key, url: saved.url, title: saved.title, municipality: 'Voorbeeldregio', reviewed: 1, total: 6, updatedAt: T1.toISOString() });
  });

  it('keeps one entry per key, newest first', () => {
    const a = { ...summaryOf(makeSaved()), key: 'a', updatedAt: T1.toISOString() };
    const b = { ...summaryOf(makeSaved()), key: 'b', updatedAt: T2.toISOString() };
    let list = upsertSummary([], a);
    list = upsertSummary(list, b);
    expect(list.map((s) => s.key)).toEqual(['b', 'a']);
    list = upsertSummary(list, { ...a, updatedAt: '2030-01-01T00:00:00.000Z', reviewed: 3 });
    expect(list.map((s) => [s.key, s.reviewed])).toEqual([
      ['a', 3],
      ['b', 0],
    ]);
    expect(removeSummary(list, 'a').map((s) => s.key)).toEqual(['b']);
    expect(sortSummaries([a, b])[0]!.key).toBe('b');
  });

  it('reads a stored index defensively', () => {
    const good = summaryOf(makeSaved());
    expect(parseIndex(null)).toEqual([]);
    expect(parseIndex('rommel')).toEqual([]);
    expect(parseIndex([good, { key: 1 }, null, { ...good, key: '' }])).toEqual([good]);
  });

  it('names a review by title, else municipality, else address', () => {
    expect(displayName({ title: 'Regiovisie', municipality: 'X', url: 'u' })).toBe('Regiovisie');
    expect(displayName({ title: '  ', municipality: 'Lindeveld', url: 'u' })).toBe('Lindeveld');
    expect(displayName({ title: '', url: 'https://x.nl/' })).toBe('https://x.nl/');
  });
});
