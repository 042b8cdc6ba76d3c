/**
 * One source of a review as it is described: its kind, title and figures (counts, PDF pages).
 * Pure. Both the review itself (lib/review/model.ts) and the list of sources
 * (lib/review/sources.ts) describe sources; neither imports the other for it.
 */
import type { ExtractedDocument } from '../extract/types';
import type { Review } from '../check/types';
import { fileKind } from '../extract/file';
import type { ReviewSource, ReviewSourceKind } from './types';

/** The id of the first source of every review: its blocks keep their ids. */
export const FIRST_SOURCE_ID = 's1';

/** The kind of source an address stands for: a web address is a page, else the file name's kind (a text file when unknown). */
export function sourceKindOf(url: string): ReviewSourceKind {
  if (/^https?:\/\//i.test(url.trim())) return 'page';
  return fileKind(url.replace(/^file:/, '')) ?? 'text';
}

/** What a checked text says about its source: its title, counts and (PDFs) pages. */
export type SourceFigures = Pick<ReviewSource, 'title' | 'characters' | 'words' | 'blocks' | 'pages'>;

/** The figures of a checked document. */
export function documentFigures(doc: ExtractedDocument): SourceFigures {
  const figures: SourceFigures = { title: doc.title, characters: doc.characters, words: doc.words, blocks: doc.blocks.length };
  if (doc.pages !== undefined) figures.pages = doc.pages;
  return figures;
}

/**
 * The description of a checked document as a source: its title, counts and pages. `url` is the
 * page address or the file name; `kind` follows from it unless given.
 */
export function sourceOfDocument(doc: ExtractedDocument, id: string, url: string, now: Date, kind: ReviewSourceKind = sourceKindOf(url)): ReviewSource {
  const { title, characters, words, blocks, pages } = documentFigures(doc);
  const source: ReviewSource = { id, kind, title, url, characters, words, blocks, addedAt: now.toISOString() };
  if (pages !== undefined) source.pages = pages;
  return source;
}

/** The one source of a review made before reviews had several: what its automatic review says about the text. */
export function sourceOfReview(review: Review, url: string, at: string): ReviewSource {
  return {
    id: FIRST_SOURCE_ID,
    kind: sourceKindOf(url || review.source.url),
    title: review.source.title,
    url: url || review.source.url,
    characters: review.source.characters,
    words: review.source.words,
    blocks: review.source.blocks,
    addedAt: at,
  };
}

/**
 * A source after its text was checked again: title and figures follow the new text (the title
 * kept when the new one is empty, the pages when the new text does not count them).
 */
export function refreshedSource(source: ReviewSource, figures: SourceFigures): ReviewSource {
  const { title, characters, words, blocks, pages } = figures;
  return { ...source, title: title || source.title, characters, words, blocks, ...(pages !== undefined ? { pages } : {}) };
}
