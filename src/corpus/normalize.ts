import { lowerCase } from './text.js';

/**
 * Matching normalisation that keeps every offset: each UTF-16 unit maps to exactly one unit, so an index
 * into the normalised text is an index into the original. NBSP and other spaces become ' ', curly and
 * typographic quotes become straight ones, every dash becomes '-', the ellipsis becomes '.'.
 */
const FOLD = new Map<number, string>();
const map = (chars: string, to: string) => { for (const c of chars) FOLD.set(c.charCodeAt(0), to); };
map('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v', ' ');
map('\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc', "'");
map('\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb', '"');
map('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d', '-');
map('\u2026', '.');

export function normalizeChar(c: string): string {
  return FOLD.get(c.charCodeAt(0)) ?? c;
}

/** Same-length normalisation (see above). */
export function normalizeText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = FOLD.get(text.charCodeAt(i));
    if (to !== undefined) {
      out += text.slice(from, i) + to;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Loose key for comparing short strings (names, lines): normalised, whitespace collapsed, lower case. */
export function foldKey(s: string): string {
  // Most names need only their case folded: no normalisation pass, map or pattern for them.
  if (isPlainAscii(s)) return lowerCase(s);
  return normalizeText(s.normalize('NFKC')).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Printable ASCII but "`", words apart by single spaces: a string that foldKey changes only in case. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (c < 33 || c > 126 || c === 96) return false;
  }
  return true;
}
