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
import { documentFromFile } from '@/lib/extract/from-file';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { PageSnapshot } from '@/lib/messages';

/**
 * `analyze` without a document checks the document this worker extracted last (the panel keeps
 * a copy of it too): a big document then crosses between panel and worker once, not three times.
 */
export type CheckRequest =
  | { op: 'extract'; snapshot: PageSnapshot }
  /** A saved web page or text file the user chose (PDFs are read by pdf.js and its own worker). */
  | { op: 'file'; name: string; bytes: Uint8Array }
  | { op: 'analyze'; doc?: ExtractedDocument };
export type CheckAnswer<R extends CheckRequest> = R extends { op: 'analyze' } ? Review : ExtractedDocument;
export type CheckReply = { ok: true; value: ExtractedDocument | Review } | { ok: false; detail: string };

/** The text of a page, from its snapshot: the same reading as the CLI's of a saved page. */
export function extractSnapshot({ html, url }: PageSnapshot): ExtractedDocument {
  const { document } = parseHTML(html);
  return extractFromHtmlDocument(document as unknown as Document, { url });
}

/** The document extracted last, for an `analyze` request without one. */
let lastExtracted: ExtractedDocument | undefined;

export async function runCheckRequest(request: CheckRequest): Promise<CheckReply> {
  try {
    if (request.op === 'extract') {
      lastExtracted = extractSnapshot(request.snapshot);
      return { ok: true, value: lastExtracted };
    }
    if (request.op === 'file') {
      const read = await documentFromFile(request.name, request.bytes, {
        parseHtml: (text) => parseHTML(text).document as unknown as Document,
        loadPdfjs: () => Promise.reject(new Error('PDFs are read in the panel, with pdf.js')),
      });
      if (!read.ok) return { ok: false, detail: `cannot read ${request.name}: ${read.error}` };
      lastExtracted = read.value;
      return { ok: true, value: lastExtracted };
    }
    const doc = request.doc ?? lastExtracted;
    if (!doc) return { ok: false, detail: 'no document to check' };
    return { ok: true, value: analyze(doc, locChecklist) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
