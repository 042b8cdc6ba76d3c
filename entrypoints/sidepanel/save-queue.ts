/**
 * Debounced saving: every change is written at most `delay` ms later, the newest version per
 * review key wins, and `flush()` writes everything pending at once (on pagehide, on a tab
 * switch). Timers are injected so the queue can be tested without a browser.
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SaveQueue<T> {
  /** Remember `value` for `key` and write it after the delay (restarting the delay). */
  schedule(key: string, value: T): void;
  /** Write everything pending now. Resolves when the writes are done. */
  flush(): Promise<void>;
  /** Drop what is pending for `key` (e.g. the review was deleted). */
  cancel(key: string): void;
  /** True while something waits to be written or is being written. */
  readonly busy: boolean;
}

export const SAVE_DELAY_MS = 250;

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function createSaveQueue<T>(
  write: (key: string, value: T) => Promise<void>,
  options: { delay?: number; timers?: Timers; onError?: (error: unknown) => void; onIdle?: () => void; onBusy?: () => void } = {},
): SaveQueue<T> {
  const delay = options.delay ?? SAVE_DELAY_MS;
  const timers = options.timers ?? realTimers;
  const pending = new Map<string, T>();
  let timer: unknown = null;
  let writing = 0;

  const idleCheck = () => {
    if (pending.size === 0 && writing === 0) options.onIdle?.();
  };

  const flush = async (): Promise<void> => {
    if (timer !== null) {
      timers.clearTimeout(timer);
      timer = null;
    }
    const batch = [...pending.entries()];
    pending.clear();
    if (batch.length === 0) return;
    writing++;
    try {
      // Start every write synchronously (important on pagehide: the page may be gone soon).
      await Promise.all(
        batch.map(([key, value]) =>
          write(key, value).catch((error: unknown) => {
            options.onError?.(error);
          }),
        ),
      );
    } finally {
      writing--;
      idleCheck();
    }
  };

  return {
    schedule(key, value) {
      const wasIdle = pending.size === 0 && writing === 0;
      pending.set(key, value);
      if (wasIdle) options.onBusy?.();
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => {
        timer = null;
        void flush();
      }, delay);
    },
    flush,
    cancel(key) {
      pending.delete(key);
      if (pending.size === 0 && timer !== null) {
        timers.clearTimeout(timer);
        timer = null;
      }
      idleCheck();
    },
    get busy() {
      return pending.size > 0 || writing > 0;
    },
  };
}

/** True when a write failed because the browser's storage for the extension is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return typeof error === 'string' && /quota/i.test(error);
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota|storage (is )?full|NS_ERROR_DOM_QUOTA/i.test(message));
}
