/**
 * Stage 1 output: the extracted document. Produced from a live page (content script),
 * a saved HTML file (CLI, via a Node DOM), a plain text file or a PDF.
 */

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell';

export interface Block {
  /** Stable id in document order: "b1", "b2", … The same page gives the same ids. */
  id: string;
  kind: BlockKind;
  /** Text with white space collapsed and soft hyphens removed. Never empty. */
  text: string;
  /** Heading level 1–6 (only for kind "heading"). */
  level?: number;
  /** Id and text of the nearest heading this block falls under (for a heading: its parent heading). */
  headingId?: string;
  heading?: string;
  /** 1-based page number, for PDFs. */
  page?: number;
  /** True when the block was in a collapsed or hidden section of the page (accordion, <details>, hidden panel). */
  collapsed?: boolean;
}

export type SourceKind = 'html' | 'text' | 'pdf';

export interface ExtractedDocument {
  title: string;
  /** Page URL, or the file name for files. */
  url: string;
  /** BCP 47 primary language ("nl", "en", …) from the page or detected from the text; "" when unknown. */
  language: string;
  source: SourceKind;
  blocks: Block[];
  /** Total characters and words over all blocks. */
  characters: number;
  words: number;
  /** The page was longer than the extractor reads; the blocks hold its first part. */
  truncated?: boolean;
  /** The page had too many elements for Readability; the main region was found by landmarks only. */
  simplified?: boolean;
  /** PDFs: the number of pages. */
  pages?: number;
  /** PDFs: (most) pages have no text layer, only images: a scan. */
  scanned?: boolean;
}
