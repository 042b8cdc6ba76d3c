import { Readability } from '@mozilla/readability';
import type { Block, BlockKind, ExtractedDocument } from './types';
import { finishBlocks, type RawBlock } from './blocks';
import { cleanText } from './clean';
import { detectLanguage, primaryLanguage } from './language';

/**
 * Extract the readable text of an HTML page as blocks.
 *
 * Readability (on a clone: it mutates its input) finds the title and the main region.
 * The blocks are then read from the LIVE DOM of that region with `textContent`, so
 * collapsed sections (<details>, accordions, `hidden` panels) that Readability drops are
 * kept. Works on a browser Document and on a Node DOM (linkedom).
 */

export interface ExtractOptions {
  url?: string;
  /** Above this many elements Readability is skipped (it would be slow or throw) and the region is found by landmarks. */
  maxElements?: number;
  /** Stop reading after this many characters of text; the document is marked truncated. */
  maxCharacters?: number;
}

const DEFAULT_MAX_ELEMENTS = 60_000;
const DEFAULT_MAX_CHARACTERS = 3_000_000;

/** Elements whose content is never page text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'SELECT', 'TEXTAREA', 'INPUT', 'DIALOG', 'MENU', 'HEAD',
]);
const SKIP_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
/** class/id words of page furniture (cookie banners, breadcrumbs, share buttons, skip links). */
const NOISE = /(^|[\s_-])(cookie|cookies|consent|gdpr|breadcrumbs?|kruimelpad|share|social|deel-?deze|skip-?link|sr-only|visually-hidden|print-only|feedback|rating|related|gerelateerd|sidebar|banner|modal|popup|newsletter|nieuwsbrief)([\s_-]|$)/i;

const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
/** Elements that end the current paragraph. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'BR',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
]);

export function extractFromHtmlDocument(doc: Document, options: ExtractOptions = {}): ExtractedDocument {
  const url = options.url ?? doc.location?.href ?? '';
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const body = doc.body ?? doc.documentElement;
  const elementCount = body ? body.getElementsByTagName('*').length : 0;

  let readabilityTitle = '';
  let region: Element | null = null;
  if (body && elementCount <= maxElements) {
    const found = findMainRegion(doc);
    readabilityTitle = found.title;
    region = found.region;
  }
  region = widenToLandmark(region ?? landmarkRegion(doc) ?? body);

  const reader = new BlockReader(options.maxCharacters ?? DEFAULT_MAX_CHARACTERS);
  if (region) reader.read(region, false);
  const { blocks, characters, words } = finishBlocks(reader.finish());

  const title = pickTitle(doc, readabilityTitle, blocks);
  const language = primaryLanguage(doc.documentElement?.getAttribute('lang')) || detectLanguage(blocks.map((b) => b.text).join('\n'));
  return {
    title,
    url,
    language,
    source: 'html',
    blocks,
    characters,
    words,
    ...(reader.truncated ? { truncated: true } : {}),
    ...(elementCount > maxElements ? { simplified: true } : {}),
  };
}

/**
 * Run Readability on a clone and map the elements it kept back to the live DOM.
 * The main region is the nearest live element that contains (nearly) all kept text.
 */
function findMainRegion(doc: Document): { title: string; region: Element | null } {
  const clone = doc.cloneNode(true) as Document;
  const cloneToLive = new Map<Node, Element>();
  pairElements(doc.documentElement, clone.documentElement, cloneToLive);

  let article: { title?: string | null; content?: Element | null } | null = null;
  try {
    article = new Readability<Element>(clone, { serializer: (node) => node as Element, charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const title = cleanText(article?.title ?? '');
  if (!article?.content) return { title, region: null };

  // Live elements that Readability kept, with the amount of text each carries.
  const kept: { el: Element; weight: number }[] = [];
  const walk = (node: Element): void => {
    const live = cloneToLive.get(node);
    if (live) {
      const weight = (node.textContent ?? '').trim().length;
      if (weight > 0) kept.push({ el: live, weight });
      return; // its descendants are inside `live` already
    }
    for (const child of Array.from(node.children)) walk(child);
  };
  walk(article.content);
  if (kept.length === 0) return { title, region: null };

  // Drop tiny stray pieces (under 3% of the text) so one stray link does not widen the region to <body>.
  const total = kept.reduce((n, k) => n + k.weight, 0);
  const significant = kept.filter((k) => k.weight >= total * 0.03);
  const els = (significant.length > 0 ? significant : kept).map((k) => k.el);
  return { title, region: commonAncestor(els) };
}

/** Walk two structurally identical trees in step and record clone → live for every element. */
function pairElements(live: Element | null, clone: Element | null, map: Map<Node, Element>): void {
  if (!live || !clone) return;
  const stack: [Element, Element][] = [[live, clone]];
  while (stack.length > 0) {
    const [l, c] = stack.pop()!;
    map.set(c, l);
    const lc = l.children;
    const cc = c.children;
    const n = Math.min(lc.length, cc.length);
    for (let i = 0; i < n; i++) stack.push([lc[i]!, cc[i]!]);
  }
}

function commonAncestor(els: Element[]): Element | null {
  if (els.length === 0) return null;
  let candidate: Element | null = els[0]!;
  for (const el of els.slice(1)) {
    while (candidate && !candidate.contains(el)) candidate = candidate.parentElement;
  }
  // A single paragraph is never the region: use its container.
  if (candidate && (candidate.tagName === 'P' || HEADING_LEVEL[candidate.tagName] || candidate.tagName === 'LI')) {
    candidate = candidate.parentElement;
  }
  return candidate;
}

function landmarkRegion(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? doc.querySelector('article') ?? null;
}

/**
 * Readability picks the densest container; collapsed accordion panels next to it are often
 * outside it. Widen to the enclosing <main>/<article>/[role=main] when there is one.
 */
function widenToLandmark(region: Element | null): Element | null {
  if (!region) return null;
  const landmark = region.closest('main, [role="main"], article');
  if (!landmark) return region;
  // An <article> inside <main> widens to the <main>: municipal pages put accordions beside the article.
  return landmark.tagName === 'ARTICLE' ? (landmark.parentElement?.closest('main, [role="main"]') ?? landmark) : landmark;
}

function pickTitle(doc: Document, readabilityTitle: string, blocks: Block[]): string {
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text ?? cleanText(doc.querySelector('h1')?.textContent ?? '');
  const docTitle = cleanText(doc.title ?? '');
  return h1 || readabilityTitle || docTitle;
}

function isNoise(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  const marker = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return marker.length > 1 && NOISE.test(marker);
}

/** A section of the page the user cannot see right now (its text still counts). */
function isCollapsed(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  return el.tagName === 'DETAILS' && !el.hasAttribute('open');
}

/** Accordion toggles and <summary> name the section they open: they read as headings. */
function isToggleHeading(el: Element): boolean {
  if (el.tagName === 'SUMMARY') return true;
  return (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') && el.hasAttribute('aria-expanded');
}

/** Elements inside a heading whose text is not part of it: code, styles, templates, icons. */
const NOT_HEADING_TEXT = 'script, style, noscript, template, svg';

/**
 * The text of a heading (or accordion toggle): its `textContent` without the code of a script,
 * a style or a template, or the title of an icon, inside it.
 */
function headingText(el: Element): string {
  if (!el.querySelector(NOT_HEADING_TEXT)) return el.textContent ?? '';
  const clone = el.cloneNode(true) as Element;
  for (const inner of Array.from(clone.querySelectorAll(NOT_HEADING_TEXT))) inner.remove();
  return clone.textContent ?? '';
}

/** Walks the live region and collects raw blocks; finishBlocks gives them ids and headings. */
class BlockReader {
  readonly raw: RawBlock[] = [];
  truncated = false;
  private buffer = '';
  private bufferKind: BlockKind = 'paragraph';
  private bufferCollapsed = false;
  private characters = 0;
  /** Level of the last heading read: an accordion toggle is one level below it. */
  private lastHeadingLevel = 1;

  constructor(private readonly maxCharacters: number) {}

  read(el: Element, collapsed: boolean): void {
    if (this.truncated) return;
    const tag = el.tagName.toUpperCase();
    const hidden = collapsed || isCollapsed(el);

    if (isToggleHeading(el)) {
      this.flush();
      // The toggle itself is visible even when its panel is collapsed.
      this.emit('heading', headingText(el), collapsed, Math.min(this.lastHeadingLevel + 1, 6));
      return;
    }
    if (isNoise(el)) return;

    const level = HEADING_LEVEL[tag];
    if (level) {
      this.flush();
      this.emit('heading', headingText(el), hidden, level);
      return;
    }
    if (tag === 'TD' || tag === 'TH' || tag === 'LI') {
      this.flush();
      this.readInline(el, hidden, tag === 'LI' ? 'listItem' : 'tableCell');
      this.flush();
      return;
    }
    if (BLOCK_TAGS.has(tag)) this.flush();
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) this.append(child.nodeValue ?? '', 'paragraph', hidden);
      else if (child.nodeType === 1) this.read(child as Element, hidden);
    }
    if (BLOCK_TAGS.has(tag)) this.flush();
  }

  /**
   * Read the content of a list item or table cell as one block of `kind`: paragraphs inside it
   * join with a space; nested lists, tables, headings and collapsed parts become blocks of their own.
   */
  private readInline(el: Element, hidden: boolean, kind: BlockKind): void {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        this.append(child.nodeValue ?? '', kind, hidden);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      const ctag = c.tagName.toUpperCase();
      const paragraphLike = ctag === 'P' || ctag === 'DIV' || ctag === 'BR';
      if (ctag === 'UL' || ctag === 'OL' || ctag === 'TABLE' || HEADING_LEVEL[ctag] || isNoise(c) || isToggleHeading(c) || (paragraphLike && isCollapsed(c) && !hidden)) {
        this.flush();
        this.read(c, hidden);
      } else {
        if (paragraphLike) this.append(' ', kind, hidden);
        this.readInline(c, hidden || isCollapsed(c), kind);
      }
    }
  }

  private append(text: string, kind: BlockKind, hidden: boolean): void {
    if (this.buffer === '') {
      this.bufferKind = kind;
      this.bufferCollapsed = hidden;
    }
    this.buffer += text;
  }

  private flush(): void {
    if (this.buffer.trim() !== '') this.emit(this.bufferKind, this.buffer, this.bufferCollapsed);
    this.buffer = '';
  }

  private emit(kind: BlockKind, raw: string, collapsed: boolean, level?: number): void {
    if (this.truncated) return;
    const text = cleanText(raw);
    if (text === '') return;
    if (this.characters + text.length > this.maxCharacters) {
      this.truncated = true;
      return;
    }
    this.characters += text.length;
    const block: RawBlock = { kind, text };
    if (kind === 'heading') {
      block.level = level;
      this.lastHeadingLevel = level ?? 6;
    }
    if (collapsed) block.collapsed = true;
    this.raw.push(block);
  }

  finish(): RawBlock[] {
    this.flush();
    return this.raw;
  }
}
