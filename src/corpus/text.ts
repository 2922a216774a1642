import { WEB_NAME_SUFFIXES } from './lexicon.js';
import type { Line, Paragraph, Position, Sentence, Span, Token, TokenKind } from './types.js';

/**
 * The line breaks of a text in order (LF, CRLF, CR), found by indexOf: a search of the string, not a loop
 * over every character (which runs unoptimised on the first documents of a run).
 */
export class LineBreaks {
  /** The next CR and LF at or after the last start asked about (-1: none left). */
  private cr: number;
  private lf: number;

  constructor(private readonly text: string) {
    this.cr = text.indexOf('\r');
    this.lf = text.indexOf('\n');
  }

  /** Index of the first line break at or after `from` (not before the last `from` asked), or -1. */
  next(from: number): number {
    if (this.cr >= 0 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    if (this.lf >= 0 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    const cr = this.cr;
    const lf = this.lf;
    return cr < 0 ? lf : lf < 0 || cr < lf ? cr : lf;
  }

  /** Where the line after the break at `at` starts ("\r\n" is one break). */
  after(at: number): number {
    return at + (this.text.charCodeAt(at) === 13 && this.text.charCodeAt(at + 1) === 10 ? 2 : 1);
  }
}

/** Lines of a text; accepts LF, CRLF and CR. `end` excludes the line break. */
export function splitLines(text: string, cutter = new TextCutter(text)): Line[] {
  const lines: Line[] = [];
  const breaks = new LineBreaks(text);
  let start = 0;
  let number = 1;
  // Lines are cut in one byte per character where they can be (see TextCutter): strip reads every one.
  for (let at = breaks.next(0); at >= 0; at = breaks.next(start)) {
    lines.push({ number: number++, start, end: at, text: cutter.cut(start, at) });
    start = breaks.after(at);
  }
  if (start < text.length || lines.length === 0) lines.push({ number, start, end: text.length, text: cutter.cut(start, text.length) });
  return lines;
}

/** The number of lines `splitLines` gives, without building them. */
export function countLines(text: string): number {
  const breaks = new LineBreaks(text);
  let n = 0;
  let start = 0;
  for (let at = breaks.next(0); at >= 0; at = breaks.next(start)) {
    n++;
    start = breaks.after(at);
  }
  return start < text.length || n === 0 ? n + 1 : n;
}

/** The characters of JavaScript's \\s (white space and line terminators), by UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// First-letter case tests with an ASCII fast path: they run on nearly every token.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** Same as /^\p{Lu}/u.test(s). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  // NaN (empty string) and ASCII take the first branch.
  if (!(c >= 128)) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** Same as /^\p{Ll}/u.test(s). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (!(c >= 128)) return c >= 97 && c <= 122;
  return LOWER_START.test(s);
}

/**
 * Same as s.toLowerCase(), but returns `s` itself when it has no ASCII capital and no non-ASCII character.
 * Most words are already lower case, and news text is usually stored as two-byte strings (curly quotes),
 * for which toLowerCase takes its slow general path even when nothing changes.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** Same as !/\S/.test(s): only white space (a loop: it runs on every line). */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** Same as /^\p{Lu}$/u.test(s): one capital letter (a surrogate pair for one past the BMP). */
export function isSingleCapital(s: string): boolean {
  if (s.length === 1) return startsUpper(s);
  const c = s.charCodeAt(0);
  return s.length === 2 && c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(1) & 0xfc00) === 0xdc00 && startsUpper(s);
}

/** Paragraphs: each non-blank line is a block (scraped text puts one block per line). */
export function splitParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!isBlank(l.text)) out.push({ start: l.start, end: l.end, firstLine: i, lastLine: i });
  }
  return out;
}

/** 1-based line and column of an offset, by binary search over line starts. */
export function locator(lines: Line[]): (offset: number) => Position {
  return (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo]!;
    return { line: line.number, column: offset - line.start + 1 };
  };
}

// Words ending in a period that do not end a sentence.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cpt sgt cmdr adm gov sen rep rev hon pres supt insp ' +
    'messrs mme mlle no nos vol pp fig inc ltd co corp bros dept est approx vs etc al jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd hwy u.s u.k u.n e.g i.e a.m p.m ' +
    'ph.d d.c n.y l.a calif fla tex mass penn wash ariz colo conn ill ind kan mich minn miss mo neb nev okla ore ' +
    'tenn va wis wyo ala ark del ga ky la md')
    .split(' '),
);

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}(?!\p{L})|\d+(?:[.,\u00a0\u202f]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

/**
 * A test of one UTF-16 code unit against a class of characters (`re` matches one whole character), answered
 * from a table filled on first sight: the regular expression runs once per distinct unit, not per character
 * read. A surrogate half alone is no character and never matches.
 */
export function codeUnitTest(re: RegExp): (c: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not yet known, 1 yes, 2 no
  return (c) => {
    let k = known[c]!;
    if (k === 0) k = known[c] = c >= 0xd800 && c <= 0xdfff ? 2 : re.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  };
}

/** Whether a UTF-16 code unit is a letter or mark (\p{L}, \p{M}). */
export const isLetterOrMarkUnit = codeUnitTest(/^[\p{L}\p{M}]$/u);
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;

/** Whether `t` (whose first code unit is `c`) starts with a letter or mark, without a regex per token. */
function startsWithLetter(t: string, c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return LETTER_OR_MARK.test(t);
  return isLetterOrMarkUnit(c);
}

/** Tokens of a range of text: words (with inner apostrophes and hyphens), numbers, dotted acronyms, punctuation. */
export function tokenize(text: string, from = 0, to = text.length, sentence = 0): Token[] {
  const out: Token[] = [];
  tokenizeInto(out, text, text, from, to, sentence);
  return out;
}

/** ASCII letter or digit (the ASCII part of [\p{L}\p{M}\p{N}]). */
const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * End of the TOKEN_RE match starting at `i` when the answer needs only ASCII, or -1 when TOKEN_RE must
 * decide (a non-ASCII character is involved, or an upper-case letter followed by a period: an acronym).
 * Same alternatives, same order, same greediness as the regex. No character is read past the end of the
 * text (that would deoptimise the tokenizer, which is then compiled again).
 */
function asciiTokenEnd(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (c >= 128) return -1;
  if (isAsciiDigit(c)) {
    // \d+(?:[.,\u00a0\u202f]\d+)*
    let k = i + 1;
    for (;;) {
      while (k < n && isAsciiDigit(text.charCodeAt(k))) k++;
      if (k + 1 >= n) return k;
      const sep = text.charCodeAt(k);
      if (!(sep === 46 || sep === 44 || sep === 0xa0 || sep === 0x202f) || !isAsciiDigit(text.charCodeAt(k + 1))) return k;
      k += 2;
    }
  }
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (!letter) return i + 1; // [^\s]: one ASCII character
  if (c <= 90 && i + 1 < n && text.charCodeAt(i + 1) === 46) return -1; // "U.S." may be a dotted acronym
  // [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*
  let k = i + 1;
  for (;;) {
    while (k < n && isAsciiAlnum(text.charCodeAt(k))) k++;
    if (k >= n) return k;
    const next = text.charCodeAt(k);
    if (next >= 128) return -1;
    if (next !== 39 && next !== 45) return k;
    if (k + 1 >= n) return k;
    const after = text.charCodeAt(k + 1);
    if (after >= 128) return -1;
    if (!isAsciiAlnum(after)) return k;
    k += 2;
  }
}

/** Whether no character of text[start, end) is past U+00FF. */
export function fitsOneByte(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 0xff) return false;
  return true;
}

/**
 * `tokenize`, appending to `out` (the sentence splitter fills one array for the whole document). ASCII
 * tokens are read by hand (no match object per token); TOKEN_RE decides everything else. An ASCII token's
 * text is cut from `narrow`, the text in one byte per character (see oneByteCopy), and so is every other token
 * whose characters all fit in one byte; the rest from `text`.
 */
function tokenizeInto(out: Token[], text: string, narrow: string, from: number, to: number, sentence: number): void {
  if (to > text.length) to = text.length;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let start = i;
    let end = asciiTokenEnd(text, i);
    const ascii = end >= 0 && !isAsciiDigit(c);
    if (end < 0) {
      TOKEN_RE.lastIndex = i;
      const m = TOKEN_RE.exec(text);
      if (m === null || m.index >= to) return;
      start = m.index;
      end = m.index + m[0].length;
    }
    if (end > to) end = to;
    // A number's separators may be a narrow no-break space (U+202F), and other tokens may hold any character:
    // those are cut from `narrow` too when every character of theirs fits in one byte.
    const t = (ascii || fitsOneByte(text, start, end) ? narrow : text).slice(start, end);
    const first = t.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? 'number' : startsWithLetter(t, first) ? 'word' : 'punct';
    out.push({ start, end, text: t, kind, sentence });
    i = end;
  }
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
/** Opening marks that may start a sentence glued to the previous one ("…died.“We …"). */
const OPENERS = new Set(['\u201c', '\u2018', '(', '[', '\u00ab']);
/** Punctuation that links a word to the one before it in a name: "news.bbc.Com", "/path.Name", "a@b.Com". */
const NAME_LINKS = new Set(['.', '/', '@', ':', '\\', '_', '=', '~']);

/**
 * Straight double quotes of a paragraph counted up to a token, to tell an opening `"` from a closing one
 * when a sentence is glued to the next ("…he said."We …" opens, "…ended."Police …" after an open quote
 * closes). The count moves forward only, so a paragraph is read once however many glued ends it has.
 */
interface QuoteCount {
  first: number; // paragraph's first token
  upTo: number; // tokens [first, upTo) counted
  count: number;
}

function straightQuotesBefore(tokens: Token[], q: QuoteCount, i: number): number {
  for (; q.upTo < i; q.upTo++) if (tokens[q.upTo]!.text === '"') q.count++;
  return q.count;
}

/**
 * Index of the last token of the sentence ended by the token at `i`, or -1 when it ends none. `tokens` ends
 * with the tokens of the current paragraph, which start at `q.first`: nothing before them counts.
 */
function sentenceEnd(text: string, tokens: Token[], q: QuoteCount, i: number): number {
  const t = tokens[i]!;
  if (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '\u2026') return -1;
  let j = i + 1;
  while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
  const next = tokens[j];
  if (!next) return j - 1;
  // With no whitespace before the next token only a glued sentence ("…by police.He waived…") ends here.
  if (next.start === tokens[j - 1]!.end) return t.text === '\u2026' ? -1 : gluedSentenceEnd(tokens, q, i, j);
  if (t.text === '.') {
    const prev = i > q.first ? tokens[i - 1] : undefined;
    if (prev && prev.end === t.start && prev.kind === 'word') {
      const w = lowerCase(prev.text);
      if (ABBREVIATIONS.has(w)) return -1;
      if (isSingleCapital(prev.text)) return -1; // an initial: "John F. Kennedy"
    }
    // (One code unit: a surrogate half is no small letter.)
    if (startsLower(next.text.charAt(0))) return -1;
  }
  const c = next.text.charCodeAt(0);
  return c !== 44 && c !== 59 && c !== 58 && text.length > 0 ? j - 1 : -1; // not , ; :
}

/**
 * Scraped news drops the space after a sentence: "…arrested by police.He waived…", "…in 2014.The…",
 * "…he said."We…". `. ! ?` at `i` directly followed (after closing marks up to `j`) by a capitalised word
 * ends a sentence when what stands before it is a word of two or more letters ending in a small letter
 * (not an abbreviation), a number, or a closing mark. Names with inner dots stay whole: initials and
 * "a.m." (one letter before the dot), "St.Louis" (abbreviation), "U.S." (one token), "Amazon.com"
 * (small letter after), "Example.Com" and "Report.Pdf" (web and file suffixes), "www.Site.com" and
 * "news.bbc.Co" (a dot or slash joins the word before or after). Returns the sentence's last token or -1.
 */
function gluedSentenceEnd(tokens: Token[], q: QuoteCount, i: number, j: number): number {
  const t = tokens[i]!;
  if (i === q.first) return -1;
  const prev = tokens[i - 1]!;
  if (prev.end !== t.start || !endsGluedSentence(tokens, q.first, i - 1)) return -1;
  let last = j - 1;
  // One straight quote between: it opens the next sentence unless a quotation is open.
  if (j === i + 2 && tokens[i + 1]!.text === '"' && straightQuotesBefore(tokens, q, i + 1) % 2 === 0) last = i;
  let w = j;
  if (OPENERS.has(tokens[w]!.text)) {
    w++;
    if (w >= tokens.length || tokens[w]!.start !== tokens[w - 1]!.end) return -1;
  }
  return startsGluedSentence(tokens, w) ? last : -1;
}

/** Whether the token at `k` (just before a glued `. ! ?`) may end a sentence: see gluedSentenceEnd. */
function endsGluedSentence(tokens: Token[], first: number, k: number): boolean {
  const p = tokens[k]!;
  if (p.kind === 'punct') return CLOSERS.has(p.text);
  if (p.kind === 'word') {
    const s = p.text;
    if (s.length < 2 || !startsLower(s.charAt(s.length - 1)) || ABBREVIATIONS.has(lowerCase(s))) return false;
  }
  // Part of a dotted or slashed name: "news.bbc.Com", "example.com/path.Name".
  const before = k > first ? tokens[k - 1]! : undefined;
  return !(before && before.end === p.start && NAME_LINKS.has(before.text));
}

/** Whether the token at `w` is a capitalised word that starts a glued sentence, not the rest of a name. */
function startsGluedSentence(tokens: Token[], w: number): boolean {
  const n = tokens[w]!;
  const s = n.text;
  if (n.kind !== 'word' || s.length < 2 || !startsUpper(s) || !startsLower(s.charAt(1))) return false;
  if (WEB_NAME_SUFFIXES.has(lowerCase(s))) return false;
  const after = tokens[w + 1];
  if (!after || after.start !== n.end || (after.text !== '.' && after.text !== '/' && after.text !== '@')) return true;
  // "Site.com", "Site/path": the word goes on as a name; "He." ending a sentence does not.
  const more = tokens[w + 2];
  return !(more && more.start === after.end && more.kind !== 'punct');
}

/**
 * The text with one byte per character, the same wherever a character fits in one (the characters past
 * U+00FF come out wrong: only ASCII tokens are cut from it). A text with one character past one byte (a
 * curly quote) is stored with two bytes for every character, and so is every piece cut from it: each word
 * is then hashed, compared with the word lists and lower-cased more slowly (toLowerCase takes its general
 * path), in every analysis. Made only when the text has a character past ASCII (else undefined: the text is one).
 */
function oneByteCopy(text: string): string | undefined {
  if (!NON_ASCII.test(text) || typeof Buffer !== 'function') return undefined;
  return Buffer.from(text, 'latin1').toString('latin1');
}
const NON_ASCII = /[^\0-\x7f]/;
const WIDE = /[^\0-\xff]/g;
const HAS_WIDE = /[^\0-\xff]/;
/** Whether `s` holds a character past U+00FF (then it is stored in two bytes per character). */
export const hasWideChar = (s: string): boolean => HAS_WIDE.test(s);

/**
 * `s` stored in one byte per character when every character of it fits in one (else `s` itself): a piece of
 * a string with one character past U+00FF (a word list holding "€") is stored in two bytes per character
 * like its whole, and is then hashed and compared with one-byte words more slowly.
 */
export function oneByteString(s: string): string {
  return hasWideChar(s) || typeof Buffer !== 'function' ? s : Buffer.from(s, 'latin1').toString('latin1');
}

/** Cuts pieces of a text: from its one-byte copy (see oneByteCopy) when no character of the piece is past one byte. */
export class TextCutter {
  readonly narrow: string;
  /** Offsets of the characters past U+00FF, in order. */
  private readonly wide: number[] = [];

  constructor(readonly text: string) {
    const copy = oneByteCopy(text);
    this.narrow = copy ?? text;
    // (No `narrow === text` here or in cut: the copy and the text, of one length and alike up to the first
    // curly quote, are compared character by character that far.)
    if (copy === undefined) return;
    WIDE.lastIndex = 0;
    for (let m = WIDE.exec(text); m !== null; m = WIDE.exec(text)) this.wide.push(m.index);
  }

  /** `text.slice(start, end)`. */
  cut(start: number, end: number): string {
    return this.wide.length !== 0 && this.hasWide(start, end) ? this.text.slice(start, end) : this.narrow.slice(start, end);
  }

  /** Whether a character past one byte stands in [start, end). */
  private hasWide(start: number, end: number): boolean {
    const wide = this.wide;
    let lo = 0;
    let hi = wide.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (wide[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < wide.length && wide[lo]! < end;
  }
}

/**
 * Sentences of the paragraphs: a paragraph always ends a sentence; inside it, `. ! ?` followed by space
 * end one unless the period belongs to an abbreviation or an initial, or the next word is lower case;
 * with no space they end one only before a glued sentence (gluedSentenceEnd).
 * Each paragraph is tokenized straight into the document's token array, and its sentences are index
 * ranges of that array (no per-paragraph arrays or closures: this runs on every document).
 */
export function splitSentences(text: string, paragraphs: Paragraph[], cutter = new TextCutter(text)): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const narrow = cutter.narrow;
  const addSentence = (first: number, last: number, paragraph: number) => {
    const s = sentences.length;
    for (let k = first; k <= last; k++) tokens[k]!.sentence = s;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    sentences.push({ index: s, start, end, text: cutter.cut(start, end), tokenStart: first, tokenEnd: last + 1, paragraph });
  };
  const quotes: QuoteCount = { first: 0, upTo: 0, count: 0 };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const paragraphStart = tokens.length;
    tokenizeInto(tokens, text, narrow, p.start, p.end, 0);
    const n = tokens.length;
    quotes.first = quotes.upTo = paragraphStart;
    quotes.count = 0;
    let first = paragraphStart;
    for (let i = paragraphStart; i < n; i++) {
      const j = sentenceEnd(text, tokens, quotes, i);
      if (j >= 0) {
        addSentence(first, j, pi);
        first = j + 1;
        i = j;
      }
    }
    if (first < n) addSentence(first, n - 1, pi);
  }
  return { sentences, tokens };
}

/**
 * The tokens in lower case: words, and punctuation that is not ASCII ("Ⅻ" → "ⅻ"); numbers and ASCII
 * punctuation have no case and are kept as they are.
 */
export function lowerTokens(tokens: Token[]): string[] {
  const n = tokens.length;
  const low = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    low[i] = t.kind === 'word' || (t.kind === 'punct' && t.text.charCodeAt(0) >= 128) ? lowerCase(t.text) : t.text;
  }
  return low;
}

export const spanText = (text: string, s: Span) => text.slice(s.start, s.end);
