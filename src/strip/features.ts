import { isSpaceCode } from '../corpus/text.js';
import type { Line } from '../corpus/types.js';
import { mayMatchCookie } from './patterns.js';
import { countHits, FIGURE_FLAG, figureFlag, languageBits, languageFromHits, newHits, rawWords, scanWordBits, scanWords, type Language } from './language.js';
/** What the classifier knows about one non-blank line. */
export interface LineFeatures {
  /** Index into the document's lines (0-based) and the 1-based line number. */
  index: number;
  number: number;
  /** The line without list marker and outer spaces. */
  body: string;
  /** Hash of the line's key for corpus statistics (see lineKey), and its hash within the document's source; NO_KEY when none. */
  key: number;
  sourceKey: number;
  /** Rendered as a list item (`*`, `•`, `-` marker). */
  bullet: boolean;
  /** Leading spaces without a marker: a table cell or nested block in scraped text. */
  indented: boolean;
  /** The words, lower-cased, once read (see lineWords). */
  words: string[] | undefined;
  /** Number of words read (from the first WORD_SAMPLE characters). */
  wordsRead: number;
  /** Number of words; for scripts written without spaces (Chinese, Japanese) estimated from the characters. */
  wordCount: number;
  chars: number;
  /** Share of words that are stopwords of the document's language (0 when the language is unknown). */
  stopDensity: number;
  /** Ends like a sentence: `. ! ? …` possibly followed by closing quotes or brackets. */
  endsSentence: boolean;
  /** Sentence-internal boundaries (". X") plus the final one. */
  sentences: number;
  /** Share of characters that are letters. */
  letterRatio: number;
  /** The line may be a cookie notice (see mayMatchCookie): false when its lower case has none of COOKIE's words. */
  mayBeCookieNotice: boolean;
}

const MARKER_RE = /^\s*(?:[*•·▪►]|-(?=\s))\s*/u;
const BOUNDARY_RE = /[.!?…]["'”’»)\]]*\s+["'“„«(]?\p{Lu}/gu;
/** Characters of a line read for its words. */
const WORD_SAMPLE = 50000;
/** Words read to guess a document's language. */
const LANGUAGE_SAMPLE = 5000;
/** Words of one line counted towards the language guess. */
const LINE_VOTE = 60;
/** Figures of one line counted towards the language guess (some stopword lists carry numerals). */
const FIGURE_VOTE = 10;

/** Length of the list marker (MARKER_RE) the line starts with, or 0; most lines start with a letter, and skip the regex. */
function markerLength(raw: string): number {
  const c = raw.charCodeAt(0);
  const mayStart = isSpaceCode(c) || c === 42 || c === 45 || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25ba;
  return mayStart ? (MARKER_RE.exec(raw)?.[0].length ?? 0) : 0;
}

/** Closing quotes and brackets that may follow a sentence's end mark. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 0x300d || c === 0x300f;
}

/**
 * . ! ? … 。！？ by code: one set look-up for every line (a chain of comparisons, each first met on a line
 * ending otherwise, deoptimised the line reader).
 */
const SENTENCE_END_CODES = new Set([46, 33, 63, 0x2026, 0x3002, 0xff01, 0xff1f]);

/** Same as /[.!?…。！？]["'”’»)\]」』]*$/u: the end mark is the last character before the closers. */
function endsLikeSentence(text: string): boolean {
  // (A step back on every line, closers or not: a decrement met only at the first closing quote deoptimised
  // the line reader.)
  let i = text.length;
  do i--;
  while (i >= 0 && isCloser(text.charCodeAt(i)));
  const c = text.charCodeAt(i);
  return SENTENCE_END_CODES.has(c);
}

/** Number of BOUNDARY_RE matches (test() in a loop: no match arrays). */
function countBoundaries(text: string): number {
  let n = 0;
  BOUNDARY_RE.lastIndex = 0;
  while (BOUNDARY_RE.test(text)) n++;
  return n;
}

/** The start of a line's body that its words are read from (a 5 MB line stays cheap). */
const wordSample = (body: string) => (body.length > WORD_SAMPLE ? body.slice(0, WORD_SAMPLE) : body);

/**
 * Lower-casing the line once gives the same words as lower-casing each word, except for the two letters
 * whose lower case depends on context or changes length (Turkish dotted I, Greek capital sigma).
 */
const CONTEXTUAL_CASE_RE = /[\u0130\u03a3]/;

/** The line's words, lower-cased, read on first need (most lines are only counted, see lineFeatures). */
export function lineWords(f: LineFeatures): string[] {
  if (f.words) return f.words;
  const sample = wordSample(f.body);
  return (f.words = CONTEXTUAL_CASE_RE.test(sample) ? rawWords(sample).map((w) => w.toLowerCase()) : scanWords(sample.toLowerCase()));
}

/**
 * Features of one line, given the document's line hashes (see takeLineHashes). The language bits of its
 * words (see languageBitsAt) are appended to `wordBits`; `stopDensity` is filled in from them by
 * `detectLanguageAndDensity` once the language is known.
 */
export function lineFeatures(line: Line, index: number, lineHashes: number[], wordBits: number[]): LineFeatures {
  const raw = line.text;
  const marker = markerLength(raw);
  const body = (marker ? raw.slice(marker) : raw).trim();
  const sample = wordSample(body);
  let letters = 0;
  // Han, kana and Hangul: scripts where a "word" is about two characters.
  let cjkChars = 0;
  let contextual = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c > 191) {
      letters++;
      if (c === 0x130 || c === 0x3a3) contextual = true;
      else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) cjkChars++;
    }
  }
  let wordsRead: number;
  let words: string[] | undefined;
  // Only a line read whole, and lower-cased whole, can be cleared of COOKIE's words.
  let mayBeCookieNotice = true;
  if (contextual) {
    words = rawWords(sample).map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; i++) wordBits.push(languageBits(words[i]!) | figureFlag(words[i]!.charCodeAt(0)));
    wordsRead = words.length;
  } else {
    const lower = sample.toLowerCase();
    wordsRead = scanWordBits(lower, wordBits);
    if (body.length <= WORD_SAMPLE) mayBeCookieNotice = mayMatchCookie(lower);
  }
  const wordTotal = body.length > WORD_SAMPLE ? Math.round((wordsRead * body.length) / WORD_SAMPLE) : wordsRead;
  const endsSentence = endsLikeSentence(body);
  const cjk = sample.length ? (cjkChars * body.length) / sample.length : 0;
  return {
    index,
    number: line.number,
    body,
    key: lineHashes[2 * index]!,
    sourceKey: lineHashes[2 * index + 1]!,
    bullet: marker > 0,
    // Ideographic spaces indent paragraphs in Chinese and Japanese text: not layout.
    indented: marker === 0 && isIndent(raw.charCodeAt(0)) && isIndent(raw.charCodeAt(1)),
    words,
    wordsRead,
    wordCount: cjk > body.length * 0.3 ? Math.max(wordTotal, Math.round(cjk / 2)) : wordTotal,
    chars: body.length,
    stopDensity: 0,
    endsSentence,
    sentences: countBoundaries(sample) + (endsSentence ? 1 : 0),
    letterRatio: sample.length ? letters / sample.length : 0,
    mayBeCookieNotice,
  };
}

/** Space, tab or no-break space: the characters of an indent (/^[ \t\u00a0]{2,}/). */
const isIndent = (c: number) => c === 32 || c === 9 || c === 0xa0;

/**
 * The document's language, guessed from its first LANGUAGE_SAMPLE words (LINE_VOTE at most per line), and each line's stopword density
 * in it, from the language bits of the lines' words (in order, as lineFeatures appended them). Each loop is a
 * function of its own that ends right after it: V8 optimises a loop while it runs, on the first document,
 * and code after it that had not run yet deoptimised it again on every later document.
 */
export function detectLanguageAndDensity(features: LineFeatures[], wordBits: number[]): Language {
  const hits = newHits();
  const sampled = countLanguageVotes(features, wordBits, hits);
  const language = languageFromHits(hits, sampled);
  setStopDensity(features, wordBits, language.mask);
  return language;
}

/**
 * Adds the votes of the lines' words to `hits`; gives the number of words that voted. Each line votes with
 * at most LINE_VOTE of its words: one odd line (a list of 200 names or figures) must not outvote the
 * article's paragraphs and make every line read as another language. Figures do not vote at all (see FIGURE_FLAG).
 */
function countLanguageVotes(features: LineFeatures[], wordBits: number[], hits: Int32Array): number {
  let sampled = 0;
  for (let j = 0, start = 0; j < features.length && sampled < LANGUAGE_SAMPLE; start += features[j]!.wordsRead, j++) {
    const end = start + features[j]!.wordsRead;
    for (let k = start, n = 0, figures = 0; k < end && n < LINE_VOTE && sampled < LANGUAGE_SAMPLE; k++) {
      const bits = wordBits[k]!;
      if (bits & FIGURE_FLAG && ++figures > FIGURE_VOTE) continue;
      countHits(hits, bits);
      n++;
      sampled++;
    }
  }
  return sampled;
}

/** Each line's share of words that are stopwords of the language (`mask`: its bit). */
function setStopDensity(features: LineFeatures[], wordBits: number[], mask: number): void {
  let k = 0;
  for (let j = 0; j < features.length; j++) {
    const f = features[j]!;
    const n = f.wordsRead;
    let stops = 0;
    for (let i = 0; i < n; i++) if (wordBits[k++]! & mask) stops++;
    f.stopDensity = n ? stops / n : 0;
  }
}
