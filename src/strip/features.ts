import type { Line } from '../corpus/types.js';
import { rawWords } from './language.js';
import { lineKey } from './stats.js';

/** What the classifier knows about one non-blank line. */
export interface LineFeatures {
  /** Index into the document's lines (0-based) and the 1-based line number. */
  index: number;
  number: number;
  /** The line without list marker and outer spaces. */
  body: string;
  /** Key for corpus statistics (see lineKey). */
  key: string;
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
/** Han, kana and Hangul: scripts where a "word" is about two characters. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
/** Characters of a line read for its words. */
const WORD_SAMPLE = 50000;
const BOUNDARY_RE = /[.!?…]["'”’»)\]]*\s+["'“„«(]?\p{Lu}/gu;

/** Features of one line; `stopDensity` is filled in by `setStopDensity` once the language is known. */
export function lineFeatures(line: Line, index: number): LineFeatures {
  const raw = line.text;
  const marker = MARKER_RE.exec(raw);
  const body = (marker ? raw.slice(marker[0].length) : raw).trim();
  // Words of a very long line are read from its start; the count is extrapolated (a 5 MB line stays cheap).
  const sampled = body.length > WORD_SAMPLE;
  const sample = sampled ? body.slice(0, WORD_SAMPLE) : body;
  const ws = rawWords(sample).map((w) => w.toLowerCase());
  const wordTotal = sampled ? Math.round((ws.length * body.length) / WORD_SAMPLE) : ws.length;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191) letters++;
  }
  const endsSentence = SENTENCE_END_RE.test(body);
  const cjk = sample.length ? ((sample.match(CJK_RE)?.length ?? 0) * body.length) / sample.length : 0;
  return {
    index,
    number: line.number,
    body,
    key: lineKey(raw),
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

/** Share of each line's words that are stopwords of the document's language. */
export function setStopDensity(features: LineFeatures[], stopwords: Set<string>): void {
  for (const f of features) {
    let stops = 0;
    for (const w of f.words) if (stopwords.has(w)) stops++;
    f.stopDensity = f.words.length ? stops / f.words.length : 0;
  }
}
