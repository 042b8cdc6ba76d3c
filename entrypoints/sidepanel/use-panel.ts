/**
 * The side panel's store hook: the pure reducer (panel-state.ts) plus one hook per feature,
 * each with the services it needs passed in: saving (use-saving.ts), checking a page or file
 * and following the tab (use-page-check.ts), editing the shown review (use-review-editing.ts),
 * saved reviews with export and import (use-saved-reviews.ts), the sources of the shown review
 * (use-sources.ts) and comparing two saved reviews (use-compare.ts). The views in components/
 * get all of it as props and reach no browser service themselves.
 */
import type { SaveState } from '@/components/review/ReviewHeader';
import type { PanelState, View } from './panel-state';
import { refreshList, usePanelCore } from './panel-core';
import type { ReadResult } from './review-store';
import { browserServices, type PanelServices } from './services';
import { useSaving } from './use-saving';
import { usePageCheck, type PageCheckActions } from './use-page-check';
import { useReviewEditing, type ReviewEditingActions } from './use-review-editing';
import { useSavedReviews, type SavedReviewsActions } from './use-saved-reviews';
import { useSources, type SourcesApi } from './use-sources';
import { useCompare } from './use-compare';

export type CompareApi = ReturnType<typeof useCompare>;

export interface PanelActions extends PageCheckActions, ReviewEditingActions, SavedReviewsActions {
  setView(view: View): void;
  /** "Probeer opnieuw op te slaan": write again what could not be written. */
  retrySave(): Promise<void>;
  /** A saved review as the panel knows it: one that could not be written yet wins over the stored one. */
  readSaved(key: string): Promise<ReadResult>;
  /**
   * "Neem dit op in de brief": open the new version and let its letter compare with the old one.
   * The comparison is an edit of the review that is shown after opening (with any edit not yet
   * written), never of a fresh copy from storage.
   */
  useInLetter(oldKey: string, newKey: string, oldTitle: string): Promise<void>;
}

export function usePanel(services: PanelServices = browserServices): {
  state: PanelState;
  saveState: SaveState;
  actions: PanelActions;
  sources: SourcesApi;
  compare: CompareApi;
} {
  const { state, core } = usePanelCore(services);
  const saving = useSaving(core, state.saved);
  const editing = useReviewEditing(core, saving);
  const saved = useSavedReviews(core, saving);
  const setView = (view: View) => {
    core.dispatch({ type: 'view', view });
    if (view === 'saved') void saving.queue.flush().then(() => refreshList(core));
  };
  const actions: PanelActions = {
    ...usePageCheck(core, saving),
    ...editing,
    ...saved,
    setView,
    retrySave: saving.retrySave,
    readSaved: (key) => saving.readLatest(key),
    async useInLetter(oldKey, newKey, oldTitle) {
      if (oldKey === newKey) return;
      // Opening failed (it says why in "Opgeslagen"): stay there.
      if (!(await saved.open(newKey))) return;
      editing.edit({ op: 'compareWith', earlier: { key: oldKey, title: oldTitle } });
      setView('letter');
    },
  };
  const sources = useSources({ saved: state.saved, doc: state.doc, replace: editing.replace }, services);
  const compare = useCompare(saving.readLatest);
  return { state, saveState: saving.saveState, actions, sources, compare };
}
