import { buildTextIndex, findQuote, normaliseForMatch, type TextIndex } from '@/lib/review/anchor';
import type { HighlightOutcome, QuoteSelector, SelectionQuote } from '@/lib/messages';
import { revealRange } from './reveal';

/**
 * Find quotes again on the live page and highlight them without changing the page's DOM
 * (CSS Custom Highlight API); where that API is missing, wrap the text in <mark>.
 */

const NAME = 'regiovisie-toets';
const MARK_ATTR = 'data-regiovisie-toets';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The page's text nodes and their joined text (offsets map back through lib/review's index). */
interface PageText {
  nodes: Text[];
  index: TextIndex;
}

function indexText(doc: Document): PageText {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && SKIP.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return { nodes, index: buildTextIndex(nodes.map((n) => n.data)) };
}

function toRange(doc: Document, page: PageText, start: number, end: number): Range | null {
  const found = page.index.locateRange(start, end);
  if (!found) return null;
  const range = doc.createRange();
  range.setStart(page.nodes[found.start.chunk]!, found.start.offsetInChunk);
  range.setEnd(page.nodes[found.end.chunk]!, found.end.offsetInChunk);
  return range;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(`${NAME}-style`)) return;
  const style = doc.createElement('style');
  style.id = `${NAME}-style`;
  style.textContent = `::highlight(${NAME}) { background-color: #ffd84d; color: #000; }
mark[${MARK_ATTR}] { background-color: #ffd84d; color: #000; outline: 2px solid #7a5d00; }`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * Find the quotes, open the closed sections that hold them (see ./reveal), highlight them and
 * scroll to the first one the user can now see. A quote that stays in a closed part of the
 * page is counted apart (`closed`), never as shown.
 */
export async function highlightQuotes(doc: Document, quotes: QuoteSelector[], scroll: boolean): Promise<HighlightOutcome> {
  clearHighlights(doc);
  ensureStyle(doc);
  const page = indexText(doc);
  const normalised = normaliseForMatch(page.index.text); // once for all quotes: the costly part on big pages
  const located: { range: Range; quote: number }[] = [];
  let fuzzy = 0;
  quotes.forEach((selector, quote) => {
    const match = findQuote(page.index.text, selector, undefined, { normalised });
    if (!match) return;
    const range = toRange(doc, page, match.start, match.end);
    if (!range) return;
    if (!match.exact) fuzzy++;
    located.push({ range, quote });
  });
  // Only text that was found opens a section; one after the other, so two quotes in one
  // accordion panel click its toggle once.
  const clicked = new Set<Element>();
  const shown: Range[] = [];
  const closed: number[] = [];
  for (const { range, quote } of located) {
    if ((await revealRange(range, clicked)) === 'visible') shown.push(range);
    else closed.push(quote);
  }
  const ranges = located.map((l) => l.range);
  if (supportsHighlights()) {
    CSS.highlights.set(NAME, new Highlight(...ranges));
  } else {
    // Wrap from last to first so earlier ranges keep their offsets.
    for (const range of [...ranges].reverse()) wrapInMarks(doc, range);
  }
  // Mark the page (an attribute on <html>) so the page and tests can see what is highlighted.
  doc.documentElement.setAttribute(`${MARK_ATTR}-highlights`, String(ranges.length));
  if (scroll && shown[0]) {
    const start = shown[0].startContainer;
    const target = start.nodeType === 1 ? (start as Element) : start.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  return {
    found: shown.length,
    missing: quotes.length - located.length,
    fuzzy,
    closed: closed.length,
    ...(closed[0] !== undefined ? { firstClosed: closed[0] } : {}),
  };
}

function wrapInMarks(doc: Document, range: Range): void {
  const texts = indexText(doc).nodes.filter((n) => range.intersectsNode(n));
  for (const node of texts) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) continue;
    const inner = start > 0 ? node.splitText(start) : node;
    if (end - start < inner.data.length) inner.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    inner.parentNode?.insertBefore(mark, inner);
    mark.appendChild(inner);
  }
}

export function clearHighlights(doc: Document): number {
  let cleared = 0;
  if (supportsHighlights() && CSS.highlights.has(NAME)) {
    cleared += CSS.highlights.get(NAME)?.size ?? 0;
    CSS.highlights.delete(NAME);
  }
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
    cleared++;
  }
  doc.documentElement.removeAttribute(`${MARK_ATTR}-highlights`);
  return cleared;
}

/** The user's selection as a quote with some text before and after, to use as evidence. */
export function selectionQuote(doc: Document): SelectionQuote | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const quote = range.toString().replace(/\s+/g, ' ').trim();
  if (quote.length < 3) return null;
  const { nodes, index } = indexText(doc);
  const i = nodes.indexOf(range.startContainer as Text);
  const j = nodes.indexOf(range.endContainer as Text);
  const start = i >= 0 ? index.chunkStart(i) + range.startOffset : -1;
  const end = j >= 0 ? index.chunkStart(j) + range.endOffset : -1;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const prefix = start >= 0 ? squash(index.text.slice(Math.max(0, start - 48), start)).slice(-32) : '';
  const suffix = end >= 0 ? squash(index.text.slice(end, end + 48)).slice(0, 32) : '';
  return { quote: quote.slice(0, 2000), prefix, suffix, heading: nearestHeading(range.startContainer) };
}

function nearestHeading(node: Node): string | undefined {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return undefined;
  const doc = el.ownerDocument;
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, summary'));
  let found: Element | undefined;
  for (const h of headings) {
    // DOCUMENT_POSITION_FOLLOWING (4): el comes after h.
    if (h.compareDocumentPosition(el) & 4 || h.contains(el)) found = h;
    else break;
  }
  return found?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}
