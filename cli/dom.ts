import { parseHTML } from 'linkedom';

/**
 * Parse an HTML string into a DOM Document in Node (linkedom: small and fast, enough for
 * Readability and for reading text). The browser passes its live `document` instead.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
