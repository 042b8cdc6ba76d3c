/**
 * The heavy part of a check, as plain functions on plain data: read the text from a page's
 * serialised DOM (parsed with linkedom, the DOM the CLI uses; nothing in it runs), and check a
 * document against the checklist. check-worker.ts runs them in a Web Worker so the panel stays
 * responsive on a huge page; Node (tests) and a browser without workers call them directly.
 */
import { parseHTML } from 'linkedom/worker';
import { analyze } from '@/lib/check';
import type { Review } from '@/lib/check/types';
import { locChecklist } from '@/lib/checklist';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { narrowTextNodes } from '@/lib/extract/narrow';
import { documentFromFile } from '@/lib/extract/from-file';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { PageSnapshot } from '@/lib/messages';

/**
 * Every reading has a number (`reading`, given by the panel). `analyze` with a reading's number
 * instead of a document checks the document of that reading, which this worker still holds when
 * it was its last one (the panel keeps a copy too): a big document then crosses between panel
 * and worker once, not three times. Another reading's number is refused, never checked.
 */
export type CheckRequest =
  | { op: 'extract'; snapshot: PageSnapshot; reading: number }
  /** A saved web page or text file the user chose (PDFs are read by pdf.js and its own worker). */
  | { op: 'file'; name: string; bytes: Uint8Array; reading: number }
  | { op: 'analyze'; doc: ExtractedDocument }
  | { op: 'analyze'; reading: number };
export type CheckReply = { ok: true; value: ExtractedDocument | Review } | { ok: false; detail: string };

/** A page parsed with linkedom, its text nodes one byte per character where they can be, as a browser's own parser gives them (see narrowTextNodes). */
function parsePage(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  narrowTextNodes(document);
  return document;
}

/** The text of a page, from its snapshot: the same reading as the CLI's of a saved page. */
export function extractSnapshot({ html, url }: PageSnapshot): ExtractedDocument {
  return extractFromHtmlDocument(parsePage(html), { url });
}

/** The document read last and the number of its reading, for an `analyze` request that names it. */
let lastExtracted: { reading: number; doc: ExtractedDocument } | undefined;

export async function runCheckRequest(request: CheckRequest): Promise<CheckReply> {
  try {
    if (request.op !== 'analyze') lastExtracted = undefined; // a failed reading leaves nothing to name
    if (request.op === 'extract') {
      lastExtracted = { reading: request.reading, doc: extractSnapshot(request.snapshot) };
      return { ok: true, value: lastExtracted.doc };
    }
    if (request.op === 'file') {
      const read = await documentFromFile(request.name, request.bytes, {
        parseHtml: parsePage,
        loadPdfjs: () => Promise.reject(new Error('PDFs are read in the panel, with pdf.js')),
      });
      if (!read.ok) return { ok: false, detail: `cannot read ${request.name}: ${read.error}` };
      lastExtracted = { reading: request.reading, doc: read.value };
      return { ok: true, value: read.value };
    }
    const doc = 'doc' in request ? request.doc : lastExtracted?.reading === request.reading ? lastExtracted.doc : undefined;
    if (!doc) return { ok: false, detail: `the document of reading ${'reading' in request ? request.reading : '?'} is not held` };
    return { ok: true, value: analyze(doc, locChecklist) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
