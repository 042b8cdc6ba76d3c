/**
 * The panel's file reader for what it decides before pdf.js is needed: the kind of file, its
 * size, and reading text and web pages (with the browser's DOMParser, here linkedom's).
 * PDFs are read in the e2e tests, in Chromium, with the shipped worker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { MAX_FILE_BYTES } from '@/lib/extract/file';
import { readChosenFile } from '@/entrypoints/sidepanel/file-reader';

beforeAll(() => {
  Object.assign(globalThis, { DOMParser });
});

describe('readChosenFile', () => {
  it('refuses a kind it cannot read, and a file that is too large, before reading it', async () => {
    const unread = (name: string, size: number) =>
      ({ name, size, arrayBuffer: () => Promise.reject(new Error('must not be read')) }) as unknown as File;
    expect(await readChosenFile(unread('brief.docx', 10))).toEqual({ ok: false, error: 'fileType' });
    expect(await readChosenFile(unread('groot.pdf', MAX_FILE_BYTES + 1))).toEqual({ ok: false, error: 'fileTooBig' });
    // A file that cannot be read gives the file error, not the page error.
    expect(await readChosenFile(unread('klein.txt', 10))).toMatchObject({ ok: false, error: 'fileFailed', detail: 'must not be read' });
  });

  it('reads a text file and a saved web page, keyed by the file name', async () => {
    const text = await readChosenFile(new File(['# Regiovisie Lindeveld\n\nElk gezin krijgt één vaste contactpersoon.\n'], 'lindeveld.txt'));
    expect(text.ok && text.value).toMatchObject({ url: 'lindeveld.txt', title: 'Regiovisie Lindeveld' });
    const html = '<html lang="nl"><head><title>Regiovisie Lindeveld</title></head><body><main><h1>Regiovisie Lindeveld</h1><p>Elk gezin krijgt één vaste contactpersoon.</p></main></body></html>';
    const page = await readChosenFile(new File([html], 'lindeveld.html'));
    expect(page.ok && page.value.url).toBe('lindeveld.html');
    expect(page.ok && page.value.blocks.map((b) => b.text)).toContain('Elk gezin krijgt één vaste contactpersoon.');
  });
});
