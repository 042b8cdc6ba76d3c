/**
 * Saved reviews: the list ("Opgeslagen"), opening, exporting, deleting and importing one.
 * Decisions (what an import means, why a review cannot be opened) are in lib/review/panel.ts.
 */
import { exportReview, importConflict, importStep, parseReviewImport, readFailureMessage, reviewFileName, setAsideFileName, type SavedReview } from '@/lib/review';
import type { SavedReviewsActions } from '@/components/panel-api';
import { isQuotaError } from './save-queue';
import { refreshList, type PanelCore } from './panel-core';
import { deleteSourceDocs } from './source-docs';
import type { Saving } from './use-saving';

export function useSavedReviews(core: PanelCore, saving: Saving): SavedReviewsActions {
  const { stateRef, dispatch, services, followSeq } = core;
  const { store } = services;

  function download(saved: SavedReview) {
    const now = new Date();
    const name = reviewFileName(saved, now);
    services.saveFile(new Blob([exportReview(saved, now)], { type: 'application/json' }), name);
    dispatch({ type: 'status', status: { key: 'review.status.exported', params: { name } } });
  }

  async function loadSaved(key: string): Promise<SavedReview | undefined> {
    await saving.queue.flush();
    const current = stateRef.current.saved;
    if (current?.key === key) return current;
    const read = await saving.readLatest(key);
    if (!read.ok) {
      const message = readFailureMessage(key, read.error, !!read.setAside);
      dispatch({ type: 'importMessage', message: { kind: 'error', message } });
      await refreshList(core);
      return undefined;
    }
    return read.saved;
  }

  async function storeImported(review: SavedReview) {
    saving.queue.cancel(review.key);
    await store.prepare(review.key);
    try {
      await store.writeReview(review);
    } catch (error) {
      console.error('Regiovisie-toets: storing an imported review failed', error);
      const key = isQuotaError(error) ? 'saved.import.full' : 'saved.import.writeFailed';
      dispatch({ type: 'importMessage', message: { kind: 'error', message: { key } } });
      return;
    }
    saving.forget(review.key);
    // The texts kept for the sources of the review it replaced are not those of the imported
    // one's sources (an export carries none): a re-check or a change of sources must not use them.
    await deleteSourceDocs(review.key).catch((error) => console.error('Regiovisie-toets: forgetting the texts of the sources failed', error));
    if (stateRef.current.saved?.key === review.key) {
      saving.adopt(review);
      dispatch({ type: 'replace', saved: review });
    }
    dispatch({
      type: 'importMessage',
      message: { kind: 'info', message: { key: 'saved.import.done', params: { title: review.title || review.url } } },
    });
    await refreshList(core);
  }

  return {
    exportShown: () => stateRef.current.saved && download(stateRef.current.saved),
    async exportSaved(key) {
      const saved = await loadSaved(key);
      if (saved) download(saved);
    },
    async open(key) {
      const saved = await loadSaved(key);
      if (!saved) return false;
      await store.prepare(saved.key);
      saving.adopt(saved);
      followSeq.current++; // the user chose this review: a late tab lookup must not replace it
      dispatch({ type: 'open', saved });
      return true;
    },
    askDelete: (key) => dispatch({ type: 'askDelete', key }),
    async remove(key) {
      saving.forget(key);
      await store.deleteReview(key);
      dispatch({ type: 'deleted', key });
      await refreshList(core);
      // Deleting made room: write at once what could not be written before.
      if (saving.hasUnsaved()) await saving.retrySave();
    },
    async importFile(file) {
      const parsed = parseReviewImport(await file.text());
      if (!parsed.ok) {
        dispatch({ type: 'importMessage', message: { kind: 'error', message: parsed.error } });
        return;
      }
      await saving.queue.flush();
      const read = await saving.readLatest(parsed.review.key);
      const step = importStep(importConflict(read.ok ? read.saved : undefined, parsed.review), read.ok);
      if (step === 'same') dispatch({ type: 'importMessage', message: { kind: 'info', message: { key: 'saved.import.same' } } });
      // A damaged stored review is also replaced only after asking.
      else if (step === 'ask') dispatch({ type: 'importConflict', incoming: parsed.review });
      else await storeImported(parsed.review);
    },
    async exportSetAside(storageKey) {
      const found = (await store.listSetAside()).find((s) => s.storageKey === storageKey);
      if (!found) return refreshList(core);
      const name = setAsideFileName(found.entry.key, new Date());
      services.saveFile(new Blob([JSON.stringify(found.entry, null, 2)], { type: 'application/json' }), name);
      dispatch({ type: 'status', status: { key: 'review.status.exported', params: { name } } });
    },
    async removeSetAside(storageKey) {
      await store.removeSetAside(storageKey);
      dispatch({ type: 'askDelete', key: null });
      dispatch({ type: 'status', status: { key: 'saved.setAside.removed' } });
      await refreshList(core);
    },
    async confirmImport(overwrite) {
      const incoming = stateRef.current.pendingImport;
      if (!incoming) return;
      if (!overwrite) {
        dispatch({ type: 'importMessage', message: { kind: 'info', message: { key: 'saved.import.cancelled' } } });
        return;
      }
      await storeImported(incoming);
    },
  };
}
