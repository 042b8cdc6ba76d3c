/**
 * The panel reads a page from a copy of its DOM in a worker (check-work.ts) instead of reading
 * the live page in the content script. Same text, same verdicts: the copy's path must give
 * exactly the blocks and the review of the one-shot path (extract the page's DOM, analyse it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/cli/dom';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { documentFromFile } from '@/lib/extract/from-file';
import type { ExtractedDocument } from '@/lib/extract/types';
import { extractSnapshot, runCheckRequest } from '@/entrypoints/sidepanel/check-work';

const DOCUMENTS = [
  'checker/regiovisie-breed.html',
  'checker/regiovisie-accordeon.html',
  'checker/regiovisie-gezinnen.html',
  'checker/gemeente-afvalinzameling.html',
  'extract/accordeon.html',
  'extract/tabel.html',
  'extract/omlijsting.html',
];

/** A page's DOM as the content script sends it: its document element, serialised. */
function snapshotOf(page: Document): string {
  return page.documentElement.outerHTML;
}

describe('reading a page from its copy (the worker path)', () => {
  for (const name of DOCUMENTS) {
    it(`gives the same blocks and the same verdicts as reading the page itself: ${name}`, async () => {
      const url = `http://127.0.0.1/${name}`;
      const page = parseHtmlDocument(readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8'));
      const direct = extractFromHtmlDocument(page, { url });
      const copied = await runCheckRequest({ op: 'extract', snapshot: { html: snapshotOf(page), url }, reading: 1 });
      expect(copied.ok).toBe(true);
      const doc = (copied as { value: ExtractedDocument }).value;
      expect(doc).toEqual(direct);
      expect(doc.blocks.length).toBeGreaterThan(3);

      // The panel sends no document back for the one the worker just read: the same verdicts.
      const review = analyze(direct, locChecklist);
      expect(await runCheckRequest({ op: 'analyze', reading: 1 })).toEqual({ ok: true, value: review });
      expect(await runCheckRequest({ op: 'analyze', doc })).toEqual({ ok: true, value: review });
      // Another reading's number is refused: the worker does not hold that document.
      expect(await runCheckRequest({ op: 'analyze', reading: 2 })).toMatchObject({ ok: false });
    });
  }

  it('reads markup in the text as text and runs nothing from the page', async () => {
    const flag = '__checkWorkPwned';
    const html = `<html lang="nl"><body><main><h1>Zorg &lt;img src=x onerror="globalThis.${flag}=1"&gt; <b>dichtbij</b></h1>
      <script>globalThis.${flag} = 1</script><p onclick="globalThis.${flag}=1">Ouders &amp; jongeren <a href="javascript:globalThis.${flag}=1">praten mee</a>.</p></main></body></html>`;
    const doc = extractSnapshot({ html, url: 'http://127.0.0.1/x' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Zorg <img src=x onerror="globalThis.__checkWorkPwned=1"> dichtbij', 'Ouders & jongeren praten mee.']);
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
  });

  it('reads a saved web page as the CLI does, and then checks that one', async () => {
    const name = 'checker/regiovisie-gezinnen.html';
    const bytes = readFileSync(resolve(__dirname, '../../fixtures', name));
    const cli = await documentFromFile('gezinnen.html', new Uint8Array(bytes), { parseHtml: parseHtmlDocument, loadPdfjs: () => Promise.reject(new Error('no PDF')) });
    const reply = await runCheckRequest({ op: 'file', name: 'gezinnen.html', bytes: new Uint8Array(bytes), reading: 7 });
    expect(reply).toEqual(cli);
    expect(await runCheckRequest({ op: 'analyze', reading: 7 })).toEqual({ ok: true, value: analyze((cli as { value: ExtractedDocument }).value, locChecklist) });
  });

  it('answers a request it cannot do with a failure, not an exception', async () => {
    const broken = { title: '', url: '', language: 'nl', source: 'html', blocks: null, characters: 0, words: 0 } as unknown as ExtractedDocument;
    const reply = await runCheckRequest({ op: 'analyze', doc: broken });
    expect(reply.ok).toBe(false);
    expect((reply as { detail: string }).detail).not.toBe('');
    expect(await runCheckRequest({ op: 'file', name: 'scan.pdf', bytes: new Uint8Array([37, 80, 68, 70]), reading: 8 })).toMatchObject({ ok: false });
    // A failed reading leaves nothing the worker could check by number.
    expect(await runCheckRequest({ op: 'analyze', reading: 7 })).toMatchObject({ ok: false });
  });
});
