/**
 * Parts of the file names the extension suggests (the letter, the review export, a damaged
 * review set aside): the same forbidden characters, the same cut and the same date for all.
 */
import { firstGraphemes } from './graphemes';

/** Longest text in a file name, in user-perceived characters and in UTF-8 bytes (file systems allow 255 bytes for the whole name). */
const MAX_PART_CHARS = 80;
const MAX_PART_BYTES = 150;

/** Characters not allowed in file names on Windows, macOS or Linux (and control characters). */
export const FORBIDDEN_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** "2026-11-22" in the local time zone. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A text (already without FORBIDDEN_IN_FILE_NAMES) as part of a file name: white space
 * collapsed; a long text cut at a word (on a grapheme boundary) to 80 user-perceived characters
 * and 150 UTF-8 bytes; no dot or space at the end, as Windows does not allow them.
 */
export function fileNamePart(text: string): string {
  const name = text.replace(/\s+/g, ' ').trim();
  const parts = firstGraphemes(name, MAX_PART_CHARS + 1);
  const encoder = new TextEncoder();
  if (parts.length <= MAX_PART_CHARS && encoder.encode(name).length <= MAX_PART_BYTES) return name.replace(/[. ]+$/, '');
  let cut = '';
  let bytes = 0;
  for (const g of parts.slice(0, MAX_PART_CHARS)) {
    bytes += encoder.encode(g).length;
    if (bytes > MAX_PART_BYTES) break;
    cut += g;
  }
  const space = cut.lastIndexOf(' ');
  return (space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[. ]+$/, '');
}
