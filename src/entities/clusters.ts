/**
 * Word clusters from pre-trained word vectors (data/word-clusters.generated.ts, made by
 * scripts/generate-word-clusters.mjs from GloVe): words used alike share a cluster, so a name's word seen rarely
 * or never in training ("Keokuk", "Exxon") still carries the evidence of the words near it. Each word has a
 * coarse cluster and a finer one inside it.
 *
 * The table is one front-coded string (see the generated file), searched in place: the bundle holding it is
 * read on every start, and a Map of its hundred thousand words would cost tens of milliseconds to build, for the
 * few thousand words a run asks about.
 */
import { FINE_CLUSTERS, WORD_CLUSTER_HEADS, WORD_CLUSTERS } from './data/word-clusters.generated.js';
import { remember } from './sorted-words.js';
import { lastNotAfter } from '../corpus/sorted.js';

/** A word's clusters, as feature values: the coarse one ("17") and the fine one inside it ("17.5"). */
export interface WordClusters {
  coarse: string;
  fine: string;
}

/** Where each block of the table starts, and its first word: found on first use (commands that type no entities never search the table). */
let starts: Int32Array | undefined;
let heads: string[] = [];
/** Answers so far (null: not in the table): a run asks about the same names' words again and again. */
const answers = new Map<string, WordClusters | null>();

/** The clusters of a lower-case word, or undefined when the table lacks it. */
export function wordClusters(lowerWord: string): WordClusters | undefined {
  let answer = answers.get(lowerWord);
  if (answer === undefined) {
    answer = find(lowerWord);
    remember(answers, lowerWord, answer);
  }
  return answer ?? undefined;
}

/** Every word of the table with its clusters, in the table's order (for tests). */
export function allWordClusters(): [string, WordClusters][] {
  const table = WORD_CLUSTERS;
  const out: [string, WordClusters][] = [];
  let word = '';
  for (let i = 0; i < table.length; ) {
    if (table[i] === ' ') i++;
    const end = wordEnd(table, i + 1);
    word = word.slice(0, digit(table.charCodeAt(i))) + table.slice(i + 1, end);
    out.push([word, clustersAt(table, end)]);
    i = end + 2;
  }
  return out;
}

function blockStarts(): Int32Array {
  const table = WORD_CLUSTERS;
  const found: number[] = [];
  for (let at = 0; at < table.length; ) {
    found.push(at);
    const space = table.indexOf(' ', at);
    if (space < 0) break;
    at = space + 1;
  }
  heads = WORD_CLUSTER_HEADS.split(' ');
  return (starts = Int32Array.from(found));
}

function find(word: string): WordClusters | null {
  const table = WORD_CLUSTERS;
  const blocks = starts ?? blockStarts();
  const at = lastNotAfter(heads, word);
  if (at < 0) return null;
  return findInBlock(word, table, blocks[at]!, at + 1 < blocks.length ? blocks[at + 1]! - 1 : table.length);
}

/**
 * The word's clusters if the block (from `from` to `to`) holds it, read without building its words: `matched`
 * is how many characters the entry before shares with the word; an entry sharing fewer with that entry is past
 * the word (the words are sorted), one sharing more is still before it.
 */
function findInBlock(word: string, table: string, from: number, to: number): WordClusters | null {
  let matched = 0;
  for (let i = from; i < to; ) {
    const shared = digit(table.charCodeAt(i));
    const end = wordEnd(table, i + 1);
    if (shared < matched) return null;
    if (shared === matched) {
      let k = i + 1;
      while (k < end && matched < word.length && table.charCodeAt(k) === word.charCodeAt(matched)) {
        k++;
        matched++;
      }
      if (k === end && matched === word.length) return clustersAt(table, end);
      // Past the word where the entry's next character is greater, or where the word ends first.
      if (k < end && (matched === word.length || table.charCodeAt(k) > word.charCodeAt(matched))) return null;
    }
    i = end + 2;
  }
  return null;
}

/** The clusters written by the two base-36 digits at `at`: coarse × FINE_CLUSTERS + fine. */
function clustersAt(table: string, at: number): WordClusters {
  const id = digit(table.charCodeAt(at)) * 36 + digit(table.charCodeAt(at + 1));
  const coarse = String(Math.floor(id / FINE_CLUSTERS));
  return { coarse, fine: `${coarse}.${id % FINE_CLUSTERS}` };
}

/** A base-36 digit (0-9, A-Z): no word holds one, so digits mark where each part of an entry ends. */
const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const digit = (c: number): number => (c <= 57 ? c - 48 : c - 55);

/** Where the word's letters starting at `from` end: at the next digit (or the table's end). */
function wordEnd(table: string, from: number): number {
  let i = from;
  while (i < table.length && !isDigit(table.charCodeAt(i))) i++;
  return i;
}
