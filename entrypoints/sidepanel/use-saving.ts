/**
 * Saving the panel's reviews: every change to the shown review goes to a debounced queue; a
 * choice is written at once; leaving the page (pagehide, hidden, unmount) writes what is
 * pending. Reviews whose write failed are kept in memory, written again with the next change
 * and on "Probeer opnieuw op te slaan", and win over the older stored version when read.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedReview } from '@/lib/review';
import type { SaveState } from '@/components/review/ReviewHeader';
import { createSaveQueue, isQuotaError, type SaveQueue } from './save-queue';
import type { ReadResult } from '@/lib/review/panel-state';
import { refreshList, type PanelCore } from './panel-core';

export interface Saving {
  saveState: SaveState;
  queue: SaveQueue<SavedReview>;
  /** The review to show for a key: one that could not be written yet wins over the stored one. */
  readLatest(key: string): Promise<ReadResult>;
  /** This review is what storage holds now: showing it must not write it back. */
  adopt(saved: SavedReview): void;
  /** A choice (a verdict, "Klopt", an own passage) was made: write it at once, not after the typing delay. */
  writeNextNow(): void;
  /** Forget what waits to be written for a key (the review was deleted, or replaced by an import). */
  forget(key: string): void;
  /** True while some review could not be written. */
  hasUnsaved(): boolean;
  /** "Probeer opnieuw op te slaan": write again what could not be written. */
  retrySave(): Promise<void>;
}

function isTextField(target: EventTarget | null): boolean {
  const tag = (target as Element | null)?.tagName;
  return tag === 'TEXTAREA' || tag === 'INPUT';
}

export function useSaving(core: PanelCore, shown: SavedReview | undefined): Saving {
  const { stateRef, dispatch, services } = core;
  /** The review as last handed to storage (so loading a review does not write it back). */
  const persisted = useRef<SavedReview | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  /**
   * Reviews whose last write failed (storage full, or another fault), by key: kept until a write
   * succeeds, written again with the next change, on "Probeer opnieuw op te slaan" and when the
   * panel closes, and shown instead of the older stored version when the review is opened again.
   */
  const unsaved = useRef(new Map<string, SavedReview>());
  const writeNow = useRef(false);

  const queue = useMemo(
    () =>
      createSaveQueue<SavedReview>(
        async (key, saved) => {
          try {
            await services.store.writeReview(saved);
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

  /** Hand the shown review to the save queue if it changed since it was last handed over. */
  function scheduleShown(): void {
    const saved = stateRef.current.saved;
    if (!saved || saved === persisted.current) return;
    persisted.current = saved;
    setSaveState((s) => (s === 'error' || s === 'full' ? 'saving' : s));
    scheduleUnsaved(saved.key);
    queue.schedule(saved.key, saved);
    // The sidebar may be closed at once after a choice (Firefox aborts the unfinished writes of a
    // closing panel; see store-relay.ts), so a choice does not wait for the delay that only
    // exists to gather keystrokes.
    if (writeNow.current) {
      writeNow.current = false;
      void queue.flush();
    }
  }

  /**
   * Hand every review whose write failed to the queue again (except `except`: a newer version
   * follows). Never one older than the shown review of that key: the newer one is being written
   * (a retry while that write is still under way must not overwrite it with the older version).
   */
  function scheduleUnsaved(except?: string): void {
    const shown = stateRef.current.saved;
    for (const [key, saved] of unsaved.current) {
      if (key === except || (shown?.key === key && shown.updatedAt > saved.updatedAt)) continue;
      queue.schedule(key, saved);
    }
  }

  // Every change to the shown review is saved (debounced); leaving the page flushes at once.
  // A layout effect runs right after the render, not after the next paint: a panel closed
  // straight after a keystroke may never paint again.
  useLayoutEffect(scheduleShown, [shown]);

  useEffect(() => {
    // Also pick up a change whose render is done but whose effect has not run yet.
    const flush = () => {
      scheduleShown();
      scheduleUnsaved();
      void queue.flush();
    };
    const hidden = () => document.visibilityState === 'hidden' && flush();
    // Leaving a text field (or the panel losing focus, as when Firefox's sidebar closes) writes
    // what was typed at once: the sidebar may be gone before the typing delay has passed.
    const leftField = (e: Event) => isTextField(e.target) && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', hidden);
    document.addEventListener('focusout', leftField);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', hidden);
      document.removeEventListener('focusout', leftField);
      flush(); // the panel is taken down (unmounted) without a pagehide: write what is pending
    };
  }, []);

  return {
    saveState,
    queue,
    async readLatest(key) {
      const pending = unsaved.current.get(key);
      if (pending) return { ok: true, saved: pending };
      const read = await services.store.readReview(key);
      if (!read.ok && read.setAside) {
        // The damaged review was moved aside: say so where the user is, and keep the list right.
        const message = { key: 'storedError.setAside' as const, params: { address: key, detail: read.error } };
        dispatch({ type: 'storageNotice', notice: message });
        if (stateRef.current.list) void refreshList(core);
      }
      return read;
    },
    adopt(saved) {
      persisted.current = saved;
    },
    writeNextNow() {
      writeNow.current = true;
    },
    forget(key) {
      queue.cancel(key);
      unsaved.current.delete(key);
    },
    hasUnsaved: () => unsaved.current.size > 0,
    async retrySave() {
      persisted.current = undefined;
      scheduleShown();
      scheduleUnsaved();
      await queue.flush();
      if (stateRef.current.view === 'saved') await refreshList(core);
    },
  };
}
