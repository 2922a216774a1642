import { LEXICON_BY_TAGS } from './data/compromise-lexicon.generated.js';

export type LexiconTags = string | string[];

let lexicon: Map<string, LexiconTags> | undefined;

/** Whether a word's lexicon tags (one or several; undefined for an unknown word) include one of `wanted`. */
export function hasTag(t: LexiconTags | undefined, wanted: ReadonlySet<string>): boolean {
  if (t === undefined) return false;
  if (typeof t === 'string') return wanted.has(t);
  for (let i = 0; i < t.length; i++) if (wanted.has(t[i]!)) return true;
  return false;
}

/**
 * compromise's word lexicon (lower-case word → tag or tags), from a copy generated at build time so that
 * the analyses get it in milliseconds instead of loading compromise (see scripts/generate-lexicon.mjs).
 */
export function wordLexicon(): ReadonlyMap<string, LexiconTags> {
  if (lexicon) return lexicon;
  // A Map: 25,000 words make a plain object a slow dictionary, built and read more slowly than a Map.
  const out = new Map<string, LexiconTags>();
  for (const key in LEXICON_BY_TAGS) {
    const tags = key.includes(',') ? key.split(',') : key;
    const words = LEXICON_BY_TAGS[key]!.split('\n');
    for (let i = 0; i < words.length; i++) out.set(words[i]!, tags);
  }
  return (lexicon = out);
}
