import { growColumns } from './columns';
import { TOKEN_NUM as NUM_FLAG, createTokenBuffer, scanTokens, type TokenBuffer } from './tokenize';

export interface Sentence {
  /** Offsets into the original string; text.slice(start, end) is the sentence as written. */
  start: number;
  end: number;
  /** Token index range [from, to) into the token buffer the sentence was built from. */
  from: number;
  to: number;
  /** The sentence ends with a question mark. */
  question: boolean;
}

const TOKEN_NUM = NUM_FLAG;

/** Dutch abbreviations that end in a full stop without ending the sentence (normalised, no dots). */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'vb', 'evt', 'ca', 'resp', 'incl', 'excl', 'ivm', 'mbt', 'tav', 'ipv', 'oa', 'nl',
  'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'mevr', 'dhr', 'mw', 'hr', 'nr', 'nrs', 'blz', 'pag', 'p',
  'art', 'zgn', 'zg', 'max', 'min', 'tel', 'vs', 'st', 'ong', 'gem', 'jl', 'jr', 'sr', 'vlg',
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'afd',
  'e', 'etc', 'enz', 'div', 'cf', 'vgl', 'mln', 'mld', 'mrd', 'kol', 'hfst', 'par', 'bijl',
]);

const CLOSERS = new Set(['"', "'", '’', '”', ')', ']', '»', '…']);
const OPENERS = new Set(['"', "'", '‘', '“', '(', '[', '«', '„']);
/** The same sets by char code (all are single UTF-16 units): no one-character string per test. */
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
const OPENER_CODES = new Set([...OPENERS].map((c) => c.charCodeAt(0)));

/** Does the character at i change when lower-cased (a capital)? ASCII by code, the rest as a string. */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i] ?? '';
  return ch !== ch.toLowerCase();
}

/**
 * Sentences as parallel arrays, the fields of Sentence (question: 1 or 0): a caller that splits
 * many blocks reuses one buffer instead of making an object per sentence.
 */
export interface SentenceBuffer {
  start: Int32Array;
  end: Int32Array;
  from: Int32Array;
  to: Int32Array;
  question: Uint8Array;
  /** Number of sentences in use. */
  length: number;
}

export function createSentenceBuffer(capacity = 64): SentenceBuffer {
  return {
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    question: new Uint8Array(capacity),
    length: 0,
  };
}

/** A section number: "7", "3.2", "12.1.4" (a year or an amount is no section number). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*$/;
const TERMINAL = /[.!?\u2026]/;

/**
 * Split text into sentences using its tokens (see scanTokens: tokenise once, reuse).
 * A sentence ends at . ! ? (or …) when the next word starts with a capital or a digit and the
 * word before the stop is not an abbreviation ("bijv.", "o.a.", "m.b.t.", "t/m", initials).
 */
export function splitSentencesFromBuffer(text: string, buf: TokenBuffer): Sentence[] {
  const out = createSentenceBuffer();
  splitSentencesInto(text, buf, out);
  return Array.from({ length: out.length }, (_, i) => ({
    start: out.start[i]!,
    end: out.end[i]!,
    from: out.from[i]!,
    to: out.to[i]!,
    question: out.question[i] === 1,
  }));
}

/** splitSentencesFromBuffer into `out` (reset first); returns the number of sentences. */
export function splitSentencesInto(text: string, buf: TokenBuffer, out: SentenceBuffer): number {
  out.length = 0;
  const count = buf.length;
  if (count === 0) return 0;
  const starts = buf.start;
  const ends = buf.end;
  let from = 0;
  // only the tokens with a . ! ? or … in the gap after them can end a sentence: scanTokens listed
  // them (stopAt), so the others are not read
  const stopAt = buf.stopAt;
  for (let s = 0; s < buf.stops; s++) {
    const i = stopAt[s]!;
    const hasNext = i + 1 < count;
    const tokEnd = ends[i]!;
    const gapEnd = hasNext ? starts[i + 1]! : text.length;
    // terminal punctuation anywhere in the gap after this token ("(JH+). Dat", "mee! en")
    let stop = 0;
    let end = tokEnd;
    for (let j = tokEnd; j < gapEnd; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 46 || ch === 33 || ch === 63 || ch === 0x2026) {
        if (stop !== 63) stop = ch;
        end = j + 1;
        while (end < gapEnd && CLOSER_CODES.has(text.charCodeAt(end))) end++;
      }
    }
    if (!stop) continue;
    if (!hasNext) {
      from = pushSentence(out, text, starts, from, i + 1, end, stop === 63);
      continue;
    }
    // a lower-case word after the stop continues the sentence ("JONG doet mee! en de …", "bijv. de")
    const nextStart = starts[i + 1]!;
    if (!(isCapitalAt(text, nextStart) || (buf.flags[i + 1]! & TOKEN_NUM) !== 0)) continue;
    if (stop === 46 || stop === 0x2026) {
      const n = buf.norm[i]!;
      const tokStart = starts[i]!;
      const initial = n.length === 1 && (isCapitalAt(text, tokStart) || text.charCodeAt(tokStart - 1) === 46);
      if ((buf.flags[i]! & TOKEN_NUM) === 0 && (initial || ABBREVIATIONS.has(n))) {
        // "o.a. Gemeenten" is rare; initials and abbreviations usually continue the sentence
        continue;
      }
      // "4. Samen beslissen over de hulp", "3.2. Wachttijden": a section number at the start of a
      // title (a text with no full stop of its own) belongs to the line it numbers
      if (i === 0 && (buf.flags[i]! & TOKEN_NUM) !== 0 && SECTION_NUMBER.test(n) && !TERMINAL.test(text.slice(end))) continue;
      // "t/m" etc. never reach here (no full stop); numbers like "2025." do end a sentence
    }
    from = pushSentence(out, text, starts, from, i + 1, end, stop === 63);
  }
  if (from < count) {
    // the last sentence has no . ! ? or … after it (else the loop above ended it): no question;
    // it takes a colon and closing quotes or brackets right after its last word
    let end = ends[count - 1]!;
    while (end < text.length && (text.charCodeAt(end) === 58 || CLOSER_CODES.has(text.charCodeAt(end)))) end++;
    pushSentence(out, text, starts, from, count, end, false);
  }
  return out.length;
}

/** Append the sentence of tokens [from, toExclusive) ending at endOffset; returns the next sentence's first token. */
function pushSentence(
  out: SentenceBuffer,
  text: string,
  starts: Int32Array,
  from: number,
  toExclusive: number,
  endOffset: number,
  question: boolean,
): number {
  let start = starts[from]!;
  const n = out.length;
  const prevEnd = n > 0 ? out.end[n - 1]! : 0;
  while (start > prevEnd && OPENER_CODES.has(text.charCodeAt(start - 1))) start--;
  if (n === out.start.length) growSentences(out);
  out.start[n] = start;
  out.end[n] = endOffset;
  out.from[n] = from;
  out.to[n] = toExclusive;
  out.question[n] = question ? 1 : 0;
  out.length = n + 1;
  return toExclusive;
}

function growSentences(out: SentenceBuffer): void {
  growColumns(out, createSentenceBuffer(out.start.length * 2), SENTENCE_COLUMNS);
}
const SENTENCE_COLUMNS = ['start', 'end', 'from', 'to', 'question'] as const;

/** Split a text into sentences (tokenises internally). */
export function splitSentences(text: string): { text: string; start: number; end: number; question: boolean }[] {
  const buf = createTokenBuffer();
  scanTokens(text, buf);
  return splitSentencesFromBuffer(text, buf).map((s) => ({
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    question: s.question,
  }));
}
