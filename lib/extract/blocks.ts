import type { Block, BlockKind } from './types';
import { countWords } from './clean';
import { truncateText } from '../text/graphemes';

/** A block as an extractor reads it, before ids and headings are assigned. Text is already clean. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** Heading level 1–6 (headings only). */
  level?: number;
  collapsed?: boolean;
  page?: number;
}

/**
 * Give blocks their stable ids (b1, b2, … in document order) and link each to the heading it
 * falls under (a heading: to its parent heading), and count characters and words. Shared by
 * every extractor, so HTML, text and PDF documents have the same shape.
 */
export function finishBlocks(raw: readonly RawBlock[]): { blocks: Block[]; characters: number; words: number } {
  const blocks: Block[] = [];
  const open: { id: string; text: string; level: number }[] = [];
  let characters = 0;
  let words = 0;
  raw.forEach((r, index) => {
    const block: Block = { id: `b${index + 1}`, kind: r.kind, text: r.text };
    if (r.kind === 'heading') {
      block.level = r.level ?? 2;
      while (open.length > 0 && open[open.length - 1]!.level >= block.level) open.pop();
    }
    const parent = open[open.length - 1];
    if (parent) {
      block.headingId = parent.id;
      block.heading = parent.text;
    }
    if (r.collapsed) block.collapsed = true;
    if (r.page !== undefined) block.page = r.page;
    if (r.kind === 'heading') open.push({ id: block.id, text: block.text, level: block.level! });
    characters += r.text.length;
    words += countWords(r.text);
    blocks.push(block);
  });
  return { blocks, characters, words };
}

/** Longest title made from a document's first block, when it has no title and no heading. */
const FALLBACK_TITLE_GRAPHEMES = 80;

/**
 * The title of a document read from a file: the title it declares, else its first heading,
 * else the start of its first block, else the file name.
 */
export function fileDocumentTitle(blocks: readonly Block[], fileName: string, declared?: string): string {
  if (declared) return declared;
  const heading = blocks.find((b) => b.kind === 'heading');
  if (heading) return heading.text;
  return blocks[0] ? truncateText(blocks[0].text, FALLBACK_TITLE_GRAPHEMES) : fileName;
}
