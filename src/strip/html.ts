import { BlockFlag, type HtmlLayout } from '../corpus/html.js';
import { isProse, verdict, type Classified, type Thresholds } from './classify.js';
import { lineWords, type LineFeatures } from './features.js';
import { BYLINE, DATE, statesFigure } from './patterns.js';

/**
 * Page structure as a stripping signal, for documents read from HTML: the element a line came from says
 * what it is (navigation, page footer, sidebar, comment section, related-stories box, form) more surely
 * than its words, and links make up most of a menu's or a teaser list's text.
 */

/** The structural signals, one reason code each (`--explain` shows it with the element path). */
export type StructureReason =
  | 'html-navigation'
  | 'html-page-footer'
  | 'html-page-header'
  | 'html-sidebar'
  | 'html-comments'
  | 'html-related-box'
  | 'html-form'
  | 'html-link-text'
  | 'html-teaser-list'
  | 'html-caption'
  | 'html-article-body'
  | 'html-outside-article'
  | 'html-headline-is-title'
  | 'html-headline'
  | 'html-byline-or-stamp';

const FIRM: Partial<Record<StructureReason, Classified>> = {};
const firm = (reason: StructureReason) => (FIRM[reason] ??= verdict('bad', reason, true));
const WEAK_LINK_TEXT = verdict('bad', 'html-link-text', false);
const PAGE_HEADER = verdict('bad', 'html-page-header', false);

/** Share of a line's characters inside links above which it is a link (menu item, teaser). */
const LINK_DENSITY = 0.5;
/** A furniture container holding this share of the page's prose wraps the article (a misleading class name). */
const WRAP_SHARE = 0.3;

/**
 * For each line, the flags of the furniture container that decides it, 0 when none: the innermost container
 * that does not wrap the article. Containers are numbered parents first, so one pass each way is enough.
 */
export function effectiveFurniture(layout: HtmlLayout, features: LineFeatures[], classes: Classified[]): number[] {
  const n = layout.containerFlags.length;
  const prose = new Array<number>(n).fill(0);
  const paragraphs = new Array<number>(n).fill(0);
  let total = 0;
  for (let i = 0; i < features.length; i++) {
    if (classes[i]!.cls !== 'good') continue;
    const chars = features[i]!.chars;
    total += chars;
    const c = layout.lineContainer[features[i]!.index] ?? -1;
    if (c >= 0) prose[c]! += chars, paragraphs[c]!++;
  }
  for (let c = n - 1; c >= 0; c--) {
    const p = layout.containerParent[c]!;
    if (p >= 0) prose[p]! += prose[c]!, paragraphs[p]! += paragraphs[c]!;
  }
  const decides = new Array<number>(n);
  for (let c = 0; c < n; c++) {
    // A comment section is never the article's wrapper, however much readers wrote; nor is a box of one
    // long paragraph (a footer's disclaimer under a short article).
    const wraps = total > 0 && prose[c]! >= total * WRAP_SHARE && paragraphs[c]! >= 2 && !(layout.containerFlags[c]! & BlockFlag.comments);
    const p = layout.containerParent[c]!;
    decides[c] = wraps ? (p >= 0 ? decides[p]! : -1) : c;
  }
  return features.map((f) => {
    const c = layout.lineContainer[f.index] ?? -1;
    const d = c >= 0 ? decides[c]! : -1;
    return d >= 0 ? layout.containerFlags[d]! : 0;
  });
}

/** The structure's verdict on one line, or null when the structure says nothing. */
export function structureVerdict(f: LineFeatures, flags: number, furniture: number, linkChars: number, t: Thresholds): Classified | null {
  if (furniture & BlockFlag.comments) return firm('html-comments');
  if (furniture & BlockFlag.nav) return firm('html-navigation');
  if (furniture & BlockFlag.footer) return firm('html-page-footer');
  if (furniture & BlockFlag.related) return firm('html-related-box');
  if (furniture & BlockFlag.aside) return firm('html-sidebar');
  if (furniture & BlockFlag.form) return firm('html-form');
  const linked = f.chars > 0 && linkChars / f.chars > LINK_DENSITY;
  if (linked && !(flags & BlockFlag.paragraph && isProse(f, t))) return WEAK_LINK_TEXT;
  if (furniture & BlockFlag.header) return PAGE_HEADER;
  return null;
}

/** A list of at least this many items... */
const TEASER_LIST_ITEMS = 3;
/** ... each of which has at least this share of its characters in links (a linked headline before its summary). */
const TEASER_ITEM_LINKS = 0.15;
const TEASER_LIST = verdict('bad', 'html-teaser-list', true);

/**
 * A list outside the page's article (`<article>`, `<main>`, the marked body) whose every item carries a link
 * (a headline) over a sentence or two is a teaser list (a headline ticker, "more stories"), however full its
 * sentences: the structure says so, not the site's words.
 */
export function markTeaserLists(layout: HtmlLayout, features: LineFeatures[], classes: Classified[]): void {
  const items = new Map<number, number[]>();
  for (let i = 0; i < features.length; i++) {
    const k = features[i]!.index;
    const flags = layout.lineFlags[k] ?? 0;
    if (!(flags & BlockFlag.listItem) || flags & BlockFlag.article) continue;
    const e = layout.lineElement[k] ?? -1;
    const list = e >= 0 ? layout.elementParent[e]! : -1;
    if (list < 0) continue;
    const group = items.get(list) ?? [];
    group.push(i);
    items.set(list, group);
  }
  for (const group of items.values()) {
    if (group.length < TEASER_LIST_ITEMS) continue;
    const linked = group.every((i) => features[i]!.chars > 0 && (layout.lineLinkChars[features[i]!.index] ?? 0) / features[i]!.chars >= TEASER_ITEM_LINKS);
    if (!linked) continue;
    for (const i of group) if (!classes[i]!.firm) classes[i] = TEASER_LIST;
  }
}

/** The article's root holds at least this share of the page's prose... */
const ROOT_SHARE = 0.75;
/** ... and the page has at least this much prose (characters) for a root to be trusted. */
const ROOT_MIN_PROSE = 300;

/**
 * Whether each line lies inside the article's root element: the deepest element holding ROOT_SHARE of the
 * page's prose (the elements that hold that much form one chain of ancestors, so the deepest is the one
 * numbered last); on a page with too little prose, its one marked article body. Null when neither.
 */
export type RootPlace = 'body' | 'inside' | 'outside';

/** Ancestors (the element itself included) searched for a holder of the article's paragraphs: a table row sits three below it. */
const HOLDER_REACH = 3;

function nearHolder(element: number, parent: number[], holds: Set<number>): boolean {
  for (let e = element, k = 0; e >= 0 && k < HOLDER_REACH; e = parent[e]!, k++) if (holds.has(e)) return true;
  return false;
}

export function insideArticleRoot(layout: HtmlLayout, features: LineFeatures[], classes: Classified[]): RootPlace[] | null {
  const parent = layout.elementParent;
  const prose = new Array<number>(parent.length).fill(0);
  const paragraphs = new Array<number>(parent.length).fill(0);
  let total = 0;
  for (let i = 0; i < features.length; i++) {
    if (classes[i]!.cls !== 'good') continue;
    const e = layout.lineElement[features[i]!.index] ?? -1;
    total += features[i]!.chars;
    if (e >= 0) prose[e]! += features[i]!.chars, paragraphs[e]!++;
  }
  for (let e = parent.length - 1; e >= 0; e--) {
    if (parent[e]! < 0) continue;
    prose[parent[e]!]! += prose[e]!;
    paragraphs[parent[e]!]! += paragraphs[e]!;
  }
  // The root is a container: it holds at least two paragraphs, not one long one.
  let root = -1;
  if (total >= ROOT_MIN_PROSE) for (let e = 0; e < parent.length; e++) if (prose[e]! >= total * ROOT_SHARE && paragraphs[e]! >= 2) root = e;
  // Too little prose to tell (a table, a list of dates): the page's one marked article body, if any, is the root.
  const marked = root < 0 && layout.bodyElements.length === 1;
  if (marked) root = layout.bodyElements[0]!;
  if (root < 0) return null;
  const inside = new Array<boolean>(parent.length);
  for (let e = 0; e < parent.length; e++) inside[e] = e === root || (parent[e]! >= 0 && inside[parent[e]!]!);
  // The elements that hold the article's paragraphs, and their parents: a line of the root counts as the
  // article's when it sits next to its paragraphs (a list or table between them), not in a box further away.
  const holds = new Set<number>(marked ? [root] : []);
  for (let i = 0; i < features.length; i++) {
    if (classes[i]!.cls !== 'good') continue;
    const e = layout.lineElement[features[i]!.index] ?? -1;
    if (e < 0 || !inside[e]) continue;
    holds.add(e);
    if (parent[e]! >= 0) holds.add(parent[e]!);
  }
  return features.map((f) => {
    const e = layout.lineElement[f.index] ?? -1;
    if (e < 0 || !inside[e]) return 'outside';
    return nearHolder(e, parent, holds) ? 'body' : 'inside';
  });
}

/** Reasons a line inside the article's root may be kept over (the text layer's doubts about short or repeated lines). */
const BODY_OVERRULES = new Set(['short-nav-line', 'not-prose', 'link-list', 'isolated-text', 'layout-cell', 'outside-main-content', 'repeated-in-document', 'all-caps-line', 'no-text', 'duplicate-line', 'closing-tagline']);
/** Lines that open readers' comments (see blocks.ts). */
const COMMENT_HEADS = new Set(['comments', 'comment-author']);

/** The first comment head below the article's text (a comment count above it is not one), or Infinity. */
function readersStart(classes: Classified[], keep: boolean[]): number {
  let text = false;
  for (let i = 0; i < classes.length; i++) {
    if (text && COMMENT_HEADS.has(classes[i]!.reason)) return i;
    if (keep[i] && classes[i]!.cls === 'good') text = true;
  }
  return Infinity;
}

/** Lines right above the root left to the text layer (a lead or standfirst in its own box). */
const LEAD_LINES = 3;
/** Reasons of lines above the article that stay outside its root. */
const HEAD_REASONS = new Set(['headline', 'byline', 'standfirst', 'article-credit']);

/**
 * The article's root settles what the text layer left open: inside it, lines the text layer doubted
 * (short, list items, table rows, lines repeated on the page) are article text; outside it, only the
 * article's head and the prose above it stay; readers' comments below it are not revived. Picture captions go unless
 * they state a figure.
 */
export function applyArticleRoot(inside: RootPlace[], flags: number[], features: LineFeatures[], classes: Classified[], keep: boolean[], reasons: string[]): void {
  // Above the root stand the headline, the standfirst and the lead: the text layer judges them.
  const start = inside.findIndex((p) => p !== 'outside');
  const comments = readersStart(classes, keep);
  // Below the root, even prose is what follows an article: teasers, comments, the site's notices.
  // Prose there that goes on with the article's words is its continuation (a body split in two boxes).
  let end = inside.length - 1;
  while (end >= 0 && inside[end] === 'outside') end--;
  let topic: Set<string> | undefined;
  for (let i = 0; i < features.length; i++) {
    // A picture caption describes the picture; one that states a figure is a fact of the story and stays.
    if (keep[i] && flags[i]! & BlockFlag.caption && !statesFigure(features[i]!.body)) {
      keep[i] = false;
      reasons[i] = 'html-caption';
      continue;
    }
    if (inside[i] === 'inside' || (i < start && start - i <= LEAD_LINES)) continue;
    if (inside[i] === 'body') {
      if (!keep[i] && i < comments && BODY_OVERRULES.has(reasons[i]!) && !classes[i]!.firm && classes[i]!.reason !== 'html-link-text') {
        keep[i] = true;
        reasons[i] = 'html-article-body';
      }
    } else if (keep[i] && !HEAD_REASONS.has(reasons[i]!) && (classes[i]!.cls !== 'good' || (i > end && !onArticleTopic(features[i]!, (topic ??= rootTopic(inside, features, classes)))))) {
      keep[i] = false;
      reasons[i] = 'html-outside-article';
    }
  }
}

/** Content stems (five letters or more) of the article text inside the root. */
function rootTopic(inside: RootPlace[], features: LineFeatures[], classes: Classified[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < features.length; i++) {
    if (inside[i] === 'outside' || classes[i]!.cls !== 'good') continue;
    for (const w of lineWords(features[i]!)) if (w.length >= 5) out.add(w.slice(0, 6));
  }
  return out;
}

/** A share of a line's content stems in the article's: the article going on past its root (a split body), not a teaser. */
const ON_TOPIC_SHARE = 0.3;
function onArticleTopic(f: LineFeatures, topic: Set<string>): boolean {
  const stems = lineWords(f).filter((w) => w.length >= 5).map((w) => w.slice(0, 6));
  return stems.length > 0 && stems.filter((w) => topic.has(w)).length / stems.length >= ON_TOPIC_SHARE;
}

/** Letters and digits only, lower-cased: a headline compared with the page's title. */
const titleKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Share of the title a headline must cover to be the same words ("Sea wall vote" of "Sea wall vote | Gazette"). */
const TITLE_COVER = 0.6;

/**
 * A page's headline is its document's `title` (from the page's metadata), not body text: the first kept line
 * that says what the title says goes, as Readability and trafilatura leave it out of the article's text;
 * failing that, the heading element taken for the headline goes.
 */
export function moveHeadlineToTitle(title: string | null | undefined, flags: number[], features: LineFeatures[], keep: boolean[], reasons: string[]): void {
  const t = titleKey(title ?? '');
  for (let i = 0; i < features.length; i++) {
    if (!keep[i]) continue;
    const h = titleKey(features[i]!.body);
    if (h.length && (t.includes(h) || h.includes(t)) && Math.min(h.length, t.length) >= TITLE_COVER * Math.max(h.length, t.length)) {
      keep[i] = false;
      reasons[i] = 'html-headline-is-title';
      return;
    }
  }
  // A title that says something else (the site's name, an SEO line): the heading the text layer took for the headline goes.
  const h = reasons.indexOf('headline');
  if (h >= 0 && keep[h] && flags[h]! & BlockFlag.heading) {
    keep[h] = false;
    reasons[h] = 'html-headline';
  }
}

/** Words a byline or a date stamp has at most ("Published Nov 18, 2031 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2031": clock times count twice). */
const STAMP_WORDS = 22;
/** A clock time, as date stamps print it: "4:07", "0h13", "11.08 a.m.", "4 PM" (not a version number, "2.26"). */
const CLOCK = /\b\d{1,2}[:h]\d\d\b|\b\d{1,2}(?:\.\d\d)?\s?[ap]\.?m\b/i;
/** Words of the first paragraph of the article's text: the byline and date stamps stand above it. */
const FIRST_PARAGRAPH_WORDS = 15;

/**
 * On a page, the byline and the publication stamps above the article's first paragraph are the page's
 * metadata (a document's author and date), not its text, as Readability and trafilatura leave them out;
 * the text layer keeps a byline because a plain-text scrape has no other place for it.
 */
export function dropBylineAndStamps(features: LineFeatures[], classes: Classified[], keep: boolean[], reasons: string[]): void {
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (keep[i] && classes[i]!.cls === 'good' && f.wordCount >= FIRST_PARAGRAPH_WORDS && !BYLINE.test(f.body)) return;
    if (!keep[i] || f.wordCount > STAMP_WORDS) continue;
    if (BYLINE.test(f.body) || (DATE.test(f.body) && CLOCK.test(f.body))) {
      keep[i] = false;
      reasons[i] = 'html-byline-or-stamp';
    }
  }
}
