/**
 * "Kies een bestand": a file the user chose in the side panel → ExtractedDocument, with the
 * routine the CLI uses (lib/extract/from-file.ts): PDFs through pdf.js with its worker; a saved
 * web page or text file in the panel's check worker (check-work.ts: the same routine with the
 * CLI's DOM), so a big one does not freeze the panel. Nothing leaves the browser: the file is
 * read from the user's choice, not fetched.
 */
import type { ExtractedDocument } from '@/lib/extract/types';
import { fileKind, MAX_FILE_BYTES } from '@/lib/extract/file';
import { documentFromFile, type FileReadError } from '@/lib/extract/from-file';
import type { ErrorCode, Result } from '@/lib/messages';
import { readFileInWorker } from './check-client';

/** Reading that takes longer than this is given up on (a stuck pdf.js worker must not keep the panel busy). */
const TIME_LIMIT_MS = 120_000;

const READ_ERROR: Record<FileReadError, ErrorCode> = { type: 'fileType', damaged: 'fileDamaged', password: 'filePassword' };

export async function readChosenFile(file: File): Promise<Result<ExtractedDocument>> {
  // Refused before the bytes are read.
  const kind = fileKind(file.name);
  if (!kind) return { ok: false, error: 'fileType' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'fileTooBig' };
  try {
    if (kind !== 'pdf') {
      const read = await readFileInWorker(file.name, new Uint8Array(await file.arrayBuffer()));
      return read.ok ? read : { ok: false, error: 'fileFailed', detail: read.detail };
    }
    const reading = documentFromFile(file.name, new Uint8Array(await file.arrayBuffer()), {
      parseHtml: (text) => new DOMParser().parseFromString(text, 'text/html'),
      loadPdfjs: () => import('./pdf-browser').then((m) => m.browserPdfjs),
    });
    const read = await withinTime(reading, TIME_LIMIT_MS);
    return read.ok ? read : { ok: false, error: READ_ERROR[read.error] };
  } catch (error) {
    return { ok: false, error: 'fileFailed', detail: error instanceof Error ? error.message : String(error) };
  }
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
