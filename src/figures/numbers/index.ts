// Number grammar entry point: every numeric expression in text[from, to), with its kind, value,
// interval and unit. Linear in the length of the text: one tokenizer pass, then a left-to-right scan
// where each attempt reads a bounded number of tokens past its start.
import type { NumberMatch } from '../types.js';
import type { Ctx } from './cardinal.js';
import { toMatch } from './found.js';
import { Grammar } from './grammar.js';
import { bearsNumber, mayStart } from './starters.js';
import { Gap, Tok, tokenize, type Token } from './tokens.js';

/**
 * Every numeric expression in text[from, to), sorted and non-overlapping, offsets into `text`.
 * - Amounts: `count` (also fractions and shares: "two-thirds" = 0.667, "one in five" = 0.2), `money` (unit: ISO
 *   code, "USD¢" for cents), `percent` (unit "%", "pp" for percentage points), `measure` (unit "km", "lb",
 *   "magnitude" ...), `duration` (unit "day", "month", "year" ...: "26-month conflict", "for 29 years").
 * - Not amounts: `date`, `year` (value the year, or [from, to]), `time` (also media clocks "0:02:47"),
 *   `ordinal`, `tally` (value [15, 3], unit "tally"), `phone`, `other` (ids "Covid-19", "Article 51";
 *   ages with unit "age"; addresses with unit "address").
 * - Qualifiers: exact (low = high = value); about (±10 %; "nearly"/"almost": [0.9 v, v]); more-than and
 *   at-least (high null); less-than and at-most (low null); range (value null, low/high the bounds);
 *   vague (value null, low/high the interval of "several hundred", "thousands of").
 */
export function findNumbers(text: string, from = 0, to = text.length, narrow = text): NumberMatch[] {
  // (`narrow`: see tokenize.)
  const toks = tokenize(text, from, to, narrow);
  const out: NumberMatch[] = [];
  // No expression starts after the last token that bears a number: most sentences have none at all.
  let end = toks.length;
  while (end > 0 && !bearsNumber(toks[end - 1]!)) end--;
  if (end === 0) return out;
  const ctx: Ctx = { text, toks, limit: to, numerals: [] };
  const grammar = new Grammar(ctx);
  let k = 0;
  while (k < end) {
    if (!mayStart(toks[k]!) || loosePointOrDash(toks, k)) { k++; continue; }
    const found = grammar.at(k);
    if (found && found.end > found.start && found.start >= k) {
      out.push(toMatch(text, toks, found, narrow));
      k = found.end;
    } else k++;
  }
  return out;
}

/**
 * A '.' or '-' that no amount can begin with: only ".25", "-12" and "-.5" do, glued to what follows
 * (no qualifier or currency is written with them). Most are sentence ends and hyphens; skipping them here
 * saves the grammar an attempt that would fail.
 */
function loosePointOrDash(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.kind !== Tok.Punct || (t.lower !== '.' && t.lower !== '-')) return false;
  const next = toks[k + 1];
  if (!next || next.gap !== Gap.None) return true;
  if (next.kind === Tok.Digits) return false;
  return !(t.lower === '-' && next.kind === Tok.Punct && next.lower === '.');
}
