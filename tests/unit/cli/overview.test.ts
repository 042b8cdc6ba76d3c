import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/check';
import { locChecklist, SPEC_ITEM_IDS } from '@/lib/checklist';
import { createSavedReview, setVerdict } from '@/lib/review/model';
import { exportReview } from '@/lib/review/exchange';
import { readDocument } from '@/cli/read-document';
import { main as overview } from '@/cli/overview';
import { main as check } from '@/cli/check';
import { expectRefused, ROOT, runMain, runProcess } from './run-cli';

const FIXTURES = 'tests/fixtures/overview';
const PDF = 'tests/fixtures/pdf/regiovisie-zuiderveld.pdf';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'overview-cli-'));
}

/** An exported review of a fixture page with one verdict set by hand (the first item: the opposite of the automatic one). */
async function exportedReview(dir: string, page = 'regio-noordkust.html'): Promise<{ file: string; id: string; verdict: string }> {
  const doc = await readDocument(join(ROOT, FIXTURES, page));
  const now = new Date();
  const saved = createSavedReview(analyze(doc, locChecklist), now, page, `${doc.title} (toetsing van de raad)`);
  const first = saved.automatic.items[0]!;
  const verdict = first.verdict === 'aanwezig' ? 'ontbreekt' : 'aanwezig';
  const file = join(dir, 'toetsing-noordkust.json');
  writeFileSync(file, exportReview(setVerdict(saved, first.id, verdict, now), now));
  return { file, id: first.id, verdict };
}

describe('npm run overview (cli/overview.ts)', () => {
  it('gives one JSON row per document in a folder, with counts per theme and every item', async () => {
    const r = await runMain(overview, FIXTURES, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const { rows } = JSON.parse(r.stdout);
    expect(rows.map((row: { file: string }) => row.file)).toEqual(['regio-noordkust.html', 'regio-oostland.txt', 'regio-west.html']);
    for (const row of rows) {
      expect(Object.keys(row.verdicts)).toEqual([...SPEC_ITEM_IDS]);
      expect(Object.keys(row.counts)).toEqual(locChecklist.themes.map((t) => t.id));
      const counted = Object.values(row.counts as Record<string, Record<string, number>>).reduce((n, c) => n + c.aanwezig! + c.deels! + c.ontbreekt!, 0);
      expect(counted).toBe(SPEC_ITEM_IDS.length);
    }
    expect(rows[0].title).toBe('Regiovisie Jeugd Noordkust 2026-2029');
    expect(rows[2].title).toBe('Regiovisie <script>alert(1)</script> "West"; 2026');
  });

  it('gives the same verdicts as check for a document, and the council’s verdict for an exported review', async () => {
    const dir = tempDir();
    const { file, id, verdict } = await exportedReview(dir);
    const r = await runMain(overview, join(FIXTURES, 'regio-noordkust.html'), file, PDF, '--json');
    expect(r.code).toBe(0);
    const [doc, review, pdf] = JSON.parse(r.stdout).rows;
    expect(doc.source).toBe('document');
    const checked = JSON.parse((await runMain(check, join(FIXTURES, 'regio-noordkust.html'), '--json')).stdout);
    expect(doc.verdicts).toEqual(Object.fromEntries(checked.items.map((i: { id: string; verdict: string }) => [i.id, i.verdict])));
    expect(review).toMatchObject({ file: 'toetsing-noordkust.json', source: 'review', byHand: 1, title: 'Regiovisie Jeugd Noordkust 2026-2029 (toetsing van de raad)' });
    expect(review.verdicts[id]).toBe(verdict);
    expect(doc.verdicts[id]).not.toBe(verdict);
    for (const other of SPEC_ITEM_IDS.filter((x) => x !== id)) expect(review.verdicts[other]).toBe(doc.verdicts[other]);
    expect(pdf).toMatchObject({ file: basename(PDF), title: 'Regiovisie Jeugd Zuiderveld 2025-2028' });
  });

  it('takes exported reviews in a folder along, and leaves other JSON files (settings) out', async () => {
    const dir = tempDir();
    await exportedReview(dir);
    copyFileSync(join(ROOT, FIXTURES, 'regio-west.html'), join(dir, 'regio-west.html'));
    copyFileSync(join(ROOT, 'examples/council-settings.json'), join(dir, 'raad.json'));
    writeFileSync(join(dir, 'notities.md'), '# niet van ons');
    mkdirSync(join(dir, 'submap'));
    const r = await runMain(overview, dir, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows.map((row: { file: string }) => row.file)).toEqual(['regio-west.html', 'toetsing-noordkust.json']);
  });

  it('writes a CSV a spreadsheet opens and a self-contained HTML page, and says where', async () => {
    const dir = tempDir();
    const csv = join(dir, 'overzicht.csv');
    const html = join(dir, 'overzicht.html');
    const r = await runMain(overview, FIXTURES, '--csv', csv, '--html', html);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Het overzicht staat in ${csv}.\nHet overzicht staat in ${html}.\n`);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFRegiovisie;Bestand;Bron;/);
    // The title with ; and " is one quoted field.
    expect(text).toContain('"Regiovisie <script>alert(1)</script> ""West""; 2026";regio-west.html;document;0;');
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('Regiovisie &lt;script&gt;alert(1)&lt;/script&gt; &quot;West&quot;; 2026');
    expect(page).not.toMatch(/https?:|src=|href=/);
  });

  it('prints a short Dutch table without an output option', async () => {
    const r = await runMain(overview, FIXTURES);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Regiovisie\s+Vertrouwen/);
    expect(lines[1]).toMatch(/^Regiovisie Jeugd Noordkust 2026-2029\s+\d+\/\d+\/\d+/);
    expect(lines.at(-1)).toBe('Per thema: aanwezig/deels/ontbreekt.');
  });

  it.each([
    ['no arguments', () => [], 'Gebruik: npm run --silent overview'],
    ['an unknown option', () => [FIXTURES, '--xlsx', 'x.xlsx'], 'Onbekende optie: --xlsx.'],
    ['--csv without a value', () => [FIXTURES, '--csv'], 'Na --csv hoort een bestandsnaam.'],
    ['a missing file', (d: string) => [join(d, 'weg.html')], 'bestaat niet'],
    ['a missing folder', (d: string) => [join(d, 'weg')], 'bestaat niet'],
    ['an empty folder', (d: string) => [d], 'staat geen regiovisie'],
    [
      'a folder with only other files',
      (d: string) => {
        writeFileSync(join(d, 'notities.md'), '# Notities');
        copyFileSync(join(ROOT, 'examples/council-settings.json'), join(d, 'raad.json'));
        return [d];
      },
      'staat geen regiovisie',
    ],
    [
      'a file that is neither a document nor a review',
      (d: string) => {
        writeFileSync(join(d, 'notities.md'), '# Notities');
        return [join(ROOT, FIXTURES), join(d, 'notities.md')];
      },
      'Dit soort bestand kan ik niet lezen: "notities.md"',
    ],
    [
      'a JSON file that is not an exported review',
      (d: string) => {
        copyFileSync(join(ROOT, 'examples/council-settings.json'), join(d, 'raad.json'));
        return [join(d, 'raad.json')];
      },
      'is geen document en geen opgeslagen toetsing',
    ],
    [
      'a damaged PDF',
      (d: string) => {
        writeFileSync(join(d, 'kapot.pdf'), 'geen pdf');
        return [d];
      },
      'Ik kan de pdf "kapot.pdf" niet openen',
    ],
  ])('exits with 2 and one Dutch line for %s', async (_, args, message) => {
    const dir = tempDir();
    const r = await runMain(overview, ...args(dir));
    expectRefused(r, message);
  });

  it('exits with 2 when it cannot write the file', async () => {
    const dir = tempDir();
    const r = await runMain(overview, FIXTURES, '--csv', join(dir, 'geen-map', 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ik kan het overzicht niet opslaan');
  });

  it('runs as a process of its own: the table, and exit code 2 for an empty folder', () => {
    const ok = runProcess('cli/overview.ts', FIXTURES);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Regiovisie Jeugd Noordkust 2026-2029');
    const empty = runProcess('cli/overview.ts', tempDir());
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(empty.stderr).toContain('staat geen regiovisie');
  });
});
