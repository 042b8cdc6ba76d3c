/**
 * Working on the shown review: edits (verdict, "Klopt", toelichting, notes, own passages), the
 * filter, and the page requests of an item ("Toon op pagina", "Voeg selectie toe").
 */
import type { Evidence } from '@/lib/check/types';
import type { QuoteSelector } from '@/lib/messages';
import type { MessageKey } from '@/lib/i18n';
import { ERROR_TEXT, isOtherPage, showTarget, sourceWithUrl, type OwnEvidence } from '@/lib/review';
import { isTyping, type Edit, type ItemNotice } from '@/lib/review/panel-state';
import type { ReviewEditingActions } from '@/components/panel-api';
import type { PanelCore } from './panel-core';
import type { Saving } from './use-saving';
import { showOutcomeNotice } from '@/lib/review/show-on-page';

function toSelector(e: Evidence | OwnEvidence): QuoteSelector {
  return { quote: e.quote, prefix: e.prefix, suffix: e.suffix };
}

export function useReviewEditing(core: PanelCore, saving: Saving): ReviewEditingActions {
  const { stateRef, dispatch, services } = core;
  const { tabs } = services;

  const itemNotice = (itemId: string, kind: ItemNotice['kind'], key: MessageKey, params?: Record<string, string>) =>
    dispatch({ type: 'itemNotice', notice: { itemId, kind, message: { key, params } } });

  /** The active tab, when it shows the review's page and the content script runs there; else a notice at the item. */
  async function readyTab(itemId: string): Promise<{ id: number; url?: string } | null> {
    const tab = await tabs.activeTab();
    if (!tab) {
      itemNotice(itemId, 'error', 'error.noTab');
      return null;
    }
    const saved = stateRef.current.saved;
    // A review of several sources: the tab may show any of its pages (showOnPage picks that page's quotes).
    if (saved && isOtherPage(tab.url, saved)) {
      itemNotice(itemId, 'warning', 'review.show.otherPage', { url: saved.url });
      return null;
    }
    const injected = await tabs.ensureContentScript(tab.id, tab.url);
    if (!injected.ok) {
      itemNotice(itemId, 'error', ERROR_TEXT[injected.error]);
      return null;
    }
    return tab;
  }

  /** A change to the review; a choice (not typing) is written at once, not after the typing delay. */
  function edit(change: Edit): void {
    if (!isTyping(change)) saving.writeNextNow();
    dispatch({ type: 'edit', edit: change, now: new Date() });
  }

  return {
    edit,
    replace: (next) => dispatch('decisions' in next ? { type: 'replace', saved: next } : { type: 'sources', change: next }),
    setFilter: (filter) => dispatch({ type: 'filter', filter }),
    layout: (change) => dispatch({ type: 'layout', change }),
    goToItem: (id, close) => dispatch({ type: 'goToItem', id, close }),
    async showOnPage(itemId, all) {
      const tab = await readyTab(itemId);
      if (!tab) return;
      // Of a review of several sources only the quotes of the page in this tab can be shown; for the others, say where they are.
      const saved = stateRef.current.saved;
      const several = saved && saved.sources.length > 1 ? saved : undefined;
      const targets = all.map((q) => (several ? showTarget(several, q, tab.url) : { ok: true as const }));
      const quotes = all.filter((_, i) => targets[i]!.ok);
      const elsewhere = targets.find((x) => !x.ok);
      if (quotes.length === 0 && elsewhere && !elsewhere.ok) return dispatch({ type: 'itemNotice', notice: { itemId, kind: 'warning', message: elsewhere.message } });
      const r = await tabs.askTab(tab.id, { type: 'highlight', quotes: quotes.map(toSelector), scroll: true });
      if (!r.ok) return itemNotice(itemId, 'error', ERROR_TEXT[r.error]);
      // the wording (also for quotes left in a closed part of the page) is decided in lib/review/show-on-page
      dispatch({ type: 'itemNotice', notice: { itemId, ...showOutcomeNotice(r.value, quotes.map((q) => q.quote)) } });
    },
    async clearMarks() {
      const tab = await tabs.activeTab();
      if (tab) {
        // Only where the script already runs; injecting it just to clear nothing is pointless.
        await tabs.askTab(tab.id, { type: 'clearHighlights' });
      }
      dispatch({ type: 'itemNotice', notice: null });
      dispatch({ type: 'status', status: { key: 'review.status.cleared' } });
    },
    async addSelection(itemId) {
      const tab = await readyTab(itemId);
      if (!tab) return;
      const r = await tabs.askTab(tab.id, { type: 'getSelection' });
      if (!r.ok) return itemNotice(itemId, 'error', ERROR_TEXT[r.error]);
      if (!r.value) return itemNotice(itemId, 'warning', 'review.own.noSelection');
      const { quote, prefix = '', suffix = '', heading } = r.value;
      // A review of several sources: the passage is from the source whose page is in the tab.
      const shown = stateRef.current.saved;
      const source = shown && shown.sources.length > 1 && tab.url ? sourceWithUrl(shown, tab.url)?.id : undefined;
      dispatch({ type: 'itemNotice', notice: null });
      // through edit(): a choice, written at once like a verdict
      edit({ op: 'addOwn', id: itemId, evidence: { quote, prefix, suffix, block: '', ...(heading ? { heading } : {}), ...(source ? { source } : {}) } });
    },
  };
}
