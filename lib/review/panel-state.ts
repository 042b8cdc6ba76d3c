/**
 * The side panel's state in one place: a pure reducer (no browser APIs, no timers), so every
 * transition can be tested in Node. Side effects (reading the page, storage, messages to the
 * content script) live in the panel's hooks (entrypoints/sidepanel/use-panel.ts) and end in a
 * dispatch. The views in components/ read this state and these types.
 */
import type { ExtractedDocument } from '../extract/types';
import type { Review } from '../check/types';
import type { Verdict } from '../checklist/types';
import type { ErrorCode } from '../messages';
import type { Message, MessageKey } from '../i18n';
import type { ReviewSource, SavedReview } from './types';
import { isFileKey } from './url';
import {
  addOwnEvidence,
  confirmItem,
  filterItems,
  removeOwnEvidence,
  setMunicipality,
  setCompareWith,
  setPrivateNote,
  setToelichting,
  setVerdict,
  type ItemFilter,
  type NewOwnEvidence,
} from './model';
import { changeLayout, emptyLayout, samePage, type LayoutChange, type ReviewLayout } from './panel';
import { replaceSources } from './sources';
import { removeSummary, type ReviewSummary } from './review-index';

/** The three views of the panel: Toetsing, Opgeslagen, Brief. */
export type View = 'review' | 'saved' | 'letter';

/** The result of an import (or of opening a saved review), translated when shown (so a language switch applies). */
export interface ImportMessage {
  kind: 'error' | 'info';
  /** Its parameters may be messages too (translated with it), e.g. why a saved review cannot be opened. */
  message: Message;
}

/** A damaged review that was set aside (`corrupt:` in storage): where it was from, and when. */
export interface SetAsideSummary {
  storageKey: string;
  /** The page address (or file name) of the review; '' when unknown. */
  address: string;
  movedAt: string;
}

/** A saved review as read from storage; damaged data is set aside and said, never thrown. */
export type ReadResult =
  | { ok: true; saved: SavedReview | undefined }
  /** `setAside`: the storage key the damaged data was moved to (absent when moving it failed). */
  | { ok: false; error: Message; setAside?: string };

/** Feedback that belongs to one item (shown inside that item, also announced). */
export interface ItemNotice {
  itemId: string;
  kind: 'info' | 'warning' | 'error';
  message: Message;
}

export interface TabInfo {
  id: number;
  /** Only known for a tab the extension may read (activeTab granted). */
  url?: string;
}

export type Phase = 'idle' | 'reading' | 'analysing' | 'ready' | 'error';

/**
 * What the panel says in each step of a check (copy the page, read its text, check it): in the
 * status region and under the progress bar.
 */
export const CHECK_STEP_TEXT: readonly MessageKey[] = ['check.busy', 'check.busyText', 'check.busyAnalyse'];

/** The steps of a check the panel shows. */
export const CHECK_STEPS = CHECK_STEP_TEXT.length;

/** Step `step` (1-based) of a running check: its progress, and its text for the status region. */
function atCheckStep(step: number): Pick<PanelState, 'checkStep' | 'status'> {
  return { checkStep: step, status: { key: CHECK_STEP_TEXT[step - 1]! } };
}

export interface PanelState {
  view: View;
  phase: Phase;
  /** While a check runs: its step (1 copy the page, 2 read its text, 3 check it) of CHECK_STEPS, shown as progress. */
  checkStep: number;
  error?: ErrorCode;
  /** Said instead of the usual text of `error` (only while phase is 'error'). */
  errorMessage?: Message;
  /** The tab the panel follows (the active tab of its window). */
  tab: TabInfo | null;
  /** The document read in this session for the shown review (absent for a review loaded from storage). */
  doc?: ExtractedDocument;
  /** The review shown in the "Toetsing" view. */
  saved?: SavedReview;
  /** True right after a re-check of a page that had a saved review: show what changed. */
  rechecked: boolean;
  filter: ItemFilter;
  /** Announced through the aria-live status region. */
  status: Message | null;
  itemNotice: ItemNotice | null;
  /** Saved reviews (the index), newest first; null until loaded. */
  list: ReviewSummary[] | null;
  /** Key of the saved review the user wants to delete (waiting for "Ja, verwijder"). */
  confirmDelete: string | null;
  /** An imported review that would overwrite a stored one (waiting for the user's answer). */
  pendingImport: SavedReview | null;
  /** Result of the last import (or of opening a saved review), as messages to translate. */
  importMessage: ImportMessage | null;
  /** A problem with the stored data shown above the review (a damaged review that was set aside). */
  storageNotice: Message | null;
  /** Damaged reviews that were set aside (`corrupt:` keys), newest first; shown under "Opgeslagen". */
  setAside: SetAsideSummary[];
  /** Open items and folded themes of the shown review (read it with layoutOf: it may belong to another review). */
  layout: ReviewLayout;
}

export const initialState: PanelState = {
  view: 'review',
  phase: 'idle',
  checkStep: 0,
  tab: null,
  rechecked: false,
  filter: 'all',
  status: null,
  itemNotice: null,
  list: null,
  confirmDelete: null,
  pendingImport: null,
  importMessage: null,
  storageNotice: null,
  setAside: [],
  layout: emptyLayout(''),
};

/** The layout of the review shown: a fresh one when the stored layout belongs to another review. */
export function layoutOf(state: PanelState): ReviewLayout {
  const key = state.saved?.key ?? '';
  return state.layout.key === key ? state.layout : emptyLayout(key);
}

/** One change by the user to the shown review. */
export type Edit =
  | { op: 'verdict'; id: string; verdict: Verdict | undefined }
  /** The toelichting: printed in the letter and the appendix. */
  | { op: 'toelichting'; id: string; text: string }
  /** The private note: stays in the browser, never in a letter. */
  | { op: 'privateNote'; id: string; text: string }
  | { op: 'confirm'; id: string; confirmed: boolean }
  | { op: 'addOwn'; id: string; evidence: NewOwnEvidence }
  | { op: 'removeOwn'; id: string; index: number }
  | { op: 'municipality'; value: string }
  /** The letter compares with this earlier saved review ("Neem dit op in de brief"), or no longer. */
  | { op: 'compareWith'; earlier: { key: string; title: string } | undefined };

/** Edits that come keystroke by keystroke (saved after a short delay); the others are choices, saved at once. */
export function isTyping(edit: Edit): boolean {
  return edit.op === 'toelichting' || edit.op === 'privateNote' || edit.op === 'municipality';
}

export type Action =
  | { type: 'view'; view: View }
  | { type: 'tab'; tab: TabInfo | null }
  /** The stored review for the followed tab was looked up (undefined: none, or the URL is unknown). */
  | { type: 'tabReview'; tabId: number; saved: SavedReview | undefined }
  | { type: 'checkStart'; tabId?: number }
  /** The page was copied; its text is being read (the second of the check's steps). */
  | { type: 'readingText' }
  | { type: 'analysing' }
  /** `message`: said instead of the error's usual text (e.g. which source's text is missing). */
  | { type: 'checkFailed'; error: ErrorCode; message?: Message }
  /**
   * `onNewest`: `saved` is a re-check of a review of several sources; its sources and automatic
   * review are put on the newest shown version of it (edits made while it was checked stay).
   */
  | { type: 'checked'; doc: ExtractedDocument; saved: SavedReview | undefined; rechecked: boolean; onNewest?: boolean }
  | { type: 'edit'; edit: Edit; now: Date }
  /** The letter view (or anything else) hands back a whole new review. */
  | { type: 'replace'; saved: SavedReview }
  /** Sources were added or removed: put them on the newest version of that review. */
  | { type: 'sources'; change: SourcesChange }
  | { type: 'filter'; filter: ItemFilter }
  | { type: 'status'; status: Message | null }
  | { type: 'itemNotice'; notice: ItemNotice | null }
  | { type: 'list'; list: ReviewSummary[] }
  | { type: 'setAside'; setAside: SetAsideSummary[] }
  | { type: 'open'; saved: SavedReview }
  | { type: 'askDelete'; key: string | null }
  | { type: 'deleted'; key: string }
  | { type: 'importConflict'; incoming: SavedReview | null }
  | { type: 'importMessage'; message: PanelState['importMessage'] }
  | { type: 'storageNotice'; notice: Message | null }
  /** Fold or unfold a theme or an item, or go to an item. */
  | { type: 'layout'; change: LayoutChange }
  /**
   * Show one item in the review, open and focused ("Volgende niet bekeken", or "Ga naar het eerste
   * punt" in the letter view); `close`: the item left, folded away.
   */
  | { type: 'goToItem'; id: string; close?: string };

/**
 * New sources of a review and the automatic review computed over them (a source added or
 * removed, a page re-checked). That work takes a while: it is put on the NEWEST version of the
 * review, so a toelichting typed or a verdict set meanwhile stays.
 */
export interface SourcesChange {
  key: string;
  sources: ReviewSource[];
  automatic: Review;
  /** When it was computed (ISO). */
  at: string;
}

/** The sources and automatic review of a review that was computed anew. */
export function sourcesChangeOf(saved: SavedReview): SourcesChange {
  return { key: saved.key, sources: saved.sources, automatic: saved.automatic, at: saved.checkedAt };
}

/** Put a sources change on a review (replaceSources: the user's work stays). */
function withSources(saved: SavedReview, change: SourcesChange): SavedReview {
  return replaceSources(saved, change.sources, change.automatic, new Date(change.at)).saved;
}

/** Apply one edit with the pure functions of lib/review. */
function applyEdit(saved: SavedReview, edit: Edit, now: Date): SavedReview {
  switch (edit.op) {
    case 'verdict':
      return setVerdict(saved, edit.id, edit.verdict, now);
    case 'toelichting':
      return setToelichting(saved, edit.id, edit.text, now);
    case 'privateNote':
      return setPrivateNote(saved, edit.id, edit.text, now);
    case 'confirm':
      return confirmItem(saved, edit.id, edit.confirmed, now);
    case 'addOwn':
      return addOwnEvidence(saved, edit.id, edit.evidence, now);
    case 'removeOwn':
      return removeOwnEvidence(saved, edit.id, edit.index, now);
    case 'municipality':
      return setMunicipality(saved, edit.value, now);
    case 'compareWith':
      return setCompareWith(saved, edit.earlier, now);
  }
}

/** What to announce after an edit (verdict, toelichting and note changes are announced by the controls themselves). */
function editStatus(edit: Edit): Message | null {
  switch (edit.op) {
    case 'confirm':
      return { key: edit.confirmed ? 'review.status.confirmed' : 'review.status.unconfirmed' };
    case 'addOwn':
      return { key: 'review.status.ownAdded' };
    case 'removeOwn':
      return { key: 'review.status.ownRemoved' };
    case 'verdict':
      return edit.verdict === undefined ? { key: 'review.status.reset' } : null;
    default:
      return null;
  }
}

export function reducer(state: PanelState, action: Action): PanelState {
  switch (action.type) {
    case 'view':
      return { ...state, view: action.view, confirmDelete: null };
    case 'tab': {
      // Same tab, same page: keep what is shown (it may hold edits not yet written).
      if (state.tab && action.tab && state.tab.id === action.tab.id && state.tab.url === action.tab.url) return state;
      // During a check the tab's URL becomes known; that is still the same page.
      if (state.phase === 'reading' || state.phase === 'analysing') return { ...state, tab: action.tab };
      // Another tab or page: messages about the old one ("Klaar…", "Gemarkeerd op de pagina")
      // go. An anchor in the same page is no other page.
      const moved = !state.tab || !action.tab || state.tab.id !== action.tab.id || !samePage(state.tab.url, action.tab.url);
      const messages = moved ? { status: null, itemNotice: null } : {};
      if (state.saved) return { ...state, tab: action.tab, ...messages };
      // An error or a read page without review belonged to the old one.
      return { ...state, tab: action.tab, phase: 'idle', error: undefined, doc: undefined, itemNotice: null, ...messages };
    }
    case 'tabReview': {
      if (state.tab?.id !== action.tabId) return state; // an answer for a tab we left
      if (state.phase === 'reading' || state.phase === 'analysing') return state;
      // A review of a chosen file belongs to no tab: it stays until the user checks or opens another.
      if (state.saved && isFileKey(state.saved.key)) return state;
      if (action.saved) {
        if (state.saved?.key === action.saved.key) return state; // already shown (possibly with newer edits)
        return { ...state, phase: 'ready', saved: action.saved, doc: undefined, rechecked: false, error: undefined, itemNotice: null, filter: 'all', storageNotice: null };
      }
      // No saved review and none shown: keep what a check of this tab showed meanwhile (an error,
      // a page with too little text). A late answer must not wipe it (a fast failing check can
      // finish before the panel's first look at the tab).
      if (!state.saved) return state;
      return { ...state, phase: 'idle', saved: undefined, doc: undefined, rechecked: false, error: undefined, itemNotice: null, filter: 'all' };
    }
    case 'checkStart':
      return { ...state, view: 'review', phase: 'reading', error: undefined, itemNotice: null, storageNotice: null, ...atCheckStep(1) };
    case 'readingText':
      return state.phase === 'reading' ? { ...state, ...atCheckStep(2) } : state;
    case 'analysing':
      return { ...state, phase: 'analysing', ...atCheckStep(3) };
    case 'checkFailed':
      return { ...state, phase: 'error', error: action.error, errorMessage: action.message, status: null };
    case 'checked': {
      if (!action.saved) {
        // Nothing to check (too little text): show what was read, no review.
        return { ...state, phase: 'ready', error: undefined, doc: action.doc, saved: undefined, rechecked: false, status: null, itemNotice: null };
      }
      const saved = action.onNewest && state.saved?.key === action.saved.key ? withSources(state.saved, sourcesChangeOf(action.saved)) : action.saved;
      const changes = action.rechecked ? (saved.changes ?? []) : [];
      const status: Message = !action.rechecked
        ? { key: 'check.done' }
        : changes.length > 0
          ? { key: 'review.status.recheckedChanges', params: { count: changes.length } }
          : { key: 'review.status.recheckedSame' };
      return {
        ...state,
        phase: 'ready',
        error: undefined,
        doc: action.doc,
        saved,
        rechecked: action.rechecked,
        status,
        itemNotice: null,
        filter: state.saved?.key === action.saved.key ? state.filter : 'all',
      };
    }
    case 'edit': {
      if (!state.saved) return state;
      const next = applyEdit(state.saved, action.edit, action.now);
      if (next === state.saved) return state;
      return { ...state, saved: next, status: editStatus(action.edit) ?? state.status };
    }
    case 'replace':
      if (!state.saved || state.saved.key !== action.saved.key) return state;
      return { ...state, saved: action.saved };
    case 'sources':
      if (!state.saved || state.saved.key !== action.change.key) return state;
      return { ...state, saved: withSources(state.saved, action.change) };
    case 'filter':
      return { ...state, filter: action.filter };
    case 'layout':
      return { ...state, layout: changeLayout(layoutOf(state), action.change) };
    case 'goToItem': {
      const item = state.saved?.automatic.items.find((it) => it.id === action.id);
      if (!state.saved || !item) return state;
      // A filter that hides the item makes way for all items.
      const hidden = !filterItems(state.saved, state.filter).some((it) => it.id === action.id);
      return {
        ...state,
        view: 'review',
        confirmDelete: null,
        filter: hidden ? 'all' : state.filter,
        layout: changeLayout(layoutOf(state), { op: 'goTo', id: action.id, theme: item.theme, close: action.close }),
      };
    }
    case 'status':
      return { ...state, status: action.status };
    case 'itemNotice':
      return { ...state, itemNotice: action.notice, status: action.notice ? action.notice.message : state.status };
    case 'list':
      return { ...state, list: action.list };
    case 'setAside':
      return { ...state, setAside: action.setAside };
    case 'open':
      return {
        ...state,
        view: 'review',
        phase: 'ready',
        error: undefined,
        saved: action.saved,
        doc: state.saved?.key === action.saved.key ? state.doc : undefined,
        rechecked: false,
        itemNotice: null,
        filter: 'all',
        storageNotice: null,
        status: { key: 'saved.status.opened', params: { title: action.saved.title || action.saved.url } },
      };
    case 'askDelete':
      return { ...state, confirmDelete: action.key };
    case 'deleted': {
      const shown = state.saved?.key === action.key;
      return {
        ...state,
        confirmDelete: null,
        list: state.list ? removeSummary(state.list, action.key) : state.list,
        saved: shown ? undefined : state.saved,
        doc: shown ? undefined : state.doc,
        phase: shown ? 'idle' : state.phase,
        rechecked: shown ? false : state.rechecked,
        status: { key: 'saved.status.deleted' },
      };
    }
    case 'importConflict':
      return { ...state, pendingImport: action.incoming, importMessage: null };
    case 'storageNotice':
      return { ...state, storageNotice: action.notice, status: action.notice ?? state.status };
    case 'importMessage':
      return {
        ...state,
        importMessage: action.message,
        pendingImport: null,
        // An error is shown in full (role="alert"); the status region only says it failed.
        status: action.message ? (action.message.kind === 'error' ? { key: 'saved.import.failedShort' } : action.message.message) : state.status,
      };
  }
}
