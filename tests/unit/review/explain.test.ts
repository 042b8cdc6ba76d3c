import { describe, expect, it } from 'vitest';
import { explainNotRegiovisie, explainVerdict, isShortText, passageKindLabel, textWarning } from '../../../lib/review/explain';
import { NOT_REGIOVISIE_REASONS, PASSAGE_KINDS, type ItemResult, type NotRegiovisieReason } from '../../../lib/check/types';
import { LOCALES, translate } from '../../../lib/i18n';

const result = (over: Partial<ItemResult>): ItemResult => ({ id: 'x.y', theme: 'x', verdict: 'deels', score: 0.5, evidence: [], ...over });
const signals = { method: 'signals' } as const;
const nl = (m: ReturnType<typeof explainVerdict>) => (m ? translate('nl', m.key, m.params) : undefined);

describe('explainVerdict', () => {
  it('aanwezig names the strong kind of passage it stands on', () => {
    expect(nl(explainVerdict(signals, result({ verdict: 'aanwezig', basis: 'action-row' })))).toBe(
      'Gevonden: een actie in de werkagenda, met wie het doet of wanneer.',
    );
  });

  it('deels says in what kind of passage the topic is only mentioned', () => {
    expect(nl(explainVerdict(signals, result({ basis: 'wish' })))).toBe('Alleen als wens of ervaring van ouders of jongeren.');
    expect(nl(explainVerdict(signals, result({ basis: 'glossary' })))).toBe('Alleen in de begrippenlijst.');
    expect(nl(explainVerdict(signals, result({ basis: 'national' })))).toBe('Landelijke afspraak, geen eigen afspraak van de regio.');
  });

  it('deels on a commitment is a vague mention, or a commitment in a text that is no regiovisie', () => {
    expect(explainVerdict(signals, result({ basis: 'commitment' }))!.key).toBe('explain.vague');
    expect(explainVerdict(signals, result({ basis: 'commitment', capped: true }))!.key).toBe('explain.capped');
  });

  it('deels on one vague word in a longer text (faint) says it was named once, with a word of more senses', () => {
    expect(nl(explainVerdict(signals, result({ basis: 'arrangement', faint: true })))).toBe('Maar één keer genoemd, met een woord dat ook iets anders kan betekenen.');
    expect(nl(explainVerdict(signals, result({ basis: 'list', faint: true })))).toBe('Maar één keer genoemd, met een woord dat ook iets anders kan betekenen.');
    // once the council confirmed or changed it, the kind of passage explains it
    const at = '2026-12-05T10:00:00.000Z';
    expect(nl(explainVerdict(signals, result({ basis: 'list', faint: true }), { confirmed: true, updatedAt: at }))).toBe('Alleen als woord in een opsomming.');
    expect(nl(explainVerdict(signals, result({ basis: 'list', faint: true }), { verdict: 'ontbreekt', updatedAt: at }))).toBe('Alleen als woord in een opsomming.');
    // a flag on another verdict than deels (an edited file) is no reason to doubt it
    expect(explainVerdict(signals, result({ verdict: 'aanwezig', basis: 'commitment', faint: true }))!.key).toBe('explain.aanwezig');
  });

  it('aanwezig that one passage of a longer text carries (single) says it was found in this one sentence only, until checked', () => {
    const single = result({ verdict: 'aanwezig', basis: 'commitment', single: true });
    expect(nl(explainVerdict(signals, single))).toBe('Gevonden: een eigen afspraak of plan van de regio. Maar alleen deze ene zin zegt dat.');
    expect(translate('en', explainVerdict(signals, single)!.key, explainVerdict(signals, single)!.params)).toBe(
      "Found: the region's own agreement or plan. But only this one sentence says so.",
    );
    // once the council confirmed or changed it, the normal aanwezig explanation
    const at = '2026-12-05T10:00:00.000Z';
    expect(nl(explainVerdict(signals, single, { confirmed: true, updatedAt: at }))).toBe('Gevonden: een eigen afspraak of plan van de regio.');
    expect(nl(explainVerdict(signals, single, { verdict: 'deels', updatedAt: at }))).toBe('Gevonden: een eigen afspraak of plan van de regio.');
    // a note alone does not check it
    expect(explainVerdict(signals, single, { toelichting: 'Navragen', updatedAt: at })!.key).toBe('explain.single');
    // single on a deels (an edited file) changes nothing
    expect(explainVerdict(signals, result({ basis: 'list', single: true }))!.key).toBe('explain.deels');
  });

  it('ontbreekt says nothing was found; an old result without a basis has no explanation', () => {
    expect(explainVerdict(signals, result({ verdict: 'ontbreekt' }))!.key).toBe('explain.ontbreekt');
    expect(explainVerdict(signals, result({}))).toBeUndefined();
  });

  it('the readability item and an item without a result have no explanation', () => {
    expect(explainVerdict({ method: 'readability' }, result({ verdict: 'aanwezig', basis: 'action-row' }))).toBeUndefined();
    expect(explainVerdict(signals, undefined)).toBeUndefined();
    expect(explainVerdict({}, result({ verdict: 'aanwezig', basis: 'action-row' }))!.key).toBe('explain.aanwezig');
  });

  it('every passage kind and every reason has a text in every language', () => {
    for (const locale of LOCALES) {
      for (const kind of PASSAGE_KINDS) {
        const label = passageKindLabel(kind);
        expect(translate(locale, label.key), kind).not.toMatch(/^kind\.|\{/);
        const why = explainVerdict(signals, result({ basis: kind, verdict: 'deels' }))!;
        expect(translate(locale, why.key, why.params), kind).not.toMatch(/explain\.|\{/);
      }
      for (const reason of NOT_REGIOVISIE_REASONS) {
        const text = translate(locale, 'review.notRegiovisie', { reason: explainNotRegiovisie(reason) });
        expect(text, reason).not.toMatch(/notRegiovisie\.|\{/);
      }
    }
  });
});

describe('isShortText and textWarning', () => {
  const items = (missing: number, total = 10): ItemResult[] =>
    Array.from({ length: total }, (_, i) => result({ id: `x.${i}`, verdict: i < missing ? 'ontbreekt' : 'deels' }));
  const review = (words: number, missing = 0, over: { looksLikeRegiovisie?: boolean; notRegiovisie?: NotRegiovisieReason } = {}) => ({
    source: { title: 't', url: 'u', language: 'nl', characters: words * 6, blocks: 10, words },
    items: items(missing),
    looksLikeRegiovisie: over.looksLikeRegiovisie ?? true,
    ...(over.notRegiovisie ? { notRegiovisie: over.notRegiovisie } : {}),
  });

  it('a text of under 1,500 words is short; so is one under 3,000 where most items found nothing', () => {
    expect(isShortText(review(577))).toBe(true);
    expect(isShortText(review(1499))).toBe(true);
    expect(isShortText(review(1500))).toBe(false);
    expect(isShortText(review(2900, 6))).toBe(true);
    expect(isShortText(review(2900, 5))).toBe(false);
    // a long text where most is missing is a weak regiovisie, not a short text
    expect(isShortText(review(8000, 9))).toBe(false);
  });

  it('warns with the reason when the text is no regiovisie, and says "short" only once', () => {
    expect(textWarning(review(5000))).toBeUndefined();
    expect(textWarning(review(5000, 0, { looksLikeRegiovisie: false, notRegiovisie: 'ordinance' }))).toEqual({ notRegiovisie: { key: 'notRegiovisie.ordinance' }, short: false });
    expect(textWarning(review(600))).toEqual({ short: true });
    expect(textWarning(review(600, 0, { looksLikeRegiovisie: false, notRegiovisie: 'too-short' }))).toEqual({ notRegiovisie: { key: 'notRegiovisie.too-short' }, short: false });
    expect(textWarning(review(600, 0, { looksLikeRegiovisie: false, notRegiovisie: 'news' }))).toEqual({ notRegiovisie: { key: 'notRegiovisie.news' }, short: true });
  });
});
