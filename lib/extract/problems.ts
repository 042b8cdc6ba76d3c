import type { Message, MessageKey } from '../i18n';
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

const NOTICE: Record<DocumentProblem, { key: MessageKey; kind: 'error' | 'warning' }> = {
  empty: { key: 'error.empty', kind: 'error' },
  scanned: { key: 'error.scanned', kind: 'error' },
  notDutch: { key: 'error.notDutch', kind: 'warning' },
  truncated: { key: 'error.truncated', kind: 'warning' },
  simplified: { key: 'error.simplified', kind: 'warning' },
};

export interface DocumentNotice {
  problem: DocumentProblem;
  kind: 'error' | 'warning';
  message: Message;
}

/**
 * The messages to show for a document's problems, in order. A scan also has too little text;
 * only its own message is shown, because the general one ("too little text") would not say why.
 */
export function documentNotices(doc: ExtractedDocument): DocumentNotice[] {
  const problems = documentProblems(doc);
  return problems
    .filter((p) => !(p === 'empty' && problems.includes('scanned')))
    .map((problem) => ({
      problem,
      kind: NOTICE[problem].kind,
      message: problem === 'truncated' ? { key: NOTICE[problem].key, params: { characters: doc.characters } } : { key: NOTICE[problem].key },
    }));
}
