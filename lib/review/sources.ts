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
import type { Message } from '../i18n';
import { recheck, type RecheckResult } from './model';
import { normaliseUrl } from './url';
import { mergeDocuments } from '../extract/merge';
import { documentFigures, FIRST_SOURCE_ID, refreshedSource, sourceOfDocument } from './source-description';
import type { OwnEvidence, ReviewSource, ReviewSourceKind, SavedReview } from './types';

/** What goes before the block ids of a source: nothing for the first source, else "<id>:". */
export function blockPrefix(sourceId: string): string {
  return sourceId === FIRST_SOURCE_ID ? '' : `${sourceId}:`;
}

/** The source id a block id names ("s2:b12" → "s2", "b12" → "s1"). */
export function sourceIdOfBlock(blockId: string): string {
  const colon = blockId.indexOf(':');
  return colon > 0 ? blockId.slice(0, colon) : FIRST_SOURCE_ID;
}

/** The number of a source id ("s3" → 3; 0 for an id of another form). */
function sourceNumber(id: string): number {
  return Number(/^s(\d+)$/.exec(id)?.[1] ?? 0);
}

/**
 * The next free source id ("s1" for none, else one more than the highest). Given a review, the
 * highest it ever gave out counts too (lastSourceNumber), and every source its own passages
 * name (older reviews have no lastSourceNumber): an id of a removed source is never used again.
 */
export function nextSourceId(of: readonly Pick<ReviewSource, 'id'>[] | Pick<SavedReview, 'sources' | 'decisions' | 'lastSourceNumber'>): string {
  return `s${highestSourceNumber(of) + 1}`;
}

/** The highest source number of the sources, or that a review gave out (see nextSourceId). */
function highestSourceNumber(of: readonly Pick<ReviewSource, 'id'>[] | Pick<SavedReview, 'sources' | 'decisions' | 'lastSourceNumber'>): number {
  if (Array.isArray(of)) return (of as readonly Pick<ReviewSource, 'id'>[]).reduce((max, s) => Math.max(max, sourceNumber(s.id)), 0);
  const saved = of as Pick<SavedReview, 'sources' | 'decisions' | 'lastSourceNumber'>;
  let highest = Math.max(saved.lastSourceNumber ?? 0, highestSourceNumber(saved.sources));
  for (const decision of Object.values(saved.decisions)) {
    for (const own of decision.ownEvidence ?? []) highest = Math.max(highest, sourceNumber(own.source ?? sourceIdOfBlock(own.block)));
  }
  return highest;
}

/** A source by its id. */
function sourceById(saved: Pick<SavedReview, 'sources'>, id: string): ReviewSource | undefined {
  return saved.sources.find((s) => s.id === id);
}

/**
 * The source a quote comes from: the one an own passage names, else the one its block id names.
 * Undefined when that source was removed from the review (an own passage is kept even then).
 */
export function sourceOfQuote(saved: Pick<SavedReview, 'sources'>, quote: { block: string } & Pick<Partial<OwnEvidence>, 'source'>): ReviewSource | undefined {
  return sourceById(saved, quote.source ?? sourceIdOfBlock(quote.block));
}

/**
 * Can this source be removed? Not the last one, and not the first: the review belongs to its
 * address (its key), and a re-check of that page or file must stay a re-check of that source.
 */
export function canRemoveSource(sources: readonly Pick<ReviewSource, 'id'>[], id: string): boolean {
  return id !== FIRST_SOURCE_ID && sources.some((s) => s.id === id) && sources.length > 1;
}

/** The sources without the one with `id` (unchanged when it is not there). The first and the last source cannot be removed (canRemoveSource): RangeError. */
export function withoutSource(sources: readonly ReviewSource[], id: string): ReviewSource[] {
  const rest = sources.filter((s) => s.id !== id);
  if (rest.length === 0) throw new RangeError('The last source of a review cannot be removed');
  if (id === FIRST_SOURCE_ID) throw new RangeError('The first source of a review (its own address) cannot be removed');
  return rest;
}

/** The documents of the sources as one text to check, each block id naming its source (see blockPrefix). */
export function mergeSourceDocuments(entries: readonly { source: Pick<ReviewSource, 'id'>; doc: ExtractedDocument }[]): ExtractedDocument {
  return mergeDocuments(entries.map(({ source, doc }) => ({ prefix: blockPrefix(source.id), doc })));
}

/**
 * Where a quote is from, for a review of several sources: "Uit: Werkagenda 2026" (the page
 * number is said apart, as for every PDF quote), or that its source was removed. Undefined for
 * a review of one source (every quote is from it).
 */
export function quoteSourceMessage(saved: Pick<SavedReview, 'sources'>, quote: { block: string } & Pick<Partial<OwnEvidence>, 'source'>): Message | undefined {
  if (saved.sources.length < 2) return undefined;
  const source = sourceOfQuote(saved, quote);
  if (!source) return { key: 'sources.quote.removed' };
  return { key: 'sources.quote.from', params: { title: source.title || source.url } };
}

export type ShowTarget = { ok: true } | { ok: false; message: Message };

/**
 * Can "Toon op pagina" show this quote in the tab that is open (address `tabUrl`)? Only when
 * it is from a page source with that address. Otherwise a plain message says where the quote
 * lives: in a file (and on which page), on another page (its address), or in a source that
 * was removed.
 */
export function showTarget(saved: Pick<SavedReview, 'sources'>, quote: { block: string; page?: number } & Pick<Partial<OwnEvidence>, 'source'>, tabUrl: string | undefined): ShowTarget {
  const source = sourceOfQuote(saved, quote);
  if (!source) return { ok: false, message: { key: 'sources.show.removed' } };
  if (source.kind !== 'page') {
    const name = source.title || source.url;
    return {
      ok: false,
      message: quote.page !== undefined ? { key: 'sources.show.inFilePage', params: { file: name, page: quote.page } } : { key: 'sources.show.inFile', params: { file: name } },
    };
  }
  if (tabUrl && normaliseUrl(tabUrl) === normaliseUrl(source.url)) return { ok: true };
  return { ok: false, message: { key: 'sources.show.otherPage', params: { title: source.title || source.url, url: source.url } } };
}

/**
 * Is the automatic review computed over the list of sources (a re-check then goes through
 * recheckOneSource)? For several sources; also for one that is not the first (a review from
 * before the first could not be removed), whose block ids name it.
 */
export function checkedOverSources(saved: Pick<SavedReview, 'sources'>): boolean {
  return saved.sources.length > 1 || saved.sources[0]?.id !== FIRST_SOURCE_ID;
}

/** The source of the review with this address (a page's URL, normalised, or a file name), if any. */
export function sourceWithUrl(saved: Pick<SavedReview, 'sources'>, url: string): ReviewSource | undefined {
  const key = normaliseUrl(url);
  return saved.sources.find((s) => normaliseUrl(s.url) === key);
}

/** The sources whose document is not in `documents` (by source id): they must be read again before the review can be computed anew. */
export function missingDocuments(saved: Pick<SavedReview, 'sources'>, documents: ReadonlyMap<string, ExtractedDocument>): ReviewSource[] {
  return saved.sources.filter((s) => !documents.has(s.id));
}

/**
 * Put new sources and the automatic review computed over them in place (a source added or
 * removed), keeping all the user's work exactly as `recheck` does: every hand verdict,
 * toelichting, note and own passage stays, also own passages from a source that is no longer
 * there; only a "Klopt" for an item whose automatic verdict changed is dropped (the council agreed
 * with the old verdict, and `changes` lists it). Key, address and title stay. Throws a RangeError
 * for no sources or two sources with the same id.
 */
export function replaceSources(saved: SavedReview, sources: readonly ReviewSource[], review: Review, now: Date): RecheckResult {
  if (sources.length === 0) throw new RangeError('A review needs at least one source');
  if (new Set(sources.map((s) => s.id)).size !== sources.length) throw new RangeError('Two sources with the same id');
  const result = recheck(saved, review, now);
  // The highest source id ever given out is remembered: a removed source's id is not given again.
  const lastSourceNumber = highestSourceNumber({ ...saved, sources: [...saved.sources, ...sources] });
  return { ...result, saved: { ...result.saved, sources: [...sources], lastSourceNumber } };
}

/** How a caller checks one (merged) document: the analyzer (the panel runs it in a worker, so it may answer later). */
export type CheckDocument = (doc: ExtractedDocument) => Review | Promise<Review>;

async function recompute(saved: SavedReview, sources: ReviewSource[], documents: ReadonlyMap<string, ExtractedDocument>, check: CheckDocument, now: Date): Promise<RecheckResult> {
  const missing = missingDocuments({ sources }, documents);
  if (missing.length > 0) throw new RangeError(`No document for source ${missing.map((s) => s.id).join(', ')}`);
  const review = await check(mergeSourceDocuments(sources.map((source) => ({ source, doc: documents.get(source.id)! }))));
  return replaceSources(saved, sources, review, now);
}

/**
 * The source a re-check of the page or file `url` is of: the one with that address, else the
 * first (the review's own address, when only written differently). Undefined when the first
 * source is not there (a review from before it could not be removed): the page is none of the
 * sources, and its text must not be taken for another's.
 */
export function recheckedSourceId(saved: Pick<SavedReview, 'sources'>, url: string): string | undefined {
  return sourceWithUrl(saved, url)?.id ?? sourceById(saved, FIRST_SOURCE_ID)?.id;
}

/**
 * A re-check of one source of a review of several: its new text replaces the old one (the
 * source with the address `url`, else the first), its title and counts follow, and the verdicts
 * are computed over all sources again, keeping the council's work. RangeError when the text of
 * another source is not in `documents`, or `url` is none of the sources (recheckedSourceId).
 */
export async function recheckOneSource(
  saved: SavedReview,
  documents: ReadonlyMap<string, ExtractedDocument>,
  doc: ExtractedDocument,
  url: string,
  check: CheckDocument,
  now: Date,
): Promise<RecheckResult & { documents: Map<string, ExtractedDocument> }> {
  const id = recheckedSourceId(saved, url);
  if (id === undefined) throw new RangeError(`${url} is none of the review's sources`);
  const all = new Map(documents);
  all.set(id, doc);
  const sources = saved.sources.map((s) => (s.id === id ? refreshedSource(s, documentFigures(doc)) : s));
  return { ...(await recompute(saved, sources, all, check, now)), documents: all };
}

/**
 * "Voeg toe aan deze toetsing": the page or file `doc` (address or file name `url`) becomes the
 * review's next source, and the verdicts are computed over all sources again, keeping the
 * council's work (replaceSources). `documents` holds the document of every current source, by
 * source id (missingDocuments says which are lacking: RangeError otherwise). A source with the
 * same address is not added twice: RangeError (check with sourceWithUrl first).
 */
export async function addSource(
  saved: SavedReview,
  documents: ReadonlyMap<string, ExtractedDocument>,
  added: { doc: ExtractedDocument; url: string; kind?: ReviewSourceKind },
  check: CheckDocument,
  now: Date,
): Promise<RecheckResult & { source: ReviewSource }> {
  if (sourceWithUrl(saved, added.url)) throw new RangeError(`The review already has a source ${added.url}`);
  const source = sourceOfDocument(added.doc, nextSourceId(saved), added.url, now, added.kind);
  const all = new Map(documents);
  all.set(source.id, added.doc);
  return { ...(await recompute(saved, [...saved.sources, source], all, check, now)), source };
}

/**
 * Remove a source and compute the verdicts over the others again; every decision, note and own
 * passage stays (also own passages from the removed source). The last source cannot be
 * removed (RangeError); `documents` must hold the remaining sources' documents.
 */
export async function removeSource(saved: SavedReview, id: string, documents: ReadonlyMap<string, ExtractedDocument>, check: CheckDocument, now: Date): Promise<RecheckResult> {
  return recompute(saved, withoutSource(saved.sources, id), documents, check, now);
}

/**
 * Remove a source when the texts of the others are not all there: the automatic review stays as
 * it was (not computed again; the user is asked to check the sources again), every decision,
 * note and own passage stays. The last source cannot be removed (RangeError).
 */
export function removeSourceUnchecked(saved: SavedReview, id: string, now: Date): RecheckResult {
  return replaceSources(saved, withoutSource(saved.sources, id), saved.automatic, now);
}
