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
 * were sent, and the background page takes each in that order). So changes land as if made one
 * after the other in the order they were handed over, whatever each one waits for.
 */
import { browser } from 'wxt/browser';

/** One change to storage.local: write `set` in one call, then remove `remove` (see applyChange). */
export interface StoreChange {
  set: Record<string, unknown>;
  remove?: string[];
}

/** Panel → background page: make this change. */
export interface StoreItemsMessage extends StoreChange {
  type: 'storeItems';
}

/** The background page's answer: written, or the storage's own error message (a full storage says "quota"). */
export type StoreItemsReply = { ok: true } | { ok: false; message: string };

function isStoreItemsMessage(value: unknown): value is StoreItemsMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, set, remove } = value as { type?: unknown; set?: unknown; remove?: unknown };
  if (remove !== undefined && !(Array.isArray(remove) && remove.every((k) => typeof k === 'string'))) return false;
  return type === 'storeItems' && typeof set === 'object' && set !== null && !Array.isArray(set);
}

function isReply(value: unknown): value is StoreItemsReply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Per storage key: when the call that an earlier change still has to make for it (a write that
 * waits, or a removal, which waits for its own write) has been made. Only calls not made yet are
 * listed: the storage takes its calls in the order they are made, so one made already needs no wait.
 */
const unmade = new Map<string, Promise<unknown>>();

/** When every call not made yet for one of `keys` has been made (undefined: none, go at once). */
function callsMadeFor(keys: string[]): Promise<unknown> | undefined {
  const waits = keys.flatMap((key) => unmade.get(key) ?? []);
  return waits.length > 0 ? Promise.all(waits) : undefined;
}

/** `keys` have a call that is made when `made` settles. */
function holdUntil(keys: string[], made: Promise<unknown>): void {
  const settled = made.then(
    () => undefined,
    () => undefined,
  );
  for (const key of keys) unmade.set(key, settled);
  void settled.then(() => keys.forEach((key) => unmade.get(key) === settled && unmade.delete(key)));
}

/**
 * Make the changes of this page as if one after the other, in the order given, but with each
 * write's call made at once (no await before it): in Chrome a panel closed right after a choice
 * keeps only the calls already made, so no write may wait for an earlier one that is in flight.
 *
 * Write first, remove only when that worked: a removal comes with the index without its entry
 * (or with the copy of data set aside), so an index entry never points to a review that is gone,
 * and nothing is removed when the write failed (a full storage). A change waits only for the
 * calls not made yet of earlier changes on the same keys: a write of a key that an earlier
 * removal will remove (else that removal would undo it), and, after such a wait, any later
 * change on the same keys (the index is in every change: an older index must not land last).
 */
function inOrder({ set, remove = [] }: StoreChange): Promise<void> {
  const setKeys = Object.keys(set);
  const setWait = callsMadeFor(setKeys);
  const removeWait = callsMadeFor(remove);
  const write = (): Promise<void> => (setKeys.length > 0 ? browser.storage.local.set(set) : Promise.resolve());
  const written = setWait ? setWait.then(write) : write();
  if (setWait) holdUntil(setKeys, setWait);
  if (remove.length === 0) return written;
  const removing = Promise.all([written, removeWait]);
  const removed = removing.then(() => browser.storage.local.remove(remove));
  holdUntil(remove, removing); // made, or dropped because the write failed
  return removed;
}

/**
 * Make `change` in storage.local. It is handed over before this returns its promise (no await
 * before it): call it synchronously on the way out (pagehide, a choice). Changes land in the
 * order they are handed over. `viaBackground` is true in the Firefox build.
 */
export async function storeItems(change: StoreChange, viaBackground: boolean = import.meta.env.FIREFOX): Promise<void> {
  if (!viaBackground) return inOrder(change);
  const message: StoreItemsMessage = { type: 'storeItems', set: change.set };
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
  return inOrder(message).then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }) as const,
  );
}
