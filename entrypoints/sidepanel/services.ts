/**
 * What the panel's hooks need from the browser, passed in as one object: the tab client, the
 * review store, the file reader and saving a file. The panel uses `browserServices`; unit tests
 * pass fakes, so each hook can be tested alone.
 */
import type { ExtractedDocument } from '@/lib/extract/types';
import type { Result } from '@/lib/messages';
import type { Review } from '@/lib/check/types';
import { saveFile } from '@/components/save-file';
import * as tabClient from './tab-client';
import * as reviewStore from './review-store';

export type TabClient = Pick<typeof tabClient, 'activeTab' | 'askTab' | 'ensureContentScript' | 'followActiveTab' | 'panelWindowId' | 'readTabDocument'>;

export type ReviewStore = Pick<
  typeof reviewStore,
  'readReview' | 'writeReview' | 'deleteReview' | 'listReviews' | 'prepare' | 'listSetAside' | 'removeSetAside'
>;

export interface PanelServices {
  tabs: TabClient;
  store: ReviewStore;
  /** Read a file the user chose (a PDF, a saved web page, a text file). */
  readFile(file: File): Promise<Result<ExtractedDocument>>;
  /** Check a document against the checklist (in the panel: in a worker, so the panel stays responsive). */
  analyse(doc: ExtractedDocument): Promise<Result<Review>>;
  /** Offer a file for download. */
  saveFile(blob: Blob, name: string): void;
}

export const browserServices: PanelServices = {
  tabs: tabClient,
  store: reviewStore,
  // Readability and pdf.js are loaded when a file is chosen, not with the panel.
  readFile: (file) => import('./file-reader').then((m) => m.readChosenFile(file)),
  // The checker is loaded in its worker on the first check, not with the panel.
  analyse: (doc) => import('./check-client').then((m) => m.analyseInWorker(doc)),
  saveFile,
};
