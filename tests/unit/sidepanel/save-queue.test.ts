import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue, SAVE_DELAY_MS } from '@/entrypoints/sidepanel/save-queue';

describe('save queue (debounced saving)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at most the delay after the last change, with the newest value only', async () => {
    expect(SAVE_DELAY_MS).toBeLessThanOrEqual(300);
    const writes: [string, number][] = [];
    const q = createSaveQueue<number>(async (k, v) => void writes.push([k, v]));
    q.schedule('a', 1);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 10);
    q.schedule('a', 2);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 10);
    expect(writes).toEqual([]);
    expect(q.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(20);
    expect(writes).toEqual([['a', 2]]);
    expect(q.busy).toBe(false);
  });

  it('keeps the newest value per key and flushes all keys at once', async () => {
    const writes: [string, string][] = [];
    const q = createSaveQueue<string>(async (k, v) => void writes.push([k, v]));
    q.schedule('a', 'a1');
    q.schedule('b', 'b1');
    q.schedule('a', 'a2');
    await q.flush();
    expect(writes.sort()).toEqual([
      ['a', 'a2'],
      ['b', 'b1'],
    ]);
    // Nothing is written twice: the timer was cleared by the flush.
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(writes).toHaveLength(2);
  });

  it('starts the writes synchronously on flush (the page may be gone a moment later)', () => {
    const started: string[] = [];
    const q = createSaveQueue<string>((k) => {
      started.push(k);
      return new Promise(() => undefined);
    });
    q.schedule('a', 'x');
    void q.flush();
    expect(started).toEqual(['a']);
  });

  it('drops a cancelled key', async () => {
    const writes: string[] = [];
    const q = createSaveQueue<string>(async (k) => void writes.push(k));
    q.schedule('a', 'x');
    q.schedule('b', 'y');
    q.cancel('a');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes).toEqual(['b']);
  });

  it('reports busy and idle, and errors without losing later writes', async () => {
    const events: string[] = [];
    let fail = true;
    const writes: string[] = [];
    const q = createSaveQueue<string>(
      async (_k, v) => {
        if (fail) throw new Error('quota');
        writes.push(v);
      },
      { onBusy: () => events.push('busy'), onIdle: () => events.push('idle'), onError: () => events.push('error') },
    );
    q.schedule('a', 'first');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(events).toEqual(['busy', 'error', 'idle']);
    fail = false;
    q.schedule('a', 'second');
    await q.flush();
    expect(writes).toEqual(['second']);
    expect(events).toEqual(['busy', 'error', 'idle', 'busy', 'idle']);
  });
});
