/**
 * Text nodes as one-byte strings. linkedom cuts the text of every node from the one HTML string,
 * and V8 stores that string at two bytes per character as soon as the page holds a single
 * character beyond Latin-1 (a dash, a curly quote), so every block built from the nodes would be
 * two-byte too, and lower-casing and matching it is slower. A browser's own parser makes each
 * node's string on its own, one byte per character where it can. This gives every Latin-1 text
 * node such a string: the characters stay the same, only how they are stored changes. Pure, and
 * the same in Node (the CLI) and in the panel's worker (no Buffer, no TextDecoder: a browser's
 * "latin1" decoder is windows-1252).
 */

/** A character outside Latin-1: a string that holds one needs two bytes per character. */
const WIDE = /[^\x00-\xff]/;
/** Characters per String.fromCharCode call (its arguments stay well under every engine's limit). */
const CHUNK = 8192;

/** A one-byte copy of a string whose characters are all Latin-1 (String.fromCharCode of such codes makes one). */
export function latin1Copy(text: string): string {
  let out = '';
  const codes: number[] = [];
  for (let i = 0; i < text.length; i += CHUNK) {
    const end = Math.min(text.length, i + CHUNK);
    codes.length = end - i;
    for (let k = i; k < end; k++) codes[k - i] = text.charCodeAt(k);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/** Every text node whose characters are all Latin-1 gets its text as a one-byte string (all joined and copied once, then sliced back). */
export function narrowTextNodes(document: Document): void {
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
  const compact = latin1Copy(parts.join(''));
  let at = 0;
  for (let i = 0; i < nodes.length; i++) {
    const end = at + parts[i]!.length;
    nodes[i]!.data = compact.slice(at, end);
    at = end;
  }
}
