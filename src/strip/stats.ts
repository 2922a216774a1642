import { isSpaceCode, LineBreaks } from '../corpus/text.js';
import type { Document } from '../corpus/types.js';

/**
 * Corpus-level signals, compact enough for large corpora: for each normalised line (kept as a 53-bit
 * hash, not as text) how many documents contain it, overall and within each source.
 */
export interface LineStats {
  documents: number;
  /** Documents per source (only documents with a known source). */
  docsPerSource: Map<string, number>;
  /** Line hash → number of documents containing the line. */
  corpus: Map<number, number>;
  /** Hash of (source, line) → number of that source's documents containing the line. */
  bySource: Map<number, number>;
  /** Hashes of the texts counted so far: a second copy of a text adds nothing to the statistics. */
  texts: Set<number>;
}

/** A bullet or list marker at the start of a line, as scrapers render `<li>`. */
const MARKER_RE = /^[\s*•·\-–—>|]+/u;

/** Lines longer than this are compared by their first LONG_LINE characters and their length. */
const LONG_LINE = 1000;

/** Whether a line starting with this code unit may start with MARKER_RE (most lines start with a letter). */
function startsMarker(c: number): boolean {
  return isSpaceCode(c) || c === 42 || c === 45 || c === 62 || c === 124 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014;
}

/**
 * The line as compared across documents: list markers and outer spaces gone, case folded, digits folded
 * to 0 (so "12 comments" and "3 comments" match), inner whitespace collapsed.
 */
export function lineKey(text: string): string {
  // A long line is keyed by its start and its length: furniture is short, and this keeps a 5 MB line cheap.
  const head = text.length > LONG_LINE ? text.slice(0, LONG_LINE) : text;
  let key = (startsMarker(head.charCodeAt(0)) ? head.replace(MARKER_RE, '') : head).trim().toLowerCase();
  // Look before replacing: most lines have no digits and no runs of spaces, and replace always copies.
  let digits = false;
  let spaces = false;
  for (let i = 0, afterSpace = false; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const space = isSpaceCode(c);
    if (space && (afterSpace || c !== 32)) spaces = true;
    else if (c >= 48 && c <= 57) digits = true;
    afterSpace = space;
  }
  if (digits) key = key.replace(/\d+/g, '0');
  if (spaces) key = key.replace(/\s+/g, ' ');
  return text.length > LONG_LINE ? `${key}…${text.length}` : key;
}

/** 53-bit FNV-1a style hash of a string (two 32-bit lanes), exact in a JS number. */
export function hashKey(s: string, seed = 0): number {
  let a = 0x811c9dc5 ^ seed;
  let b = 0x9747b28c ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * 53-bit hash of a whole text, to tell identical copies: hashKey's two lanes fed two characters (32 bits) per
 * step, half the steps of hashKey on a text of a megabyte. The length goes into the seed, and an odd last
 * character is mixed before the loop.
 */
function hashText(s: string): number {
  mixTextLanes(s);
  return (laneA >>> 0) * 0x200000 + ((laneB >>> 0) & 0x1fffff);
}

/**
 * hashText's lanes, left by mixTextLanes. V8 optimises that loop while it runs (on the first long text), before
 * any code after it has run: code there that computed something would deoptimise it on every later text,
 * but storing two numbers does not.
 */
let laneA = 0;
let laneB = 0;

function mixTextLanes(s: string): void {
  const n = s.length;
  const even = n - (n & 1);
  let a = 0x811c9dc5 ^ n;
  let b = 0x9747b28c ^ n;
  if (even < n) {
    a = Math.imul(a ^ s.charCodeAt(even), 0x01000193);
    b = Math.imul(b ^ s.charCodeAt(even), 0x5bd1e995);
    b ^= b >>> 15;
  }
  for (let i = 0; i < even; i += 2) {
    const pair = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ pair, 0x01000193);
    b = Math.imul(b ^ pair, 0x5bd1e995);
    b ^= b >>> 15;
  }
  laneA = a;
  laneB = b;
}

/** The seed of a source's line hashes; the last one is kept, as every line of a document asks for it. */
// A string from the start (with its seed), so that the test below always compares two strings: null first
// deoptimised the line hashing.
const seedOf = (source: string) => hashKey(source) % 0x7fffffff;
let lastSource = '';
let lastSeed = seedOf('');
function sourceSeed(source: string): number {
  // Two assignments, not a destructuring: that builds an array and walks it, and deoptimised the caller.
  if (source !== lastSource) {
    lastSeed = seedOf(source);
    lastSource = source;
  }
  return lastSeed;
}

/** Hash of a line within one source. */
export const sourceLineHash = (source: string, key: string) => withinSource(hashKey(key), sourceSeed(source));

/**
 * A line's hash within one source, from its corpus hash (hashKey) and the source's seed: the line is not
 * hashed a second time. Each lane is mixed with the seed by a bijection: one line in two sources (with
 * different seeds) never collides.
 */
function withinSource(keyHash: number, seed: number): number {
  const high = Math.floor(keyHash / 0x200000);
  const low = keyHash % 0x200000;
  const a = Math.imul(high ^ seed, 0x01000193);
  let b = Math.imul(low ^ seed, 0x5bd1e995);
  b ^= b >>> 15;
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** In a document's line hashes: the line has no key (blank once normalised), or no source to hash it in. */
export const NO_KEY = -1;

/**
 * Each line's key hashes, two numbers per line (by line index, as splitLines numbers the lines): at 2i the
 * hash of the line's key, at 2i + 1 its hash within the document's source; NO_KEY where there is none (an
 * empty line after the last line break gets a pair too).
 */
function computeLineHashes(doc: Document): number[] {
  const text = doc.text;
  const source = doc.source;
  // The source's seed, asked once per document rather than once per line.
  const seed = source ? sourceSeed(source) : 0;
  const hashes: number[] = [];
  // The lines as splitLines cuts them (LF, CRLF, CR), without building Line objects: empty lines have no key.
  // The text's end closes a last line too (an empty one after a final break).
  const breaks = new LineBreaks(text);
  let start = 0;
  for (;;) {
    const found = breaks.next(start);
    const end = found < 0 ? text.length : found;
    let hash = keyHashAt(text, start, end);
    if (hash === NEEDS_KEY) {
      const key = lineKey(text.slice(start, end));
      hash = key ? hashKey(key) : NO_KEY;
    }
    hashes.push(hash, hash !== NO_KEY && source ? withinSource(hash, seed) : NO_KEY);
    if (found < 0) return hashes;
    start = breaks.after(found);
  }
}

/** Kinds of characters keyHashAt folds runs of. */
const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;

/**
 * keyHashAt's answer for a line that lineKey must read: a line longer than LONG_LINE (rare), or one with a
 * character past ASCII whose lower case is not itself.
 */
const NEEDS_KEY = -2;

/**
 * hashKey(lineKey(text.slice(from, to))) read where the line stands (NO_KEY for an empty key): the line's
 * characters are folded and hashed as lineKey would fold them, and no line, lower-case copy or key is built.
 * NEEDS_KEY for a long line, or when a character past ASCII changes in lower case (or is a surrogate):
 * lineKey decides then.
 */
function keyHashAt(text: string, from: number, to: number): number {
  // (A long line's key has its length appended: lineKey spells it out. Returning here is the only step such
  // a line takes alone: steps of their own, met first after this function was optimised, deoptimised it at
  // every long line.)
  if (to - from > LONG_LINE) return NEEDS_KEY;
  // Markers and outer white space go (MARKER_RE, then trim), as in lineKey. Every step below is taken by every
  // line (each loop steps at least once, each run is told by one comparison): a step that only some lines take
  // deoptimised this function, which runs on every line of the corpus, when the first such line came.
  let i = from - 1;
  do i++;
  while (i < to && startsMarker(text.charCodeAt(i)));
  let end = to + 1;
  do end--;
  while (end > i && isSpaceCode(text.charCodeAt(end - 1)));
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  let n = 0;
  // Runs of white space are one space, runs of digits one 0: the kind of the run the last character began.
  let run = OTHER;
  for (; i < end; i++) {
    let c = text.charCodeAt(i);
    const kind = isSpaceCode(c) ? SPACE : c >= 48 && c <= 57 ? DIGIT : OTHER;
    if (kind !== OTHER && kind === run) continue;
    run = kind;
    if (kind === SPACE) c = 32;
    else if (kind === DIGIT) c = 48;
    else if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128 && !lowersToItself(c)) return NEEDS_KEY;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
    n++;
  }
  return n ? (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff) : NO_KEY;
}

/** By code unit: 1 when toLowerCase leaves it as it is, 2 when it changes it (or it is a surrogate), 0 not yet known. */
let lowerKnown: Uint8Array | undefined;
function lowersToItself(c: number): boolean {
  const known = (lowerKnown ??= new Uint8Array(0x10000));
  let k = known[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = known[c] = (c >= 0xd800 && c <= 0xdfff) || ch.toLowerCase() !== ch ? 2 : 1;
  }
  return k === 1;
}

/**
 * Line hashes computed by the survey (addDocument), kept for the strip pass that follows when the corpus is
 * kept in memory between the passes (the same Document objects come back): lines are not keyed twice.
 */
const surveyed = new WeakMap<Document, number[]>();

/** The document's line hashes (see computeLineHashes): the survey's, handed over once, or computed now. */
export function takeLineHashes(doc: Document): number[] {
  const hashes = surveyed.get(doc);
  if (!hashes) return computeLineHashes(doc);
  surveyed.delete(doc);
  return hashes;
}

export function emptyLineStats(): LineStats {
  return { documents: 0, docsPerSource: new Map(), corpus: new Map(), bySource: new Map(), texts: new Set() };
}

/**
 * Add one document to the statistics (streaming: documents can be added one by one). Identical copies of a
 * text (a story syndicated verbatim, a page fetched twice) count once: otherwise every line of the copies
 * would look like template shared across the source.
 */
export function addDocument(stats: LineStats, doc: Document): void {
  const hashes = computeLineHashes(doc);
  surveyed.set(doc, hashes);
  const textHash = hashText(doc.text);
  if (stats.texts.has(textHash)) return;
  stats.texts.add(textHash);
  stats.documents++;
  const source = doc.source;
  if (source) stats.docsPerSource.set(source, (stats.docsPerSource.get(source) ?? 0) + 1);
  // A line repeated inside one document counts once.
  const counted = new Set<number>();
  for (let i = 0; i < hashes.length; i += 2) {
    const h = hashes[i]!;
    if (h === NO_KEY || counted.has(h)) continue;
    counted.add(h);
    stats.corpus.set(h, (stats.corpus.get(h) ?? 0) + 1);
    if (source) {
      const hs = hashes[i + 1]!;
      stats.bySource.set(hs, (stats.bySource.get(hs) ?? 0) + 1);
    }
  }
}

/** Corpus-level line statistics of all documents. */
export function collectLineStats(docs: Iterable<Document>): LineStats {
  const stats = emptyLineStats();
  for (const d of docs) addDocument(stats, d);
  return stats;
}
