import type { Line } from '../corpus/types.js';
import { countHits, languageBits, languageFromHits, newHits, rawWords, scanWords, type Language } from './language.js';


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
  words: string[];
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
}

const MARKER_RE = /^\s*(?:[*•·▪►]|-(?=\s))\s*/u;
const SENTENCE_END_RE = /[.!?…。！？]["'”’»)\]」』]*$/u;
/** Characters of a line read for its words. */
const WORD_SAMPLE = 50000;
/** Words read to guess a document's language. */
const LANGUAGE_SAMPLE = 5000;
const BOUNDARY_RE = /[.!?…]["'”’»)\]]*\s+["'“„«(]?\p{Lu}/gu;

/**
 * Features of one line, given the document's line hashes (see takeLineHashes); `stopDensity` is filled in by
 * `detectLanguageAndDensity` once the language is known.
 */
export function lineFeatures(line: Line, index: number, lineHashes: Float64Array): LineFeatures {
  const raw = line.text;
  const marker = MARKER_RE.exec(raw);
  const body = (marker ? raw.slice(marker[0].length) : raw).trim();
  // Words of a very long line are read from its start; the count is extrapolated (a 5 MB line stays cheap).
  const sampled = body.length > WORD_SAMPLE;
  const sample = sampled ? body.slice(0, WORD_SAMPLE) : body;
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
  // Lower-casing the line once gives the same words as lower-casing each word, except for the two letters
  // whose lower case depends on context or changes length (Turkish dotted I, Greek capital sigma).
  const ws = contextual ? rawWords(sample).map((w) => w.toLowerCase()) : scanWords(sample.toLowerCase());
  const wordTotal = sampled ? Math.round((ws.length * body.length) / WORD_SAMPLE) : ws.length;
  const endsSentence = SENTENCE_END_RE.test(body);
  const cjk = sample.length ? (cjkChars * body.length) / sample.length : 0;
  return {
    index,
    number: line.number,
    body,
    key: lineHashes[2 * index]!,
    sourceKey: lineHashes[2 * index + 1]!,
    bullet: marker !== null,
    // Ideographic spaces indent paragraphs in Chinese and Japanese text: not layout.
    indented: marker === null && /^[ \t\u00a0]{2,}/.test(raw),
    words: ws,
    wordCount: cjk > body.length * 0.3 ? Math.max(wordTotal, Math.round(cjk / 2)) : wordTotal,
    chars: body.length,
    stopDensity: 0,
    endsSentence,
    sentences: (sample.match(BOUNDARY_RE)?.length ?? 0) + (endsSentence ? 1 : 0),
    letterRatio: sample.length ? letters / sample.length : 0,
  };
}

/**
 * The document's language, guessed from its first LANGUAGE_SAMPLE words, and each line's
 * stopword density in it: one lookup per word serves both.
 */
export function detectLanguageAndDensity(features: LineFeatures[]): Language {
  let total = 0;
  for (const f of features) total += f.words.length;
  const bits = new Int32Array(total);
  const hits = newHits();
  let k = 0;
  for (const f of features) {
    const ws = f.words;
    for (let i = 0; i < ws.length; i++) {
      const b = languageBits(ws[i]!);
      bits[k] = b;
      if (k++ < LANGUAGE_SAMPLE) countHits(hits, b);
    }
  }
  const language = languageFromHits(hits, Math.min(total, LANGUAGE_SAMPLE));
  const mask = language.mask;
  k = 0;
  for (const f of features) {
    const n = f.words.length;
    let stops = 0;
    for (let i = 0; i < n; i++) if (bits[k++]! & mask) stops++;
    f.stopDensity = n ? stops / n : 0;
  }
  return language;
}
