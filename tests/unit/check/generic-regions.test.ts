import { describe, expect, it } from 'vitest';
import { GENERIC_REGIONS, genericRegionsIn } from '../../../lib/check/generic-regions';
import { mulberry32 } from '../seeded-random';

/** What the rule says of the sentence text[from, to). */
const byPattern = (text: string, from: number, to: number) => GENERIC_REGIONS.test(text.slice(from, to));

describe('genericRegionsIn', () => {
  it('finds regions in general and not one region', () => {
    const cases: [string, boolean][] = [
      ["Alle regio's maken een visie.", true],
      ['Alle jeugdregio’s maken een visie.', true],
      ['Elke regio kiest zelf.', true],
      ['In een jeugdregio die klein is.', true],
      ['WELKE REGIO doet mee?', true],
      ['De regio zorgt voor hulp.', false],
      ['Onze regiovisie is klaar.', false],
      ['Eenregio is geen woord.', false],
      ["De regio'sen zijn er niet.", false],
      ['geen regio hier', false],
    ];
    for (const [text, want] of cases) {
      expect(genericRegionsIn(text, 0, text.length), text).toBe(want);
      expect(byPattern(text, 0, text.length), text).toBe(want);
    }
  });

  it('reads only the sentence between from and to', () => {
    const text = 'Elke regio. De regio helpt. Alle regio’s';
    expect(genericRegionsIn(text, 12, 27)).toBe(false);
    // the word before "regio" lies outside the sentence: no match
    expect(genericRegionsIn(text, 5, 11)).toBe(false);
    // "regio’s" cut off before its s
    expect(genericRegionsIn(text, 28, text.length - 1)).toBe(false);
    expect(genericRegionsIn(text, 28, text.length)).toBe(true);
  });

  it('answers as the pattern does on many mixed texts (replayable)', () => {
    const parts = ['elke regio', "regio's", 'een jeugdregio', 'welke ', 'regio', 'Regio', 'REGIO', 'rEgIo', 'jeugd', 'JEUGD', "'s", '’s', "'S", 's', ' ', ' ', 'elke', 'Elke', 'iedere', 'een', 'EEN', 'welke', 'andere', 'w', '_', '1', 'x', ',', '.', 'é', 'ı', 'ſ', '\n'];
    const random = mulberry32(31);
    let matched = 0;
    let unmatched = 0;
    for (let i = 0; i < 30000; i++) {
      let text = '';
      const n = 1 + Math.floor(random() * 10);
      for (let k = 0; k < n; k++) text += parts[Math.floor(random() * parts.length)];
      const from = Math.floor(random() * 3);
      const to = text.length - Math.floor(random() * 3);
      if (from > to) continue;
      const want = byPattern(text, from, to);
      if (want) matched++;
      else unmatched++;
      expect(genericRegionsIn(text, from, to), JSON.stringify([text, from, to])).toBe(want);
    }
    // the texts reach both answers, often enough to mean something
    expect(matched).toBeGreaterThan(1000);
    expect(unmatched).toBeGreaterThan(3000);
  });
});
