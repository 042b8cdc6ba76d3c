import type { ExtractedDocument } from './types';

export type DocumentProblem = 'empty' | 'notDutch' | 'truncated' | 'simplified' | 'scanned';

/** Fewer words than this is not a text one can check (a menu page, a login page, an image). */
export const MIN_WORDS = 80;

/** What is wrong with a document before it is checked; the UI explains each in plain Dutch. */
export function documentProblems(doc: ExtractedDocument): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  if (doc.words < MIN_WORDS) problems.push('empty');
  else if (doc.language && doc.language !== 'nl') problems.push('notDutch');
  if (doc.truncated) problems.push('truncated');
  if (doc.simplified) problems.push('simplified');
  if (doc.scanned) problems.push('scanned');
  return problems;
}
