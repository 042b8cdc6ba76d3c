import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../../lib/text/syllables';

describe('Dutch syllables', () => {
  const cases: [string, number][] = [
    ['kind', 1],
    ['ouders', 2],
    ['kinderen', 3],
    ['jeugdzorg', 2],
    ['eeuw', 1],
    ['regio', 3],
    ['situatie', 4],
    ['ideeën', 3],
    ['bijvoorbeeld', 3],
    ['ervaringsdeskundigheid', 7],
    ['reïntegratie', 5],
    ['psychologie', 4],
  ];
  for (const [word, n] of cases) it(`${word} has ${n}`, () => expect(countSyllables(word)).toBe(n));
  it('counts one syllable for a word without vowels (an abbreviation)', () => {
    expect(countSyllables('BSN')).toBe(1);
    expect(countSyllables('st')).toBe(1);
  });
});
