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
import type { ExtractedDocument } from '@/lib/extract/types';
import type { PageSnapshot } from '@/lib/messages';

export type CheckRequest = { op: 'extract'; snapshot: PageSnapshot } | { op: 'analyze'; doc: ExtractedDocument };
export type CheckAnswer<R extends CheckRequest> = R extends { op: 'extract' } ? ExtractedDocument : Review;
export type CheckReply = { ok: true; value: ExtractedDocument | Review } | { ok: false; detail: string };

/** The text of a page, from its snapshot: the same reading as the CLI's of a saved page. */
export function extractSnapshot({ html, url }: PageSnapshot): ExtractedDocument {
  const { document } = parseHTML(html);
  return extractFromHtmlDocument(document as unknown as Document, { url });
}

export function runCheckRequest(request: CheckRequest): CheckReply {
  try {
    const value = request.op === 'extract' ? extractSnapshot(request.snapshot) : analyze(request.doc, locChecklist);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
