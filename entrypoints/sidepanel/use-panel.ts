/**
 * The side panel's store hook: the pure reducer (panel-state.ts) plus one hook per feature,
 * each with the services it needs passed in: saving (use-saving.ts), checking a page or file
 * and following the tab (use-page-check.ts), editing the shown review (use-review-editing.ts),
 * saved reviews with export and import (use-saved-reviews.ts).
 */
import type { SaveState } from '@/components/review/ReviewHeader';
import type { PanelState, View } from './panel-state';
import { refreshList, usePanelCore } from './panel-core';
import { browserServices, type PanelServices } from './services';
import { useSaving } from './use-saving';
import { usePageCheck, type PageCheckActions } from './use-page-check';
import { useReviewEditing, type ReviewEditingActions } from './use-review-editing';
import { useSavedReviews, type SavedReviewsActions } from './use-saved-reviews';

export interface PanelActions extends PageCheckActions, ReviewEditingActions, SavedReviewsActions {
  setView(view: View): void;
  /** "Probeer opnieuw op te slaan": write again what could not be written. */
  retrySave(): Promise<void>;
}

export function usePanel(services: PanelServices = browserServices): { state: PanelState; saveState: SaveState; actions: PanelActions } {
  const { state, core } = usePanelCore(services);
  const saving = useSaving(core, state.saved);
  const actions: PanelActions = {
    ...usePageCheck(core, saving),
    ...useReviewEditing(core, saving),
    ...useSavedReviews(core, saving),
    setView: (view) => {
      core.dispatch({ type: 'view', view });
      if (view === 'saved') void saving.queue.flush().then(() => refreshList(core));
    },
    retrySave: saving.retrySave,
  };
  return { state, saveState: saving.saveState, actions };
}
