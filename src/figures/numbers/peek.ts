// Small tests on tokens shared by the grammar's rules.
import { startsUpper } from '../../corpus/text.js';
import { MONTHS } from './lexicon.js';
import { Gap, Tok, type Token } from './tokens.js';

export const word = (t: Token | undefined): string => (t && t.kind === Tok.Word ? t.lower : '');
export const isPunct = (t: Token | undefined, ch: string): boolean => !!t && t.kind === Tok.Punct && t.lower === ch;
export const glued = (t: Token | undefined): boolean => !!t && t.gap === Gap.None;
export const sameLine = (t: Token | undefined): boolean => !!t && t.gap !== Gap.Break;
export const isDigits = (t: Token | undefined): boolean => !!t && t.kind === Tok.Digits;
/** A word with a capital first letter. */
export const capitalized = (t: Token | undefined): boolean => !!t && t.kind === Tok.Word && startsUpper(t.raw);
/** Same as raw === raw.toUpperCase(), without the upper-case copy for ASCII (asked of most words). */
export const allCaps = (t: Token): boolean => {
  const s = t.raw;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return s === s.toUpperCase();
  }
  return true;
};
/** A month name as written in news copy: "May", "Sept", "SEPTEMBER" (lower-case "may" is a verb). */
export const isMonth = (t: Token | undefined): boolean => !!t && t.kind === Tok.Word
  && (MONTHS.has(t.raw) || (t.raw.length > 2 && allCaps(t) && MONTHS.has(t.raw[0] + t.lower.slice(1))));
