import { browser } from 'wxt/browser';
import { classifyTabUrl, type ContentMessage, type ContentRequests, type ErrorCode, type Result } from '@/lib/messages';

/** The tab the panel works on: the active tab of the panel's window. */
export async function activeTab(): Promise<{ id: number; url?: string; title?: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url, title: tab.title };
}

/** Map the browser's injection errors to something we can explain to the user. */
export function injectionError(message: string): ErrorCode {
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
