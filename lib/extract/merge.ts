/**
 * One regiovisie spread over several documents (chapters on separate pages, a PDF and its
 * appendix) is checked as one text: the blocks of all documents, in order. Pure.
 */
import type { ExtractedDocument } from './types';

export interface DocumentPart {
  /**
   * Put before every block id (and heading id) of this document, so ids stay unique over all
   * documents: "s2:" turns "b12" into "s2:b12". Empty for a document whose ids must stay as they
   * are (the first source of a review, so reviews of one source keep their block ids).
   */
  prefix: string;
  doc: ExtractedDocument;
}

/**
 * The documents as one: blocks in the given order with their ids prefixed; title, address,
 * language and kind of the first document (its language, or the first one known); characters,
 * words and pages summed. Throws a RangeError for no documents or two equal prefixes.
 */
export function mergeDocuments(parts: readonly DocumentPart[]): ExtractedDocument {
  const first = parts[0];
  if (!first) throw new RangeError('mergeDocuments needs at least one document');
  const prefixes = new Set(parts.map((p) => p.prefix));
  if (prefixes.size !== parts.length) throw new RangeError('mergeDocuments: every document needs its own prefix');
  if (parts.length === 1 && first.prefix === '') return first.doc;
  const merged: ExtractedDocument = {
    title: first.doc.title,
    url: first.doc.url,
    language: parts.find((p) => p.doc.language !== '')?.doc.language ?? '',
    source: first.doc.source,
    blocks: parts.flatMap(({ prefix, doc }) =>
      prefix === '' ? doc.blocks : doc.blocks.map((b) => ({ ...b, id: `${prefix}${b.id}`, ...(b.headingId !== undefined ? { headingId: `${prefix}${b.headingId}` } : {}) })),
    ),
    characters: sum(parts, (d) => d.characters),
    words: sum(parts, (d) => d.words),
  };
  if (parts.some((p) => p.doc.truncated)) merged.truncated = true;
  if (parts.some((p) => p.doc.simplified)) merged.simplified = true;
  if (parts.some((p) => p.doc.pages !== undefined)) merged.pages = sum(parts, (d) => d.pages ?? 0);
  // A scan only when every document is one: a text PDF beside a scan still has text to check.
  if (parts.every((p) => p.doc.scanned)) merged.scanned = true;
  return merged;
}

function sum(parts: readonly DocumentPart[], of: (doc: ExtractedDocument) => number): number {
  return parts.reduce((total, p) => total + of(p.doc), 0);
}
