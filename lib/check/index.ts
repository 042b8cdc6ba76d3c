export { analyze, classifySentence, MAX_EVIDENCE } from './analyzer';
export type { SentenceContext } from './analyzer';
export { compileChecklist } from './signals';
export { fleschDouma, levelOf, B1 } from './readability';
export { JARGON } from './jargon';
export type * from './types';
