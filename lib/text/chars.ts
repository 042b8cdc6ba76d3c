/**
 * Character tests by char code, for hot loops that would otherwise run a regular expression
 * (or make a one-character string) per passage. Pure.
 */

/** Exactly the characters of the regular-expression class \s, by char code (no regex per character). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Char code of the last character that is not white space (\s), NaN when there is none. */
export function lastCode(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

/**
 * /[.!?:;]["')\]]?\s*$/.test(text) (with `bracket`; without it the closer "]" is not one), by char
 * code from the end: the last character that is no white space is a stop, or a closing quote or
 * bracket right after one (no pattern tried at every position of the text).
 */
export function endsInStop(text: string, bracket: boolean): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 39 || c === 41 || (bracket && c === 93)) c = text.charCodeAt(i - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59;
}

/** Index of the first character at or after `from` that is not white space (\s); text.length when there is none. */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Characters that show nothing and carry no text: the soft hyphen, the zero-width characters, the
 * byte order mark, the Mongolian vowel separator and the invisible controls of text direction (a
 * right-to-left override from a page must not turn a quote around; right-to-left letters stay).
 * Extraction drops them from block text (lib/extract/clean.ts) and anchoring drops them when it
 * finds a quote on the page again (lib/review/anchor.ts): one list, so the two always agree.
 */
export const INVISIBLE_CODES: readonly number[] = [
  0x00ad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff,
];
