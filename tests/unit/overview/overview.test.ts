import { describe, expect, it } from 'vitest';
import { locChecklist, SPEC_ITEM_IDS, type Verdict } from '@/lib/checklist';
import type { Review } from '@/lib/check/types';
import { confirmItem, createSavedReview, setVerdict } from '@/lib/review/model';
import { csvField, escapeHtml, overviewCsv, overviewHtml, overviewJson, overviewRow, overviewTable, rowTotals, type OverviewRow } from '@/lib/overview';
import { READABILITY } from '../review/factory';

const NOW = new Date('2026-12-04T10:00:00Z');
const TRICKY = 'Regio <script>alert("x")</script> "Zuid"; deel 2 & meer';

/** A review of every checklist item: the i-th item gets VERDICT_CYCLE[i % 3]. */
function review(shift = 0): Review {
  const cycle: Verdict[] = ['aanwezig', 'deels', 'ontbreekt'];
  return {
    checklist: { id: locChecklist.id, version: locChecklist.version },
    source: { title: 'Bron', url: 'bron.html', language: 'nl', characters: 100, blocks: 3, words: 20 },
    items: locChecklist.items.map((item, i) => {
      const verdict = cycle[(i + shift) % 3]!;
      return { id: item.id, theme: item.theme, verdict, score: 0.5, evidence: [] };
    }),
    readability: READABILITY,
    looksLikeRegiovisie: true,
  } as unknown as Review;
}

function rows(): OverviewRow[] {
  const plain = overviewRow(createSavedReview(review(), NOW, 'noord.html', 'Regiovisie Noord'), 'noord.html', locChecklist, 'document');
  const first = locChecklist.items[0]!.id; // automatic: aanwezig
  const worked = setVerdict(createSavedReview(review(), NOW, 'zuid.html', TRICKY), first, 'ontbreekt', NOW);
  return [plain, overviewRow(worked, 'zuid.json', locChecklist, 'review')];
}

/** A CSV parser after RFC 4180 with `;`: the test's own, to read the output back. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      out.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) out.push([...row, field]);
  return out;
}

describe('overview rows', () => {
  it('gives every item its verdict and counts per theme; the council’s own verdict counts', () => {
    const [plain, worked] = rows();
    expect(Object.keys(plain!.verdicts)).toEqual([...SPEC_ITEM_IDS]);
    expect(Object.keys(plain!.counts)).toEqual(locChecklist.themes.map((t) => t.id));
    const total = rowTotals(plain!);
    expect(total.aanwezig + total.deels + total.ontbreekt).toBe(locChecklist.items.length);
    const first = locChecklist.items[0]!;
    expect(plain!.verdicts[first.id]).toBe('aanwezig');
    expect(worked!.verdicts[first.id]).toBe('ontbreekt');
    expect(worked!.byHand).toBe(1);
    expect(worked!.counts[first.theme]!.aanwezig).toBe(plain!.counts[first.theme]!.aanwezig - 1);
    expect(worked!.counts[first.theme]!.ontbreekt).toBe(plain!.counts[first.theme]!.ontbreekt + 1);
    expect(plain!.toRead).toBe(0);
  });

  it('counts the points still to read (a deels on one vague word, not yet checked), in the JSON, the CSV and the HTML', () => {
    const r = review();
    const deels = r.items.filter((it) => it.verdict === 'deels').slice(0, 3);
    for (const it of deels) it.faint = true;
    let saved = createSavedReview(r, NOW, 'oost.html', 'Regiovisie Oost');
    saved = setVerdict(saved, deels[0]!.id, 'ontbreekt', NOW);
    const row = overviewRow(saved, 'oost.html', locChecklist, 'document');
    expect(row.toRead).toBe(2);
    const [header, line] = parseCsv(overviewCsv([row], locChecklist));
    expect(line![header!.indexOf('Na te lezen')]).toBe('2');
    expect(overviewHtml([row], locChecklist, { generatedAt: NOW })).toContain('2 na te lezen');
  });

  it('counts an aanwezig that one passage carries (single, not yet checked) as a point to read too, in the JSON, the CSV and the HTML', () => {
    const r = review();
    const aanwezig = r.items.filter((it) => it.verdict === 'aanwezig').slice(0, 2);
    expect(aanwezig).toHaveLength(2);
    for (const it of aanwezig) it.single = true;
    r.items.find((it) => it.verdict === 'deels')!.faint = true;
    r.items.find((it) => it.verdict === 'ontbreekt')!.single = true; // not an aanwezig: nothing to read
    let saved = createSavedReview(r, NOW, 'west.html', 'Regiovisie West');
    let row = overviewRow(saved, 'west.html', locChecklist, 'document');
    expect(row.toRead).toBe(3);
    expect(JSON.parse(JSON.stringify(overviewJson([row]))).rows[0].toRead).toBe(3);
    const [header, line] = parseCsv(overviewCsv([row], locChecklist));
    expect(line![header!.indexOf('Na te lezen')]).toBe('3');
    expect(overviewHtml([row], locChecklist, { generatedAt: NOW })).toContain('(3 na te lezen)');
    saved = confirmItem(saved, aanwezig[0]!.id, true, NOW);
    row = overviewRow(saved, 'west.html', locChecklist, 'document');
    expect(row.toRead).toBe(2);
  });
});

describe('overview CSV', () => {
  it('is UTF-8 with a BOM, ; separated, with Dutch headers, and reads back to the same values', () => {
    const csv = overviewCsv(rows(), locChecklist);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table).toHaveLength(3);
    const [header, plain, tricky] = table;
    expect(header!.slice(0, 5)).toEqual(['Regiovisie', 'Bestand', 'Bron', 'Oordelen van de raad', 'Na te lezen']);
    expect(header).toContain('Vertrouwen als basis: aanwezig');
    expect(header).toContain(locChecklist.items[0]!.title);
    expect(header).toHaveLength(5 + 3 * locChecklist.themes.length + 3 + locChecklist.items.length);
    for (const line of table) expect(line).toHaveLength(header!.length);
    expect(tricky![0]).toBe(TRICKY);
    expect(tricky!.slice(1, 4)).toEqual(['zuid.json', 'opgeslagen toetsing', '1']);
    expect(plain![header!.indexOf(locChecklist.items[0]!.title)]).toBe('aanwezig');
    expect(tricky![header!.indexOf(locChecklist.items[0]!.title)]).toBe('ontbreekt');
    expect(plain![header!.indexOf('Totaal: aanwezig')]).toBe(String(rowTotals(rows()[0]!).aanwezig));
  });

  it('quotes only where needed and keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvField(12)).toBe('12');
  });
});

describe('overview HTML', () => {
  const html = overviewHtml(rows(), locChecklist, { generatedAt: NOW });

  it('escapes every text: a title with <script> shows as text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(escapeHtml(TRICKY));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('is self-contained: no scripts, no links, no external files, a policy that allows none', () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]|src=|href=|@import|<link|<img|<iframe|<object/i);
    expect(html.match(/url\(([^)]*)\)/g)!.every((u) => u.startsWith('url(#'))).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it('has a chart per theme with the numbers as text, and a table of every item', () => {
    expect(html.match(/<svg /g)).toHaveLength(locChecklist.themes.length);
    for (const theme of locChecklist.themes) expect(html).toContain(`>${theme.title}</h3>`);
    // Black and white: the deels part is a pattern, aanwezig solid, ontbreekt white; each number is written.
    expect(html).toContain('<pattern id="c0-deels"');
    const [plain] = rows();
    const first = locChecklist.themes[0]!.id;
    expect(html).toContain(`● ${plain!.counts[first]!.aanwezig}  ◐ ${plain!.counts[first]!.deels}  ○ ${plain!.counts[first]!.ontbreekt}`);
    for (const item of locChecklist.items) expect(html).toContain(`<th scope="row">${escapeHtml(item.title)}</th>`);
    expect(html).toContain('4 december 2026');
  });
});

describe('overview table for a terminal', () => {
  it('gives a line per regiovisie with the counts per theme', () => {
    const text = overviewTable(rows(), locChecklist);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Regiovisie\s+Vertrouwen\s+Passend\s+Kwaliteit\s+Expert\s+Algemeen\s+Totaal$/);
    expect(lines[1]).toMatch(/^Regiovisie Noord\s+\d+\/\d+\/\d+/);
    // A long title is cut with an ellipsis, to 40 characters.
    expect(lines[2]).toMatch(/^Regio <script>alert\("x"\)<\/script> "\S*…\s+\d+\/\d+\/\d+/);
    expect(lines[2]!.indexOf('…')).toBe(39);
    expect(text).toContain('Per thema: aanwezig/deels/ontbreekt.');
    expect(text).toContain('telt het oordeel van de raad');
  });
});
