/**
 * The Dutch Snowball stemmer (the classic "dutch" algorithm of snowballstem.org by M. Porter),
 * implemented by hand so the side panel need not bundle a multi-language stemming library.
 * Input: one word; output: its stem. Deterministic and pure.
 */

const VOWELS = 'aeiouyè';
const isV = (c: string | undefined): boolean => c !== undefined && c !== '' && VOWELS.includes(c);

const ACCENTS: Record<string, string> = {
  ä: 'a', á: 'a', ë: 'e', é: 'e', ï: 'i', í: 'i', ö: 'o', ó: 'o', ü: 'u', ú: 'u',
};

function prelude(word: string): string {
  let w = '';
  for (const ch of word) w += ACCENTS[ch] ?? ch;
  const a = w.split('');
  if (a[0] === 'y') a[0] = 'Y';
  for (let i = 1; i < a.length; i++) {
    if (!isV(a[i - 1])) continue;
    if (a[i] === 'i' && isV(a[i + 1])) a[i] = 'I';
    else if (a[i] === 'y') a[i] = 'Y';
  }
  return a.join('');
}

function markRegions(w: string): [number, number] {
  const n = w.length;
  let p1 = n;
  let p2 = n;
  let i = 0;
  while (i < n && !isV(w[i])) i++;
  while (i < n && isV(w[i])) i++;
  if (i < n) {
    p1 = i + 1;
    if (p1 < 3) p1 = 3;
    if (p1 > n) p1 = n;
    let j = i + 1;
    while (j < n && !isV(w[j])) j++;
    while (j < n && isV(w[j])) j++;
    if (j < n) p2 = j + 1;
  }
  return [p1, p2];
}

function undouble(w: string): string {
  return /(kk|dd|tt)$/.test(w) ? w.slice(0, -1) : w;
}

/** The stem of one Dutch word (lower-case input expected; diacritics are handled). */
export function stemDutch(input: string): string {
  let w = prelude(input.toLowerCase());
  const [p1, p2] = markRegions(w);
  const inR1 = (pos: number) => pos >= p1;
  const inR2 = (pos: number) => pos >= p2;
  const nonV = (pos: number) => pos >= 0 && pos < w.length && !isV(w[pos]);

  // en_ending: suffix starting at pos is in R1, preceded by a non-vowel, not by "gem"
  const enEnding = (pos: number): boolean => {
    if (!inR1(pos) || !nonV(pos - 1)) return false;
    if (w.slice(Math.max(0, pos - 3), pos) === 'gem') return false;
    w = undouble(w.slice(0, pos));
    return true;
  };

  // Step 1
  if (w.endsWith('heden')) {
    if (inR1(w.length - 5)) w = w.slice(0, -5) + 'heid';
  } else if (w.endsWith('ene')) {
    enEnding(w.length - 3);
  } else if (w.endsWith('en')) {
    enEnding(w.length - 2);
  } else if (w.endsWith('se')) {
    const pos = w.length - 2;
    if (inR1(pos) && nonV(pos - 1) && w[pos - 1] !== 'j') w = w.slice(0, pos);
  } else if (w.endsWith('s')) {
    const pos = w.length - 1;
    if (inR1(pos) && nonV(pos - 1) && w[pos - 1] !== 'j') w = w.slice(0, pos);
  }

  // Step 2: e_ending
  let eFound = false;
  const eEnding = (): void => {
    eFound = false;
    const pos = w.length - 1;
    if (w[pos] === 'e' && inR1(pos) && nonV(pos - 1)) {
      w = undouble(w.slice(0, pos));
      eFound = true;
    }
  };
  eEnding();

  // Step 3a: heid
  if (w.endsWith('heid')) {
    const pos = w.length - 4;
    if (inR2(pos) && w[pos - 1] !== 'c') {
      w = w.slice(0, pos);
      if (w.endsWith('en')) enEnding(w.length - 2);
    }
  }

  // Step 3b: derivational suffixes
  if (w.endsWith('end') || w.endsWith('ing')) {
    const pos = w.length - 3;
    if (inR2(pos)) {
      w = w.slice(0, pos);
      if (w.endsWith('ig') && inR2(w.length - 2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
      else w = undouble(w);
    }
  } else if (w.endsWith('ig')) {
    const pos = w.length - 2;
    if (inR2(pos) && w[pos - 1] !== 'e') w = w.slice(0, pos);
  } else if (w.endsWith('lijk')) {
    const pos = w.length - 4;
    if (inR2(pos)) {
      w = w.slice(0, pos);
      eEnding();
    }
  }
  // Unlike Snowball, "-baar" stays: "beschikbaar" (available) is not "beschikking" (a decision),
  // "bereikbaar" is not "bereik", "betaalbaar" is not "betaling"; "beschikbaar", "beschikbare"
  // and "beschikbaarheid" still share one stem (step 4 makes "baar" "bar").

  // Step 4: undouble vowel (maan → man)
  const n = w.length;
  if (n >= 4) {
    const last = w[n - 1]!;
    const v1 = w[n - 2]!;
    const v2 = w[n - 3]!;
    const before = w[n - 4]!;
    if (!isV(last) && last !== 'I' && v1 === v2 && 'aeou'.includes(v1) && !isV(before)) {
      w = w.slice(0, n - 2) + last;
    }
  }

  return w.replace(/I/g, 'i').replace(/Y/g, 'y');
}

const stemCache = new Map<string, string>();

/** Cached stemmer: texts repeat their words, so each word type is stemmed once. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemDutch(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}
