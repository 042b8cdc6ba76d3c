/**
 * The pure parts of `npm run eval` (cli/eval.ts): agreement figures on a 3×3 confusion matrix,
 * locating quotes as character spans, setting weights by dotted path, and a coordinate-descent
 * tuner. No file access, no checker: everything here is testable on hand-made cases.
 */
import type { Verdict } from '../lib/checklist/types';

/** Row and column order of every confusion matrix: gold rows × checker columns. */
export const CLASSES: readonly Verdict[] = ['aanwezig', 'deels', 'ontbreekt'];

/** confusion[gold][checker], indices in CLASSES order. */
export type Confusion = number[][];

export const emptyConfusion = (): Confusion => CLASSES.map(() => CLASSES.map(() => 0));

export function addPair(c: Confusion, gold: Verdict, got: Verdict): void {
  c[CLASSES.indexOf(gold)]![CLASSES.indexOf(got)]!++;
}

/** Sum of matrices (a new matrix). */
export function sumConfusions(list: readonly Confusion[]): Confusion {
  const out = emptyConfusion();
  for (const c of list) for (let g = 0; g < 3; g++) for (let p = 0; p < 3; p++) out[g]![p]! += c[g]![p]!;
  return out;
}

const total = (c: Confusion) => c.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
const diagonal = (c: Confusion) => c.reduce((s, row, i) => s + row[i]!, 0);

/** Share of cases where gold and checker give the same of the three verdicts (NaN when empty). */
export function accuracy(c: Confusion): number {
  const n = total(c);
  return n === 0 ? NaN : diagonal(c) / n;
}

/**
 * Cohen's κ over the three classes: (p_o − p_e) / (1 − p_e). When chance agreement is 1 (both
 * sides put every case in one and the same class) agreement is perfect and κ is 1. NaN when empty.
 */
export function cohenKappa(c: Confusion): number {
  const n = total(c);
  if (n === 0) return NaN;
  const po = diagonal(c) / n;
  let pe = 0;
  for (let k = 0; k < c.length; k++) {
    const rowK = c[k]!.reduce((a, b) => a + b, 0);
    const colK = c.reduce((s, row) => s + row[k]!, 0);
    pe += (rowK / n) * (colK / n);
  }
  if (1 - pe < 1e-12) return po >= 1 - 1e-12 ? 1 : 0;
  return (po - pe) / (1 - pe);
}

/** Checker says aanwezig where gold does not. */
export const falseAanwezig = (c: Confusion): number => c[1]![0]! + c[2]![0]!;

/** Addressed (aanwezig or deels) against ontbreekt. Precision and recall are 1 when undefined (nothing claimed, nothing to find). */
export function binary(c: Confusion) {
  const addr = (row: number[]) => row[0]! + row[1]!;
  const tp = addr(c[0]!) + addr(c[1]!);
  const fn = c[0]![2]! + c[1]![2]!;
  const fp = addr(c[2]!);
  const tn = c[2]![2]!;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  /** Three-class accuracy. */
  accuracy: number;
  kappa: number;
  falseAanwezig: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  total: number;
  /** gold rows × checker columns, in CLASSES order. */
  confusion: Confusion;
}

export function figures(c: Confusion): Figures {
  const b = binary(c);
  return {
    precision: b.precision,
    recall: b.recall,
    f1: b.f1,
    accuracy: accuracy(c),
    kappa: cohenKappa(c),
    falseAanwezig: falseAanwezig(c),
    tp: b.tp,
    fp: b.fp,
    fn: b.fn,
    tn: b.tn,
    total: total(c),
    confusion: c.map((row) => [...row]),
  };
}

// ---------------------------------------------------------------------------------------------
// Quotes as spans

/** Collapse every run of whitespace to one space. */
export const collapseSpace = (s: string): string => s.replace(/\s+/g, ' ');

/** A quote's comparable form: whitespace collapsed, ends trimmed. */
export const normalizeQuote = (s: string): string => collapseSpace(s).trim();

/** Half-open character span [start, end). */
export interface Span {
  start: number;
  end: number;
}

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of needle in text (exact), or if there is none, every case-insensitive one. */
function occurrences(text: string, needle: string): Span[] {
  if (!needle) return [];
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  if (out.length) return out;
  const re = new RegExp(escapeRegExp(needle), 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Where quote stands in text (both already whitespace-collapsed; the quote trimmed): the first
 * exact occurrence, else the first case-insensitive one, else null. With context (the text the
 * checker saw just before and after its quote), an occurrence whose surroundings match it is
 * preferred over an earlier one, so that a short quote that recurs (a heading repeated in a
 * contents list) lands where the checker found it.
 */
export function locate(text: string, quote: string, context?: { prefix?: string; suffix?: string }): Span | null {
  const all = occurrences(text, quote);
  if (all.length <= 1 || !context) return all[0] ?? null;
  const prefix = normalizeQuote(context.prefix ?? '').toLowerCase();
  const suffix = normalizeQuote(context.suffix ?? '').toLowerCase();
  let best = all[0]!;
  let bestScore = -1;
  for (const s of all) {
    const before = text.slice(Math.max(0, s.start - prefix.length - 1), s.start).trimEnd().toLowerCase();
    const after = text.slice(s.end, s.end + suffix.length + 1).trimStart().toLowerCase();
    const score = (prefix && before.endsWith(prefix) ? 1 : 0) + (suffix && after.startsWith(suffix) ? 1 : 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** The letters and digits of a text, each folded (NFKD without its marks, lower case: "ﬁ" is "fi", "ï" is "i" however it is written), with where the character each comes from starts and ends in the text (for locateLetters). */
interface Letters {
  text: string;
  letters: string;
  start: number[];
  end: number[];
}
function foldLetters(text: string): Letters {
  let letters = '';
  const start: number[] = [];
  const end: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]/gu)) {
    const folded = m[0].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    // one position per code unit of the folded form, so that letters and positions stay in step
    for (let k = 0; k < folded.length; k++) {
      letters += folded[k];
      start.push(m.index!);
      end.push(m.index! + m[0].length);
    }
  }
  return { text, letters, start, end };
}
/** The last document text folded (the labels and the evidence of one document are placed in turn). */
let lastText: Letters | undefined;
function lettersOf(text: string): Letters {
  if (lastText?.text !== text) lastText = foldLetters(text);
  return lastText;
}
/** The letters a quote's head and tail are found by (locateLetters). */
const LETTERS_END = 40;

/**
 * Where a quote stands that the extractor reshaped: a word broken over a line joined ("wacht- tijd"
 * is "wachttijd" in the quote), a running page header between its lines left out, a ligature. Found
 * by its letters and digits alone: the whole quote, or else its first and its last forty letters in
 * that order, at least as far apart as the quote is long (a header only adds letters) and not much
 * further; of several heads, the one closest before its tail. Null for a quote of fewer than forty
 * letters (too short to place this way).
 */
export function locateLetters(text: string, quote: string): Span | null {
  const q = foldLetters(quote).letters;
  if (q.length < LETTERS_END) return null;
  const t = lettersOf(text);
  const whole = t.letters.indexOf(q);
  if (whole >= 0) return { start: t.start[whole]!, end: t.end[whole + q.length - 1]! };
  const head = q.slice(0, LETTERS_END);
  const tail = q.slice(-LETTERS_END);
  // the head whose tail follows closest (a repeated opening: the place the rest of the quote is at)
  let best: Span | null = null;
  let bestLength = Infinity;
  for (let h = t.letters.indexOf(head); h >= 0; h = t.letters.indexOf(head, h + 1)) {
    const at = t.letters.indexOf(tail, h + q.length - LETTERS_END);
    if (at < 0) break;
    const length = at + LETTERS_END - h;
    // a header or footer between them: a few lines, not another passage
    if (length <= q.length + 200 && length < bestLength) {
      best = { start: t.start[h]!, end: t.end[at + LETTERS_END - 1]! };
      bestLength = length;
    }
  }
  return best;
}

/**
 * Does an evidence quote overlap the gold quote? text is the whitespace-collapsed document text,
 * goldSpan where the gold quote stands in it. The evidence is located like the gold quote (with
 * its context where given), or else by its letters (locateLetters: a broken word joined, a page
 * header left out); when it cannot be located, it counts when either quote contains the other
 * (case-insensitive, whitespace collapsed).
 */
export function evidenceOverlaps(
  text: string,
  gold: { quote: string; span: Span },
  evidence: { quote: string; prefix?: string; suffix?: string },
): boolean {
  const q = normalizeQuote(evidence.quote);
  if (!q) return false;
  const span = locate(text, q, evidence) ?? locateLetters(text, q);
  if (span) return spansOverlap(span, gold.span);
  const a = q.toLowerCase();
  const b = normalizeQuote(gold.quote).toLowerCase();
  return a.includes(b) || b.includes(a);
}

// ---------------------------------------------------------------------------------------------
// Weights by dotted path

/** Value at a dotted path ("regiovisie.minCommitments"); undefined when any step is missing. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(key in cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Set the value at a dotted path, in place. Throws when the path does not already exist, so a
 * misspelt tunable path is an error rather than a weight nobody reads.
 */
export function setPath(obj: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur: unknown = obj;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (cur === null || typeof cur !== 'object' || !(key in cur)) throw new Error(`Onbekend pad in de gewichten: ${path}`);
    if (i === keys.length - 1) (cur as Record<string, unknown>)[key] = value;
    else cur = (cur as Record<string, unknown>)[key];
  }
}

/** A deep copy of base with each dotted path of settings set. */
export function withSettings<T extends object>(base: T, settings: Readonly<Record<string, unknown>>): T {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(settings)) setPath(copy, path, value);
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Coordinate descent

export type Settings = Record<string, number>;

/**
 * Lexicographic comparison of score vectors, higher is better: > 0 when a is better than b,
 * 0 when equal within eps at every position.
 */
export function compareScores(a: readonly number[], b: readonly number[], eps = 1e-9): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -Infinity;
    const y = b[i] ?? -Infinity;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) && Number.isNaN(y)) continue;
      return Number.isNaN(x) ? -1 : 1;
    }
    if (Math.abs(x - y) > eps) return x > y ? 1 : -1;
  }
  return 0;
}

export interface TuneResult {
  settings: Settings;
  score: number[];
  /** Calls of the scoring function (the caller may cache by settings). */
  evaluations: number;
  /** Paths whose tuned value differs from the start. */
  changed: string[];
}

/**
 * Coordinate descent over candidate values per path. Starting from `start` (the defaults), each
 * sweep visits the paths in order and, holding the others, takes the value with the best score
 * (a vector compared lexicographically, higher better: e.g. [κ, −false aanwezig]). A tie with the
 * current value keeps it, unless the tying candidate is the path's start value: then that is
 * taken, so a tuned weight moves away from its default only for a real gain.
 */
export function coordinateDescent(options: {
  candidates: Readonly<Record<string, readonly number[]>>;
  start: Readonly<Settings>;
  score: (settings: Settings) => number[];
  sweeps?: number;
}): TuneResult {
  const { candidates, start, score } = options;
  const sweeps = options.sweeps ?? 2;
  let evaluations = 0;
  const evaluate = (s: Settings) => {
    evaluations++;
    return score(s);
  };
  const current: Settings = { ...start };
  let currentScore = evaluate(current);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = false;
    for (const [path, values] of Object.entries(candidates)) {
      let bestValue = current[path]!;
      let bestScore = currentScore;
      for (const v of values) {
        if (v === current[path]) continue;
        const s = evaluate({ ...current, [path]: v });
        const cmp = compareScores(s, bestScore);
        if (cmp > 0 || (cmp === 0 && v === start[path] && bestValue !== start[path])) {
          bestValue = v;
          bestScore = s;
        }
      }
      if (bestValue !== current[path]) {
        current[path] = bestValue;
        currentScore = bestScore;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const changed = Object.keys(candidates).filter((p) => current[p] !== start[p]);
  return { settings: current, score: currentScore, evaluations, changed };
}
