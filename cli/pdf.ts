/**
 * The pdf.js adapter for the CLI: PDF bytes → plain PdfTextPage data → ExtractedDocument.
 * Uses pdfjs-dist's `legacy` build (the one for Node) with the worker code loaded in this
 * process (no worker thread). Only the CLI imports this file; the extension does not read
 * PDFs yet. The text rules themselves are pure and live in lib/extract/pdf.ts.
 */
import type { ExtractedDocument } from '../lib/extract/types';
import { pdfPagesToDocument, type PdfTextItem, type PdfTextPage } from '../lib/extract/pdf';
import type { PageViewport, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** The PDF could not be read: `damaged` (not a PDF, or broken) or `password` (encrypted with a password). */
export class PdfReadError extends Error {
  constructor(readonly reason: 'damaged' | 'password', cause?: unknown) {
    super(reason, { cause });
  }
}

export interface PdfText {
  pages: PdfTextPage[];
  /** Metadata: the title and language the PDF declares, if any. */
  title?: string;
  language?: string;
}

let pdfjsLoaded: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;

function loadPdfjs() {
  pdfjsLoaded ??= (async () => {
    // Loading the worker module first makes pdf.js run its worker code in this thread
    // (it sets globalThis.pdfjsWorker), so nothing has to be found on disk at run time.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoaded;
}

/** Read the text items of every page, in page units with y measured from the top of the page. */
export async function readPdfText(data: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data,
    verbosity: pdfjs.VerbosityLevel.ERRORS, // 0: no warnings on the console
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      throw new PdfReadError(name === 'PasswordException' ? 'password' : 'damaged', error);
    }
    const pages: PdfTextPage[] = [];
    let failed = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const textItems = content.items.filter((item): item is TextItem => 'str' in item && item.str !== '');
        // Read the page the way up that makes most of its text run left to right: normally as
        // shown (this undoes a page rotation); a page whose rotation was set wrongly, the other way.
        let best: { viewport: PageViewport; items: PdfTextItem[]; characters: number } | undefined;
        for (const rotation of [page.rotate, 0, 90, 180, 270]) {
          const viewport = page.getViewport({ scale: 1, rotation });
          const items = horizontalItems(pdfjs.Util, viewport, textItems);
          const characters = items.reduce((sum, item) => sum + item.str.length, 0);
          if (!best || characters > best.characters) best = { viewport, items, characters };
          if (rotation === page.rotate && characters * 2 >= textItems.reduce((sum, item) => sum + item.str.length, 0)) break;
        }
        const { viewport, items } = best!;
        pages.push({ width: viewport.width, height: viewport.height, items });
        page.cleanup();
      } catch {
        failed++;
        pages.push({ items: [] });
      }
    }
    if (doc.numPages > 0 && failed === doc.numPages) throw new PdfReadError('damaged');
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as { Title?: unknown; Language?: unknown };
    const xmpTitle = meta?.metadata?.get('dc:title');
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title : typeof xmpTitle === 'string' ? xmpTitle : undefined;
    const language = typeof info.Language === 'string' ? info.Language : undefined;
    return { pages, ...(title ? { title } : {}), ...(language ? { language } : {}) };
  } finally {
    await task.destroy();
  }
}

/**
 * The items in top-down viewport space, with y measured from the top of the page. Only text
 * that runs left to right: skips diagonal watermarks ("CONCEPT") and text turned on its side in
 * a margin, which would otherwise land between the lines.
 */
function horizontalItems(util: typeof Util, viewport: PageViewport, textItems: TextItem[]): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  for (const item of textItems) {
    const [a, b, c, d, e, f] = util.transform(viewport.transform, item.transform) as number[];
    if (!(a! > 0) || Math.abs(b!) > 0.1 * a!) continue;
    items.push({
      str: item.str,
      x: e!,
      y: f!,
      width: item.width,
      height: Math.hypot(c!, d!) || item.height,
      hasEOL: item.hasEOL,
      fontName: item.fontName,
    });
  }
  return items;
}

/** PDF bytes → ExtractedDocument (url = the file name). Throws PdfReadError. */
export async function pdfToDocument(data: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const { pages, title, language } = await readPdfText(data);
  return pdfPagesToDocument(pages, { fileName, ...(title ? { title } : {}), ...(language ? { language } : {}) });
}
