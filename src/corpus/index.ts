export * from './types.js';
export * from './normalize.js';
export * from './text.js';
export * from './parsed.js';
export * from './load.js';
export * from './nlp.js';
export * from './lexicon.js';
