// What is written after an amount: scale suffixes ("70k", "10 bln"), percent, currency names, units of
// measure and time units ("26-month", "200-pound"), and currency symbols and codes before it.
import type { NumberKind } from '../types.js';
import { isNumberWord, parseCardinal, type Cardinal, type Ctx } from './cardinal.js';
import { COUNTRY_CURRENCIES } from './currencies.js';
import {
  BIG_SCALES, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DIMENSION_ADJECTIVES, GLUED_UNITS, MEASURE_UNITS, PERCENT_PHRASES,
  SCALE_ABBREVIATIONS, SCALE_LETTERS, TIME_UNITS,
} from './lexicon.js';
import { allCaps, glued, isDigits, isPunct, sameLine, word } from './peek.js';
import { phraseAt, phraseTable } from './phrases.js';
import { Gap, Tok, type Token } from './tokens.js';

export const CURRENCY_BEFORE = phraseTable(CURRENCY_PREFIXES);
export const CURRENCY_AFTER = phraseTable([...CURRENCY_SUFFIXES, ...COUNTRY_CURRENCIES]);
export const UNITS = phraseTable(MEASURE_UNITS);
export const PERCENT = phraseTable(PERCENT_PHRASES);

export interface UnitReading {
  end: number;
  kind: NumberKind;
  unit: string | null;
  /** Multiplier written after the currency ("75 USD million"). */
  factor?: number;
  /** Minor units added ("3 dollars 50 cents"). */
  add?: number;
}

/** Percent, currency name, unit of measure or time unit at token k, after the amount. */
export function unitAfter(c: Ctx, k: number, money: boolean, scaled = false): UnitReading | null {
  const toks = c.toks;
  let t = toks[k];
  if (!t || !sameLine(t)) return null;
  let hyphenated = false;
  if (isPunct(t, '-') && t.gap === Gap.None && toks[k + 1] && toks[k + 1]!.gap === Gap.None && toks[k + 1]!.kind === Tok.Word) {
    hyphenated = true;
    k++;
    t = toks[k]!;
  }
  const pct = phraseAt(toks, k, PERCENT, c.limit);
  if (pct) return { end: pct.end, kind: 'percent', unit: pct.value };
  if (!money) {
    const cur = phraseAt(toks, k, CURRENCY_AFTER, c.limit);
    // "25 pounds" is a weight, "25 million pounds" money; a symbol must not begin the next amount ("10 $20")
    const bareWord = cur && cur.end === k + 1 && (t.lower === 'pounds' || t.lower === 'pound');
    const symbolBeforeDigits = cur && t.kind === Tok.Punct && isDigits(toks[cur.end]) && glued(toks[cur.end]);
    const pence = cur && t.lower === 'p' && !glued(t);
    if (cur && !symbolBeforeDigits && !pence && !(bareWord && (!scaled || hyphenated)) && !(hyphenated && t.kind !== Tok.Word)) {
      return { end: cur.end, kind: 'money', unit: cur.value, ...afterCurrency(c, cur.end, t) };
    }
  }
  const time = TIME_UNITS.get(t.lower);
  if (time && t.kind === Tok.Word) {
    // "10-year-old", "16 years old": an age
    if (hyphenated && isPunct(toks[k + 1], '-') && word(toks[k + 2]) === 'old') return { end: k + 3, kind: 'other', unit: 'age' };
    if (word(toks[k + 1]) === 'old' && t.lower.startsWith('year')) return { end: k + 2, kind: 'other', unit: 'age' };
    return { end: k + 1, kind: 'duration', unit: time };
  }
  if (hyphenated && (t.lower === 'pound' || t.lower === 'pounds')) return { end: k + 1, kind: 'measure', unit: 'lb' };
  const unit = phraseAt(toks, k, UNITS, c.limit);
  if (unit) return { end: unit.end, kind: 'measure', unit: unit.value };
  return null;
}

/** After a currency name: cents ("3 dollars 50 cents") or a scale ("75 USD million"). */
function afterCurrency(c: Ctx, k: number, name: Token): { end?: number; add?: number; factor?: number } {
  const toks = c.toks;
  const scale = BIG_SCALES.get(word(toks[k]));
  if (scale && sameLine(toks[k]) && !word(toks[k]).endsWith('s') && name.kind === Tok.Word && allCaps(name)) return { end: k + 1, factor: scale };
  if (name.kind !== Tok.Word || !/^(dollars?|euros?|pounds?)$/.test(name.lower)) return {};
  let j = k;
  if (word(toks[j]) === 'and') j++;
  if (!sameLine(toks[j]) || !(isDigits(toks[j]) || isNumberWord(toks[j]))) return {};
  const cents = parseCardinal(c, j, false);
  if (!cents || cents.value >= 100 || !Number.isInteger(cents.value) || cents.scaled) return {};
  if (!/^(cents?|pence|p)$/.test(word(toks[cents.end]))) return {};
  return { end: cents.end + 1, add: cents.value / 100 };
}

/** What letters glued after digits say: a scale, a currency, a unit, an ordinal, a decade, a time, or an id. */
export type GluedReading =
  | { scale: number }
  | { money: string }
  | { unit: string }
  | { ordinal: true }
  | { decade: true }
  | { time: true }
  | { id: true };

/** Letters glued after digits (token at): "70k", "3bn", "115USD", "180ml", "3rd", "1990s", "3pm", "4x4". */
export function gluedSuffix(c: Ctx, card: Cardinal, at: number, money: boolean): GluedReading {
  const next = c.toks[at]!;
  const w = next.lower, raw = next.raw;
  const n = card.numeral;
  if (n && n.integer && /^(st|nd|rd|th)$/.test(w)) return { ordinal: true };
  if (n && n.plain && w === 's' && card.value % 10 === 0) return { decade: true };
  if (n && (w === 'am' || w === 'pm') && card.value < 13 && (n.integer || /^\d{1,2}\.\d\d$/.test(c.text.slice(c.toks[card.start]!.start, n.end)))) return { time: true };
  if (card.scaled) return { id: true };
  const letter = SCALE_LETTERS.get(raw);
  if (letter !== undefined && raw !== 'k' && allCaps(next)) return { scale: letter };
  const cur = phraseAt([{ ...next, gap: Gap.Space }], 0, CURRENCY_AFTER);
  if (cur && !money && (w.length > 1 || w.charCodeAt(0) > 127)) return { money: cur.value };
  if (raw === 'm') {
    // "$5m", "2.6m", "5m people" are millions; "a 5m wall", "1.8m tall" are metres
    const after = c.toks[at + 1];
    const aw = word(after);
    const plural = !!after && sameLine(after) && /^(people|children|men|women|\p{L}+s)$/u.test(aw);
    if ((money || (n && !n.integer) || plural) && !DIMENSION_ADJECTIVES.has(aw)) return { scale: 1e6 };
  }
  const abbr = SCALE_ABBREVIATIONS.get(w);
  if (abbr !== undefined) return { scale: abbr };
  if (TIME_UNITS.has(w) && w.length > 1) return { unit: w };
  const glue = GLUED_UNITS.get(w);
  if (glue) return { unit: glue };
  const unit = phraseAt([{ ...next, gap: Gap.Space }], 0, UNITS);
  if (unit) return { unit: unit.value };
  return { id: true };
}

/** A scale abbreviation written apart after digits: "10 bln", "2.33 k", "1,674.5 G"; 0 when none. */
export function spacedScale(c: Ctx, k: number): number {
  const t = c.toks[k];
  if (!t || t.kind !== Tok.Word || !sameLine(t)) return 0;
  const s = SCALE_ABBREVIATIONS.get(t.lower) ?? (t.raw.length <= 2 ? SCALE_LETTERS.get(t.raw) : undefined);
  if (s === undefined) return 0;
  if (!(t.lower.length > 1 || allCaps(t) || t.lower === 'k') || t.raw === 'b') return 0;
  const after = c.toks[k + 1];
  return !after || after.kind !== Tok.Word || after.gap !== Gap.None ? s : 0;
}
