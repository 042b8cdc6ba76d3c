import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExtractedDocument } from '../lib/extract/types';
import { documentFromFile, type FileReadError } from '../lib/extract/from-file';
import { translate, type MessageKey } from '../lib/i18n';
import { parseHtmlDocument } from './dom';
import { loadPdfjs } from './pdf';

/** A problem with the input that the user must fix; the CLI prints it and exits with 2. */
export class InputError extends Error {}

const READ_ERROR: Record<FileReadError, MessageKey> = {
  type: 'cli.unsupportedFile',
  damaged: 'cli.pdfDamaged',
  password: 'cli.pdfPassword',
};

/**
 * Read a saved web page, a plain text file or a PDF into an ExtractedDocument, with the same
 * routine as the side panel (lib/extract/from-file.ts): HTML through linkedom, PDFs through
 * pdf.js's legacy build (cli/pdf.ts, loaded only for a PDF).
 */
export async function readDocument(file: string): Promise<ExtractedDocument> {
  const name = basename(file);
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    bytes = readFileSync(file);
  } catch {
    throw new InputError(translate('nl', 'cli.fileUnreadable', { file }));
  }
  // pdf.js takes a plain Uint8Array, not a Buffer.
  const read = await documentFromFile(name, new Uint8Array(bytes), { parseHtml: parseHtmlDocument, loadPdfjs });
  if (!read.ok) throw new InputError(translate('nl', READ_ERROR[read.error], { file: name }));
  return read.value;
}
