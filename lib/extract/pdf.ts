/**
 * PDF text → ExtractedDocument. Pure: it works on the text items that pdf.js's
 * `getTextContent()` gives per page, flattened to plain data by the caller (cli/pdf.ts in
 * Node; later the side panel). No Node or browser APIs here.
 *
 * What it does:
 * - rebuilds lines from the items (sorted top to bottom, then left to right; items on one
 *   baseline joined with a space where there is a visible gap);
 * - drops running headers and footers (the same line, digits ignored, at the same height on
 *   most pages, in the top or bottom lines of the page) and page numbers ("3", "- 3 -",
 *   "Pagina 3 van 12") in those places;
 * - makes headings from lines in a clearly larger font than the body text (level by size),
 *   and from short single lines in another font (usually bold) than the body;
 * - makes paragraphs from the white space between lines (and from a short line that ends a
 *   sentence), list items from lines that start with a bullet or number;
 * - joins words broken over a line end ("jeugd-" + "hulp" → "jeugdhulp") but keeps real
 *   hyphens ("zorg-" + "en welzijn" → "zorg- en welzijn", "GGZ-" + "instelling");
 * - gives every block its 1-based page number;
 * - a PDF without a text layer (a scan) gives no blocks and `scanned: true`.
 * Not handled: text in several columns is read line by line across the columns.
 */
import type { BlockKind, ExtractedDocument } from './types';
import { cleanText, joinLines } from './clean';
import { fileDocumentTitle, finishBlocks, type RawBlock } from './blocks';
import { detectLanguage, primaryLanguage } from './language';

/** One text item of a page, as pdf.js gives it, with its position made plain. */
export interface PdfTextItem {
  /** The text (a word, part of a line or a whole line). */
  str: string;
  /** Left edge, in PDF units (1/72 inch) from the left of the page. */
  x: number;
  /** Baseline, in PDF units from the TOP of the page (grows downwards). */
  y: number;
  /** Width of the item in PDF units. */
  width: number;
  /** Font size in PDF units (pdf.js: `height`). */
  height: number;
  /** Font id (pdf.js `fontName`). A short line in another font than the body text may be a heading. */
  fontName?: string;
}

export interface PdfTextPage {
  /** Page size in PDF units, when known. */
  width?: number;
  height?: number;
  items: PdfTextItem[];
}

export interface PdfDocumentOptions {
  fileName: string;
  /** Title from the PDF's metadata (`info.Title`); used when it looks like a real title. */
  title?: string;
  /** Language from the PDF's metadata ("nl-NL"); used only when the text itself does not tell. */
  language?: string;
}

/** A page with fewer visible characters than this has no real text layer. */
const MIN_PAGE_CHARACTERS = 40;
/** A heading's font is at least this much larger than the body text. */
const HEADING_RATIO = 1.15;
/** Lines this many lines from the top or bottom of a page may be running headers, footers or page numbers. */
const BAND_LINES = 3;

/** A bullet glyph starts a list item wherever it stands. */
const BULLET = /^[•·▪◦‣●○■□◆◇►▸➢✓✔]\s*(?=\S)/u;
/** A number, letter or dash starts a list item only where a new block may start. */
const NUMBERED = /^(?:(?:\d{1,2}|[a-z])[.)]|[–—*-])\s+(?=\S)/;
const PAGE_NUMBER = /^(?:(?:pagina|page|pag\.|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|\/)\s*\d{1,4})?$|^[ivxlc]{1,6}$/i;
const SENTENCE_END = /[.!?:;]["'’”)]?$/;
/** Words after "zorg-" that show the hyphen is real: "zorg- en welzijnspartners". */

interface Line {
  page: number;
  /** Index of the line on its page and the number of lines on the page (before removals). */
  index: number;
  count: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  font: string;
}

export function pdfPagesToDocument(pages: readonly PdfTextPage[], options: PdfDocumentOptions): ExtractedDocument {
  const pageLines = pages.map((page, i) => buildLines(page, i + 1));

  // A scan: (almost) no page has a text layer.
  const textPages = pages.filter((page) => visibleCharacters(page) >= MIN_PAGE_CHARACTERS).length;
  const noText = textPages === 0;
  const mostlyScanned = noText || (pages.length >= 3 && textPages <= pages.length / 3);

  const lines = noText ? [] : removeFurniture(pageLines, pages);
  const raw = noText ? [] : linesToBlocks(lines);
  const { blocks, characters, words } = finishBlocks(raw);

  const title = fileDocumentTitle(blocks, options.fileName, sensiblePdfTitle(options.title));
  const language = detectLanguage(blocks.map((b) => b.text).join(' ')) || (blocks.length > 0 ? primaryLanguage(options.language) : '');
  return {
    title,
    url: options.fileName,
    language,
    source: 'pdf',
    blocks,
    characters,
    words,
    pages: pages.length,
    ...(mostlyScanned ? { scanned: true } : {}),
  };
}

/**
 * The metadata title when it looks like a title a person gave the document, not a file name
 * or a default of the program that made it ("Microsoft Word - visie.docx", "Naamloos").
 */
export function sensiblePdfTitle(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const title = cleanText(raw.replace(/^microsoft (?:word|powerpoint) - /i, ''));
  if (title.length < 4 || title.length > 200) return undefined;
  if ((title.match(/\p{L}/gu) ?? []).length < 3) return undefined;
  if (/\.(?:docx?|odt|pdf|rtf|indd|pptx?|xlsx?|txt|html?)$/i.test(title)) return undefined;
  if (/^(?:untitled|naamloos|document\s*\d*|titel|title|presentatie\s*\d*|microsoft word|powerpoint presentation)$/i.test(title)) return undefined;
  if (/^[\w-]+$/.test(title) && /[_]|\d{3,}/.test(title)) return undefined; // "regiovisie_def_2024"
  return title;
}

function visibleCharacters(page: PdfTextPage): number {
  let n = 0;
  for (const item of page.items) n += item.str.replace(/\s+/g, '').length;
  return n;
}

/** Group a page's items into lines by baseline and join each line's items left to right. */
function buildLines(page: PdfTextPage, pageNumber: number): Line[] {
  const items = page.items
    .filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y))
    .map((it) => ({ ...it, height: it.height > 0 ? it.height : 1, width: Math.max(0, it.width || 0) }))
    .sort((a, b) => a.y - b.y || a.x - b.x);

  const groups: (typeof items)[] = [];
  let current: typeof items = [];
  let baseY = 0;
  let baseSize = 0;
  for (const it of items) {
    if (current.length > 0 && Math.abs(it.y - baseY) < 0.5 * Math.max(baseSize, it.height)) {
      current.push(it);
      if (it.height >= baseSize) {
        baseY = it.y;
        baseSize = it.height;
      }
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [it];
    baseY = it.y;
    baseSize = it.height;
  }
  if (current.length > 0) groups.push(current);

  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let prev: (typeof group)[number] | undefined;
    const sizeWeight = new Map<number, number>();
    const fontWeight = new Map<string, number>();
    let right = -Infinity;
    let y = group[0]!.y;
    let ySize = 0;
    for (const it of group) {
      // Fake bold: the same text drawn twice, a fraction of a point apart.
      if (prev && it.str === prev.str && Math.abs(it.x - prev.x) < 1) continue;
      if (prev) {
        const gap = it.x - (prev.x + prev.width);
        const spaced = /\s$/.test(text) || /^\s/.test(it.str);
        if (!spaced && gap > 0.15 * Math.min(it.height, prev.height)) text += ' ';
      }
      text += it.str;
      const chars = it.str.trim().length;
      const size = Math.round(it.height * 10) / 10;
      sizeWeight.set(size, (sizeWeight.get(size) ?? 0) + chars);
      const font = it.fontName ?? '';
      fontWeight.set(font, (fontWeight.get(font) ?? 0) + chars);
      right = Math.max(right, it.x + it.width);
      if (it.height > ySize) {
        ySize = it.height;
        y = it.y;
      }
      prev = it;
    }
    const clean = text.replace(/[\s\u00A0]+/g, ' ').trim();
    if (!clean) continue;
    lines.push({ page: pageNumber, index: 0, count: 0, text: clean, x: group[0]!.x, right, y, size: heaviest(sizeWeight), font: heaviest(fontWeight) });
  }
  lines.forEach((line, i) => {
    line.index = i;
    line.count = lines.length;
  });
  return lines;
}

function heaviest<K>(weights: Map<K, number>): K {
  let best: K | undefined;
  let bestWeight = -1;
  for (const [key, weight] of weights) {
    if (weight > bestWeight) {
      best = key;
      bestWeight = weight;
    }
  }
  return best!;
}

function inBand(line: Line, page: PdfTextPage | undefined): boolean {
  if (line.index < BAND_LINES || line.index >= line.count - BAND_LINES) return true;
  const height = page?.height;
  return height !== undefined && height > 0 && (line.y < 0.08 * height || line.y > 0.92 * height);
}

/** Drop running headers/footers (repeated on most pages) and page numbers. */
function removeFurniture(pageLines: Line[][], pages: readonly PdfTextPage[]): Line[] {
  const drop = new Set<Line>();
  const key = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

  if (pageLines.length >= 2) {
    const needed = Math.max(2, Math.ceil(pageLines.length * 0.6));
    const byKey = new Map<string, Line[]>();
    for (const lines of pageLines) {
      for (const line of lines) {
        if (!inBand(line, pages[line.page - 1])) continue;
        const k = key(line.text);
        const list = byKey.get(k);
        if (list) list.push(line);
        else byKey.set(k, [line]);
      }
    }
    for (const occurrences of byKey.values()) {
      if (occurrences.length < needed) continue;
      // The same place on the page: within about half a line of the most common height.
      const ys = occurrences.map((l) => l.y).sort((a, b) => a - b);
      const medianY = ys[Math.floor(ys.length / 2)]!;
      const near = occurrences.filter((l) => Math.abs(l.y - medianY) <= 0.6 * l.size + 2);
      if (new Set(near.map((l) => l.page)).size >= needed) for (const l of near) drop.add(l);
    }
  }
  const kept: Line[] = [];
  for (const lines of pageLines) {
    for (const line of lines) {
      if (drop.has(line)) continue;
      if (PAGE_NUMBER.test(line.text) && inBand(line, pages[line.page - 1])) continue;
      kept.push(line);
    }
  }
  return kept;
}

interface Building {
  kind: BlockKind;
  lines: Line[];
  level?: number;
}

function linesToBlocks(lines: Line[]): RawBlock[] {
  if (lines.length === 0) return [];
  // The body text size: the size that carries the most characters (a document can mix sizes:
  // a letter in 10 pt with an appendix of tables in 8 pt; the median would land in between).
  // (Sizes are at least 1: buildLines gives items without a height size 1.)
  const bodySize = Number(heaviestOf(lines, (l) => String(Math.round(l.size * 2) / 2), (l) => l.text.length));
  /** Large print that is short enough to be a heading. */
  const isHeadingLine = (l: Line) => l.size >= bodySize * HEADING_RATIO && l.text.split(' ').length <= 25;
  const bodyFont = heaviestOf(lines.filter((l) => Math.abs(l.size - bodySize) < 0.5), (l) => l.font, (l) => l.text.length);

  // Heading levels: the distinct heading sizes, largest first.
  const headingSizes = [...new Set(lines.filter(isHeadingLine).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const levelOf = (size: number) => Math.min(6, headingSizes.indexOf(Math.round(size * 2) / 2) + 1 || headingSizes.length + 1);

  // Normal distance between the baselines of two lines of body text.
  const deltas: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || Math.abs(a.size - bodySize) > 0.5 || Math.abs(b.size - bodySize) > 0.5) continue;
    const d = b.y - a.y;
    if (d > 0.5 * bodySize && d < 3 * bodySize) deltas.push(d);
  }
  deltas.sort((a, b) => a - b);
  const measured = deltas.length > 0 ? deltas[Math.floor(deltas.length / 4)]! : 1.2 * bodySize;
  const bodySpacing = Math.min(1.6 * bodySize, Math.max(1.0 * bodySize, measured));
  const spacingFor = (size: number) => (bodySpacing * size) / bodySize;

  // Column edges per page, to see a short last line of a paragraph.
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const l of lines) {
    if (Math.abs(l.size - bodySize) > 0.5) continue;
    left.set(l.page, Math.min(left.get(l.page) ?? Infinity, l.x));
    right.set(l.page, Math.max(right.get(l.page) ?? -Infinity, l.right));
  }

  const built: Building[] = [];
  let cur: Building | undefined;
  const start = (kind: BlockKind, line: Line, level?: number) => {
    cur = { kind, lines: [line], ...(level !== undefined ? { level } : {}) };
    built.push(cur);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = i > 0 ? lines[i - 1]! : undefined;
    const heading = isHeadingLine(line);
    const bullet = !heading && BULLET.test(line.text);
    const numbered = !heading && NUMBERED.test(line.text);

    if (!cur || !prev) {
      if (heading) start('heading', line, levelOf(line.size));
      else if (bullet || numbered) start('listItem', line);
      else start('paragraph', line);
      continue;
    }

    const samePage = prev.page === line.page;
    const gap = line.y - prev.y;
    const sameSize = Math.abs(line.size - prev.size) < 0.5;
    const tight = samePage && gap <= spacingFor(Math.max(line.size, prev.size)) * 1.3;

    if (heading) {
      if (cur.kind === 'heading' && sameSize && tight) cur.lines.push(line);
      else start('heading', line, levelOf(line.size));
      continue;
    }
    if (cur.kind === 'heading') {
      if (bullet || numbered) start('listItem', line);
      else start('paragraph', line);
      continue;
    }

    if (!samePage) {
      // A paragraph that runs on over the page break: the sentence is not finished.
      const last = cur.lines[cur.lines.length - 1]!.text;
      const runsOn = sameSize && !bullet && !numbered && !SENTENCE_END.test(last) && (/^\p{Ll}/u.test(line.text) || /\p{L}-$/u.test(last));
      if (runsOn) cur.lines.push(line);
      else if (bullet || numbered) start('listItem', line);
      else start('paragraph', line);
      continue;
    }

    const prevEndsSentence = SENTENCE_END.test(prev.text);
    if (bullet || (numbered && (!tight || prevEndsSentence || cur.kind === 'listItem'))) {
      start('listItem', line);
      continue;
    }
    if (!tight || !sameSize) {
      start('paragraph', line);
      continue;
    }
    if (cur.kind === 'listItem') {
      // A list item runs on in lines indented past its bullet, or in lines at the bullet's
      // margin while its sentence is not finished.
      const bulletX = cur.lines[0]!.x;
      if (line.x > bulletX + 0.3 * line.size || (line.x >= bulletX - 0.5 * line.size && !prevEndsSentence)) cur.lines.push(line);
      else start('paragraph', line);
      continue;
    }
    const colLeft = left.get(line.page) ?? line.x;
    const colRight = right.get(line.page) ?? prev.right;
    const shortPrev = prev.right < colRight - Math.max(0.15 * (colRight - colLeft), 3 * line.size);
    const indented = line.x > prev.x + line.size && line.x > colLeft + line.size;
    if (prevEndsSentence && (shortPrev || indented) && /^[\p{Lu}\d"'‘“(]/u.test(line.text)) {
      start('paragraph', line);
      continue;
    }
    cur.lines.push(line);
  }

  // Short single lines in another font than the body (usually bold) are headings too.
  const minorLevel = Math.min(6, headingSizes.length + 1);
  built.forEach((b, k) => {
    if (b.kind !== 'paragraph' || b.lines.length !== 1) return;
    const line = b.lines[0]!;
    const next = built[k + 1];
    if (!next || next.kind === 'heading') return;
    if (!bodyFont || line.font === bodyFont || Math.abs(line.size - bodySize) > 0.5) return;
    if (line.text.split(' ').length > 12 || /[.,;:!]["'’”)]?$/.test(line.text) || !/^[\p{Lu}\d]/u.test(line.text)) return;
    b.kind = 'heading';
    b.level = minorLevel;
  });

  const raw: RawBlock[] = [];
  for (const b of built) {
    let text = cleanText(joinLines(b.lines.map((l) => l.text)));
    if (b.kind === 'listItem') text = text.replace(BULLET, '').replace(NUMBERED, '').trim();
    if (!text) continue;
    let kind = b.kind;
    // Large print that reads like running text (long, or ending a sentence) is not a heading.
    if (kind === 'heading' && (text.length > 200 || b.lines.length > 3 || /[.,;]["'’”)]?$/.test(text) || text.split(' ').length > 25)) kind = 'paragraph';
    const block: RawBlock = { kind, text, page: b.lines[0]!.page };
    if (kind === 'heading') block.level = b.level ?? minorLevel;
    raw.push(block);
  }
  return raw;
}

function heaviestOf<T>(items: T[], keyOf: (t: T) => string, weightOf: (t: T) => number): string | undefined {
  if (items.length === 0) return undefined;
  const weights = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    weights.set(key, (weights.get(key) ?? 0) + weightOf(item));
  }
  return heaviest(weights);
}
