import type { Classified, LineClass } from './classify.js';
import type { LineFeatures } from './features.js';

/**
 * jusText's context rules, on non-blank lines in order: a `short` line takes the class of its
 * neighbours when both agree (a short line between two article paragraphs is article text); a `near`
 * line is article text unless both neighbours are furniture. Document edges count as furniture.
 * Linear: nearest neighbours are precomputed in one pass each way.
 */
export function smooth(classes: Classified[]): boolean[] {
  const n = classes.length;
  const cls = classes.map((c) => c.cls);
  // Nearest class before/after each line, skipping short lines, and skipping short and near lines.
  const prevAny = new Array<LineClass>(n), prevStrong = new Array<LineClass>(n);
  const nextAny = new Array<LineClass>(n), nextStrong = new Array<LineClass>(n);
  let any: LineClass = 'bad', strong: LineClass = 'bad';
  for (let i = 0; i < n; i++) {
    prevAny[i] = any;
    prevStrong[i] = strong;
    if (cls[i] !== 'short') any = cls[i]!;
    if (cls[i] === 'good' || cls[i] === 'bad') strong = cls[i]!;
  }
  any = 'bad';
  strong = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    nextAny[i] = any;
    nextStrong[i] = strong;
    if (cls[i] !== 'short') any = cls[i]!;
    if (cls[i] === 'good' || cls[i] === 'bad') strong = cls[i]!;
  }
  const keep = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const c = cls[i]!;
    if (c === 'good' || c === 'bad') keep[i] = c === 'good';
    else if (c === 'short') {
      const p = prevStrong[i], q = nextStrong[i];
      if (p === 'good' && q === 'good') keep[i] = true;
      else if (p === 'bad' && q === 'bad') keep[i] = false;
      else keep[i] = (p === 'bad' && prevAny[i] === 'near') || (q === 'bad' && nextAny[i] === 'near');
    } else keep[i] = !(prevStrong[i] === 'bad' && nextStrong[i] === 'bad');
  }
  return keep;
}

/**
 * How much a line weighs for the content blocks: article paragraphs by length; prose-like lines a little
 * when their context supports them; furniture by count, long furniture (teasers) more.
 */
function weight(f: LineFeatures, kept: boolean, c: Classified): number {
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

/** Lines a block does not start or end with: short ones, and prose-like lines shorter than a paragraph. */
const EDGE_WORDS = 12;
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

/** Runs lighter than this are noise (a stray sentence in a footer). */
const MIN_RUN = 3;
/** The main block is the first run weighing at least this share of the heaviest one. */
const MAIN_SHARE = 0.35;
/** A further run joins the article when no more than this many lines separate it from it... */
const MAX_GAP = Number(process.env.GAP ?? 30);
/** ... and it weighs at least this much (about one paragraph). */
const SECONDARY_MIN = Number(process.env.SMIN ?? 4);
const MAX_RUNS = 12;

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
  const heaviest = Math.max(...runs.map((r) => r.sum));
  const mainIndex = runs.findIndex((r) => r.sum >= heaviest * MAIN_SHARE);
  const main = runs[mainIndex]!;
  const blocks: [number, number][] = [[main.first, main.last]];
  let [from, to] = [main.first, main.last];
  for (let k = mainIndex + 1; k < runs.length; k++) {
    const r = runs[k]!;
    if (r.first - to - 1 > MAX_GAP || r.sum < SECONDARY_MIN) break;
    blocks.push([r.first, r.last]);
    to = r.last;
  }
  for (let k = mainIndex - 1; k >= 0; k--) {
    const r = runs[k]!;
    if (from - r.last - 1 > MAX_GAP || r.sum < SECONDARY_MIN) break;
    blocks.push([r.first, r.last]);
    from = r.first;
  }
  return blocks;
}
