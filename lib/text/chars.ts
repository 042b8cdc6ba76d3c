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

/** Index of the first character at or after `from` that is not white space (\s); text.length when there is none. */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
