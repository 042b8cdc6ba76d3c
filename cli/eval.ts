/**
 * Evaluate the checker against hand labels.
 *
 *   npm run --silent eval -- DIR [--json] [--verbose]
 *
 * DIR holds text files (.txt, corpus/dev format) and labels.json:
 *   {"docs": {"<file>": {"<item id>": {"verdict": "aanwezig|deels|ontbreekt", "quote": "…"}}}}
 * Prints precision, recall and F1 ("found" = aanwezig or deels), 3-class agreement, the number of
 * false "aanwezig" (automatic aanwezig where the label is not), per-document figures and the
 * items the checker gets wrong most. Exit status 2 for a bad argument or unreadable folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { textToDocument } from '../lib/extract/text';
import { analyze } from '../lib/check';
import type { Checklist, Verdict } from '../lib/checklist/types';
import { locChecklist } from '../lib/checklist';
import type { Review } from '../lib/check/types';

interface Label {
  verdict: Verdict;
  quote?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  agree: number;
  total: number;
  falseAanwezig: number;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0, agree: 0, total: 0, falseAanwezig: 0 });

function add(c: Counts, gold: Verdict, got: Verdict): void {
  const g = gold !== 'ontbreekt';
  const p = got !== 'ontbreekt';
  if (g && p) c.tp++;
  else if (!g && p) c.fp++;
  else if (g && !p) c.fn++;
  else c.tn++;
  if (gold === got) c.agree++;
  if (got === 'aanwezig' && gold !== 'aanwezig') c.falseAanwezig++;
  c.total++;
}

function figures(c: Counts) {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision: r(precision),
    recall: r(recall),
    f1: r(f1),
    agreement: c.total ? r(c.agree / c.total) : 0,
    falseAanwezig: c.falseAanwezig,
    tp: c.tp,
    fp: c.fp,
    fn: c.fn,
    tn: c.tn,
    total: c.total,
  };
}

const r = (x: number) => Math.round(x * 1000) / 1000;


function fail(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose') || args.includes('-v');
  const dir = args.find((a) => !a.startsWith('-'));
  if (!dir) fail('Gebruik: npm run eval -- MAP [--json] [--verbose]');
  let labels: { docs: Record<string, Record<string, Label>> };
  try {
    if (!statSync(dir).isDirectory()) fail(`Geen map: ${dir}`);
    labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  } catch (err) {
    fail(`Kan de map of labels.json niet lezen: ${(err as Error).message}`);
  }
  const checklist = locChecklist;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && labels.docs[f])
    .sort();
  if (files.length === 0) fail(`Geen gelabelde .txt-bestanden in ${dir}`);

  const total = empty();
  const perItem = new Map<string, Counts & { wrong: string[] }>();
  const docs: Record<string, unknown>[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const doc = textToDocument(text, basename(file));
    const t0 = performance.now();
    const review: Review = analyze(doc, checklist);
    const ms = performance.now() - t0;
    const c = empty();
    const rows: { id: string; gold: Verdict; got: Verdict; quote?: string; evidence?: string }[] = [];
    for (const item of review.items) {
      const gold = labels.docs[file]![item.id];
      if (!gold) continue;
      add(c, gold.verdict, item.verdict);
      add(total, gold.verdict, item.verdict);
      let pi = perItem.get(item.id);
      if (!pi) perItem.set(item.id, (pi = { ...empty(), wrong: [] }));
      add(pi, gold.verdict, item.verdict);
      if (gold.verdict !== item.verdict) pi.wrong.push(`${file}: ${gold.verdict}→${item.verdict}`);
      rows.push({ id: item.id, gold: gold.verdict, got: item.verdict, quote: gold.quote, evidence: item.evidence[0]?.quote });
    }
    docs.push({
      file,
      looksLikeRegiovisie: review.looksLikeRegiovisie,
      readability: { fleschDouma: review.readability.fleschDouma, level: review.readability.level },
      ms: r(ms),
      ...figures(c),
      mismatches: rows.filter((x) => x.gold !== x.got),
    });
  }
  const items = [...perItem.entries()]
    .map(([id, c]) => ({ id, wrong: c.total - c.agree, binaryWrong: c.fp + c.fn, falseAanwezig: c.falseAanwezig, cases: c.wrong }))
    .filter((x) => x.wrong > 0)
    .sort((a, b) => b.binaryWrong - a.binaryWrong || b.wrong - a.wrong || (a.id < b.id ? -1 : 1));
  const result = { dir, documents: files.length, overall: figures(total), docs, worstItems: items.slice(0, 10) };

  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const o = result.overall;
  const lines: string[] = [];
  lines.push(`Evaluatie van ${files.length} documenten in ${dir}`);
  lines.push(`  precisie ${o.precision}  recall ${o.recall}  F1 ${o.f1}  (gevonden = aanwezig of deels; tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`);
  lines.push(`  overeenstemming (3 klassen) ${o.agreement}  onterecht aanwezig ${o.falseAanwezig}`);
  lines.push('');
  lines.push('Per document:');
  for (const d of docs as (ReturnType<typeof figures> & { file: string; looksLikeRegiovisie: boolean; ms: number; readability: { fleschDouma: number; level: string }; mismatches: { id: string; gold: string; got: string; quote?: string; evidence?: string }[] })[]) {
    lines.push(
      `  ${d.file.padEnd(24)} P ${d.precision.toFixed(2)}  R ${d.recall.toFixed(2)}  F1 ${d.f1.toFixed(2)}  3-klassen ${d.agreement.toFixed(2)}  onterecht aanwezig ${d.falseAanwezig}  regiovisie ${d.looksLikeRegiovisie ? 'ja' : 'nee'}  FD ${d.readability.fleschDouma} ${d.readability.level}  ${d.ms.toFixed(1)} ms`,
    );
    if (verbose) {
      for (const m of d.mismatches) {
        lines.push(`      ${m.id}: label ${m.gold}, checker ${m.got}`);
        if (m.gold !== 'ontbreekt' && m.quote) lines.push(`        label:   ${m.quote.slice(0, 140)}`);
        if (m.evidence) lines.push(`        bewijs:  ${m.evidence.slice(0, 140)}`);
      }
    }
  }
  lines.push('');
  lines.push('Items die het vaakst fout gaan:');
  for (const it of result.worstItems) {
    lines.push(`  ${it.id.padEnd(40)} fout ${it.wrong} (gevonden/niet ${it.binaryWrong}, onterecht aanwezig ${it.falseAanwezig})  ${it.cases.join('; ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
