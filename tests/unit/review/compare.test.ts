import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import { locChecklist } from '../../../lib/checklist';
import { translate } from '../../../lib/i18n';
import { addOwnEvidence, createSavedReview, setVerdict } from '../../../lib/review/model';
import { changedGroups, compareReviews, looksRelated, summaryMessage } from '../../../lib/review/compare';
import { DEFAULT_ITEMS, makeEvidence, makeItem, makeReview, makeSaved, T0, T1 } from './factory';

/** The six items of the factory's review as a checklist (compare only reads ids and themes). */
const CHECKLIST = { items: DEFAULT_ITEMS.map(([id, theme]) => ({ id, theme })) } as unknown as Checklist;
const nl = (m: { key: Parameters<typeof translate>[1]; params?: Parameters<typeof translate>[2] }) => translate('nl', m.key, m.params);

describe('compareReviews', () => {
  it('finds nothing changed between a review and itself: every item the same, no passages new or gone', () => {
    const saved = makeSaved();
    const c = compareReviews(saved, saved, CHECKLIST);
    expect(c.items.map((it) => it.id)).toEqual(DEFAULT_ITEMS.map(([id]) => id));
    expect(c.summary).toEqual({ better: 0, worse: 0, same: 6 });
    for (const it of c.items) expect([it.added, it.removed, it.change]).toEqual([[], [], 'same']);
    expect(c.related).toBe(true);
    expect(changedGroups(c)).toEqual([]);
  });

  it('counts better and worse in the order ontbreekt < deels < aanwezig, with the passages new and gone', () => {
    const old = makeSaved();
    const review = makeReview([
      ['vertrouwen.contactpersoon', 'vertrouwen', 'deels'], // aanwezig → deels: worse
      ['vertrouwen.inspraak', 'vertrouwen', 'aanwezig'], // ontbreekt → aanwezig: better
      ['passend.wachttijd', 'passend', 'aanwezig'], // deels → aanwezig: better
      ['passend.maatwerk', 'passend', 'aanwezig'],
      ['kwaliteit.uitkomsten', 'kwaliteit', 'ontbreekt'],
      ['algemeen.begrijpelijk', 'algemeen', 'deels'],
    ]);
    review.items[1] = makeItem('vertrouwen.inspraak', 'vertrouwen', 'aanwezig', { evidence: [makeEvidence({ quote: 'Jongeren praten mee in de adviesraad.', block: 'b40' })] });
    const c = compareReviews(old, createSavedReview(review, T1, 'https://www.gemeente-voorbeeld.nl/regiovisie-jeugdzorg', 'Regiovisie Voorbeeldregio'), CHECKLIST);
    expect(c.summary).toEqual({ better: 2, worse: 1, same: 3 });
    const byId = new Map(c.items.map((it) => [it.id, it]));
    expect(byId.get('vertrouwen.contactpersoon')).toMatchObject({ old: 'aanwezig', new: 'deels', change: 'worse' });
    expect(byId.get('vertrouwen.inspraak')).toMatchObject({ old: 'ontbreekt', new: 'aanwezig', change: 'better', added: ['Jongeren praten mee in de adviesraad.'], removed: [] });
    expect(changedGroups(c).map(({ change, items }) => [change, items.map((it) => it.id)])).toEqual([
      ['better', ['vertrouwen.inspraak', 'passend.wachttijd']],
      ['worse', ['vertrouwen.contactpersoon']],
    ]);
  });

  it('takes the council’s own verdict where it set one, and its own passages', () => {
    const old = setVerdict(makeSaved(), 'passend.maatwerk', 'deels', T1);
    let now = setVerdict(makeSaved(), 'kwaliteit.uitkomsten', 'aanwezig', T1);
    now = addOwnEvidence(now, 'kwaliteit.uitkomsten', { quote: 'Wij meten elk jaar de tevredenheid.', prefix: '', suffix: '', block: 'b9' }, T1);
    const c = compareReviews(old, now, CHECKLIST);
    const byId = new Map(c.items.map((it) => [it.id, it]));
    // The automatic verdicts are the same; the council's verdicts make the difference.
    expect(byId.get('passend.maatwerk')).toMatchObject({ old: 'deels', oldByHand: true, new: 'aanwezig', newByHand: false, change: 'better' });
    expect(byId.get('kwaliteit.uitkomsten')).toMatchObject({ old: 'ontbreekt', new: 'aanwezig', newByHand: true, change: 'better', added: ['Wij meten elk jaar de tevredenheid.'] });
    expect(c.summary).toEqual({ better: 2, worse: 0, same: 4 });
  });

  it('holds every item of the checklist: one a review does not have counts as ontbreekt', () => {
    const c = compareReviews(makeSaved(), makeSaved(), locChecklist);
    expect(c.items).toHaveLength(locChecklist.items.length);
    expect(c.summary.better + c.summary.worse + c.summary.same).toBe(locChecklist.items.length);
    const missing = c.items.find((it) => !DEFAULT_ITEMS.some(([id]) => id === it.id))!;
    expect(missing).toMatchObject({ old: 'ontbreekt', new: 'ontbreekt', change: 'same' });
  });

  it('says in Dutch: "7 punten beter, 1 slechter, 26 gelijk" and "1 punt beter"', () => {
    expect(nl(summaryMessage({ better: 7, worse: 1, same: 26 }))).toBe('7 punten beter, 1 slechter, 26 gelijk');
    expect(nl(summaryMessage({ better: 1, worse: 0, same: 33 }))).toBe('1 punt beter, 0 slechter, 33 gelijk');
    expect(translate('en', summaryMessage({ better: 7, worse: 1, same: 26 }).key, summaryMessage({ better: 7, worse: 1, same: 26 }).params)).toBe('7 items better, 1 worse, 26 the same');
  });
});

describe('looksRelated', () => {
  const other = (title: string, quote: string) => {
    const review = makeReview(DEFAULT_ITEMS.map(([id, theme]) => [id, theme, 'aanwezig']));
    review.items = review.items.map((it, i) => ({ ...it, evidence: [makeEvidence({ quote: `${quote} ${i}.`, block: `b${i}` })] }));
    return createSavedReview(review, T0, `https://${title.length}.example.nl/`, title);
  };

  it('takes a concept and its final version (same title apart from "concept" and a year, or shared passages) as related', () => {
    expect(looksRelated(other('Regiovisie Proefland (concept)', 'Eerste tekst'), other('Regiovisie Proefland 2026', 'Andere tekst'))).toBe(true);
    expect(looksRelated(other('Conceptversie', 'Dezelfde zin'), other('Vastgestelde regiovisie', 'Dezelfde zin'))).toBe(true);
  });

  it('takes two regions with other titles and no shared passages as unrelated, and still compares them', () => {
    const a = other('Regiovisie Noordkust', 'Wij zorgen aan de kust');
    const b = other('Regiovisie Oostland', 'Wij regelen in het oosten');
    expect(looksRelated(a, b)).toBe(false);
    const c = compareReviews(a, b, CHECKLIST);
    expect(c.related).toBe(false);
    expect(c.summary.same).toBe(6);
    expect(c.items[0]!.added).toEqual(['Wij regelen in het oosten 0.']);
    expect(c.items[0]!.removed).toEqual(['Wij zorgen aan de kust 0.']);
  });
});

describe('setCompareWith (the letter compares with an earlier saved review)', () => {
  it('sets and clears the link, validates it, and keeps it through export and import', async () => {
    const { setCompareWith } = await import('../../../lib/review/model');
    const { validateSavedReview } = await import('../../../lib/review/validate');
    const { exportReview, parseReviewImport } = await import('../../../lib/review/exchange');
    const saved = makeSaved();
    const linked = setCompareWith(saved, { key: 'https://proefland.nl/concept', title: 'Concept' }, T1);
    expect(linked.compareWith).toEqual({ key: 'https://proefland.nl/concept', title: 'Concept' });
    expect(linked.updatedAt).toBe(T1.toISOString());
    expect(setCompareWith(linked, { key: 'https://proefland.nl/concept', title: 'Concept' }, T1)).toBe(linked);
    expect(() => setCompareWith(saved, { key: saved.key, title: 'Zelf' }, T1)).toThrow(RangeError);
    expect('compareWith' in setCompareWith(linked, undefined, T1)).toBe(false);
    const back = parseReviewImport(exportReview(linked, T1));
    expect(back.ok && back.review.compareWith).toEqual(linked.compareWith);
    const bad = validateSavedReview({ ...linked, compareWith: { key: 3, title: 'x' } });
    expect(!bad.ok && bad.path).toBe('review.compareWith.key');
  });
});
