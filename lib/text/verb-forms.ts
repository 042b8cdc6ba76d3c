/**
 * The present-tense singular of a Dutch verb from its infinitive ("spreken" → "spreekt",
 * "bellen" → "belt", "kiezen" → "kiest", "houden" → "houdt"). The Snowball stemmer leaves the
 * "-t" of "hij spreekt" on, so "spreekt" and "spreken" would not meet; a term written as an
 * infinitive is also looked for in this form.
 *
 * Where the spelling rule depends on stress ("spreken" → "spreekt" but "luisteren" → "luistert"),
 * both spellings are given: the wrong one is not a Dutch word and never occurs in a text.
 * A word that is no verb ("gezinnen") gives forms that do not exist either.
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Two letters that are one vowel sound ("ie" in "bieden", "ou" in "houden"): no doubling after them. */
const DIGRAPHS = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ij', 'au', 'ou']);
const DOUBLES_ON_OPEN_SYLLABLE = new Set(['a', 'e', 'o', 'u']);

export function presentSingular(infinitive: string): string[] {
  const w = infinitive.toLowerCase();
  if (w.length < 5 || !w.endsWith('en') || w.includes(' ')) return [];
  let root = w.slice(0, -2);
  if (root.length < 3) return [];
  const last = root[root.length - 1]!;
  const before = root[root.length - 2]!;
  if (VOWELS.has(last)) return [];
  const stems = new Set<string>();
  if (last === before) {
    // "bellen" → "bel", "stemmen" → "stem", "zetten" → "zet"
    stems.add(root.slice(0, -1));
  } else {
    // "geven" → "geef", "kiezen" → "kies": no v or z at the end of a Dutch word
    const end = last === 'v' ? 'f' : last === 'z' ? 's' : last;
    root = root.slice(0, -1) + end;
    stems.add(root);
    // an open syllable keeps its long vowel by doubling it: "spreken" → "spreek", "horen" → "hoor"
    const third = root[root.length - 3];
    if (DOUBLES_ON_OPEN_SYLLABLE.has(before) && (third === undefined || !DIGRAPHS.has(third + before))) {
      stems.add(root.slice(0, -1) + before + end);
    }
  }
  const forms: string[] = [];
  for (const stem of stems) {
    // "-t" after the stem, but not a second t ("zet", "wacht"); after d it is written ("houdt")
    forms.push(stem.endsWith('t') ? stem : stem + 't');
  }
  return forms.filter((f) => f !== w);
}
