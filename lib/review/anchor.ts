/**
 * Finding a stored quote again in a text: the W3C text-quote selector idea (exact text plus a
 * little prefix and suffix), as in Hypothesis's match-quote.
 *
 * Both sides are normalised the same way (white space, soft hyphens, zero-width characters,
 * curly quotes, dashes, case, diacritics), but every offset returned points into the ORIGINAL
 * text, so the content script can turn it into a DOM range.
 *
 * Search order: exact (after normalisation) first; when the quote occurs more than once, the
 * prefix, the suffix and the position hint decide. When there is no exact hit, an approximate
 * search allows up to ~15% edits (Myers' bit-parallel algorithm, O(n·k/32), fine on 1 MB).
 *
 * Pure: no DOM, runs in Node.
 */
import { INVISIBLE_CODES } from '../text/chars';

// ---------------------------------------------------------------------------------------------
// Normalisation with an offset map
// ---------------------------------------------------------------------------------------------

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /**
   * For every code unit of `text`: the start and end offset (exclusive) in the original string
   * of the character(s) it came from. A collapsed run of white space maps to the whole run.
   */
  starts: Int32Array;
  ends: Int32Array;
  /** Length of the original string. */
  originalLength: number;
}

/** Characters dropped entirely: the invisible ones, which extraction drops from block text too. */
const DROPPED: ReadonlySet<number> = new Set(INVISIBLE_CODES);

/** Characters mapped to one ASCII stand-in before anything else. */
const REPLACED = new Map<number, string>([
  // single quotes and apostrophes
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
  [0x2032, "'"],
  [0x00b4, "'"],
  [0x0060, "'"],
  // double quotes
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
  [0x2033, '"'],
  [0x00ab, '"'],
  [0x00bb, '"'],
  // dashes and minus
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2015, '-'],
  [0x2212, '-'],
]);

const MARKS = /\p{M}/gu;
const SPACE_CHAR = /\s/;

/** Cache of the normalised form of non-ASCII code points. */
const pieceCache = new Map<string, string>();

function normalisePiece(cp: string): string {
  let piece = pieceCache.get(cp);
  if (piece === undefined) {
    const code = cp.codePointAt(0)!;
    const replaced = REPLACED.get(code);
    if (replaced !== undefined) piece = replaced;
    else if (DROPPED.has(code)) piece = '';
    else if (SPACE_CHAR.test(cp)) piece = ' ';
    else {
      piece = cp.toLowerCase().normalize('NFKD').replace(MARKS, '');
      // NFKD can produce characters that need the same treatment (e.g. "…" → "...", fine;
      // "¨" → " ̈" → " "); map them once more, without recursion into NFKD.
      let out = '';
      for (const ch of piece) {
        const c = ch.codePointAt(0)!;
        const r = REPLACED.get(c);
        if (r !== undefined) out += r;
        else if (DROPPED.has(c)) continue;
        else if (SPACE_CHAR.test(ch)) out += ' ';
        else out += ch;
      }
      piece = out;
    }
    if (pieceCache.size < 10_000) pieceCache.set(cp, piece);
  }
  return piece;
}

/**
 * Normalise a string for matching and keep a map back to the original offsets.
 *
 * - any run of white space (including NBSP, tabs, line breaks) becomes one space;
 * - soft hyphens (U+00AD) and zero-width characters are removed (also inside a run of white space);
 * - curly quotes, guillemets and primes become ' or ", dashes and the minus sign become -;
 * - compatibility forms are unfolded (NFKD: ligatures, "…" → "..."), diacritics are removed
 *   (so NFC and NFD text match) and letters are lower-cased.
 *
 * Leading and trailing white space is kept (as one space); use `.trim()` on quotes yourself.
 */
export function normaliseForMatch(s: string): NormalisedText {
  const n = s.length;
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let starts: Int32Array<ArrayBuffer> = new Int32Array(cap);
  let ends: Int32Array<ArrayBuffer> = new Int32Array(cap);
  let len = 0;
  let lastWasSpace = false;

  const grow = (): void => {
    cap *= 2;
    const c = new Uint16Array(cap);
    c.set(codes);
    codes = c;
    const st = new Int32Array(cap);
    st.set(starts);
    starts = st;
    const en = new Int32Array(cap);
    en.set(ends);
    ends = en;
  };

  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path.
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (lastWasSpace) {
          ends[len - 1] = i + 1;
          i++;
          continue;
        }
        lastWasSpace = true;
        if (len >= cap) grow();
        codes[len] = 0x20;
      } else {
        lastWasSpace = false;
        if (len >= cap) grow();
        codes[len] = c === 0x60 ? 0x27 : c >= 0x41 && c <= 0x5a ? c + 32 : c;
      }
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    const size = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const piece = normalisePiece(size === 1 ? s[i]! : s.slice(i, i + 2));
    if (piece.length === 0) {
      // A dropped character inside a run of white space belongs to that run.
      if (lastWasSpace && len > 0) ends[len - 1] = i + size;
    } else {
      for (let k = 0; k < piece.length; k++) {
        const pc = piece.charCodeAt(k);
        if (pc === 0x20) {
          if (lastWasSpace) {
            ends[len - 1] = i + size;
            continue;
          }
          lastWasSpace = true;
        } else {
          lastWasSpace = false;
        }
        if (len >= cap) grow();
        codes[len] = pc;
        starts[len] = i;
        ends[len] = i + size;
        len++;
      }
    }
    i += size;
  }
  const parts: string[] = [];
  for (let at = 0; at < len; at += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(len, at + 8192)) as unknown as number[]));
  }
  return {
    text: parts.join(''),
    starts: starts.subarray(0, len),
    ends: ends.subarray(0, len),
    originalLength: n,
  };
}

/** A text as quotes and titles are compared with each other: normalised for matching, white space collapsed and trimmed. */
export function matchKey(s: string): string {
  return normaliseForMatch(s).text.replace(/\s+/g, ' ').trim();
}

/** Map a half-open range of the normalised text back to the original string. */
export function toOriginalRange(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (norm.starts.length === 0) return { start: 0, end: 0 };
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : norm.originalLength;
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}

/** Map an offset of the original string to the first normalised position at or after it. */
export function toNormalisedOffset(norm: NormalisedText, offset: number): number {
  const starts = norm.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Text index over chunks (text nodes)
// ---------------------------------------------------------------------------------------------

export interface ChunkPosition {
  /** Index of the chunk (e.g. the text node). */
  chunk: number;
  /** Offset inside that chunk. */
  offsetInChunk: number;
}

export interface TextIndex {
  /** All chunks joined without separator. */
  text: string;
  /**
   * Where an offset of `text` falls. At the border of two chunks, bias "start" (default, for the
   * start of a range) picks the later chunk, bias "end" (for the end of a range) the earlier one.
   * Empty chunks are never returned unless every chunk is empty. Returns null when the offset is
   * outside [0, text.length].
   */
  locate(offset: number, bias?: 'start' | 'end'): ChunkPosition | null;
  /** Both ends of a range at once (start with bias "start", end with bias "end"). */
  locateRange(start: number, end: number): { start: ChunkPosition; end: ChunkPosition } | null;
  /** Where a chunk starts in `text` (the reverse of `locate`). */
  chunkStart(chunk: number): number;
}

/** Join chunks (the textContent of text nodes, in document order) and map offsets back to them. */
export function buildTextIndex(chunks: readonly string[]): TextIndex {
  const offsets: number[] = [];
  let total = 0;
  for (const c of chunks) {
    offsets.push(total);
    total += c.length;
  }
  const text = chunks.join('');
  // Indices of non-empty chunks, with their start offsets.
  const nonEmpty: number[] = [];
  for (let i = 0; i < chunks.length; i++) if (chunks[i]!.length > 0) nonEmpty.push(i);

  const locate = (offset: number, bias: 'start' | 'end' = 'start'): ChunkPosition | null => {
    if (!Number.isFinite(offset) || offset < 0 || offset > total || chunks.length === 0) return null;
    if (nonEmpty.length === 0) return { chunk: 0, offsetInChunk: 0 };
    // Binary search: last non-empty chunk whose start is < offset (bias end) or <= offset (bias start).
    let lo = 0;
    let hi = nonEmpty.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = offsets[nonEmpty[mid]!]!;
      const ok = bias === 'start' ? start <= offset : start < offset;
      if (ok) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    let chunk = nonEmpty[found]!;
    // With bias "start", an offset at the very end of a chunk belongs to the next one, except at the end of the text.
    if (bias === 'start' && offset - offsets[chunk]! === chunks[chunk]!.length && found + 1 < nonEmpty.length) {
      chunk = nonEmpty[found + 1]!;
    }
    return { chunk, offsetInChunk: offset - offsets[chunk]! };
  };

  return {
    text,
    locate,
    chunkStart: (chunk) => offsets[chunk] ?? total,
    locateRange(start, end) {
      if (end < start) return null;
      const s = locate(start, 'start');
      const e = locate(end, end === start ? 'start' : 'end');
      return s && e ? { start: s, end: e } : null;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Edit distance helpers
// ---------------------------------------------------------------------------------------------

/** Levenshtein distance for short strings (context comparison). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1] of two strings: 1 − distance / longer length. */
function similarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - editDistance(a, b) / max;
}

interface ApproxEnd {
  /** Exclusive end offset in the text. */
  end: number;
  errors: number;
}

/**
 * Myers' bit-vector algorithm (1999), block-based with Ukkonen's cut-off: every end position in
 * `text` where `pattern` matches with at most `maxErrors` edits, as local minima (only the best
 * end of each run of neighbouring ends). Cost O(n · ⌈k/32⌉) on typical text.
 */
export function approximateEnds(text: string, pattern: string, maxErrors: number, limit = 2000): ApproxEnd[] {
  const m = pattern.length;
  if (m === 0) return [];
  const k = Math.min(maxErrors, m);
  const w = 32;
  const bMax = Math.ceil(m / w) - 1;
  const lastRowMask = new Int32Array(bMax + 1).fill(1 << 31);
  lastRowMask[bMax] = 1 << ((m - 1) % w);

  const peqs = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let peq = peqs.get(c);
    if (!peq) {
      peq = new Int32Array(bMax + 1);
      peqs.set(c, peq);
    }
    peq[(i / w) | 0]! |= 1 << i % w;
  }
  const emptyPeq = new Int32Array(bMax + 1);
  const P = new Int32Array(bMax + 1);
  const M = new Int32Array(bMax + 1);
  const score = new Int32Array(bMax + 1);

  const advance = (peq: Int32Array, b: number, hIn: number): number => {
    let pV = P[b]!;
    const mV = M[b]!;
    let eq = peq[b]!;
    const xV = eq | mV;
    if (hIn < 0) eq |= 1;
    const xH = (((eq & pV) + pV) ^ pV) | eq;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    const mask = lastRowMask[b]!;
    const hOut = pH & mask ? 1 : mH & mask ? -1 : 0;
    pH <<= 1;
    mH <<= 1;
    if (hIn < 0) mH |= 1;
    else if (hIn > 0) pH |= 1;
    pV = mH | ~(xV | pH);
    P[b] = pV;
    M[b] = pH & xV;
    return hOut;
  };

  let y = Math.max(0, Math.ceil(k / w) - 1);
  for (let b = 0; b <= y; b++) {
    score[b] = (b + 1) * w;
    P[b] = ~0;
    M[b] = 0;
  }
  score[bMax] = m;

  const out: ApproxEnd[] = [];
  // Neighbouring ends form a run; keep only the best (first best) end of each run.
  let runBest: ApproxEnd | null = null;
  let runLast = -1;
  for (let j = 0; j < text.length; j++) {
    const peq = peqs.get(text.charCodeAt(j)) ?? emptyPeq;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advance(peq, b, carry);
      score[b]! += carry;
    }
    if (score[y]! - carry <= k && y < bMax && (peq[y + 1]! & 1 || carry < 0)) {
      y++;
      P[y] = ~0;
      M[y] = 0;
      const blockRows = y === bMax ? m - bMax * w : w;
      score[y] = score[y - 1]! + blockRows - carry + advance(peq, y, carry);
    } else {
      while (y > 0 && score[y]! >= k + w) y--;
    }
    if (y === bMax && score[y]! <= k) {
      const errors = score[y]!;
      if (runBest && runLast === j) {
        if (errors < runBest.errors) {
          runBest.errors = errors;
          runBest.end = j + 1;
        }
      } else {
        if (runBest) {
          out.push(runBest);
          if (out.length >= limit) return out;
        }
        runBest = { end: j + 1, errors };
      }
      runLast = j + 1;
    }
  }
  if (runBest) out.push(runBest);
  return out;
}

/**
 * Given an approximate match ending at `end` with `errors` edits, find its start: the start
 * that gives the fewest edits, and among those the one whose length is closest to the pattern.
 */
function findStart(text: string, pattern: string, end: number, errors: number): { start: number; errors: number } {
  const m = pattern.length;
  const from = Math.max(0, end - m - errors);
  const n = end - from;
  // DP over the reversed strings: rows = pattern (reversed), columns = window (reversed),
  // column 0 anchored at `end`; the start is free.
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= n; j++) {
      const cost = pc === text.charCodeAt(end - j) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  let best = Infinity;
  let bestJ = 0;
  for (let j = 0; j <= n; j++) {
    const d = prev[j]!;
    if (d < best || (d === best && Math.abs(j - m) < Math.abs(bestJ - m))) {
      best = d;
      bestJ = j;
    }
  }
  return { start: end - bestJ, errors: best };
}

// ---------------------------------------------------------------------------------------------
// findQuote
// ---------------------------------------------------------------------------------------------

export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
}

export interface QuoteMatch {
  /** Offsets in the ORIGINAL text (end exclusive). */
  start: number;
  end: number;
  /** Similarity of the found text to the quote in [0, 1]: 1 for an exact match (after normalisation). */
  score: number;
  /** True when the quote was found without edits (after normalisation). */
  exact: boolean;
}

export interface FindQuoteOptions {
  /** Largest share of edits allowed in a fuzzy match (default 0.15). 0 disables fuzzy search. */
  maxErrorRate?: number;
  /** Reuse a normalisation of the text when searching many quotes in the same text. */
  normalised?: NormalisedText;
}

/** Weights for ranking candidates, as in Hypothesis's match-quote. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
/** At most this many exact hits are ranked by context. */
const MAX_EXACT_CANDIDATES = 50_000;
/** At most this many fuzzy candidates get their start computed and are ranked. */
const MAX_FUZZY_CANDIDATES = 50;
/** At most this many approximate end positions are collected. */
const MAX_FUZZY_ENDS = 20_000;

/**
 * Find `selector.quote` in `text`. `hint` is an expected offset in the original text (e.g. where
 * the block was); it breaks ties between equally good candidates. Returns null when the quote
 * cannot be found with at most ~15% edits.
 */
export function findQuote(
  text: string,
  selector: QuoteSelector,
  hint?: number,
  options: FindQuoteOptions = {},
): QuoteMatch | null {
  const quote = normaliseForMatch(selector.quote).text.trim();
  if (quote.length === 0 || text.length === 0) return null;
  const norm = options.normalised ?? normaliseForMatch(text);
  const t = norm.text;
  const prefix = selector.prefix ? normaliseForMatch(selector.prefix).text : '';
  const suffix = selector.suffix ? normaliseForMatch(selector.suffix).text : '';
  const hintN = hint === undefined || !Number.isFinite(hint) ? undefined : toNormalisedOffset(norm, hint);

  const rank = (start: number, end: number, quoteSim: number): number => {
    let total = WEIGHT.quote * quoteSim;
    if (prefix) total += WEIGHT.prefix * similarity(prefix, t.slice(Math.max(0, start - prefix.length), start));
    if (suffix) total += WEIGHT.suffix * similarity(suffix, t.slice(end, end + suffix.length));
    if (hintN !== undefined) total += WEIGHT.position * (1 - Math.abs(start - hintN) / Math.max(1, t.length));
    return total;
  };

  // 1. Exact search.
  const hits: number[] = [];
  for (let at = t.indexOf(quote); at !== -1 && hits.length < MAX_EXACT_CANDIDATES; at = t.indexOf(quote, at + 1)) {
    hits.push(at);
  }
  if (hits.length > 0) {
    let best = hits[0]!;
    if (hits.length > 1) {
      let bestRank = -Infinity;
      for (const at of hits) {
        const r = rank(at, at + quote.length, 1);
        if (r > bestRank) {
          bestRank = r;
          best = at;
        }
      }
    }
    const range = toOriginalRange(norm, best, best + quote.length);
    return { ...range, score: 1, exact: true };
  }

  // 2. Approximate search.
  const rate = options.maxErrorRate ?? 0.15;
  const maxErrors = Math.floor(quote.length * rate);
  if (maxErrors < 1) return null;
  const ends = approximateEnds(t, quote, maxErrors, MAX_FUZZY_ENDS);
  if (ends.length === 0) return null;
  // Fewest edits first; among equals, nearest to the hint (or first in the text).
  const distance = (end: number): number => (hintN === undefined ? end : Math.abs(end - quote.length - hintN));
  ends.sort((a, b) => a.errors - b.errors || distance(a.end) - distance(b.end));
  let best: { start: number; end: number; errors: number; rank: number } | null = null;
  for (const e of ends.slice(0, MAX_FUZZY_CANDIDATES)) {
    const { start, errors } = findStart(t, quote, e.end, e.errors);
    const quoteSim = 1 - errors / quote.length;
    const r = rank(start, e.end, quoteSim);
    if (!best || r > best.rank) best = { start, end: e.end, errors, rank: r };
  }
  if (!best) return null;
  // Trim white space the edits may have included at the edges.
  let s = best.start;
  let en = best.end;
  while (s < en && t[s] === ' ') s++;
  while (en > s && t[en - 1] === ' ') en--;
  const range = toOriginalRange(norm, s, en);
  return { ...range, score: 1 - best.errors / quote.length, exact: false };
}
