export { analyze } from './analyzer';
export { passageKind, isStrongKind } from './passage-kind';
export type * from './types';
