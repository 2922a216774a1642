import type { Span, Token } from '../corpus/types.js';

/** One top-level quotation inside a paragraph: the marks and the text between them. */
export interface Quotation {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the paragraph ends before one (multi-paragraph quote). */
  close: number;
  paragraph: number;
  /** Character range of the text between the marks (to the paragraph end when unclosed). */
  start: number;
  end: number;
  /** True when the paragraph ended before a closing mark: the quotation may go on in the next paragraph. */
  continues: boolean;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const STRAIGHT = new Set(['"', '\u201f', '\u2033']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Top-level quotations of a document, in one left-to-right pass over the tokens (linear). Double marks
 * of every kind open and close; curly single marks count only outside double ones (British style).
 * An open quotation ends at its paragraph end; the caller treats it as continued by the next paragraph.
 * `paragraphOfToken[k]` is the paragraph of token k.
 */
export function findQuotations(text: string, tokens: Token[], paragraphOfToken: Int32Array, paragraphs: Span[]): {
  quotations: Quotation[];
  /** For every token, the index of the quotation it lies in (marks included), or -1. */
  inside: Int32Array;
} {
  const quotations: Quotation[] = [];
  const inside = new Int32Array(tokens.length).fill(-1);
  let openAt = -1;
  let single = false;
  let paragraph = -1;
  /** Close the open quotation at mark `closeTok`, or (closeTok -1) just before token `stop` without a mark. */
  const finish = (closeTok: number, stop = closeTok) => {
    const open = tokens[openAt]!;
    const atParagraphEnd = closeTok < 0 && (stop >= tokens.length || paragraphOfToken[stop] !== paragraph);
    const end = closeTok >= 0 ? tokens[closeTok]!.start : atParagraphEnd ? paragraphs[paragraph]!.end : tokens[stop]!.start;
    quotations.push({ open: openAt, close: closeTok, paragraph, start: open.end, end, continues: atParagraphEnd });
    const last = closeTok >= 0 ? closeTok : stop - 1;
    for (let k = openAt; k <= last; k++) inside[k] = quotations.length - 1;
    openAt = -1;
    single = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = paragraphOfToken[i]!;
    if (p !== paragraph) {
      if (openAt >= 0) finish(-1, i);
      paragraph = p;
    }
    if (t.kind !== 'punct') continue;
    const c = t.text;
    // The characters around the mark are read only for marks (most punctuation is not one).
    if (single) {
      // Inside a single-quoted quotation, double marks are nested: only its own closing mark counts.
      if (c === '\u2019' && !isSpace(text[t.start - 1]) && !isLetter(text[t.end])) finish(i);
    } else if (DOUBLE_OPEN.has(c)) {
      if (openAt >= 0) finish(-1, i);
      openAt = i;
      single = false;
    } else if (DOUBLE_CLOSE.has(c)) {
      if (openAt >= 0) finish(i);
    } else if (STRAIGHT.has(c)) {
      const before = text[t.start - 1];
      const after = text[t.end];
      const canOpen = !isSpace(after);
      const canClose = !isSpace(before) || isSpace(after);
      if (openAt >= 0 && canClose) finish(i);
      else if (canOpen) {
        if (openAt >= 0) finish(-1, i);
        openAt = i;
        single = false;
      }
    } else if (c === '\u2018') {
      if (openAt < 0 && isSpace(text[t.start - 1]) && isLetter(text[t.end])) {
        openAt = i;
        single = true;
      }
    }
  }
  if (openAt >= 0) finish(-1, tokens.length);
  return { quotations, inside };
}
