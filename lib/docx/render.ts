/**
 * LetterModel → Word document. This is the ONLY module that imports 'docx' (about 70 KB
 * gzipped): the side panel loads it with `await import()` when the user asks for the letter.
 *
 * Word-compatible choices: real heading styles, nl-NL as the default run language, tables
 * with a fixed layout, a column grid and a width on every cell, "Pagina X van Y" in the
 * footer, the appendix in its own section starting on a new page, Arial (LibreOffice maps it
 * to Liberation Sans). No "\n" ever goes into a run.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { base64ToBytes } from '../letter/image';
import type { Verdict } from '../checklist/types';
import { BAR_IMAGE, barPng, SWATCH_IMAGE, swatchPng } from '../letter/chart';
import type { CellBar, CellParagraph, LetterBlock, LetterModel, ParagraphBlock, TableBlock } from '../letter/model';

const FONT = 'Arial';
/** A4 in twips, 2.5 cm side margins. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1247, bottom: 1247, left: 1418, right: 1418, header: 567, footer: 567 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9070 twips = 16 cm

const COLOR = { text: '1A1A1A', muted: '595959', heading: '1F3A5F', border: 'A6A6A6', headerFill: 'E8EDF3' };
/** Sizes in half-points. */
const SIZE = { body: 20, small: 17, table: 17, footer: 16 };

/** Split text on any stray line break into runs separated by breaks (the model should have none). */
function runs(text: string, opts: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : undefined, ...opts }));
}

function paragraph(block: ParagraphBlock): Paragraph {
  const children: ParagraphChild[] = [];
  const common = { keepNext: block.keepNext === true };
  switch (block.style) {
    case 'bullet':
    case 'numbered': {
      children.push(new TextRun({ children: [block.label ?? '•', new Tab()] }), ...runs(block.text));
      return new Paragraph({
        ...common,
        children,
        indent: { left: 397, hanging: 397 },
        tabStops: [{ type: TabStopType.LEFT, position: 397 }],
        spacing: { after: 80 },
      });
    }
    case 'note': {
      if (block.label) children.push(new TextRun({ text: `${block.label} `, bold: true }));
      children.push(...runs(block.text));
      return new Paragraph({
        ...common,
        children,
        indent: { left: 397 },
        spacing: { after: 80 },
        border: { left: { style: BorderStyle.SINGLE, size: 8, color: COLOR.border, space: 6 } },
      });
    }
    case 'lead':
      return new Paragraph({ ...common, spacing: { before: 80, after: 60 }, children: runs(block.text, { bold: true }) });
    case 'small':
      return new Paragraph({ ...common, children: runs(block.text, { size: SIZE.small, color: COLOR.muted }) });
    default:
      if (block.label) children.push(new TextRun({ text: `${block.label} `, bold: true }));
      children.push(...runs(block.text));
      return new Paragraph({ ...common, children });
  }
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cellParagraph(p: CellParagraph): Paragraph {
  return new Paragraph({
    spacing: { after: 60, line: 252 },
    children: runs(p.text, {
      bold: p.bold,
      italics: p.italic,
      color: p.muted ? COLOR.muted : undefined,
      size: p.muted ? SIZE.table - 2 : SIZE.table,
    }),
  });
}

/** A bar of the chart as a PNG drawn by lib/letter/chart.ts, with its alt text. */
function barRun(bar: CellBar): ImageRun {
  return new ImageRun({
    type: 'png',
    data: barPng(bar.counts, bar.max),
    transformation: { ...BAR_IMAGE },
    altText: { name: 'Balk', title: bar.alt, description: bar.alt },
  });
}

/** A legend swatch: the header text beside it says what it stands for. */
function swatchRun(verdict: Verdict, header: string): ImageRun {
  const name = `Legenda: ${header}`;
  return new ImageRun({ type: 'png', data: swatchPng(verdict), transformation: { ...SWATCH_IMAGE }, altText: { name, title: name, description: name } });
}

/** Column widths in twips that add up exactly to the text width. */
export function columnTwips(shares: number[], total = TEXT_WIDTH): number[] {
  const sum = shares.reduce((a, b) => a + b, 0) || 1;
  const out = shares.map((s) => Math.floor((s / sum) * total));
  const rest = total - out.reduce((a, b) => a + b, 0);
  if (out.length > 0) out[out.length - 1]! += rest;
  return out;
}

/** Rows with more text than this may break across pages (a longer row would not fit on one page). */
const ROW_SPLIT_CHARS = 1200;

function rowLength(row: TableBlock['rows'][number]): number {
  return Math.max(0, ...row.map((c) => c.paragraphs.reduce((n, p) => n + p.text.length + 40, 0)));
}

const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

function table(block: TableBlock): Table {
  const widths = columnTwips(block.columns.map((c) => c.width));
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { fill: COLOR.headerFill, color: 'auto', type: 'clear' },
          margins: CELL_MARGINS,
          children: [
            new Paragraph({
              keepNext: true,
              spacing: { after: 0 },
              children: [...(c.swatch ? [swatchRun(c.swatch, c.header), new TextRun({ text: ' ' })] : []), ...runs(c.header, { bold: true, size: SIZE.table })],
            }),
          ],
        }),
    ),
  });
  const body = block.rows.map(
    (row) =>
      new TableRow({
        // Keep a row on one page unless it is too long to fit anyway.
        cantSplit: rowLength(row) < ROW_SPLIT_CHARS,
        children: block.columns.map((_, i) => {
          const cell = row[i] ?? { paragraphs: [] };
          const paras = cell.paragraphs.map(cellParagraph);
          if (cell.bar) paras.unshift(new Paragraph({ spacing: { after: 0 }, children: [barRun(cell.bar)] }));
          if (paras.length === 0) paras.push(new Paragraph({ children: [] }));
          return new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, margins: CELL_MARGINS, children: paras });
        }),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [header, ...body],
  });
}

/** A table without borders, for layout (letterhead, reference lines, signatures). */
function layoutTable(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              margins: { top: 0, bottom: 0, left: 0, right: 113 },
              children: children.length > 0 ? children : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    ],
  });
}

function blocks(list: LetterBlock[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  list.forEach((b, i) => {
    if (b.type === 'heading') out.push(new Paragraph({ heading: HEADING[b.level], keepNext: true, children: runs(b.text) }));
    else if (b.type === 'paragraph') out.push(paragraph(b));
    else {
      out.push(table(b));
      // A little air after a table, unless a heading follows anyway.
      const next = list[i + 1];
      if (!next || next.type !== 'heading') out.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
    }
  });
  return out;
}

function letterhead(letter: LetterModel): Table {
  const lh = letter.letterhead;
  const right: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 40 }, children: runs(lh.name, { bold: true, size: 24, color: COLOR.heading }) }),
  ];
  const small = (text: string) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 0 }, children: runs(text, { size: SIZE.small, color: COLOR.muted }) });
  for (const line of lh.addressLines) right.push(small(line));
  if (lh.email) right.push(small(lh.email));
  if (lh.phone) right.push(small(lh.phone));
  const left: Paragraph[] = [];
  if (lh.logo) {
    left.push(
      new Paragraph({
        spacing: { after: 0 },
        children: [
          new ImageRun({
            type: lh.logo.mime === 'image/png' ? 'png' : 'jpg',
            data: base64ToBytes(lh.logo.dataBase64),
            transformation: { width: lh.logo.width, height: lh.logo.height },
            altText: { name: 'Logo', title: 'Logo', description: `Logo van ${lh.name}` },
          }),
        ],
      }),
    );
  }
  const w = columnTwips([0.4, 0.6]);
  return layoutTable(w, [left, right]);
}

function referenceTable(letter: LetterModel): Table {
  const w = columnTwips([0.22, 0.78]);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: TableBorders.NONE,
    rows: letter.reference.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: w[0]!, type: WidthType.DXA },
              margins: { top: 0, bottom: 0, left: 0, right: 113 },
              children: [new Paragraph({ spacing: { after: 40 }, children: runs(r.label, { color: COLOR.muted, size: SIZE.small + 1 }) })],
            }),
            new TableCell({
              width: { size: w[1]!, type: WidthType.DXA },
              margins: { top: 0, bottom: 0, left: 0, right: 0 },
              children: [new Paragraph({ spacing: { after: 40 }, children: runs(r.value, { size: SIZE.small + 1, bold: r.strong === true }) })],
            }),
          ],
        }),
    ),
  });
}

function signatures(letter: LetterModel): Table {
  const n = Math.max(1, letter.signatories.length);
  const w = columnTwips(Array.from({ length: n }, () => 1 / n));
  return layoutTable(
    w,
    letter.signatories.map((s) => [
      new Paragraph({ keepNext: true, keepLines: true, spacing: { after: 0 }, children: runs(s.name, { bold: true }) }),
      new Paragraph({ spacing: { after: 0 }, children: runs(s.role, { color: COLOR.muted }) }),
    ]),
  );
}

function footer(letter: LetterModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: `${letter.sender}  ·  ${letter.kenmerk}`, size: SIZE.footer, color: COLOR.muted }),
          new TextRun({
            size: SIZE.footer,
            color: COLOR.muted,
            children: [new Tab(), 'Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

const emptyLine = (after = 0) => new Paragraph({ spacing: { after }, children: [] });

/** Build the Word document for a letter. Async so a future version can load fonts or images. */
export async function renderDocx(letter: LetterModel): Promise<Document> {
  const pageProps = {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: MARGIN,
    },
  };
  const foot = { default: footer(letter) };

  const letterChildren: (Paragraph | Table)[] = [
    letterhead(letter),
    emptyLine(480),
    ...letter.addressee.map((line) => new Paragraph({ spacing: { after: 0 }, children: runs(line) })),
    emptyLine(480),
    new Paragraph({ spacing: { after: 160 }, children: runs(letter.placeDate) }),
    referenceTable(letter),
    emptyLine(240),
    new Paragraph({ spacing: { after: 160 }, children: runs(letter.salutation) }),
    ...blocks(letter.body),
    new Paragraph({ keepNext: true, spacing: { before: 200, after: 0 }, children: runs(letter.closing) }),
    new Paragraph({ keepNext: true, spacing: { after: 720 }, children: runs(letter.sender) }),
    signatures(letter),
  ];
  if (letter.attachments.length > 0) {
    letterChildren.push(emptyLine(200));
    letterChildren.push(new Paragraph({ keepNext: true, spacing: { after: 40 }, children: runs(letter.attachments.length === 1 ? 'Bijlage' : 'Bijlagen', { bold: true, size: SIZE.small + 1 }) }));
    for (const a of letter.attachments) {
      letterChildren.push(new Paragraph({ spacing: { after: 0 }, children: runs(a, { size: SIZE.small + 1 }) }));
    }
  }

  return new Document({
    creator: letter.sender,
    title: letter.title,
    subject: letter.subject,
    description: `Adviesbrief met ${letter.appendix.title}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: COLOR.text, language: { value: 'nl-NL' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: COLOR.heading },
          paragraph: { spacing: { before: 0, after: 200 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 23, bold: true, color: COLOR.heading },
          paragraph: { spacing: { before: 280, after: 100 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 21, bold: true, color: COLOR.heading },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
        },
      },
    },
    sections: [
      { properties: pageProps, footers: foot, children: letterChildren },
      {
        properties: { ...pageProps, type: SectionType.NEXT_PAGE },
        footers: foot,
        children: blocks(letter.appendix.blocks),
      },
    ],
  });
}

/** The .docx as bytes, for Node (CLI, tests). */
export async function letterToBuffer(letter: LetterModel): Promise<Buffer> {
  return Packer.toBuffer(await renderDocx(letter));
}

/** The .docx as a Blob, for the side panel's download. */
export async function letterToBlob(letter: LetterModel): Promise<Blob> {
  return Packer.toBlob(await renderDocx(letter));
}
