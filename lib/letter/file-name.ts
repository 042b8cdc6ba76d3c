/**
 * File names the extension suggests (the letter here, the review export in
 * lib/review/exchange.ts): the same forbidden characters and the same date for both.
 */
import { oneLine } from './text';

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
  const name = ['Adviesbrief regiovisie', place, isoDay(date)].filter((p) => p.length > 0).join(' ');
  return `${name}.docx`;
}
