import { VERDICTS, type Theme, type Verdict } from '@/lib/checklist/types';
import { barSegments, chartMax, chartRows, VERDICT_FILL } from '@/lib/letter/chart';
import type { VerdictCounts } from '@/lib/review';
import { useI18n } from '../i18n';

/** SVG units: the track of the longest bar, and a bar's height. */
const TRACK = 300;
const HEIGHT = 22;

/** One part of a bar: solid, hatched or an open box (readable without colour), in the verdict's colour. */
function Segment(props: { verdict: Verdict; x: number; width: number; height: number }) {
  const fill = VERDICT_FILL[props.verdict];
  return (
    <rect
      x={props.x + 0.75}
      y={0.75}
      width={Math.max(0.5, props.width - 1.5)}
      height={props.height - 1.5}
      class={`chart-seg chart-seg-${fill} verdict-${props.verdict}`}
    />
  );
}

/**
 * The verdicts per theme as a picture: one stacked bar per theme, as long as the theme has
 * items, with each part's number on it. The same data as the letter's chart (lib/letter/chart);
 * the table beside it keeps every number as text.
 */
export function ThemeChart(props: { themes: Theme[]; counts: Record<string, VerdictCounts> }) {
  const { t } = useI18n();
  const rows = chartRows(props.themes, props.counts);
  const max = chartMax(rows);
  if (rows.length === 0) return null;
  return (
    <figure class="theme-chart" data-testid="theme-chart">
      <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="chart-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" class="chart-hatch-paper" />
            <rect width="2.2" height="6" class="chart-hatch-line" />
          </pattern>
        </defs>
      </svg>
      <ul>
        {rows.map((r) => (
          <li key={r.themeId} data-theme={r.themeId}>
            <span class="chart-title" aria-hidden="true">
              {r.title}
            </span>
            <svg
              class="chart-bar"
              viewBox={`0 0 ${TRACK} ${HEIGHT}`}
              preserveAspectRatio="xMinYMid meet"
              role="img"
              aria-label={t('review.summary.bar', { theme: r.title, ...r.counts })}
            >
              {barSegments(r.counts, max, TRACK).map((s) => {
                const label = String(s.count);
                const chip = 6 + 7 * label.length;
                return (
                  <g key={s.verdict} data-verdict={s.verdict}>
                    <Segment verdict={s.verdict} x={s.x} width={s.width} height={HEIGHT} />
                    {s.width >= chip + 4 && (
                      <>
                        <rect class="chart-chip" x={s.x + (s.width - chip) / 2} y={4} width={chip} height={HEIGHT - 8} rx={3} />
                        <text class="chart-count" x={s.x + s.width / 2} y={HEIGHT / 2} text-anchor="middle" dominant-baseline="central">
                          {label}
                        </text>
                      </>
                    )}
                  </g>
                );
              })}
            </svg>
          </li>
        ))}
      </ul>
      <figcaption class="chart-legend">
        {VERDICTS.map((v) => (
          <span key={v} class="chart-legend-item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <Segment verdict={v} x={0} width={16} height={16} />
            </svg>
            {t(`review.verdict.${v}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
