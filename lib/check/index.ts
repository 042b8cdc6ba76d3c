export { analyze, classifySentence } from './analyzer';
export type * from './types';
