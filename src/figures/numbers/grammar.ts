// The number grammar: an amount (cardinal) with what is written around it — qualifier, sign, currency,
// scale suffix, unit, percent, range or tally partner — and the kind of expression it is. Dates, years,
// times, ordinals, tallies, phone numbers and identifiers get their own kinds so they are never counted.
import type { NumberKind } from '../types.js';
import { clockTime, dateTail, monthFirstDate, yearAfterName } from './calendar.js';
import { isNumberWord, parseCardinal, type Cardinal, type Ctx } from './cardinal.js';
import { exact, isAmount, qualify, type Found } from './found.js';
import {
  AFTER_PRONOUN_ONE, CHANGE_VERBS, GLUED_ONLY_CURRENCY, HALF_NOT_NUMBER_BEFORE, ONE_PRONOUN_BEFORE, ORDINAL_WORDS, QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES, TIME_UNITS, VAGUE_MULTIPLIERS, VAGUE_PLURALS,
} from './lexicon.js';
import { glued, isDigits, isMonth, isPunct, sameLine, word } from './peek.js';
import { phraseAt, phraseTable } from './phrases.js';
import { bounded, rangeAfter, ratio, unitRange } from './ranges.js';
import { digitRole } from './roles.js';
import { digitShape, internationalPhone } from './shapes.js';
import { Gap, Tok, type Token } from './tokens.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, gluedSuffix, spacedScale, unitAfter } from './units.js';
import { vagueAmount } from './vague.js';

const QUALIFIERS = phraseTable(QUALIFIER_PREFIXES);
const TRAILING_QUALIFIERS = phraseTable(QUALIFIER_SUFFIXES);

/** What precedes the digits or words of an amount: a sign and a currency. */
interface Prefix {
  /** Token where the number itself starts. */
  k: number;
  sign: number;
  currency: string | null;
}

/** "and a half" at token k, on the amount's line. */
const andAHalf = (toks: Token[], k: number) => word(toks[k]) === 'and' && word(toks[k + 1]) === 'a' && word(toks[k + 2]) === 'half' && sameLine(toks[k + 2]);

export class Grammar {
  private readonly read = (k: number, ranges = true): Found | null => this.quantity(k, ranges);

  constructor(private readonly c: Ctx) {}

  /** The expression starting at token k, or null. */
  at(k: number): Found | null {
    const toks = this.c.toks;
    const t = toks[k]!;
    const q = this.qualified(k);
    if (q) {
      // "more than 10 and less than 20", "at least 20 but no more than 50": one range
      const joiner = word(toks[q.end]);
      if ((q.qualifier === 'more-than' || q.qualifier === 'at-least') && (joiner === 'and' || joiner === 'but') && sameLine(toks[q.end])) {
        const upper = this.qualified(q.end + 1);
        if (upper && (upper.qualifier === 'less-than' || upper.qualifier === 'at-most') && upper.kind === q.kind && upper.high !== null && q.low !== null && q.low < upper.high) {
          return { ...q, end: upper.end, value: null, high: upper.high, qualifier: 'range', unit: q.unit ?? upper.unit };
        }
      }
      return q;
    }
    if (t.kind === Tok.Word) {
      const date = monthFirstDate(this.c, k);
      if (date) return date;
      if (t.lower === 'between') return bounded(this.c, this.read, k, 'and');
      if (t.lower === 'from' && !CHANGE_VERBS.has(word(toks[k - 1])) && !CHANGE_VERBS.has(word(toks[k - 2]))) return bounded(this.c, this.read, k, 'to');
    }
    return this.quantity(k);
  }

  /** A qualifier phrase at token k and the amount it qualifies ("more than 70,000", "> 30", "nearly half"). */
  private qualified(k: number): Found | null {
    const toks = this.c.toks;
    const q = phraseAt(toks, k, QUALIFIERS, this.c.limit);
    if (!q || !sameLine(toks[q.end])) return null;
    const f = this.quantity(q.end);
    if (!f) return null;
    // "over three years" is a period, not more than three years ("less than six months after" is a bound)
    if (f.kind === 'duration' && q.value === 'more-than') return f;
    return isAmount(f.kind) ? { ...qualify(f, q.value), start: k } : f;
  }

  /**
   * An amount and what surrounds it, starting at token k: currency, sign, digits or words, scale, unit,
   * percent, range partner. `ranges` is off for a bound already inside a range.
   */
  quantity(start: number, ranges = true): Found | null {
    const toks = this.c.toks;
    if (isPunct(toks[start], '+') && (start === 0 || toks[start]!.gap !== Gap.None)) {
      const phone = internationalPhone(this.c, start);
      if (phone) return phone;
    }
    const pre = this.prefix(start);
    if (!pre) return null;
    const { k, sign, currency } = pre;
    const first = toks[k];
    if (!first) return null;
    if (first.kind === Tok.Digits) {
      const shape = digitShape(this.c, start, k, currency !== null || sign < 0, sign);
      if (shape) return shape;
    }
    if (first.kind === Tok.Word) {
      if (!this.wordMayStart(k)) return null;
      const vague = vagueAmount(this.c, k);
      if (vague) return this.vagueWithCurrency({ ...vague, start }, currency);
      const oneAndAHalf = currency ? null : this.unitAndAHalf(start, k);
      if (oneAndAHalf) return oneAndAHalf;
    }
    const card = parseCardinal(this.c, k);
    if (!card) return null;
    if (card.ordinal) return exact(start, card.end, 'ordinal', card.value);
    if (card.fromDigits) {
      const time = clockTime(this.c, start, k, card);
      if (time) return time;
    } else if (this.notAnAmount(k, card)) return null;
    return this.amountAfter(start, k, card, sign, currency, ranges);
  }

  /** Sign words and characters and a currency before the number ("minus 5", "-12", "$5", "USD 10", "A$5"). */
  private prefix(start: number): Prefix | null {
    const toks = this.c.toks;
    let k = start;
    let sign = 1;
    let currency: string | null = null;
    const w0 = word(toks[k]);
    if ((w0 === 'minus' || w0 === 'negative') && sameLine(toks[k + 1])) {
      sign = -1;
      k++;
    }
    const cur = phraseAt(toks, k, CURRENCY_BEFORE, this.c.limit);
    if (cur && this.startsAmount(cur.end) && sameLine(toks[cur.end])) {
      // letters that are also words ("A$", "euro110", "Dh4,275") count only glued to the amount
      const gluedOnly = GLUED_ONLY_CURRENCY.has(toks[k]!.lower);
      let gluedThrough = true;
      for (let i = k + 1; i <= cur.end; i++) if (toks[i]!.gap !== Gap.None) gluedThrough = false;
      if (!gluedOnly || gluedThrough) {
        currency = cur.value;
        k = cur.end;
      }
    }
    const t = toks[k];
    if (t && (isPunct(t, '-') || isPunct(t, '+')) && sign === 1 && glued(toks[k + 1]) && (isDigits(toks[k + 1]) || isPunct(toks[k + 1], '.'))) {
      // a sign stands apart from what precedes it: not the dash of "10-12" or "Covid-19"
      const prev = toks[k - 1];
      const free = !prev || t.gap !== Gap.None || (prev.kind === Tok.Punct && !isPunct(prev, '-') && prev.lower !== '/');
      if (!free) return null;
      if (t.lower === '-') sign = -1;
      k++;
    }
    return { k, sign, currency };
  }

  /** "hundreds of millions of dollars", "$ billions": a vague amount of money. */
  private vagueWithCurrency(v: Found, currency: string | null): Found {
    const toks = this.c.toks;
    if (currency) return { ...v, kind: 'money', unit: currency };
    if (word(toks[v.end]) === 'of' && toks[v.end + 1]?.kind === Tok.Word && sameLine(toks[v.end + 1])) {
      const cur = phraseAt(toks, v.end + 1, CURRENCY_AFTER, this.c.limit);
      if (cur) return { ...v, end: cur.end, kind: 'money', unit: cur.value };
    }
    return v;
  }

  /** "one" and "half" that are not amounts: "the one you mentioned", "the best one", "the first half", "half-brother". */
  private notAnAmount(k: number, card: Cardinal): boolean {
    if (card.end - card.start !== 1) return false;
    const toks = this.c.toks;
    const w = toks[k]!.lower;
    const before = word(toks[k - 1]);
    const after = toks[k + 1];
    if (w === 'one') {
      const clauseEnd = !after || !sameLine(after) || (after.kind === Tok.Punct && after.lower !== '-');
      const pronounSlot = clauseEnd || AFTER_PRONOUN_ONE.has(word(after));
      const pronoun = (ONE_PRONOUN_BEFORE.has(before) && pronounSlot) || before === 'no' || word(after) === 'another' || (clauseEnd && /est$/.test(before));
      return pronoun && !unitAfter(this.c, k + 1, false);
    }
    if (w === 'half') return HALF_NOT_NUMBER_BEFORE.has(before) || (isPunct(after, '-') && glued(after));
    return false;
  }

  /** The amount read by `card` (at token k) with what is written after it. */
  private amountAfter(start: number, k: number, card: Cardinal, sign: number, currency: string | null, ranges: boolean): Found | null {
    const toks = this.c.toks;
    let value = card.value * sign;
    let end = card.end;
    let unit: string | null = currency;
    let kind: NumberKind = currency ? 'money' : 'count';

    // letters glued after digits: scale suffix, currency, unit, ordinal suffix, am/pm, decade, or an identifier
    const next = toks[end];
    if (card.fromDigits && next && next.kind === Tok.Word && next.gap === Gap.None) {
      const g = gluedSuffix(this.c, card, end, currency !== null);
      if ('ordinal' in g) {
        // "26th May", "the 26th of May"
        const m = toks[end + 1], of = word(m) === 'of' ? toks[end + 2] : undefined;
        if (card.value <= 31 && sameLine(m) && (isMonth(m) || isMonth(of))) return dateTail(this.c, start, end + (of ? 3 : 2));
        return exact(start, end + 1, 'ordinal', card.value);
      }
      if ('decade' in g) return exact(start, end + 1, 'year', card.value);
      if ('time' in g) return exact(start, end + (isPunct(toks[end + 1], '.') && glued(toks[end + 1]) ? 2 : 1), 'time', null);
      if ('id' in g) return exact(start, end + 1, 'other', card.value);
      end++;
      if ('scale' in g) value *= g.scale;
      else if ('money' in g) { kind = 'money'; unit = g.money; } else if (TIME_UNITS.has(g.unit)) { kind = 'duration'; unit = TIME_UNITS.get(g.unit)!; } else { kind = 'measure'; unit = g.unit; }
    } else if (card.fromDigits && !card.scaled) {
      const s = spacedScale(this.c, end);
      if (s) { value *= s; end++; }
    }

    // "half a mile", "half an hour"
    if (!card.fromDigits && card.value === 0.5 && toks[k]!.lower === 'half' && /^an?$/.test(word(toks[end])) && sameLine(toks[end])) {
      const u = unitAfter(this.c, end + 1, false);
      if (u && u.kind !== 'other' && u.kind !== 'money') return exact(start, u.end, u.kind, 0.5, u.unit);
    }
    // fractions spelled with "over", "out of", "in": "one over three", "two out of five hundred", "1 in twenty-one"
    const frac = ratio(this.c, card, end);
    if (frac) return exact(start, frac.end, kind, (sign * card.value) / frac.denominator, unit);

    // range or tally with a second amount: "10-12", "10 to 12", "15-3 vote"
    if (ranges) {
      const r = rangeAfter(this.c, this.read, start, card, value, end, currency);
      if (r) return r;
    }

    if (card.numeral?.plain && kind === 'count' && sign > 0 && card.end === end && yearAfterName(this.c, start, value)) return exact(start, end, 'year', value);
    // percent, currency name, unit of measure, time unit
    const suffix = unitAfter(this.c, end, kind === 'money', card.scaled || Math.abs(value) >= 1000);
    if (suffix) {
      end = suffix.end;
      kind = suffix.kind;
      unit = suffix.unit;
      if (suffix.factor) value *= suffix.factor;
      if (suffix.add) value += sign * suffix.add;
      if (kind === 'other') return exact(start, end, 'other', value, unit);
      // "three hours and a half"
      if ((kind === 'measure' || kind === 'duration') && andAHalf(toks, end)) {
        value += sign * 0.5;
        end += 3;
      }
    }
    // digits that are a year, a day of a month, an age, an address or an identifier
    if (card.numeral && kind === 'count' && sign > 0 && card.end === end) {
      const role = digitRole(this.c, start, card, end);
      if (role) return role;
    }
    const found = exact(start, end, kind, value, unit);
    if (ranges && suffix) {
      const r = unitRange(this.c, this.read, found);
      if (r) return r;
    }
    // trailing qualifiers: "70,000 or more", "70,000+"
    const tq = phraseAt(toks, end, TRAILING_QUALIFIERS, this.c.limit);
    const after = toks[end];
    if (tq && sameLine(after) && ((after!.lower !== '+' && after!.lower !== '-') || glued(after))) return qualify({ ...found, end: tq.end }, tq.value);
    return found;
  }

  /** "a mile and a half", "an hour and a half": one unit and a half (not "a mile" alone, which is no claim). */
  private unitAndAHalf(start: number, k: number): Found | null {
    const w = this.c.toks[k]!.lower;
    if (w !== 'a' && w !== 'an') return null;
    const u = unitAfter(this.c, k + 1, false);
    if (!u || (u.kind !== 'measure' && u.kind !== 'duration') || !andAHalf(this.c.toks, u.end)) return null;
    return exact(start, u.end + 3, u.kind, 1.5, u.unit);
  }

  /** Can the word at k begin an amount? */
  private wordMayStart(k: number): boolean {
    const t = this.c.toks[k]!;
    const w = t.lower;
    return isNumberWord(t) || w === 'a' || w === 'an' || w === 'half' || w === 'quarter' || w === 'tens'
      || ORDINAL_WORDS.has(w) || VAGUE_PLURALS.has(w) || VAGUE_MULTIPLIERS.has(w);
  }

  /** Does an amount begin at token k (after a currency)? */
  private startsAmount(k: number): boolean {
    const toks = this.c.toks;
    const t = toks[k];
    if (!t) return false;
    if (t.kind === Tok.Digits) return true;
    if ((isPunct(t, '-') || isPunct(t, '.')) && isDigits(toks[k + 1]) && glued(toks[k + 1])) return true;
    return t.kind === Tok.Word && (isNumberWord(t) || t.lower === 'a' || t.lower === 'half');
  }
}
