/**
 * Dutch syllable counting for readability measures. Counts vowel groups, where a group is a
 * known Dutch vowel combination (aa, ee, oe, ij, eeuw-like "eeu", "ooi", …); other vowel
 * sequences are split ("regio" = re-gi-o, "situatie" = si-tu-a-tie) and a diaeresis starts a
 * new syllable ("ideeën" = i-dee-en, "reïntegratie" = re-in-te-gra-tie).
 */

const PLAIN_VOWEL = /[aeiouy]/;
const DIAERESIS: Record<string, string> = { ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u' };
const ACUTE: Record<string, string> = {
  á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', à: 'a', è: 'e', ì: 'i', ò: 'o', ù: 'u',
  â: 'a', ê: 'e', î: 'i', ô: 'o', û: 'u', ÿ: 'y',
};

// Vowel groups that form one syllable, longest first.
const GROUPS = [
  'aai', 'ooi', 'oei', 'eeu', 'ieu', 'uie',
  'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'au', 'ou', 'ai', 'oi', 'ey', 'uy', 'ay', 'oy',
  'Y', // ij
];

function countRun(run: string): number {
  let count = 0;
  let i = 0;
  outer: while (i < run.length) {
    for (const g of GROUPS) {
      if (run.startsWith(g, i)) {
        count++;
        i += g.length;
        continue outer;
      }
    }
    count++;
    i++;
  }
  return count;
}

/** Number of syllables of one Dutch word (at least 1 for any word with a letter). */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/ij/g, 'Y');
  let total = 0;
  let run = '';
  for (const raw of w) {
    if (DIAERESIS[raw]) {
      // a diaeresis always starts a new syllable
      if (run) total += countRun(run);
      run = DIAERESIS[raw]!;
      continue;
    }
    const ch = ACUTE[raw] ?? raw;
    if (ch === 'Y' || PLAIN_VOWEL.test(ch)) {
      run += ch;
    } else {
      if (run) total += countRun(run);
      run = '';
    }
  }
  if (run) total += countRun(run);
  return Math.max(1, total);
}

const DIAERESIS_CHAR = /[äëïöüÄËÏÖÜ]/;

/** True when the text has a letter with a diaeresis (ë, ï, …), which splits vowel groups. */
export function hasDiaeresis(text: string): boolean {
  return DIAERESIS_CHAR.test(text);
}

/** Per word as written: its syllables when it has a diaeresis, else -1 (a pure function of the word, so a bounded cache: the same words recur). */
const writtenSyllables = new Map<string, number>();

/**
 * Syllables of the word text.slice(start, end): `folded` (the count of its folded form) unless
 * the word as written has a diaeresis, which the folded form lost.
 */
export function wordSyllables(text: string, start: number, end: number, folded: number): number {
  const word = text.slice(start, end);
  let written = writtenSyllables.get(word);
  if (written === undefined) {
    written = hasDiaeresis(word) ? countSyllables(word) : -1;
    if (writtenSyllables.size > 10_000) writtenSyllables.clear();
    writtenSyllables.set(word, written);
  }
  return written < 0 ? folded : written;
}
