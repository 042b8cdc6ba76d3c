/**
 * What every part of the panel's store shares: the state (pure reducer, lib/review/panel-state.ts), a ref
 * to its newest value for async work, dispatch, the services and the tab-lookup counter. The
 * features (use-saving, use-page-check, use-review-editing, use-saved-reviews) each take this.
 * Also what two features do alike: reading the active tab's page (a check, a source added).
 */
import { useReducer, useRef } from 'preact/hooks';
import { initialState, reducer, type Action, type PanelState } from '@/lib/review/panel-state';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { ErrorCode } from '@/lib/messages';
import type { PanelServices, TabClient } from './services';

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

/** The tab the panel works on (its address and title only when the extension may read them). */
export type ActiveTab = NonNullable<Awaited<ReturnType<TabClient['activeTab']>>>;

/**
 * Read the page in the active tab, for a check or as one more source: find the tab, inject the
 * content script, copy the page and read its text. `on.tab` hears of the tab once it is known;
 * `on.copied` between copying the page and reading its text (to show progress).
 */
export async function readActiveTab(
  tabs: TabClient,
  on: { tab?: (tab: ActiveTab) => void; copied?: () => void } = {},
): Promise<{ ok: true; tab: ActiveTab; doc: ExtractedDocument } | { ok: false; error: ErrorCode }> {
  const tab = await tabs.activeTab();
  if (!tab) return { ok: false, error: 'noTab' };
  on.tab?.(tab);
  const injected = await tabs.ensureContentScript(tab.id, tab.url);
  if (!injected.ok) return { ok: false, error: injected.error };
  const read = await tabs.readTabDocument(tab.id, on.copied);
  if (!read.ok) return { ok: false, error: read.error };
  return { ok: true, tab, doc: read.value };
}
