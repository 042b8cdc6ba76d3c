import { describe, expect, it } from 'vitest';
import { FILE_EXTENSIONS, fileKind } from '@/lib/extract/file';

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
    for (const ext of FILE_EXTENSIONS) expect(fileKind(`x${ext}`)).toBeDefined();
  });
});
