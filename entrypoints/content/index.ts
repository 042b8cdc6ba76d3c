import { browser } from 'wxt/browser';
import { CONTENT_PROTOCOL_VERSION, isContentMessage, MAX_SNAPSHOT_CHARACTERS, type ContentMessage, type ContentRequests, type PageSnapshot, type Result } from '@/lib/messages';
import { clearHighlights, highlightQuotes, selectionQuote } from './page-highlight';

/**
 * Injected into the active tab only after the user clicks "Controleer deze pagina"
 * (activeTab + scripting; never declared in the manifest, so no host permissions).
 * It stays small: copy the page, highlight quotes, read the selection. The panel thinks: it
 * reads the text from the copy in a worker, so a huge page is never frozen by the reading.
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
      case 'snapshot':
        return snapshot();
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

/** The page's DOM as it is now, serialised in one task (one consistent state of a changing page). */
function snapshot(): Result<PageSnapshot> {
  const html = document.documentElement?.outerHTML ?? '';
  if (html.length > MAX_SNAPSHOT_CHARACTERS) return { ok: false, error: 'tooLarge', detail: `${html.length} characters` };
  return ok({ html, url: location.href });
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
