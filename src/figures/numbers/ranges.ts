// Two amounts read as one expression: ranges ("10-12", "between 10 and 12", "from 10 to 12"), vote tallies
// and scores ("a 15-3 vote"), spans of years ("1990-91"), and fractions spelled "one over three",
// "two out of five", "one in five".
import type { NumberKind } from '../types.js';
import { isNumberWord, numeralAt, parseCardinal, type Cardinal, type Ctx } from './cardinal.js';
import { exact, isAmount, type Found } from './found.js';
import { CHANGE_VERBS, TALLY_OF, TALLY_WORDS, TIME_UNITS } from './lexicon.js';
import { glued, isDigits, isPunct, sameLine, word } from './peek.js';
import { phraseAt } from './phrases.js';
import { Tok } from './tokens.js';
import { CURRENCY_BEFORE, PERCENT, UNITS } from './units.js';

/** Reads the amount starting at token k (`ranges` off: do not look for a second bound). */
export type Reader = (k: number, ranges?: boolean) => Found | null;

/** How much of a bound's value comes from a scale word ("12 million" → 1e6), for "10-12 million". */
function scaleOf(c: Ctx, f: Found): number {
  const n = numeralAt(c, f.start);
  if (n && typeof f.value === 'number' && n.numeral.value > 0) {
    const r = f.value / n.numeral.value;
    if (r >= 1000 && Number.isFinite(r)) return Math.round(r);
  }
  return 1;
}

const plainFour = (c: Ctx, k: number): boolean => numeralAt(c, k)?.numeral.plain === true;

/** "between 10 and 12", "from 10 to 12" starting at token k: a range sharing unit, currency and scale. */
export function bounded(c: Ctx, read: Reader, k: number, joiner: 'and' | 'to'): Found | null {
  const low = read(k + 1, false);
  if (!low || typeof low.value !== 'number' || word(c.toks[low.end]) !== joiner || !sameLine(c.toks[low.end])) return null;
  const high = read(low.end + 1);
  if (!high || typeof high.value !== 'number') return null;
  // "between 1991 and 1998", "from 2001 to 2005"
  if ((low.kind === 'year' || high.kind === 'year') && plainFour(c, low.start) && plainFour(c, high.start)
    && low.value >= 1000 && high.value > low.value && high.value <= 2100 && high.end === numeralAt(c, high.start)!.end) {
    return exact(k, high.end, 'year', [low.value, high.value]);
  }
  if (low.qualifier !== 'exact' || !isAmount(low.kind) || !isAmount(high.kind)) return null;
  let lo = low.value;
  const hi = high.value;
  if (low.unit === null && high.unit !== null && lo < hi) {
    const scale = scaleOf(c, high);
    if (scale > 1 && lo * scale <= hi) lo *= scale;
  }
  if (joiner === 'to' && lo > hi) return null;
  const kind: NumberKind = high.kind === 'count' ? low.kind : high.kind;
  return { start: k, end: high.end, kind, value: null, low: Math.min(lo, hi), high: Math.max(lo, hi), qualifier: 'range', unit: high.unit ?? low.unit };
}

/** A second amount after a dash or "to" (token `end`): a range, a tally ("15-3 vote"), a span of years. */
export function rangeAfter(c: Ctx, read: Reader, start: number, card: Cardinal, value: number, end: number, currency: string | null): Found | null {
  const toks = c.toks;
  const sep = toks[end];
  if (!sep || !sameLine(sep)) return null;
  const dash = isPunct(sep, '-');
  const to = word(sep) === 'to' || word(sep) === 'through';
  // "five or six people", "40 or 50 of them": two guesses at one amount
  const or = word(sep) === 'or';
  if (!dash && !to && !or) return null;
  // "from 70 to 80" after a verb of change reports two values; "up to" is a qualifier
  if (to && (word(toks[start - 1]) === 'from' || CHANGE_VERBS.has(word(toks[start - 1])))) return null;
  let k = end + 1;
  if (!toks[k] || !sameLine(toks[k])) return null;
  if (dash && glued(sep) && glued(toks[k]) && toks[k]!.kind === Tok.Word) return null; // "26-month", "three-four"
  // the second bound may repeat the currency: "$10-$12", "$5m to $10m"
  const cur = phraseAt(toks, k, CURRENCY_BEFORE, c.limit);
  const numberAt = cur && currency ? cur.end : k;
  const bTok = toks[numberAt];
  if (!bTok || card.fromDigits !== (bTok.kind === Tok.Digits)) return null;
  if (bTok.kind === Tok.Word && !isNumberWord(bTok)) return null;
  if (bTok.kind === Tok.Digits && dash && glued(sep) && isPunct(toks[numberAt + 1], '-') && glued(toks[numberAt + 1]) && isDigits(toks[numberAt + 2]) && glued(toks[numberAt + 2])) return null;
  const b = read(k, false);
  k = numberAt;
  if (!b || typeof b.value !== 'number') return null;
  const bv = b.value;
  const fourDigits = card.numeral?.plain && value >= 1000 && value <= 2100;
  if (or) return guesses(start, value, b, currency);
  if (b.kind === 'year' && fourDigits && value < bv) return exact(start, b.end, 'year', [value, bv]);
  if (b.qualifier !== 'exact' || !isAmount(b.kind)) return null;
  // years: "1990-91", "2012-2013"
  if (fourDigits && dash && b.kind === 'count' && numeralAt(c, k)?.numeral.plain && ((bv >= 1000 && bv <= 2100 && bv > value) || (bv < 100 && bv > value % 100))) {
    return exact(start, b.end, 'year', [value, bv >= 1000 ? bv : value - (value % 100) + bv]);
  }
  // the scale of the second bound also applies to the first ("10-12 million")
  let a = value;
  if (!card.scaled) {
    const scale = scaleOf(c, b);
    if (scale > 1 && a * scale <= bv) a *= scale;
  }
  if (Number.isInteger(a) && Number.isInteger(bv) && card.numeral !== null && b.kind === 'count' && (isTally(c, start, b.end) || (dash && bv <= a))) {
    return { start, end: b.end, kind: 'tally', value: [a, bv], low: null, high: null, qualifier: 'exact', unit: 'tally' };
  }
  if (bv < a || (to && bv === a)) return null;
  return rangeTo(start, a, b, currency);
}

/** The range from `a` to the second amount `b` (money when a currency came before the first). */
const rangeTo = (start: number, a: number, b: Found, currency: string | null): Found =>
  ({ start, end: b.end, kind: currency ? 'money' : b.kind, value: null, low: a, high: b.value as number, qualifier: 'range', unit: currency ?? b.unit });

/**
 * "five or six", "100 or 200": whole amounts of which the second is larger, at most twice the first, read as
 * one range ("10 bln or 10 tln", "1990 or 1991", "5.00 or 5,00" are two amounts).
 */
function guesses(start: number, a: number, b: Found, currency: string | null): Found | null {
  const bv = b.value as number;
  if (!Number.isInteger(a) || !Number.isInteger(bv) || a < 1 || bv <= a || bv > 2 * a || b.qualifier !== 'exact' || !isAmount(b.kind) || b.kind === 'year') return null;
  if (a >= 1000 && a <= 2100) return null;
  return rangeTo(start, a, b, currency);
}

/** "10%-12%", "5 km to 8 km": a second amount of the same kind and unit after a complete first one. */
export function unitRange(c: Ctx, read: Reader, first: Found): Found | null {
  const toks = c.toks;
  const sep = toks[first.end];
  if (!sep || !sameLine(sep) || typeof first.value !== 'number' || first.unit === null) return null;
  if (!isPunct(sep, '-') && word(sep) !== 'to') return null;
  // "rose from 5% to 7%" reports two values
  const before = word(toks[first.start - 1]);
  if (word(sep) === 'to' && (before === 'from' || CHANGE_VERBS.has(before))) return null;
  const b = read(first.end + 1, false);
  if (!b || b.kind !== first.kind || b.unit !== first.unit || typeof b.value !== 'number' || b.qualifier !== 'exact' || b.value <= first.value) return null;
  return { ...first, end: b.end, value: null, low: first.value, high: b.value, qualifier: 'range' };
}

/** Words of votes and games around two numbers: "a 15-3 vote", "won 2-1", "by a vote of 60 to 40". */
function isTally(c: Ctx, start: number, end: number): boolean {
  const toks = c.toks;
  const before = word(toks[start - 1]), before2 = word(toks[start - 2]);
  const after = word(toks[end]), after2 = word(toks[end + 1]);
  return TALLY_WORDS.has(after) || TALLY_WORDS.has(before) || (before === 'of' && TALLY_OF.has(before2))
    || (after === 'in' && TALLY_WORDS.has(after2));
}

/** "A over B", "A out of B" (A < B), "A in B" (A < B): a fraction, read after the cardinal A. */
export function ratio(c: Ctx, card: Cardinal, end: number): { denominator: number; end: number } | null {
  const toks = c.toks;
  const w = word(toks[end]);
  let k = end + 1;
  if (w === 'out' && word(toks[k]) === 'of') k++;
  else if (w !== 'over' && w !== 'in') return null;
  if (!sameLine(toks[end]) || !sameLine(toks[k]) || card.scaled || card.fraction) return null;
  const d = toks[k] && (toks[k]!.kind === Tok.Digits || isNumberWord(toks[k])) ? parseCardinal(c, k) : null;
  if (!d || d.ordinal || d.value === 0 || d.fraction) return null;
  const after = toks[d.end];
  const wordAfter = !!after && sameLine(after) && after.kind !== Tok.Punct;
  if (w === 'over') {
    // "$2000 over 3 years": B counts something, so "over" is not a fraction bar
    if (wordAfter) return null;
  } else if (w === 'in') {
    // "one in five adults", "2 in 5"; not "5 in 20 minutes", "1 in 2013"
    if (card.value >= d.value || card.value <= 0 || !Number.isInteger(card.value)) return null;
    if (d.numeral?.plain && d.value >= 1000) return null;
    if (after && sameLine(after) && (TIME_UNITS.has(after.lower) || phraseAt(toks, d.end, UNITS) || phraseAt(toks, d.end, PERCENT))) return null;
  } else if (card.value >= d.value) return null;
  return { denominator: d.value, end: d.end };
}
