// Dates, clock times and years: expressions with digits that are never amounts.
import { isNumberWord, type Cardinal, type Ctx } from './cardinal.js';
import { exact, type Found } from './found.js';
import { TIME_ZONES, YEAR_OF_BEFORE, YEAR_PREPOSITIONS } from './lexicon.js';
import { allCaps, capitalized, glued, isDigits, isMonth, isPunct, sameLine, word } from './peek.js';
import { Tok } from './tokens.js';

/** After a day and its month: an optional year ("26 May 2013", "May 26, 2013"). */
export function dateTail(c: Ctx, start: number, k: number): Found {
  const toks = c.toks;
  let e = k;
  if (isPunct(toks[e], ',') && isDigits(toks[e + 1])) e++;
  if (isDigits(toks[e]) && toks[e]!.raw.length === 4 && sameLine(toks[e])) return exact(start, e + 1, 'date', null);
  return exact(start, k, 'date', null);
}

/** "May 26", "May 26-27", "May 26, 2013", "May 2013", "March 5th", "Sept. 3". */
export function monthFirstDate(c: Ctx, k: number): Found | null {
  const toks = c.toks;
  if (!isMonth(toks[k])) return null;
  let e = k + 1;
  if (isPunct(toks[e], '.') && glued(toks[e])) e++;
  const d = toks[e];
  if (!d || !isDigits(d) || !sameLine(d)) return null;
  const v = Number(d.raw);
  if (d.raw.length === 4) return exact(k, e + 1, 'date', null);
  if (v < 1 || v > 31 || d.raw.length > 2) return null;
  e++;
  if (toks[e] && glued(toks[e]) && /^(st|nd|rd|th)$/.test(word(toks[e]))) e++;
  if (isPunct(toks[e], '-') && isDigits(toks[e + 1]) && Number(toks[e + 1]!.raw) <= 31 && toks[e + 1]!.raw.length <= 2) e += 2;
  return dateTail(c, k, e);
}

/** A day before its month: "26 May", "the 26th of May" (k is the token after the day). */
export function dayFirstDate(c: Ctx, start: number, k: number): Found | null {
  const toks = c.toks;
  if (sameLine(toks[k]) && isMonth(toks[k])) return dateTail(c, start, k + 1);
  if (word(toks[k]) === 'of' && isMonth(toks[k + 1])) return dateTail(c, start, k + 2);
  return null;
}

/** End of "p.m." / "a.m." / "pm" whose first letter token is k. */
export function afterMeridiem(c: Ctx, k: number): number {
  let e = k + 1;
  if (isPunct(c.toks[e], '.') && glued(c.toks[e])) e++;
  return e;
}

/** After the hour: the token index past "am", "pm", "a.m.", "p.m." (glued or spaced), or -1. */
export function meridiemEnd(c: Ctx, k: number): number {
  const toks = c.toks;
  const t = toks[k];
  if (!t || t.kind !== Tok.Word || !sameLine(t)) return -1;
  if ((t.lower === 'am' || t.lower === 'pm') && (t.raw === t.lower || allCaps(t))) return afterMeridiem(c, k);
  if ((t.lower === 'a' || t.lower === 'p') && isPunct(toks[k + 1], '.') && glued(toks[k + 1]) && word(toks[k + 2]) === 'm' && glued(toks[k + 2])) return afterMeridiem(c, k + 2);
  return -1;
}

/** "3 p.m.", "10 am", "9.25 a.m.", "1200 GMT", "03.31 BST": digits (from token k) read as a clock time. */
export function clockTime(c: Ctx, start: number, k: number, card: Cardinal): Found | null {
  const next = c.toks[card.end];
  if (!card.numeral || !next || !sameLine(next)) return null;
  const raw = c.text.slice(c.toks[k]!.start, card.numeral.end);
  const hm = /^(\d{1,2})(?:\.(\d\d))?$/.exec(raw) ?? /^(\d{1,2})(\d\d)$/.exec(raw);
  if (!hm || Number(hm[1]) >= 24 || (hm[2] !== undefined && Number(hm[2]) >= 60)) return null;
  if (TIME_ZONES.has(next.lower) && allCaps(next)) return exact(start, card.end + 1, 'time', null);
  const mer = meridiemEnd(c, card.end);
  if (mer > 0 && Number(hm[1]) <= 12) return exact(start, mer, 'time', null);
  return null;
}

/** "10:30", "0:02:47", "3:30 p.m." from the parts of a colon chain ending before token `end`. */
export function colonTime(c: Ctx, start: number, parts: number[], lengths: number[], end: number): Found {
  const mer = meridiemEnd(c, end);
  const clock = lengths.slice(1).every((n) => n === 2) && parts[1]! < 60 && parts[0]! <= 24;
  return exact(start, mer > 0 ? mer : end, clock ? 'time' : 'other', null);
}

/** Capitalized words that begin a sentence rather than name something ("The 2000 troops", "About 1500"). */
const CAPITALIZED_NOT_NAME = /^(the|a|an|some|most|many|all|none|each|both|any|about|over|nearly|almost|around|only|all|another|those|these|its|his|her|their|more|fewer|less|at|by|and|but|of|to|in|on|for|with|from|up|under|above|below|exactly|approximately|roughly|just|estimated|killing|injuring|leaving)$/;
/** A year after a name: "World Cup 2018 day five", "Fan Expo Canada 2016" (read before any unit after it). */
export function yearAfterName(c: Ctx, start: number, v: number): boolean {
  const prev = c.toks[start - 1];
  return v >= 1900 && v <= 2099 && c.toks[start]!.raw.length === 4 && capitalized(prev) && sameLine(c.toks[start])
    && !CAPITALIZED_NOT_NAME.test(prev!.lower) && !isMonth(prev);
}

const NOT_YEAR_BEFORE = /^(to|reached|reaching|of|killed|were|was|is|are|at|by|than|about|nearly)$/;

/** Is the plain four-digit number v at tokens [start, end) a year? ("in 2013", "the 2012 election", "May 2013") */
export function isYear(c: Ctx, start: number, end: number, v: number): boolean {
  const toks = c.toks;
  if (v < 1000 || v > 2100 || toks[start]!.raw.length !== 4) return false;
  const prev = toks[start - 1], prev2 = toks[start - 2], next = toks[end];
  const pw = word(prev);
  const modern = v >= 1900 && v <= 2099;
  if (YEAR_PREPOSITIONS.has(pw) || isMonth(prev) || (isPunct(prev, ',') && isMonth(toks[start - 3]))) return true;
  // "the spring of 2013", "May of 2013", "the Act of 1958"
  const name = capitalized(prev2) && !CAPITALIZED_NOT_NAME.test(word(prev2)) && !isNumberWord(prev2);
  if (pw === 'of' && (YEAR_OF_BEFORE.has(word(prev2)) || isMonth(prev2) || name)) return true;
  if (isPunct(next, "'") && word(toks[end + 1]) === 's') return true; // "2013's"
  if (!modern) return false;
  // "the 2012 election", "the 2014 protests", "a 2005 peace deal" (counts this large are written "2,000")
  if (pw === 'the' && next?.kind === Tok.Word && sameLine(next)) return true;
  if (/^(a|an|his|her|its|their|our|this|that)$/.test(pw) && next?.kind === Tok.Word && sameLine(next) && !next.lower.endsWith('s')) return true;
  if (yearAfterName(c, start, v)) return true;
  if (capitalized(next) && sameLine(next) && prev?.kind === Tok.Word && !capitalized(prev)) return true;
  // at the end of a clause: "the war that ended in 1990."
  const clauseEnd = !next || !sameLine(next) || (next.kind === Tok.Punct && /[.,;:)!?]/.test(next.lower));
  return clauseEnd && !NOT_YEAR_BEFORE.test(pw);
}
