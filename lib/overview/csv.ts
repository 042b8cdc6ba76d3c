import { VERDICTS, type Checklist } from '../checklist';
import type { Locale } from '../i18n';
import { overviewLabels } from './labels';
import { rowTotals, type OverviewRow } from './rows';

/**
 * A CSV field: quoted when it holds the separator, a quote, a line break or white space at an
 * end (quotes doubled inside). Text that a spreadsheet would run as a formula (= + - @ at the
 * start) gets a leading apostrophe, the usual guard against formula injection.
 */
export function csvField(value: string | number, separator = ';'): string {
  if (typeof value === 'number') return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The overview as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads ë and é),
 * `;` between fields (the Dutch list separator), CRLF line ends, Dutch headings. One row per
 * regiovisie: title, file, source, verdicts set by hand, points still to read, per theme and in total the counts of
 * aanwezig / deels / ontbreekt, then one column per item with its verdict.
 */
export function overviewCsv(rows: OverviewRow[], checklist: Checklist, locale: Locale = 'nl'): string {
  const l = overviewLabels(checklist, locale);
  const header: string[] = [l.title, l.file, l.source, l.byHand, l.toRead];
  for (const { theme } of l.themes) for (const v of VERDICTS) header.push(`${theme.title}: ${l.verdict(v)}`);
  for (const v of VERDICTS) header.push(`${l.total}: ${l.verdict(v)}`);
  for (const item of checklist.items) header.push(item.title);
  const lines = [header.map((h) => csvField(h)).join(';')];
  for (const row of rows) {
    const cells: (string | number)[] = [row.title, row.file, l.sourceWord(row.source), row.byHand, row.toRead];
    for (const { theme } of l.themes) for (const v of VERDICTS) cells.push(row.counts[theme.id]?.[v] ?? 0);
    const totals = rowTotals(row);
    for (const v of VERDICTS) cells.push(totals[v]);
    for (const item of checklist.items) {
      const verdict = row.verdicts[item.id];
      cells.push(verdict ? l.verdict(verdict) : '');
    }
    lines.push(cells.map((c) => csvField(c)).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
