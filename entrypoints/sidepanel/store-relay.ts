/**
 * Writing to storage.local so that closing the panel cannot undo it, in the order asked.
 *
 * Firefox writes storage.local in the panel's own process: one IndexedDB transaction per call,
 * queued behind any write still under way, that reads each value from the panel page while it
 * writes. When the sidebar closes, the page's objects are gone ("dead object") and a write that
 * has not finished is aborted. So a verdict chosen while the check's own save (with the page's
 * whole text) was still being written, and the panel closed at once, was lost, even though its
 * `set` started at once. A message is copied when it is sent and the background page stays
 * open: in Firefox the panel hands its changes (writes and removals) to the background page,
 * which makes them. Chrome copies the values into its browser process when `set` is called, so
 * there the panel writes itself (its background is a service worker that may first have to start).
 *
 * Order: every change goes through one line (inOrder below), in the page that makes it: the
 * panel in Chrome, the background page in Firefox (messages of one page arrive in the order they
 * were sent, and the background page takes each in that order). So changes land in the order
 * they were handed over, whatever each one waits for.
 */
import { browser } from 'wxt/browser';

/** One change to storage.local: write `set` in one call, then remove `remove` (see applyChange). */
export interface StoreChange {
  set: Record<string, unknown>;
  remove?: string[];
}

/** Panel → background page: make this change. */
export interface StoreItemsMessage {
  type: 'storeItems';
  items: Record<string, unknown>;
  remove?: string[];
}

/** The background page's answer: written, or the storage's own error message (a full storage says "quota"). */
export type StoreItemsReply = { ok: true } | { ok: false; message: string };

function isStoreItemsMessage(value: unknown): value is StoreItemsMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, items, remove } = value as { type?: unknown; items?: unknown; remove?: unknown };
  if (remove !== undefined && !(Array.isArray(remove) && remove.every((k) => typeof k === 'string'))) return false;
  return type === 'storeItems' && typeof items === 'object' && items !== null && !Array.isArray(items);
}

function isReply(value: unknown): value is StoreItemsReply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Write first, remove only when that worked: a removal comes with the index without its entry
 * (or with the copy of data set aside), so an index entry never points to a review that is gone,
 * and nothing is removed when the write failed (a full storage).
 */
async function applyChange({ set, remove = [] }: StoreChange): Promise<void> {
  if (Object.keys(set).length > 0) await browser.storage.local.set(set);
  if (remove.length > 0) await browser.storage.local.remove(remove);
}

/** When every change given to inOrder so far has landed (or failed). */
let landed: Promise<unknown> = Promise.resolve();
/** Changes given to inOrder with a storage call not made yet: a removal waits for its write, a change in line for the ones before it. */
let holding = 0;

/**
 * Make the changes of this page in the order given. The storage takes its calls in the order
 * they are made, so a plain write starts at once (no await: safe when the page closes) unless a
 * change before it still has a call to make; then it waits for every change before it.
 */
function inOrder(change: StoreChange): Promise<void> {
  const atOnce = holding === 0 && !change.remove?.length;
  const done = atOnce ? applyChange(change) : landed.then(() => applyChange(change));
  const settled = done.catch(() => undefined);
  if (!atOnce) {
    holding++;
    void settled.then(() => holding--);
  }
  landed = Promise.all([landed, settled]);
  return done;
}

/**
 * Make `change` in storage.local. It is handed over before this returns its promise (no await
 * before it): call it synchronously on the way out (pagehide, a choice). Changes land in the
 * order they are handed over. `viaBackground` is true in the Firefox build.
 */
export async function storeItems(change: StoreChange, viaBackground: boolean = import.meta.env.FIREFOX): Promise<void> {
  if (!viaBackground) return inOrder(change);
  const message: StoreItemsMessage = { type: 'storeItems', items: change.set };
  if (change.remove?.length) message.remove = change.remove;
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (error) {
    reply = undefined;
    console.warn('Regiovisie-toets: the background page did not take the save; the panel writes it itself', error);
  }
  // No answer (no background page to take it): make the change here, as before.
  if (!isReply(reply)) return inOrder(change);
  if (!reply.ok) throw new Error(reply.message);
}

/**
 * The background page's side: make the change an extension page handed over, after the ones
 * handed over before it. Only the extension's own pages may ask (never a content script, which
 * runs in a web page). Undefined for any other message, so other listeners can answer it.
 */
export function answerStoreItems(message: unknown, sender: { id?: string; url?: string }): Promise<StoreItemsReply> | undefined {
  if (!isStoreItemsMessage(message)) return undefined;
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
  return inOrder({ set: message.items, remove: message.remove }).then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }) as const,
  );
}
