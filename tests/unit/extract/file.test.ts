import { describe, expect, it } from 'vitest';
import { decodeFileText, FILE_EXTENSIONS, fileKind } from '@/lib/extract/file';

describe('fileKind', () => {
  it('picks the reader from the extension, in any case', () => {
    expect(fileKind('Regiovisie Zuiderveld.PDF')).toBe('pdf');
    expect(fileKind('pagina.htm')).toBe('html');
    expect(fileKind('pagina.html')).toBe('html');
    expect(fileKind('corpus.regio.txt')).toBe('text');
  });

  it('reads nothing else, and nothing without an extension', () => {
    expect(fileKind('review.json')).toBeUndefined();
    expect(fileKind('brief.docx')).toBeUndefined();
    expect(fileKind('pdf')).toBeUndefined();
    expect(fileKind('archief.pdf.zip')).toBeUndefined();
  });

  it('lists exactly the extensions it reads (the file picker\'s accept list)', () => {
    expect([...FILE_EXTENSIONS].sort()).toEqual(['.htm', '.html', '.pdf', '.txt']);
  });
});

describe('decodeFileText', () => {
  const text = 'De cliëntenraad over financiële zorg: één loket.';
  const utf8 = new TextEncoder().encode(text);
  /** Windows-1252 bytes for Latin text (ë, é are one byte each). */
  const win1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeFileText(utf8, 'text')).toBe(text);
    expect(decodeFileText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'text')).toBe(text);
  });

  it('reads an older Windows text file (not valid UTF-8) as Windows-1252', () => {
    const bytes = win1252(text);
    expect(new TextDecoder().decode(bytes)).not.toBe(text); // what reading it as UTF-8 would give
    expect(decodeFileText(bytes, 'text')).toBe(text);
  });

  it('follows the charset a web page declares', () => {
    const page = `<html><head><meta charset="windows-1252"><title>${text}</title></head></html>`;
    expect(decodeFileText(win1252(page), 'html')).toBe(page);
    const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>${text}</body></html>`;
    expect(decodeFileText(win1252(httpEquiv), 'html')).toBe(httpEquiv);
    // A declared UTF-8 page stays UTF-8; "UTF-16" in ASCII bytes is read as UTF-8, as browsers do.
    const utf8Page = `<meta charset="utf-8"><p>${text}</p>`;
    expect(decodeFileText(new TextEncoder().encode(utf8Page), 'html')).toBe(utf8Page);
    const says16 = `<meta charset="utf-16"><p>${text}</p>`;
    expect(decodeFileText(new TextEncoder().encode(says16), 'html')).toBe(says16);
  });

  it('reads UTF-16 with a byte-order mark, and ignores a charset label it does not know', () => {
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    [...text].forEach((c, i) => le.set([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8], 2 + i * 2));
    expect(decodeFileText(le, 'text')).toBe(text);
    const odd = `<meta charset="klingon"><p>${text}</p>`;
    expect(decodeFileText(new TextEncoder().encode(odd), 'html')).toBe(odd);
  });
});
