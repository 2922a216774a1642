// The number grammar: an amount (cardinal) with what is written around it — sign, currency, scale suffix,
// unit, percent, qualifier, range or tally partner — and the kind of expression it is. Dates, years,
// times, ordinals, tallies, phone numbers and identifiers get their own kinds so they are never counted.
import type { NumberKind, NumberMatch, Qualifier } from '../types.js';
import { COUNTRY_CURRENCIES } from './currencies.js';
import { isNumberWord, numeralAt, parseCardinal, type Cardinal, type Ctx } from './cardinal.js';
import {
  BIG_SCALES, CHANGE_VERBS, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, GLUED_UNITS, HALF_NOT_NUMBER_BEFORE, ID_NOUNS,
  DIAL_WORDS, DIMENSION_ADJECTIVES, GLUED_ONLY_CURRENCY, MEASURE_UNITS, STREET_WORDS, TIME_ZONES, MONTHS, ONE_PRONOUN_BEFORE, ORDINAL_WORDS, PERCENT_PHRASES, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES,
  SCALE_ABBREVIATIONS, SCALE_LETTERS, TALLY_WORDS, TIME_UNITS, VAGUE_MULTIPLIERS, VAGUE_PLURALS, YEAR_OF_BEFORE,
  YEAR_PREFIXES, YEAR_PREPOSITIONS,
} from './lexicon.js';
import { phraseAt, phraseTable } from './phrases.js';
import { Gap, Tok, type Token } from './tokens.js';

const QUALIFIERS = phraseTable(QUALIFIER_PREFIXES);
const TRAILING_QUALIFIERS = phraseTable(QUALIFIER_SUFFIXES);
const CURRENCY_BEFORE = phraseTable(CURRENCY_PREFIXES);
const CURRENCY_AFTER = phraseTable([...CURRENCY_SUFFIXES, ...COUNTRY_CURRENCIES]);
const UNITS = phraseTable(MEASURE_UNITS);
const PERCENT = phraseTable(PERCENT_PHRASES);

/** A match in token coordinates, before offsets are attached. */
interface Found {
  start: number;
  end: number;
  kind: NumberKind;
  value: number | number[] | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
}

const word = (t: Token | undefined): string => (t && t.kind === Tok.Word ? t.lower : '');
const isPunct = (t: Token | undefined, ch: string): boolean => !!t && t.kind === Tok.Punct && t.lower === ch;
const glued = (t: Token | undefined): boolean => !!t && t.gap === Gap.None;
const sameLine = (t: Token | undefined): boolean => !!t && t.gap !== Gap.Break;
const isDigits = (t: Token | undefined): boolean => !!t && t.kind === Tok.Digits;
const capitalized = (t: Token | undefined): boolean => !!t && t.kind === Tok.Word && /^\p{Lu}/u.test(t.raw);
/** A month name as written in news copy: "May", "Sept", "SEPTEMBER" (lower-case "may" is a verb). */
const isMonth = (t: Token | undefined): boolean => !!t && t.kind === Tok.Word && (MONTHS.has(t.raw) || (t.raw.length > 2 && t.raw === t.raw.toUpperCase() && MONTHS.has(t.raw[0] + t.lower.slice(1))));

function exact(start: number, end: number, kind: NumberKind, value: number | number[] | null, unit: string | null = null): Found {
  const n = typeof value === 'number' ? value : null;
  return { start, end, kind, value, low: n, high: n, qualifier: 'exact', unit };
}

/** The interval a qualifier asserts around a value. */
function qualify(f: Found, q: Qualifier | 'nearly'): Found {
  if (typeof f.value !== 'number' || f.qualifier !== 'exact') return f;
  const v = f.value;
  const lo = (x: number): number => Math.min(v, x), hi = (x: number): number => Math.max(v, x);
  switch (q) {
    case 'more-than': case 'at-least': return { ...f, qualifier: q, low: v, high: null };
    case 'less-than': case 'at-most': return { ...f, qualifier: q, low: null, high: v };
    case 'about': return { ...f, qualifier: 'about', low: lo(v * 0.9), high: hi(v * 1.1) };
    case 'nearly': return { ...f, qualifier: 'about', low: lo(v * 0.9), high: v };
    default: return f;
  }
}

export class Grammar {
  constructor(private readonly c: Ctx) {}

  private get toks(): Token[] {
    return this.c.toks;
  }

  /** The expression starting at token k, or null. */
  at(k: number): Found | null {
    const t = this.toks[k]!;
    if (t.kind === Tok.Word) {
      const date = this.monthFirstDate(k);
      if (date) return date;
      const q = phraseAt(this.toks, k, QUALIFIERS, this.c.limit);
      if (q && sameLine(this.toks[q.end])) {
        const f = this.quantity(q.end);
        if (f) {
          // "over three years" is a period, not more than three years
          if (f.kind === 'duration' && (q.value === 'more-than' || q.value === 'less-than')) return f;
          if (f.kind === 'count' || f.kind === 'money' || f.kind === 'percent' || f.kind === 'measure' || f.kind === 'duration') {
            return { ...qualify(f, q.value), start: k };
          }
          return f;
        }
      }
      if (t.lower === 'between') return this.bounded(k, 'and');
      if (t.lower === 'from' && !CHANGE_VERBS.has(word(this.toks[k - 1])) && !CHANGE_VERBS.has(word(this.toks[k - 2]))) return this.bounded(k, 'to');
    }
    return this.quantity(k);
  }

  /** "between 10 and 12", "from 10 to 12": a range; the bounds share unit, currency and scale. */
  private bounded(k: number, joiner: string): Found | null {
    const low = this.quantity(k + 1, false);
    if (low && low.kind === 'year' && typeof low.value === 'number' && word(this.toks[low.end]) === joiner) {
      // "between 1991 and 1998"
      const y = this.quantity(low.end + 1, false);
      const n = numeralAt(this.c, low.end + 1);
      if (y && n?.numeral.plain && typeof y.value === 'number' && y.value > low.value && y.value <= 2100 && y.end === n.end) return exact(k, y.end, 'year', [low.value, y.value]);
    }
    if (!low || typeof low.value !== 'number' || low.qualifier !== 'exact' || !this.amountKind(low.kind)) return null;
    const j = this.toks[low.end];
    if (word(j) !== joiner || !sameLine(j)) return null;
    const high = this.quantity(low.end + 1);
    if (high && high.kind === 'year' && typeof high.value === 'number' && low.kind === 'count' && low.value >= 1000 && low.value < high.value && numeralAt(this.c, low.start)?.numeral.plain) {
      return exact(k, high.end, 'year', [low.value, high.value]);
    }
    if (!high || typeof high.value !== 'number' || !this.amountKind(high.kind)) return null;
    let lo = low.value;
    const hiV = high.value;
    if (low.unit === null && high.unit !== null && lo < hiV) {
      const scale = this.scaleOf(high);
      if (scale > 1 && lo * scale <= hiV) lo *= scale;
    }
    if (joiner === 'to' && lo > hiV) return null;
    return { start: k, end: high.end, kind: high.kind === 'count' ? low.kind : high.kind, value: null, low: Math.min(lo, hiV), high: Math.max(lo, hiV), qualifier: 'range', unit: high.unit ?? low.unit };
  }

  private amountKind(kind: NumberKind): boolean {
    return kind === 'count' || kind === 'money' || kind === 'percent' || kind === 'measure' || kind === 'duration';
  }

  /** How much of a bound's value comes from a scale word ("12 million" → 1e6), for "10-12 million". */
  private scaleOf(f: Found): number {
    const n = numeralAt(this.c, f.start);
    if (n && typeof f.value === 'number' && n.numeral.value > 0) {
      const r = f.value / n.numeral.value;
      if (r >= 1000 && Number.isFinite(r)) return Math.round(r);
    }
    return 1;
  }

  /**
   * An amount and what surrounds it, starting at token k: currency, sign, digits or words, scale, unit,
   * percent, range partner. `ranges` is off for the first bound of "between X and Y".
   */
  quantity(k: number, ranges = true): Found | null {
    const toks = this.toks;
    const start = k;
    let currency: string | null = null;
    let sign = 1;
    // sign before the currency ("-$5") or after it ("$-5") is rare; words first
    const w0 = word(toks[k]);
    if ((w0 === 'minus' || w0 === 'negative') && sameLine(toks[k + 1])) {
      sign = -1;
      k++;
    }
    const cur = phraseAt(toks, k, CURRENCY_BEFORE, this.c.limit);
    const gluedOnly = cur && GLUED_ONLY_CURRENCY.has(toks[k]!.lower) && !(toks[k]!.lower === 'us');
    const gluedThrough = cur && toks.slice(k + 1, cur.end + 1).every((x) => x.gap === Gap.None);
    if (cur && this.startsAmount(cur.end) && (toks[cur.end]!.gap !== Gap.Break) && (!gluedOnly || gluedThrough)) {
      // a currency code must be followed closely by digits ("USD 10"), a symbol may be glued
      currency = cur.value;
      k = cur.end;
    }
    const t = toks[k];
    if (!t) return null;
    if ((isPunct(t, '-') || isPunct(t, '+')) && sign === 1 && glued(toks[k + 1]) && (isDigits(toks[k + 1]) || isPunct(toks[k + 1], '.'))) {
      const prev = toks[k - 1];
      const free = !prev || t.gap !== Gap.None || prev.kind === Tok.Punct && !isPunct(prev, '-') && prev.lower !== '/';
      if (!free) return null;
      if (t.lower === '+') {
        const phone = this.phone(k);
        if (phone) return phone;
      }
      if (t.lower === '-') sign = -1;
      k++;
    }
    const first = toks[k];
    if (!first) return null;
    if (first.kind === Tok.Digits) {
      const special = this.digitForms(start, k, currency !== null || sign < 0, sign);
      if (special) return special;
    }
    if (first.kind === Tok.Word && !this.wordMayStart(k)) return null;
    if (first.kind === Tok.Word) {
      const vague = this.vague(k);
      if (vague) return { ...vague, start };
    }
    const card = parseCardinal(this.c, k);
    if (!card) return null;
    if (card.ordinal) return exact(start, card.end, 'ordinal', card.value);
    let value = card.value * sign;
    let end = card.end;
    let unit: string | null = currency;
    let kind: NumberKind = currency ? 'money' : 'count';
    let qualifier: Qualifier = 'exact';

    // Glued letters after digits: scale suffix, unit, ordinal suffix, am/pm, decade, or an identifier.
    const next = toks[end];
    if (card.fromDigits && next && next.kind === Tok.Word && next.gap === Gap.None) {
      const suffix = this.gluedSuffix(card, end, currency !== null);
      if (suffix === 'ordinal') {
        // "26th May", "the 26th of May"
        const m = toks[end + 1], of = word(m) === 'of' ? toks[end + 2] : undefined;
        if (card.value <= 31 && m && sameLine(m) && (isMonth(m) || (of && isMonth(of)))) return this.dateTail(start, end + (of ? 3 : 2));
        return exact(start, end + 1, 'ordinal', card.value);
      }
      if (suffix === 'decade') return exact(start, end + 1, 'year', card.value);
      if (suffix === 'time') return exact(start, this.afterMeridiem(end), 'time', null);
      if (suffix === 'id') return exact(start, end + 1, 'other', card.value);
      if (typeof suffix === 'number') { value *= suffix; end++; } else if (suffix && suffix.startsWith('money:')) {
        end++;
        kind = 'money';
        unit = suffix.slice(6);
      } else if (suffix) {
        end++;
        if (TIME_UNITS.has(suffix)) { kind = 'duration'; unit = TIME_UNITS.get(suffix)!; } else { kind = 'measure'; unit = suffix; }
      }
    } else if (card.fromDigits && next && next.kind === Tok.Word && sameLine(next) && !card.scaled) {
      // spaced scale abbreviations: "10 bln", "2.33 k", "1,674.5 G"
      const s = SCALE_ABBREVIATIONS.get(next.lower) ?? (next.raw.length <= 2 ? SCALE_LETTERS.get(next.raw) : undefined);
      if (s !== undefined && (next.lower.length > 1 || next.raw === next.raw.toUpperCase() || next.lower === 'k') && !(next.lower === 'b' && next.raw === 'b')) {
        const after = toks[end + 1];
        if (!after || after.kind !== Tok.Word || after.gap !== Gap.None) { value *= s; end++; }
      }
    }
    // clock times: "3 p.m.", "10 am"
    // clock times: "3 p.m.", "10 am", "9.25 a.m.", "05.51AM", "1200 GMT", "03.31 BST"
    if (card.numeral && end === card.end && next && sameLine(next)) {
      const raw = this.c.text.slice(toks[k]!.start, card.numeral.end);
      const hm = /^(\d{1,2})(?:\.(\d\d))?$/.exec(raw) ?? /^(\d{1,2})(\d\d)$/.exec(raw);
      const clock = hm && Number(hm[1]) < 24 && (hm[2] === undefined || Number(hm[2]) < 60);
      if (clock && TIME_ZONES.has(next.lower) && next.raw === next.raw.toUpperCase()) return exact(start, end + 1, 'time', null);
      const mer = this.meridiemEnd(end);
      if (clock && mer > 0 && raw.length <= 5 && Number(hm![1]) <= 12) return exact(start, mer, 'time', null);
    }
    // "half" and "one" that are not amounts
    if (!card.fromDigits && card.end - card.start === 1 && first.kind === Tok.Word) {
      const before = word(toks[k - 1]);
      const after = toks[k + 1];
      const ends = !after || !sameLine(after) || (after.kind === Tok.Punct && after.lower !== '-');
      if (first.lower === 'one' && (ONE_PRONOUN_BEFORE.has(before) || word(after) === 'another' || (ends && /est$/.test(before))) && !this.unitAfter(k + 1, false)) return null;
      if (first.lower === 'half' && (HALF_NOT_NUMBER_BEFORE.has(word(toks[k - 1])) || (isPunct(toks[k + 1], '-') && glued(toks[k + 1])))) return null;
    }

    // "half a mile", "half an hour"
    if (!card.fromDigits && card.value === 0.5 && first.lower === 'half' && (word(toks[end]) === 'a' || word(toks[end]) === 'an') && sameLine(toks[end])) {
      const u = this.unitAfter(end + 1, false);
      if (u && u.kind !== 'other' && u.kind !== 'money') return exact(start, u.end, u.kind, 0.5, u.unit);
    }
    // Fractions spelled with "over", "out of", "in": "one over three", "two out of five hundred", "1 in twenty-one".
    const frac = this.ratio(card, end);
    if (frac) {
      value = (sign * card.value) / frac.denominator;
      end = frac.end;
      return exact(start, end, kind, value, unit);
    }

    // Range or tally with a second amount: "10-12", "10 to 12", "15-3 vote".
    if (ranges && kind !== 'money' || ranges && currency) {
      const r = this.rangeAfter(start, card, value, end, currency);
      if (r) return r;
    }

    // What follows: percent, currency name, unit of measure, time unit.
    const suffix = this.unitAfter(end, kind === 'money', card.scaled || Math.abs(value) >= 1000);
    if (suffix) {
      end = suffix.end;
      kind = suffix.kind;
      unit = suffix.unit;
      if (suffix.factor) value *= suffix.factor;
      if (suffix.add) value += sign * suffix.add;
      if (suffix.kind === 'other') return exact(start, end, 'other', value, unit);
    }

    const found = exact(start, end, kind, value, unit);
    // Digits that are a year, a day of a month, an age or an identifier.
    if (card.numeral && kind === 'count' && sign > 0 && card.end === end) {
      const ctx = this.digitContext(start, card, end);
      if (ctx) return ctx;
    }
    // Trailing qualifiers: "70,000 or more", "70,000+".
    const tq = phraseAt(toks, end, TRAILING_QUALIFIERS, this.c.limit);
    if (tq && sameLine(toks[end]) && (toks[end]!.lower !== '+' || glued(toks[end])) && (toks[end]!.lower !== '-' || glued(toks[end]))) {
      const q = qualify({ ...found, end: tq.end }, tq.value);
      return q;
    }
    void qualifier;
    return found;
  }

  /** Can the word at k begin an amount? */
  private wordMayStart(k: number): boolean {
    const t = this.toks[k]!;
    const w = t.lower;
    if (isNumberWord(t)) return true;
    if (w === 'a' || w === 'an' || w === 'half' || w === 'quarter') return true;
    if (ORDINAL_WORDS.has(w)) return true;
    if (VAGUE_PLURALS.has(w) || VAGUE_MULTIPLIERS.has(w) || w === 'tens') return true;
    return false;
  }

  private startsAmount(k: number): boolean {
    const t = this.toks[k];
    if (!t) return false;
    if (t.kind === Tok.Digits) return true;
    if ((isPunct(t, '-') || isPunct(t, '.')) && isDigits(this.toks[k + 1]) && glued(this.toks[k + 1])) return true;
    return t.kind === Tok.Word && (isNumberWord(t) || t.lower === 'a' || t.lower === 'half');
  }

  /** Vague amounts: "hundreds", "tens of thousands", "several hundred", "a few dozen". */
  private vague(k: number): Found | null {
    const toks = this.toks;
    let i = k;
    let w = word(toks[i]);
    let mult: [number, number] | undefined;
    if (w === 'a' && (word(toks[i + 1]) === 'few' || word(toks[i + 1]) === 'couple')) {
      mult = VAGUE_MULTIPLIERS.get(`a ${word(toks[i + 1])}`);
      i += 2;
      if (word(toks[i]) === 'of') i++;
    } else if (VAGUE_MULTIPLIERS.has(w)) {
      mult = VAGUE_MULTIPLIERS.get(w);
      i++;
    } else if (w === 'tens' && word(toks[i + 1]) === 'of') {
      const s = BIG_SCALES.get(word(toks[i + 2]));
      if (s && word(toks[i + 2]).endsWith('s')) return this.vagueResult(k, i + 3, 20 * s, 99 * s);
      return null;
    }
    w = word(toks[i]);
    if (!sameLine(toks[i])) return null;
    if (mult) {
      const s = w === 'hundred' || w === 'hundreds' ? 100 : w === 'dozen' || w === 'dozens' ? 12 : BIG_SCALES.get(w);
      if (!s) return null;
      let lo = mult[0] * s, hi = mult[1] * s, end = i + 1;
      // "several hundred thousand"
      const s2 = BIG_SCALES.get(word(toks[end]));
      if (s2 && s2 > s && sameLine(toks[end])) { lo *= s2; hi *= s2; end++; }
      return this.vagueResult(k, end, lo, hi);
    }
    const plural = VAGUE_PLURALS.get(w);
    if (!plural) return null;
    if (w === 'scores' && word(toks[i + 1]) !== 'of') return null;
    // "hundreds of thousands", "thousands of millions"
    if (word(toks[i + 1]) === 'of') {
      const s2 = BIG_SCALES.get(word(toks[i + 2]));
      if (s2 && word(toks[i + 2]).endsWith('s')) return this.vagueResult(k, i + 3, plural[0] * s2, plural[1] * s2);
    }
    return this.vagueResult(k, i + 1, plural[0], plural[1]);
  }

  private vagueResult(start: number, end: number, low: number, high: number): Found {
    return { start, end, kind: 'count', value: null, low, high, qualifier: 'vague', unit: null };
  }

  /** Letters glued after digits: a scale ("70k", "3bn"), a unit ("180ml"), "3rd", "1990s", "3pm", or an id ("4x4"). */
  private gluedSuffix(card: Cardinal, at: number, money: boolean): number | string | 'ordinal' | 'decade' | 'time' | 'id' | null {
    const next = this.toks[at]!;
    const w = next.lower, raw = next.raw;
    const n = card.numeral;
    if (n && n.integer && /^(st|nd|rd|th)$/.test(w)) return 'ordinal';
    if (n && n.plain && w === 's' && (card.value % 10 === 0)) return 'decade';
    if (n && (w === 'am' || w === 'pm') && card.value < 13 && (n.integer || /^\d{1,2}\.\d\d$/.test(this.c.text.slice(this.toks[card.start]!.start, n.end)))) return 'time';
    if (card.scaled) return 'id';
    const letter = SCALE_LETTERS.get(raw);
    if (letter !== undefined && raw !== 'k' && raw === raw.toUpperCase()) return letter;
    const cur = phraseAt([{ ...next, gap: Gap.Space }], 0, CURRENCY_AFTER);
    if (cur && !money && next.kind === Tok.Word && (w.length > 1 || w.charCodeAt(0) > 127)) return `money:${cur.value}`;
    if (w === 'm' && (money || (n && !n.integer)) && !DIMENSION_ADJECTIVES.has(word(this.toks[at + 1]))) return 1e6;
    const abbr = SCALE_ABBREVIATIONS.get(w);
    if (abbr !== undefined) return abbr;
    if (TIME_UNITS.has(w) && w.length > 1) return w;
    const glue = GLUED_UNITS.get(w);
    if (glue) return glue;
    const unit = phraseAt([{ ...next, gap: Gap.Space }], 0, UNITS);
    if (unit) return unit.value;
    return 'id';
  }

  /** After the hour: the token index past "am", "pm", "a.m.", "p.m." (glued or spaced), or -1. */
  private meridiemEnd(k: number): number {
    const toks = this.toks;
    const t = toks[k];
    if (!t || t.kind !== Tok.Word || !sameLine(t)) return -1;
    if ((t.lower === 'am' || t.lower === 'pm') && (t.raw === t.lower || t.raw === t.raw.toUpperCase())) return this.afterMeridiem(k);
    if ((t.lower === 'a' || t.lower === 'p') && isPunct(toks[k + 1], '.') && glued(toks[k + 1]) && word(toks[k + 2]) === 'm' && glued(toks[k + 2])) return this.afterMeridiem(k + 2);
    return -1;
  }

  /** End of "p.m." / "a.m." / "pm" after the hour. */
  private afterMeridiem(k: number): number {
    const toks = this.toks;
    let e = k + 1;
    if (isPunct(toks[e], '.') && glued(toks[e])) e++;
    return e;
  }

  /** "A over B", "A out of B" (A < B), "1 in B": a fraction. */
  private ratio(card: Cardinal, end: number): { denominator: number; end: number } | null {
    const toks = this.toks;
    const w = word(toks[end]);
    let k = end + 1;
    if (w === 'out' && word(toks[k]) === 'of') k++;
    else if (w !== 'over' && w !== 'in') return null;
    if (!sameLine(toks[end]) || !sameLine(toks[k])) return null;
    if (card.scaled || card.fraction) return null;
    const d = toks[k] && (toks[k]!.kind === Tok.Digits || isNumberWord(toks[k])) ? parseCardinal(this.c, k) : null;
    if (!d || d.ordinal || d.value === 0 || d.fraction) return null;
    const after = toks[d.end];
    if (w === 'over') {
      // "$2000 over 3 years": B counts something, so "over" is not a fraction bar
      if (after && after.kind === Tok.Word && sameLine(after)) return null;
      if (after && after.kind === Tok.Digits && sameLine(after)) return null;
    } else if (w === 'in') {
      // "one in five adults", "2 in 5"; not "5 in 20 minutes", "1 in 2013"
      if (card.value >= d.value || card.value <= 0 || !Number.isInteger(card.value)) return null;
      if (d.numeral && d.numeral.plain && d.value >= 1000) return null;
      if (after && sameLine(after) && (TIME_UNITS.has(after.lower) || phraseAt(this.toks, d.end, UNITS) || phraseAt(this.toks, d.end, PERCENT))) return null;
    } else if (card.value >= d.value) return null;
    return { denominator: d.value, end: d.end };
  }

  /** A second amount after a dash or "to": a range, a tally ("15-3 vote"), a span of years. */
  private rangeAfter(start: number, card: Cardinal, value: number, end: number, currency: string | null): Found | null {
    const toks = this.toks;
    const sep = toks[end];
    if (!sep || !sameLine(sep)) return null;
    const dash = isPunct(sep, '-');
    const to = word(sep) === 'to' || word(sep) === 'through';
    if (!dash && !to) return null;
    // "from 70 to 80" after a verb of change reports two values; "up to" is handled as a qualifier
    if (to && (word(toks[start - 1]) === 'from' || CHANGE_VERBS.has(word(toks[start - 1])))) return null;
    let k = end + 1;
    if (!toks[k] || !sameLine(toks[k])) return null;
    if (dash && sep.gap === Gap.None && toks[k]!.gap === Gap.None && toks[k]!.kind === Tok.Word) return null; // "26-month", "three-four"
    // the second bound may repeat the currency: "$10-$12"
    const cur = phraseAt(toks, k, CURRENCY_BEFORE, this.c.limit);
    if (cur && currency) k = cur.end;
    const bTok = toks[k];
    if (!bTok) return null;
    if (card.fromDigits !== (bTok.kind === Tok.Digits)) return null;
    if (bTok.kind === Tok.Word && !isNumberWord(bTok)) return null;
    if (bTok.kind === Tok.Digits && dash && sep.gap === Gap.None && isPunct(toks[k + 1], '-') && glued(toks[k + 1]) && isDigits(toks[k + 2]) && glued(toks[k + 2])) return null;
    const b = this.quantity(k, false);
    if (b && b.kind === 'year' && typeof b.value === 'number' && card.numeral?.plain && value >= 1000 && value < b.value) return exact(start, b.end, 'year', [value, b.value]);
    if (!b || typeof b.value !== 'number' || b.qualifier !== 'exact') return null;
    if (b.kind !== 'count' && b.kind !== 'money' && b.kind !== 'percent' && b.kind !== 'measure' && b.kind !== 'duration') return null;
    let a = value;
    const bv = b.value;
    // years: "1990-91", "2012-2013"
    if (card.numeral?.plain && a >= 1000 && a <= 2100 && dash && b.kind === 'count') {
      const bn = numeralAt(this.c, k)?.numeral;
      if (bn?.plain && ((bv >= 1000 && bv <= 2100 && bv > a) || (bv < 100 && bv > a % 100))) {
        return exact(start, b.end, 'year', [a, bv >= 1000 ? bv : a - (a % 100) + bv]);
      }
    }
    // the scale and unit of the second bound also apply to the first ("10-12 million", "3-4 days")
    if (!card.scaled && b.unit !== 'tally') {
      const scale = this.scaleOf(b);
      if (scale > 1 && a * scale <= bv) a *= scale;
    }
    const before = word(toks[start - 1]), before2 = word(toks[start - 2]);
    const afterWord = word(toks[b.end]), afterWord2 = word(toks[b.end + 1]);
    const tallyContext = TALLY_WORDS.has(afterWord) || TALLY_WORDS.has(before) || (before === 'of' && TALLY_WORDS.has(before2))
      || (afterWord === 'in' && TALLY_WORDS.has(afterWord2)) || (afterWord === 'to' && false);
    const integers = Number.isInteger(a) && Number.isInteger(bv) && card.numeral !== null;
    if (integers && b.kind === 'count' && (tallyContext || (dash && bv <= a))) {
      return { start, end: b.end, kind: 'tally', value: [a, bv], low: null, high: null, qualifier: 'exact', unit: 'tally' };
    }
    if (bv < a || (to && bv === a)) return null;
    const kind: NumberKind = currency ? 'money' : b.kind;
    return { start, end: b.end, kind, value: null, low: a, high: bv, qualifier: 'range', unit: currency ?? b.unit };
  }

  /** Percent, currency name, unit of measure or time unit after the amount (also "26-month", "200-pound"). */
  private unitAfter(k: number, money: boolean, scaled = false): UnitReading | null {
    const toks = this.toks;
    let t = toks[k];
    if (!t || !sameLine(t)) return null;
    let hyphenated = false;
    if (isPunct(t, '-') && t.gap === Gap.None && toks[k + 1] && toks[k + 1]!.gap === Gap.None && toks[k + 1]!.kind === Tok.Word) {
      hyphenated = true;
      k++;
      t = toks[k]!;
    }
    const pct = phraseAt(toks, k, PERCENT, this.c.limit);
    if (pct) return { end: pct.end, kind: 'percent', unit: pct.value };
    if (!money) {
      const cur = phraseAt(toks, k, CURRENCY_AFTER, this.c.limit);
      // "25 pounds" is a weight, "£25" or "25 million pounds" money; a symbol must not begin the next amount ("10 $20")
      const bareWord = cur && cur.end === k + 1 && (t.lower === 'pounds' || t.lower === 'pound');
      const symbolBeforeDigits = cur && t.kind === Tok.Punct && isDigits(toks[cur.end]) && glued(toks[cur.end]);
      const pence = cur && t.lower === 'p' && !glued(t);
      if (cur && !symbolBeforeDigits && !pence && !(bareWord && (!scaled || hyphenated)) && !(hyphenated && t.kind !== Tok.Word)) {
        return { end: cur.end, kind: 'money', unit: cur.value, ...this.afterCurrency(cur.end, t) };
      }
    }
    const time = TIME_UNITS.get(t.lower);
    if (time && t.kind === Tok.Word) {
      // "10-year-old": an age
      if (hyphenated && isPunct(toks[k + 1], '-') && word(toks[k + 2]) === 'old') return { end: k + 3, kind: 'other', unit: 'age' };
      if (word(toks[k + 1]) === 'old' && (t.lower.startsWith('year'))) return { end: k + 2, kind: 'other', unit: 'age' };
      return { end: k + 1, kind: 'duration', unit: time };
    }
    if (hyphenated && (t.lower === 'pound' || t.lower === 'pounds')) return { end: k + 1, kind: 'measure', unit: 'lb' };
    const unit = phraseAt(toks, k, UNITS, this.c.limit);
    if (unit) return { end: unit.end, kind: 'measure', unit: unit.value };
    return null;
  }

  /** After a currency name: cents ("3 dollars 50 cents") or a scale ("75 USD million"). */
  private afterCurrency(k: number, name: Token): { end?: number; add?: number; factor?: number } {
    const toks = this.toks;
    const scale = BIG_SCALES.get(word(toks[k]));
    if (scale && sameLine(toks[k]) && !word(toks[k]).endsWith('s') && name.kind === Tok.Word && name.raw === name.raw.toUpperCase()) return { end: k + 1, factor: scale };
    if (name.kind !== Tok.Word || !/^(dollars?|euros?|pounds?)$/.test(name.lower)) return {};
    let j = k;
    if (word(toks[j]) === 'and') j++;
    if (!sameLine(toks[j]) || !(isDigits(toks[j]) || isNumberWord(toks[j]))) return {};
    const cents = parseCardinal(this.c, j, false);
    if (!cents || cents.value >= 100 || !Number.isInteger(cents.value) || cents.scaled) return {};
    if (!/^(cents?|pence|p)$/.test(word(toks[cents.end]))) return {};
    return { end: cents.end + 1, add: cents.value / 100 };
  }

  /** Forms that only digits take: times, dotted or dashed chains, slash fractions and dates, ids, phones. */
  private digitForms(start: number, k: number, signed: boolean, sign: number): Found | null {
    const toks = this.toks;
    const t = toks[k]!;
    const prev = toks[k - 1];
    // glued to letters before: "MH17", "G20"; or hyphenated to a word: "Covid-19", "F-16", "mid-2013"
    if (!signed && prev && prev.kind === Tok.Word && t.gap === Gap.None) return this.idRun(start, k, prev);
    if (!signed && prev && isPunct(prev, '-') && prev.gap === Gap.None && t.gap === Gap.None && toks[k - 2]?.kind === Tok.Word && toks[k - 2]!.end === prev.start && !isNumberWord(toks[k - 2]) && !(toks[k - 2]!.gap === Gap.None && isDigits(toks[k - 3]))) {
      return this.idRun(start, k, toks[k - 2]!);
    }
    const chain = this.chain(k);
    // times and clock durations: "10:30", "0:02:47", "3:30 p.m."
    if (chain.sep === ':' && chain.parts.length >= 2) {
      const [h, m] = chain.parts as [number, number];
      let end = chain.end;
      const mer = word(toks[end]);
      if ((mer === 'am' || mer === 'pm') && sameLine(toks[end])) end = this.afterMeridiem(end);
      else if ((mer === 'a' || mer === 'p') && isPunct(toks[end + 1], '.') && word(toks[end + 2]) === 'm') end = this.afterMeridiem(end + 2);
      const clock = chain.lengths.slice(1).every((n) => n === 2) && m < 60 && h <= 24;
      return exact(start, end, clock ? 'time' : 'other', null);
    }
    if (chain.parts.length >= 3 && (chain.sep === '.' || chain.sep === '-' || chain.sep === '/')) {
      const [a, b, c] = chain.parts as [number, number, number];
      const date = chain.parts.length === 3 && ((chain.lengths[0] === 4 && b <= 12 && c <= 31) || (c >= 1000 || chain.lengths[2] === 2) && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12)));
      if (date) return exact(start, chain.end, 'date', null);
      const digits = chain.lengths.reduce((x, y) => x + y, 0);
      return exact(start, chain.end, digits >= 7 && chain.sep !== '.' ? 'phone' : 'other', null);
    }
    if (chain.sep === '/' && chain.parts.length === 2) {
      const [a, b] = chain.parts as [number, number];
      const fracDenoms = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 32, 64, 100];
      if (b !== 0 && a < b && fracDenoms.includes(b) && !(a === 9 && b === 11)) {
        // mixed numbers: "2 1/4" is read where the whole part starts
        return this.withUnit(exact(start, chain.end, 'count', (sign * a) / b));
      }
      if (a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12)) && !(a === 24 && b === 7)) return exact(start, chain.end, 'date', null);
      return exact(start, chain.end, 'other', null);
    }
    // "2 1/4": whole number then a proper slash fraction
    const n = numeralAt(this.c, k);
    if (n && n.numeral.plain && toks[n.end] && toks[n.end]!.gap === Gap.Space && isDigits(toks[n.end])) {
      const f = this.chain(n.end);
      if (f.sep === '/' && f.parts.length === 2 && f.parts[0]! < f.parts[1]!) {
        return this.withUnit(exact(start, f.end, 'count', sign * (n.numeral.value + f.parts[0]! / f.parts[1]!)));
      }
    }
    // phone numbers with a parenthesised area code: "(555) 123-4567"
    if (isPunct(prev, '(') && chain.parts.length === 1 && chain.lengths[0] === 3 && isPunct(toks[k + 1], ')')) {
      const [a, dash, b] = [toks[k + 2], toks[k + 3], toks[k + 4]];
      if (isDigits(a) && a!.raw.length === 3 && isPunct(dash, '-') && glued(dash) && isDigits(b) && glued(b) && b!.raw.length === 4) return exact(start, k + 5, 'phone', null);
    }
    return null;
  }

  /** A unit of measure after an amount read by a special form ("1/4 mile", "10 1/2 miles"). */
  private withUnit(f: Found): Found {
    const u = this.unitAfter(f.end, false);
    if (!u || u.kind === 'other') return f;
    return { ...f, end: u.end, kind: u.kind, unit: u.unit };
  }

  /** "MH17", "Covid-19", "F-16", "mid-2013": an identifier, or a year after mid/pre/post. */
  private idRun(start: number, k: number, wordTok: Token): Found {
    const n = numeralAt(this.c, k);
    const end = n ? n.end : k + 1;
    const value = n ? n.numeral.value : Number(this.toks[k]!.raw);
    let e = end;
    while (this.toks[e] && this.toks[e]!.gap === Gap.None && this.toks[e]!.kind !== Tok.Punct) e++;
    if (YEAR_PREFIXES.has(wordTok.lower) && n?.numeral.plain && value >= 1000 && value <= 2100) return exact(start, e, 'year', value);
    if (wordTok.lower === 'magnitude' && e === end) return exact(start, e, 'measure', value, 'magnitude');
    return exact(start, e, 'other', value);
  }

  /** A run of digit groups joined by one separator, glued: "10:30", "192.168.1.2", "5/17/2018", "555-1234". */
  private chain(k: number): { parts: number[]; lengths: number[]; sep: string; end: number } {
    const toks = this.toks;
    const parts = [Number(toks[k]!.raw)];
    const lengths = [toks[k]!.raw.length];
    let sep = '';
    let e = k + 1;
    for (;;) {
      const s = toks[e], d = toks[e + 1];
      if (!s || !d || s.kind !== Tok.Punct || s.gap !== Gap.None || d.kind !== Tok.Digits || d.gap !== Gap.None || d.end > this.c.limit) break;
      if (sep === '' && [':', '.', '-', '/'].includes(s.lower)) sep = s.lower;
      if (s.lower !== sep) break;
      parts.push(Number(d.raw));
      lengths.push(d.raw.length);
      e += 2;
    }
    // a decimal number is not a chain: "1.5", "10.5 million"
    if (sep === '.' && parts.length === 2) return { parts: [parts[0]!], lengths: [lengths[0]!], sep: '', end: k + 1 };
    if (sep === '-' && parts.length === 2) return { parts: [parts[0]!], lengths: [lengths[0]!], sep: '', end: k + 1 };
    return { parts, lengths, sep, end: e };
  }

  /** "+1-222-2222/2222", "+44 20 7946 0958": an international phone number. */
  private phone(k: number): Found | null {
    const toks = this.toks;
    let e = k + 1;
    let digits = 0;
    while (toks[e] && toks[e]!.kind === Tok.Digits && toks[e]!.end <= this.c.limit) {
      digits += toks[e]!.raw.length;
      const s = toks[e + 1];
      e++;
      if (s && s.gap === Gap.None && ['-', '.', '/'].includes(s.lower) && isDigits(toks[e + 1]) && glued(toks[e + 1])) { e++; continue; }
      if (s && s.kind === Tok.Digits && s.gap === Gap.Space) continue;
      break;
    }
    return digits >= 7 ? exact(k, e, 'phone', null) : null;
  }

  /** Plain digits in context: a year ("in 2013"), a day ("26 May"), an age ("Smith, 45,"), an id ("Article 51"). */
  private digitContext(start: number, card: Cardinal, end: number): Found | null {
    const toks = this.toks;
    const n = card.numeral!;
    const v = card.value;
    const prev = toks[start - 1], prev2 = toks[start - 2];
    const pw = word(prev);
    const nextTok = toks[end];
    // day before a month: "26 May 2013"
    if (n.plain && v >= 1 && v <= 31 && nextTok && sameLine(nextTok) && isMonth(nextTok)) {
      return this.dateTail(start, end + 1);
    }
    if (n.plain && v >= 1 && v <= 31 && word(nextTok) === 'of' && isMonth(toks[end + 1])) return this.dateTail(start, end + 2);
    // identifiers: "Article 51", "No. 10", "#1"
    if (prev && sameLine(toks[start]) && (isPunct(prev, '#') || (ID_NOUNS.has(pw) && capitalized(prev) && n.plain) || ((pw === 'no' || pw === 'nos' || pw === 'nr') && false))) {
      return exact(start, end, 'other', v);
    }
    if (isPunct(prev, '.') && ['no', 'nos', 'nr', 'nrs'].includes(word(prev2))) return exact(start, end, 'other', v);
    // years
    if (n.plain && v >= 1000 && v <= 2100 && toks[start]!.raw.length === 4) {
      const p2 = word(prev2);
      const yearCue = YEAR_PREPOSITIONS.has(pw) || (pw === 'of' && (YEAR_OF_BEFORE.has(p2) || isMonth(prev2)))
        || (/^(the|a|an|his|her|its|their|our|this|that)$/.test(pw) && v >= 1900 && v <= 2099 && nextTok?.kind === Tok.Word && sameLine(nextTok) && !nextTok.lower.endsWith('s'))
        || (v >= 1900 && v <= 2099 && capitalized(nextTok) && sameLine(nextTok) && prev?.kind === Tok.Word && !capitalized(prev))
        || (isPunct(nextTok, "'") && word(toks[end + 1]) === 's') || isMonth(prev)
        || (isPunct(prev, ',') && isMonth(toks[start - 3]))
        || (!nextTok || !sameLine(nextTok) || (nextTok.kind === Tok.Punct && /[.,;:)!?]/.test(nextTok.lower))) && v >= 1900 && v <= 2099 && !/^(to|reached|reaching|of|killed|were|was|is|are|at|by|than|about|nearly)$/.test(pw);
      if (yearCue) return exact(start, end, 'year', v);
    }
    // ages: "Hassan, 45, said"; "Comeaux Jr., 49,"; "aged 45"
    const named = capitalized(prev2) || (isPunct(prev2, '.') && capitalized(toks[start - 3]));
    if (n.plain && v > 0 && v < 120 && ((isPunct(prev, ',') && named && nextTok && /^[,);.]$/.test(nextTok.lower) && nextTok.kind === Tok.Punct) || pw === 'aged' || pw === 'age')) {
      return exact(start, end, 'other', v, 'age');
    }
    // addresses: "473 East 52nd Street", "the 12000 block of"
    if (n.plain && nextTok && sameLine(nextTok)) {
      for (let i = end; i < end + 4 && toks[i] && sameLine(toks[i]); i++) {
        const t = toks[i]!;
        if (STREET_WORDS.has(t.lower) && (capitalized(t) || t.lower === 'block') && i > end - (t.lower === 'block' ? 1 : 0)) {
          if (t.lower === 'block' && i !== end) break;
          return exact(start, end, 'other', v, 'address');
        }
        if (!(capitalized(t) || (t.kind === Tok.Digits) || /^(st|nd|rd|th)$/.test(t.lower))) break;
      }
    }
    // emergency numbers: "called 911"
    if (n.plain && DIAL_WORDS.has(pw) && toks[start]!.raw.length === 3) return exact(start, end, 'phone', null);
    // "magnitude 4.6", "a magnitude of 5.9"
    if (pw === 'magnitude' || (pw === 'of' && word(prev2) === 'magnitude')) return exact(start, end, 'measure', v, 'magnitude');
    return null;
  }

  /** After a day: the month (already consumed) and an optional year. */
  private dateTail(start: number, k: number): Found {
    const toks = this.toks;
    let e = k;
    if (isPunct(toks[e], ',') && isDigits(toks[e + 1])) e++;
    if (isDigits(toks[e]) && toks[e]!.raw.length === 4 && sameLine(toks[e])) return exact(start, e + 1, 'date', null);
    return exact(start, k, 'date', null);
  }

  /** "May 26", "May 26-27", "May 26, 2013", "May 2013", "March 5th". */
  private monthFirstDate(k: number): Found | null {
    const toks = this.toks;
    const m = toks[k]!;
    if (!isMonth(m)) return null;
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
    return this.dateTail(k, e);
  }
}

interface UnitReading {
  end: number;
  kind: NumberKind;
  unit: string | null;
  /** Multiplier written after the currency ("75 USD million"). */
  factor?: number;
  /** Minor units added ("3 dollars 50 cents"). */
  add?: number;
}

export function toMatch(text: string, toks: Token[], f: Found): NumberMatch {
  const start = toks[f.start]!.start;
  const end = toks[f.end - 1]!.end;
  return { start, end, text: text.slice(start, end), kind: f.kind, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit };
}

export type { Found };
