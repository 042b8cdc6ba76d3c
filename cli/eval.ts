/**
 * Evaluate the checker against hand labels.
 *
 *   npm run --silent eval -- [DIR ...] [--passages FILE] [--cv] [--json] [--verbose]
 *
 * DIR holds text files (.txt, corpus/dev format) and labels.json:
 *   {"docs": {"<file>": {"<item id>": {"verdict": "aanwezig|deels|ontbreekt", "quote": "…"}}}}
 * FILE is a list of single passages, each judged for one item (corpus/passages format):
 *   [{"id", "item", "verdict", "kind", "text", "why"}]
 * Without DIR and --passages: ../shared/corpus/dev, ../shared/corpus/dev-synthetic, the sets in
 * tests/eval-texts/ and ../shared/corpus/passages/passages.json, those that exist.
 *
 * Per folder and per document: precision, recall and F1 (addressed = aanwezig or deels), 3-class
 * accuracy, Cohen's κ, the confusion matrix, false "aanwezig" and the evidence hit rate (does the
 * checker's quote overlap the labelled one). Passages are judged one by one as a small document
 * taken for a regiovisie; only the verdict on the passage's own item counts.
 *
 * --cv tunes the weights listed under `tunable` in lib/check/weights.json by coordinate descent,
 * leaving one document out (per folder) or one theme out (passages), and reports the
 * cross-validated figures beside the in-sample ones. The pure parts are in cli/eval-metrics.ts.
 * Exit status 2 for a bad argument or an unreadable folder or file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textToDocument } from '../lib/extract/text';
import type { ExtractedDocument } from '../lib/extract/types';
import { analyze } from '../lib/check';
import type { AnalyzeOptions, Review, Weights } from '../lib/check/types';
import defaultWeightsJson from '../lib/check/weights.json';
import type { Verdict } from '../lib/checklist/types';
import { VERDICTS } from '../lib/checklist/types';
import { locChecklist } from '../lib/checklist';
import {
  CLASSES,
  addPair,
  coordinateDescent,
  emptyConfusion,
  evidenceOverlaps,
  locateLetters,
  figures,
  getPath,
  locate,
  normalizeQuote,
  collapseSpace,
  sumConfusions,
  withSettings,
  type Confusion,
  type Figures,
  type Settings,
  type Span,
} from './eval-metrics';

const DEFAULT_WEIGHTS = defaultWeightsJson as unknown as Weights;
/** The readability item: judged on the whole text, no quote; left out of the evidence hit rate. */
const READABILITY_ITEM = 'algemeen.begrijpelijk';
const checklist = locChecklist;
const itemIds = new Set(checklist.items.map((i) => i.id));

// ---------------------------------------------------------------------------------------------
// Arguments

interface Args {
  dirs: string[];
  passages?: string;
  cv: boolean;
  json: boolean;
  verbose: boolean;
}

const USAGE = 'Gebruik: npm run --silent eval -- [MAP ...] [--passages BESTAND] [--cv] [--json] [--verbose]';

function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dirs: [], cv: false, json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--cv') args.cv = true;
    else if (a === '--passages') {
      const v = argv[++i];
      if (!v || v.startsWith('-')) fail(`Bij --passages hoort een bestand. ${USAGE}`);
      args.passages = v;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('-')) fail(`Onbekende optie: ${a}. ${USAGE}`);
    else args.dirs.push(a);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// Corpora

interface Label {
  verdict: Verdict;
  quote: string;
}

/** One document the checker reads, with the labels that count for it. */
interface Unit {
  key: string;
  name: string;
  doc: ExtractedDocument;
  /** The document text, whitespace collapsed: the space in which quotes are located. */
  text: string;
  gold: Map<string, Label>;
  /** Where each label's quote stands in `text`; null when it cannot be found. */
  goldSpans: Map<string, Span | null>;
  options: Omit<AnalyzeOptions, 'weights'>;
}

interface Folder {
  dir: string;
  units: Unit[];
}

interface Passage {
  id: string;
  item: string;
  verdict: Verdict;
  kind: string;
  text: string;
  theme: string;
  unit: Unit;
}

const shown = (p: string) => relative(process.cwd(), p) || '.';

function makeUnit(key: string, name: string, raw: string, gold: Map<string, Label>, options: Unit['options']): Unit {
  const text = collapseSpace(raw);
  const goldSpans = new Map<string, Span | null>();
  for (const [id, label] of gold) {
    const q = normalizeQuote(label.quote);
    if (q) goldSpans.set(id, locate(text, q) ?? locateLetters(text, q));
  }
  return { key, name, doc: textToDocument(raw, name), text, gold, goldSpans, options };
}

function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);
}

function loadFolder(dir: string): Folder {
  let labels: { docs: Record<string, Record<string, { verdict?: unknown; quote?: unknown }>> };
  try {
    if (!statSync(dir).isDirectory()) fail(`Geen map: ${dir} (een passages-bestand geef je met --passages)`);
    labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  } catch (err) {
    fail(`Kan de map of labels.json niet lezen: ${(err as Error).message}`);
  }
  if (!labels || typeof labels.docs !== 'object' || labels.docs === null) fail(`labels.json in ${dir} heeft geen "docs"`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && labels.docs[f])
    .sort();
  if (files.length === 0) fail(`Geen gelabelde .txt-bestanden in ${dir}`);
  const units = files.map((file) => {
    const gold = new Map<string, Label>();
    for (const [id, l] of Object.entries(labels.docs[file]!)) {
      if (!itemIds.has(id)) continue;
      if (!isVerdict(l?.verdict)) fail(`Onbekend oordeel bij ${file} ${id} in ${join(dir, 'labels.json')}`);
      gold.set(id, { verdict: l.verdict, quote: typeof l.quote === 'string' ? l.quote : '' });
    }
    return makeUnit(`${resolve(dir)}/${file}`, file, readFileSync(join(dir, file), 'utf8'), gold, {});
  });
  return { dir, units };
}

function loadPassages(file: string): Passage[] {
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    fail(`Kan het passages-bestand niet lezen: ${(err as Error).message}`);
  }
  if (!Array.isArray(list) || list.length === 0) fail(`Geen lijst met passages in ${file}`);
  return list.map((p: Record<string, unknown>, i) => {
    const id = typeof p?.id === 'string' ? p.id : `#${i + 1}`;
    if (typeof p?.text !== 'string' || typeof p.item !== 'string' || !isVerdict(p.verdict)) fail(`Passage ${id} in ${file} mist text, item of een geldig verdict`);
    if (!itemIds.has(p.item)) fail(`Passage ${id} in ${file}: onbekend item ${p.item}`);
    const gold = new Map([[p.item, { verdict: p.verdict, quote: '' }]]);
    return {
      id,
      item: p.item,
      verdict: p.verdict,
      kind: typeof p.kind === 'string' ? p.kind : '?',
      text: p.text,
      theme: p.item.split('.')[0]!,
      unit: makeUnit(`${resolve(file)}#${id}`, `${id}.txt`, p.text, gold, { assumeRegiovisie: true }),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Running the checker (cached per document and weights)

interface Hits {
  /** Gold and checker both addressed, gold quote given and found in the text (item ≠ readability). */
  cases: number;
  /** Such cases whose gold quote could not be found in the text (left out of `cases`). */
  unlocatable: number;
  hit1: number;
  hitAny: number;
}

const emptyHits = (): Hits => ({ cases: 0, unlocatable: 0, hit1: 0, hitAny: 0 });
const sumHits = (list: readonly Hits[]): Hits =>
  list.reduce((a, h) => ({ cases: a.cases + h.cases, unlocatable: a.unlocatable + h.unlocatable, hit1: a.hit1 + h.hit1, hitAny: a.hitAny + h.hitAny }), emptyHits());

interface Row {
  id: string;
  gold: Verdict;
  got: Verdict;
  /** Evidence hit (see Hits): on the first quote, on a later one, or on none. */
  hit?: 'first' | 'later' | 'miss';
  /** Only for mismatches and evidence misses: the label's quote and the checker's first evidence. */
  quote?: string;
  evidence?: string;
  kind?: string;
}

interface UnitEval {
  confusion: Confusion;
  hits: Hits;
  rows: Row[];
  looksLikeRegiovisie: boolean;
  notRegiovisie?: string;
  ms: number;
}

function evaluate(unit: Unit, review: Review, ms: number): UnitEval {
  const confusion = emptyConfusion();
  const hits = emptyHits();
  const rows: Row[] = [];
  for (const item of review.items) {
    const gold = unit.gold.get(item.id);
    if (!gold) continue;
    addPair(confusion, gold.verdict, item.verdict);
    const row: Row = { id: item.id, gold: gold.verdict, got: item.verdict };
    const explain = () => {
      if (gold.quote) row.quote = gold.quote;
      const ev = item.evidence[0];
      if (ev) {
        row.evidence = ev.quote;
        if (ev.kind) row.kind = ev.kind;
      }
    };
    if (gold.verdict !== item.verdict) explain();
    rows.push(row);
    if (item.id === READABILITY_ITEM || gold.verdict === 'ontbreekt' || item.verdict === 'ontbreekt' || !normalizeQuote(gold.quote)) continue;
    const span = unit.goldSpans.get(item.id);
    if (!span) {
      hits.unlocatable++;
      continue;
    }
    hits.cases++;
    const g = { quote: gold.quote, span };
    const overlaps = item.evidence.map((e) => evidenceOverlaps(unit.text, g, e));
    if (overlaps[0]) hits.hit1++;
    if (overlaps.some(Boolean)) hits.hitAny++;
    row.hit = overlaps[0] ? 'first' : overlaps.some(Boolean) ? 'later' : 'miss';
    if (row.hit === 'miss') explain();
  }
  return { confusion, hits, rows, looksLikeRegiovisie: review.looksLikeRegiovisie, notRegiovisie: review.notRegiovisie, ms };
}

const tunable: Record<string, number[]> = DEFAULT_WEIGHTS.tunable ?? {};
const tunablePaths = Object.keys(tunable);
const defaultSettings: Settings = Object.fromEntries(
  tunablePaths.map((p) => {
    const v = getPath(DEFAULT_WEIGHTS, p);
    if (typeof v !== 'number') fail(`weights.json: afstembaar pad ${p} is geen getal in de standaardgewichten`);
    return [p, v];
  }),
);

const settingsKey = (s: Settings) => JSON.stringify(tunablePaths.map((p) => s[p]));
const weightsCache = new Map<string, Weights>();
const evalCache = new Map<string, Map<string, UnitEval>>();
let analyzeCalls = 0;

function run(unit: Unit, settings: Settings): UnitEval {
  const key = settingsKey(settings);
  let perUnit = evalCache.get(key);
  if (!perUnit) evalCache.set(key, (perUnit = new Map()));
  const hit = perUnit.get(unit.key);
  if (hit) return hit;
  let weights = weightsCache.get(key);
  if (!weights) weightsCache.set(key, (weights = withSettings(DEFAULT_WEIGHTS, settings)));
  const options: AnalyzeOptions = { ...unit.options, weights };
  const t0 = performance.now();
  const review = analyze(unit.doc, checklist, options);
  analyzeCalls++;
  const result = evaluate(unit, review, performance.now() - t0);
  perUnit.set(unit.key, result);
  return result;
}

/** Tuning objective: pooled three-class κ, then fewer false aanwezig (higher is better). */
function objective(units: readonly Unit[], settings: Settings): number[] {
  const f = figures(sumConfusions(units.map((u) => run(u, settings).confusion)));
  return [f.kappa, -f.falseAanwezig];
}

function tune(units: readonly Unit[]) {
  if (units.length === 0 || tunablePaths.length === 0) return { settings: { ...defaultSettings }, changed: [] as string[] };
  const r = coordinateDescent({ candidates: tunable, start: defaultSettings, score: (s) => objective(units, s), sweeps: 2 });
  return { settings: r.settings, changed: r.changed };
}

/** Did any weights tried change any verdict on these units? (False hints that analyze ignores options.weights.) */
function weightsMattered(units: readonly Unit[]): boolean {
  const seen = new Set<string>();
  for (const perUnit of evalCache.values()) {
    const rows = units.map((u) => perUnit.get(u.key));
    if (rows.some((r) => !r)) continue;
    seen.add(JSON.stringify(rows.map((r) => r!.rows.map((x) => x.got))));
  }
  return seen.size > 1;
}

// ---------------------------------------------------------------------------------------------
// Figures for reports

const r3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

function rates(h: Hits) {
  return {
    cases: h.cases,
    unlocatable: h.unlocatable,
    hit1: h.hit1,
    hitAny: h.hitAny,
    hitRate1: h.cases ? r3(h.hit1 / h.cases) : null,
    hitRateAny: h.cases ? r3(h.hitAny / h.cases) : null,
  };
}

function rounded(f: Figures) {
  return {
    precision: r3(f.precision),
    recall: r3(f.recall),
    f1: r3(f.f1),
    accuracy: r3(f.accuracy),
    kappa: r3(f.kappa),
    falseAanwezig: f.falseAanwezig,
    tp: f.tp,
    fp: f.fp,
    fn: f.fn,
    tn: f.tn,
    total: f.total,
    confusion: f.confusion,
  };
}

const summary = (evals: readonly UnitEval[]) => ({
  ...rounded(figures(sumConfusions(evals.map((e) => e.confusion)))),
  evidence: rates(sumHits(evals.map((e) => e.hits))),
});
type Summary = ReturnType<typeof summary>;

const describeSettings = (s: Settings) => Object.fromEntries(tunablePaths.filter((p) => s[p] !== defaultSettings[p]).map((p) => [p, s[p]!]));

function folderReport(folder: Folder, cv: boolean) {
  const { units } = folder;
  const base = units.map((u) => run(u, defaultSettings));
  const docs = units.map((u, i) => {
    const e = base[i]!;
    return {
      file: u.name,
      looksLikeRegiovisie: e.looksLikeRegiovisie,
      ...(e.notRegiovisie ? { notRegiovisie: e.notRegiovisie } : {}),
      ms: Math.round(e.ms * 10) / 10,
      ...summary([e]),
      mismatches: e.rows.filter((x) => x.gold !== x.got),
      evidenceMisses: e.rows.filter((x) => x.gold === x.got && x.hit === 'miss'),
    } as Record<string, unknown> & Summary & { file: string };
  });

  const perItem = new Map<string, { wrong: number; binaryWrong: number; falseAanwezig: number; cases: string[] }>();
  units.forEach((u, i) => {
    for (const row of base[i]!.rows) {
      if (row.gold === row.got) continue;
      let pi = perItem.get(row.id);
      if (!pi) perItem.set(row.id, (pi = { wrong: 0, binaryWrong: 0, falseAanwezig: 0, cases: [] }));
      pi.wrong++;
      if ((row.gold === 'ontbreekt') !== (row.got === 'ontbreekt')) pi.binaryWrong++;
      if (row.got === 'aanwezig') pi.falseAanwezig++;
      pi.cases.push(`${u.name}: ${row.gold}→${row.got}`);
    }
  });
  const worstItems = [...perItem.entries()]
    .map(([id, x]) => ({ id, ...x }))
    .sort((a, b) => b.binaryWrong - a.binaryWrong || b.wrong - a.wrong || (a.id < b.id ? -1 : 1))
    .slice(0, 10);

  let cvReport: Record<string, unknown> | undefined;
  if (cv) {
    const all = tune(units);
    const allEvals = units.map((u) => run(u, all.settings));
    const folds = units.map((u) => {
      const t = tune(units.filter((x) => x !== u));
      return { unit: u, settings: t.settings, eval: run(u, t.settings) };
    });
    cvReport = {
      tunedOnAll: { settings: describeSettings(all.settings), ...summary(allEvals) },
      crossValidated: summary(folds.map((f) => f.eval)),
      weightsMattered: weightsMattered(units),
      docs: folds.map((f, i) => ({
        file: f.unit.name,
        settings: describeSettings(f.settings),
        crossValidated: summary([f.eval]),
        tunedOnAll: summary([allEvals[i]!]),
      })),
    };
  }
  return { dir: folder.dir, documents: units.length, overall: summary(base), docs, worstItems, ...(cvReport ? { cv: cvReport } : {}) };
}

function passageFigures(passages: readonly Passage[], settings: Settings) {
  const evals = passages.map((p) => run(p.unit, settings));
  const s = summary(evals);
  const traps = passages.filter((p) => p.verdict === 'ontbreekt');
  const got = (p: Passage) => run(p.unit, settings).rows[0]!.got;
  const { evidence: _evidence, ...verdictFigures } = s;
  return {
    ...verdictFigures,
    traps: { total: traps.length, aanwezig: traps.filter((p) => got(p) === 'aanwezig').length, addressed: traps.filter((p) => got(p) !== 'ontbreekt').length },
  };
}

function passagesReport(file: string, passages: Passage[], cv: boolean) {
  const themes = [...new Set(passages.map((p) => p.theme))].sort();
  const got = (p: Passage, s: Settings = defaultSettings) => run(p.unit, s).rows[0]!.got;
  const kinds = new Map<string, { kind: string; gold: Verdict; total: number } & Record<Verdict, number>>();
  for (const p of passages) {
    const key = `${p.verdict}\u0000${p.kind}`;
    let k = kinds.get(key);
    if (!k) kinds.set(key, (k = { kind: p.kind, gold: p.verdict, total: 0, aanwezig: 0, deels: 0, ontbreekt: 0 }));
    k.total++;
    k[got(p)]++;
  }
  const byKind = [...kinds.values()].sort((a, b) => CLASSES.indexOf(a.gold) - CLASSES.indexOf(b.gold) || b.total - a.total || (a.kind < b.kind ? -1 : 1));
  const byTheme = themes.map((theme) => ({ theme, ...passageFigures(passages.filter((p) => p.theme === theme), defaultSettings) }));
  const mismatches = passages
    .filter((p) => got(p) !== p.verdict)
    .map((p) => {
      const row = run(p.unit, defaultSettings).rows[0]!;
      return { id: p.id, item: p.item, kind: p.kind, gold: p.verdict, got: row.got, text: p.text, ...(row.kind ? { evidenceKind: row.kind } : {}) };
    });

  let cvReport: Record<string, unknown> | undefined;
  if (cv) {
    const units = passages.map((p) => p.unit);
    const all = tune(units);
    const folds = themes.map((theme) => {
      const t = tune(passages.filter((p) => p.theme !== theme).map((p) => p.unit));
      return { theme, settings: t.settings, held: passages.filter((p) => p.theme === theme) };
    });
    const pooled = emptyConfusion();
    const trapsCv = { total: 0, aanwezig: 0, addressed: 0 };
    const foldReports = folds.map((f) => {
      const fig = passageFigures(f.held, f.settings);
      for (let g = 0; g < 3; g++) for (let c = 0; c < 3; c++) pooled[g]![c]! += fig.confusion[g]![c]!;
      trapsCv.total += fig.traps.total;
      trapsCv.aanwezig += fig.traps.aanwezig;
      trapsCv.addressed += fig.traps.addressed;
      return { theme: f.theme, settings: describeSettings(f.settings), crossValidated: fig, tunedOnAll: passageFigures(f.held, all.settings) };
    });
    cvReport = {
      tunedOnAll: { settings: describeSettings(all.settings), ...passageFigures(passages, all.settings) },
      crossValidated: { ...rounded(figures(pooled)), traps: trapsCv },
      weightsMattered: weightsMattered(units),
      themes: foldReports,
    };
  }
  return { file, passages: passages.length, overall: passageFigures(passages, defaultSettings), byKind, byTheme, mismatches, ...(cvReport ? { cv: cvReport } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Text output

const f2 = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '  – ' : x.toFixed(2));
const clip = (s: string, n = 140) => {
  const t = collapseSpace(s).trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};
const settingsText = (s: Record<string, number>) => {
  const e = Object.entries(s);
  return e.length ? e.map(([p, v]) => `${p}=${v}`).join(', ') : 'standaard';
};

interface VerdictFigures {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
  kappa: number | null;
  falseAanwezig: number;
  confusion: Confusion;
}

function figureLine(label: string, f: VerdictFigures & { evidence?: ReturnType<typeof rates> }, width = 28): string {
  let s = `  ${label.padEnd(width)} precisie ${f2(f.precision)}  recall ${f2(f.recall)}  F1 ${f2(f.f1)}  3-klassen ${f2(f.accuracy)}  κ ${f2(f.kappa)}  onterecht aanwezig ${String(f.falseAanwezig).padStart(2)}`;
  if (f.evidence) s += `  bewijs-treffer@1 ${f2(f.evidence.hitRate1)}  @elk ${f2(f.evidence.hitRateAny)}`;
  return s;
}

function confusionLines(named: [string, Confusion][]): string[] {
  const head = '  verwarring (rij = label, kolom = checker: aanw / deels / ontbr)';
  const lines = [head];
  CLASSES.forEach((gold, g) => {
    const cells = named.map(([, c]) => c[g]!.map((n) => String(n).padStart(4)).join(' '));
    lines.push(`    ${gold.padEnd(10)} ${cells.join('   │ ')}`);
  });
  if (named.length > 1) lines.push(`    ${''.padEnd(10)} ${named.map(([n]) => n.padEnd(14)).join('   │ ')}`);
  return lines;
}

function folderText(rep: ReturnType<typeof folderReport>, verbose: boolean): string[] {
  const lines: string[] = [];
  const o = rep.overall;
  lines.push(`Map ${rep.dir}: ${rep.documents} documenten`);
  lines.push(figureLine('standaard', o));
  const cv = rep.cv as
    | {
        tunedOnAll: Summary & { settings: Record<string, number> };
        crossValidated: Summary;
        weightsMattered: boolean;
        docs: { file: string; settings: Record<string, number>; crossValidated: Summary; tunedOnAll: Summary }[];
      }
    | undefined;
  if (cv) {
    lines.push(figureLine('afgestemd op alle', cv.tunedOnAll));
    lines.push(figureLine('kruisvalidatie (1 doc eruit)', cv.crossValidated));
    lines.push(`  afgestemd op alle: ${settingsText(cv.tunedOnAll.settings)}`);
    if (!cv.weightsMattered) lines.push('  let op: geen enkele geprobeerde gewichtsinstelling veranderde een oordeel (leest analyze options.weights?)');
  }
  const e = o.evidence;
  lines.push(`  bewijs: ${e.cases} gevallen (label en checker gevonden, met citaat), ${e.hit1} treffer@1, ${e.hitAny} treffer@elk${e.unlocatable ? `, ${e.unlocatable} labelcitaten niet in de tekst gevonden` : ''}`);
  lines.push(...confusionLines(cv ? [['standaard', o.confusion], ['kruisvalidatie', cv.crossValidated.confusion]] : [['standaard', o.confusion]]));
  lines.push('');
  lines.push(`  Per document${cv ? ' (standaard | kruisvalidatie: F1, 3-klassen, κ, onterecht aanwezig, gewichten)' : ''}:`);
  const w = Math.max(...rep.docs.map((d) => d.file.length));
  rep.docs.forEach((d, i) => {
    const doc = d as unknown as Summary & { file: string; looksLikeRegiovisie: boolean; notRegiovisie?: string; ms: number; mismatches: Row[]; evidenceMisses: Row[] };
    let s = `    ${doc.file.padEnd(w)}  P ${f2(doc.precision)}  R ${f2(doc.recall)}  F1 ${f2(doc.f1)}  3-kl ${f2(doc.accuracy)}  κ ${f2(doc.kappa)}  onterecht-aanw ${String(doc.falseAanwezig).padStart(2)}  treffer@1 ${f2(doc.evidence.hitRate1)} @elk ${f2(doc.evidence.hitRateAny)} (${doc.evidence.cases})  regiovisie ${doc.looksLikeRegiovisie ? 'ja ' : `nee${doc.notRegiovisie ? ` (${doc.notRegiovisie})` : ''}`}  ${doc.ms.toFixed(1)} ms`;
    const c = cv?.docs[i];
    if (c) {
      const x = c.crossValidated;
      s += `\n    ${''.padEnd(w)}  │ kruisval. F1 ${f2(x.f1)}  3-kl ${f2(x.accuracy)}  κ ${f2(x.kappa)}  onterecht-aanw ${String(x.falseAanwezig).padStart(2)}  treffer@1 ${f2(x.evidence.hitRate1)}  gewichten: ${settingsText(c.settings)}`;
    }
    lines.push(s);
    if (verbose) {
      const explain = (m: Row) => {
        if (m.gold !== 'ontbreekt' && m.quote) lines.push(`          label:  ${clip(m.quote)}`);
        if (m.evidence) lines.push(`          bewijs${m.kind ? ` [${m.kind}]` : ''}: ${clip(m.evidence)}`);
      };
      for (const m of doc.mismatches) {
        lines.push(`        ${m.id}: label ${m.gold}, checker ${m.got}${m.hit === 'miss' ? ' (en bewijs naast het label)' : ''}`);
        explain(m);
      }
      for (const m of doc.evidenceMisses) {
        lines.push(`        ${m.id}: beide ${m.got}, maar geen bewijs overlapt het label`);
        explain(m);
      }
    }
  });
  lines.push('');
  lines.push('  Items die het vaakst fout gaan (standaard):');
  for (const it of rep.worstItems) {
    lines.push(`    ${it.id.padEnd(36)} fout ${it.wrong} (gevonden/niet ${it.binaryWrong}, onterecht aanwezig ${it.falseAanwezig})  ${it.cases.join('; ')}`);
  }
  return lines;
}

type PassageFigures = ReturnType<typeof passageFigures>;

function passagesText(rep: ReturnType<typeof passagesReport>, verbose: boolean): string[] {
  const lines: string[] = [];
  const o = rep.overall;
  const trap = (t: PassageFigures['traps']) => `valkuilen (label ontbreekt) ${t.total}: aanwezig ${t.aanwezig}, gevonden ${t.addressed}`;
  lines.push(`Passages ${rep.file}: ${rep.passages} (elk als klein document, als regiovisie gelezen; alleen het eigen item telt)`);
  lines.push(figureLine('standaard', o));
  lines.push(`  ${''.padEnd(28)} ${trap(o.traps)}`);
  const cv = rep.cv as
    | {
        tunedOnAll: PassageFigures & { settings: Record<string, number> };
        crossValidated: VerdictFigures & { traps: PassageFigures['traps'] };
        weightsMattered: boolean;
        themes: { theme: string; settings: Record<string, number>; crossValidated: PassageFigures; tunedOnAll: PassageFigures }[];
      }
    | undefined;
  if (cv) {
    lines.push(figureLine('afgestemd op alle', cv.tunedOnAll));
    lines.push(`  ${''.padEnd(28)} ${trap(cv.tunedOnAll.traps)}; gewichten: ${settingsText(cv.tunedOnAll.settings)}`);
    lines.push(figureLine('kruisval. (1 thema eruit)', cv.crossValidated));
    lines.push(`  ${''.padEnd(28)} ${trap(cv.crossValidated.traps)}`);
    if (!cv.weightsMattered) lines.push('  let op: geen enkele geprobeerde gewichtsinstelling veranderde een oordeel (leest analyze options.weights?)');
  }
  lines.push(...confusionLines(cv ? [['standaard', o.confusion], ['kruisvalidatie', cv.crossValidated.confusion]] : [['standaard', o.confusion]]));
  lines.push('');
  lines.push('  Per soort passage (label → checker aanwezig / deels / ontbreekt):');
  for (const k of rep.byKind) {
    lines.push(`    ${k.gold.padEnd(10)} ${k.kind.padEnd(16)} ${String(k.total).padStart(4)}  →  ${String(k.aanwezig).padStart(3)} / ${String(k.deels).padStart(3)} / ${String(k.ontbreekt).padStart(3)}`);
  }
  lines.push('');
  lines.push(`  Per thema${cv ? ' (standaard | kruisvalidatie met dit thema eruit)' : ''}:`);
  rep.byTheme.forEach((t) => {
    lines.push(figureLine(t.theme, t, 12).replace(/^ {2}/, '    ') + `  ${trap(t.traps)}`);
    const c = cv?.themes.find((x) => x.theme === t.theme);
    if (c) {
      const x = c.crossValidated;
      lines.push(`    ${''.padEnd(12)} │ kruisval. F1 ${f2(x.f1)}  3-klassen ${f2(x.accuracy)}  κ ${f2(x.kappa)}  onterecht aanwezig ${x.falseAanwezig}  ${trap(x.traps)}  gewichten: ${settingsText(c.settings)}`);
    }
  });
  if (verbose) {
    lines.push('');
    lines.push(`  Verschillen (${rep.mismatches.length}):`);
    for (const m of rep.mismatches) {
      lines.push(`    ${m.id} ${m.item} [${m.kind}]: label ${m.gold}, checker ${m.got}${m.evidenceKind ? ` [${m.evidenceKind}]` : ''}`);
      lines.push(`      ${clip(m.text)}`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  let dirs = args.dirs;
  let passagesFile = args.passages;
  if (dirs.length === 0 && !passagesFile) {
    const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
    // and the team's own labelled texts (tests/eval-texts/*: written and labelled for measuring, see its README)
    const own = fileURLToPath(new URL('../tests/eval-texts/', import.meta.url));
    const ownSets = existsSync(own) ? readdirSync(own).sort().map((d) => join(own, d)) : [];
    const candidates = [join(corpus, 'dev'), join(corpus, 'dev-synthetic'), ...ownSets];
    dirs = candidates.filter((d) => existsSync(join(d, 'labels.json'))).map(shown);
    const p = join(corpus, 'passages', 'passages.json');
    if (existsSync(p)) passagesFile = shown(p);
    if (dirs.length === 0 && !passagesFile) {
      fail(`Geen gelabelde teksten gevonden in ${shown(corpus)} (dev, dev-synthetic, passages). Geef een map op. ${USAGE}`);
    }
  }
  if (passagesFile && !existsSync(passagesFile)) fail(`Passages-bestand bestaat niet: ${passagesFile}`);
  const folders = dirs.map(loadFolder);
  const passages = passagesFile ? loadPassages(passagesFile) : undefined;

  const folderReports = folders.map((f) => folderReport(f, args.cv));
  const passageReport = passages ? passagesReport(passagesFile!, passages, args.cv) : undefined;
  const seconds = Math.round((performance.now() - started) / 100) / 10;

  if (args.json) {
    const out = {
      weights: { defaults: defaultSettings, tunable },
      folders: folderReports,
      ...(passageReport ? { passages: passageReport } : {}),
      analyzeCalls,
      seconds,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  const lines: string[] = [];
  lines.push('Gevonden = aanwezig of deels. κ = Cohens kappa over drie klassen. Bewijs-treffer: een citaat van de checker overlapt het gelabelde citaat (zonder algemeen.begrijpelijk).');
  if (args.cv) lines.push(`Kruisvalidatie: ${tunablePaths.length} afstembare gewichten (lib/check/weights.json), coördinaatsgewijs, 2 rondes, doel κ; per map één document eruit, bij passages één thema eruit.`);
  for (const rep of folderReports) {
    lines.push('');
    lines.push(...folderText(rep, args.verbose));
  }
  if (passageReport) {
    lines.push('');
    lines.push(...passagesText(passageReport, args.verbose));
  }
  lines.push('');
  lines.push(`${analyzeCalls} keer analyze, ${seconds} s`);
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
