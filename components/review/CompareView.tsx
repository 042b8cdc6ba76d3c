import type { Verdict } from '@/lib/checklist/types';
import { changedGroups, summaryMessage, type Comparison } from '@/lib/review/compare';
import { quoteStart } from '@/lib/review/show-on-page';
import { useI18n } from '../i18n';

/**
 * Two versions side by side (issue 10): the summary ("7 punten beter, 1 slechter, 26 gelijk"),
 * a warning when the two seem to be about different documents, and per changed item the
 * verdict before and after (the council's own where set) with the passages new and gone.
 * The comparison itself is lib/review/compare.ts.
 */
export function CompareView(props: { comparison: Comparison; titleOf: (id: string) => string }) {
  const { t } = useI18n();
  const { comparison } = props;
  const summary = summaryMessage(comparison.summary);
  const groups = changedGroups(comparison);
  const verdict = (v: Verdict, byHand: boolean) => `${t(`verdict.${v}`)}${byHand ? ` ${t('compare.view.byHand')}` : ''}`;
  return (
    <section class="compare" aria-labelledby="compare-heading" data-testid="compare">
      <h2 id="compare-heading">{t('compare.heading')}</h2>
      <p>{t('compare.old', { title: comparison.old.title, file: comparison.old.url })}</p>
      <p>{t('compare.new', { title: comparison.new.title, file: comparison.new.url })}</p>
      {!comparison.related && (
        <div class="notice notice-warning" role="status" data-testid="compare-unrelated">
          {t('compare.unrelated')}
        </div>
      )}
      <p class="compare-summary" data-testid="compare-summary">
        <strong>{t(summary.key, summary.params)}</strong>
      </p>
      {groups.length === 0 && <p>{t('compare.nothingChanged')}</p>}
      {groups.map(({ change, items: group }) => {
        return (
          <div key={change} data-change={change}>
            <h3>{t(change === 'better' ? 'compare.better' : 'compare.worse')}</h3>
            <ul>
              {group.map((it) => (
                <li key={it.id} data-item={it.id}>
                  <strong>{props.titleOf(it.id)}</strong>
                  <p>
                    {t('compare.view.from', { verdict: verdict(it.old, it.oldByHand) })} · {t('compare.view.to', { verdict: verdict(it.new, it.newByHand) })}
                  </p>
                  <PassageList label={t('compare.added')} kind="added" quotes={it.added} />
                  <PassageList label={t('compare.removed')} kind="removed" quotes={it.removed} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** The passages of an item that are new or gone, each by its opening words. */
function PassageList(props: { label: string; kind: 'added' | 'removed'; quotes: string[] }) {
  if (props.quotes.length === 0) return null;
  return (
    <>
      <p class="muted">{props.label}</p>
      <ul>
        {props.quotes.map((q) => (
          <li key={q} data-passage={props.kind}>
            „{quoteStart(q)}”
          </li>
        ))}
      </ul>
    </>
  );
}
