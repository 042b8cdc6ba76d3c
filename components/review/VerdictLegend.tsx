import { VERDICTS } from '@/lib/checklist/types';
import { useI18n } from '../i18n';
import { VerdictLabel } from './VerdictLabel';

/** What Aanwezig, Deels and Ontbreekt mean, in one short list. */
export function VerdictLegend() {
  const { t } = useI18n();
  return (
    <section class="legend" aria-labelledby="legend-heading" data-testid="verdict-legend">
      <h3 id="legend-heading">{t('review.legend.heading')}</h3>
      <dl>
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>
              <VerdictLabel verdict={v} />
            </dt>
            <dd>{t(`review.legend.${v}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
