/**
 * What the views in components/ get from the side panel's hooks (entrypoints/sidepanel): the
 * actions they may call, and the state of the sources and of comparing two versions. The hooks
 * implement these; the views know only this, never the hooks or the browser.
 */
import type { Evidence } from '@/lib/check/types';
import type { Message } from '@/lib/i18n';
import type { Comparison, LayoutChange, OwnEvidence, SavedReview } from '@/lib/review';
import type { Edit, PanelState, ReadResult, SourcesChange, View } from '@/lib/review/panel-state';

export interface PageCheckActions {
  check(): Promise<void>;
  /** Check a file the user chose (a PDF, a saved web page, a text file) instead of the tab. */
  checkFile(file: File): Promise<void>;
}

export interface ReviewEditingActions {
  edit(edit: Edit): void;
  /**
   * The letter view (or anything else) hands back a whole new review; or new sources and their
   * automatic review, put on the newest version of the review (see SourcesChange).
   */
  replace(next: SavedReview | SourcesChange): void;
  setFilter(filter: PanelState['filter']): void;
  /** Fold or unfold a theme or an item. */
  layout(change: LayoutChange): void;
  /** Show the item in the review, open and focused; `close`: the item left, folded away. */
  goToItem(id: string, close?: string): void;
  showOnPage(itemId: string, quotes: (Evidence | OwnEvidence)[]): Promise<void>;
  clearMarks(): Promise<void>;
  addSelection(itemId: string): Promise<void>;
}

export interface SavedReviewsActions {
  /** Download the shown review as a file. */
  exportShown(): void;
  exportSaved(key: string): Promise<void>;
  /** Show a saved review; false when it could not be read (the list says why). */
  open(key: string): Promise<boolean>;
  askDelete(key: string | null): void;
  remove(key: string): Promise<void>;
  importFile(file: File): Promise<void>;
  /** A damaged review that was set aside: save its data as a file (for someone who helps), or remove it. */
  exportSetAside(storageKey: string): Promise<void>;
  removeSetAside(storageKey: string): Promise<void>;
  confirmImport(overwrite: boolean): Promise<void>;
}

export interface PanelActions extends PageCheckActions, ReviewEditingActions, SavedReviewsActions {
  setView(view: View): void;
  /** "Probeer opnieuw op te slaan": write again what could not be written. */
  retrySave(): Promise<void>;
  /** A saved review as the panel knows it: one that could not be written yet wins over the stored one. */
  readSaved(key: string): Promise<ReadResult>;
  /**
   * "Neem dit op in de brief": open the new version and let its letter compare with the old one.
   * The comparison is an edit of the review that is shown after opening (with any edit not yet
   * written), never of a fresh copy from storage.
   */
  useInLetter(oldKey: string, newKey: string, oldTitle: string): Promise<void>;
}

export interface SourcesNotice {
  kind: 'info' | 'error';
  message: Message;
}

export interface SourcesApi {
  busy: boolean;
  notice: SourcesNotice | null;
  addTab(): Promise<void>;
  addFile(file: File): Promise<void>;
  remove(id: string): Promise<void>;
}

/** "Vergelijk twee versies" in "Opgeslagen": the comparison shown, or why it could not be made. */
export interface CompareApi {
  comparison: Comparison | null;
  error: Message | null;
  compare(oldKey: string, newKey: string): Promise<void>;
  close(): void;
}
