/**
 * What every part of the panel's store shares: the state (pure reducer, lib/review/panel-state.ts), a ref
 * to its newest value for async work, dispatch, the services and the tab-lookup counter. The
 * features (use-saving, use-page-check, use-review-editing, use-saved-reviews) each take this.
 */
import { useReducer, useRef } from 'preact/hooks';
import { initialState, reducer, type Action, type PanelState } from '@/lib/review/panel-state';
import type { PanelServices } from './services';

export interface PanelCore {
  /** The newest state (async work must not act on the state of the render that started it). */
  readonly stateRef: { readonly current: PanelState };
  dispatch(action: Action): void;
  readonly services: PanelServices;
  /** Each look at the tab gets a number; only the latest may change the state (tab events can overtake each other). */
  readonly followSeq: { current: number };
}

export function usePanelCore(services: PanelServices): { state: PanelState; core: PanelCore } {
  const [state, dispatch] = useReducer(reducer, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const followSeq = useRef(0);
  const core = useRef<PanelCore>({ stateRef, dispatch, services, followSeq }).current;
  return { state, core };
}

/** Read the list of saved reviews (the index) again, and the damaged ones that were set aside. */
export async function refreshList(core: PanelCore): Promise<void> {
  const [list, aside] = await Promise.all([core.services.store.listReviews(), core.services.store.listSetAside()]);
  core.dispatch({ type: 'list', list });
  const setAside = aside
    .map(({ storageKey, entry }) => ({ storageKey, address: String(entry?.key ?? ''), movedAt: String(entry?.movedAt ?? '') }))
    .sort((a, b) => b.movedAt.localeCompare(a.movedAt));
  core.dispatch({ type: 'setAside', setAside });
}
