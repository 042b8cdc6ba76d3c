/**
 * What the side panel decides, as pure functions over plain data (no browser APIs): is this a
 * re-check or a new review, which review a chosen file belongs to (files that share a name),
 * what an answer from the page or from storage means for the user. The panel's hooks
 * (entrypoints/sidepanel) only gather the inputs and dispatch the outcome.
 */
import type { Review } from '../check/types';
import type { ErrorCode } from '../messages';
import type { Message, MessageKey } from '../i18n';
import type { SavedReview } from './types';
import { isFileKey, normaliseUrl } from './url';
import { chosenFileUrl, isSameDocument, numberedFileName } from './chosen-file';
import { createSavedReview, recheck } from './model';
import { sourceWithUrl } from './sources';
import type { SourceFigures } from './source-description';
import type { ImportConflict } from './exchange';

/** The plain-Dutch message for each failure a check or a page request can end in. */
export const ERROR_TEXT: Record<ErrorCode, MessageKey> = {
  restricted: 'error.restricted',
  pdf: 'error.pdf',
  file: 'error.file',
  noTab: 'error.noTab',
  noAccess: 'error.noAccess',
  failed: 'error.failed',
  tooLarge: 'error.tooLarge',
  fileType: 'error.fileType',
  fileTooBig: 'error.fileTooBig',
  fileDamaged: 'error.fileDamaged',
  filePassword: 'error.filePassword',
  fileFailed: 'error.fileFailed',
};

/** The key of the review shown: the saved one's, else the read page's address ('' for none). */
export function shownKey(saved: SavedReview | undefined, docUrl: string | undefined): string {
  return saved?.key ?? (docUrl !== undefined ? normaliseUrl(docUrl) : '');
}

/**
 * True when the check button checks again what is shown ("Opnieuw controleren"): only when
 * the shown review or page is the tab's page. After a chosen file or a saved review of another
 * page, the button checks a different text.
 */
export function checksShownAgain(shown: string, tabUrl: string | undefined): boolean {
  return shown !== '' && !!tabUrl && normaliseUrl(tabUrl) === shown;
}

/**
 * Does the tab show another page than the review's? Not for an unknown address, and not when the
 * tab shows one of the pages of a review of several sources (issue 10).
 */
export function isOtherPage(tabUrl: string | undefined, saved: SavedReview): boolean {
  if (!tabUrl || normaliseUrl(tabUrl) === saved.key) return false;
  return !(saved.sources.length > 1 && sourceWithUrl(saved, tabUrl));
}

/** True when two tab addresses show the same page (an anchor or a tracking parameter makes no other page). */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return normaliseUrl(a) === normaliseUrl(b);
}

/** The key to look up the tab's stored review by ('' when the tab's address is unknown). */
export function tabReviewKey(tabUrl: string | undefined): string {
  return tabUrl ? normaliseUrl(tabUrl) : '';
}

/**
 * What a tab switch means for the review shown: 'keepFile' (a chosen file's review belongs to no
 * tab), 'same' (it is this tab's review already) or 'read' the tab's stored review.
 */
export function afterTabSwitch(shown: SavedReview | undefined, tabUrl: string | undefined): 'keepFile' | 'same' | 'read' {
  if (shown && isFileKey(shown.key)) return 'keepFile';
  // A review of several sources stays while the tab shows one of its pages (issue 10).
  if (shown && tabUrl && !isOtherPage(tabUrl, shown)) return 'same';
  return 'read';
}

/** Most files that share a name that are kept apart ("download (99).pdf" is the last). */
const MAX_SAME_NAME = 100;

/**
 * The review a chosen file belongs to. Another file with the same name ("download.pdf") gets
 * its own review, "download (2).pdf"; the same file (most of the quotes still in it) is a
 * re-check of its review. `read` gives the stored review for an address (undefined: none).
 */
export async function findFileReview(
  fileName: string,
  doc: { title: string; blocks: readonly { text: string }[] },
  read: (url: string) => Promise<SavedReview | undefined>,
): Promise<{ url: string; existing: SavedReview | undefined }> {
  let url = chosenFileUrl(fileName);
  let existing = await read(url);
  for (let n = 2; existing && !isSameDocument(existing, doc) && n < MAX_SAME_NAME; n++) {
    url = chosenFileUrl(numberedFileName(fileName, n));
    existing = await read(url);
  }
  return { url, existing };
}

/** The review after a check: a re-check of the stored one (its source's figures from `figures`, the checked document's), or a new one. */
export function reviewAfterCheck(
  existing: SavedReview | undefined,
  review: Review,
  now: Date,
  url: string,
  title: string,
  figures?: SourceFigures,
): { saved: SavedReview; rechecked: boolean } {
  if (existing) return { saved: recheck(existing, review, now, figures).saved, rechecked: true };
  return { saved: createSavedReview(review, now, url, title), rechecked: false };
}

/**
 * What to do with an imported review: say it is the 'same', 'ask' before replacing (a
 * different stored version, or a damaged one), or 'store' it (nothing stored yet).
 */
export function importStep(conflict: ImportConflict, storedReadable: boolean): 'same' | 'ask' | 'store' {
  if (conflict === 'same') return 'same';
  if (conflict === 'overwrite' || !storedReadable) return 'ask';
  return 'store';
}

/** Why a saved review could not be opened: it was set aside as damaged, or reading failed. */
export function readFailureMessage(key: string, error: Message, setAside: boolean): Message {
  return setAside ? { key: 'storedError.setAside', params: { address: key, detail: error } } : { key: 'saved.readError', params: { detail: error } };
}

/**
 * How the review is laid out in the panel, for one review (`key`): which items are open as a
 * full card (the others show one summary line), which themes are folded, the item the user
 * worked on last, and an item to bring into view and focus once it is shown.
 */
export interface ReviewLayout {
  key: string;
  open: readonly string[];
  folded: readonly string[];
  current?: string;
  focus?: string;
}

export type LayoutChange =
  | { op: 'toggleItem'; id: string }
  | { op: 'toggleTheme'; theme: string }
  /** Open an item (unfolding its theme) and focus it; `close`: the item to fold away. */
  | { op: 'goTo'; id: string; theme: string; close?: string }
  /** The item asked for was focused. */
  | { op: 'focused' };

export function emptyLayout(key: string): ReviewLayout {
  return { key, open: [], folded: [] };
}

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export function changeLayout(layout: ReviewLayout, change: LayoutChange): ReviewLayout {
  switch (change.op) {
    case 'toggleItem':
      return { ...layout, open: toggle(layout.open, change.id), current: change.id };
    case 'toggleTheme':
      return { ...layout, folded: toggle(layout.folded, change.theme) };
    case 'goTo': {
      const open = layout.open.filter((id) => id !== change.close && id !== change.id);
      return { ...layout, open: [...open, change.id], folded: layout.folded.filter((t) => t !== change.theme), current: change.id, focus: change.id };
    }
    case 'focused':
      return layout.focus === undefined ? layout : { ...layout, focus: undefined };
  }
}

/**
 * "Volgende niet bekeken": the first item after `after` (in the order shown) whose verdict the
 * user has not checked yet, going round to the start; undefined when every item is checked.
 */
export function nextUnreviewed(order: readonly string[], reviewed: (id: string) => boolean, after?: string): string | undefined {
  const start = after === undefined ? 0 : order.indexOf(after) + 1;
  for (let i = 0; i < order.length; i++) {
    const id = order[(start + i) % order.length]!;
    if (id !== after && !reviewed(id)) return id;
  }
  return undefined;
}
