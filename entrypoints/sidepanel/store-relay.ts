/**
 * Writing to storage.local so that closing the panel cannot undo it.
 *
 * Firefox writes storage.local in the panel's own process: one IndexedDB transaction per call,
 * queued behind any write still under way, that reads each value from the panel page while it
 * writes. When the sidebar closes, the page's objects are gone ("dead object") and a write that
 * has not finished is aborted. So a verdict chosen while the check's own save (with the page's
 * whole text) was still being written, and the panel closed at once, was lost, even though its
 * `set` started at once. A message is copied when it is sent and the background page stays
 * open: in Firefox the panel hands its writes to the background page, which writes them.
 * Chrome copies the values into its browser process when `set` is called, so there the panel
 * writes itself (its background is a service worker that may first have to start).
 */
import { browser } from 'wxt/browser';

/** Panel → background page: write these storage.local items in one `set` call. */
export interface StoreItemsMessage {
  type: 'storeItems';
  items: Record<string, unknown>;
}

/** The background page's answer: written, or the storage's own error message (a full storage says "quota"). */
export type StoreItemsReply = { ok: true } | { ok: false; message: string };

function isStoreItemsMessage(value: unknown): value is StoreItemsMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, items } = value as { type?: unknown; items?: unknown };
  return type === 'storeItems' && typeof items === 'object' && items !== null && !Array.isArray(items);
}

function isReply(value: unknown): value is StoreItemsReply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Write `items` in one storage.local call. The write is handed over before this returns its
 * promise (no await before it): call it synchronously on the way out (pagehide, a choice).
 * `viaBackground` is true in the Firefox build.
 */
export async function storeItems(items: Record<string, unknown>, viaBackground: boolean = import.meta.env.FIREFOX): Promise<void> {
  if (!viaBackground) return browser.storage.local.set(items);
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type: 'storeItems', items } satisfies StoreItemsMessage);
  } catch (error) {
    reply = undefined;
    console.warn('Regiovisie-toets: the background page did not take the save; the panel writes it itself', error);
  }
  // No answer (no background page to take it): write directly, as before.
  if (!isReply(reply)) return browser.storage.local.set(items);
  if (!reply.ok) throw new Error(reply.message);
}

/**
 * The background page's side: write what an extension page handed over. Only the extension's
 * own pages may ask (never a content script, which runs in a web page). Undefined for any other
 * message, so other listeners can answer it.
 */
export function answerStoreItems(message: unknown, sender: { id?: string; url?: string }): Promise<StoreItemsReply> | undefined {
  if (!isStoreItemsMessage(message)) return undefined;
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
  return browser.storage.local.set(message.items).then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }) as const,
  );
}
