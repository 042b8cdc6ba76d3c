export * from './normalize';
export * from './tokenize';
export * from './sentences';
export * from './stemmer';
export * from './compound';
export * from './syllables';
