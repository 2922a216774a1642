import { createRequire } from 'node:module';

// stopwords-iso (MIT) ships one JSON object { lang: string[] }; createRequire loads it without import attributes.
const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso') as Record<string, string[]>;

/** Languages we expect in news corpora; others fall back to language-independent signals. */
const LANGUAGES = ['en', 'de', 'es', 'fr', 'pl', 'pt', 'it', 'nl', 'sv', 'da', 'no', 'fi', 'cs', 'ro', 'ca', 'hu', 'tr', 'id'];

const STOPWORDS = new Map<string, Set<string>>(
  LANGUAGES.filter((l) => Array.isArray(ISO[l])).map((l) => [l, new Set(ISO[l]!.map((w) => w.toLowerCase()))]),
);

/** Words of a line, lower-cased: letters and digits with inner apostrophes or hyphens. */
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return (text.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
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
export function detectLanguage(allWords: Iterable<string>, limit = 20000): Language {
  const hits = new Map<string, number>();
  let n = 0;
  for (const w of allWords) {
    if (n++ >= limit) break;
    for (const [code, set] of STOPWORDS) if (set.has(w)) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [code, h] of hits) if (h > bestHits) [best, bestHits] = [code, h];
  if (!best || bestHits < Math.max(3, n * 0.12)) return NONE;
  return { code: best, stopwords: STOPWORDS.get(best)! };
}
