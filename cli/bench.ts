import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { extractFromHtmlDocument } from '../lib/extract/html';
import { analyze } from '../lib/check';
import { locChecklist } from '../lib/checklist';
import type { ExtractedDocument } from '../lib/extract/types';
import { parseHtmlDocument } from './dom';
import { sidepanelInitialScripts } from './build-files';
import { createSavedReview, mergeSourceDocuments, nextSourceId } from '../lib/review';
import { composeLetter, getTemplate, DEFAULT_TEMPLATE_ID, placeholderSettings } from '../lib/letter';
import { letterToBuffer } from '../lib/docx/render';
import { countWords } from '../lib/extract/clean';

/**
 * npm run --silent bench -- [--json] [--runs N]
 * Median milliseconds per stage and input size, beside a same-run baseline (one plain
 * linear pass: lower-case the text and count its words), plus the built sizes.
 * Contract: ../shared/spec/cli.md.
 */

const ROOT = resolve(import.meta.dirname, '..');
/** Input sizes of Dutch text the stages are measured at (the contract: about 100 kB and 1 MB). */
export const SIZES = [100_000, 1_000_000];
export const STAGES = ['extract', 'analyze', 'letter'] as const;
export type Stage = (typeof STAGES)[number];

export interface BenchArgs {
  json: boolean;
  runs: number;
}

/** `--json` and `--runs N` (at least 3; 7 when not given or not a number). */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const runsArg = argv.indexOf('--runs');
  return { json: argv.includes('--json'), runs: runsArg >= 0 ? Math.max(3, Number(argv[runsArg + 1]) || 7) : 7 };
}

/** Realistic municipal HTML of about `bytes` bytes of Dutch text: the fixture regiovisies' sections, repeated with varied headings, inside page furniture. */
export function makePage(bytes: number, dir = join(ROOT, 'tests/fixtures/checker')): string {
  const sources = readdirSync(dir).filter((f) => f.startsWith('regiovisie-') && f.endsWith('.html')).sort();
  const bodies = sources.map((f) => {
    const html = readFileSync(join(dir, f), 'utf8');
    const main = /<main[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? html;
    return main;
  });
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length]!;
    const section = `<section id="deel-${i}"><h2>Deel ${i + 1}</h2>${body}</section>`;
    parts.push(section);
    size += section.replace(/<[^>]+>/g, '').length;
  }
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Regiovisie (benchmark)</title></head><body>
<div class="cookie-banner"><p>Wij gebruiken cookies.</p><button>Accepteren</button></div>
<header><nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/p${i}">Menu ${i}</a></li>`).join('')}</ul></nav></header>
<main><h1>Regiovisie jeugdhulp (benchmark)</h1>${parts.join('\n')}</main>
<footer><p>Gemeente Voorbeeld</p></footer></body></html>`;
}

/** The same-run baseline: lower-case the text and count its words (the product's own word definition). */
function baseline(text: string): number {
  return countWords(text.toLowerCase());
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of `runs` calls of `fn` after one warm-up call, to 0.01 ms. */
export async function time(fn: () => unknown, runs: number, now: () => number = () => performance.now()): Promise<number> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await fn();
    samples.push(now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
}

export interface StageRow {
  stage: Stage;
  input_bytes: number;
  median_ms: number;
  baseline_ms: number;
  ratio: number;
}

/** One row of the contract: a stage's median beside the same-run baseline, and their ratio to 0.1. */
export function stageRow(stage: Stage, inputBytes: number, medianMs: number, baselineMs: number): StageRow {
  return { stage, input_bytes: inputBytes, median_ms: medianMs, baseline_ms: baselineMs, ratio: Math.round((medianMs / baselineMs) * 10) / 10 };
}

/** Size of the extension zipped as the stores get it (deflate, every file of the build). */
function zipBytes(dir: string): number {
  const files: Record<string, Uint8Array> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else files[rel] = readFileSync(join(dir, rel));
    }
  };
  walk('');
  return zipSync(files, { level: 9 }).length;
}

/** Sizes in bytes of a Chrome build folder (raw and gzipped): the side panel's first load, the lazy chunks, the zip. */
export function fileSizes(dir = join(ROOT, '.output/chrome-mv3')): Record<string, unknown> {
  if (!existsSync(dir)) return { note: 'no build: run npm run build first' };
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const initial = sidepanelInitialScripts(dir);
  const initialSet = new Set(initial);
  const chunksDir = join(dir, 'chunks');
  const chunks: Record<string, number> = {};
  for (const f of existsSync(chunksDir) ? readdirSync(chunksDir) : []) {
    if (!initialSet.has(`chunks/${f}`)) chunks[f] = gz(join(chunksDir, f));
  }
  // Scripts Vite emits as assets are loaded lazily too (the pdf.js worker, when a PDF is chosen).
  const assetsDir = join(dir, 'assets');
  for (const f of existsSync(assetsDir) ? readdirSync(assetsDir) : []) {
    if (/\.m?js$/.test(f)) chunks[`assets/${f}`] = gz(join(assetsDir, f));
  }
  const content = join(dir, 'content-scripts/content.js');
  return {
    sidepanel_initial_js: initial.reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    sidepanel_initial_js_gzip: initial.reduce((n, f) => n + gz(join(dir, f)), 0),
    content_script_js: existsSync(content) ? statSync(content).size : 0,
    content_script_js_gzip: existsSync(content) ? gz(content) : 0,
    background_js_gzip: gz(join(dir, 'background.js')),
    zip_bytes: zipBytes(dir),
    chunks,
  };
}

/** The benchmark itself: every stage at one input size. Run only by `npm run bench`. */
export async function measureSize(bytes: number, runs: number): Promise<StageRow[]> {
  const html = makePage(bytes);
  let doc: ExtractedDocument | undefined;
  const extractMs = await time(() => {
    doc = extractFromHtmlDocument(parseHtmlDocument(html), { url: 'bench' });
  }, runs);
  const text = doc!.blocks.map((b) => b.text).join('\n');
  const baseMs = await time(() => baseline(text), runs);
  const analyzeMs = await time(() => analyze(doc!, locChecklist), runs);
  // The letter: compose it from the review and write the .docx (what "Maak de brief" does).
  const now = new Date('2026-01-15T12:00:00Z');
  const saved = createSavedReview(analyze(doc!, locChecklist), now, 'bench.html', doc!.title);
  const template = getTemplate(DEFAULT_TEMPLATE_ID)!;
  const letterMs = await time(() => letterToBuffer(composeLetter(saved, locChecklist, placeholderSettings(), template, now)), runs);
  const input = Buffer.byteLength(text);
  return [stageRow('extract', input, extractMs, baseMs), stageRow('analyze', input, analyzeMs, baseMs), stageRow('letter', input, letterMs, baseMs)];
}

/** How many sources the merged review is measured with (a regiovisie, its work agenda, two appendices). */
export const SOURCE_COUNT = 4;

/** One review of several sources beside the sum of the single checks of those sources. */
export interface SourcesRow {
  sources: number;
  /** Text of all sources together. */
  input_bytes: number;
  /** Median ms of merging the sources' blocks and checking them as one review. */
  merged_ms: number;
  /** Sum over the sources of the median ms of checking each alone. */
  singles_ms: number;
  /** merged_ms / singles_ms, to 0.01: about 1 means the merged review costs the sum of its single checks. */
  ratio: number;
}

export function sourcesRow(sources: number, inputBytes: number, mergedMs: number, singlesMs: number): SourcesRow {
  return { sources, input_bytes: inputBytes, merged_ms: mergedMs, singles_ms: Math.round(singlesMs * 100) / 100, ratio: Math.round((mergedMs / singlesMs) * 100) / 100 };
}

/** The merged review of `count` sources of about `bytes / count` each (run only by `npm run bench`). */
export async function measureSources(bytes: number, count: number, runs: number): Promise<SourcesRow> {
  const parts: { source: { id: string }; doc: ExtractedDocument }[] = [];
  for (let i = 0; i < count; i++) {
    const doc = extractFromHtmlDocument(parseHtmlDocument(makePage(Math.round(bytes / count))), { url: `bench-${i + 1}` });
    parts.push({ source: { id: nextSourceId(parts.map((p) => p.source)) }, doc });
  }
  let singles = 0;
  for (const { doc } of parts) singles += await time(() => analyze(doc, locChecklist), runs);
  const merged = await time(() => analyze(mergeSourceDocuments(parts), locChecklist), runs);
  const input = parts.reduce((n, { doc }) => n + Buffer.byteLength(doc.blocks.map((b) => b.text).join('\n')), 0);
  return sourcesRow(count, input, merged, singles);
}

export interface BenchResult {
  runs: number;
  sizes: Record<string, unknown>;
  stages: StageRow[];
  /** Per input size: the merged review of SOURCE_COUNT sources beside the sum of their single checks. */
  sources: SourcesRow[];
}

/** Every size measured in turn (`measure` and `measureMerged` are the real benchmark unless a test passes others). */
export async function runBench({
  runs,
  sizes = SIZES,
  measure = measureSize,
  measureMerged = measureSources,
  buildDir,
}: {
  runs: number;
  sizes?: number[];
  measure?: (bytes: number, runs: number) => Promise<StageRow[]>;
  measureMerged?: (bytes: number, count: number, runs: number) => Promise<SourcesRow>;
  buildDir?: string;
}): Promise<BenchResult> {
  const stages: StageRow[] = [];
  const sources: SourcesRow[] = [];
  for (const bytes of sizes) {
    stages.push(...(await measure(bytes, runs)));
    sources.push(await measureMerged(bytes, SOURCE_COUNT, runs));
  }
  return { runs, sizes: fileSizes(buildDir), stages, sources };
}

/** The readable form: one line per stage and size, then the sizes. */
export function formatBench(result: BenchResult): string {
  const lines = result.stages.map((s) => `${s.stage.padEnd(8)} ${String(s.input_bytes).padStart(8)} B  ${String(s.median_ms).padStart(9)} ms  (baseline ${s.baseline_ms} ms, ×${s.ratio})`);
  const merged = result.sources.map(
    (s) => `${`merged×${s.sources}`.padEnd(8)} ${String(s.input_bytes).padStart(8)} B  ${String(s.merged_ms).padStart(9)} ms  (sum of ${s.sources} single checks ${s.singles_ms} ms, ×${s.ratio})`,
  );
  return [...lines, ...merged, JSON.stringify(result.sizes, null, 2)].join('\n');
}

async function cli(argv: string[]): Promise<void> {
  const args = parseBenchArgs(argv);
  const result = await runBench({ runs: args.runs });
  process.stdout.write(`${args.json ? JSON.stringify(result, null, 2) : formatBench(result)}\n`);
}

// Run only as a program (npm run bench), never when a test imports the helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await cli(process.argv.slice(2));
