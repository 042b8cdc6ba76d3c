import type { Verdict } from '../checklist/types';
import type { Evidence, Review } from '../check/types';

/**
 * Stage 3: the user's review. The automatic Review stays as it was computed; everything
 * the user decides lives beside it in `decisions`, so the automatic verdict stays visible
 * and a re-check can keep the user's work.
 */

export interface OwnEvidence extends Omit<Evidence, 'score'> {
  /** Set when the user added this quote by selecting text on the page. */
  addedAt: string;
  /**
   * The id of the review source the quote was selected in (see ReviewSource). Absent: the source
   * its block id names (sourceOfQuote in sources.ts).
   */
  source?: string;
}

/** What a source of a review is: a web page, or a chosen PDF, saved web page or text file. */
export type ReviewSourceKind = 'page' | 'pdf' | 'html' | 'text';
export const REVIEW_SOURCE_KINDS: readonly ReviewSourceKind[] = ['page', 'pdf', 'html', 'text'];

/**
 * One page or file of the regiovisie. A review has one or more; its verdicts are computed over
 * the blocks of all of them together (see lib/review/sources.ts).
 */
export interface ReviewSource {
  /** "s1", "s2", …: never reused within a review. Blocks of "s1" keep their ids; others get "<id>:" before them. */
  id: string;
  kind: ReviewSourceKind;
  title: string;
  /** The page address (kind "page") or the file name (the other kinds). */
  url: string;
  characters: number;
  words: number;
  blocks: number;
  /** PDFs: the number of pages. */
  pages?: number;
  addedAt: string;
}

export interface ItemDecision {
  /** Verdict set by hand; absent means the automatic verdict holds. */
  verdict?: Verdict;
  /**
   * The council's explanation for the letter: printed in the letter and in the appendix, beside
   * this item. May be long, may contain any character.
   */
  toelichting?: string;
  /**
   * A private note (a reminder, "Navragen bij wethouder"): stays with the review in this
   * browser (and in an export of the review), never in any letter or appendix.
   */
  privateNote?: string;
  /** Evidence the user added from a selection on the page. */
  ownEvidence?: OwnEvidence[];
  /** The user looked at the item and agrees with the automatic verdict. */
  confirmed?: boolean;
  updatedAt: string;
}

export interface ReviewChange {
  id: string;
  /** Automatic verdict of the previous check and of the new one. */
  from: Verdict;
  to: Verdict;
}

/**
 * To whom the letter about this review goes: the gemeenteraad, the college van burgemeester en
 * wethouders, or both. The same words as the council settings' `recipient.body`, plus both.
 */
export type Addressee = 'gemeenteraad' | 'college van B&W' | 'gemeenteraad en college van B&W';
export const ADDRESSEES: readonly Addressee[] = ['gemeenteraad', 'college van B&W', 'gemeenteraad en college van B&W'];

export interface SavedReview {
  schemaVersion: 3;
  /** Normalised URL (see normaliseUrl): the storage key. */
  key: string;
  url: string;
  title: string;
  /**
   * The municipality the letter goes to, if the council set it for this review (editable in the
   * panel). Absent: the council settings' municipality. (Before the letter used it, the panel
   * called it "Gemeente of regio".)
   */
  municipality?: string;
  /** The youth-care region of this regiovisie; absent: the council settings' region. */
  region?: string;
  /** To whom the letter goes; absent: the council settings' `recipient.body`. */
  addressee?: Addressee;
  /**
   * The regiovisie's name as the letter gives it; absent: the title of the checked page or
   * file (which may be a news page's "Laatste nieuws …").
   */
  regiovisieName?: string;
  createdAt: string;
  updatedAt: string;
  /** When the automatic review was (last) computed. */
  checkedAt: string;
  automatic: Review;
  /**
   * The pages and files the automatic review was computed over, in order (at least one). The
   * first one's address is `url` when the review was made.
   */
  sources: ReviewSource[];
  /**
   * The highest source number ("s3" → 3) this review ever gave out, also of sources removed
   * since: a new source never gets the id of a removed one (own passages kept from it still name
   * it). Absent in older reviews: then it follows from the sources and own passages (see
   * nextSourceId in sources.ts).
   */
  lastSourceNumber?: number;
  decisions: Record<string, ItemDecision>;
  /** Automatic verdicts that changed at the last re-check. */
  changes?: ReviewChange[];
  /**
   * The earlier version (another saved review: the concept) this review's letter compares with:
   * the letter then has "Wat is veranderd sinds de conceptversie" (issue 10). Absent: no such section.
   */
  compareWith?: { key: string; title: string };
  /** Letter paragraphs edited by the user, keyed by paragraph id (issue 5). */
  letterEdits?: Record<string, string>;
}
