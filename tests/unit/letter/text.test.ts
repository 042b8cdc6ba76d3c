import { describe, expect, it } from 'vitest';
import { letterFileName } from '../../../lib/letter/file-name';
import { fitInBox, imageSize, base64ToBytes } from '../../../lib/letter/image';
import {
  cleanText,
  fallbackGraphemes,
  firstGraphemes,
  formatDutchDate,
  formatLooseDutchDate,
  formatNumber,
  formatPercent,
  graphemes,
  shortHash,
  toParagraphs,
  truncateText,
} from '../../../lib/letter/text';
import { hasLoneSurrogate, TINY_PNG_BASE64 } from './fixtures';

describe('Dutch dates and numbers', () => {
  it('writes every month in Dutch without locale data', () => {
    const months = Array.from({ length: 12 }, (_, m) => formatDutchDate(new Date(2026, m, 1)).split(' ')[1]);
    expect(months).toEqual(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);
    expect(formatDutchDate(new Date(2026, 10, 22))).toBe('22 november 2026');
    expect(formatDutchDate(new Date('nonsense'))).toBe('');
    expect(formatLooseDutchDate('2022-02')).toBe('februari 2022');
    expect(formatLooseDutchDate('2022-02-15')).toBe('15 februari 2022');
    expect(formatLooseDutchDate('februari 2022')).toBe('februari 2022');
  });

  it('uses a decimal comma and thousands points', () => {
    expect(formatNumber(41.27)).toBe('41');
    expect(formatNumber(19.44, 1)).toBe('19,4');
    expect(formatNumber(7100)).toBe('7100');
    expect(formatNumber(123456)).toBe('123.456');
    expect(formatPercent(0.034)).toBe('3,4 %');
    expect(formatPercent(0.118)).toBe('12 %');
    expect(formatPercent(0)).toBe('0 %');
  });

  it('makes file names safe', () => {
    expect(letterFileName('Voorbeeldstad', new Date(2026, 10, 22))).toBe('Adviesbrief regiovisie Voorbeeldstad 2026-11-22.docx');
    expect(letterFileName('Bergen (NH) / "Noord"? <a|b>*:\\', new Date(2026, 0, 5))).toBe('Adviesbrief regiovisie Bergen (NH) Noord ab 2026-01-05.docx');
    expect(letterFileName('', new Date(2026, 0, 5))).toBe('Adviesbrief regiovisie 2026-01-05.docx');
  });

  it('hashes short and stable', () => {
    expect(shortHash('voorbeeldstad.nl/regiovisie')).toBe(shortHash('voorbeeldstad.nl/regiovisie'));
    expect(shortHash('a')).not.toBe(shortHash('b'));
    expect(shortHash('')).toMatch(/^[0-9A-Z]{6}$/);
  });
});

describe('text safety', () => {
  it('drops control characters and lone surrogates, normalises line breaks', () => {
    expect(cleanText('a\u0000b\u0007c\u001fd\u0085e')).toBe('abcde');
    expect(cleanText('x\uD800y\uDC00z 😀')).toBe('xyz 😀');
    expect(cleanText('a\r\nb\rc\u2028d\te')).toBe('a\nb\nc\nd e');
    expect(toParagraphs('  eerste  regel \n\n\n tweede\r\n')).toEqual(['eerste regel', 'tweede']);
  });

  it('cuts on grapheme boundaries, with and without Intl.Segmenter', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `${'ab '.repeat(5)}${family}${family}${family} einde`;
    for (const useSeg of [true, false]) {
      for (let max = 1; max < 30; max++) {
        const cut = truncateText(text, max, useSeg);
        expect(hasLoneSurrogate(cut)).toBe(false);
        // A cut family emoji would leave a trailing ZWJ or a lone person.
        expect(cut.replace(/…$/, '')).not.toMatch(/\u200d$/);
      }
    }
    expect(truncateText('kort', 10)).toBe('kort');
    expect(truncateText('een twee drie vier vijf zes', 15)).toBe('een twee drie…');
    expect(fallbackGraphemes(`e\u0301${family}🇳🇱👍🏽`)).toEqual([`e\u0301`, family, '🇳🇱', '👍🏽']);
    expect(graphemes(`e\u0301${family}🇳🇱👍🏽`)).toEqual([`e\u0301`, family, '🇳🇱', '👍🏽']);
  });

  it('cuts a very long text without splitting all of it (a 50,000-character quote made a letter take seconds)', () => {
    const family = '👨‍👩‍👧‍👦';
    const huge = `${family} e\u0301 שלום `.repeat(200_000); // 4 million code units
    for (const useSeg of [true, false]) {
      const started = performance.now();
      for (let i = 0; i < 20; i++) expect(truncateText(huge, 80, useSeg).length).toBeLessThan(400);
      // Splitting it whole takes seconds each time; the first 81 graphemes take microseconds.
      expect(performance.now() - started).toBeLessThan(500);
    }
    expect(truncateText(huge, 3)).toBe(`${family} e\u0301…`);
  });

  it('finds the first graphemes of a long text as splitting it whole would, across its reading window', () => {
    const texts = [
      `a${'\u0301'.repeat(3000)}b c`, // one cluster longer than any first window
      '🇳🇱🇧🇪🇩🇪'.repeat(200), // flags: pairs counted from the start
      `x${'👨‍👩‍👧‍👦'.repeat(300)}`,
      `${'ab '.repeat(30)}\uD83D${'é'.repeat(100)}`,
    ];
    for (const text of texts) {
      for (const useSeg of [true, false]) {
        const all = graphemes(text, useSeg);
        for (const n of [1, 2, 7, 8, 9, 63, 64, 65, 200, all.length, all.length + 5]) {
          expect(firstGraphemes(text, n, useSeg), `${n} of ${text.slice(0, 20)}`).toEqual(all.slice(0, n));
        }
      }
    }
  });
});

describe('logo size', () => {
  it('reads PNG and JPEG headers and fits a box', () => {
    expect(imageSize(base64ToBytes(TINY_PNG_BASE64))).toEqual({ width: 2, height: 1 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x64, 0x01, 0x2c, 0x03, 0, 0, 0, 0]);
    expect(imageSize(jpeg)).toEqual({ width: 300, height: 100 });
    expect(imageSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(fitInBox({ width: 1000, height: 500 }, { width: 200, height: 80 })).toEqual({ width: 160, height: 80 });
    expect(fitInBox({ width: 10, height: 5 }, { width: 200, height: 80 })).toEqual({ width: 10, height: 5 });
  });
});
