import { tokenize, type Token } from './tokenize';

export interface Sentence {
  /** Offsets into the original string; text.slice(start, end) is the sentence as written. */
  start: number;
  end: number;
  /** Token index range [from, to) into the token array the sentence was built from. */
  from: number;
  to: number;
  /** The sentence ends with a question mark. */
  question: boolean;
}

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

function startsUpperOrDigit(text: string, tok: Token): boolean {
  const ch = text[tok.start] ?? '';
  return ch !== ch.toLowerCase() || tok.num;
}

/**
 * Split text into sentences using an existing token array (tokenise once, reuse).
 * A sentence ends at . ! ? (or …) when the next word starts with a capital or a digit and the
 * word before the stop is not an abbreviation ("bijv.", "o.a.", "m.b.t.", "t/m", initials).
 */
export function splitSentencesFromTokens(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  if (tokens.length === 0) return out;
  let from = 0;
  const push = (toExclusive: number, endOffset: number, question: boolean) => {
    const first = tokens[from]!;
    let start = first.start;
    const prevEnd = out.length > 0 ? out[out.length - 1]!.end : 0;
    while (start > prevEnd && OPENERS.has(text[start - 1] ?? '')) start--;
    out.push({ start, end: endOffset, from, to: toExclusive, question });
    from = toExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    const gapEnd = next ? next.start : text.length;
    // terminal punctuation anywhere in the gap after this token ("(JH+). Dat", "mee! en")
    let stop = '';
    let end = tok.end;
    for (let j = tok.end; j < gapEnd; j++) {
      const ch = text[j]!;
      if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
        if (stop !== '?') stop = ch;
        end = j + 1;
        while (end < gapEnd && CLOSERS.has(text[end]!)) end++;
      }
    }
    if (!stop) continue;
    if (!next) {
      push(i + 1, end, stop === '?');
      continue;
    }
    // a lower-case word after the stop continues the sentence ("JONG doet mee! en de …", "bijv. de")
    if (!startsUpperOrDigit(text, next)) continue;
    if (stop === '.' || stop === '…') {
      const n = tok.norm;
      const ch = text[tok.start] ?? '';
      const initial = n.length === 1 && (ch !== ch.toLowerCase() || text[tok.start - 1] === '.');
      if (!tok.num && (initial || ABBREVIATIONS.has(n))) {
        // "o.a. Gemeenten" is rare; initials and abbreviations usually continue the sentence
        continue;
      }
      // "t/m" etc. never reach here (no full stop); numbers like "2025." do end a sentence
    }
    push(i + 1, end, stop === '?');
  }
  if (from < tokens.length) {
    const last = tokens[tokens.length - 1]!;
    let end = last.end;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?' || text[end] === '…' || text[end] === ':' || CLOSERS.has(text[end]!))) end++;
    push(tokens.length, end, text[end - 1] === '?' || /\?\s*$/.test(text.slice(last.end, end)));
  }
  return out;
}

/** Split a text into sentences (tokenises internally). */
export function splitSentences(text: string): { text: string; start: number; end: number; question: boolean }[] {
  const tokens = tokenize(text);
  return splitSentencesFromTokens(text, tokens).map((s) => ({
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    question: s.question,
  }));
}
