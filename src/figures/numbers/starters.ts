// Which tokens can begin a numeric expression: a cheap test that lets the scan skip most of the text.
import {
  BIG_SCALES, CURRENCY_PREFIXES, DENOMINATORS, DOZEN_WORDS, HUNDRED_WORDS, MONTHS, ORDINAL_WORDS, QUALIFIER_PREFIXES, TEEN_WORDS,
  TENS_WORDS, UNIT_WORDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS,
} from './lexicon.js';
import { Tok, type Token } from './tokens.js';

const STARTER_WORDS = new Set<string>([
  ...UNIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...HUNDRED_WORDS, ...BIG_SCALES.keys(),
  ...ORDINAL_WORDS.keys(), ...DENOMINATORS.keys(), ...VAGUE_PLURALS.keys(),
  ...[...VAGUE_MULTIPLIERS.keys()].map((k) => k.split(' ')[0]!),
  ...QUALIFIER_PREFIXES.map(([w]) => w[0]!), ...CURRENCY_PREFIXES.map(([w]) => w[0]!),
  ...[...MONTHS.keys()].map((m) => m.toLowerCase()),
  'a', 'an', 'tens', 'between', 'from', 'minus', 'negative',
]);
const STARTER_PUNCT = new Set<string>([
  ...CURRENCY_PREFIXES.map(([w]) => w[0]!).filter((w) => !/^\p{L}/u.test(w)),
  ...QUALIFIER_PREFIXES.map(([w]) => w[0]!).filter((w) => !/^\p{L}/u.test(w)),
  '-', '+', '.',
]);

export function mayStart(t: Token): boolean {
  switch (t.kind) {
    case Tok.Digits:
    case Tok.Fraction:
      return true;
    case Tok.Word:
      return STARTER_WORDS.has(t.lower);
    default:
      return STARTER_PUNCT.has(t.lower);
  }
}

/**
 * Words that carry a number themselves (not "a", "several" or "more than", which need one after them).
 * Every numeric expression holds digits, a vulgar fraction or one of these at or after its first token.
 */
const NUMBER_BEARING_WORDS = new Set<string>([
  ...UNIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...HUNDRED_WORDS, ...BIG_SCALES.keys(), ...DOZEN_WORDS,
  ...ORDINAL_WORDS.keys(), ...DENOMINATORS.keys(), ...VAGUE_PLURALS.keys(), 'half', 'quarter', 'tens',
]);

/** Does the token carry a number: digits, a vulgar fraction or a number word? */
export function bearsNumber(t: Token): boolean {
  return t.kind === Tok.Digits || t.kind === Tok.Fraction || (t.kind === Tok.Word && NUMBER_BEARING_WORDS.has(t.lower));
}
