/**
 * File names the extension suggests (the letter here, the review export in
 * lib/review/exchange.ts): the same forbidden characters and the same date for both.
 */
import { firstGraphemes, oneLine } from './text';

/** Longest municipality in a file name, in user-perceived characters (as the review export's 80). */
const MAX_PLACE_CHARS = 80;
const MAX_PLACE_BYTES = 150;

/** Characters not allowed in file names on Windows, macOS or Linux (and control characters). */
export const FORBIDDEN_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** "2026-11-22" in the local time zone. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Adviesbrief regiovisie <gemeente> <jjjj-mm-dd>.docx", safe on every platform. */
export function letterFileName(municipality: string, date: Date): string {
  const place = oneLine(municipality)
    .replace(FORBIDDEN_IN_FILE_NAMES, '')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  const name = ['Adviesbrief regiovisie', shortPlace(place), isoDay(date)].filter((p) => p.length > 0).join(' ');
  return `${name}.docx`;
}

/**
 * A long name cut at a word (on a grapheme boundary) to 80 user-perceived characters and 150
 * UTF-8 bytes (file systems allow 255 bytes for the whole name), without a dot or space at the end.
 */
function shortPlace(place: string): string {
  const parts = firstGraphemes(place, MAX_PLACE_CHARS + 1);
  const encoder = new TextEncoder();
  if (parts.length <= MAX_PLACE_CHARS && encoder.encode(place).length <= MAX_PLACE_BYTES) return place;
  let cut = '';
  let bytes = 0;
  for (const g of parts.slice(0, MAX_PLACE_CHARS)) {
    bytes += encoder.encode(g).length;
    if (bytes > MAX_PLACE_BYTES) break;
    cut += g;
  }
  const space = cut.lastIndexOf(' ');
  return (space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[. ]+$/, '');
}
