/**
 * Every message between the side panel and the content script is typed here, one map per
 * direction: request type → payload and response. (The background receives none: it only
 * opens the panel.) Failures travel as a Result value: an Error does not survive structured
 * cloning between contexts.
 */

export type Result<T, E extends string = ErrorCode> = { ok: true; value: T } | { ok: false; error: E; detail?: string };

export type ErrorCode =
  | 'restricted' // browser pages, web store: no extension may read them
  | 'pdf' // the built-in PDF viewer
  | 'file' // file:// without the user's permission
  | 'noTab'
  | 'noAccess' // activeTab not granted (e.g. the panel was opened from another window)
  | 'failed' // anything else; `detail` carries the technical reason for the log
  | 'tooLarge' // a page too large to read in one go (or whose reading took too long)
  // A file the user chose in the side panel:
  | 'fileType' // not a PDF, HTML or text file
  | 'fileTooBig'
  | 'fileDamaged' // not readable as the PDF its name says it is
  | 'filePassword' // a PDF locked with a password
  | 'fileFailed'; // reading the chosen file failed otherwise

/** A request that carries nothing but its type. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type NoPayload = {};

/** A quote to find on the page (W3C text-quote selector). */
export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
}

export interface HighlightOutcome {
  /** Highlighted and visible on the page. */
  found: number;
  /** Not on the page (any more). */
  missing: number;
  /** Found only approximately: the page changed a little since the check. */
  fuzzy: number;
  /** On the page, but in a closed section that could not be opened (no toggle, or it did not open). */
  closed: number;
  /** Index (in the request's quotes) of the first closed one, so the panel can name it. */
  firstClosed?: number;
}

export interface SelectionQuote extends QuoteSelector {
  heading?: string;
}

/**
 * The page as it is at one moment: its serialised DOM, taken in one go so a page that changes
 * while it is checked gives one consistent state. The panel reads the text from it in a worker
 * (lib/extract/html.ts on a parsed copy), so neither the page nor the panel waits for the reading,
 * and nothing from the page runs anywhere: the copy is parsed, never rendered.
 */
export interface PageSnapshot {
  html: string;
  url: string;
}

/** Pages whose serialised DOM is longer than this (in characters) are not read: "te groot". */
export const MAX_SNAPSHOT_CHARACTERS = 25_000_000;

/** Side panel → content script (browser.tabs.sendMessage). */
export interface ContentRequests {
  snapshot: { request: NoPayload; response: Result<PageSnapshot> };
  highlight: { request: { quotes: QuoteSelector[]; scroll: boolean }; response: Result<HighlightOutcome> };
  clearHighlights: { request: NoPayload; response: Result<{ cleared: number }> };
  getSelection: { request: NoPayload; response: Result<SelectionQuote | null> };
}

export type ContentMessage = {
  [K in keyof ContentRequests]: { type: K } & ContentRequests[K]['request'];
}[keyof ContentRequests];

/** Bumped when the content script's protocol changes, so an old injected copy is replaced. */
export const CONTENT_PROTOCOL_VERSION = 2;

/** Every request type, once; the Record type makes the compiler check the list is complete. */
const CONTENT_TYPES: Record<keyof ContentRequests, true> = { snapshot: true, highlight: true, clearHighlights: true, getSelection: true };

export function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(CONTENT_TYPES, type);
}

/** Why a tab cannot be read, from its URL alone (before trying to inject). */
export function classifyTabUrl(url: string | undefined): ErrorCode | null {
  if (!url) return 'noAccess';
  const lower = url.toLowerCase();
  if (/^(chrome|edge|about|brave|opera|vivaldi|chrome-extension|moz-extension|view-source|devtools|chrome-search|chrome-untrusted):/.test(lower)) return 'restricted';
  if (/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/.test(lower)) return 'restricted';
  if (/\.pdf([?#].*)?$/.test(lower)) return 'pdf';
  if (lower.startsWith('file:')) return null; // allowed when the user enabled file access; injection tells
  if (!/^https?:/.test(lower)) return 'restricted';
  return null;
}
