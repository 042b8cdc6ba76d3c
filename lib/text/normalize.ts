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

/** Lower-case and strip diacritics of a whole word or text (no other changes). */
export function foldDiacritics(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += FOLD[ch] ?? ch;
  return out;
}
