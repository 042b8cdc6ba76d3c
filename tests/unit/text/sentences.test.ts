import { describe, expect, it } from 'vitest';
import { createSentenceBuffer, splitSentences, splitSentencesFromBuffer, splitSentencesInto } from '../../../lib/text/sentences';
import { createTokenBuffer, scanTokens } from '../../../lib/text/tokenize';
import { mulberry32 } from '../seeded-random';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('sentence splitting', () => {
  it('splits on full stops before a capital', () => {
    expect(texts('We gaan dit doen. De regio helpt mee.')).toEqual(['We gaan dit doen.', 'De regio helpt mee.']);
  });

  it('does not split after Dutch abbreviations', () => {
    expect(texts('Wij helpen bijv. Ouders en o.a. Scholen. Daarna volgt meer.')).toHaveLength(2);
    expect(texts('Dit geldt m.b.t. De jeugdhulp t/m 18 jaar. Klaar.')).toHaveLength(2);
    expect(texts('Mevr. A. de Vries zegt dit. Dat klopt.')).toHaveLength(2);
  });

  it('does not split inside numbers', () => {
    expect(texts('Het kost 1.000 euro per jaar. In 2025 is het klaar.')).toEqual([
      'Het kost 1.000 euro per jaar.',
      'In 2025 is het klaar.',
    ]);
  });

  it('keeps a section number at the start with the line it numbers, but not a number that ends a sentence', () => {
    expect(texts('5. Samen leren in de regio')).toEqual(['5. Samen leren in de regio']);
    expect(texts('2.3. Wachten op hulp')).toEqual(['2.3. Wachten op hulp']);
    expect(texts('Er wachten nu 40 gezinnen. Dat zijn er 12. In 2026 moet dat nul zijn.')).toHaveLength(3);
    // a numbered paragraph that is a sentence keeps its sentence start ("6." apart, the quote whole)
    expect(texts('6. "Wij bellen elk gezin binnen een week," zegt de wethouder.')).toEqual(['6.', '"Wij bellen elk gezin binnen een week," zegt de wethouder.']);
  });

  it('marks questions and keeps a lower-case continuation after "!"', () => {
    const s = splitSentences('Wat doen we? Ze riepen JA! en gingen door.');
    expect(s.map((x) => x.question)).toEqual([true, false]);
    expect(s[1]!.text).toBe('Ze riepen JA! en gingen door.');
  });

  it('splits after "u." (a pronoun, not an initial)', () => {
    expect(texts('We delen dit eerst met u. Daarna praten we verder.')).toHaveLength(2);
  });

  it('returns exact substrings, with opening and closing quotes and brackets', () => {
    const text = '“Dit is een citaat.” Daarna (tussen haakjes). Einde zonder punt';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['“Dit is een citaat.”', 'Daarna (tussen haakjes).', 'Einde zonder punt']);
    expect(s.map((x) => [x.start, x.end])).toEqual([
      [0, 20],
      [21, 45],
      [46, 63],
    ]);
  });

  it('fills one reused buffer with the same sentences as the object form, growing it and resetting it per text', () => {
    const long = Array.from({ length: 150 }, (_, i) => `Zin ${i} is kort? Nee.`).join(' ');
    const short = '"Wij helpen." Zei ze: (Ja!) en dan verder';
    const out = createSentenceBuffer(2);
    const tokens = createTokenBuffer();
    for (const text of [long, short, '', long]) {
      scanTokens(text, tokens);
      const objects = splitSentencesFromBuffer(text, tokens);
      const n = splitSentencesInto(text, tokens, out);
      expect(n).toBe(objects.length);
      expect(out.length).toBe(n);
      const fromBuffer = Array.from({ length: n }, (_, i) => ({
        start: out.start[i],
        end: out.end[i],
        from: out.from[i],
        to: out.to[i],
        question: out.question[i] === 1,
      }));
      expect(fromBuffer).toEqual(objects);
    }
    expect(splitSentencesInto(long, (scanTokens(long, tokens), tokens), out)).toBe(300);
    expect(out.question.subarray(0, 4)).toEqual(Uint8Array.from([1, 0, 1, 0]));
  });
});

describe('splitSentencesInto reads only the tokens scanTokens listed as followed by a stop (stopAt)', () => {
  it('splits as a read of every gap, on random texts of words, numbers, stops, closers and marks (replayable)', () => {
    const words = ['We', 'de', 'Regio', 'bijv', 'o', 'a', 'A', 'u', '2025', '3', '1.000', 'JA', 'en', 'Dat', 'ë', 'Één', 'zo’n', "'s", 'T', 'm', 'x', 'geïnformeerd', '\u00e9', 'Zijn'];
    const gaps = [' ', ' ', ' ', '. ', '.', '! ', '? ', '?', '\u2026 ', '\u2026', '.) ', '." ', '.” ', '?” ', ': ', ', ', '; ', ' (', ') ', ' "', '“', ' – ', '-', '\n', '. \n', '.. ', '?! ', '!?', ' . ', '.\u00a0', '\u00d7', '/'];
    const ends = ['', '', '.', '!', '?', '\u2026', '.)', ':', '."', ' ', '. '];
    const random = mulberry32(97);
    const out = createSentenceBuffer(2);
    const every = createSentenceBuffer(2);
    const tokens = createTokenBuffer(2);
    let splits = 0;
    for (let i = 0; i < 30000; i++) {
      const n = Math.floor(random() * 12);
      let text = random() < 0.2 ? gaps[Math.floor(random() * gaps.length)]! : '';
      for (let k = 0; k < n; k++) text += (k > 0 ? gaps[Math.floor(random() * gaps.length)]! : '') + words[Math.floor(random() * words.length)]!;
      text += ends[Math.floor(random() * ends.length)]!;
      scanTokens(text, tokens);
      const got = splitSentencesInto(text, tokens, out);
      // every token listed as followed by a stop: each gap is read, as before the list (and the gate)
      for (let k = 0; k < tokens.length; k++) tokens.stopAt[k] = k;
      tokens.stops = tokens.length;
      const want = splitSentencesInto(text, tokens, every);
      expect(got, JSON.stringify(text)).toBe(want);
      for (const col of ['start', 'end', 'from', 'to', 'question'] as const) {
        expect(Array.from(out[col].subarray(0, got)), `${col} ${JSON.stringify(text)}`).toEqual(Array.from(every[col].subarray(0, want)));
      }
      if (got > 1) splits++;
    }
    expect(splits).toBeGreaterThan(3000);
  });
});
