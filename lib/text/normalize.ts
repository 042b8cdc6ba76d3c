/**
 * Dutch text normalisation, pure. Folding keeps a 1:1 character mapping where possible so
 * offsets into the original string stay usable (see tokenize.ts for offset-exact tokens).
 */

const FOLD: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a',
  è: 'e', é: 'e', ê: 'e', ë: 'e',
  ì: 'i', í: 'i', î: 'i', ï: 'i',
  ò: 'o', ó: 'o', ô: 'o', ö: 'o', õ: 'o',
  ù: 'u', ú: 'u', û: 'u', ü: 'u',
  ý: 'y', ÿ: 'y', ç: 'c', ñ: 'n',
  'ĳ': 'ij',
};

export const SOFT_HYPHEN = '\u00AD';

/** Lower-case one character and strip its diacritics ("É" → "e"). */
export function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return FOLD[lower] ?? lower;
}

/** Lower-case and strip diacritics of a whole word or text (no other changes). */
export function foldDiacritics(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += FOLD[ch] ?? ch;
  return out;
}

/**
 * Clean raw text: remove soft hyphens and zero-width characters, turn NBSP and other
 * spaces into normal spaces, curly quotes into straight ones, join words broken over lines
 * ("jeugd-\nzorg" → "jeugdzorg", but "jeugd- en gezinsteams" stays), collapse white space.
 */
export function cleanText(s: string): string {
  return s
    .replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    // a word broken over a line: letter + hyphen + line break + lower-case letter
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2')
    .replace(/[ \t]+/g, ' ');
}

/** Normalise text for matching: cleanText, then lower-case and fold diacritics, collapse space. */
export function normalizeText(s: string): string {
  return foldDiacritics(cleanText(s)).replace(/\s+/g, ' ').trim();
}
