import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSizes, formatBench, makePage, measureSize, measureSources, median, parseBenchArgs, runBench, SIZES, SOURCE_COUNT, sourcesRow, STAGES, stageRow, time, type StageRow } from '@/cli/bench';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { parseHtmlDocument } from '@/cli/dom';

/**
 * The benchmark's JSON is a contract (shared/spec/cli.md); its figures are measured by
 * `npm run bench`, never here. These tests check the parts it is built from.
 */
describe('npm run bench (cli/bench.ts), without benchmarking', () => {
  it('reads --json and --runs N (at least 3, 7 by default)', () => {
    expect(parseBenchArgs([])).toEqual({ json: false, runs: 7 });
    expect(parseBenchArgs(['--json', '--runs', '3'])).toEqual({ json: true, runs: 3 });
    expect(parseBenchArgs(['--runs', '1']).runs).toBe(3);
    expect(parseBenchArgs(['--runs', 'veel']).runs).toBe(7);
    expect(parseBenchArgs(['--runs', '11']).runs).toBe(11);
  });

  it('measures at about 100 kB and 1 MB of text', () => {
    expect(SIZES).toHaveLength(2);
    expect(SIZES[0]).toBeGreaterThanOrEqual(100_000);
    expect(SIZES[1]).toBeGreaterThanOrEqual(1_000_000);
    expect([...STAGES]).toEqual(['extract', 'analyze', 'letter']);
  });

  it('makes realistic pages of the asked size, whose extracted text is about that size', () => {
    const small = makePage(SIZES[0]!);
    expect(small).toContain('cookie-banner');
    expect(small).toMatch(/<main>[\s\S]*<section id="deel-0"><h2>Deel 1<\/h2>/);
    const doc = extractFromHtmlDocument(parseHtmlDocument(small), { url: 'bench' });
    const bytes = Buffer.byteLength(doc.blocks.map((b) => b.text).join('\n'));
    expect(bytes).toBeGreaterThan(90_000);
    expect(bytes).toBeLessThan(200_000);
    // The large page only by its markup (extracting 1 MB is the benchmark's job).
    const large = makePage(SIZES[1]!);
    expect(large.replace(/<[^>]+>/g, '').length).toBeGreaterThan(900_000);
  });

  it('takes the median after a warm-up, and the ratio to the baseline', async () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // A clock that moves 100 ms between runs and 9, 1 and 5 ms during the three measured runs.
    const durations = [9, 1, 5];
    let reads = 0;
    let clock = 0;
    const fake = () => {
      const isEnd = reads++ % 2 === 1;
      clock += isEnd ? durations[(reads - 2) / 2]! : 100;
      return clock;
    };
    let calls = 0;
    expect(await time(() => calls++, 3, fake)).toBe(5);
    expect(calls).toBe(4); // one warm-up, three measured
    expect(stageRow('analyze', 1_000_000, 120, 8)).toEqual({ stage: 'analyze', input_bytes: 1_000_000, median_ms: 120, baseline_ms: 8, ratio: 15 });
    expect(stageRow('extract', 100, 1, 3).ratio).toBe(0.3);
  });

  it('reports every stage at every size, with the sizes of the build, as the contract JSON', async () => {
    const asked: [number, number][] = [];
    const measure = async (bytes: number, runs: number): Promise<StageRow[]> => {
      asked.push([bytes, runs]);
      return STAGES.map((stage) => stageRow(stage, bytes - 1, 2, 1));
    };
    const merged: [number, number, number][] = [];
    const measureMerged = async (bytes: number, count: number, runs: number) => {
      merged.push([bytes, count, runs]);
      return sourcesRow(count, bytes - 1, 12, 10);
    };
    const result = await runBench({ runs: 3, measure, measureMerged, buildDir: join(tmpdir(), 'no-such-build-rt') });
    expect(asked).toEqual(SIZES.map((s) => [s, 3]));
    expect(merged).toEqual(SIZES.map((s) => [s, SOURCE_COUNT, 3]));
    expect(result.sources.map((s) => Object.keys(s).sort())).toEqual(SIZES.map(() => ['input_bytes', 'merged_ms', 'ratio', 'singles_ms', 'sources']));
    expect(result.sources[0]!.ratio).toBe(1.2);
    expect(formatBench(result)).toMatch(/^merged×4\s+99999 B\s+12 ms {2}\(sum of 4 single checks 10 ms, ×1\.2\)$/m);
    expect(result.runs).toBe(3);
    expect(result.sizes).toEqual({ note: expect.stringContaining('npm run build') });
    const json = JSON.parse(JSON.stringify(result));
    for (const stage of STAGES) {
      const rows = json.stages.filter((s: StageRow) => s.stage === stage);
      expect(rows.map((s: StageRow) => s.input_bytes > 900_000)).toEqual([false, true]);
      for (const row of rows) expect(Object.keys(row).sort()).toEqual(['baseline_ms', 'input_bytes', 'median_ms', 'ratio', 'stage']);
    }
    expect(formatBench(result).split('\n')[0]).toMatch(/^extract\s+99999 B\s+2 ms {2}\(baseline 1 ms, ×2\)$/);
  });

  it('gives the sizes of a build: the side panel first load, lazy chunks (the pdf.js worker too), content script, zip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-build-'));
    for (const sub of ['chunks', 'assets', 'content-scripts']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'sidepanel.html'), '<script type="module" src="/chunks/sidepanel-a.js"></script><link rel="modulepreload" href="/chunks/shared-b.js">');
    writeFileSync(join(dir, 'chunks/sidepanel-a.js'), 'console.log("panel");'.repeat(50));
    writeFileSync(join(dir, 'chunks/shared-b.js'), 'export const x = 1;');
    writeFileSync(join(dir, 'chunks/letter-c.js'), 'export const letter = 1;'.repeat(20));
    writeFileSync(join(dir, 'assets/pdf.worker.min-d.mjs'), 'self.onmessage = () => {};');
    writeFileSync(join(dir, 'assets/style.css'), 'body{}');
    writeFileSync(join(dir, 'content-scripts/content.js'), 'void 0;');
    writeFileSync(join(dir, 'background.js'), 'void 0;');
    type Sizes = Record<'sidepanel_initial_js' | 'sidepanel_initial_js_gzip' | 'content_script_js' | 'background_js_gzip' | 'zip_bytes', number> & { chunks: Record<string, number> };
    const sizes = fileSizes(dir) as Sizes;
    expect(sizes.sidepanel_initial_js).toBe(21 * 50 + 19);
    expect(sizes.sidepanel_initial_js_gzip).toBeGreaterThan(0);
    expect(sizes.sidepanel_initial_js_gzip).toBeLessThan(sizes.sidepanel_initial_js);
    expect(Object.keys(sizes.chunks).sort()).toEqual(['assets/pdf.worker.min-d.mjs', 'letter-c.js']);
    expect(sizes.content_script_js).toBe(7);
    expect(sizes.background_js_gzip).toBeGreaterThan(0);
    expect(sizes.zip_bytes).toBeGreaterThan(0);
  });

  it('checks a merged review of tiny sources beside their single checks (a smoke run: figures not asserted)', async () => {
    const row = await measureSources(8_000, 2, 3);
    expect(row.sources).toBe(2);
    expect(row.input_bytes).toBeGreaterThan(5_000);
    expect(row.merged_ms).toBeGreaterThanOrEqual(0);
    expect(row.singles_ms).toBeGreaterThanOrEqual(0);
  });

  it('runs each stage once on a tiny page (a smoke run, not a benchmark: figures not asserted)', async () => {
    const rows = await measureSize(3_000, 3);
    expect(rows.map((r) => r.stage)).toEqual([...STAGES]);
    for (const row of rows) {
      expect(row.input_bytes).toBeGreaterThan(2_000);
      expect(row.median_ms).toBeGreaterThanOrEqual(0);
    }
  });
});
