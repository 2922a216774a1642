// Small tests on tokens shared by the grammar's rules.
import { MONTHS } from './lexicon.js';
import { Gap, Tok, type Token } from './tokens.js';

export const word = (t: Token | undefined): string => (t && t.kind === Tok.Word ? t.lower : '');
export const isPunct = (t: Token | undefined, ch: string): boolean => !!t && t.kind === Tok.Punct && t.lower === ch;
export const glued = (t: Token | undefined): boolean => !!t && t.gap === Gap.None;
export const sameLine = (t: Token | undefined): boolean => !!t && t.gap !== Gap.Break;
export const isDigits = (t: Token | undefined): boolean => !!t && t.kind === Tok.Digits;
export const capitalized = (t: Token | undefined): boolean => !!t && t.kind === Tok.Word && /^\p{Lu}/u.test(t.raw);
export const allCaps = (t: Token): boolean => t.raw === t.raw.toUpperCase();
/** A month name as written in news copy: "May", "Sept", "SEPTEMBER" (lower-case "may" is a verb). */
export const isMonth = (t: Token | undefined): boolean => !!t && t.kind === Tok.Word
  && (MONTHS.has(t.raw) || (t.raw.length > 2 && allCaps(t) && MONTHS.has(t.raw[0] + t.lower.slice(1))));
