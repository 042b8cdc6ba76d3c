import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/cli/dom';
import { latin1Copy } from '@/lib/extract/narrow';
import { mulberry32 } from '../seeded-random';

/** Every text node in document order, as plain linkedom and as parseHtmlDocument read it. */
function texts(doc: Document): string[] {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) out.push((node as Text).data);
  return out;
}

// Latin-1 letters and marks, characters beyond it (dash, curly quote, euro, a letter from another script), white space
const CHARS = ['a', 'B', 'z', ' ', '  ', '\n', '\u00a0', 'é', 'ë', 'ß', 'ÿ', '\u0080', '\u00ad', '–', '’', '€', 'ш', '\u200b', '&amp;', '&ndash;', '&eacute;'];
const TAGS = ['p', 'b', 'li', 'h2', 'span', 'div', 'td'];

function randomHtml(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const text = () => Array.from({ length: Math.floor(next() * 30) }, () => pick(CHARS)).join('');
  let body = '';
  for (let i = 0; i < 12; i++) {
    const tag = pick(TAGS);
    body += `<${tag}>${text()}<${pick(TAGS)}>${text()}</${pick(TAGS)}>${text()}</${tag}>${next() < 0.2 ? '<!-- ' + text().replace(/-/g, '') + ' -->' : ''}`;
  }
  return `${next() < 0.5 ? '<!doctype html>' : ''}<html lang="nl"><head><title>${text()}</title></head><body>${body}</body></html>`;
}

describe('parseHtmlDocument (cli/dom.ts)', () => {
  it('gives every text node the same characters as plain linkedom (only how they are stored changes), on random pages', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const html = randomHtml(mulberry32(seed));
      const plain = texts(parseHTML(html).document as unknown as Document);
      const compact = texts(parseHtmlDocument(html));
      expect(compact, `seed ${seed}`).toEqual(plain);
      expect(compact.length, `seed ${seed}`).toBeGreaterThan(0);
    }
  });

  it('reaches the text after a doctype and inside every element', () => {
    const doc = parseHtmlDocument('<!doctype html><html><body><p>Eén – twee</p><ul><li>drie</li></ul><p>vier <b>vijf</b></p></body></html>');
    expect(texts(doc)).toEqual(['Eén – twee', 'drie', 'vier ', 'vijf']);
    expect(doc.body.textContent).toBe('Eén – tweedrievier vijf');
  });

  it('latin1Copy keeps every character, across the edges of its chunks', () => {
    const next = mulberry32(7);
    for (const length of [0, 1, 8191, 8192, 8193, 20000]) {
      const text = Array.from({ length }, () => String.fromCharCode(Math.floor(next() * 256))).join('');
      expect(latin1Copy(text) === text, `length ${length}`).toBe(true);
    }
  });
});
