/**
 * "Kies een bestand": a file the user chose in the side panel → ExtractedDocument, with the
 * routine the CLI uses (lib/extract/from-file.ts): HTML through the browser's DOMParser, PDFs
 * through pdf.js with its worker. Nothing leaves the browser: the file is read from the user's
 * choice, not fetched.
 */
import type { ExtractedDocument } from '@/lib/extract/types';
import { fileKind, MAX_FILE_BYTES } from '@/lib/extract/file';
import { documentFromFile, type FileReadError } from '@/lib/extract/from-file';
import type { ErrorCode, Result } from '@/lib/messages';

/** Reading that takes longer than this is given up on (a stuck pdf.js worker must not keep the panel busy). */
const TIME_LIMIT_MS = 120_000;

const READ_ERROR: Record<FileReadError, ErrorCode> = { type: 'fileType', damaged: 'fileDamaged', password: 'filePassword' };

export async function readChosenFile(file: File): Promise<Result<ExtractedDocument>> {
  // Refused before the bytes are read.
  if (!fileKind(file.name)) return { ok: false, error: 'fileType' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'fileTooBig' };
  try {
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
