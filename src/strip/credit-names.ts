import { AGENCY_CREDITS, CAPTION_CREDIT_LABELS, CREDIT_LABELS, CREDIT_WORDS, STOCK_CREDITS } from './patterns.js';

/**
 * The names in a picture's credit shaped like a person's: two or three capitalised words, a middle initial
 * allowed ("Photo: Jane M. Doe", "Jane Doe/Getty Images", "(AGENCY/Jane Doe)", "Photo by Jane Doe for The
 * Outlet"). strip knows their shape only: the entity layer reads them, and keeps those that are a person's name
 * (a photographer is a person the page names, where the agency and the outlet are its furniture).
 */

/** A word of a name: a capital, then letters with a small one among them ("Doe", "McNamee", "O'Neil", "Jean-Luc"). */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*\p{Ll}[\p{L}'\u2019-]*$/u;
/** A middle initial with its full stop ("J."). */
const INITIAL = /^\p{Lu}\.$/u;
/** What ends a piece of a credit: marks between names ("/", "|", ",", brackets, "&", "+", a spaced dash). */
const PIECE_BREAK = /[/|,;:()[\]{}&+<>=*\u00a9"\u201c\u201d]|\s[-\u2013\u2014]\s/gu;
/** The end of the credit's first sentence: a full stop after a small letter, before a space ("Image: Jane Doe. The ..."). */
const SENTENCE_END = /(?<=\p{Ll})[.!?](?=\s)/u;

/** Where each credit's person-shaped names stand in `text` (a caption line), in order; `credits` as creditSpans gives them. */
export function creditNameSpans(text: string, credits: readonly [number, number][], controls: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of merged(credits)) {
    const end = SENTENCE_END.exec(text.slice(a, b));
    const credit = masked(text.slice(a, end ? a + end.index : b), a, controls);
    for (const [s, e] of pieces(credit)) addNameRuns(credit, s, e, a, out);
  }
  return out;
}

/** Credit spans, in order, with those that overlap joined (a label and the stock agency after it are one credit). */
function merged(credits: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of credits) {
    const last = out[out.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * The credit (at `at` in its line) with its labels, stock agencies, agency forms ("AP Photo") and the widget
 * controls in it ("Caption Close") turned to breaks: no name runs across them.
 */
function masked(credit: string, at: number, controls: readonly [number, number][]): string {
  let s = credit;
  for (const re of [CREDIT_LABELS, CAPTION_CREDIT_LABELS, STOCK_CREDITS, AGENCY_LABELS]) {
    re.lastIndex = 0;
    s = s.replace(re, (m) => '|'.repeat(m.length));
  }
  for (const [a, b] of controls) {
    const from = Math.max(a - at, 0);
    const to = Math.min(b - at, s.length);
    if (from < to) s = s.slice(0, from) + '|'.repeat(to - from) + s.slice(to);
  }
  return s;
}
/** The agency form of AGENCY_CREDITS without its bracketed credit: "AP Photo", "EPA files". */
const AGENCY_LABELS = new RegExp(AGENCY_CREDITS.source.slice(AGENCY_CREDITS.source.indexOf('|') + 1), 'gu');

/** The pieces of a masked credit between its breaks, as [start, end). */
function pieces(credit: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  PIECE_BREAK.lastIndex = 0;
  for (const m of credit.matchAll(PIECE_BREAK)) {
    out.push([from, m.index!]);
    from = m.index! + m[0].length;
  }
  out.push([from, credit.length]);
  return out;
}

/**
 * Adds the runs of name words in piece [s, e) of the credit that make a person's name: any other word
 * ("for", "file", "2019"), a credit's word ("Photo", "Staff") or "The" ends a run; a run of two or three
 * words (initials apart) is one. `offset` places the credit in its line.
 */
function addNameRuns(credit: string, s: number, e: number, offset: number, out: [number, number][]): void {
  let start = -1;
  let end = -1;
  let names = 0;
  for (const w of credit.slice(s, e).matchAll(/\S+/gu)) {
    // A name's last word may carry the credit's full stop ("Image: Jane Doe.").
    const word = w[0].length > 2 && w[0].endsWith('.') ? w[0].slice(0, -1) : w[0];
    const name = NAME_WORD.test(word) && word !== 'The' && !CREDIT_WORDS.has(word.toLowerCase());
    if (!name && !INITIAL.test(word)) {
      if (names >= 2 && names <= 3) out.push([offset + start, offset + end]);
      start = -1;
      names = 0;
      continue;
    }
    if (start < 0) start = s + w.index!;
    end = s + w.index! + word.length;
    if (name) names++;
  }
  if (names >= 2 && names <= 3) out.push([offset + start, offset + end]);
}
