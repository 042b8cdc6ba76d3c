/**
 * pdf.js text → plain PdfTextPage data → ExtractedDocument, for both readers: the CLI (pdf.js's
 * `legacy` build, in Node) and the side panel (the browser build, with its worker). The caller
 * loads pdf.js and passes it in; this module only imports its types, so lib/ stays free of it.
 * The text rules themselves are in ./pdf.ts.
 */
import type * as Pdfjs from 'pdfjs-dist';
import type { PageViewport } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { ExtractedDocument } from './types';
import { pdfPagesToDocument, type PdfTextItem, type PdfTextPage } from './pdf';

/** The part of pdf.js this module uses (the same in its browser and legacy builds). */
export type PdfjsApi = Pick<typeof Pdfjs, 'getDocument' | 'Util' | 'VerbosityLevel'>;

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

/** Read the text items of every page, in page units with y measured from the top of the page. */
export async function readPdfText(pdfjs: PdfjsApi, data: Uint8Array): Promise<PdfText> {
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
function horizontalItems(util: PdfjsApi['Util'], viewport: PageViewport, textItems: TextItem[]): PdfTextItem[] {
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
      fontName: item.fontName,
    });
  }
  return items;
}

/** PDF bytes → ExtractedDocument (url = the file name). Throws PdfReadError. */
export async function pdfToDocument(pdfjs: PdfjsApi, data: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const { pages, title, language } = await readPdfText(pdfjs, data);
  return pdfPagesToDocument(pages, { fileName, ...(title ? { title } : {}), ...(language ? { language } : {}) });
}
