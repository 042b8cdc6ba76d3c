import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { extractFromHtmlDocument } from '../lib/extract/html';
import { analyze } from '../lib/check';
import { locChecklist } from '../lib/checklist';
import type { ExtractedDocument } from '../lib/extract/types';
import { parseHtmlDocument } from './dom';
import { sidepanelInitialScripts } from './build-files';
import { createSavedReview } from '../lib/review';
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
const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(3, Number(args[runsArg + 1]) || 7) : 7;
const SIZES = [100_000, 1_000_000];

/** Realistic municipal HTML of about `bytes` bytes of Dutch text: the fixture regiovisies' sections, repeated with varied headings, inside page furniture. */
export function makePage(bytes: number): string {
  const dir = join(ROOT, 'tests/fixtures/checker');
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time(fn: () => unknown, runs: number): Promise<number> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
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

function fileSizes(): Record<string, unknown> {
  const dir = join(ROOT, '.output/chrome-mv3');
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

const stages: { stage: string; input_bytes: number; median_ms: number; baseline_ms: number; ratio: number }[] = [];
for (const bytes of SIZES) {
  const html = makePage(bytes);
  let doc: ExtractedDocument | undefined;
  const extractMs = await time(() => {
    doc = extractFromHtmlDocument(parseHtmlDocument(html), { url: 'bench' });
  }, RUNS);
  const text = doc!.blocks.map((b) => b.text).join('\n');
  const baseMs = await time(() => baseline(text), RUNS);
  const analyzeMs = await time(() => analyze(doc!, locChecklist), RUNS);
  // The letter: compose it from the review and write the .docx (what "Maak de brief" does).
  const now = new Date('2026-01-15T12:00:00Z');
  const saved = createSavedReview(analyze(doc!, locChecklist), now, 'bench.html', doc!.title);
  const template = getTemplate(DEFAULT_TEMPLATE_ID)!;
  const letterMs = await time(() => letterToBuffer(composeLetter(saved, locChecklist, placeholderSettings(), template, now)), RUNS);
  const input = Buffer.byteLength(text);
  stages.push({ stage: 'extract', input_bytes: input, median_ms: extractMs, baseline_ms: baseMs, ratio: Math.round((extractMs / baseMs) * 10) / 10 });
  stages.push({ stage: 'analyze', input_bytes: input, median_ms: analyzeMs, baseline_ms: baseMs, ratio: Math.round((analyzeMs / baseMs) * 10) / 10 });
  stages.push({ stage: 'letter', input_bytes: input, median_ms: letterMs, baseline_ms: baseMs, ratio: Math.round((letterMs / baseMs) * 10) / 10 });
}

const result = { runs: RUNS, sizes: fileSizes(), stages };
if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  for (const s of stages) console.log(`${s.stage.padEnd(8)} ${String(s.input_bytes).padStart(8)} B  ${String(s.median_ms).padStart(9)} ms  (baseline ${s.baseline_ms} ms, ×${s.ratio})`);
  console.log(JSON.stringify(result.sizes, null, 2));
}
