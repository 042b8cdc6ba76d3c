import { describe, expect, it } from 'vitest';
import { explainNotRegiovisie, explainVerdict, passageKindLabel } from '../../../lib/review/explain';
import { PASSAGE_KINDS, type ItemResult, type NotRegiovisieReason } from '../../../lib/check/types';
import { LOCALES, translate } from '../../../lib/i18n';

const result = (over: Partial<ItemResult>): ItemResult => ({ id: 'x.y', theme: 'x', verdict: 'deels', score: 0.5, evidence: [], ...over });
const nl = (m: ReturnType<typeof explainVerdict>) => (m ? translate('nl', m.key, m.params) : undefined);

describe('explainVerdict', () => {
  it('aanwezig names the strong kind of passage it stands on', () => {
    expect(nl(explainVerdict(result({ verdict: 'aanwezig', basis: 'action-row' })))).toBe(
      'Gevonden: een actie in de werkagenda, met wie het doet of wanneer.',
    );
  });

  it('deels says in what kind of passage the topic is only mentioned', () => {
    expect(nl(explainVerdict(result({ basis: 'wish' })))).toBe('Alleen als wens of ervaring van ouders of jongeren.');
    expect(nl(explainVerdict(result({ basis: 'glossary' })))).toBe('Alleen in de begrippenlijst.');
    expect(nl(explainVerdict(result({ basis: 'national' })))).toBe('Landelijke afspraak, geen eigen afspraak van de regio.');
  });

  it('deels on a commitment is a vague mention, or a commitment in a text that is no regiovisie', () => {
    expect(explainVerdict(result({ basis: 'commitment' }))!.key).toBe('explain.vague');
    expect(explainVerdict(result({ basis: 'commitment', capped: true }))!.key).toBe('explain.capped');
  });

  it('ontbreekt says nothing was found; an old result without a basis has no explanation', () => {
    expect(explainVerdict(result({ verdict: 'ontbreekt' }))!.key).toBe('explain.ontbreekt');
    expect(explainVerdict(result({}))).toBeUndefined();
  });

  it('every passage kind and every reason has a text in every language', () => {
    for (const locale of LOCALES) {
      for (const kind of PASSAGE_KINDS) {
        const label = passageKindLabel(kind);
        expect(translate(locale, label.key), kind).not.toMatch(/^kind\.|\{/);
        const why = explainVerdict(result({ basis: kind, verdict: 'deels' }))!;
        expect(translate(locale, why.key, why.params), kind).not.toMatch(/explain\.|\{/);
      }
      const reasons: NotRegiovisieReason[] = ['off-topic', 'too-short', 'ordinance', 'minutes', 'news', 'information', 'no-plan'];
      for (const reason of reasons) {
        const text = translate(locale, 'review.notRegiovisie', { reason: explainNotRegiovisie(reason) });
        expect(text, reason).not.toMatch(/notRegiovisie\.|\{/);
      }
    }
  });
});
