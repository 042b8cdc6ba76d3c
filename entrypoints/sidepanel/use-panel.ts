/**
 * The side panel's store hook: the pure reducer (panel-state.ts) plus the side effects that
 * feed it: following the active tab, reading and checking the page, highlighting quotes,
 * saving every change (debounced, flushed on pagehide), saved reviews, export and import.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { locChecklist } from '@/lib/checklist';
import type { Evidence } from '@/lib/check/types';
import type { ExtractedDocument } from '@/lib/extract/types';
import { documentProblems } from '@/lib/extract/problems';
import type { ErrorCode, QuoteSelector } from '@/lib/messages';
import type { Message, MessageKey } from '@/lib/i18n';
import {
  chosenFileUrl,
  createSavedReview,
  isFileKey,
  isSameDocument,
  numberedFileName,
  exportReview,
  importConflict,
  normaliseUrl,
  parseReviewImport,
  recheck,
  reviewFileName,
  showTarget,
  sourceWithUrl,
  type OwnEvidence,
  type SavedReview,
} from '@/lib/review';
import { saveFile } from '@/components/save-file';
import type { SaveState } from '@/components/review/ReviewHeader';
import { initialState, isTyping, reducer, type Action, type Edit, type PanelState, type View } from './panel-state';
import { createSaveQueue } from './save-queue';
import { deleteReview, isQuotaError, listReviews, prepare, readReview, writeReview, type ReadResult } from './review-store';
import { activeTab, askTab, ensureContentScript, followActiveTab, panelWindowId } from './tab-client';
import { deleteSourceDocs, recheckSource } from './source-docs';
import { showOutcomeNotice } from '@/lib/review/show-on-page';

export const ERROR_TEXT: Record<ErrorCode, MessageKey> = {
  restricted: 'error.restricted',
  pdf: 'error.pdf',
  file: 'error.file',
  noTab: 'error.noTab',
  noAccess: 'error.noAccess',
  failed: 'error.failed',
  fileType: 'error.fileType',
  fileTooBig: 'error.fileTooBig',
  fileDamaged: 'error.fileDamaged',
  filePassword: 'error.filePassword',
  fileFailed: 'error.fileFailed',
};

export interface PanelActions {
  check(): Promise<void>;
  /** Check a file the user chose (a PDF, a saved web page, a text file) instead of the tab. */
  checkFile(file: File): Promise<void>;
  edit(edit: Edit): void;
  replace(saved: SavedReview): void;
  setView(view: View): void;
  setFilter(filter: PanelState['filter']): void;
  showOnPage(itemId: string, quotes: (Evidence | OwnEvidence)[]): Promise<void>;
  clearMarks(): Promise<void>;
  addSelection(itemId: string): Promise<void>;
  exportShown(): void;
  exportSaved(key: string): Promise<void>;
  open(key: string): Promise<void>;
  askDelete(key: string | null): void;
  remove(key: string): Promise<void>;
  importFile(file: File): Promise<void>;
  confirmImport(overwrite: boolean): Promise<void>;
  /** "Probeer opnieuw op te slaan": write again what could not be written. */
  retrySave(): Promise<void>;
}

const nextFrame = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

function toSelector(e: Evidence | OwnEvidence): QuoteSelector {
  return { quote: e.quote, prefix: e.prefix, suffix: e.suffix };
}

export function usePanel(): { state: PanelState; saveState: SaveState; actions: PanelActions } {
  const [state, dispatch] = useReducer(reducer, initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  /** The review as last handed to storage (so loading a review does not write it back). */
  const persisted = useRef<SavedReview | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  /**
   * Reviews whose last write failed (storage full, or another fault), by key: kept until a write
   * succeeds, written again with the next change, on "Probeer opnieuw op te slaan" and when the
   * panel closes, and shown instead of the older stored version when the review is opened again.
   */
  const unsaved = useRef(new Map<string, SavedReview>());

  const queue = useMemo(
    () =>
      createSaveQueue<SavedReview>(
        async (key, saved) => {
          try {
            await writeReview(saved);
            if (unsaved.current.get(key) === saved) unsaved.current.delete(key);
          } catch (error) {
            // Keep the newest version (a later one may be waiting in the queue already).
            const newer = unsaved.current.get(key);
            if (!newer || newer.updatedAt <= saved.updatedAt) unsaved.current.set(key, saved);
            // The shown review counts as not handed over: closing the panel or the next change writes it again.
            if (persisted.current === saved) persisted.current = undefined;
            setSaveState(isQuotaError(error) ? 'full' : 'error');
            throw error;
          }
        },
        {
          onBusy: () => setSaveState('saving'),
          onIdle: () => setSaveState((s) => (unsaved.current.size > 0 && (s === 'error' || s === 'full') ? s : unsaved.current.size > 0 ? 'error' : 'saved')),
          onError: (error) => console.error('Regiovisie-toets: saving failed', error),
        },
      ),
    [],
  );

  /** A choice (a verdict, "Klopt", an own passage) was made: write it at once, not after the typing delay. */
  const writeNow = useRef(false);

  /** Hand the shown review to the save queue if it changed since it was last handed over. */
  function scheduleShown(): void {
    const saved = stateRef.current.saved;
    if (!saved || saved === persisted.current) return;
    persisted.current = saved;
    setSaveState((s) => (s === 'error' || s === 'full' ? 'saving' : s));
    scheduleUnsaved(saved.key);
    queue.schedule(saved.key, saved);
    // Firefox drops writes started while the panel closes, so a choice does not wait for the
    // delay that only exists to gather keystrokes.
    if (writeNow.current) {
      writeNow.current = false;
      void queue.flush();
    }
  }

  /** Hand every review whose write failed to the queue again (except `except`: a newer version follows). */
  function scheduleUnsaved(except?: string): void {
    for (const [key, saved] of unsaved.current) if (key !== except) queue.schedule(key, saved);
  }

  /** The review to show for a key: one that could not be written yet wins over the stored one. */
  async function readLatest(key: string): Promise<ReadResult> {
    const pending = unsaved.current.get(key);
    if (pending) return { ok: true, saved: pending };
    const read = await readReview(key);
    if (!read.ok && read.setAside) {
      // The damaged review was moved aside: say so where the user is, and keep the list right.
      const message = { key: 'storedError.setAside' as const, params: { address: key, detail: read.error } };
      dispatch({ type: 'storageNotice', notice: message });
      if (stateRef.current.list) void refreshList();
    }
    return read;
  }

  // Every change to the shown review is saved (debounced); leaving the page flushes at once.
  // A layout effect runs right after the render, not after the next paint: a panel closed
  // straight after a keystroke may never paint again.
  useLayoutEffect(scheduleShown, [state.saved]);

  useEffect(() => {
    // Also pick up a change whose render is done but whose effect has not run yet.
    const flush = () => {
      scheduleShown();
      scheduleUnsaved();
      void queue.flush();
    };
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      flush(); // the panel is taken down (unmounted) without a pagehide: write what is pending
    };
  }, []);

  async function refreshList() {
    dispatch({ type: 'list', list: await listReviews() });
  }

  /** Each call to followTab gets a number; only the latest may change the state (tab events can overtake each other). */
  const followSeq = useRef(0);

  /**
   * Show the saved review of the tab that is active now, or the start screen when there is none
   * or its URL is unknown. Tab events arrive out of order (a late
   * "complete" of a tab the user already left), so every event asks which tab is active
   * instead of trusting the event's tab id.
   */
  async function followTab() {
    const seq = ++followSeq.current;
    const stale = () => seq !== followSeq.current;
    const tab = await activeTab();
    if (stale()) return;
    if (!tab) {
      dispatch({ type: 'tab', tab: null });
      return;
    }
    dispatch({ type: 'tab', tab: { id: tab.id, url: tab.url } });
    const current = stateRef.current.saved;
    // A chosen file's review belongs to no tab: it stays, and the tab's own review is not read.
    // So does a review of several sources while the tab shows one of its pages.
    if (current && (isFileKey(current.key) || (current.sources.length > 1 && tab.url && sourceWithUrl(current, tab.url)))) return;
    const key = tab.url ? normaliseUrl(tab.url) : '';
    if (current && key !== '' && current.key === key) {
      dispatch({ type: 'tabReview', tabId: tab.id, saved: current });
      return;
    }
    await queue.flush();
    const read = await readLatest(key).catch(() => ({ ok: true as const, saved: undefined }));
    if (stale()) return;
    const saved = read.ok ? read.saved : undefined;
    if (saved) {
      await prepare(saved.key);
      if (stale()) return;
      persisted.current = saved;
    }
    dispatch({ type: 'tabReview', tabId: tab.id, saved });
  }

  useEffect(() => {
    let windowId: number | undefined;
    void panelWindowId().then((id) => (windowId = id));
    // The list of saved reviews is read when the "Opgeslagen" view opens (setView), not here.
    void followTab();
    return followActiveTab(
      () => void followTab(),
      () => windowId,
      () => stateRef.current.tab?.id,
    );
  }, []);

  /** What a check read: a document to analyse and where it came from, or why it failed. */
  type Read = Document | Extract<Action, { type: 'checkFailed' }>;
  /** A document read for a check; `fileName` for a file the user chose (it has no address). */
  type Document = { doc: ExtractedDocument; url: string; title: string; fileName?: string };

  async function check(): Promise<void> {
    return runCheck(readTab, 'failed');
  }

  async function checkFile(file: File): Promise<void> {
    return runCheck(async () => {
      // Readability and pdf.js are loaded when a file is chosen, not with the panel.
      const { readChosenFile } = await import('./file-reader');
      const result = await readChosenFile(file);
      if (!result.ok) {
        if (result.detail) console.error('Regiovisie-toets: reading the file failed', result.detail);
        return { type: 'checkFailed', error: result.error };
      }
      // Keyed by the file's name, also for a text file that names its web source: the review
      // belongs to this file, not to a tab.
      return { doc: result.value, url: chosenFileUrl(file.name), title: result.value.title || file.name, fileName: file.name };
    }, 'fileFailed');
  }

  async function runCheck(read: () => Promise<Read>, failure: ErrorCode): Promise<void> {
    // A tab lookup still under way (the panel's first one, say) answers for the time before
    // this check: its answer must not replace what the check shows.
    const since = ++followSeq.current;
    dispatch({ type: 'checkStart' });
    let outcome: Extract<Action, { type: 'checked' | 'checkFailed' }>;
    try {
      const input = await read();
      outcome = 'doc' in input ? await analyseAndPrepare(input) : input;
    } catch (error) {
      // Never leave the panel busy: an unexpected failure is still an answer.
      console.error('Regiovisie-toets: the check failed', error);
      outcome = { type: 'checkFailed', error: failure };
    }
    // A lookup that started during the check (a tab event) read storage before the check wrote
    // its review: it is stale too. The tab is looked up again once the review is stored.
    const tabMoved = followSeq.current !== since;
    followSeq.current++;
    dispatch(outcome);
    if (outcome.type === 'checked' && outcome.saved) {
      queue.schedule(outcome.saved.key, outcome.saved);
      await queue.flush();
      await refreshList();
    }
    if (tabMoved) void followTab();
  }

  /** Read the active tab's page through the content script. */
  async function readTab(): Promise<Read> {
    const tab = await activeTab();
    if (!tab) return { type: 'checkFailed', error: 'noTab' };
    dispatch({ type: 'tab', tab: { id: tab.id, url: tab.url } });
    const injected = await ensureContentScript(tab.id, tab.url);
    if (!injected.ok) return { type: 'checkFailed', error: injected.error };
    const result = await askTab(tab.id, { type: 'extract' });
    if (!result.ok) return { type: 'checkFailed', error: result.error };
    const doc = result.value;
    const url = doc.url || tab.url || '';
    dispatch({ type: 'tab', tab: { id: tab.id, url } });
    return { doc, url, title: doc.title || tab.title || url };
  }

  /** Analyse what was read and make its review (new, or a re-check of the stored one). */
  async function analyseAndPrepare({ doc, url, title, fileName }: Document): Promise<Extract<Action, { type: 'checked' }>> {
    if (documentProblems(doc).includes('empty')) return { type: 'checked', doc, saved: undefined, rechecked: false };
    dispatch({ type: 'analysing' });
    await nextFrame(); // let "Bezig met controleren…" show before the (synchronous) analysis
    // The analyzer is loaded on the first check, not with the panel: showing saved reviews does not need it.
    const { analyze } = await import('@/lib/check');
    const review = analyze(doc, locChecklist);
    await queue.flush();
    let existing = await storedReview(url);
    if (fileName !== undefined) {
      // Another file with the same name ("download.pdf") gets its own review, "download (2).pdf".
      for (let n = 2; existing && !isSameDocument(existing, doc) && n < 100; n++) {
        url = chosenFileUrl(numberedFileName(fileName, n));
        existing = await storedReview(url);
      }
    }
    const now = new Date();
    // A review of several sources is re-checked over all of them (issue 10).
    const saved = existing ? (existing.sources.length > 1 ? await recheckSource(existing, doc, url, now) : recheck(existing, review, now).saved) : createSavedReview(review, now, url, title);
    await prepare(saved.key);
    persisted.current = saved;
    return { type: 'checked', doc, saved, rechecked: existing !== undefined };
  }

  /** The review stored for an address: the shown one if it is that, else from storage (none if unreadable). */
  async function storedReview(url: string): Promise<SavedReview | undefined> {
    const key = normaliseUrl(url);
    const current = stateRef.current.saved;
    if (current?.key === key) return current;
    const read = await readLatest(key).catch(() => ({ ok: false as const, error: '' }));
    return read.ok ? read.saved : undefined;
  }

  async function readyTab(itemId: string): Promise<{ id: number } | null> {
    const notice = (key: MessageKey, params?: Record<string, string>, kind: 'error' | 'warning' = 'error') =>
      dispatch({ type: 'itemNotice', notice: { itemId, kind, message: { key, params } } });
    const tab = await activeTab();
    if (!tab) {
      notice('error.noTab');
      return null;
    }
    const saved = stateRef.current.saved;
    // A review of several sources: the tab may show any of its pages (showOnPage picks the quotes of that page).
    if (saved && tab.url && normaliseUrl(tab.url) !== saved.key && !(saved.sources.length > 1 && sourceWithUrl(saved, tab.url))) {
      notice('review.show.otherPage', { url: saved.url }, 'warning');
      return null;
    }
    const injected = await ensureContentScript(tab.id, tab.url);
    if (!injected.ok) {
      notice(ERROR_TEXT[injected.error]);
      return null;
    }
    return tab;
  }

  async function showOnPage(itemId: string, all: (Evidence | OwnEvidence)[]) {
    const tab = await readyTab(itemId);
    if (!tab) return;
    // Of a review of several sources, only the quotes of the page in this tab can be shown; for the others, say where they are.
    const saved = stateRef.current.saved;
    const several = saved && saved.sources.length > 1 ? saved : undefined;
    const tabUrl = several ? (await activeTab())?.url : undefined;
    const targets = all.map((q) => (several ? showTarget(several, q, tabUrl) : { ok: true as const }));
    const quotes = all.filter((_, i) => targets[i]!.ok);
    const elsewhere = targets.find((x) => !x.ok);
    if (quotes.length === 0 && elsewhere && !elsewhere.ok) return dispatch({ type: 'itemNotice', notice: { itemId, kind: 'warning', message: elsewhere.message } });
    const r = await askTab(tab.id, { type: 'highlight', quotes: quotes.map(toSelector), scroll: true });
    if (!r.ok) return dispatch({ type: 'itemNotice', notice: { itemId, kind: 'error', message: { key: ERROR_TEXT[r.error] } } });
    // The wording (also for quotes left in a closed part of the page) is decided in lib/review/show-on-page.
    dispatch({ type: 'itemNotice', notice: { itemId, ...showOutcomeNotice(r.value, quotes.map((q) => q.quote)) } });
  }

  async function clearMarks() {
    const tab = await activeTab();
    if (tab) {
      // Only where the script already runs; injecting it just to clear nothing is pointless.
      await askTab(tab.id, { type: 'clearHighlights' });
    }
    dispatch({ type: 'itemNotice', notice: null });
    dispatch({ type: 'status', status: { key: 'review.status.cleared' } });
  }

  async function addSelection(itemId: string) {
    const tab = await readyTab(itemId);
    if (!tab) return;
    const r = await askTab(tab.id, { type: 'getSelection' });
    if (!r.ok) {
      dispatch({ type: 'itemNotice', notice: { itemId, kind: 'error', message: { key: ERROR_TEXT[r.error] } } });
      return;
    }
    if (!r.value) {
      dispatch({ type: 'itemNotice', notice: { itemId, kind: 'warning', message: { key: 'review.own.noSelection' } } });
      return;
    }
    const { quote, prefix = '', suffix = '', heading } = r.value;
    // A review of several sources: the passage is from the source whose page is in the tab.
    const shown = stateRef.current.saved;
    const tabUrl = shown && shown.sources.length > 1 ? (await activeTab())?.url : undefined;
    const source = shown && tabUrl ? sourceWithUrl(shown, tabUrl)?.id : undefined;
    dispatch({ type: 'itemNotice', notice: null });
    dispatch({
      type: 'edit',
      now: new Date(),
      edit: { op: 'addOwn', id: itemId, evidence: { quote, prefix, suffix, block: '', ...(heading ? { heading } : {}), ...(source ? { source } : {}) } },
    });
  }

  function download(saved: SavedReview) {
    const now = new Date();
    const name = reviewFileName(saved, now);
    saveFile(new Blob([exportReview(saved, now)], { type: 'application/json' }), name);
    dispatch({ type: 'status', status: { key: 'review.status.exported', params: { name } } });
  }

  async function loadSaved(key: string): Promise<SavedReview | undefined> {
    await queue.flush();
    const current = stateRef.current.saved;
    if (current?.key === key) return current;
    const read = await readLatest(key);
    if (!read.ok) {
      const message: Message = read.setAside
        ? { key: 'storedError.setAside', params: { address: key, detail: read.error } }
        : { key: 'saved.readError', params: { detail: read.error } };
      dispatch({ type: 'importMessage', message: { kind: 'error', message } });
      await refreshList();
      return undefined;
    }
    return read.saved;
  }

  async function storeImported(review: SavedReview) {
    queue.cancel(review.key);
    await prepare(review.key);
    try {
      await writeReview(review);
    } catch (error) {
      console.error('Regiovisie-toets: storing an imported review failed', error);
      const key = isQuotaError(error) ? 'saved.import.full' : 'saved.import.writeFailed';
      dispatch({ type: 'importMessage', message: { kind: 'error', message: { key } } });
      return;
    }
    unsaved.current.delete(review.key);
    if (stateRef.current.saved?.key === review.key) {
      persisted.current = review;
      dispatch({ type: 'replace', saved: review });
    }
    dispatch({
      type: 'importMessage',
      message: { kind: 'info', message: { key: 'saved.import.done', params: { title: review.title || review.url } } },
    });
    await refreshList();
  }

  const actions: PanelActions = {
    check,
    checkFile,
    edit: (edit) => {
      if (!isTyping(edit)) writeNow.current = true;
      dispatch({ type: 'edit', edit, now: new Date() });
    },
    replace: (saved) => dispatch({ type: 'replace', saved }),
    setView: (view) => {
      dispatch({ type: 'view', view });
      if (view === 'saved') void queue.flush().then(refreshList);
    },
    setFilter: (filter) => dispatch({ type: 'filter', filter }),
    showOnPage,
    clearMarks,
    addSelection,
    exportShown: () => stateRef.current.saved && download(stateRef.current.saved),
    exportSaved: async (key) => {
      const saved = await loadSaved(key);
      if (saved) download(saved);
    },
    open: async (key) => {
      const saved = await loadSaved(key);
      if (!saved) return;
      await prepare(saved.key);
      persisted.current = saved;
      followSeq.current++; // the user chose this review: a late tab lookup must not replace it
      dispatch({ type: 'open', saved });
    },
    askDelete: (key) => dispatch({ type: 'askDelete', key }),
    remove: async (key) => {
      queue.cancel(key);
      unsaved.current.delete(key);
      await deleteReview(key);
      await deleteSourceDocs(key);
      dispatch({ type: 'deleted', key });
      await refreshList();
      // Deleting made room: write at once what could not be written before.
      if (unsaved.current.size > 0) await actions.retrySave();
    },
    retrySave: async () => {
      persisted.current = undefined;
      scheduleShown();
      scheduleUnsaved();
      await queue.flush();
      if (stateRef.current.view === 'saved') await refreshList();
    },
    importFile: async (file) => {
      const parsed = parseReviewImport(await file.text());
      if (!parsed.ok) {
        dispatch({ type: 'importMessage', message: { kind: 'error', message: parsed.error } });
        return;
      }
      await queue.flush();
      const read = await readLatest(parsed.review.key);
      const existing = read.ok ? read.saved : undefined;
      const conflict = importConflict(existing, parsed.review);
      if (conflict === 'same') {
        dispatch({ type: 'importMessage', message: { kind: 'info', message: { key: 'saved.import.same' } } });
      } else if (conflict === 'overwrite' || !read.ok) {
        // A damaged stored review is also replaced only after asking.
        dispatch({ type: 'importConflict', incoming: parsed.review });
      } else {
        await storeImported(parsed.review);
      }
    },
    confirmImport: async (overwrite) => {
      const incoming = stateRef.current.pendingImport;
      if (!incoming) return;
      if (!overwrite) {
        dispatch({ type: 'importMessage', message: { kind: 'info', message: { key: 'saved.import.cancelled' } } });
        return;
      }
      await storeImported(incoming);
    },
  };

  return { state, saveState, actions };
}
