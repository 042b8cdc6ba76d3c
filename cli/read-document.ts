import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ExtractedDocument } from '../lib/extract/types';
import { extractFromHtmlDocument } from '../lib/extract/html';
import { textToDocument } from '../lib/extract/text';
import { translate } from '../lib/i18n';
import { parseHtmlDocument } from './dom';

/** A problem with the input that the user must fix; the CLI prints it and exits with 2. */
export class InputError extends Error {}

export const SUPPORTED = ['.html', '.htm', '.txt'] as const;

/** Read a saved web page or a plain text file into an ExtractedDocument (same code as the browser). */
export function readDocument(file: string): ExtractedDocument {
  const ext = extname(file).toLowerCase();
  if (!(SUPPORTED as readonly string[]).includes(ext)) {
    throw new InputError(translate('nl', 'cli.unsupportedFile', { file: basename(file) }));
  }
  let content: string;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    content = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(translate('nl', 'cli.fileUnreadable', { file }));
  }
  if (ext === '.txt') return textToDocument(content, basename(file));
  const doc = extractFromHtmlDocument(parseHtmlDocument(content), { url: basename(file) });
  return { ...doc, url: basename(file) };
}
