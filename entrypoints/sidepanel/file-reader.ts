/**
 * "Kies een bestand": a file the user chose in the side panel → ExtractedDocument, read with the
 * same lib/ code as the CLI (HTML through the browser's DOMParser, PDFs through pdf.js).
 * Nothing leaves the browser: the file is read from the user's choice, not fetched.
 */
import type { ExtractedDocument } from '@/lib/extract/types';
import { decodeFileText, fileKind, MAX_FILE_BYTES } from '@/lib/extract/file';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { textToDocument } from '@/lib/extract/text';
import type { Result } from '@/lib/messages';

/** A PDF that takes longer than this is given up on (a stuck worker must not keep the panel busy). */
const PDF_TIME_LIMIT_MS = 120_000;

export async function readChosenFile(file: File): Promise<Result<ExtractedDocument>> {
  const kind = fileKind(file.name);
  if (!kind) return { ok: false, error: 'fileType' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'fileTooBig' };
  try {
    if (kind === 'text') return { ok: true, value: textToDocument(decodeFileText(await bytesOf(file), kind), file.name) };
    if (kind === 'html') {
      const dom = new DOMParser().parseFromString(decodeFileText(await bytesOf(file), kind), 'text/html');
      return { ok: true, value: { ...extractFromHtmlDocument(dom, { url: file.name }), url: file.name } };
    }
    const [{ browserPdfjs }, { pdfToDocument, PdfReadError }] = await Promise.all([import('./pdf-browser'), import('@/lib/extract/pdf-reader')]);
    try {
      const reading = pdfToDocument(browserPdfjs, await bytesOf(file), file.name);
      return { ok: true, value: await withinTime(reading, PDF_TIME_LIMIT_MS) };
    } catch (error) {
      if (error instanceof PdfReadError) return { ok: false, error: error.reason === 'password' ? 'filePassword' : 'fileDamaged' };
      throw error;
    }
  } catch (error) {
    return { ok: false, error: 'fileFailed', detail: error instanceof Error ? error.message : String(error) };
  }
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer from pdf.js within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
