import { BlockFlag, type HtmlLayout } from '../corpus/html.js';
import { isProse, verdict, type Classified, type Thresholds } from './classify.js';
import type { LineFeatures } from './features.js';

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
  | 'html-outside-article-body';

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
export function effectiveFurniture(layout: HtmlLayout, features: LineFeatures[], classes: Classified[]): { flags: number[]; container: number[] } {
  const n = layout.containerFlags.length;
  const prose = new Array<number>(n).fill(0);
  let total = 0;
  for (let i = 0; i < features.length; i++) {
    if (classes[i]!.cls !== 'good') continue;
    const chars = features[i]!.chars;
    total += chars;
    const c = layout.lineContainer[features[i]!.index] ?? -1;
    if (c >= 0) prose[c]! += chars;
  }
  for (let c = n - 1; c >= 0; c--) {
    const p = layout.containerParent[c]!;
    if (p >= 0) prose[p]! += prose[c]!;
  }
  const decides = new Array<number>(n);
  for (let c = 0; c < n; c++) {
    const wraps = total > 0 && prose[c]! >= total * WRAP_SHARE;
    const p = layout.containerParent[c]!;
    decides[c] = wraps ? (p >= 0 ? decides[p]! : -1) : c;
  }
  const flags = features.map((f) => {
    const c = layout.lineContainer[f.index] ?? -1;
    const d = c >= 0 ? decides[c]! : -1;
    return d >= 0 ? layout.containerFlags[d]! : 0;
  });
  const container = features.map((f) => {
    const c = layout.lineContainer[f.index] ?? -1;
    return c >= 0 ? decides[c]! : -1;
  });
  return { flags, container };
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
