/**
 * Browser glue (thin): the extracted text of each source of a review, so a source can be added
 * or removed later without reading the other pages and files again. Only for the panel's own
 * use: not exported with the review.
 *
 * A review of one source keeps its text in memory only (the text of every page checked would
 * soon fill the browser's storage); a review of several sources keeps the texts of all of them
 * beside it (`local:sourceDocs:<review key>`, one record by source id). A write that fails
 * (storage full) is not fatal: the panel then asks to check the missing source again. The write
 * goes the way of the review's own writes (store-relay.ts): in Firefox the background page makes
 * it, so a sidebar closed at once does not cancel it.
 */
import { storage } from 'wxt/utils/storage';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { Message } from '@/lib/i18n';
import { isObj, missingDocuments, recheckedSourceId, recheckOneSource, type CheckDocument, type SavedReview } from '@/lib/review';
import type { PanelServices } from './services';
import { storeItems } from './store-relay';

/** The storage.local key of a review's kept texts (review-store.ts removes it in the same change as the review). */
export const sourceDocsKey = (reviewKey: string) => `sourceDocs:${reviewKey}` as const;
const itemKey = (reviewKey: string) => `local:${sourceDocsKey(reviewKey)}` as const;

/** Texts read in this panel session, by review key and source id. */
const inMemory = new Map<string, Map<string, ExtractedDocument>>();

/** Remember the text of a review's source for this session (a check just read it). */
export function rememberSourceDoc(reviewKey: string, sourceId: string, doc: ExtractedDocument): void {
  const docs = inMemory.get(reviewKey) ?? new Map<string, ExtractedDocument>();
  docs.set(sourceId, doc);
  inMemory.set(reviewKey, docs);
}

/** The known texts of a review's sources, by source id: the stored ones, and those read in this session (entries that are no document are left out). */
export async function readSourceDocs(reviewKey: string): Promise<Map<string, ExtractedDocument>> {
  const stored = await storage.getItem<Record<string, unknown>>(itemKey(reviewKey));
  const out = new Map<string, ExtractedDocument>();
  if (isObj(stored)) {
    for (const [id, doc] of Object.entries(stored)) {
      if (isObj(doc) && Array.isArray(doc.blocks) && typeof doc.title === 'string') out.set(id, doc as unknown as ExtractedDocument);
    }
  }
  for (const [id, doc] of inMemory.get(reviewKey) ?? []) out.set(id, doc);
  return out;
}

/**
 * Keep exactly these texts for the review (sources no longer in it are dropped): in memory, and
 * in storage when there are several. Returns false when storage refused.
 */
export async function writeSourceDocs(reviewKey: string, docs: ReadonlyMap<string, ExtractedDocument>): Promise<boolean> {
  inMemory.set(reviewKey, new Map(docs));
  try {
    // handed over at once (no await before it), in order with the review's own changes
    if (docs.size > 1) await storeItems({ set: { [sourceDocsKey(reviewKey)]: Object.fromEntries(docs) } });
    else await removeKeptTexts(reviewKey);
    return true;
  } catch (error) {
    console.error('Regiovisie-toets: keeping the text of the sources failed', error);
    return false;
  }
}

/** Remove a review's kept texts from storage: in order after a write of them still on its way (store-relay.ts), by the background page in Firefox. */
function removeKeptTexts(reviewKey: string): Promise<void> {
  return storeItems({ set: {}, remove: [sourceDocsKey(reviewKey)] });
}

/** Forget the texts read in this session for a review (its stored texts are removed by the caller). */
export function forgetSourceDocs(reviewKey: string): void {
  inMemory.delete(reviewKey);
}

export async function deleteSourceDocs(reviewKey: string): Promise<void> {
  forgetSourceDocs(reviewKey);
  await removeKeptTexts(reviewKey);
}

/** The checker as the panel runs it (in its worker): a failure becomes an error. */
export function checkWith(analyse: PanelServices['analyse']): CheckDocument {
  return async (doc) => {
    const analysed = await analyse(doc);
    if (!analysed.ok) throw new Error(`checking the text failed: ${analysed.error}`);
    return analysed.value;
  };
}

/**
 * A re-check of one page or file of a review of several sources: that source's text is replaced
 * and the verdicts are computed over all sources again (the others' texts kept). When the text
 * of another source is not kept, nothing is computed: the message names a source to read again,
 * and the text just read is kept (so reading the others makes the re-check possible). A page
 * that is none of the sources is refused, never taken for another source.
 */
export async function recheckSource(
  existing: SavedReview,
  doc: ExtractedDocument,
  url: string,
  analyse: PanelServices['analyse'],
  now: Date,
): Promise<{ ok: true; saved: SavedReview } | { ok: false; message: Message }> {
  const id = recheckedSourceId(existing, url);
  if (id === undefined) return { ok: false, message: { key: 'sources.notASource', params: { title: doc.title || url } } };
  const docs = await readSourceDocs(existing.key);
  docs.set(id, doc);
  const missing = missingDocuments(existing, docs)[0];
  if (missing) {
    await writeSourceDocs(existing.key, docs);
    return { ok: false, message: { key: 'sources.missing', params: { title: missing.title || missing.url } } };
  }
  const result = await recheckOneSource(existing, docs, doc, url, checkWith(analyse), now);
  await writeSourceDocs(existing.key, result.documents);
  return { ok: true, saved: result.saved };
}
