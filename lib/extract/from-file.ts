/**
 * A local file (the CLI's argument, or "Kies een bestand" in the side panel) → ExtractedDocument.
 * One routine for both: the caller passes what differs, a DOM parser (linkedom in Node, the
 * browser's DOMParser) and a way to load pdf.js (its legacy build, in Node or with a worker).
 */
import type { ExtractedDocument } from './types';
import type { Result } from '../messages';
import { decodeFileText, fileKind } from './file';
import { extractFromHtmlDocument } from './html';
import { textToDocument } from './text';
import { PdfReadError, pdfToDocument, type PdfjsApi } from './pdf-reader';

/** Why a file could not be read: not a kind we read, or a PDF that is damaged or locked with a password. */
export type FileReadError = 'type' | 'damaged' | 'password';

export interface FileReaders {
  parseHtml(text: string): Document;
  /** Called only for a PDF, so pdf.js is loaded only when needed. */
  loadPdfjs(): Promise<PdfjsApi>;
}

export async function documentFromFile(name: string, bytes: Uint8Array, readers: FileReaders): Promise<Result<ExtractedDocument, FileReadError>> {
  const kind = fileKind(name);
  if (!kind) return { ok: false, error: 'type' };
  if (kind === 'text') return { ok: true, value: textToDocument(decodeFileText(bytes, kind), name) };
  if (kind === 'html') return { ok: true, value: extractFromHtmlDocument(readers.parseHtml(decodeFileText(bytes, kind)), { url: name }) };
  try {
    return { ok: true, value: await pdfToDocument(await readers.loadPdfjs(), bytes, name) };
  } catch (error) {
    if (error instanceof PdfReadError) return { ok: false, error: error.reason };
    throw error;
  }
}
