import { VERDICTS, type Checklist, type Verdict } from '../checklist';
import { translate, type Locale } from '../i18n';
import { overviewLabels } from './labels';
import { rowTotals, type OverviewRow } from './rows';
import { shortLabel } from '../text/graphemes';

const MAX_TITLE = 40;

/** A column width counts characters as a person sees them (é is one). */
const width = (text: string) => [...text].length;
const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));
const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text;

/**
 * A short table for a terminal: one line per regiovisie with "aanwezig/deels/ontbreekt" per
 * theme (short theme names: the theme ids) and in total, then a legend.
 */
export function overviewTable(rows: OverviewRow[], checklist: Checklist, locale: Locale = 'nl'): string {
  const t = translate.bind(null, locale);
  const l = overviewLabels(checklist, locale);
  const triple = (c: Record<Verdict, number> | undefined) => VERDICTS.map((v) => c?.[v] ?? 0).join('/');
  const header = [t('overview.col.title'), ...l.themes.map(({ theme }) => theme.id.charAt(0).toUpperCase() + theme.id.slice(1)), l.total];
  const body = rows.map((row) => [shortLabel(row.title || row.file, MAX_TITLE), ...l.themes.map(({ theme }) => triple(row.counts[theme.id])), triple(rowTotals(row))]);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((cells) => width(cells[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]!) : padStart(c, widths[i]!))).join('  ').trimEnd();
  const lines = [line(header), ...body.map(line), '', t('overview.legend', { aanwezig: l.verdict('aanwezig'), deels: l.verdict('deels'), ontbreekt: l.verdict('ontbreekt') })];
  const byHand = rows.filter((r) => r.byHand > 0).length;
  if (byHand > 0) lines.push(t('overview.byHandNote'));
  return lines.join('\n');
}
