import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExtractedDocument } from '../lib/extract/types';
import { extractFromHtmlDocument } from '../lib/extract/html';
import { textToDocument } from '../lib/extract/text';
import { decodeFileText, fileKind } from '../lib/extract/file';
import { translate } from '../lib/i18n';
import { parseHtmlDocument } from './dom';

/** A problem with the input that the user must fix; the CLI prints it and exits with 2. */
export class InputError extends Error {}


/**
 * Read a saved web page, a plain text file or a PDF into an ExtractedDocument (HTML and text
 * go through the same code as the browser; a PDF through pdf.js, see cli/pdf.ts).
 */
export async function readDocument(file: string): Promise<ExtractedDocument> {
  const kind = fileKind(basename(file));
  if (!kind) {
    throw new InputError(translate('nl', 'cli.unsupportedFile', { file: basename(file) }));
  }
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    bytes = readFileSync(file);
  } catch {
    throw new InputError(translate('nl', 'cli.fileUnreadable', { file }));
  }
  if (kind === 'pdf') return readPdf(bytes, basename(file));
  const content = decodeFileText(bytes, kind);
  if (kind === 'text') return textToDocument(content, basename(file));
  const doc = extractFromHtmlDocument(parseHtmlDocument(content), { url: basename(file) });
  return { ...doc, url: basename(file) };
}

async function readPdf(bytes: Buffer, name: string): Promise<ExtractedDocument> {
  // pdf.js is loaded only for PDFs.
  const { pdfToDocument, PdfReadError } = await import('./pdf');
  try {
    return await pdfToDocument(new Uint8Array(bytes), name);
  } catch (error) {
    if (error instanceof PdfReadError) {
      throw new InputError(translate('nl', error.reason === 'password' ? 'cli.pdfPassword' : 'cli.pdfDamaged', { file: name }));
    }
    throw error;
  }
}
