/**
 * The side panel's store hook: the pure reducer (lib/review/panel-state.ts) plus one hook per feature,
 * each with the services it needs passed in: saving (use-saving.ts), checking a page or file
 * and following the tab (use-page-check.ts), editing the shown review (use-review-editing.ts),
 * saved reviews with export and import (use-saved-reviews.ts), the sources of the shown review
 * (use-sources.ts) and comparing two saved reviews (use-compare.ts). The views in components/
 * get all of it as props and reach no browser service themselves.
 */
import type { SaveState } from '@/components/review/ReviewHeader';
import type { PanelState, View } from '@/lib/review/panel-state';
import type { CompareApi, PanelActions, SourcesApi } from '@/components/panel-api';
import { refreshList, usePanelCore } from './panel-core';
import { browserServices, type PanelServices } from './services';
import { useSaving } from './use-saving';
import { usePageCheck } from './use-page-check';
import { useReviewEditing } from './use-review-editing';
import { useSavedReviews } from './use-saved-reviews';
import { useSources } from './use-sources';
import { useCompare } from './use-compare';

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
