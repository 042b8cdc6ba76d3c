/**
 * The panel's client of the check worker: a worker that never answers ends in "te groot" after
 * the time limit (and is stopped), a worker that crashes ends in "failed", and the next request
 * starts a fresh worker. A fake Worker stands in for the browser's.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckReply, CheckRequest } from '@/entrypoints/sidepanel/check-work';

type Behaviour = 'silent' | 'crash' | 'answer';
let behaviour: Behaviour = 'answer';
const started: FakeWorker[] = [];

class FakeWorker extends EventTarget {
  terminated = false;
  constructor() {
    super();
    started.push(this);
  }
  postMessage(request: CheckRequest) {
    queueMicrotask(() => {
      if (behaviour === 'crash') {
        const error = new Event('error') as Event & { message: string };
        error.message = 'boom';
        this.dispatchEvent(error);
      } else if (behaviour === 'answer') {
        const reply: CheckReply = { ok: true, value: { ...(request as Extract<CheckRequest, { doc: unknown }>).doc } };
        this.dispatchEvent(Object.assign(new Event('message'), { data: reply }));
      }
    });
  }
  terminate() {
    this.terminated = true;
  }
}

beforeAll(() => void Object.assign(globalThis, { Worker: FakeWorker }));
afterAll(() => void delete (globalThis as { Worker?: unknown }).Worker);

const { analyseInWorker, CHECK_TIME_LIMIT_MS } = await import('@/entrypoints/sidepanel/check-client');
const doc = { title: 'T', url: 'u', language: 'nl', source: 'html', blocks: [], characters: 0, words: 0 } as const;

describe('the check worker client', () => {
  it('gives a worker that never answers up after the time limit, as a page too large', async () => {
    vi.useFakeTimers();
    behaviour = 'silent';
    const answer = analyseInWorker({ ...doc, blocks: [] });
    await vi.advanceTimersByTimeAsync(CHECK_TIME_LIMIT_MS - 1);
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toMatchObject({ ok: false, error: 'tooLarge' });
    expect(started.at(-1)!.terminated).toBe(true);
    vi.useRealTimers();
  });

  it('answers "failed" when the worker crashes, and starts a fresh worker for the next request', async () => {
    behaviour = 'crash';
    expect(await analyseInWorker({ ...doc, blocks: [] })).toMatchObject({ ok: false, error: 'failed', detail: 'boom' });
    const crashed = started.at(-1)!;
    expect(crashed.terminated).toBe(true);
    behaviour = 'answer';
    expect(await analyseInWorker({ ...doc, blocks: [] })).toMatchObject({ ok: true, value: { title: 'T' } });
    expect(started.at(-1)).not.toBe(crashed);
  });
});
