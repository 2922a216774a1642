import type { Classified } from './classify.js';
import type { LineFeatures } from './features.js';
import { ARTICLE_CREDIT, AUTHOR_BIO_START, AUTHOR_ROLE, PROMO_ADDRESS, PROMO_LINE } from './patterns.js';
import { NO_KEY } from './stats.js';

// Line-level rules applied once the content blocks are known.

/** Inside a content block, prose-like lines and cross-heads stay even when their neighbours are furniture. */
export function keptInBlock(c: Classified, leadsIn: boolean): boolean {
  if (c.firm) return false;
  // A cross-head: a short line right above an article paragraph.
  return c.cls === 'near' || (c.cls === 'short' && leadsIn);
}

/** For each line: the next line that is not short is article text (so a short line may be its heading). */
export function leadsIntoText(classes: Classified[]): boolean[] {
  const out = new Array<boolean>(classes.length);
  let next = false;
  for (let i = classes.length - 1; i >= 0; i--) {
    out[i] = next;
    const c = classes[i]!.cls;
    if (c !== 'short') next = c === 'good';
  }
  return out;
}

/** Longest closing line read as an author's bio. */
const BIO_WORDS = 80;

/** Longest closing line read as a site's tagline rather than the article's last paragraph. */
const TAGLINE_WORDS = 10;

/**
 * The outlet's name as it appears in text: the first label of its host name ("examplepost" of
 * "www.examplepost.com"), or its first long word; null when too short to tell.
 */
export function outletName(source: string | null): string | null {
  if (!source) return null;
  const host = source.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
  const name = /^[a-z0-9-]+\.[a-z]{2,}/.test(host) ? host.split('.')[0]! : (host.match(/\p{L}{4,}/u)?.[0] ?? '');
  return name.length >= 4 ? name : null;
}

/**
 * A block that ends with one short sentence naming the outlet, or shaped as a promotion (PROMO_LINE:
 * "Before it's here, it's on the Example Terminal.") ends with the outlet's promotion, not with article text: a short last paragraph alone is
 * article text ("The vote is expected on Friday."); a tagline that repeats across the outlet's pages is
 * caught by repetition. One that ends with "Jane Doe is a reporter ..." ends with the author's bio.
 */
export function dropClosingTagline(features: LineFeatures[], keep: boolean[], reasons: string[], first: number, last: number, outlet: string | null = null): void {
  let end = last;
  while (end >= first && !keep[end]) end--;
  let prev = end - 1;
  while (prev >= first && !keep[prev]) prev--;
  if (prev < first) return;
  const tail = features[end]!;
  const namesOutlet = outlet !== null && tail.body.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').includes(outlet.replace(/-/g, ''));
  const promotes = namesOutlet || (PROMO_LINE.test(tail.body) && PROMO_ADDRESS.test(tail.body));
  if (promotes && tail.wordsRead <= TAGLINE_WORDS && tail.sentences === 1 && features[prev]!.wordsRead >= 20) {
    keep[end] = false;
    reasons[end] = 'closing-tagline';
  } else if (tail.wordCount <= BIO_WORDS && AUTHOR_BIO_START.test(tail.body) && AUTHOR_ROLE.test(tail.body)) {
    keep[end] = false;
    reasons[end] = 'author-bio';
  }
}

/** How far below a block its closing credit line may stand. */
const CREDIT_REACH = 3;

/** The line crediting agencies or the original publication, just below the article, belongs to it. */
export function keepClosingCredit(features: LineFeatures[], classes: Classified[], keep: boolean[], reasons: string[], last: number): void {
  for (let i = last + 1; i < features.length && i <= last + CREDIT_REACH; i++) {
    if (classes[i]!.firm && classes[i]!.reason !== 'repeated-across-corpus') continue;
    if (features[i]!.wordCount <= 40 && ARTICLE_CREDIT.test(features[i]!.body)) {
      keep[i] = true;
      reasons[i] = 'article-credit';
    }
  }
}

/** A line kept twice in one document (a headline repeated as a player title) is kept once, first time. */
export function dropDuplicates(features: LineFeatures[], keep: boolean[], reasons: string[]): void {
  const seen = new Set<number>();
  for (let i = 0; i < features.length; i++) {
    const key = features[i]!.key;
    if (!keep[i] || key === NO_KEY) continue;
    if (seen.has(key)) {
      keep[i] = false;
      reasons[i] = 'duplicate-line';
    } else seen.add(key);
  }
}

/** Most items a list introduced by a colon may have. */
const MAX_LIST_ITEMS = 100;

/**
 * A kept line ending with a colon ("The tour dates:") introduces a list; its items follow on the very
 * next lines, without blank lines between them, and belong to the article (dates, results, steps).
 */
export function keepIntroducedLists(features: LineFeatures[], classes: Classified[], keep: boolean[], reasons: string[]): void {
  for (let i = 0; i < features.length; i++) {
    if (!keep[i] || !features[i]!.body.endsWith(':')) continue;
    let j = i + 1;
    while (
      j < features.length &&
      j - i <= MAX_LIST_ITEMS &&
      features[j]!.index === features[j - 1]!.index + 1 &&
      !classes[j]!.firm &&
      classes[j]!.reason !== 'no-text'
    ) {
      if (!keep[j]) {
        keep[j] = true;
        reasons[j] = 'article-list';
      }
      j++;
    }
    i = j - 1;
  }
}
