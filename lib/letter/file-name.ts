import { isoDay, oneLine } from './text';

/** Characters that are not allowed in file names on Windows, macOS or Linux. */
const FORBIDDEN = /[\\/:*?"<>|]/g;

/** "Adviesbrief regiovisie <gemeente> <jjjj-mm-dd>.docx", safe on every platform. */
export function letterFileName(municipality: string, date: Date): string {
  const place = oneLine(municipality)
    .replace(FORBIDDEN, '')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  const name = ['Adviesbrief regiovisie', place, isoDay(date)].filter((p) => p.length > 0).join(' ');
  return `${name}.docx`;
}
