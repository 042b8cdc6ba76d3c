/** The letter's file name; its parts are cut as every file name the extension suggests (lib/text/file-name.ts). */
import { FORBIDDEN_IN_FILE_NAMES, fileNamePart, isoDay } from '../text/file-name';
import { oneLine } from './text';

/** "Adviesbrief regiovisie <gemeente> <jjjj-mm-dd>.docx", safe on every platform. */
export function letterFileName(municipality: string, date: Date): string {
  const place = oneLine(municipality)
    .replace(FORBIDDEN_IN_FILE_NAMES, '')
    .replace(/[[\]]/g, '')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  const name = ['Adviesbrief regiovisie', fileNamePart(place), isoDay(date)].filter((p) => p.length > 0).join(' ');
  return `${name}.docx`;
}
