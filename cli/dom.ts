import { parseHTML } from 'linkedom';
import { narrowTextNodes } from '../lib/extract/narrow';

/**
 * Parse an HTML string into a DOM Document in Node (linkedom: small and fast, enough for
 * Readability and for reading text), its text nodes one byte per character where they can be, as
 * a browser's parser makes them (narrowTextNodes). The browser passes its live `document` instead.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  narrowTextNodes(document as unknown as Document);
  return document as unknown as Document;
}
