import { LEXICON_BY_TAGS } from './data/compromise-lexicon.generated.js';

export type LexiconTags = string | string[];

let lexicon: Record<string, LexiconTags> | undefined;

/**
 * compromise's word lexicon (lower-case word → tag or tags), from a copy generated at build time so that
 * the analyses get it in milliseconds instead of loading compromise (see scripts/generate-lexicon.mjs).
 */
export function wordLexicon(): Readonly<Record<string, LexiconTags>> {
  if (lexicon) return lexicon;
  const out: Record<string, LexiconTags> = Object.create(null);
  for (const [key, words] of Object.entries(LEXICON_BY_TAGS)) {
    const tags = key.includes(',') ? key.split(',') : key;
    for (const w of words.split('\n')) out[w] = tags;
  }
  return (lexicon = out);
}
