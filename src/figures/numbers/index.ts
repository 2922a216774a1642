// Number grammar entry point: every numeric expression in text[from, to), with its kind, value,
// interval and unit. Linear in the length of the text: one tokenizer pass, then a left-to-right scan
// where each attempt reads a bounded number of tokens past its start.
import type { NumberMatch } from '../types.js';
import type { Ctx } from './cardinal.js';
import { Grammar, toMatch } from './grammar.js';
import { tokenize } from './tokens.js';

export function findNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  const toks = tokenize(text, from, to);
  const ctx: Ctx = { text, toks, limit: to };
  const grammar = new Grammar(ctx);
  const out: NumberMatch[] = [];
  let k = 0;
  while (k < toks.length) {
    const found = grammar.at(k);
    if (found && found.end > found.start && found.start >= k) {
      out.push(toMatch(text, toks, found));
      k = found.end;
    } else k++;
  }
  return out;
}
