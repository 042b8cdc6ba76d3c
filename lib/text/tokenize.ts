import { growColumns } from './columns';
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

/** WordInterner.joinFlags: a separable particle, "te". */
const PARTICLE_FLAG = 1;
const TE_FLAG = 2;

/** Token flags in a TokenBuffer. */
export const TOKEN_NUM = 1;
export const TOKEN_HYPHEN_NEXT = 2;
export const TOKEN_SUSPENDED = 4;
/** The word has a letter with a diaeresis (ä ë ï ö ü, either case), which its normalised form lost. */
export const TOKEN_DIAERESIS = 8;
/** The word opens with a capital (A–Z, À–Ý). */
export const TOKEN_CAPITAL = 16;
/** In TokenBuffer.anyFlags only: a "×" stands between the text's tokens (wordStarts counts one after a space as a capital). */
export const TEXT_TIMES = 32;

/**
 * TokenBuffer.gap bits: the marks between two tokens (never inside one: a number's "," and "." are
 * followed by a digit, an apostrophe inside a word by a letter), for tests that look for them.
 */
export const GAP_COLON = 1;
export const GAP_SEMICOLON = 2;
export const GAP_COMMA = 4;
/** "[". */
export const GAP_BRACKET = 8;
/** "-", "–", "—". */
export const GAP_DASH = 16;
/** A quotation mark: " ' “ ” ‘ ’ „. */
export const GAP_QUOTE = 32;
/** A stop that may end a sentence: "." "!" "?" "…" (splitSentencesInto reads only the gaps with one). */
export const GAP_STOP = 64;
/** The gap bit of each ASCII code (0 for the rest). */
const ASCII_GAP = new Uint8Array(128);
ASCII_GAP[58] = GAP_COLON;
ASCII_GAP[59] = GAP_SEMICOLON;
ASCII_GAP[44] = GAP_COMMA;
ASCII_GAP[91] = GAP_BRACKET;
ASCII_GAP[45] = GAP_DASH;
ASCII_GAP[34] = ASCII_GAP[39] = GAP_QUOTE;
ASCII_GAP[46] = ASCII_GAP[33] = ASCII_GAP[63] = GAP_STOP;
/** The gap bit of a code of 128 or more. */
function wideGap(c: number): number {
  if (c === 0x2013 || c === 0x2014) return GAP_DASH;
  if (c === 0x2026) return GAP_STOP;
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x201e ? GAP_QUOTE : 0;
}

/** Per code point below 256: 1 for a letter with a diaeresis (the characters TOKEN_DIAERESIS is about). */
const DIAERESIS_CODE = new Uint8Array(256);
for (const ch of 'äëïöüÄËÏÖÜ') DIAERESIS_CODE[ch.charCodeAt(0)] = 1;

/**
 * Tokens of one text as parallel arrays (no object per token): the analyzer reuses one buffer
 * for every block, so tokenising allocates little more than the normalised word strings.
 */
export interface TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  norm: string[];
  /** Word ids from the WordInterner passed to scanTokens (else unset). */
  id: Int32Array;
  /** Number of tokens in use. */
  length: number;
  /** The OR of the flags of the tokens in use (a caller tests for a kind of token without a pass of its own). */
  anyFlags: number;
  /** Per token: the GAP_ bits of the characters between it and the token before (or the text start). */
  gap: Uint8Array;
  /** The GAP_ bits of the characters after the last token. */
  gapAfter: number;
  /**
   * The tokens that are a separable particle, and those that are "te", in order (what the joins
   * look at), noted by scanTokens when its interner already knows their word ids (see
   * particleFlagsOf); -1 when not noted: the joins then read every token.
   */
  particleAt: Int32Array;
  particles: number;
  teAt: Int32Array;
  tes: number;
  /**
   * The tokens followed by a gap with GAP_STOP (in `gap` of the next token, or gapAfter for the
   * last), ascending, `stops` of them: splitSentencesInto reads only these, not every token.
   */
  stopAt: Int32Array;
  stops: number;
}

export function createTokenBuffer(capacity = 256): TokenBuffer {
  return {
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    norm: new Array<string>(capacity),
    id: new Int32Array(capacity),
    length: 0,
    anyFlags: 0,
    gap: new Uint8Array(capacity),
    gapAfter: 0,
    particleAt: new Int32Array(capacity),
    particles: -1,
    teAt: new Int32Array(capacity),
    tes: -1,
    stopAt: new Int32Array(capacity),
    stops: 0,
  };
}

function grow(buf: TokenBuffer): void {
  const cap = buf.start.length * 2;
  growColumns(buf, createTokenBuffer(cap), TOKEN_COLUMNS);
  buf.norm.length = cap;
}
const TOKEN_COLUMNS = ['start', 'end', 'flags', 'id', 'gap', 'particleAt', 'teAt', 'stopAt'] as const;

/**
 * Per ASCII code: a letter's place in the alphabet (1–26, either case), a digit's 27–36, else 0:
 * six bits per character, never 0, so the last characters of a word, shifted in six bits at a time,
 * spell the word exactly (see WordInterner.internAscii).
 */
const ASCII_WORD_CODE = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD_CODE[c] = c - 48 + 27;
for (let c = 97; c <= 122; c++) ASCII_WORD_CODE[c] = ASCII_WORD_CODE[c - 32] = c - 96;
/** The longest word whose six-bit codes fit in three 32-bit numbers (see WordInterner.internAscii). */
const SHORT_WORD = 16;

/** The table hash of a short word from its three code words (mixed: the low bits of `lo` are its last character). */
function shortHash(top: number, hi: number, lo: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ hi ^ Math.imul(top, 0x7feb352d);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** A copy of `a` with room for `size` elements. */
function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/**
 * Gives every distinct normalised word a small integer id, so a caller can keep per-word facts
 * in an array. Plain ASCII words are looked up straight from the text (no string made) and a
 * string is created only for a word not seen before. A word of at most SHORT_WORD letters and
 * digits is found by its six-bit codes (three numbers that spell it: no character compared); a
 * longer one, or one with other characters, by an FNV-1a hash and its characters.
 */
export class WordInterner {
  /** Normalised form per id (id 0 is unused). */
  readonly norms: string[] = [''];
  /** PARTICLE_FLAG and TE_FLAG per word id, once a join asked for them (particleFlagsOf). */
  joinFlags: Uint8Array | undefined = undefined;
  /** Per id: the hash, its length, and where its characters start in `pool` (typed arrays: no boxed numbers, no string reads when comparing). */
  private hashes: Int32Array = new Int32Array(256);
  /** Per id of a short word (see internAscii): its three code words; -1 in codeLo for any other word (no short word has it). */
  private codeTop: Int32Array = new Int32Array(256);
  private codeHi: Int32Array = new Int32Array(256);
  private codeLo: Int32Array = new Int32Array(256);
  private lengths: Int32Array = new Int32Array(256);
  private poolStart: Int32Array = new Int32Array(256);
  /** The characters of every word, one after another. */
  private pool = new Uint16Array(4096);
  private poolUsed = 0;
  /** Open addressing, two entries per slot: the id (0 = empty) and its hash, side by side so a probe reads one place. */
  private table = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;

  get size(): number {
    return this.norms.length - 1;
  }

  /**
   * Id of the ASCII word text[start, end) (letters and digits only) lower-cased. `top`, `hi` and
   * `lo` are its characters' ASCII_WORD_CODE shifted in six bits at a time (lo = lo << 6 | code, the
   * bits shifted out of lo into hi, and out of hi into top): for a word of at most SHORT_WORD
   * characters (96 bits) they spell it exactly.
   */
  internAscii(text: string, start: number, end: number, top: number, hi: number, lo: number): number {
    const len = end - start;
    if (len > SHORT_WORD) return this.internLongAscii(text, start, end);
    const hash = shortHash(top, hi, lo);
    const table = this.table;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const id = table[2 * slot]!;
      if (id === 0) break;
      if (table[2 * slot + 1] === hash && this.codeLo[id] === lo && this.codeHi[id] === hi && this.codeTop[id] === top) return id;
      slot = (slot + 1) & mask;
    }
    return this.add(text.slice(start, end).toLowerCase(), hash, slot, top, hi, lo);
  }

  /** internAscii of a word longer than SHORT_WORD: FNV-1a over its lower-case codes, then its characters compared. */
  private internLongAscii(text: string, start: number, end: number): number {
    const len = end - start;
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (text.charCodeAt(i) | 32), FNV_PRIME);
    const table = this.table;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const id = table[2 * slot]!;
      if (id === 0) break;
      if (table[2 * slot + 1] === hash && this.lengths[id] === len) {
        const pool = this.pool;
        const base = this.poolStart[id]!;
        let same = true;
        for (let i = 0; i < len; i++) {
          // the word is plain ASCII letters and digits: setting bit 5 lower-cases a letter and
          // leaves a digit as it is (no table look-up per character)
          if ((text.charCodeAt(start + i) | 32) !== pool[base + i]) {
            same = false;
            break;
          }
        }
        if (same) return id;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(text.slice(start, end).toLowerCase(), hash, slot, 0, 0, -1);
  }

  /** Id of a normalised word given as a string. */
  intern(norm: string): number {
    // a short word of lower-case ASCII letters and digits: by its codes, as internAscii finds it
    if (norm.length <= SHORT_WORD) {
      let top = 0;
      let hi = 0;
      let lo = 0;
      let short = true;
      for (let i = 0; i < norm.length; i++) {
        const c = norm.charCodeAt(i);
        const v = c < 128 && (c < 65 || c > 90) ? ASCII_WORD_CODE[c]! : 0;
        if (v === 0) {
          short = false;
          break;
        }
        top = (top << 6) | (hi >>> 26);
        hi = (hi << 6) | (lo >>> 26);
        lo = (lo << 6) | v;
      }
      if (short && norm.length > 0) return this.internAscii(norm, 0, norm.length, top, hi, lo);
    }
    let hash = FNV_OFFSET;
    for (let i = 0; i < norm.length; i++) hash = Math.imul(hash ^ norm.charCodeAt(i), FNV_PRIME);
    let slot = hash & this.mask;
    for (;;) {
      const id = this.table[2 * slot]!;
      if (id === 0) break;
      if (this.table[2 * slot + 1] === hash && this.norms[id] === norm) return id;
      slot = (slot + 1) & this.mask;
    }
    return this.add(norm, hash, slot, 0, 0, -1);
  }

  private add(norm: string, hash: number, slot: number, top: number, hi: number, lo: number): number {
    const id = this.norms.length;
    this.norms.push(norm);
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, id * 2);
      this.codeTop = grown(this.codeTop, id * 2);
      this.codeHi = grown(this.codeHi, id * 2);
      this.codeLo = grown(this.codeLo, id * 2);
      this.lengths = grown(this.lengths, id * 2);
      this.poolStart = grown(this.poolStart, id * 2);
    }
    this.hashes[id] = hash;
    this.codeTop[id] = top;
    this.codeHi[id] = hi;
    this.codeLo[id] = lo;
    this.lengths[id] = norm.length;
    if (this.poolUsed + norm.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + norm.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    this.poolStart[id] = this.poolUsed;
    for (let i = 0; i < norm.length; i++) this.pool[this.poolUsed + i] = norm.charCodeAt(i);
    this.poolUsed += norm.length;
    this.table[2 * slot] = id;
    this.table[2 * slot + 1] = hash;
    if (id * 2 > this.mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.table = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let id = 1; id < this.norms.length; id++) {
      const hash = this.hashes[id]!;
      let slot = hash & this.mask;
      while (this.table[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[2 * slot] = id;
      this.table[2 * slot + 1] = hash;
    }
  }
}

// Character classes, computed once per code point and cached: 1 = \p{L}|\p{M}, 2 = \p{N}, 4 = \p{Ll}, 8 = \p{L}.
const CLASS_LM = 1;
const CLASS_N = 2;
const CLASS_LL = 4;
const CLASS_L = 8;
const UNKNOWN = 255;
const classTable = new Uint8Array(65536).fill(UNKNOWN);
const RE_LM = /^[\p{L}\p{M}]$/u;
const RE_N = /^\p{N}$/u;
const RE_LL = /^\p{Ll}$/u;
const RE_L = /^\p{L}$/u;
function classifyCodePoint(ch: string): number {
  return (
    (RE_LM.test(ch) ? CLASS_LM : 0) | (RE_N.test(ch) ? CLASS_N : 0) | (RE_LL.test(ch) ? CLASS_LL : 0) | (RE_L.test(ch) ? CLASS_L : 0)
  );
}
const astralClass = new Map<number, number>();

/** Class bits of the code point at i and its length in code units (1 or 2), packed as class | len << 8. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      let k = astralClass.get(cp);
      if (k === undefined) {
        k = classifyCodePoint(String.fromCodePoint(cp));
        astralClass.set(cp, k);
      }
      return k | (2 << 8);
    }
  }
  let k = classTable[c]!;
  if (k === UNKNOWN) {
    // a lone surrogate is no letter, digit or mark (as in the u-flag regular expression)
    k = c >= 0xd800 && c <= 0xdfff ? 0 : classifyCodePoint(String.fromCharCode(c));
    classTable[c] = k;
  }
  return k | (1 << 8);
}

/** Is a hyphen + optional spaces + line break + optional spaces + lower-case letter at i (the "-" itself)? Returns the index of that letter or -1. */
function lineBreakHyphen(text: string, i: number): number {
  let j = i + 1;
  const n = text.length;
  while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (j < n && text.charCodeAt(j) === 13) j++;
  if (j >= n || text.charCodeAt(j) !== 10) return -1;
  j++;
  while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (j >= n) return -1;
  return (classAt(text, j) & CLASS_LL) !== 0 ? j : -1;
}

/**
 * Split a text into tokens, into `buf` (reset first). Same tokens as the regular expression
 * \p{N}+(?:[.,]\p{N}+)* | [\p{L}\p{M}](?:[\p{L}\p{M}\p{N}\u00AD] | ['’](?=\p{L}) | -[ \t]*\r?\n[ \t]*(?=\p{Ll}))*
 * but scanned with a character-code loop. Returns the number of tokens.
 */
export function scanTokens(text: string, buf: TokenBuffer, interner?: WordInterner): number {
  let count = 0;
  let anyFlags = 0;
  let gap = 0;
  const n = text.length;
  // the columns in locals (read again after a grow): no property load per token
  let cap = buf.start.length;
  let startCol = buf.start;
  let endCol = buf.end;
  let flagCol = buf.flags;
  let gapCol = buf.gap;
  let idCol = buf.id;
  const normCol = buf.norm;
  // the particles and "te" are noted only with their ids known already (interning them here would
  // change the order of the ids)
  const joinFlags = interner === undefined ? undefined : interner.joinFlags;
  let particleCol = buf.particleAt;
  let teCol = buf.teAt;
  let particles = 0;
  let tes = 0;
  let stopCol = buf.stopAt;
  let stops = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls: number;
    let len: number;
    if (c < 128) {
      if (c >= 48 && c <= 57) {
        cls = CLASS_N;
      } else if ((c | 32) >= 97 && (c | 32) <= 122) {
        cls = CLASS_LM;
      } else {
        gap |= ASCII_GAP[c]!;
        i++;
        continue;
      }
      len = 1;
    } else {
      const k = classAt(text, i);
      cls = k & 0xff;
      len = k >> 8;
      if ((cls & (CLASS_LM | CLASS_N)) === 0) {
        if (c === 0xd7) anyFlags |= TEXT_TIMES;
        gap |= wideGap(c);
        i += len;
        continue;
      }
    }
    const start = i;
    let j = i + len;
    let simple = c < 128;
    let diaeresis = c < 256 && DIAERESIS_CODE[c] === 1;
    // the six-bit codes of a plain ASCII word's characters (see WordInterner.internAscii)
    let top = 0;
    let hi = 0;
    let lo = simple ? ASCII_WORD_CODE[c]! : 0;
    if (cls & CLASS_N) {
      // number: digits, then groups of [.,] + digits
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d >= 48 && d <= 57) {
            j++;
            continue;
          }
          if (d < 128) break;
          const k = classAt(text, j);
          if ((k & CLASS_N) === 0) break;
          simple = false;
          j += k >> 8;
        }
        const sep = text.charCodeAt(j);
        if ((sep === 46 || sep === 44) && j + 1 < n) {
          const d = text.charCodeAt(j + 1);
          if (d >= 48 && d <= 57) {
            j += 2;
            continue;
          }
          if (d >= 128 && classAt(text, j + 1) & CLASS_N) {
            simple = false;
            j += 1 + (classAt(text, j + 1) >> 8);
            continue;
          }
        }
        break;
      }
    } else {
      // word
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          const v = ASCII_WORD_CODE[d]!;
          if (v !== 0) {
            top = (top << 6) | (hi >>> 26);
            hi = (hi << 6) | (lo >>> 26);
            lo = (lo << 6) | v;
            j++;
            continue;
          }
          if (d === 39) {
            if (j + 1 < n && isLetterAt(text, j + 1)) {
              simple = false;
              j++;
              continue;
            }
            break;
          }
          if (d === 45) {
            const after = lineBreakHyphen(text, j);
            if (after >= 0) {
              simple = false;
              j = after;
              continue;
            }
          }
          break;
        }
        if (d === 0x2019) {
          if (j + 1 < n && isLetterAt(text, j + 1)) {
            simple = false;
            j++;
            continue;
          }
          break;
        }
        if (d === 0xad) {
          simple = false;
          j++;
          continue;
        }
        const k = classAt(text, j);
        if ((k & (CLASS_LM | CLASS_N)) === 0) break;
        simple = false;
        if (d < 256 && DIAERESIS_CODE[d] === 1) diaeresis = true;
        j += k >> 8;
      }
    }
    if (count === cap) {
      grow(buf);
      cap = buf.start.length;
      startCol = buf.start;
      endCol = buf.end;
      flagCol = buf.flags;
      gapCol = buf.gap;
      idCol = buf.id;
      particleCol = buf.particleAt;
      teCol = buf.teAt;
      stopCol = buf.stopAt;
    }
    const num = c >= 48 && c <= 57;
    let flags = num ? TOKEN_NUM : diaeresis ? TOKEN_DIAERESIS : 0;
    if ((c >= 65 && c <= 90) || (c >= 192 && c <= 221)) flags |= TOKEN_CAPITAL;
    if (interner !== undefined) {
      const id = num || !simple ? interner.intern(num ? text.slice(start, j) : normalizeToken(text.slice(start, j))) : interner.internAscii(text, start, j, top, hi, lo);
      idCol[count] = id;
      normCol[count] = interner.norms[id]!;
      if (joinFlags !== undefined && id < joinFlags.length) {
        const joinFlag = joinFlags[id]!;
        if (joinFlag === PARTICLE_FLAG) particleCol[particles++] = count;
        else if (joinFlag === TE_FLAG) teCol[tes++] = count;
      }
    } else {
      const raw = text.slice(start, j);
      normCol[count] = num ? raw : simple ? raw.toLowerCase() : normalizeToken(raw);
    }
    if (text.charCodeAt(j) === 45 /* - */) {
      const next = text.charCodeAt(j + 1);
      if (next === 32 || next === 44 /* , */) {
        // "jeugd- en gezinsteams", "jeugd-, gezins- en ..." → suspended part
        flags |= TOKEN_SUSPENDED;
      } else if (isWordChar(next)) {
        flags |= TOKEN_HYPHEN_NEXT;
      }
    }
    startCol[count] = start;
    endCol[count] = j;
    flagCol[count] = flags;
    gapCol[count] = gap;
    // (fewer stops than tokens: the stop list never outgrows the columns)
    if ((gap & GAP_STOP) !== 0 && count > 0) stopCol[stops++] = count - 1;
    gap = 0;
    anyFlags |= flags;
    count++;
    i = j;
  }
  if ((gap & GAP_STOP) !== 0 && count > 0) stopCol[stops++] = count - 1;
  buf.length = count;
  buf.anyFlags = anyFlags;
  buf.gapAfter = gap;
  buf.stops = stops;
  buf.particles = joinFlags === undefined ? -1 : particles;
  buf.tes = joinFlags === undefined ? -1 : tes;
  return count;
}

/** \p{L} (a letter, not a mark) at i: the look-ahead after an apostrophe. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return (classAt(text, i) & CLASS_L) !== 0;
}

const shared = createTokenBuffer();

/**
 * Split a text into word and number tokens, once, with offsets into the original. Scanned with
 * a word interner of its own (the same normalised forms as without one), so the scanner runs the
 * same code path here as in the analyzer: V8 then optimises one path, not two.
 */
export function tokenize(text: string): Token[] {
  const n = scanTokens(text, shared, new WordInterner());
  const out: Token[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const f = shared.flags[k]!;
    const tok: Token = { start: shared.start[k]!, end: shared.end[k]!, norm: shared.norm[k]!, num: (f & TOKEN_NUM) !== 0 };
    if (f & TOKEN_SUSPENDED) tok.suspended = true;
    else if (f & TOKEN_HYPHEN_NEXT) tok.hyphenNext = true;
    out[k] = tok;
  }
  return out;
}

/**
 * tokenize() of each of many short texts, in one scan over the texts joined by NUL characters
 * (no token crosses a NUL, and a NUL after a text sets no flag, as its end does): the same
 * tokens, offsets into each text. A text that holds a NUL itself is left out (tokenize it alone).
 * One long scan instead of thousands of one-word ones also keeps the tokenizer fast: a run of
 * short scans before the first long text (a checklist's terms) left every later scan of the
 * process about half as fast (V8 optimises the scanner for what it saw first).
 */
export function tokenizeMany(texts: readonly string[]): Map<string, Token[]> {
  const out = new Map<string, Token[]>();
  const list = [...new Set(texts)].filter((t) => !t.includes('\u0000'));
  const joined = list.join('\u0000');
  const all = tokenize(joined);
  let k = 0;
  let offset = 0;
  for (const text of list) {
    const end = offset + text.length;
    const toks: Token[] = [];
    for (; k < all.length && all[k]!.start < end; k++) {
      const t = all[k]!;
      toks.push({ ...t, start: t.start - offset, end: t.end - offset });
    }
    out.set(text, toks);
    offset = end + 1;
  }
  return out;
}

/** Words only (no numbers), normalised: handy for tests and simple counts. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.num)
    .map((t) => t.norm);
}

/** Particles of Dutch separable verbs that split around "te": "af te stemmen", "bij te sturen". Not "om" ("om te horen"). */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set([
  'aan', 'af', 'bij', 'binnen', 'door', 'in', 'mee', 'na', 'op', 'over', 'samen', 'terecht', 'terug', 'thuis', 'toe', 'uit', 'vast', 'voor', 'voort', 'weg',
]);

/** Per interner (WordInterner.joinFlags): at the word id of each separable particle PARTICLE_FLAG, at "te" TE_FLAG (so the joins test a number, not a string). */
function particleFlagsOf(interner: WordInterner): Uint8Array {
  let flags = interner.joinFlags;
  if (flags === undefined) {
    const te = interner.intern('te');
    const ids = [...SEPARABLE_PARTICLES].map((p) => interner.intern(p));
    flags = new Uint8Array(Math.max(te, ...ids) + 1);
    for (const id of ids) flags[id] = PARTICLE_FLAG;
    flags[te] = TE_FLAG;
    interner.joinFlags = flags;
  }
  return flags;
}
/** Does token k carry `flag` (by its word id when the tokens were scanned with an interner)? */
function tokenHas(buf: TokenBuffer, k: number, flag: number, flags: Uint8Array | undefined): boolean {
  if (flags === undefined) return flag === TE_FLAG ? buf.norm[k] === 'te' : SEPARABLE_PARTICLES.has(buf.norm[k]!);
  const id = buf.id[k]!;
  return id < flags.length && (flags[id]! & flag) !== 0;
}

/**
 * A separable verb with "te" in the middle ("af te stemmen", "op te halen", "mee te denken") is
 * the verb itself: the token after "te" gets the joined form ("afstemmen"), so a term written as
 * one word matches however the sentence splits it. Offsets stay those of the verb as written.
 * Returns how many verbs were joined.
 */
export function joinSeparableVerbs(buf: TokenBuffer, n: number, interner?: WordInterner): number {
  let joined = 0;
  const flags = interner === undefined ? undefined : particleFlagsOf(interner);
  // with the "te" tokens noted by scanTokens, only they are read: a join never makes or unmakes a
  // "te" (it gives token k + 2 a form ending in "en"), so these are the tokens k + 1 the loop below
  // would find, in the same order
  const listed = flags !== undefined && buf.tes >= 0 && buf.length === n;
  const count = listed ? buf.tes : n;
  for (let t = 0; t < count; t++) {
    const k = listed ? buf.teAt[t]! - 1 : t;
    if (k < 0) continue;
    if (k + 2 >= n) break;
    if (!tokenHas(buf, k + 1, TE_FLAG, flags) || !tokenHas(buf, k, PARTICLE_FLAG, flags)) continue;
    const verb = buf.norm[k + 2]!;
    if ((buf.flags[k + 2]! & TOKEN_NUM) !== 0 || verb.length < 4 || !verb.endsWith('en')) continue;
    const norm = buf.norm[k]! + verb;
    buf.norm[k + 2] = norm;
    if (interner !== undefined) buf.id[k + 2] = interner.intern(norm);
    joined++;
  }
  return joined;
}

/** Is the text between two tokens a clause boundary (a stop, comma, colon, semicolon or question mark)? */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . , : ; ! ? and the end of a bracket
    if (c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 41) return true;
  }
  return false;
}

/** How far back from a trailing particle its verb may stand ("we stemmen onze inzet beter op elkaar af"). */
const PARTICLE_REACH = 10;
/** A particle may be followed by a short phrase of a preposition to the end of its clause: "we stemmen de hulp af met de school". */
const PHRASE_AFTER_PARTICLE = 6;
/** Particles that are no preposition: right after their verb they are its particle ("stemt af met"), unlike "stelt bij de start". */
const NOT_PREPOSITION = new Set(['af', 'mee', 'toe', 'terug', 'samen', 'weg', 'vast', 'open', 'dicht', 'neer', 'los']);
/** Words that start a new clause (subordinating and coordinating conjunctions): a particle before one ends its clause. */
const CLAUSE_STARTS = new Set(['als', 'wanneer', 'zodra', 'zodat', 'omdat', 'indien', 'voordat', 'nadat', 'terwijl', 'totdat', 'zolang', 'waardoor', 'want', 'maar', 'en', 'of']);
const PREPOSITIONS = new Set(['in', 'met', 'op', 'over', 'voor', 'bij', 'naar', 'binnen', 'tussen', 'rond', 'via', 'per', 'onder', 'zonder', 'tijdens', 'na', 'vanaf', 'door']);

/** Does the particle at k end its clause, or is it followed by a short phrase of a preposition that does? */
function endsClause(text: string, buf: TokenBuffer, n: number, k: number): boolean {
  if (k === n - 1 || clauseBreak(text, buf.end[k]!, buf.start[k + 1]!)) return true;
  // a new clause follows: "… stemmen de hulp af zodra een leerling vastloopt"
  if (CLAUSE_STARTS.has(buf.norm[k + 1]!)) return true;
  if (!PREPOSITIONS.has(buf.norm[k + 1]!)) return false;
  for (let j = k + 1; j < n && j <= k + PHRASE_AFTER_PARTICLE; j++) {
    if (j === n - 1 || clauseBreak(text, buf.end[j]!, buf.start[j + 1]!)) return true;
  }
  return false;
}

/**
 * A separable verb in a main clause stands apart from its particle: "we sturen de hulp bij",
 * "zij stemmen hun inzet op elkaar af", "we sturen de hulp bij in overleg met het gezin". When a
 * particle ends a clause (or only a short phrase of a preposition follows it) and joined to a word
 * earlier in that clause it makes a verb the caller knows (`isVerb("bij", "sturen")`: asked by its parts, so
 * no joined string is made per candidate), the particle
 * token takes the joined form; its offsets stay those of the particle. Returns how many were joined.
 */
export function joinTrailingParticles(text: string, buf: TokenBuffer, n: number, isVerb: (particle: string, rest: string) => boolean, interner?: WordInterner): number {
  let joined = 0;
  const flags = interner === undefined ? undefined : particleFlagsOf(interner);
  // with the particles noted by scanTokens, only they are read: joinSeparableVerbs makes no token a
  // particle (its forms are a particle and a verb of four letters or more in "en": no particle is
  // one, see the tokenize tests), and this loop changes only the token it is at
  const listed = flags !== undefined && buf.particles >= 0 && buf.length === n;
  const count = listed ? buf.particles : n;
  for (let p = listed ? 0 : 1; p < count; p++) {
    const k = listed ? buf.particleAt[p]! : p;
    if (k < 1) continue;
    if (!tokenHas(buf, k, PARTICLE_FLAG, flags)) continue;
    const particle = buf.norm[k]!;
    // only a particle that ends its clause (the last word, or followed by a stop or comma), or
    // one followed by a short phrase of a preposition that does ("… op elkaar af in één plan.");
    // or one that is no preposition right after its verb ("de hulpverlener stemt af met school over …")
    if (!endsClause(text, buf, n, k)) {
      if (NOT_PREPOSITION.has(particle) && !clauseBreak(text, buf.end[k - 1]!, buf.start[k]!) && joinParticle(buf, k, k - 1, particle, isVerb, interner)) joined++;
      continue;
    }
    for (let j = k - 1; j >= 0 && j >= k - PARTICLE_REACH; j--) {
      if (clauseBreak(text, buf.end[j]!, buf.start[j + 1]!)) break;
      if (joinParticle(buf, k, j, particle, isVerb, interner)) {
        joined++;
        break;
      }
    }
  }
  return joined;
}

/**
 * Is the token at `j` the verb of the particle at `k` (no number, a verb the caller knows)? Then
 * the particle's token takes the joined form (a plain function, not a closure: this runs per token).
 */
function joinParticle(buf: TokenBuffer, k: number, j: number, particle: string, isVerb: (particle: string, rest: string) => boolean, interner: WordInterner | undefined): boolean {
  if ((buf.flags[j]! & TOKEN_NUM) !== 0 || !isVerb(particle, buf.norm[j]!)) return false;
  const form = particle + buf.norm[j]!;
  buf.norm[k] = form;
  if (interner !== undefined) buf.id[k] = interner.intern(form);
  return true;
}
