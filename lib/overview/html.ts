import { VERDICTS, type Checklist, type Verdict } from '../checklist';
import { translate, type Locale } from '../i18n';
import { formatDutchDate } from '../letter/text';
import { shortLabel } from '../text/graphemes';
import { overviewLabels } from './labels';
import { rowTotals, type OverviewRow } from './rows';

/** Text for HTML (elements and quoted attributes, also inside inline SVG): & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A symbol beside each verdict word, so the table reads in black and white too. */
const MARK: Record<Verdict, string> = { aanwezig: '●', deels: '◐', ontbreekt: '○' };

const MAX_LABEL = 40;

const CSS = `
body { font: 15px/1.45 system-ui, "Segoe UI", Arial, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 1200px; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #777; padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.v-aanwezig { background: #e3f1e3; }
td.v-deels { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #f6e6cf 4px, #f6e6cf 8px); }
td.v-ontbreekt { background: #fff; }
th.theme { background: #f5f5f5; }
figure { margin: .25rem 0 1rem; }
figcaption { font-size: .9rem; }
svg text { font: 12px system-ui, "Segoe UI", Arial, sans-serif; fill: #111; }
svg text.on-dark { fill: #fff; font-weight: 600; }
.legend span { margin-right: 1rem; white-space: nowrap; }
.swatch { display: inline-block; width: 1.1em; height: .9em; border: 1px solid #111; vertical-align: -.1em; margin-right: .3em; }
.swatch.aanwezig { background: #1b4d2b; }
.swatch.deels { background: repeating-linear-gradient(45deg, #fff, #fff 2px, #8a4b00 2px, #8a4b00 4px); }
.swatch.ontbreekt { background: #fff; }
.muted { color: #444; }
@media print { .scroll { overflow: visible; } }
`;

export interface OverviewHtmlOptions {
  /** The date printed on the page. */
  generatedAt: Date;
  locale?: Locale;
}

/**
 * The overview as one self-contained HTML page: inline CSS, inline SVG, no scripts, no links,
 * no external files (a content security policy says so too). A chart per theme (stacked bars
 * of aanwezig / deels / ontbreekt per regiovisie, with patterns and the numbers as text, so it
 * reads in black and white), a table of the counts, and a table of every item's verdict.
 * All text from documents and reviews is escaped.
 */
export function overviewHtml(rows: OverviewRow[], checklist: Checklist, options: OverviewHtmlOptions): string {
  const locale = options.locale ?? 'nl';
  const t = translate.bind(null, locale);
  const l = overviewLabels(checklist, locale);
  const e = escapeHtml;
  const rowName = (row: OverviewRow) => row.title || row.file;
  const out: string[] = [];
  out.push(`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t('overview.pageTitle'))}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(t('overview.pageTitle'))}</h1>
<p>${e(t('overview.intro', { count: rows.length, checklist: checklist.title, version: checklist.version, date: formatDutchDate(options.generatedAt) }))}</p>
<p class="legend" aria-hidden="true">${VERDICTS.map((v) => `<span><span class="swatch ${v}"></span>${MARK[v]} ${e(l.verdict(v))}</span>`).join('')}</p>`);

  // Charts, one per theme.
  out.push(`<h2>${e(t('overview.chartsHeading'))}</h2>`);
  l.themes.forEach(({ theme, items }, index) => {
    out.push(`<section>\n<h3 id="theme-${index}">${e(theme.title)}</h3>`);
    out.push(themeChart(rows, theme.id, items.length, `c${index}`, `theme-${index}`, l.verdict, t('overview.chartDescription', { theme: theme.title, count: items.length })));
    out.push('</section>');
  });

  // Counts per theme.
  out.push(`<h2>${e(t('overview.countsHeading'))}</h2>\n<p class="muted">${e(t('overview.countsNote'))}</p>\n<div class="scroll"><table>`);
  out.push(`<thead><tr><th scope="col">${e(l.title)}</th><th scope="col">${e(l.file)}</th><th scope="col">${e(l.source)}</th>${l.themes
    .map(({ theme }) => `<th scope="col">${e(theme.title)}</th>`)
    .join('')}<th scope="col">${e(l.total)}</th></tr></thead>\n<tbody>`);
  for (const row of rows) {
    const triple = (c: Record<Verdict, number> | undefined) => VERDICTS.map((v) => c?.[v] ?? 0).join(' / ');
    out.push(
      `<tr><th scope="row">${e(rowName(row))}</th><td>${e(row.file)}</td><td>${e(l.sourceWord(row.source))}${row.byHand > 0 ? ` (${e(t('overview.byHandCount', { count: row.byHand }))})` : ''}${row.toRead > 0 ? ` (${e(t('overview.toReadCount', { count: row.toRead }))})` : ''}</td>${l.themes
        .map(({ theme }) => `<td class="n">${triple(row.counts[theme.id])}</td>`)
        .join('')}<td class="n">${triple(rowTotals(row))}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>');

  // Every item's verdict: the items down, the regiovisies across (34 columns of items would not fit).
  out.push(`<h2>${e(t('overview.itemsHeading'))}</h2>\n<div class="scroll"><table>`);
  out.push(`<thead><tr><th scope="col">${e(t('overview.col.item'))}</th>${rows.map((row) => `<th scope="col">${e(rowName(row))}</th>`).join('')}</tr></thead>\n<tbody>`);
  for (const { theme, items } of l.themes) {
    out.push(`<tr><th scope="colgroup" class="theme" colspan="${rows.length + 1}">${e(theme.title)}</th></tr>`);
    for (const item of items) {
      out.push(
        `<tr><th scope="row">${e(item.title)}</th>${rows
          .map((row) => {
            const v = row.verdicts[item.id];
            return v ? `<td class="v-${v}">${MARK[v]} ${e(l.verdict(v))}</td>` : '<td>–</td>';
          })
          .join('')}</tr>`,
      );
    }
  }
  out.push('</tbody></table></div>\n</main>\n</body>\n</html>\n');
  return out.join('\n');
}

/**
 * One theme's chart: a horizontal bar per regiovisie, split into aanwezig (solid dark),
 * deels (hatched) and ontbreekt (white, outlined), with each number written in its part and
 * the three numbers after the bar.
 */
function themeChart(rows: OverviewRow[], themeId: string, itemCount: number, id: string, labelledBy: string, word: (v: Verdict) => string, description: string): string {
  const e = escapeHtml;
  const labelWidth = 310;
  const barWidth = 420;
  const barHeight = 22;
  const gap = 10;
  const top = 6;
  const width = labelWidth + barWidth + 170;
  const height = top + rows.length * (barHeight + gap) + 4;
  const scale = itemCount > 0 ? barWidth / itemCount : 0;
  const parts: string[] = [];
  parts.push(
    `<figure><svg role="img" aria-labelledby="${labelledBy} ${id}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<desc id="${id}-desc">${e(description)}</desc>`,
    `<defs><pattern id="${id}-deels" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="#8a4b00"/></pattern></defs>`,
  );
  rows.forEach((row, i) => {
    const y = top + i * (barHeight + gap);
    const c = row.counts[themeId] ?? { aanwezig: 0, deels: 0, ontbreekt: 0 };
    const name = row.title || row.file;
    parts.push(`<g><title>${e(`${name}: ${VERDICTS.map((v) => `${c[v]} ${word(v)}`).join(', ')}`)}</title>`);
    parts.push(`<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 4}" text-anchor="end">${e(shortLabel(name, MAX_LABEL))}</text>`);
    let x = labelWidth;
    for (const v of VERDICTS) {
      const w = c[v] * scale;
      if (w <= 0) continue;
      const fill = v === 'aanwezig' ? '#1b4d2b' : v === 'deels' ? `url(#${id}-deels)` : '#fff';
      parts.push(`<rect x="${fmt(x)}" y="${y}" width="${fmt(w)}" height="${barHeight}" fill="${fill}" stroke="#111" stroke-width="1"/>`);
      const cx = x + w / 2;
      if (v === 'deels') parts.push(`<rect x="${fmt(cx - 9)}" y="${y + 4}" width="18" height="${barHeight - 8}" fill="#fff"/>`);
      parts.push(`<text x="${fmt(cx)}" y="${y + barHeight / 2 + 4}" text-anchor="middle"${v === 'aanwezig' ? ' class="on-dark"' : ''}>${c[v]}</text>`);
      x += w;
    }
    parts.push(`<text x="${labelWidth + barWidth + 8}" y="${y + barHeight / 2 + 4}">${VERDICTS.map((v) => `${MARK[v]} ${c[v]}`).join('  ')}</text></g>`);
  });
  parts.push('</svg></figure>');
  return parts.join('\n');
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);
