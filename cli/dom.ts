import { parseHTML } from 'linkedom';

/**
 * Parse an HTML string into a DOM Document in Node (linkedom: small and fast, enough for
 * Readability and for reading text). The browser passes its live `document` instead.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  compactTextNodes(document as unknown as Document);
  return document as unknown as Document;
}

/** A character outside Latin-1: a string that holds one needs two bytes per character. */
const WIDE = /[^\x00-\xff]/;

/**
 * Every text node whose characters are all Latin-1 gets its text as a one-byte string. linkedom
 * slices the text of every node from the one HTML string, and that string takes two bytes per
 * character as soon as the page holds a single character beyond Latin-1 (a dash, a curly quote),
 * so every block text built from the nodes would too; V8 lower-cases and matches such strings
 * more slowly. A browser's parser makes each node's string on its own (one byte per character
 * where it can). The characters are the same: only how they are stored changes. (All such texts
 * are joined and copied once, then sliced back: one copy instead of one per node.) The panel's
 * worker parses its copy of the page with linkedom too (`linkedom/worker`, in check-work.ts) and
 * does not do this yet: Buffer is Node's, and a browser's latin1 decoder is windows-1252.
 */
function compactTextNodes(document: Document): void {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const walker = document.createTreeWalker(document, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    const data = text.data;
    if (data.length > 0 && !WIDE.test(data)) {
      nodes.push(text);
      parts.push(data);
    }
  }
  const compact = Buffer.from(parts.join(''), 'latin1').toString('latin1');
  let at = 0;
  for (let i = 0; i < nodes.length; i++) {
    const end = at + parts[i]!.length;
    nodes[i]!.data = compact.slice(at, end);
    at = end;
  }
}
