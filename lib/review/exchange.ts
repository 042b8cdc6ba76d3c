/**
 * Export and import of one review as a JSON file, so a council can pass a review on or keep a
 * copy. Imported files are checked by a hand-written validator and give a plain message (a key
 * of lib/i18n: Dutch B1 / English) when something is wrong.
 */
import type { Message } from '../i18n';
import type { SavedReview } from './types';
import { detectVersion, migrate, MigrationError, STORAGE_VERSION } from './storage-schema';
import { normaliseUrl } from './url';
import { isObj } from './validate';
import { FORBIDDEN_IN_FILE_NAMES, fileNamePart, isoDay } from '../text/file-name';

export const EXPORT_FORMAT = 'regiovisie-toets/review';
export const EXPORT_FORMAT_VERSION = 1;
/** Files larger than this are refused (a review with long notes is far smaller). */
export const MAX_IMPORT_CHARS = 20_000_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  review: SavedReview;
}

/** The review as pretty JSON, wrapped with format, formatVersion and exportedAt. */
export function exportReview(saved: SavedReview, now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    review: saved,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; review: SavedReview } | { ok: false; error: Message };

/** The messages (translated where shown). Exported so the UI and the tests use the same ones. */
export const IMPORT_ERRORS = {
  empty: { key: 'importError.empty' },
  tooLarge: { key: 'importError.tooLarge' },
  notJson: { key: 'importError.notJson' },
  foreign: { key: 'importError.foreign' },
  badVersion: { key: 'importError.badVersion' },
  tooNew: { key: 'importError.tooNew' },
  noReview: { key: 'importError.noReview' },
  /** Invalid data: `problem` is the validator's description, `path` where it is ("review.title"). */
  damaged: (problem: Message, path: string): Message => ({ key: 'importError.damaged', params: { problem, path } }),
  /** A migration that could not run (no place to name). */
  notConverted: { key: 'importError.notConverted' },
} as const satisfies Record<string, Message | ((problem: Message, path: string) => Message)>;

/**
 * Read an exported file. Old versions of the review inside are migrated; the storage key is
 * computed again from the URL (so it follows the current normalisation rules).
 */
export function parseReviewImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: IMPORT_ERRORS.tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: IMPORT_ERRORS.empty };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, error: IMPORT_ERRORS.notJson };
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) return { ok: false, error: IMPORT_ERRORS.foreign };
  const fv = data.formatVersion;
  if (typeof fv !== 'number' || !Number.isInteger(fv) || fv < 1) return { ok: false, error: IMPORT_ERRORS.badVersion };
  if (fv > EXPORT_FORMAT_VERSION) return { ok: false, error: IMPORT_ERRORS.tooNew };
  // (formatVersion 1 is the first; older wrappers would be converted here.)
  const inner = data.review;
  const version = detectVersion(inner);
  if (version === undefined) return { ok: false, error: IMPORT_ERRORS.noReview };
  if (version > STORAGE_VERSION) return { ok: false, error: IMPORT_ERRORS.tooNew };
  let review: SavedReview;
  try {
    review = migrate(inner, version);
  } catch (e) {
    if (e instanceof MigrationError) {
      return { ok: false, error: e.problem ? IMPORT_ERRORS.damaged(e.problem.error, e.problem.path) : IMPORT_ERRORS.notConverted };
    }
    throw e;
  }
  const key = normaliseUrl(review.url);
  return { ok: true, review: key === review.key ? review : { ...review, key } };
}

export type ImportConflict = 'none' | 'same' | 'overwrite';

/**
 * What importing `incoming` would do to the review stored under the same key:
 * 'none' (nothing stored yet), 'same' (identical content: nothing to do), or 'overwrite' (ask first).
 */
export function importConflict(existing: SavedReview | undefined, incoming: SavedReview): ImportConflict {
  if (!existing || existing.key !== incoming.key) return 'none';
  return canonical(existing) === canonical(incoming) ? 'same' : 'overwrite';
}

/** JSON with sorted object keys and without undefined values: equal content → equal string. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (isObj(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .filter((k) => v[k] !== undefined)
          .map((k) => [k, v[k]]),
      );
    }
    return v;
  });
}

/**
 * "Toetsing regiovisie <title or municipality> <yyyy-mm-dd>.json": the page title, or the
 * municipality when there is no title; characters not allowed in file names (\ / : * ? " < > |)
 * replaced by a space, white space collapsed, long titles cut at a word.
 */
export function reviewFileName(saved: SavedReview, now: Date): string {
  const name = namePart(saved.title) || namePart(saved.municipality);
  const parts = ['Toetsing regiovisie', name, isoDay(now)].filter((p) => p !== '');
  return `${parts.join(' ')}.json`;
}

/** The file name for the data of a damaged review that was set aside: "Beschadigde toetsing <address> 2025-03-11.json". */
export function setAsideFileName(address: string, now: Date): string {
  const parts = ['Beschadigde toetsing', namePart(address), isoDay(now)].filter((p) => p !== '');
  return `${parts.join(' ')}.json`;
}

/** A text as part of a file name: forbidden characters become spaces, then cut as every file name part. */
function namePart(text: string | undefined): string {
  return fileNamePart((text ?? '').replace(FORBIDDEN_IN_FILE_NAMES, ' '));
}
