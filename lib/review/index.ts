/** Stage 3, the user's review: pure functions, no browser APIs. */
export * from './types';
export * from './anchor';
export * from './url';
export * from './validate';
export * from './model';
export * from './storage-schema';
export * from './exchange';
export * from './review-index';
export * from './chosen-file';
export * from './source-description';
export * from './sources';
export * from './compare';
export * from './panel';
