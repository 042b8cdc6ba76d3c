import { browser } from 'wxt/browser';
import type { ExtractedDocument } from '@/lib/extract/types';
import { classifyTabUrl, type ContentMessage, type ContentRequests, type ErrorCode, type Result } from '@/lib/messages';
import { extractInWorker } from './check-client';

/** The tab the panel works on: the active tab of the panel's window. */
export async function activeTab(): Promise<{ id: number; url?: string; title?: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url, title: tab.title };
}

/** Map the browser's injection errors to something we can explain to the user. */
function injectionError(message: string): ErrorCode {
  const m = message.toLowerCase();
  if (m.includes('chrome://') || m.includes('extensions gallery') || m.includes('cannot be scripted') || m.includes('edge://') || m.includes('about:')) return 'restricted';
  if (m.includes('file://') || m.includes('file:')) return 'file';
  if (m.includes('pdf')) return 'pdf';
  if (m.includes('permission') || m.includes('cannot access') || m.includes('missing host')) return 'noAccess';
  if (m.includes('no tab')) return 'noTab';
  return 'failed';
}

/** Inject the content script (once per page; it ignores a second injection). */
export async function ensureContentScript(tabId: number, url: string | undefined): Promise<Result<null>> {
  const known = classifyTabUrl(url);
  if (known && known !== 'noAccess') return { ok: false, error: known };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return { ok: true, value: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: injectionError(message), detail: message };
  }
}

/** Send a typed request to the content script of a tab. */
export async function askTab<K extends keyof ContentRequests>(
  tabId: number,
  message: { type: K } & ContentRequests[K]['request'],
): Promise<ContentRequests[K]['response']> {
  try {
    const response = (await browser.tabs.sendMessage(tabId, message as ContentMessage)) as ContentRequests[K]['response'] | undefined;
    return response ?? ({ ok: false, error: 'failed', detail: 'no response' } as ContentRequests[K]['response']);
  } catch (error) {
    return { ok: false, error: 'failed', detail: error instanceof Error ? error.message : String(error) } as ContentRequests[K]['response'];
  }
}

/**
 * Read the text of a tab's page: the content script copies the page in one go (a snapshot of
 * its DOM), and the text is read from that copy in the panel's worker. `onCopied` is called
 * between the two steps (to show progress).
 */
export async function readTabDocument(tabId: number, onCopied: () => void = () => {}): Promise<Result<ExtractedDocument>> {
  const snapshot = await askTab(tabId, { type: 'snapshot' });
  if (!snapshot.ok) return snapshot;
  onCopied();
  return extractInWorker(snapshot.value);
}

/** The id of the window this panel belongs to (undefined when the browser does not say). */
export async function panelWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}

/**
 * Call `onChange(tabId)` when the active tab of the panel's window changes, or when that tab
 * loads a new page (status "complete" or a new URL). Returns a function that stops listening.
 */
export function followActiveTab(onChange: () => void, windowId: () => number | undefined, currentTabId: () => number | undefined): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    const mine = windowId();
    if (mine === undefined || info.windowId === mine) onChange();
  };
  const updated = (tabId: number, change: { status?: string; url?: string }) => {
    if (tabId !== currentTabId()) return;
    if (change.status === 'complete' || change.url !== undefined) onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
