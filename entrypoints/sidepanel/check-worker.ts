/**
 * Web Worker of the side panel: reads and checks off the panel's main thread (check-work.ts).
 * One request at a time; each message is answered with one CheckReply.
 */
import { runCheckRequest, type CheckRequest } from './check-work';

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  self.postMessage(await runCheckRequest(event.data));
};
