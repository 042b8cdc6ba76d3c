import { foldDiacritics } from './normalize';

/** One word or number in a text, with offsets into the ORIGINAL string. */
export interface Token {
  /** Offsets into the original string: text.slice(start, end) is the token as written. */
  start: number;
  end: number;
  /** Normalised form: lower-case, no diacritics, no soft hyphens, no line-break hyphen, no "'s". */
  norm: string;
  /** True for numbers ("2025", "1.000"). */
  num: boolean;
  /** Joined to the next token by a hyphen without space ("zorg-aanbieders"). */
  hyphenNext?: boolean;
  /** A suspended compound part: "jeugd-" in "jeugd- en gezinsteams". */
  suspended?: boolean;
}

// A word: letters, possibly with soft hyphens, apostrophes ("regio's") or a hyphen + line break
// inside; or a number with . or , groups.
const TOKEN_RE =
  /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}\u00AD]|['’](?=\p{L})|-[ \t]*\r?\n[ \t]*(?=\p{Ll}))*/gu;

/** Letter or digit (fast path for ASCII, regex for the rest). */
export function isWordChar(code: number): boolean {
  if (code !== code) return false; // NaN: past the end
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

const normCache = new Map<string, string>();

/** Normalise one raw token (cached: real texts repeat their words a lot). */
export function normalizeToken(raw: string): string {
  let n = normCache.get(raw);
  if (n !== undefined) return n;
  let s = raw;
  if (s.indexOf('\u00AD') >= 0) s = s.replace(/\u00AD/g, '');
  if (s.indexOf('-') >= 0) s = s.replace(/-[ \t]*\r?\n[ \t]*/g, '');
  if (/['’]/.test(s)) s = s.replace(/['’]s$/i, '').replace(/['’]/g, '');
  n = foldDiacritics(s);
  if (normCache.size > 200_000) normCache.clear();
  normCache.set(raw, n);
  return n;
}

/** Split a text into word and number tokens, once, with offsets into the original. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const c = raw.charCodeAt(0);
    const num = c >= 48 && c <= 57;
    let norm: string;
    if (num) norm = raw;
    else {
      // fast path: plain ASCII words need only lower-casing
      let simple = true;
      for (let i = 0; i < raw.length; i++) {
        const code = raw.charCodeAt(i);
        if (code > 127 || code === 39 || code === 45) {
          simple = false;
          break;
        }
      }
      norm = simple ? raw.toLowerCase() : normalizeToken(raw);
    }
    const tok: Token = { start, end, norm, num };
    if (text.charCodeAt(end) === 45 /* - */) {
      const next = text.charCodeAt(end + 1);
      if (next === 32 || next === 44 /* , */) {
        // "jeugd- en gezinsteams", "jeugd-, gezins- en ..." → suspended part
        tok.suspended = true;
      } else if (isWordChar(next)) {
        tok.hyphenNext = true;
      }
    }
    out.push(tok);
  }
  return out;
}

/** Words only (no numbers), normalised: handy for tests and simple counts. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.num)
    .map((t) => t.norm);
}
