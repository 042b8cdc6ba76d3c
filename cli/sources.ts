import { basename, resolve } from 'node:path';
import { analyze } from '../lib/check';
import type { Review } from '../lib/check/types';
import { locChecklist } from '../lib/checklist';
import type { ExtractedDocument } from '../lib/extract/types';
import { translate } from '../lib/i18n';
import { createSavedReview, mergeSourceDocuments, nextSourceId, sourceOfDocument, type ReviewSource, type SavedReview } from '../lib/review';
import { InputError, readDocument } from './read-document';

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
