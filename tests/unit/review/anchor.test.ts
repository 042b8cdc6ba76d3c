import { describe, expect, it } from 'vitest';
import {
  approximateEnds,
  buildTextIndex,
  editDistance,
  findQuote,
  normaliseForMatch,
  toNormalisedOffset,
  toOriginalRange,
} from '../../../lib/review/anchor';

const PAGE =
  'Regiovisie jeugdhulp. Kinderen en ouders krijgen één vast contactpersoon. ' +
  'Die persoon blijft betrokken, ook als de hulp verandert. De regio meet de uitkomsten van de hulp ' +
  'samen met cliënten en hun ouders. Wachttijden worden elk kwartaal gepubliceerd.';

/** Slice of the original text of a match. */
const slice = (text: string, m: { start: number; end: number } | null): string | null =>
  m ? text.slice(m.start, m.end) : null;

describe('normaliseForMatch', () => {
  it('collapses any run of white space (NBSP, tabs, line breaks) into one space', () => {
    const n = normaliseForMatch('een\u00a0 \t\n\r\ntwee   drie');
    expect(n.text).toBe('een twee drie');
  });

  it('removes soft hyphens and zero-width characters, also inside white space', () => {
    expect(normaliseForMatch('jeugd\u00adhulp').text).toBe('jeugdhulp');
    expect(normaliseForMatch('a\u200b\u200c\u200d\u2060\ufeffb').text).toBe('ab');
    expect(normaliseForMatch('a \u200b b').text).toBe('a b');
  });

  it('removes the controls of text direction, as the extractor does, and keeps right-to-left letters', () => {
    expect(normaliseForMatch('a\u202eb\u202cc \u2067d\u2069 \u200fe\u200e\u061c').text).toBe('abc d e');
    expect(normaliseForMatch('\u05e9\u05dc\u05d5\u05dd').text).toBe('\u05e9\u05dc\u05d5\u05dd');
  });

  it('maps curly quotes, guillemets and dashes to straight ones', () => {
    expect(normaliseForMatch('\u201cZorg\u201d \u2018dichtbij\u2019 \u201eja\u201f \u00abnee\u00bb 3\u20134 a\u2014b').text).toBe(
      '"zorg" \'dichtbij\' "ja" "nee" 3-4 a-b',
    );
  });

  it('lower-cases and removes diacritics, so NFC and NFD text are equal', () => {
    const nfc = 'Cliënten ÉÉN'.normalize('NFC');
    const nfd = 'Cliënten ÉÉN'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(normaliseForMatch(nfc).text).toBe('clienten een');
    expect(normaliseForMatch(nfd).text).toBe('clienten een');
  });

  it('unfolds ligatures and the ellipsis', () => {
    expect(normaliseForMatch('ﬁnanciering…').text).toBe('financiering...');
  });

  it('keeps a map from every normalised character back to the original', () => {
    const original = 'A\u00a0 B\u00adc  d';
    const n = normaliseForMatch(original);
    expect(n.text).toBe('a bc d');
    expect(n.starts.length).toBe(n.text.length);
    // "a" at 0; the space covers NBSP + space (1..3); "b" at 3; "c" at 5 (after the soft hyphen)
    expect([...n.starts]).toEqual([0, 1, 3, 5, 6, 8]);
    expect([...n.ends]).toEqual([1, 3, 4, 6, 8, 9]);
    expect(n.originalLength).toBe(original.length);
  });

  it('maps emoji (surrogate pairs) as a whole', () => {
    const n = normaliseForMatch('a😀b');
    expect(n.text).toBe('a😀b');
    expect(toOriginalRange(n, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('handles the empty string', () => {
    const n = normaliseForMatch('');
    expect(n.text).toBe('');
    expect(toOriginalRange(n, 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('toNormalisedOffset finds the first normalised position at or after an original offset', () => {
    const n = normaliseForMatch('ab   cd');
    expect(toNormalisedOffset(n, 0)).toBe(0);
    expect(toNormalisedOffset(n, 3)).toBe(3); // inside the white space run → "c"
    expect(toNormalisedOffset(n, 5)).toBe(3);
    expect(toNormalisedOffset(n, 99)).toBe(n.text.length);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('jeugdzorg', 'jeugdhulp')).toBe(4);
  });
});

describe('approximateEnds (Myers) agrees with plain dynamic programming', () => {
  // Minimum edit distance of `p` against any substring of `t` ending at each position.
  const bruteEnds = (t: string, p: string): number[] => {
    let prev = new Array<number>(t.length + 1).fill(0);
    for (let i = 1; i <= p.length; i++) {
      const cur = [i];
      for (let j = 1; j <= t.length; j++) {
        cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev;
  };

  it('on random strings, including patterns longer than one 32-bit block', () => {
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number): string => Array.from({ length: n }, () => 'abc'[Math.floor(rnd() * 3)]).join('');
    for (let round = 0; round < 400; round++) {
      const p = word(1 + Math.floor(rnd() * 100));
      const t = word(Math.floor(rnd() * 250));
      const k = Math.floor(rnd() * p.length * 0.4);
      const expected = bruteEnds(t, p);
      const got = approximateEnds(t, p, k, Infinity);
      for (const g of got) expect(g.errors).toBe(expected[g.end]);
      const bestExpected = Math.min(...expected.slice(1));
      const bestGot = got.length > 0 ? Math.min(...got.map((g) => g.errors)) : Infinity;
      expect(bestGot).toBe(bestExpected <= k ? bestExpected : Infinity);
    }
  });

  it('returns nothing for an empty pattern', () => {
    expect(approximateEnds('abc', '', 1)).toEqual([]);
  });
});

describe('findQuote: exact', () => {
  it('finds an exact quote and returns offsets in the original text', () => {
    const m = findQuote(PAGE, { quote: 'één vast contactpersoon' });
    expect(m).toMatchObject({ exact: true, score: 1 });
    expect(slice(PAGE, m)).toBe('één vast contactpersoon');
  });

  it('ignores surrounding white space in the quote', () => {
    const m = findQuote(PAGE, { quote: '  Wachttijden worden  ' });
    expect(slice(PAGE, m)).toBe('Wachttijden worden');
  });

  it('finds the quote when the page has other white space and line breaks', () => {
    const page = 'Kinderen en\n      ouders krijgen\u00a0één\tvast\r\ncontactpersoon.';
    const m = findQuote(page, { quote: 'Kinderen en ouders krijgen één vast contactpersoon.' });
    expect(m?.exact).toBe(true);
    expect(m?.start).toBe(0);
    expect(m?.end).toBe(page.length);
  });

  it('finds the quote across soft hyphens and zero-width spaces in the page', () => {
    const page = 'De jeugd\u00adhulp\u00adaan\u00adbieders en de ge\u200bmeenten werken samen.';
    const m = findQuote(page, { quote: 'jeugdhulpaanbieders en de gemeenten' });
    expect(m?.exact).toBe(true);
    expect(slice(page, m)).toBe('jeugd\u00adhulp\u00adaan\u00adbieders en de ge\u200bmeenten');
  });

  it('finds a quote with soft hyphens in it in a page without them', () => {
    const m = findQuote(PAGE, { quote: 'con\u00adtact\u00adpersoon' });
    expect(slice(PAGE, m)).toBe('contactpersoon');
  });

  it('matches curly and straight quotes, and diacritics in NFC against NFD', () => {
    const page = `Ouders zeggen: \u201cWe willen \u2018gewoon\u2019 gehoord worden.\u201d Cli${'e\u0301'}nten ook.`;
    const m = findQuote(page, { quote: '"We willen \'gewoon\' gehoord worden."' });
    expect(m?.exact).toBe(true);
    expect(slice(page, m)).toBe('\u201cWe willen \u2018gewoon\u2019 gehoord worden.\u201d');
    const d = findQuote(page, { quote: 'Cliënten ook' });
    expect(slice(page, d)).toBe(`Cli${'e\u0301'}nten ook`);
  });

  it('returns null for a quote that is not in the text, or an empty quote or text', () => {
    expect(findQuote(PAGE, { quote: 'De gemeenteraad besluit over de begroting van 2026.' })).toBeNull();
    expect(findQuote(PAGE, { quote: '' })).toBeNull();
    expect(findQuote(PAGE, { quote: ' \u00ad\u200b ' })).toBeNull();
    expect(findQuote('', { quote: 'iets' })).toBeNull();
  });
});

describe('findQuote: several identical quotes', () => {
  const repeated =
    'Doel 1: Wij zorgen voor goede hulp. Dat doen we samen met scholen. ' +
    'Doel 2: Wij zorgen voor goede hulp. Dat doen we samen met huisartsen. ' +
    'Doel 3: Wij zorgen voor goede hulp. Dat doen we samen met ouders.';
  const quote = 'Wij zorgen voor goede hulp.';
  const starts = [...repeated.matchAll(/Wij zorgen voor goede hulp\./g)].map((x) => x.index);

  it('takes the first hit without prefix, suffix or hint', () => {
    expect(findQuote(repeated, { quote })?.start).toBe(starts[0]);
  });

  it('picks the hit whose suffix matches', () => {
    expect(findQuote(repeated, { quote, suffix: ' Dat doen we samen met huisartsen.' })?.start).toBe(starts[1]);
    expect(findQuote(repeated, { quote, suffix: ' Dat doen we samen met ouders.' })?.start).toBe(starts[2]);
  });

  it('picks the hit whose prefix matches', () => {
    expect(findQuote(repeated, { quote, prefix: 'Doel 3: ' })?.start).toBe(starts[2]);
    expect(findQuote(repeated, { quote, prefix: 'met scholen. Doel 2: ' })?.start).toBe(starts[1]);
  });

  it('uses prefix and suffix even when they are slightly different on the page', () => {
    expect(findQuote(repeated, { quote, prefix: 'Doel  2 :', suffix: ' Dat doen we met de huisarts' })?.start).toBe(
      starts[1],
    );
  });

  it('uses the position hint when the context does not decide', () => {
    expect(findQuote(repeated, { quote }, starts[2])?.start).toBe(starts[2]);
    expect(findQuote(repeated, { quote }, starts[1]! + 5)?.start).toBe(starts[1]);
  });

  it('lets the context win over the hint', () => {
    expect(findQuote(repeated, { quote, prefix: 'Doel 1: ' }, starts[2])?.start).toBe(starts[0]);
  });
});

describe('findQuote: fuzzy', () => {
  it('finds a quote with one word changed', () => {
    const quote = 'De regio meet de resultaten van de hulp samen met cliënten en hun ouders.';
    const m = findQuote(PAGE, { quote });
    expect(m).not.toBeNull();
    expect(m!.exact).toBe(false);
    expect(m!.score).toBeLessThan(1);
    expect(m!.score).toBeGreaterThan(0.85);
    expect(slice(PAGE, m)).toBe('De regio meet de uitkomsten van de hulp samen met cliënten en hun ouders.');
  });

  it('finds a quote with a typo', () => {
    const m = findQuote(PAGE, { quote: 'Die persoon blijft betrokekn, ook als de hulp verandert.' });
    expect(m?.exact).toBe(false);
    expect(slice(PAGE, m)).toBe('Die persoon blijft betrokken, ook als de hulp verandert.');
  });

  it('finds a quote when a word was added to the page, and returns original offsets', () => {
    const page = 'Intro.\n\nWachttijden  worden  elk  kwartaal  nu gepubliceerd. Einde.';
    const m = findQuote(page, { quote: 'Wachttijden worden elk kwartaal gepubliceerd.' });
    expect(m?.exact).toBe(false);
    expect(slice(page, m)).toBe('Wachttijden  worden  elk  kwartaal  nu gepubliceerd.');
  });

  it('gives up when too much changed (more than ~15%)', () => {
    expect(findQuote(PAGE, { quote: 'De provincie telt de aantallen van de zorg met gemeenten en scholen.' })).toBeNull();
  });

  it('does not search fuzzily for very short quotes', () => {
    expect(findQuote(PAGE, { quote: 'Doel' })).toBeNull();
  });

  it('can switch fuzzy search off', () => {
    expect(findQuote(PAGE, { quote: 'Die persoon blijft betrokekn' }, undefined, { maxErrorRate: 0 })).toBeNull();
  });

  it('uses prefix and suffix to choose between two fuzzy candidates', () => {
    const page =
      'Eerst: Jongeren houden een vaste begeleider tot hun 21e. ' +
      'Later: Jongeren houden een vaste begeleidster tot hun 23e. Einde.';
    const quote = 'Jongeren houden een vaste begeleider tot hun 22e.';
    const later = page.indexOf('Later: ') + 'Later: '.length;
    expect(findQuote(page, { quote, prefix: 'Later: ' })?.start).toBe(later);
    expect(findQuote(page, { quote, prefix: 'Eerst: ' })?.start).toBe(page.indexOf('Jongeren'));
  });

  it('uses the hint among many equally good fuzzy candidates', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Doel ${i}: Wij zorgen voor gode hulp aan alle kinderen.`).join(' ');
    const target = text.indexOf('Doel 2500:') + 'Doel 2500: '.length;
    const m = findQuote(text, { quote: 'Wij zorgen voor goede hulp aan alle kinderen.' }, target);
    expect(m?.exact).toBe(false);
    expect(m?.start).toBe(target);
  });

  it('reuses a given normalisation of the text', () => {
    const normalised = normaliseForMatch(PAGE);
    const m = findQuote(PAGE, { quote: 'één vast contactpersoon' }, undefined, { normalised });
    expect(slice(PAGE, m)).toBe('één vast contactpersoon');
  });
});

describe('findQuote: performance sanity on 1 MB', () => {
  const sentences = [
    'De gemeenten in de regio werken samen aan jeugdhulp.',
    'Ouders worden betrokken bij de keuze voor een aanbieder.',
    'Het budget voor specialistische zorg staat onder druk.',
    'Wij willen de wachttijden korter maken.',
  ];
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += `${sentences[i % sentences.length]} (${i})\n`;
  const needle = 'Uniek: kinderen krijgen binnen vier weken passende hulp, ook in de zomer.';
  const at = Math.floor(big.length * 0.73);
  const text = big.slice(0, at) + needle + big.slice(at);

  it('finds an exact quote', () => {
    const m = findQuote(text, { quote: needle });
    expect(m?.start).toBe(at);
  });

  it('finds a fuzzy quote', () => {
    const m = findQuote(text, { quote: 'Uniek: kinderen krijgen binnen vijf weken passende hulp, ook in de zomer.' });
    expect(m?.exact).toBe(false);
    expect(m?.start).toBe(at);
  });

  it('returns null for a long quote that is not there', () => {
    const missing = 'Deze zin staat nergens in de tekst en is lang genoeg om fuzzy te zoeken. '.repeat(8);
    expect(findQuote(text, { quote: missing })).toBeNull();
  });

  it('handles a very frequent short quote with a hint', () => {
    const m = findQuote(text, { quote: 'jeugdhulp.' }, 500_000);
    expect(m).not.toBeNull();
    expect(Math.abs(m!.start - 500_000)).toBeLessThan(300);
  });
});

describe('buildTextIndex', () => {
  const chunks = ['Hallo ', '', 'wereld', '. ', 'Tot ziens'];
  const index = buildTextIndex(chunks);

  it('joins the chunks', () => {
    expect(index.text).toBe('Hallo wereld. Tot ziens');
  });

  it('locates offsets in chunks, skipping empty chunks', () => {
    expect(index.locate(0)).toEqual({ chunk: 0, offsetInChunk: 0 });
    expect(index.locate(3)).toEqual({ chunk: 0, offsetInChunk: 3 });
    expect(index.locate(8)).toEqual({ chunk: 2, offsetInChunk: 2 });
    expect(index.locate(index.text.length)).toEqual({ chunk: 4, offsetInChunk: 9 });
  });

  it('at a chunk border: start bias gives the next chunk, end bias the previous one', () => {
    expect(index.locate(6, 'start')).toEqual({ chunk: 2, offsetInChunk: 0 });
    expect(index.locate(6, 'end')).toEqual({ chunk: 0, offsetInChunk: 6 });
    expect(index.locate(0, 'end')).toEqual({ chunk: 0, offsetInChunk: 0 });
  });

  it('returns null outside the text', () => {
    expect(index.locate(-1)).toBeNull();
    expect(index.locate(index.text.length + 1)).toBeNull();
    expect(index.locate(Number.NaN)).toBeNull();
  });

  it('locates a range', () => {
    const start = index.text.indexOf('wereld');
    expect(index.locateRange(start, start + 'wereld. Tot'.length)).toEqual({
      start: { chunk: 2, offsetInChunk: 0 },
      end: { chunk: 4, offsetInChunk: 3 },
    });
    expect(index.locateRange(5, 2)).toBeNull();
    // An empty range at a border stays in one chunk.
    expect(index.locateRange(6, 6)).toEqual({ start: { chunk: 2, offsetInChunk: 0 }, end: { chunk: 2, offsetInChunk: 0 } });
  });

  it('gives where each chunk starts (for a selection on the page)', () => {
    expect([0, 1, 2, 3, 4].map((c) => index.chunkStart(c))).toEqual([0, 6, 6, 12, 14]);
  });

  it('handles no chunks and only empty chunks', () => {
    expect(buildTextIndex([]).locate(0)).toBeNull();
    expect(buildTextIndex(['', '']).locate(0)).toEqual({ chunk: 0, offsetInChunk: 0 });
  });
});

describe('a quote over text nodes, as the content script finds it (buildTextIndex + findQuote + locateRange)', () => {
  function findInChunks(chunks: string[], quote: string) {
    const index = buildTextIndex(chunks);
    const match = findQuote(index.text, { quote });
    return match ? { ...index.locateRange(match.start, match.end), score: match.score, exact: match.exact } : null;
  }

  it('finds a quote spread over several text nodes (with soft hyphens and white space)', () => {
    const chunks = ['Kinderen en ouders ', 'krijgen ', '\n    één vast con\u00adtact', 'persoon.', ' Die persoon'];
    expect(findInChunks(chunks, 'krijgen één vast contactpersoon')).toMatchObject({
      start: { chunk: 1, offsetInChunk: 0 },
      end: { chunk: 3, offsetInChunk: 'persoon'.length },
      exact: true,
      score: 1,
    });
  });

  it('returns null when the quote is not there', () => {
    expect(findInChunks(['a', 'b'], 'iets anders')).toBeNull();
  });
});
