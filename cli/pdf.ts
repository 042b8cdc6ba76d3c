/**
 * The CLI's pdf.js: the `legacy` build (the one for Node), with the worker code loaded in this
 * process (no worker thread). Reading the text is shared with the side panel:
 * lib/extract/pdf-reader.ts.
 */
import type { ExtractedDocument } from '../lib/extract/types';
import { PdfReadError, pdfToDocument as toDocument, readPdfText as readText, type PdfjsApi, type PdfText } from '../lib/extract/pdf-reader';

export { PdfReadError, type PdfText };

let pdfjsLoaded: Promise<PdfjsApi> | undefined;

/** pdf.js's legacy build, loaded once, on the first PDF. */
export function loadPdfjs(): Promise<PdfjsApi> {
  pdfjsLoaded ??= (async () => {
    // Loading the worker module first makes pdf.js run its worker code in this thread
    // (it sets globalThis.pdfjsWorker), so nothing has to be found on disk at run time.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoaded;
}

/** Read the text items of every page (see lib/extract/pdf-reader.ts). Throws PdfReadError. */
export async function readPdfText(data: Uint8Array): Promise<PdfText> {
  return readText(await loadPdfjs(), data);
}

/** PDF bytes → ExtractedDocument (url = the file name). Throws PdfReadError. */
export async function pdfToDocument(data: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  return toDocument(await loadPdfjs(), data, fileName);
}
