import type { Line } from '../corpus/types.js';
import { words } from './language.js';
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

const MARKER_RE = /^\s*(?:[*•·▪►>]|-(?=\s))\s*/u;
const SENTENCE_END_RE = /[.!?…]["'”’»)\]]*$/u;
const BOUNDARY_RE = /[.!?…]["'”’»)\]]*\s+["'“„«(]?\p{Lu}/gu;

export function lineFeatures(line: Line, index: number, stopwords: Set<string>): LineFeatures {
  const raw = line.text;
  const marker = MARKER_RE.exec(raw);
  const body = (marker ? raw.slice(marker[0].length) : raw).trim();
  const ws = words(body);
  let stops = 0;
  let capitals = 0;
  for (const w of ws) if (stopwords.has(w)) stops++;
  // Capitals are read on the original case; one pass over the word starts.
  const starts = body.match(/(?<![\p{L}\p{N}'’\-])[\p{L}]/gu) ?? [];
  for (const c of starts) if (c !== c.toLowerCase()) capitals++;
  let letters = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191) letters++;
  }
  const endsSentence = SENTENCE_END_RE.test(body);
  return {
    index,
    number: line.number,
    body,
    key: lineKey(raw),
    bullet: marker !== null && /[*•·▪►>-]/u.test(marker[0]),
    indented: marker === null && /^\s{2,}/.test(raw),
    words: ws,
    chars: body.length,
    stopDensity: ws.length ? stops / ws.length : 0,
    endsSentence,
    sentences: (body.match(BOUNDARY_RE)?.length ?? 0) + (endsSentence ? 1 : 0),
    capitalRatio: starts.length ? capitals / starts.length : 0,
    letterRatio: body.length ? letters / body.length : 0,
  };
}
