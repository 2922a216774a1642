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
  /** Share of words starting with a capital letter. */
  capitalRatio: number;
  /** Share of characters that are letters. */
  letterRatio: number;
}

const MARKER_RE = /^\s*(?:[*•·▪►]|-(?=\s))\s*/u;
const SENTENCE_END_RE = /[.!?…。！？]["'”’»)\]」』]*$/u;
/** Han, kana and Hangul: scripts where a "word" is about two characters. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const BOUNDARY_RE = /[.!?…]["'”’»)\]]*\s+["'“„«(]?\p{Lu}/gu;

export function lineFeatures(line: Line, index: number, stopwords: Set<string>): LineFeatures {
  const raw = line.text;
  const marker = MARKER_RE.exec(raw);
  const body = (marker ? raw.slice(marker[0].length) : raw).trim();
  const written = rawWords(body);
  const ws = new Array<string>(written.length);
  let stops = 0;
  let capitals = 0;
  let lettered = 0;
  written.forEach((w, k) => {
    const lower = w.toLowerCase();
    ws[k] = lower;
    if (stopwords.has(lower)) stops++;
    const c = w.charCodeAt(0);
    if (c < 48 || c > 57) {
      lettered++;
      if (lower.charCodeAt(0) !== c) capitals++;
    }
  });
  let letters = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191) letters++;
  }
  const endsSentence = SENTENCE_END_RE.test(body);
  const cjk = body.length > 0 && body.length < 100000 ? (body.match(CJK_RE)?.length ?? 0) : 0;
  return {
    index,
    number: line.number,
    body,
    key: lineKey(raw),
    bullet: marker !== null,
    indented: marker === null && /^\s{2,}/.test(raw),
    words: ws,
    wordCount: cjk > body.length * 0.3 ? Math.max(ws.length, Math.round(cjk / 2)) : ws.length,
    chars: body.length,
    stopDensity: ws.length ? stops / ws.length : 0,
    endsSentence,
    sentences: (body.match(BOUNDARY_RE)?.length ?? 0) + (endsSentence ? 1 : 0),
    capitalRatio: lettered ? capitals / lettered : 0,
    letterRatio: body.length ? letters / body.length : 0,
  };
}
