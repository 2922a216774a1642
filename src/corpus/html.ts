import { decodeDocument } from './read.js';
import type { SAXParser as SaxParserClass } from 'parse5-sax-parser';

/**
 * parse5's SAX parser, loaded by loadHtmlParser: only HTML input needs it, and loading it costs every run
 * that reads none (most of them) about 15 ms.
 */
let SAXParser: typeof SaxParserClass | undefined;

/** Loads the HTML parser; renderHtml needs it loaded. */
export async function loadHtmlParser(): Promise<void> {
  SAXParser ??= (await import('parse5-sax-parser')).SAXParser;
}

/**
 * HTML pages as documents: the page's rendered text (one block per line), where each line came from in the
 * page (element path and structural flags, for stripping), and the metadata the page declares. The page is
 * read with parse5's SAX parser (the HTML standard's tokenizer, streaming: no DOM is built, no script runs,
 * nothing is fetched); the few implied end tags that matter for blocks (`<p>`, `<li>`, table cells) are ours.
 */

/** Structural facts about a line's element and its ancestors (bit flags). */
export const BlockFlag = {
  /** Inside `<nav>`, role=navigation or a menu/breadcrumb container. */
  nav: 1,
  /** Inside `<aside>`, role=complementary or a sidebar. */
  aside: 2,
  /** Inside the page footer (`<footer>` outside an article, role=contentinfo, a footer container). */
  footer: 4,
  /** Inside the page header (`<header>` outside an article, role=banner). */
  header: 8,
  /** Inside the article (`<article>`, `<main>`, itemprop=articleBody, an article-body container). */
  article: 16,
  /** A heading `<h1>`…`<h6>`. */
  heading: 32,
  /** A list item. */
  listItem: 64,
  /** A picture caption (`<figcaption>`, a caption container). */
  caption: 128,
  /** Inside a comment section (comments/disqus/replies containers). */
  comments: 256,
  /** Inside a related/recommended/most-read/share/promotion container. */
  related: 512,
  /** Inside a form or a button. */
  form: 1024,
  /** Inside a paragraph `<p>`. */
  paragraph: 2048,
  /** Inside `itemprop=articleBody` or an article-body container: the article's own text. */
  articleBody: 4096,
  /** Inside a table cell. */
  cell: 8192,
} as const;

/** Where each line of the rendered text came from (indexed by 0-based line number; blank lines have path -1). */
export interface HtmlLayout {
  /** Distinct element paths, e.g. `article>div.body>p`. */
  paths: string[];
  linePath: number[];
  lineFlags: number[];
  /**
   * Furniture containers (navigation, sidebar, footer, comment section, related box, form: their flag in
   * `flags`), each with the container it sits in (-1 for none); a line's innermost one in lineContainer.
   * Stripping decides whether a container is furniture or wraps the article (class names mislead).
   */
  containerFlags: number[];
  containerParent: number[];
  lineContainer: number[];
  /** Every element's parent element (-1 at the top); elements are numbered in document order, parents first. */
  elementParent: number[];
  /** The innermost element holding each line. */
  lineElement: number[];
  /** Elements the page marks as the article's body (itemprop=articleBody, an article-body class). */
  bodyElements: number[];
  /** Characters of the line inside links. */
  lineLinkChars: number[];
}

export interface PageMetadata {
  title: string | null;
  date: string | null;
  url: string | null;
  siteName: string | null;
  author: string | null;
}

export interface RenderedPage extends PageMetadata {
  text: string;
  layout: HtmlLayout;
}

/** Elements whose content is never text of the page. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'datalist', 'textarea', 'head']);
/** Elements that start and end a block (a line). */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'form', 'fieldset', 'address', 'hr', 'details',
  'summary', 'center', 'body', 'html', 'dialog', 'menu', 'legend', 'title', 'option', 'button', 'label',
]);
/** Blocks separated from their neighbours by a blank line (paragraph level). */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'table', 'ul', 'ol', 'dl', 'hr', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'form']);
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'source', 'track', 'area', 'base', 'col', 'param', 'embed']);

// Class and id words of furniture containers (general web vocabulary, as Readability's candidate filters).
const NAV_CLASS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|skip-?link|topbar|masthead)(?:$|[\s_-])/i;
const ASIDE_CLASS = /(?:^|[\s_-])(?:sidebar|aside|rail|widget|sidebox)(?:$|[\s_-])/i;
const FOOTER_CLASS = /(?:^|[\s_-])(?:footer|colophon|site-?info)(?:$|[\s_-])/i;
const COMMENT_CLASS = /(?:^|[\s_-])(?:comments?|comment-?list|commentlist|disqus|replies|respond|discussion|reactions)(?:$|[\s_-])/i;
const RELATED_CLASS = /(?:^|[\s_-])(?:related|recommended|recommendations?|more-?stories|most-?(?:read|popular|viewed)|popular|trending|teasers?|promo|newsletter|outbrain|taboola|share|sharing|social|sponsored|advert|advertisement|ads?|banner|cookie|consent|gdpr|paywall|subscribe|signup|tags?|keywords|author-?bio)(?:$|[\s_-])/i;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|image-caption|photo-caption)(?:$|[\s_-])/i;
const BODY_CLASS = /(?:^|[\s_-])(?:article[-_]{0,2}body|story[-_]{0,2}body|post[-_]{0,2}body|entry[-_]{0,2}content|article[-_]{0,2}content|post[-_]{0,2}content|article[-_]{0,2}text|story[-_]{0,2}content|body[-_]{0,2}text|articletext|storytext)(?:$|[\s_-])/i;
/** A container whose class also says it holds the content is not furniture ("content-sidebar-wrap"). */
const CONTENT_CLASS = /article|body|content|main|story|entry|post|text/i;
const TRANSPARENT = new Set(['tbody', 'thead', 'tfoot']);
const PAGE_ELEMENTS = new Set(['html', 'body', 'main', 'article']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The furniture flags: they mark containers (see HtmlLayout.containerFlags), not single lines. */
export const FURNITURE_FLAGS = BlockFlag.nav | BlockFlag.aside | BlockFlag.footer | BlockFlag.header | BlockFlag.comments | BlockFlag.related | BlockFlag.form;

/** The flags an element adds to its descendants' lines; furniture flags are the element's own. */
function elementFlags(name: string, attrs: Record<string, string>, inherited: number): { flags: number; furniture: number; body: boolean } {
  let f = inherited & ~FURNITURE_FLAGS;
  let furniture = 0;
  const role = attrs.role ?? '';
  const itemprop = attrs.itemprop ?? '';
  // <html> and <body> carry page-wide classes (feature flags such as "f_caption_muted_videos_on"): not read.
  const marks = name === 'html' || name === 'body' ? ' ' : `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  const inArticle = (inherited & BlockFlag.article) !== 0;
  if (name === 'nav' || role === 'navigation' || role === 'menu' || role === 'menubar') furniture |= BlockFlag.nav;
  if (name === 'aside' || role === 'complementary') furniture |= BlockFlag.aside;
  if ((name === 'footer' && !(inherited & BlockFlag.articleBody)) || role === 'contentinfo') furniture |= BlockFlag.footer;
  if ((name === 'header' && !inArticle) || role === 'banner') furniture |= BlockFlag.header;
  if (name === 'form' || name === 'button' || name === 'label' || name === 'fieldset') furniture |= BlockFlag.form;
  if (name === 'article' || name === 'main' || role === 'main' || role === 'article') f |= BlockFlag.article;
  if (name === 'figcaption' || (marks.length > 1 && CAPTION_CLASS.test(marks))) f |= BlockFlag.caption;
  if (name === 'li' || name === 'dt' || name === 'dd') f |= BlockFlag.listItem;
  if (name === 'p') f |= BlockFlag.paragraph;
  if (name === 'td' || name === 'th') f |= BlockFlag.cell;
  if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') f |= BlockFlag.heading;
  // The article's own text: furniture containers of the page around it do not apply inside.
  if (itemprop === 'articleBody' || (marks.length > 1 && BODY_CLASS.test(marks))) return { flags: f | BlockFlag.articleBody | BlockFlag.article, furniture: 0, body: true };
  // The page's own containers are never furniture by their class words.
  if (PAGE_ELEMENTS.has(name)) return { flags: f, furniture, body: false };
  if (marks.length > 1 && !CONTENT_CLASS.test(marks)) {
    if (NAV_CLASS.test(marks)) furniture |= BlockFlag.nav;
    if (ASIDE_CLASS.test(marks)) furniture |= BlockFlag.aside;
    if (FOOTER_CLASS.test(marks) && !inArticle) furniture |= BlockFlag.footer;
    if (COMMENT_CLASS.test(marks)) furniture |= BlockFlag.comments;
    if (RELATED_CLASS.test(marks)) furniture |= BlockFlag.related;
  } else if (marks.length > 1 && COMMENT_CLASS.test(marks)) furniture |= BlockFlag.comments;
  return { flags: f, furniture, body: false };
}

/** An element's step in a line's path: its name and first class (`div.story`), or id. */
function pathStep(name: string, attrs: Record<string, string>): string {
  const cls = attrs.class?.trim().split(/\s+/)[0];
  if (cls) return `${name}.${cls.slice(0, 40)}`;
  return attrs.id ? `${name}#${attrs.id.slice(0, 40)}` : name;
}

/** Steps of an element path shown (the innermost ones). */
const PATH_STEPS = 4;

interface Frame {
  name: string;
  flags: number;
  /** The innermost furniture container in effect (-1: none). */
  container: number;
  /** The element's number (see HtmlLayout.elementParent). */
  element: number;
  step: string;
  skip: boolean;
}

interface JsonLdFacts {
  headline?: string;
  date?: string;
  author?: string;
  url?: string;
  site?: string;
}

/** Facts of JSON-LD scripts (schema.org Article/NewsArticle: headline, datePublished, author, url, publisher). */
function readJsonLd(source: string, into: JsonLdFacts): void {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return;
  }
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 4) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    if (/Article|Posting|Report|BlogPosting/i.test(type)) {
      if (typeof o.headline === 'string') into.headline ??= o.headline;
      if (typeof o.datePublished === 'string') into.date ??= o.datePublished;
      const author = Array.isArray(o.author) ? o.author[0] : o.author;
      if (typeof author === 'string') into.author ??= author;
      else if (author && typeof (author as Record<string, unknown>).name === 'string') into.author ??= (author as Record<string, string>).name;
      if (typeof o.url === 'string') into.url ??= o.url;
      const publisher = o.publisher as Record<string, unknown> | undefined;
      if (publisher && typeof publisher.name === 'string') into.site ??= publisher.name;
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  visit(value, 0);
}

const clean = (s: string | undefined | null) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** Frames of the stack scanned for a line's path (a page nesting inline elements deeply stays linear). */
const PATH_SCAN = 64;
/** An element opened while one of these is open closes it first (the HTML parser's implied end tags). */
const CLOSED_BY: Record<string, Set<string>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  option: new Set(['option']),
};
/** Blocks that close an open paragraph (a `<p>` holds no block). */
const CLOSES_P = new Set(['p', 'div', 'ul', 'ol', 'dl', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'figure', 'form', 'hr', 'address', 'fieldset', 'details', 'menu']);

/** Builds the rendered text and its layout from the parser's tag and text events. */
class PageRenderer {
  readonly lines: string[] = [];
  readonly layout: HtmlLayout = { paths: [], linePath: [], lineFlags: [], lineLinkChars: [], containerFlags: [], containerParent: [], lineContainer: [], elementParent: [], lineElement: [], bodyElements: [] };
  readonly meta: Record<string, string> = {};
  readonly jsonLd: JsonLdFacts = {};
  canonical: string | null = null;
  titleText = '';
  private readonly pathIds = new Map<string, number>();
  private readonly stack: Frame[] = [];
  /** Open elements by name: a close tag of an element that is not open is ignored at once. */
  private readonly openCount = new Map<string, number>();
  private skipDepth = 0;
  private inTitle = false;
  private jsonLdText: string | null = null;
  private links = 0;
  private pre = 0;
  private text = '';
  private linkChars = 0;
  private blankPending = false;

  private push(line: string, flags: number, pathId: number, lc: number, container: number, element: number): void {
    const l = this.layout;
    if (this.blankPending && this.lines.length && this.lines[this.lines.length - 1] !== '') {
      this.lines.push('');
      l.linePath.push(-1), l.lineFlags.push(0), l.lineLinkChars.push(0), l.lineContainer.push(-1), l.lineElement.push(-1);
    }
    this.blankPending = false;
    this.lines.push(line);
    l.linePath.push(pathId), l.lineFlags.push(flags), l.lineLinkChars.push(lc), l.lineContainer.push(container), l.lineElement.push(element);
  }

  private currentPath(): number {
    const steps: string[] = [];
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0 && steps.length < PATH_STEPS && stack.length - i <= PATH_SCAN; i--) {
      const s = stack[i]!;
      if (s.name === 'html' || s.name === 'body') break;
      if (BLOCKS.has(s.name) || steps.length === 0) steps.push(s.step);
    }
    const p = steps.reverse().join('>') || 'body';
    let id = this.pathIds.get(p);
    if (id === undefined) this.pathIds.set(p, (id = this.layout.paths.push(p) - 1));
    return id;
  }

  /** End the current block: its text becomes a line (lines, for preformatted text). */
  private flush(): void {
    if (!this.text) return;
    const top = this.stack[this.stack.length - 1];
    const flags = top?.flags ?? 0;
    const pathId = this.currentPath();
    const parts = this.pre ? this.text.split(/\r\n|\r|\n/) : [this.text];
    for (const part of parts) {
      const body = part.replace(/[ \t\u00a0]+/g, ' ').trim();
      if (!body) continue;
      const bullet = flags & BlockFlag.listItem && parts.length === 1 ? '* ' : '';
      // Characters in links, capped by the line (whitespace collapsing shortens it).
      this.push(bullet + body, flags, pathId, Math.min(this.linkChars, body.length), top?.container ?? -1, top?.element ?? -1);
    }
    this.text = '';
    this.linkChars = 0;
  }

  /** Facts of the head that are read whatever element they sit in. */
  private readHead(name: string, attrs: Record<string, string>, parent: Frame | undefined): void {
    if (name === 'title' && !this.titleText && !(parent?.skip && parent.name !== 'head')) this.inTitle = true;
    if (name === 'meta') readMeta(attrs, this.meta);
    if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) this.canonical ??= attrs.href;
    if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) this.jsonLdText = '';
  }

  open(name: string, attrs: Record<string, string>): void {
    this.closeImplied(name);
    const parent = this.stack[this.stack.length - 1];
    const hidden = 'hidden' in attrs || attrs['aria-hidden'] === 'true' || (attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style));
    const skip = (parent?.skip ?? false) || SKIPPED.has(name) || hidden;
    this.readHead(name, attrs, parent);
    if (VOID.has(name)) {
      if (!skip && (name === 'br' || name === 'hr')) {
        this.flush();
        if (name === 'hr') this.blankPending = true;
      }
      return;
    }
    if (!skip && BLOCKS.has(name)) {
      this.flush();
      if (PARAGRAPHS.has(name)) this.blankPending = true;
    }
    if (!skip && (name === 'td' || name === 'th') && this.text) this.text += ' ';
    if (name === 'a') this.links++;
    if (name === 'pre') this.pre++;
    this.pushFrame(name, attrs, parent, skip);
  }

  private pushFrame(name: string, attrs: Record<string, string>, parent: Frame | undefined, skip: boolean): void {
    const l = this.layout;
    const own = elementFlags(name, attrs, parent?.flags ?? 0);
    const step = pathStep(name, attrs);
    let container = own.body ? -1 : (parent?.container ?? -1);
    if (own.furniture && !skip) {
      l.containerFlags.push(own.furniture);
      l.containerParent.push(container);
      container = l.containerFlags.length - 1;
    }
    // Row groups are transparent: a parser may imply <tbody> or not, and a row should sit as near its table either way.
    let element = TRANSPARENT.has(name) ? (parent?.element ?? -1) : -1;
    if (!skip && !TRANSPARENT.has(name)) element = l.elementParent.push(parent?.element ?? -1) - 1;
    if (own.body && !skip) l.bodyElements.push(element);
    this.stack.push({ name, flags: own.flags, container, element, step, skip });
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    if (skip) this.skipDepth++;
  }

  /** Close what the new element implies closed: an open list item before the next, a paragraph before a block. */
  private closeImplied(name: string): void {
    const closes = CLOSED_BY[name];
    for (let top = this.stack[this.stack.length - 1]; top; top = this.stack[this.stack.length - 1]) {
      if (closes?.has(top.name) || (top.name === 'p' && CLOSES_P.has(name))) this.popFrame();
      else break;
    }
  }

  text_(data: string): void {
    if (this.inTitle) this.titleText += data;
    if (this.jsonLdText !== null) this.jsonLdText += data;
    if (this.skipDepth > 0) return;
    const piece = this.pre ? data : data.replace(/\s+/g, ' ');
    if (!this.text && !this.pre && piece === ' ') return;
    this.text += piece;
    if (this.links > 0) this.linkChars += piece.trim().length;
  }

  close(name: string): void {
    if (name === 'title') this.inTitle = false;
    if (name === 'script' && this.jsonLdText !== null) {
      readJsonLd(this.jsonLdText, this.jsonLd);
      this.jsonLdText = null;
    }
    if (VOID.has(name) || !this.openCount.get(name)) return;
    // Close up to the matching element: each frame is popped once, so this stays linear.
    while (this.stack.length && this.popFrame() !== name);
  }

  private popFrame(): string {
    const frame = this.stack[this.stack.length - 1]!;
    if (!frame.skip && BLOCKS.has(frame.name)) {
      this.flush();
      if (PARAGRAPHS.has(frame.name)) this.blankPending = true;
    }
    if (!frame.skip && (frame.name === 'td' || frame.name === 'th')) this.text += ' ';
    if (frame.name === 'a') this.links = Math.max(0, this.links - 1);
    if (frame.name === 'pre') this.pre = Math.max(0, this.pre - 1);
    if (frame.skip) this.skipDepth--;
    this.openCount.set(frame.name, this.openCount.get(frame.name)! - 1);
    this.stack.pop();
    return frame.name;
  }

  finish(): void {
    this.flush();
    const l = this.layout;
    while (this.lines.length && this.lines[this.lines.length - 1] === '') {
      this.lines.pop();
      l.linePath.pop(), l.lineFlags.pop(), l.lineLinkChars.pop(), l.lineContainer.pop(), l.lineElement.pop();
    }
  }
}

const attrRecord = (attrs: { name: string; value: string }[]) => {
  const out: Record<string, string> = {};
  for (const a of attrs) if (!(a.name in out)) out[a.name] = a.value;
  return out;
};

/** The page's rendered text and metadata (once loadHtmlParser has loaded the parser). Linear in the page's length. */
export function renderHtml(html: string): RenderedPage {
  if (!SAXParser) throw new Error('renderHtml: the HTML parser is not loaded (await loadHtmlParser() first)');
  const page = new PageRenderer();
  // parse5's tokenizer (the HTML standard's, raw text of scripts and styles included) emits events as it reads.
  const parser = new SAXParser();
  parser.on('startTag', (t) => page.open(t.tagName, attrRecord(t.attrs)));
  parser.on('endTag', (t) => page.close(t.tagName));
  parser.on('text', (t) => page.text_(t.text));
  parser.end(html);
  page.finish();
  const { meta, jsonLd } = page;
  return {
    text: page.lines.join('\n'),
    layout: page.layout,
    title: clean(jsonLd.headline) ?? clean(meta['og:title']) ?? clean(page.titleText),
    date: clean(jsonLd.date) ?? clean(meta['article:published_time']) ?? clean(meta.date) ?? clean(meta['dc.date']) ?? clean(meta.pubdate) ?? null,
    url: clean(page.canonical) ?? clean(meta['og:url']) ?? clean(jsonLd.url),
    siteName: clean(meta['og:site_name']) ?? clean(jsonLd.site) ?? clean(meta['application-name']),
    author: clean(jsonLd.author) ?? clean(meta.author) ?? clean(meta['article:author']),
  };
}

/** `<meta name|property|itemprop=... content=...>` into a map, keys lower-cased; the first value wins. */
function readMeta(attrs: Record<string, string>, meta: Record<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
  const content = attrs.content;
  if (!key || content === undefined) return;
  const k = key === 'datepublished' ? 'date' : key;
  meta[k] ??= content;
}

// ---- decoding -------------------------------------------------------------------------------------

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** Bytes of the page searched for its declared charset (the HTML standard's prescan reads 1024; pages put it later). */
const PRESCAN = 4096;

/** The page's declared character encoding (BOM first, then `<meta charset>` / http-equiv), or null. */
export function declaredCharset(buf: Uint8Array): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('windows-1252').decode(buf.subarray(0, PRESCAN));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decode a page with its declared charset (UTF-8 when none, or when the label is unknown). UTF-8 is repaired
 * per invalid sequence, as for text files (one bad byte never turns the whole page into Windows-1252).
 */
export function decodeHtml(buf: Uint8Array, name: string, warn?: (m: string) => void): string {
  const declared = declaredCharset(buf);
  let label = declared ?? 'utf-8';
  try {
    new TextDecoder(label);
  } catch {
    warn?.(`${name}: unknown charset "${label}"; read as UTF-8`);
    label = 'utf-8';
  }
  if (label === 'utf-8' || label === 'utf8' || label.startsWith('utf-16')) return decodeDocument(buf, name, warn);
  return new TextDecoder(label).decode(buf);
}

/** A page file name: `.html` or `.htm`. */
export const isHtmlName = (name: string) => /\.html?$/i.test(name);
