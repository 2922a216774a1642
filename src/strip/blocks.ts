import type { Classified } from './classify.js';
import { lineWords, type LineFeatures } from './features.js';

/**
 * Content blocks: the stretches of a page that hold the article. Every line gets a weight (article
 * paragraphs by length, furniture negative); the heaviest runs of consecutive lines (Kadane) are the
 * candidates.
 */

/** Runs lighter than this are noise (a stray sentence in a footer). */
const MIN_RUN = 2;
/** The main block is the first run weighing at least this share of the heaviest one. */
const MAIN_SHARE = 0.35;
/** A further run joins the article when no more than this many lines separate it from it... */
const MAX_GAP = 30;
const MAX_BOX_GAP = 12;
/** ... and it weighs at least this much (about one paragraph). */
const SECONDARY_MIN = 4;
const MAX_RUNS = 12;
/** Footer lines: two of them within FOOTER_SPAN lines mark the page footer. */
const FOOTER_REASONS = new Set(['copyright', 'legal-links']);
const FOOTER_SPAN = 10;
/** No block runs across a comments heading: what follows it is readers' text, however long. */
const BARRIER_WEIGHT = -1e6;
/** Lines that open readers' comments: a comments heading, a comment's author line. */
const COMMENT_HEADS = new Set(['comments', 'comment-author']);
/** Lines a block does not start or end with: short ones, and prose-like lines shorter than a paragraph. */
const EDGE_WORDS = 12;

/**
 * Whether the lines between two runs may be bridged: not a comments heading, and no more than MAX_GAP
 * lines; a "related" heading in between is an inline box only when short (MAX_BOX_GAP).
 */
function joinable(classes: Classified[], from: number, to: number): boolean {
  const gap = to - from + 1;
  if (gap > MAX_GAP) return false;
  for (let i = from; i <= to; i++) {
    const reason = classes[i]!.reason;
    if (COMMENT_HEADS.has(reason) || (reason === 'related-list' && gap > MAX_BOX_GAP)) return false;
  }
  return true;
}

/**
 * How much a line weighs for the content blocks: article paragraphs by length; prose-like lines a little
 * when their context supports them; furniture by count, long furniture (teasers) more.
 */
function weight(f: LineFeatures, kept: boolean, c: Classified): number {
  if (COMMENT_HEADS.has(c.reason)) return BARRIER_WEIGHT;
  switch (c.cls) {
    case 'good':
      return 1 + Math.min(f.chars, 1000) / 100;
    case 'near':
      return kept ? 0.5 + Math.min(f.chars, 600) / 300 : -0.2;
    case 'short':
      return kept ? 0.3 : -0.5;
    default:
      return c.firm ? -1 : -0.5 - Math.min(f.chars, 300) / 300;
  }
}

/** A run after a long gap continues the article when it weighs this much... */
const CONTINUATION_MIN = 8;
/** ... and this share of its words (stems) occur in the main block. */
const CONTINUATION_SHARE = 0.5;

/** Stems of the words of lines [first, last] that are at least five letters long (content words in most languages). */
function topicWords(features: LineFeatures[], first: number, last: number): Set<string> {
  const out = new Set<string>();
  for (let i = first; i <= last; i++) for (const w of lineWords(features[i]!)) if (w.length >= 5) out.add(w.slice(0, 6));
  return out;
}

function continuesTopic(features: LineFeatures[], r: { first: number; last: number }, topic: Set<string>): boolean {
  const own = topicWords(features, r.first, r.last);
  let shared = 0;
  for (const w of own) if (topic.has(w)) shared++;
  return own.size > 0 && shared / own.size >= CONTINUATION_SHARE;
}

/** A comments or related-list heading between two runs. */
function barrierIn(classes: Classified[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (COMMENT_HEADS.has(classes[i]!.reason) || classes[i]!.reason === 'related-list') return true;
  return false;
}

/** A block does not start or end with this line (see EDGE_WORDS). */
function weakEdge(f: LineFeatures, c: Classified): boolean {
  return c.cls === 'short' || (c.cls === 'near' && f.wordCount < EDGE_WORDS);
}

/** The run of lines in [lo, hi] with the largest total weight (Kadane), or null when none is positive. */
function heaviestRun(w: number[], lo: number, hi: number): { first: number; last: number; sum: number } | null {
  let best = 0, bestStart = -1, bestEnd = -1;
  let sum = 0, start = lo;
  for (let i = lo; i <= hi; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += w[i]!;
    if (sum > best) [best, bestStart, bestEnd] = [sum, start, i];
  }
  return bestStart < 0 ? null : { first: bestStart, last: bestEnd, sum: best };
}

/** The first line of the page footer at or after `from` (copyright, legal links), or Infinity. */
function footerStart(classes: Classified[], from: number): number {
  let last = -Infinity;
  for (let i = from; i < classes.length; i++) {
    if (!FOOTER_REASONS.has(classes[i]!.reason)) continue;
    if (i - last <= FOOTER_SPAN) return last;
    last = i;
  }
  return Infinity;
}

/**
 * The content blocks. Heavy runs of lines (largest total weight, Kadane, taken repeatedly) are the
 * candidates: stretches of prose with the furniture between their paragraphs. The article is the first
 * run that weighs a fair share of the heaviest one: pages put the article before comments, teasers of
 * other articles, and consent or account dialogs, which can be longer. Runs close to it (an article
 * split by a gallery or an ad slot) join it. Returns [first, last] pairs, the main block first; empty
 * when nothing reads as article text. At most MAX_RUNS passes over the lines: linear.
 */
export function contentBlocks(features: LineFeatures[], classes: Classified[], kept: boolean[]): [number, number][] {
  const w = features.map((f, i) => weight(f, kept[i]!, classes[i]!));
  const runs: { first: number; last: number; sum: number }[] = [];
  const todo: [number, number][] = [[0, w.length - 1]];
  while (todo.length && runs.length < MAX_RUNS) {
    const [lo, hi] = todo.pop()!;
    if (lo > hi) continue;
    const run = heaviestRun(w, lo, hi);
    if (!run || run.sum < MIN_RUN) continue;
    runs.push(run);
    todo.push([lo, run.first - 1], [run.last + 1, hi]);
  }
  // A block starts and ends with article text proper: short lines kept by context at its edges are
  // usually the heading of what follows (a "most read" list) or the last menu item before it.
  for (const r of runs) {
    while (r.first < r.last && weakEdge(features[r.first]!, classes[r.first]!)) r.first++;
    while (r.last > r.first && weakEdge(features[r.last]!, classes[r.last]!)) r.last--;
  }
  if (!runs.length) {
    const only = heaviestRun(w, 0, w.length - 1);
    return only ? [[only.first, only.last]] : [];
  }
  runs.sort((a, b) => a.first - b.first);
  // Text after the page footer (consent and account dialogs) is not the article: the first run always
  // precedes the footer searched for, so there is a candidate.
  const footer = footerStart(classes, runs[0]!.last + 1);
  const heaviest = Math.max(...runs.filter((r) => r.first < footer).map((r) => r.sum));
  const mainIndex = runs.findIndex((r) => r.sum >= heaviest * MAIN_SHARE);
  const main = runs[mainIndex]!;
  const blocks: [number, number][] = [[main.first, main.last]];
  let [from, to] = [main.first, main.last];
  // The main block's words are needed only when a run lies beyond a long gap.
  let topic: Set<string> | undefined;
  for (let k = mainIndex + 1; k < runs.length; k++) {
    const r = runs[k]!;
    if (r.sum < SECONDARY_MIN) break;
    if (!joinable(classes, to + 1, r.first - 1)) {
      // Beyond a long gallery, the rest of the article still speaks of the same things.
      if (r.sum < CONTINUATION_MIN || !continuesTopic(features, r, (topic ??= topicWords(features, main.first, main.last))) || barrierIn(classes, to + 1, r.first - 1)) break;
    }
    blocks.push([r.first, r.last]);
    to = r.last;
  }
  for (let k = mainIndex - 1; k >= 0; k--) {
    const r = runs[k]!;
    if (r.sum < SECONDARY_MIN || !joinable(classes, r.last + 1, from - 1)) break;
    blocks.push([r.first, r.last]);
    from = r.first;
  }
  return blocks;
}
