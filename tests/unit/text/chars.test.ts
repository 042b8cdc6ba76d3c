import { describe, expect, it } from 'vitest';
import { INVISIBLE_CODES, endsInStop, isSpaceCode, lastCode, skipSpaces } from '../../../lib/text/chars';
import { mulberry32 } from '../seeded-random';
import { cleanText } from '../../../lib/extract/clean';
import { findQuote } from '../../../lib/review/anchor';

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

  it('endsInStop answers exactly what its two patterns answer, on random ends of texts (replayable)', () => {
    const parts = ['.', '!', '?', ':', ';', '"', "'", ')', ']', '(', '[', ',', '”', '…', 'a', 'Z', '1', ' ', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u00ad', 'x.'];
    const random = mulberry32(71);
    let stops = 0;
    for (let i = 0; i < 40000; i++) {
      let text = '';
      const n = Math.floor(random() * 7);
      for (let k = 0; k < n; k++) text += parts[Math.floor(random() * parts.length)]!;
      const withBracket = /[.!?:;]["')\]]?\s*$/.test(text);
      if (withBracket) stops++;
      expect(endsInStop(text, true), JSON.stringify(text)).toBe(withBracket);
      expect(endsInStop(text, false), JSON.stringify(text)).toBe(/[.!?:;]["')]?\s*$/.test(text));
    }
    expect(stops).toBeGreaterThan(5000);
  });

  it('skipSpaces steps over white space only, to the end at most', () => {
    expect(skipSpaces(': \u00a0„Ja”', 1)).toBe(3);
    expect(skipSpaces('ab', 0)).toBe(0);
    expect(skipSpaces('a  ', 1)).toBe(3);
  });
});

describe('invisible characters: extraction and anchoring drop the same ones', () => {
  it('a quote taken from extracted text is found again on the page with every invisible character in it', () => {
    for (const code of INVISIBLE_CODES) {
      const mark = String.fromCharCode(code);
      const page = `Elk gezin krijgt een vaste con${mark}tactpersoon in de wijk.`;
      const block = cleanText(page);
      expect(block, `U+${code.toString(16)}`).toBe('Elk gezin krijgt een vaste contactpersoon in de wijk.');
      const match = findQuote(page, { quote: 'vaste contactpersoon' });
      expect(match, `U+${code.toString(16)}`).not.toBeNull();
      expect(page.slice(match!.start, match!.end)).toBe(`vaste con${mark}tactpersoon`);
    }
  });

  it('the Mongolian vowel separator is dropped from block text too', () => {
    expect(cleanText('jeugd\u180ehulp')).toBe('jeugdhulp');
  });
});
