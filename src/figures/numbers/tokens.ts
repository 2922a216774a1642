// Tokenizer of the number grammar: digit runs, letter runs, single punctuation marks and vulgar fractions,
// each remembering the whitespace before it. One pass over the text, no regular expressions on long runs.

import { isLetterOrMarkUnit } from '../../corpus/text.js';

export const enum Tok {
  Digits = 1,
  Word = 2,
  Punct = 3,
  Fraction = 4,
}

/** Whitespace before a token: none (glued), spaces, or a line break. */
export const enum Gap {
  None = 0,
  Space = 1,
  Break = 2,
}

export interface Token {
  start: number;
  end: number;
  kind: Tok;
  /** The token's text; lower-cased for words. */
  lower: string;
  /** The token's text as written. */
  raw: string;
  gap: Gap;
}

export const FRACTION_CHARS = '½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff || c === 11 || c === 12;
}
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return isLetterOrMarkUnit(c);
}

/** Dashes and minus signs read as '-', curly apostrophes as "'". */
function foldPunct(ch: string): string {
  if (ch === '\u2010' || ch === '\u2011' || ch === '\u2012' || ch === '\u2013' || ch === '\u2212') return '-';
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') return "'";
  return ch;
}

/**
 * `narrow`: the same text in one byte per character where a character fits in one (see the corpus's
 * TextCutter); a token with no character past U+00FF is cut from it, so that its text is stored in one byte
 * per character (faster to compare and lower-case) even when `text` holds a curly quote.
 */
export function tokenize(text: string, from: number, to: number, narrow = text): Token[] {
  const out: Token[] = [];
  let gap: Gap = Gap.None;
  let upper = false; // the word has capitals (or non-ASCII letters): lower-case it
  let wide = false; // the token has a character past U+00FF: cut from `text`
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) { gap = Gap.Break; i++; continue; }
    if (isSpace(c)) { if (gap === Gap.None) gap = Gap.Space; i++; continue; }
    const start = i;
    let kind: Tok;
    if (isDigit(c)) {
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      kind = Tok.Digits;
    } else if (isLetter(text, i)) {
      for (; i < to; i++) {
        // ASCII letters are told by their code; only other characters go to isLetter (a table of code units).
        const ch = text.charCodeAt(i);
        if (ch >= 97 && ch <= 122) continue;
        if (ch >= 65 && ch <= 90) { upper = true; continue; }
        if (ch < 128 || !isLetter(text, i)) break;
        upper = true;
        if (ch > 0xff) wide = true;
      }
      kind = Tok.Word;
    } else {
      // keep surrogate pairs together
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      wide = c > 0xff;
      // vulgar fractions are all past U+00BB
      kind = c > 0xbb && FRACTION_CHARS.includes(text[start]!) ? Tok.Fraction : Tok.Punct;
    }
    const raw = (wide ? text : narrow).slice(start, i);
    const lower = kind === Tok.Word ? (upper ? raw.toLowerCase() : raw) : kind === Tok.Punct ? foldPunct(raw) : raw;
    upper = false;
    wide = false;
    out.push({ start, end: i, kind, raw, lower, gap });
    gap = Gap.None;
  }
  return out;
}
