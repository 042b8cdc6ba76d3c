import { browser } from 'wxt/browser';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { CONTENT_PROTOCOL_VERSION, isContentMessage, type ContentMessage, type ContentRequests, type Result } from '@/lib/messages';
import { clearHighlights, highlightQuotes, selectionQuote } from './page-highlight';

/**
 * Injected into the active tab only after the user clicks "Controleer deze pagina"
 * (activeTab + scripting; never declared in the manifest, so no host permissions).
 * It stays small: read the page, highlight quotes, read the selection. The panel thinks.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const flag = '__regiovisieToets';
    const w = window as unknown as Record<string, number | undefined>;
    if (w[flag] === CONTENT_PROTOCOL_VERSION) return; // already injected into this page
    w[flag] = CONTENT_PROTOCOL_VERSION;

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isContentMessage(message)) return undefined;
      return handle(message);
    });
  },
});

type Response = ContentRequests[keyof ContentRequests]['response'];

async function handle(message: ContentMessage): Promise<Response> {
  try {
    switch (message.type) {
      case 'extract':
        return ok(extractFromHtmlDocument(document, { url: location.href }));
      case 'highlight':
        return ok(await highlightQuotes(document, message.quotes, message.scroll));
      case 'clearHighlights':
        return ok({ cleared: clearHighlights(document) });
      case 'getSelection':
        return ok(selectionQuote(document));
    }
  } catch (error) {
    return { ok: false, error: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
