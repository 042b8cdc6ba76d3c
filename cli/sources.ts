import { statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { analyze } from '../lib/check';
import type { Review } from '../lib/check/types';
import { locChecklist } from '../lib/checklist';
import type { ExtractedDocument } from '../lib/extract/types';
import { translate } from '../lib/i18n';
import { createSavedReview, mergeSourceDocuments, nextSourceId, sourceOfDocument, type ReviewSource, type SavedReview } from '../lib/review';
import { fileKind } from '../lib/extract/file';
import { InputError, readDocument } from './read-document';
import { readExportedReview } from './letter-file';

/**
 * One regiovisie in one or more files (`check FILE [FILE …]`, `compare`, `overview`): every file
 * read as `check` reads it, all checked together as the panel checks a review of several
 * sources (lib/review/sources.ts), and kept as a review under the first file's name.
 */
export interface CheckedFiles {
  /** Per file, in the given order: its name as given, what was read, and its source in the review. */
  parts: { file: string; doc: ExtractedDocument; source: ReviewSource }[];
  /** All files as one text (the first file's blocks keep their ids). */
  merged: ExtractedDocument;
  review: Review;
  saved: SavedReview;
}

export async function checkFiles(files: readonly string[], now: Date): Promise<CheckedFiles> {
  const seen = new Set<string>();
  const parts: CheckedFiles['parts'] = [];
  for (const file of files) {
    if (seen.has(resolve(file))) throw new InputError(translate('nl', 'cli.sameFileTwice', { file: basename(file) }));
    seen.add(resolve(file));
    const doc = await readDocument(file);
    const source = sourceOfDocument(doc, nextSourceId(parts.map((p) => p.source)), basename(file), now);
    parts.push({ file, doc, source });
  }
  if (parts.length === 0) throw new RangeError('checkFiles needs at least one file');
  const merged = mergeSourceDocuments(parts);
  const review = analyze(merged, locChecklist);
  const first = parts[0]!;
  const saved = createSavedReview(review, now, basename(first.file), first.doc.title, parts.map((p) => p.source));
  return { parts, merged, review, saved };
}

/** A `.json` file is taken for a review exported from the extension ("Sla op als bestand"). */
export const isReviewFile = (name: string): boolean => extname(name).toLowerCase() === '.json';

/**
 * What `compare` and `overview` read: a review exported from the extension (with the council's
 * decisions), or a document, checked now. Anything else is one plain Dutch line (exit 2).
 */
export async function readReviewOrDocument(file: string, now: Date): Promise<{ saved: SavedReview; kind: 'review' | 'document' }> {
  const name = basename(file);
  if (isReviewFile(name)) return { saved: readExportedReview(file), kind: 'review' };
  if (fileKind(name) === undefined) {
    // A missing file says so, whatever its name.
    try {
      statSync(file);
    } catch {
      throw new InputError(translate('nl', 'cli.fileUnreadable', { file }));
    }
    throw new InputError(translate('nl', 'overview.unsupportedFile', { file: name }));
  }
  return { saved: (await checkFiles([file], now)).saved, kind: 'document' };
}
