/**
 * Rough language detection by stopword ratio: "nl", "en" or "" (unknown / other). Pure.
 */

const NL = new Set(
  'de het een en van in is dat op te zijn met voor niet aan er om ook als bij of door naar wordt worden we wij ze zij hun ons onze u uw dit deze die wat hoe wanneer maar nog wel dan al meer heeft hebben kan kunnen moet moeten zal zullen over uit tot onder'.split(' '),
);
const EN = new Set(
  'the a an and of in is that on to be are with for not at there as by or from this these those what how when but still more has have can could must will would should about out until under it its we they their our you your was were been which who'.split(' '),
);

/** The primary language of a BCP 47 tag, lower case: "nl-NL" → "nl"; "" for none. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Enough text for the first 5000 words: a long page is not lower-cased and scanned in full. */
const SAMPLE_CHARACTERS = 60_000;

/** Detect the language of a text from the share of Dutch and English stopwords in its first 5000 words. */
export function detectLanguage(text: string): string {
  const words = text.slice(0, SAMPLE_CHARACTERS).toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 3) return '';
  let nl = 0;
  let en = 0;
  const n = Math.min(words.length, 5000);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (NL.has(w)) nl++;
    if (EN.has(w)) en++;
  }
  const nlShare = nl / n;
  const enShare = en / n;
  if (nlShare < 0.08 && enShare < 0.08) return '';
  if (nlShare >= enShare * 1.3) return 'nl';
  if (enShare >= nlShare * 1.3) return 'en';
  return '';
}
