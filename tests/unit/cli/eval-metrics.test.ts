import { describe, expect, it } from 'vitest';
import {
  accuracy,
  addPair,
  binary,
  cohenKappa,
  compareScores,
  coordinateDescent,
  emptyConfusion,
  collapseSpace,
  evidenceOverlaps,
  locateLetters,
  falseAanwezig,
  figures,
  getPath,
  locate,
  setPath,
  spansOverlap,
  sumConfusions,
  withSettings,
  type Confusion,
} from '../../../cli/eval-metrics';

/** Hand-made cases only: these tests never read ../shared. */
describe('agreement on a 3×3 confusion matrix (gold rows × checker columns)', () => {
  it('gives κ 1 and accuracy 1 for perfect agreement', () => {
    const c: Confusion = [
      [3, 0, 0],
      [0, 2, 0],
      [0, 0, 5],
    ];
    expect(cohenKappa(c)).toBe(1);
    expect(accuracy(c)).toBe(1);
  });

  it('computes κ of a known example by hand', () => {
    // n = 20, diagonal 5 + 3 + 6 = 14 → p_o = 0.7
    // rows 8, 5, 7; columns 6, 6, 8 → p_e = (48 + 30 + 56) / 400 = 0.335
    // κ = (0.7 − 0.335) / (1 − 0.335) = 0.365 / 0.665 ≈ 0.5489
    const c: Confusion = [
      [5, 2, 1],
      [1, 3, 1],
      [0, 1, 6],
    ];
    expect(accuracy(c)).toBeCloseTo(0.7, 12);
    expect(cohenKappa(c)).toBeCloseTo(0.365 / 0.665, 12);
    expect(falseAanwezig(c)).toBe(1);
  });

  it('gives κ 0 when agreement is no better than chance, and NaN for no cases', () => {
    // both sides split 50/50 between aanwezig and ontbreekt, independently
    const c: Confusion = [
      [1, 0, 1],
      [0, 0, 0],
      [1, 0, 1],
    ];
    expect(cohenKappa(c)).toBeCloseTo(0, 12);
    expect(cohenKappa(emptyConfusion())).toBeNaN();
  });

  it('gives κ 1 when both sides put everything in one class', () => {
    const c = emptyConfusion();
    for (let i = 0; i < 4; i++) addPair(c, 'ontbreekt', 'ontbreekt');
    expect(cohenKappa(c)).toBe(1);
  });

  it('counts addressed (aanwezig or deels) against ontbreekt for precision, recall and F1', () => {
    const c = emptyConfusion();
    addPair(c, 'aanwezig', 'deels'); // tp
    addPair(c, 'deels', 'aanwezig'); // tp, false aanwezig
    addPair(c, 'deels', 'ontbreekt'); // fn
    addPair(c, 'ontbreekt', 'aanwezig'); // fp, false aanwezig
    addPair(c, 'ontbreekt', 'ontbreekt'); // tn
    const b = binary(c);
    expect(b).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(b.precision).toBeCloseTo(2 / 3, 12);
    expect(b.recall).toBeCloseTo(2 / 3, 12);
    expect(b.f1).toBeCloseTo(2 / 3, 12);
    const f = figures(c);
    expect(f.falseAanwezig).toBe(2);
    expect(f.total).toBe(5);
    expect(f.accuracy).toBeCloseTo(1 / 5, 12);
  });

  it('sums matrices cell by cell', () => {
    const a: Confusion = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const b: Confusion = [
      [0, 2, 0],
      [0, 0, 0],
      [3, 0, 0],
    ];
    expect(sumConfusions([a, b])).toEqual([
      [1, 2, 0],
      [0, 1, 0],
      [3, 0, 1],
    ]);
  });
});

describe('quotes as character spans', () => {
  const text = 'Kop. Wij bellen elke maand. Daarna: wij bellen elke maand en sturen een brief.';

  it('intersects half-open spans', () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(spansOverlap({ start: 3, end: 4 }, { start: 0, end: 10 })).toBe(true);
  });

  it('finds the first exact occurrence, then a case-insensitive one', () => {
    expect(locate(text, 'Wij bellen')).toEqual({ start: 5, end: 15 });
    expect(locate(text, 'wij bellen')).toEqual({ start: 36, end: 46 });
    expect(locate(text, 'EEN BRIEF')).toEqual({ start: 68, end: 77 });
    expect(locate(text, 'niet hier')).toBeNull();
  });

  it('prefers the occurrence whose surroundings match the given context', () => {
    expect(locate(text, 'elke maand', { prefix: 'Daarna: wij bellen' })).toEqual({ start: 47, end: 57 });
    expect(locate(text, 'elke maand', { suffix: 'en sturen' })).toEqual({ start: 47, end: 57 });
    expect(locate(text, 'elke maand')).toEqual({ start: 16, end: 26 });
  });

  it('judges evidence by overlap with the gold span, or by containment when it cannot be located', () => {
    const goldQuote = 'wij bellen elke maand en sturen een brief';
    const gold = { quote: goldQuote, span: locate(text, goldQuote)! };
    expect(evidenceOverlaps(text, gold, { quote: 'en sturen een brief.' })).toBe(true);
    expect(evidenceOverlaps(text, gold, { quote: 'Kop.' })).toBe(false);
    // the first "elke maand" lies outside the gold span; its context places it inside
    expect(evidenceOverlaps(text, gold, { quote: 'elke maand' })).toBe(false);
    expect(evidenceOverlaps(text, gold, { quote: 'elke maand', prefix: 'Daarna: wij bellen ' })).toBe(true);
    // not in the text (e.g. a hyphen joined by extraction): containment decides
    expect(evidenceOverlaps(text, gold, { quote: 'Wij  bellen elke maand en sturen een brief, per post' })).toBe(true);
    expect(evidenceOverlaps(text, gold, { quote: 'iets anders' })).toBe(false);
    expect(evidenceOverlaps(text, gold, { quote: '   ' })).toBe(false);
  });
});

describe('a quote the extractor reshaped is found by its letters', () => {
  // a PDF text: a word broken over a line, and a running header between two lines of one sentence
  const raw = collapseSpace(
    'Inleiding. De regio stelt als norm dat de wacht- tijd tot de start van de hulp nooit langer is dan zes weken.\n' +
      'Pagina 4 van 20 Regiovisie Jeugdhulp Oostmark\nDaarom spreken de gemeenten met elke aanbieder af dat zij de\nPagina 5 van 20 Regiovisie Jeugdhulp Oostmark\nwachttijd elke maand doorgeven aan het regiobureau. Slot.',
  );

  it('with a broken word joined', () => {
    const quote = 'De regio stelt als norm dat de wachttijd tot de start van de hulp nooit langer is dan zes weken.';
    const span = locateLetters(raw, quote)!;
    expect(raw.slice(span.start, span.end)).toBe('De regio stelt als norm dat de wacht- tijd tot de start van de hulp nooit langer is dan zes weken');
  });

  it('with a page header left out, by its head and its tail', () => {
    const quote = 'Daarom spreken de gemeenten met elke aanbieder af dat zij de wachttijd elke maand doorgeven aan het regiobureau.';
    const span = locateLetters(raw, quote)!;
    expect(raw.slice(span.start, span.start + 6)).toBe('Daarom');
    expect(raw.slice(0, span.end).endsWith('regiobureau')).toBe(true);
  });

  it('not a short quote, nor one whose letters are not there', () => {
    expect(locateLetters(raw, 'De regio stelt als norm')).toBeNull();
    expect(locateLetters(raw, 'De regio stelt als norm dat elk gezin binnen een week wordt gebeld door een vaste medewerker.')).toBeNull();
  });

  it('keeps letters and positions in step after a letter whose lower case is longer, or a letter outside the basic plane', () => {
    const text = collapseSpace('İstanbul en 𝐀𝐁𝐂 staan ervoor. Elk gezin krijgt binnen zes weken een vaste contactpersoon voor alle hulp. Slot.');
    const quote = 'Elk gezin krijgt binnen zes weken een vaste contactpersoon voor alle hulp';
    const span = locateLetters(text, quote)!;
    expect(text.slice(span.start, span.end)).toBe(quote);
  });

  it('does not place a long quote whose middle is not in the text', () => {
    const text = collapseSpace('Elk gezin krijgt binnen zes weken een vaste contactpersoon. Slot van de zin over de hulp en de aanbieders in de regio.');
    const quote = 'Elk gezin krijgt binnen zes weken een vaste contactpersoon die samen met het gezin een plan maakt en de hulp regelt, tot het einde over de hulp en de aanbieders in de regio';
    expect(locateLetters(text, quote)).toBeNull();
  });

  it('tries every place a repeated opening stands, and reads a ligature as its letters', () => {
    const text = collapseSpace(
      'Wij vinden het belangrijk dat kinderen en jongeren meepraten. Wij vinden het belangrijk dat kinderen en jongeren bij elke stap in de\nPagina 3 van 9\nhulp worden gehoord en dat zij samen met hun ouders de ﬁnanciering van hun eigen hulp mee bepalen.',
    );
    const quote = 'Wij vinden het belangrijk dat kinderen en jongeren bij elke stap in de hulp worden gehoord en dat zij samen met hun ouders de financiering van hun eigen hulp mee bepalen.';
    const span = locateLetters(text, quote)!;
    expect(text.slice(span.start).startsWith('Wij vinden het belangrijk dat kinderen en jongeren bij elke stap')).toBe(true);
    expect(text.slice(0, span.end).endsWith('bepalen')).toBe(true);
  });

  it('so evidence taken from the extracted text overlaps a label copied from the PDF text', () => {
    const goldQuote = 'de wacht- tijd tot de start van de hulp nooit langer is dan zes weken';
    const gold = { quote: goldQuote, span: locate(raw, goldQuote)! };
    expect(evidenceOverlaps(raw, gold, { quote: 'De regio stelt als norm dat de wachttijd tot de start van de hulp nooit langer is dan zes weken.' })).toBe(true);
    expect(evidenceOverlaps(raw, gold, { quote: 'Daarom spreken de gemeenten met elke aanbieder af dat zij de wachttijd elke maand doorgeven aan het regiobureau.' })).toBe(false);
  });
});

describe('weights by dotted path', () => {
  const defaults = { a: 1, nested: { b: 2, deeper: { c: 3 } }, list: [1, 2] };

  it('reads and sets values, leaving the defaults untouched', () => {
    expect(getPath(defaults, 'nested.deeper.c')).toBe(3);
    expect(getPath(defaults, 'nested.missing')).toBeUndefined();
    const tuned = withSettings(defaults, { a: 5, 'nested.deeper.c': 7 });
    expect(tuned).toEqual({ a: 5, nested: { b: 2, deeper: { c: 7 } }, list: [1, 2] });
    expect(defaults.nested.deeper.c).toBe(3);
    expect(tuned.nested).not.toBe(defaults.nested);
  });

  it('refuses a path that does not exist', () => {
    const copy = structuredClone(defaults);
    expect(() => setPath(copy, 'nested.typo', 1)).toThrow(/nested\.typo/);
    expect(() => setPath(copy, 'a.b', 1)).toThrow();
    expect(copy).toEqual(defaults);
  });
});

describe('coordinate descent', () => {
  it('compares score vectors lexicographically, higher first', () => {
    expect(compareScores([0.5, -3], [0.4, 0])).toBeGreaterThan(0);
    expect(compareScores([0.5, -3], [0.5, -2])).toBeLessThan(0);
    expect(compareScores([0.5, -2], [0.5 + 1e-15, -2])).toBe(0);
    expect(compareScores([NaN], [0])).toBeLessThan(0);
  });

  it('finds the best value of each path of a separable toy objective', () => {
    const score = (s: Record<string, number>) => [-((s.x! - 3) ** 2) - (s.y! - 0.2) ** 2];
    const r = coordinateDescent({ candidates: { x: [1, 2, 3, 4], y: [0, 0.2, 0.5] }, start: { x: 1, y: 0.5 }, score });
    expect(r.settings).toEqual({ x: 3, y: 0.2 });
    expect(r.changed).toEqual(['x', 'y']);
    expect(r.score[0]).toBeCloseTo(0, 12);
  });

  it('needs a second sweep when paths interact', () => {
    // best y depends on x: the first sweep sets y for the old x
    const score = (s: Record<string, number>) => [s.x === 2 ? (s.y === 2 ? 10 : 5) : s.y === 1 ? 1 : 0];
    const one = coordinateDescent({ candidates: { y: [1, 2], x: [1, 2] }, start: { x: 1, y: 1 }, score, sweeps: 1 });
    expect(one.settings).toEqual({ x: 2, y: 1 });
    const two = coordinateDescent({ candidates: { y: [1, 2], x: [1, 2] }, start: { x: 1, y: 1 }, score, sweeps: 2 });
    expect(two.settings).toEqual({ x: 2, y: 2 });
  });

  it('breaks a tie on the first score by the second, then stays at the default', () => {
    // first component flat; second prefers x = 4
    const byFalse = coordinateDescent({ candidates: { x: [1, 2, 3, 4] }, start: { x: 2 }, score: (s) => [0.5, s.x === 4 ? 0 : -1] });
    expect(byFalse.settings.x).toBe(4);
    // everything ties: the default stays
    const flat = coordinateDescent({ candidates: { x: [1, 2, 3, 4] }, start: { x: 2 }, score: () => [0.5, -1] });
    expect(flat.settings.x).toBe(2);
    expect(flat.changed).toEqual([]);
    // y moved away in sweep 1 because x was elsewhere; once x moves, y's default ties again and is taken back
    const score = (s: Record<string, number>) => [s.x === 2 ? 1 : s.y === 9 ? 0.5 : 0];
    const back = coordinateDescent({ candidates: { y: [0, 9], x: [1, 2] }, start: { x: 1, y: 0 }, score });
    expect(back.settings).toEqual({ x: 2, y: 0 });
  });

  it('counts the calls of the scoring function', () => {
    let calls = 0;
    const r = coordinateDescent({ candidates: { x: [1, 2, 3] }, start: { x: 1 }, score: () => [calls++ * 0] });
    expect(r.evaluations).toBe(calls);
    // start + 2 other values; nothing moves, so no second sweep
    expect(calls).toBe(3);
  });
});

describe('locateLetters reads an accent the same way however it is written', () => {
  it('a text with "i" and a separate diaeresis, a quote with "ï"', () => {
    const text = collapseSpace('Inleiding. De gemeenteraad wordt elk jaar gei\u0308nformeerd over de wachttijden in de jeugdhulp. Slot.');
    const quote = 'De gemeenteraad wordt elk jaar geïnformeerd over de wachttijden in de jeugdhulp';
    const span = locateLetters(text, quote)!;
    expect(text.slice(span.start, span.start + 15)).toBe('De gemeenteraad');
  });
});
