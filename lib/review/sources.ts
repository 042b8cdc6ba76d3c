/**
 * The sources of a review: the pages and files one regiovisie is spread over. Pure.
 *
 * The automatic review of several sources is computed over the blocks of all of them together
 * (the caller merges the documents with lib/extract/merge.ts, using `blockPrefix`, and runs the
 * checker); every block id then names its source: "b12" is a block of the first source ("s1"),
 * "s2:b12" one of source "s2". A review of one source keeps the block ids it always had.
 */
import type { ExtractedDocument } from '../extract/types';
import type { Review } from '../check/types';
import { mergeDocuments } from '../extract/merge';
import { fileKind } from '../extract/file';
import type { OwnEvidence, ReviewSource, ReviewSourceKind, SavedReview } from './types';

/** The id of the first source of every review: its blocks keep their ids. */
export const FIRST_SOURCE_ID = 's1';

/** What goes before the block ids of a source: nothing for the first source, else "<id>:". */
export function blockPrefix(sourceId: string): string {
  return sourceId === FIRST_SOURCE_ID ? '' : `${sourceId}:`;
}

/** The source id a block id names ("s2:b12" → "s2", "b12" → "s1"). */
export function sourceIdOfBlock(blockId: string): string {
  const colon = blockId.indexOf(':');
  return colon > 0 ? blockId.slice(0, colon) : FIRST_SOURCE_ID;
}

/** The block id inside its own document ("s2:b12" → "b12"): what the page or file itself calls it. */
export function localBlockId(blockId: string): string {
  const colon = blockId.indexOf(':');
  return colon > 0 ? blockId.slice(colon + 1) : blockId;
}

/** The kind of source an address stands for: a web address is a page, else the file name's kind (a text file when unknown). */
export function sourceKindOf(url: string): ReviewSourceKind {
  if (/^https?:\/\//i.test(url.trim())) return 'page';
  return fileKind(url.replace(/^file:/, '')) ?? 'text';
}

/** The next free source id of a review ("s1" for none, else one more than the highest). */
export function nextSourceId(sources: readonly Pick<ReviewSource, 'id'>[]): string {
  const highest = sources.reduce((max, s) => Math.max(max, Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0)), 0);
  return `s${highest + 1}`;
}

/**
 * The description of a checked document as a source: its title, counts and pages. `url` is the
 * page address or the file name; `kind` follows from it unless given.
 */
export function sourceOfDocument(doc: ExtractedDocument, id: string, url: string, now: Date, kind: ReviewSourceKind = sourceKindOf(url)): ReviewSource {
  const source: ReviewSource = {
    id,
    kind,
    title: doc.title,
    url,
    characters: doc.characters,
    words: doc.words,
    blocks: doc.blocks.length,
    addedAt: now.toISOString(),
  };
  if (doc.pages !== undefined) source.pages = doc.pages;
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

/** A source by its id. */
export function sourceById(saved: Pick<SavedReview, 'sources'>, id: string): ReviewSource | undefined {
  return saved.sources.find((s) => s.id === id);
}

/**
 * The source a quote comes from: the one an own passage names, else the one its block id names.
 * Undefined when that source was removed from the review (an own passage is kept even then).
 */
export function sourceOfQuote(saved: Pick<SavedReview, 'sources'>, quote: { block: string } & Pick<Partial<OwnEvidence>, 'source'>): ReviewSource | undefined {
  return sourceById(saved, quote.source ?? sourceIdOfBlock(quote.block));
}

/** The sources without the one with `id` (unchanged when it is not there). The last source cannot be removed: RangeError. */
export function withoutSource(sources: readonly ReviewSource[], id: string): ReviewSource[] {
  const rest = sources.filter((s) => s.id !== id);
  if (rest.length === 0) throw new RangeError('The last source of a review cannot be removed');
  return rest;
}

/** The documents of the sources as one text to check, each block id naming its source (see blockPrefix). */
export function mergeSourceDocuments(entries: readonly { source: Pick<ReviewSource, 'id'>; doc: ExtractedDocument }[]): ExtractedDocument {
  return mergeDocuments(entries.map(({ source, doc }) => ({ prefix: blockPrefix(source.id), doc })));
}
