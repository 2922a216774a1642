import { STOPWORD_LANGUAGES, STOPWORDS_BY_BITS } from './data/stopwords.generated.js';

// Stopword lists of stopwords-iso (MIT) for the languages we expect in news corpora, generated into a table
// (data/generate-stopwords.mjs); documents in other languages fall back to language-independent signals.
const CODES = STOPWORD_LANGUAGES;
/**
 * Word → bit set of the languages listing it: one lookup per word serves both guessing the language and
 * counting its stopwords. Each language's own Set is built only when a document is found to be in it.
 */
const LANGUAGE_BITS = new Map<string, number>();
for (const key in STOPWORDS_BY_BITS) {
  const bits = Number(key);
  const list = STOPWORDS_BY_BITS[bits]!.split('\n');
  for (let i = 0; i < list.length; i++) LANGUAGE_BITS.set(list[i]!, bits);
}

/** Bit set of the languages whose stopword list has this lower-case word (0: none). */
export const languageBits = (w: string): number => LANGUAGE_BITS.get(w) ?? 0;

/** Whether a lower-case word is a stopword of one language ("en", "de", …) of the table. */
export function isStopwordOf(code: string, w: string): boolean {
  const bit = CODES.indexOf(code);
  return bit >= 0 && ((LANGUAGE_BITS.get(w) ?? 0) & (1 << bit)) !== 0;
}

/** Words of a line, lower-cased: letters and digits with inner apostrophes or hyphens. */
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

/** Letter or digit (\p{L}, \p{N}) by UTF-16 code unit, filled on first sight: 0 unknown, 1 yes, 2 no. */
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) WORD_UNIT[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Length (1 or 2 code units) of the letter or digit starting at i, or 0. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let t = WORD_UNIT[c]!;
  if (t === 0) t = WORD_UNIT[c] = c >= 0xdc00 && c <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return t === 1 ? 1 : 0;
}

/** End of the run of letters and digits starting at i. */
function runEnd(s: string, i: number): number {
  for (let n; i < s.length && (n = wordCharAt(s, i)); ) i += n;
  return i;
}

/** The matches of WORD_RE in `text`, by a scan of its characters (this runs on every line of every page). */
export function scanWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!wordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i = runEnd(text, i);
    while (i + 1 < n) {
      const c = text.charCodeAt(i);
      if ((c !== 39 && c !== 0x2019 && c !== 45) || !wordCharAt(text, i + 1)) break;
      i = runEnd(text, i + 1);
    }
    out.push(text.slice(start, i));
  }
  return out;
}

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
  /** The language's bit in `languageBits` (0 when none). */
  mask: number;
}

const NONE: Language = { code: null, stopwords: new Set(), mask: 0 };
const KNOWN: Language[] = [];

function languageAt(bit: number): Language {
  if (KNOWN[bit]) return KNOWN[bit];
  const stopwords = new Set<string>();
  for (const [w, bits] of LANGUAGE_BITS) if (bits & (1 << bit)) stopwords.add(w);
  return (KNOWN[bit] = { code: CODES[bit]!, stopwords, mask: 1 << bit });
}

/** Add a word's language bits to the per-language hit counts. */
export function countHits(hits: Int32Array, bits: number): void {
  while (bits) {
    const low = bits & -bits;
    hits[31 - Math.clz32(low)]!++;
    bits ^= low;
  }
}

export const newHits = () => new Int32Array(CODES.length);

/** The language with most hits among `n` words, or none when it covers too few of them. */
export function languageFromHits(hits: Int32Array, n: number): Language {
  let best = -1;
  let bestHits = 0;
  for (let b = 0; b < hits.length; b++) {
    if (hits[b]! > bestHits) [best, bestHits] = [b, hits[b]!];
  }
  if (best < 0 || bestHits < Math.max(3, n * 0.12)) return NONE;
  return languageAt(best);
}

/**
 * The language whose stopword list covers most of the given words. A document where no list covers a
 * fair share (another script, or a language we do not list) gets no stopwords: callers then rely on
 * length and punctuation only.
 */
export function detectLanguage(allWords: Iterable<string>, limit = 5000): Language {
  const hits = newHits();
  let n = 0;
  for (const w of allWords) {
    if (n++ >= limit) break;
    countHits(hits, LANGUAGE_BITS.get(w) ?? 0);
  }
  return languageFromHits(hits, n);
}
