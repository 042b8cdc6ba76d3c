import { VERDICTS, type Theme } from '@/lib/checklist/types';
import type { VerdictCounts } from '@/lib/review';
import { useI18n } from '../i18n';
import { ThemeChart } from './ThemeChart';

/** Per theme: how many items are aanwezig, deels and ontbreekt (effective verdicts), as a chart and as a table. */
export function ThemeSummary(props: { themes: Theme[]; counts: Record<string, VerdictCounts> }) {
  const { t } = useI18n();
  const themes = props.themes.filter((th) => props.counts[th.id]);
  return (
    <section class="theme-summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">{t('review.summary.heading')}</h3>
      <ThemeChart themes={props.themes} counts={props.counts} />
      <table data-testid="theme-summary">
        <thead>
          <tr>
            <th scope="col">{t('review.summary.theme')}</th>
            {VERDICTS.map((v) => (
              <th scope="col" key={v} class={`num verdict-text-${v}`}>
                {t(`review.verdict.${v}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((th) => {
            const c = props.counts[th.id]!;
            return (
              <tr key={th.id} data-theme={th.id}>
                <th scope="row">{th.title}</th>
                {VERDICTS.map((v) => (
                  <td key={v} class="num" data-verdict={v}>
                    {c[v]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
