import { Parser } from 'htmlparser2';

/**
 * HTML pages as documents: the page's rendered text (one block per line), where each line came from in the
 * page (element path and structural flags, for stripping), and the metadata the page declares. The page is
 * parsed with htmlparser2 (a streaming tokenizer: no DOM is built, no script runs, nothing is fetched).
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
  /** Every element's parent element (-1 at the top); elements are numbered in document order, parents first. */
  elementParent: number[];
  /** The innermost element holding each line. */
  lineElement: number[];
  /** Elements the page marks as the article's body (itemprop=articleBody, an article-body class). */
  bodyElements: number[];
  containerParent: number[];
  containerPath: number[];
  lineContainer: number[];
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

/** The furniture flags: they mark containers (see HtmlLayout.containers), not single lines. */
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
  if ((name === 'footer' && !inArticle) || role === 'contentinfo') furniture |= BlockFlag.footer;
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

/** The page's rendered text and metadata. Linear in the page's length. */
export function renderHtml(html: string): RenderedPage {
  const lines: string[] = [];
  const layout: HtmlLayout = { paths: [], linePath: [], lineFlags: [], lineLinkChars: [], containerFlags: [], containerParent: [], containerPath: [], lineContainer: [], elementParent: [], lineElement: [], bodyElements: [] };
  const pathIds = new Map<string, number>();
  const stack: Frame[] = [];
  const meta: Record<string, string> = {};
  const jsonLd: JsonLdFacts = {};
  let canonical: string | null = null;
  let titleText = '';
  let skipDepth = 0;
  let inTitle = false;
  let jsonLdText: string | null = null;
  let links = 0;
  let pre = 0;
  let text = '';
  let linkChars = 0;
  let blankPending = false;

  const push = (line: string, flags: number, pathId: number, lc: number, container: number, element: number) => {
    if (blankPending && lines.length && lines[lines.length - 1] !== '') {
      lines.push('');
      layout.linePath.push(-1), layout.lineFlags.push(0), layout.lineLinkChars.push(0), layout.lineContainer.push(-1), layout.lineElement.push(-1);
    }
    blankPending = false;
    lines.push(line);
    layout.linePath.push(pathId), layout.lineFlags.push(flags), layout.lineLinkChars.push(lc), layout.lineContainer.push(container), layout.lineElement.push(element);
  };
  const currentPath = () => {
    const steps: string[] = [];
    for (let i = stack.length - 1; i >= 0 && steps.length < PATH_STEPS; i--) {
      const s = stack[i]!;
      if (s.name === 'html' || s.name === 'body') break;
      if (BLOCKS.has(s.name) || steps.length === 0) steps.push(s.step);
    }
    const p = steps.reverse().join('>') || 'body';
    let id = pathIds.get(p);
    if (id === undefined) pathIds.set(p, (id = layout.paths.push(p) - 1));
    return id;
  };
  const flush = () => {
    if (!text) return;
    const top = stack[stack.length - 1];
    const flags = top?.flags ?? 0;
    const container = top?.container ?? -1;
    const element = top?.element ?? -1;
    const pathId = currentPath();
    const parts = pre ? text.split(/\r\n|\r|\n/) : [text];
    for (const part of parts) {
      const body = part.replace(/[ \t\u00a0]+/g, ' ').trim();
      if (!body) continue;
      const bullet = flags & BlockFlag.listItem && parts.length === 1 ? '* ' : '';
      // Characters in links, capped by the line (whitespace collapsing shortens it).
      push(bullet + body, flags, pathId, Math.min(linkChars, body.length), container, element);
    }
    text = '';
    linkChars = 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack[stack.length - 1];
        const hidden = 'hidden' in attrs || attrs['aria-hidden'] === 'true' || (attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style));
        const skip = (parent?.skip ?? false) || SKIPPED.has(name) || hidden;
        if (name === 'title' && !titleText && !(parent?.skip && parent.name !== 'head')) inTitle = true;
        if (name === 'meta') readMeta(attrs, meta);
        if (name === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) canonical ??= attrs.href;
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLdText = '';
        if (VOID.has(name)) {
          if (skip) return;
          if (name === 'br') {
            flush();
          } else if (name === 'hr') {
            flush();
            blankPending = true;
          }
          return;
        }
        if (!skip && BLOCKS.has(name)) {
          flush();
          if (PARAGRAPHS.has(name)) blankPending = true;
        }
        if (!skip && (name === 'td' || name === 'th') && text) text += ' ';
        if (name === 'a') links++;
        if (name === 'pre') pre++;
        const own = elementFlags(name, attrs, parent?.flags ?? 0);
        let container = own.body ? -1 : (parent?.container ?? -1);
        if (own.furniture && !skip) {
          layout.containerFlags.push(own.furniture);
          layout.containerParent.push(container);
          stack.push({ name, flags: own.flags, container: -1, element: -1, step: pathStep(name, attrs), skip });
          layout.containerPath.push(currentPath());
          stack.pop();
          container = layout.containerFlags.length - 1;
        }
        // Row groups are transparent: a parser may imply <tbody> or not, and a row should sit as near its table either way.
        let element = TRANSPARENT.has(name) ? (parent?.element ?? -1) : -1;
        if (!skip && !TRANSPARENT.has(name)) element = layout.elementParent.push(parent?.element ?? -1) - 1;
        if (own.body && !skip) layout.bodyElements.push(element);
        stack.push({ name, flags: own.flags, container, element, step: pathStep(name, attrs), skip });
        if (skip) skipDepth++;
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (jsonLdText !== null) jsonLdText += data;
        if (skipDepth > 0) return;
        const piece = pre ? data : data.replace(/\s+/g, ' ');
        if (!text && !pre && piece === ' ') return;
        text += piece;
        if (links > 0) linkChars += piece.trim().length;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLdText !== null) {
          readJsonLd(jsonLdText, jsonLd);
          jsonLdText = null;
        }
        if (VOID.has(name)) return;
        // Close up to the matching element (htmlparser2 reports implied closes too).
        let i = stack.length - 1;
        while (i >= 0 && stack[i]!.name !== name) i--;
        if (i < 0) return;
        while (stack.length > i) {
          const frame = stack[stack.length - 1]!;
          if (!frame.skip && BLOCKS.has(frame.name)) {
            flush();
            if (PARAGRAPHS.has(frame.name)) blankPending = true;
          }
          if (!frame.skip && (frame.name === 'td' || frame.name === 'th')) text += ' ';
          if (frame.name === 'a') links = Math.max(0, links - 1);
          if (frame.name === 'pre') pre = Math.max(0, pre - 1);
          if (frame.skip) skipDepth--;
          stack.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  while (lines.length && lines[lines.length - 1] === '') {
    lines.pop();
    layout.linePath.pop(), layout.lineFlags.pop(), layout.lineLinkChars.pop(), layout.lineContainer.pop(), layout.lineElement.pop();
  }
  return {
    text: lines.join('\n'),
    layout,
    title: clean(jsonLd.headline) ?? clean(meta['og:title']) ?? clean(titleText),
    date: clean(jsonLd.date) ?? clean(meta['article:published_time']) ?? clean(meta.date) ?? clean(meta['dc.date']) ?? clean(meta.pubdate) ?? null,
    url: clean(canonical) ?? clean(meta['og:url']) ?? clean(jsonLd.url),
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
 * Decode a page with its declared charset (UTF-8 when none, or when the label is unknown). A page declared
 * UTF-8 that is not valid UTF-8 is read as Windows-1252, as browsers do with legacy pages; `warn` says so.
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
  if (label === 'utf-8' || label === 'utf8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      warn?.(`${name}: not valid UTF-8; read as Windows-1252`);
      return new TextDecoder('windows-1252').decode(buf);
    }
  }
  return new TextDecoder(label).decode(buf);
}

/** A page file name: `.html` or `.htm`. */
export const isHtmlName = (name: string) => /\.html?$/i.test(name);
