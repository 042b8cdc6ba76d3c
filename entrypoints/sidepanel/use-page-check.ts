/**
 * Checking a page or a chosen file, and following the active tab: the panel shows the saved
 * review of the tab that is active now. Decisions (re-check or new review, files that share a
 * name) are in lib/review/panel.ts; this hook gathers their inputs and dispatches the outcome.
 */
import { useEffect } from 'preact/hooks';
import type { ExtractedDocument } from '@/lib/extract/types';
import { documentProblems } from '@/lib/extract/problems';
import type { ErrorCode } from '@/lib/messages';
import { afterTabSwitch, checkedOverSources, chosenFileUrl, documentFigures, findFileReview, normaliseUrl, reviewAfterCheck, sourceWithUrl, tabReviewKey, type SavedReview } from '@/lib/review';
import type { Action } from '@/lib/review/panel-state';
import type { PageCheckActions } from '@/components/panel-api';
import { readActiveTab, refreshList, type PanelCore } from './panel-core';
import type { Saving } from './use-saving';
import { recheckSource } from './source-docs';

/** What a check read: a document to analyse and where it came from, or why it failed. */
type Read = ReadDocument | Extract<Action, { type: 'checkFailed' }>;
/** A document read for a check; `fileName` for a file the user chose (it has no address). */
type ReadDocument = { doc: ExtractedDocument; url: string; title: string; fileName?: string };

export function usePageCheck(core: PanelCore, saving: Saving): PageCheckActions {
  const { stateRef, dispatch, services, followSeq } = core;
  const { tabs, store } = services;

  /**
   * Show the saved review of the tab that is active now, or the start screen when there is none
   * or its URL is unknown. Tab events arrive out of order (a late
   * "complete" of a tab the user already left), so every event asks which tab is active
   * instead of trusting the event's tab id.
   */
  async function followTab() {
    const seq = ++followSeq.current;
    const stale = () => seq !== followSeq.current;
    const tab = await tabs.activeTab();
    if (stale()) return;
    if (!tab) {
      dispatch({ type: 'tab', tab: null });
      return;
    }
    dispatch({ type: 'tab', tab: { id: tab.id, url: tab.url } });
    const current = stateRef.current.saved;
    const step = afterTabSwitch(current, tab.url);
    if (step === 'keepFile') return;
    if (step === 'same') {
      dispatch({ type: 'tabReview', tabId: tab.id, saved: current });
      return;
    }
    await saving.queue.flush();
    const read = await saving.readLatest(tabReviewKey(tab.url)).catch(() => ({ ok: true as const, saved: undefined }));
    if (stale()) return;
    const saved = read.ok ? read.saved : undefined;
    if (saved) {
      await store.prepare(saved.key);
      if (stale()) return;
      saving.adopt(saved);
    }
    dispatch({ type: 'tabReview', tabId: tab.id, saved });
  }

  useEffect(() => {
    let windowId: number | undefined;
    void tabs.panelWindowId().then((id) => (windowId = id));
    // The list of saved reviews is read when the "Opgeslagen" view opens (setView), not here.
    void followTab();
    return tabs.followActiveTab(
      () => void followTab(),
      () => windowId,
      () => stateRef.current.tab?.id,
    );
  }, []);

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
    // A re-check put on the newest review (onNewest) is saved as every change to the shown review is.
    if (outcome.type === 'checked' && outcome.saved && !outcome.onNewest) {
      saving.queue.schedule(outcome.saved.key, outcome.saved);
      await saving.queue.flush();
      // the saved list is shown only under "Opgeslagen" (opening that view reads it)
      if (stateRef.current.view === 'saved') await refreshList(core);
    }
    if (tabMoved) void followTab();
  }

  /** Read the active tab's page through the content script. */
  async function readTab(): Promise<Read> {
    // the page is copied by the content script and read in the panel's worker
    const result = await readActiveTab(tabs, {
      tab: (tab) => dispatch({ type: 'tab', tab: { id: tab.id, url: tab.url } }),
      copied: () => dispatch({ type: 'readingText' }),
    });
    if (!result.ok) return { type: 'checkFailed', error: result.error };
    const { doc, tab } = result;
    const url = doc.url || tab.url || '';
    dispatch({ type: 'tab', tab: { id: tab.id, url } });
    return { doc, url, title: doc.title || tab.title || url };
  }

  /** Read a file the user chose. */
  async function readFile(file: File): Promise<Read> {
    const result = await services.readFile(file);
    if (!result.ok) {
      if (result.detail) console.error('Regiovisie-toets: reading the file failed', result.detail);
      return { type: 'checkFailed', error: result.error };
    }
    // Keyed by the file's name, also for a text file that names its web source: the review
    // belongs to this file, not to a tab.
    return { doc: result.value, url: chosenFileUrl(file.name), title: result.value.title || file.name, fileName: file.name };
  }

  /** Analyse what was read and make its review (new, or a re-check of the stored one). */
  async function analyseAndPrepare({ doc, url, title, fileName }: ReadDocument): Promise<Extract<Action, { type: 'checked' | 'checkFailed' }>> {
    if (documentProblems(doc).includes('empty')) return { type: 'checked', doc, saved: undefined, rechecked: false };
    dispatch({ type: 'analysing' });
    await saving.queue.flush();
    // A page or file that is one of the open review's sources is a re-check of that review.
    const open = stateRef.current.saved;
    const found =
      open && checkedOverSources(open) && sourceWithUrl(open, fileName ?? url)
        ? { url: fileName ?? url, existing: open }
        : fileName !== undefined
          ? await findFileReview(fileName, doc, storedReview)
          : { url, existing: await storedReview(url) };
    if (found.existing && checkedOverSources(found.existing)) {
      // A review of several sources is re-checked over all of them (issue 10), in one analysis;
      // what it finds is put on the newest version of the review (edits made meanwhile stay).
      const rechecked = await recheckSource(found.existing, doc, found.url, services.analyse, new Date());
      if (!rechecked.ok) return { type: 'checkFailed', error: 'failed', message: rechecked.message };
      await store.prepare(rechecked.saved.key);
      return { type: 'checked', doc, saved: rechecked.saved, rechecked: true, onNewest: true };
    }
    const analysed = await services.analyse(doc);
    if (!analysed.ok) {
      if (analysed.detail) console.error('Regiovisie-toets: checking the text failed', analysed.detail);
      return { type: 'checkFailed', error: analysed.error };
    }
    const { saved, rechecked } = reviewAfterCheck(found.existing, analysed.value, new Date(), found.url, title, documentFigures(doc));
    await store.prepare(saved.key);
    saving.adopt(saved);
    return { type: 'checked', doc, saved, rechecked };
  }

  /** The review stored for an address: the shown one if it is that, else from storage (none if unreadable). */
  async function storedReview(url: string): Promise<SavedReview | undefined> {
    const key = normaliseUrl(url);
    const current = stateRef.current.saved;
    if (current?.key === key) return current;
    const read = await saving.readLatest(key).catch(() => ({ ok: false as const, error: '' }));
    return read.ok ? read.saved : undefined;
  }

  return {
    check: () => runCheck(readTab, 'failed'),
    checkFile: (file) => runCheck(() => readFile(file), 'fileFailed'),
  };
}
