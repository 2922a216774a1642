import { codeUnitTest } from '../corpus/text.js';
import { isStopwordOf, STOPWORD_LANGUAGES, stopwordBits, stopwordBitsAt } from '../corpus/lexicon.js';

// The stopword table is shared vocabulary (src/corpus/lexicon.ts); strip reads it for every word of a page.
const CODES = STOPWORD_LANGUAGES;

/** Bit set of the languages whose stopword list has the lower-case word s[from, to) (0: none). */
export const languageBitsAt = (s: string, from: number, to: number): number => stopwordBitsAt(s, from, to);

/** Bit set of the languages whose stopword list has this lower-case word (0: none). */
export const languageBits = stopwordBits;

export { isStopwordOf };

/** Words of a line, lower-cased: letters and digits with inner apostrophes or hyphens. */
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Letter or digit (\p{L}, \p{N}), by UTF-16 code unit. */
const isLetterOrDigitUnit = codeUnitTest(LETTER_OR_DIGIT);

/** Length (1 or 2 code units) of the letter or digit starting at i, or 0. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(c) ? 1 : 0;
}

/** End of the run of letters and digits starting at i. */
function runEnd(s: string, i: number): number {
  for (let n; i < s.length && (n = wordCharAt(s, i)); ) i += n;
  return i;
}

/** End of the WORD_RE match starting at i, where a letter or digit stands. */
function wordEnd(text: string, i: number): number {
  i = runEnd(text, i);
  while (i + 1 < text.length) {
    const c = text.charCodeAt(i);
    if ((c !== 39 && c !== 0x2019 && c !== 45) || !wordCharAt(text, i + 1)) break;
    i = runEnd(text, i + 1);
  }
  return i;
}

/** The matches of WORD_RE in `text`, by a scan of its characters. */
export function scanWords(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (!wordCharAt(text, i)) i++;
    else {
      const end = wordEnd(text, i);
      out.push(text.slice(i, end));
      i = end;
    }
  }
  return out;
}

/**
 * Set beside the language bits of a word that starts with a digit: some stopword lists carry numerals ("1"
 * in Spanish), which count for a line's stopword density but are no evidence of the document's language.
 */
export const FIGURE_FLAG = 1 << 30;
export const figureFlag = (firstCode: number): number => (firstCode >= 48 && firstCode <= 57 ? FIGURE_FLAG : 0);

/**
 * The language bits (see languageBitsAt) of the matches of WORD_RE in the lower-case `text`, appended to
 * `out`; returns their number. Words are not kept: this runs on every line of every page.
 */
export function scanWordBits(text: string, out: number[]): number {
  const length = text.length;
  let n = 0;
  for (let i = 0; i < length; ) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiAlnum(c)) {
      i++;
      continue;
    }
    // Most words are ASCII letters and digits only: read and hashed in one pass. One that goes on with a
    // non-ASCII character, an apostrophe or a hyphen is read again by wordEnd, as WORD_RE would match it.
    let end = -1;
    let hash = 0x811c9dc5;
    if (c < 128) {
      let k = i;
      for (; k < length; k++) {
        const d = text.charCodeAt(k);
        if (!isAsciiAlnum(d)) break;
        hash = Math.imul(hash ^ d, 0x01000193);
      }
      const next = k < length ? text.charCodeAt(k) : 32;
      if (next < 128 && next !== 39 && next !== 45) end = k;
    } else if (!wordCharAt(text, i)) {
      i++;
      continue;
    }
    const bits = end >= 0 ? stopwordBitsAt(text, i, end, hash >>> 0) : stopwordBitsAt(text, i, (end = wordEnd(text, i)));
    out.push(bits | figureFlag(c));
    n++;
    i = end;
  }
  return n;
}

/** ASCII letter or digit: the ASCII part of [\p{L}\p{N}]. */
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

/** Words as written (case kept). */
export function rawWords(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

export interface Language {
  code: string | null;
  /** The language's bit in `languageBits` (0 when none: then no word is a stopword). */
  mask: number;
}

const NONE: Language = { code: null, mask: 0 };
const KNOWN: Language[] = [];

function languageAt(bit: number): Language {
  return (KNOWN[bit] ??= { code: CODES[bit]!, mask: 1 << bit });
}

/** Whether a lower-case word is a stopword of the language. */
export const isStopwordIn = (language: Language, w: string): boolean => (languageBits(w) & language.mask) !== 0;

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
    countHits(hits, languageBits(w));
  }
  return languageFromHits(hits, n);
}
