// Plain digits whose context says they are not a count: a day ("26 May"), a year ("in 2013"), an age
// ("Smith, 45,"), an identifier ("Article 51", "No. 10"), an address ("473 East 52nd Street"),
// an emergency number ("called 911"), or an earthquake magnitude ("magnitude 4.6").
import { dayFirstDate, isYear } from './calendar.js';
import type { Cardinal, Ctx } from './cardinal.js';
import { exact, type Found } from './found.js';
import { DIAL_WORDS, ID_NOUNS, QUAKE_WORDS, STREET_WORDS } from './lexicon.js';
import { capitalized, isPunct, sameLine, word } from './peek.js';
import { Tok } from './tokens.js';

/** The role of plain digits [start, end) when it is not a count, or null. */
export function digitRole(c: Ctx, start: number, card: Cardinal, end: number): Found | null {
  const toks = c.toks;
  const n = card.numeral!;
  const v = card.value;
  const prev = toks[start - 1], prev2 = toks[start - 2];
  const pw = word(prev);
  if (n.plain && v >= 1 && v <= 31) {
    const date = dayFirstDate(c, start, end);
    if (date) return date;
  }
  // identifiers: "Article 51", "No. 10", "#1"
  if (isPunct(prev, '#') || (ID_NOUNS.has(pw) && capitalized(prev) && n.plain)) return exact(start, end, 'other', v);
  if (isPunct(prev, '.') && ['no', 'nos', 'nr', 'nrs'].includes(word(prev2))) return exact(start, end, 'other', v);
  if (n.plain && isYear(c, start, end, v)) return exact(start, end, 'year', v);
  if (n.plain && v > 0 && v < 120 && isAge(c, start, end)) return exact(start, end, 'other', v, 'age');
  if (n.plain && isAddress(c, end)) return exact(start, end, 'other', v, 'address');
  // emergency numbers: "called 911"
  if (n.plain && DIAL_WORDS.has(pw) && toks[start]!.raw.length === 3) return exact(start, end, 'phone', null);
  if (isMagnitude(c, start, end, v)) return exact(start, end, 'measure', v, 'magnitude');
  return null;
}

/** Earthquake sizes: "magnitude 4.6", "a magnitude of 5.9", "put the magnitude at 6.1", "a 4.6 quake", "measuring 6.4". */
function isMagnitude(c: Ctx, start: number, end: number, v: number): boolean {
  const toks = c.toks;
  const pw = word(toks[start - 1]), pw2 = word(toks[start - 2]);
  if (pw === 'magnitude' || ((pw === 'of' || pw === 'at' || pw === 'was' || pw === 'is') && pw2 === 'magnitude')) return true;
  // otherwise the figure must look like one: one digit, a point, one digit ("4.6", "6.0")
  if (!/^\d\.\d$/.test(c.text.slice(toks[start]!.start, toks[end - 1]!.end))) return false;
  return pw === 'measuring' || QUAKE_WORDS.has(word(toks[end]));
}

/** "Hassan, 45, said", "Comeaux Jr., 49,", "Wilson, 47;", "aged 45". */
function isAge(c: Ctx, start: number, end: number): boolean {
  const toks = c.toks;
  const prev = toks[start - 1], prev2 = toks[start - 2], next = toks[end];
  const pw = word(prev);
  if (pw === 'aged' || pw === 'age') return true;
  const named = capitalized(prev2) || (isPunct(prev2, '.') && capitalized(toks[start - 3]));
  return isPunct(prev, ',') && named && !!next && next.kind === Tok.Punct && /^[,);.]$/.test(next.lower);
}

/** After the number: "East 52nd Street", "Main St", "block of", "100-block of". */
function isAddress(c: Ctx, end: number): boolean {
  const toks = c.toks;
  const after = isPunct(toks[end], '-') ? toks[end + 1] : toks[end];
  if (word(after) === 'block' && sameLine(after)) return true;
  for (let i = end; i < end + 4 && toks[i] && sameLine(toks[i]); i++) {
    const t = toks[i]!;
    if (STREET_WORDS.has(t.lower) && t.lower !== 'block' && capitalized(t)) return true;
    if (!(capitalized(t) || t.kind === Tok.Digits || /^(st|nd|rd|th)$/.test(t.lower))) return false;
  }
  return false;
}
