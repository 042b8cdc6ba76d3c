import { describe, expect, it } from 'vitest';
import { AF_ANY_CASE, hasAfAnyCase, whitespacePieces } from '../../../lib/check/passage-kind';
import { mulberry32 } from '../seeded-random';

describe('whitespacePieces (passageKind counts words without splitting)', () => {
  it('equals text.split(/\\s+/).length, trimmed or not, on random texts with every kind of white space (replayable)', () => {
    // every character \s knows, and some it does not (zero-width space, the joiners, NUL)
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const others = ['a', 'Z', 'é', '1', ',', ':', '–', '\u200b', '\u200c', '\u200d', '\u0000', '\u180e', '\u0085', '\ud83d\ude00', 'en'];
    const random = mulberry32(83);
    for (let i = 0; i < 30000; i++) {
      const n = Math.floor(random() * 12);
      let text = '';
      for (let k = 0; k < n; k++) {
        const list = random() < 0.4 ? spaces : others;
        text += list[Math.floor(random() * list.length)]!;
      }
      expect(whitespacePieces(text), JSON.stringify(text)).toBe(text.split(/\s+/).length);
      expect(whitespacePieces(text.trim()), JSON.stringify(text)).toBe(text.trim().split(/\s+/).length);
    }
    // every code unit, alone and between letters
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(whitespacePieces(`a${ch}b`), c.toString(16)).toBe(`a${ch}b`.split(/\s+/).length);
    }
  });
});

describe('hasAfAnyCase (the gate of WONDER, without a pattern)', () => {
  it('equals AF_ANY_CASE.test on random texts of spaces, a, f, letters around them and marks (replayable)', () => {
    const pieces = [' ', ' ', 'a', 'A', 'f', 'F', ' af', ' AF', ' aF', ' Af', 'af', 'z', 'Z', '@', '[', '`', '{', '\u00bf', '\u00c0', '\u00df', '\u00e0', '\u00ff', '\u0100', '\u00d7', ':', '.', '\t', '\n', '\u00a0', '1', '\ud83d\ude00', 'ë'];
    const random = mulberry32(89);
    let hits = 0;
    for (let i = 0; i < 40000; i++) {
      const n = Math.floor(random() * 9);
      let text = '';
      for (let k = 0; k < n; k++) text += pieces[Math.floor(random() * pieces.length)]!;
      const want = AF_ANY_CASE.test(text);
      expect(hasAfAnyCase(text), JSON.stringify(text)).toBe(want);
      if (want) hits++;
    }
    expect(hits).toBeGreaterThan(3000);
    // every code unit right after " af"
    for (let c = 0; c < 0x10000; c++) {
      const text = ` af${String.fromCharCode(c)}`;
      expect(hasAfAnyCase(text), c.toString(16)).toBe(AF_ANY_CASE.test(text));
    }
  });
});
