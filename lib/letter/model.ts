/**
 * The letter as plain data: composeLetter builds it, lib/docx renders it. The renderer knows
 * nothing about checklists or reviews; everything it shows is already text here.
 *
 * Guarantee: no string in a LetterModel contains "\n" or a lone surrogate.
 */
import type { Verdict } from '../checklist/types';
import type { VerdictCounts } from '../review/model';

export interface LetterLogo {
  mime: 'image/png' | 'image/jpeg';
  dataBase64: string;
  /** Display size in pixels at 96 dpi, already scaled to fit the letterhead. */
  width: number;
  height: number;
}

export interface HeadingBlock {
  type: 'heading';
  id: string;
  /** 1 = appendix title; 2 = section; 3 = theme inside the letter. */
  level: 1 | 2 | 3;
  text: string;
}

/** body: normal text; lead: a bold lead-in line before a list; bullet/numbered: list items; note: the council's note; small: grey fine print. */
export type ParagraphStyle = 'body' | 'lead' | 'bullet' | 'numbered' | 'note' | 'small';

export interface ParagraphBlock {
  type: 'paragraph';
  /** Stable id: SavedReview.letterEdits[id] replaces the text. */
  id: string;
  text: string;
  style: ParagraphStyle;
  /** Shown before the text: the literal number ("1.") of a numbered item, "•" for a bullet, or a bold lead-in ("Toelichting van de raad:"). */
  label?: string;
  /** Keep on the same page as the next block (lead-in lines before a list). */
  keepNext?: boolean;
}

export interface CellParagraph {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Smaller, grey text (headings, pages, "toegevoegd door de raad"). */
  muted?: boolean;
}

/**
 * One bar of the chart (lib/letter/chart.ts): the renderer draws it from these numbers, so the
 * model stays text and numbers. `max` is the longest bar's total, so bars compare by length.
 */
export interface CellBar {
  counts: VerdictCounts;
  max: number;
  /** What the bar shows, for screen readers. */
  alt: string;
}

export interface TableCell {
  paragraphs: CellParagraph[];
  /** A bar of the chart, shown above the paragraphs. */
  bar?: CellBar;
}

export interface TableColumn {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  width: number;
  /** The legend: this verdict's swatch, drawn like its part of the bars, before the header text. */
  swatch?: Verdict;
}

export interface TableBlock {
  type: 'table';
  id: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Short description for screen readers (table caption / description). */
  description?: string;
}

export type LetterBlock = HeadingBlock | ParagraphBlock | TableBlock;

export interface LetterSignatory {
  name: string;
  role: string;
}

export interface LetterModel {
  language: 'nl-NL';
  /** Document title (file properties). */
  title: string;
  /** Suggested file name: "Adviesbrief regiovisie <gemeente> <jjjj-mm-dd>.docx". */
  fileName: string;
  templateId: string;
  letterhead: {
    name: string;
    addressLines: string[];
    email: string;
    phone: string;
    logo?: LetterLogo;
  };
  /** "Aan de gemeenteraad van Voorbeeldstad", then the postal address when known. */
  addressee: string[];
  /** "Voorbeeldstad, 22 november 2026". */
  placeDate: string;
  date: string;
  kenmerk: string;
  subject: string;
  /** Label/value lines under the date: kenmerk, onderwerp (`strong`: set in bold), bijlage, contactpersoon. */
  reference: { label: string; value: string; strong?: boolean }[];
  salutation: string;
  body: LetterBlock[];
  closing: string;
  /** Name of the council under the closing. */
  sender: string;
  signatories: LetterSignatory[];
  attachments: string[];
  appendix: { title: string; blocks: LetterBlock[] };
  /** True when some council details are still "[placeholders]". */
  hasPlaceholders: boolean;
}
