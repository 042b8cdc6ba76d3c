/**
 * Text clean-up shared by every extractor, so block text is the same whichever way a
 * document came in: soft hyphens, zero-width characters and the invisible controls of text
 * direction removed (a right-to-left override from a page must not turn the panel's or the
 * letter's text around; right-to-left letters themselves stay), every run of white space
 * (including NBSP and line breaks) collapsed to one space, trimmed. lib/review/anchor.ts drops
 * the same characters (INVISIBLE_CODES) when it finds a quote on the page again.
 */
import { INVISIBLE_CODES } from '../text/chars';

const INVISIBLE = new RegExp(`[${INVISIBLE_CODES.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const SPACE = /[\s\u00A0\u2007\u202F]+/g;

export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

/** Words as a reader counts them: runs of letters or digits (hyphenated compounds count once). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'noch', 'dan', 'maar', 'als', 'en/of', 'respectievelijk', 'alsook']);
const VOWELS = 'aeiouyáéíóúäëïöüàèìòù';

/**
 * Line-based input (text files, PDF text): join the lines of one block into running text. A word broken at a line end with a hyphen is
 * joined ("jeugd-" + "hulp" → "jeugdhulp"); the hyphen stays where it is real:
 * before "en"/"of"/"tot" ("zorg- en welzijnspartners"), after a digit or an abbreviation in
 * capitals ("18-jarigen", "GGZ-instelling"), before a capital or digit ("jeugd-GGZ"), and
 * between two of the same vowel ("zee-egel", "auto-ongeluk"). A soft hyphen always joins.
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!text) {
      text = line;
      continue;
    }
    const soft = /\u00AD$/.exec(text);
    if (soft) {
      text = text.slice(0, -1) + line;
      continue;
    }
    const m = /(\S*?)(\p{L}|\p{N})[-\u2010\u2011]$/u.exec(text);
    if (!m) {
      text += ' ' + line;
      continue;
    }
    const before = m[1]! + m[2]!; // the word part before the hyphen
    const nextWord = /^\S+/.exec(line)![0];
    const first = line[0]!;
    const last = m[2]!;
    const nextLower = nextWord.toLowerCase().replace(/[,.;:!?)]+$/, '');
    const keepWithSpace = CONJUNCTIONS.has(nextLower) || /^(?:en|of)\//.test(nextLower);
    const keepHyphen =
      /\p{N}/u.test(last) ||
      /^\p{Lu}{2,}$/u.test(before.replace(/[^\p{L}]/gu, '')) ||
      !/\p{Ll}/u.test(first) ||
      (VOWELS.includes(last.toLowerCase()) && last.toLowerCase() === first.toLowerCase());
    if (keepWithSpace) text += ' ' + line;
    else if (keepHyphen) text = text.replace(/[\u2010\u2011]$/, '-') + line;
    else text = text.slice(0, -1) + line;
  }
  return text;
}
