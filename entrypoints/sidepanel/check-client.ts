/**
 * The panel's side of check-worker.ts: reading a page's text and checking it run in a Web
 * Worker, so the panel's main thread never does the long work (issue 11: no task over 200 ms
 * while a 1 MB page is checked). One request at a time. Where there are no workers (Node,
 * the unit tests) the same functions run directly.
 */
import type { Review } from '@/lib/check/types';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { PageSnapshot, Result } from '@/lib/messages';
import type { CheckReply, CheckRequest } from './check-work';

/** Reading or checking that takes longer than this is given up on: the page is too large. */
export const CHECK_TIME_LIMIT_MS = 90_000;

let worker: Worker | null = null;
/** The request under way: the next one waits for it. */
let last: Promise<unknown> = Promise.resolve();
/** Every reading gets a number; the documents the panel received, with the number of their reading. */
let readings = 0;
const readingOf = new WeakMap<ExtractedDocument, number>();
/** The reading whose document the running worker holds (its last one that succeeded), if any. */
let held: number | undefined;

export function extractInWorker(snapshot: PageSnapshot): Promise<Result<ExtractedDocument>> {
  return read({ op: 'extract', snapshot, reading: ++readings });
}

/** Read a saved web page or text file the user chose (not a PDF). */
export function readFileInWorker(name: string, bytes: Uint8Array): Promise<Result<ExtractedDocument>> {
  return read({ op: 'file', name, bytes, reading: ++readings });
}

async function read(message: Extract<CheckRequest, { reading: number }>): Promise<Result<ExtractedDocument>> {
  const result = (await request(message)) as Result<ExtractedDocument>;
  if (result.ok) readingOf.set(result.value, message.reading);
  return result;
}

/**
 * Check a document. When the worker still holds it (nothing was read after it), it is named by
 * its reading instead of sent back. This is decided when the request is sent, not when it is
 * made: a reading queued before it (a source being added) replaces what the worker holds.
 */
export function analyseInWorker(doc: ExtractedDocument): Promise<Result<Review>> {
  return request((): CheckRequest & { op: 'analyze' } => {
    const reading = readingOf.get(doc);
    return reading !== undefined && reading === held ? { op: 'analyze', reading } : { op: 'analyze', doc };
  }) as Promise<Result<Review>>;
}

function request(message: CheckRequest | (() => CheckRequest)): Promise<Result<ExtractedDocument | Review>> {
  const answer = last.then(() => send(typeof message === 'function' ? message() : message));
  last = answer.catch(() => undefined);
  return answer;
}

async function send(message: CheckRequest): Promise<Result<ExtractedDocument | Review>> {
  const result = await sendToWorker(message);
  // What the worker holds now: the document of this reading, or (a failed reading) nothing.
  if (message.op !== 'analyze') held = result.ok ? message.reading : undefined;
  return result;
}

async function sendToWorker(message: CheckRequest): Promise<Result<ExtractedDocument | Review>> {
  if (typeof Worker === 'undefined') {
    const { runCheckRequest } = await import('./check-work');
    return toResult(await runCheckRequest(message));
  }
  const w = (worker ??= new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' }));
  return new Promise((resolve) => {
    const stop = () => {
      w.terminate();
      if (worker === w) {
        worker = null;
        held = undefined; // the next worker starts empty
      }
    };
    const finish = (result: Result<ExtractedDocument | Review>) => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(result);
    };
    const onMessage = (event: MessageEvent<CheckReply>) => finish(toResult(event.data));
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      finish({ ok: false, error: 'failed', detail: event.message || 'the check worker failed' });
    };
    const timer = setTimeout(() => {
      stop(); // a worker still busy with a huge page is ended, not left running
      finish({ ok: false, error: 'tooLarge', detail: `no answer within ${CHECK_TIME_LIMIT_MS / 1000} s` });
    }, CHECK_TIME_LIMIT_MS);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    // The file's bytes are handed over, not copied.
    w.postMessage(message, message.op === 'file' ? [message.bytes.buffer] : []);
  });
}

function toResult(reply: CheckReply): Result<ExtractedDocument | Review> {
  return reply.ok ? { ok: true, value: reply.value } : { ok: false, error: 'failed', detail: reply.detail };
}
