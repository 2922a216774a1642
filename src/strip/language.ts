import { createRequire } from 'node:module';

// stopwords-iso (MIT) ships one JSON object { lang: string[] }; createRequire loads it without import attributes.
const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso') as Record<string, string[]>;

/** Languages we expect in news corpora; others fall back to language-independent signals. */
const LANGUAGES = ['en', 'de', 'es', 'fr', 'pl', 'pt', 'it', 'nl', 'sv', 'da', 'no', 'fi', 'cs', 'ro', 'ca', 'hu', 'tr', 'id'];

const STOPWORDS = new Map<string, Set<string>>(
  LANGUAGES.filter((l) => Array.isArray(ISO[l])).map((l) => [l, new Set(ISO[l]!.map((w) => w.toLowerCase()))]),
);
const CODES = [...STOPWORDS.keys()];
/** Word → bit set of the languages listing it: one lookup per word when guessing the language. */
const LANGUAGE_BITS = new Map<string, number>();
CODES.forEach((code, bit) => {
  for (const w of STOPWORDS.get(code)!) LANGUAGE_BITS.set(w, (LANGUAGE_BITS.get(w) ?? 0) | (1 << bit));
});

/** Words of a line, lower-cased: letters and digits with inner apostrophes or hyphens. */
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

/** Words as written (case kept). */
export function rawWords(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

export interface Language {
  code: string | null;
  stopwords: Set<string>;
}

const NONE: Language = { code: null, stopwords: new Set() };

/**
 * The language whose stopword list covers most of the given words. A document where no list covers a
 * fair share (another script, or a language we do not list) gets no stopwords: callers then rely on
 * length and punctuation only.
 */
export function detectLanguage(allWords: Iterable<string>, limit = 5000): Language {
  const hits = new Array<number>(CODES.length).fill(0);
  let n = 0;
  for (const w of allWords) {
    if (n++ >= limit) break;
    let bits = LANGUAGE_BITS.get(w) ?? 0;
    for (let b = 0; bits; b++, bits >>>= 1) if (bits & 1) hits[b]!++;
  }
  let best: string | null = null;
  let bestHits = 0;
  hits.forEach((h, b) => {
    if (h > bestHits) [best, bestHits] = [CODES[b]!, h];
  });
  if (!best || bestHits < Math.max(3, n * 0.12)) return NONE;
  return { code: best, stopwords: STOPWORDS.get(best)! };
}
