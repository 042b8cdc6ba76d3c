import { describe, expect, it } from 'vitest';
import { isSpaceCode, lastCode, skipSpaces } from '../../../lib/text/chars';

describe('character tests by char code', () => {
  it('isSpaceCode is exactly the regular-expression class \\s', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('lastCode gives the last character before trailing white space, NaN for none', () => {
    expect(lastCode('Zie pagina 12 \u00a0\n')).toBe('2'.charCodeAt(0));
    expect(lastCode('“Wij doen mee.”')).toBe(0x201d);
    expect(lastCode(' \t\u2003')).toBeNaN();
    expect(lastCode('')).toBeNaN();
  });

  it('skipSpaces steps over white space only, to the end at most', () => {
    expect(skipSpaces(': \u00a0„Ja”', 1)).toBe(3);
    expect(skipSpaces('ab', 0)).toBe(0);
    expect(skipSpaces('a  ', 1)).toBe(3);
  });
});
