/**
 * The checks of the letter fuzz test (letter-fuzz.test.ts), shared with the replay of the
 * saved failing cases in tests/fixtures/letter-fuzz/: compose the letter with the project's
 * own pipeline, write the .docx, open it (unzip, parse every XML part, read it with mammoth)
 * and say what is wrong, as a list of problems.
 */
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import type { Checklist } from '../../../lib/checklist/types';
import { composeLetter, MAX_LINE_CHARS } from '../../../lib/letter/compose';
import { FORBIDDEN_IN_FILE_NAMES } from '../../../lib/text/file-name';
import type { LetterBlock, LetterModel } from '../../../lib/letter/model';
import type { CouncilSettings } from '../../../lib/letter/settings';
import { templateOrDefault } from '../../../lib/letter/templates';
import { letterToBuffer } from '../../../lib/docx/render';
import type { SavedReview } from '../../../lib/review/types';
import { hasLoneSurrogate, NOW } from './fixtures';
import { randomEdits, randomLetterCase } from './random';

export type Shape = 'normal' | 'huge' | 'empty';

/** Which kind of case number `index` is: every 100th has 50,000-character texts, every 100th is empty. */
export function shapeOf(index: number): Shape {
  if (index % 100 === 7) return 'huge';
  if (index % 100 === 3) return 'empty';
  return 'normal';
}

export interface ComposedCase {
  review: SavedReview;
  settings: CouncilSettings;
  letter: LetterModel;
}

/** The review and settings of a case, with edits of paragraphs the first composition showed. */
export function composeCase(seed: number, checklist: Checklist, shape: Shape): ComposedCase {
  const c = randomLetterCase(seed, checklist, shape);
  const template = templateOrDefault(c.settings.template);
  const first = composeLetter(c.review, checklist, c.settings, template, NOW);
  const ids = [...first.body, ...first.appendix.blocks].filter((b) => b.type !== 'table').map((b) => b.id);
  const edits = randomEdits(c.editSeed, ids, shape);
  if (Object.keys(edits).length > 0) c.review.letterEdits = edits;
  return { review: c.review, settings: c.settings, letter: composeLetter(c.review, checklist, c.settings, template, NOW) };
}

/** The visible texts of blocks: headings, paragraphs (label and text), table headers and cells. */
function blockTexts(blocks: LetterBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'table') {
      for (const c of b.columns) out.push(c.header);
      for (const row of b.rows) for (const cell of row) for (const p of cell.paragraphs) out.push(p.text);
    } else {
      if (b.type === 'paragraph' && b.label) out.push(b.label);
      out.push(b.text);
    }
  }
  return out;
}

/** The sender's letterhead, the addressee and the place and date: the lines above the subject. */
function letterhead(letter: LetterModel): string[] {
  return [
    letter.letterhead.name,
    ...letter.letterhead.addressLines,
    letter.letterhead.email,
    letter.letterhead.phone,
    ...letter.addressee,
    letter.placeDate,
  ];
}

/** Every text of the letter a reader sees in the body of the document (not the footer). */
function visibleTexts(letter: LetterModel): string[] {
  return [
    ...letterhead(letter),
    ...letter.reference.flatMap((r) => [r.label, r.value]),
    letter.salutation,
    ...blockTexts(letter.body),
    letter.closing,
    letter.sender,
    ...letter.signatories.flatMap((s) => [s.name, s.role]),
    ...letter.attachments,
    ...blockTexts(letter.appendix.blocks),
  ].filter((t) => t !== '');
}

/** Every string anywhere in a value (the logo's bytes left out). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'dataBase64') strings(v, out);
  return out;
}

/** The one-line texts of a letter (names, addresses, the reference lines, salutation and closing). */
function lines(letter: LetterModel): string[] {
  return [
    letter.title,
    ...letterhead(letter),
    letter.subject,
    ...letter.reference.map((r) => r.value),
    letter.salutation,
    letter.closing,
    letter.sender,
    ...letter.signatories.flatMap((s) => [s.name, s.role]),
  ];
}

/** A line of the letter is at most this long in UTF-16 code units (an edited subject line, with its label). */
const MAX_LINE_UNITS = 2 * MAX_LINE_CHARS + 200;

/** Markup from the input that must never come out as markup: it has to be escaped text. */
const RAW_MARKUP = ['<injected', '<w:t>INJECTED', '<![CDATA[', '<!DOCTYPE', '<!ENTITY', '<!-- INJECTED', '&e;'];

const show = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}…(${s.length})` : s);

/** Write the letter and open it; the problems found (empty when the letter is sound). */
export async function letterProblems(letter: LetterModel): Promise<{ problems: string[]; docx: Buffer }> {
  const problems: string[] = [];
  // The model's own promise: no line break, lone surrogate or control character in any string.
  for (const s of strings(letter)) {
    if (s.includes('\n')) problems.push(`model: a line break in ${show(s)}`);
    if (hasLoneSurrogate(s)) problems.push(`model: a lone surrogate in ${show(s)}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s)) problems.push(`model: a control character in ${show(s)}`);
  }

  // A file name every file system takes: at most 255 UTF-8 bytes, nothing forbidden.
  const fileName = letter.fileName;
  if (Buffer.byteLength(fileName) > 255) problems.push(`file name: ${Buffer.byteLength(fileName)} bytes long: ${show(fileName)}`);
  if (new RegExp(FORBIDDEN_IN_FILE_NAMES.source).test(fileName) || hasLoneSurrogate(fileName) || !fileName.endsWith('.docx')) {
    problems.push(`file name: not safe: ${show(fileName)}`);
  }
  // Names and one-line texts stay lines: 50,000 characters there made LibreOffice lay out for minutes.
  for (const line of lines(letter)) if (line.length > MAX_LINE_UNITS) problems.push(`model: a line of ${line.length} characters: ${show(line)}`);

  let docx: Buffer;
  try {
    docx = await letterToBuffer(letter);
  } catch (error) {
    problems.push(`render: ${error instanceof Error ? error.stack : String(error)}`);
    return { problems, docx: Buffer.alloc(0) };
  }
  problems.push(...(await docxProblems(letter, docx)));
  return { problems, docx };
}

/** Open a written letter: the zip, every XML part, markup from the input, the text mammoth reads. */
export async function docxProblems(letter: LetterModel, docx: Uint8Array): Promise<string[]> {
  const problems: string[] = [];

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx);
  } catch (error) {
    problems.push(`zip: ${String(error)}`);
    return problems;
  }
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(bytes);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      problems.push(`xml: ${name} does not parse: ${valid.err.msg} (line ${valid.err.line}, col ${valid.err.col})`);
      continue;
    }
    for (const bad of RAW_MARKUP) if (xml.includes(bad)) problems.push(`xml: ${name} has ${JSON.stringify(bad)} as markup`);
  }

  let text = '';
  try {
    const read = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    text = read.value;
    for (const m of read.messages) if (m.type === 'error') problems.push(`mammoth: ${m.message}`);
  } catch (error) {
    problems.push(`mammoth: cannot read the file: ${String(error)}`);
    return problems;
  }
  // What the model says is what a reader gets: markup-like text included, as text.
  for (const t of visibleTexts(letter)) if (!text.includes(t)) problems.push(`mammoth: text missing from the document: ${show(t)}`);
  return problems;
}
