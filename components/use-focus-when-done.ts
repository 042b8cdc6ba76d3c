import { useEffect, useRef } from 'preact/hooks';

/**
 * Keep the keyboard focus when work the user started (a check) disables the control they
 * used: once `busy` ends, focus goes to `target()` (the result's heading, say). Returns the
 * function to call when the user starts the work; work started otherwise moves no focus.
 */
export function useFocusWhenDone(busy: boolean, target: () => HTMLElement | null | undefined): () => void {
  const started = useRef(false);
  useEffect(() => {
    if (busy || !started.current) return;
    started.current = false;
    target()?.focus();
  }, [busy]);
  return () => {
    started.current = true;
  };
}
