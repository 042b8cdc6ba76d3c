/**
 * Plain text → ExtractedDocument. Pure. Format: blank lines separate paragraphs; lines starting
 * with "#" are Markdown headings (level = number of #); lines starting with "- ", "* " or "• "
 * are list items; a line with cells separated by " | " is a table row. Leading "# key: value" lines (as in the development corpus: "# source: URL",
 * "# region: …") are metadata, not headings. A paragraph of one short line without closing
 * punctuation followed by more text is taken as a heading (plain text saved from a web page
 * or PDF loses its heading markup).
 */
import type { ExtractedDocument } from './types';
import { cleanText, joinLines } from './clean';
import { fileDocumentTitle, finishBlocks, type RawBlock } from './blocks';
import { detectLanguage } from './language';

const META_LINE = /^#\s*(source|region|title|url|bron|regio|titel)\s*:\s*(.*)$/i;
/** A table row as text: at least two cells separated by " | ". */
const TABLE_ROW = /\S\s\|\s\S/;
const LIST_LINE = /^\s*(?:[-*•·▪◦‣]|\d{1,2}[.)])\s+/;
/** A list line with a number ("7. …", "3) …") rather than a bullet. */
const NUMBERED_LINE = /^\s*\d{1,2}[.)]\s+/;

export function textToDocument(text: string, fileName: string): ExtractedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const meta: Record<string, string> = {};
  let i = 0;
  // leading metadata lines
  while (i < lines.length) {
    const line = lines[i]!.trim();
    const m = META_LINE.exec(line);
    if (m) {
      const key = m[1]!.toLowerCase();
      if (!(key in meta)) meta[key] = m[2]!.trim();
      i++;
    } else if (line === '' && Object.keys(meta).length > 0) {
      i++;
    } else break;
  }

  const raw: RawBlock[] = [];
  /** Index in `raw` of each list item that had a number, with that number ("7."). */
  const numbered = new Map<number, string>();
  let para: string[] = [];
  const flush = () => {
    if (para.length === 0) return;
    const joined = cleanText(joinLines(para));
    para = [];
    if (joined) raw.push({ kind: 'paragraph', text: joined });
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (h) {
      flush();
      const t = cleanText(h[2]!);
      if (t) raw.push({ kind: 'heading', text: t, level: h[1]!.length });
      continue;
    }
    // a row of a table written as text: "cell | cell | cell", one block per row
    if (TABLE_ROW.test(trimmed)) {
      flush();
      const t = cleanText(trimmed);
      if (t) raw.push({ kind: 'tableCell', text: t });
      continue;
    }
    if (LIST_LINE.test(trimmed)) {
      flush();
      const t = cleanText(trimmed.replace(LIST_LINE, ''));
      if (t) {
        raw.push({ kind: 'listItem', text: t });
        const number = NUMBERED_LINE.exec(trimmed);
        if (number) numbered.set(raw.length - 1, number[0].trim());
      }
      continue;
    }
    // continuation of a list item (indented line right after it)
    if (para.length === 0 && /^\s{2,}/.test(line) && raw.length > 0 && raw[raw.length - 1]!.kind === 'listItem' && lines[i - 1]?.trim() !== '') {
      const last = raw[raw.length - 1]!;
      last.text = cleanText(last.text + ' ' + trimmed);
      continue;
    }
    para.push(line);
  }
  flush();

  // A numbered title on its own ("4. Samen beslissen over de hulp": no other list item beside it,
  // no lead-in ending in ":" before it, short, no closing punctuation) is a section heading, not a
  // list of one: it keeps its number.
  for (const [k, number] of numbered) {
    const b = raw[k]!;
    const before = raw[k - 1];
    const leadIn = before?.kind === 'paragraph' && before.text.trimEnd().endsWith(':');
    const alone = before?.kind !== 'listItem' && raw[k + 1]?.kind !== 'listItem' && !leadIn;
    if (alone && looksLikeTitle(b.text, 12, 100) && !/\?["'’”)]?$/.test(b.text) && !/^\d/.test(b.text)) {
      b.kind = 'heading';
      b.level = 2;
      b.text = `${number} ${b.text}`;
    }
  }

  // Heuristic headings: one short line, no closing punctuation, followed by another block.
  for (let k = 0; k < raw.length - 1; k++) {
    const b = raw[k]!;
    if (b.kind !== 'paragraph') continue;
    if (looksLikeTitle(b.text, 10, 90)) {
      b.kind = 'heading';
      b.level = 2;
    }
  }

  const { blocks, characters, words } = finishBlocks(raw);

  const title = fileDocumentTitle(blocks, fileName, meta.title);
  return {
    title,
    url: fileName,
    language: detectLanguage(blocks.map((b) => b.text).join(' ')),
    source: 'text',
    blocks,
    characters,
    words,
  };
}


/**
 * A title line: short (at most `maxWords` words and `maxChars` characters), starting with a
 * capital, a digit or a quotation mark, and not ending like a sentence or a lead-in (. , ; : !,
 * also before a closing quote or bracket). A question may be a title ("Wat verandert er?").
 */
function looksLikeTitle(text: string, maxWords: number, maxChars: number): boolean {
  return text.split(/\s+/).length <= maxWords && text.length <= maxChars && !/[.,;:!]["'’”)]?$/.test(text) && /^[\p{Lu}\d"'‘“]/u.test(text);
}
