// Which tokens can begin a numeric expression: a cheap test that lets the scan skip most of the text.
import {
  BIG_SCALES, CURRENCY_PREFIXES, DENOMINATORS, DOZEN_WORDS, HUNDRED_WORDS, MONTHS, ORDINAL_WORDS, QUALIFIER_PREFIXES, TEEN_WORDS,
  TENS_WORDS, UNIT_WORDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS,
} from './lexicon.js';
import type { Token as CorpusToken } from '../../corpus/types.js';
import { FRACTION_CHARS, Tok, type Token } from './tokens.js';

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
  ...ORDINAL_WORDS.keys(), ...DENOMINATORS.keys(), ...VAGUE_PLURALS.keys(), 'half', 'quarter', 'tens', 'couple',
]);

/** Does the token carry a number: digits, a vulgar fraction or a number word? */
export function bearsNumber(t: Token): boolean {
  return t.kind === Tok.Digits || t.kind === Tok.Fraction || (t.kind === Tok.Word && NUMBER_BEARING_WORDS.has(t.lower));
}

const LONGEST_NUMBER_WORD = Math.max(...[...NUMBER_BEARING_WORDS].map((w) => w.length));

/**
 * Can the corpus tokens [from, to) hold a numeric expression? Every expression bears a number (see
 * bearsNumber), so text without digits, vulgar fractions and number words has none, and need not be
 * tokenized for the grammar. Corpus words are split into letter runs as the number tokenizer splits them;
 * a letter that is not ASCII is answered yes (number words are ASCII: no need to read further).
 */
export function mayHoldNumber(tokens: readonly CorpusToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number') return true;
    if (t.kind === 'punct') {
      if (t.text.charCodeAt(0) > 0xbb && FRACTION_CHARS.includes(t.text)) return true; // vulgar fractions are past U+00BB
    } else if (wordMayBearNumber(t.text)) return true;
  }
  return false;
}

/** Does a corpus word hold digits, a non-ASCII letter, or a run of ASCII letters that is a number word? */
function wordMayBearNumber(text: string): boolean {
  let runStart = 0;
  let upper = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) { upper = true; continue; }
    // the end of a run of ASCII letters
    const length = i - runStart;
    if (length > 0 && length <= LONGEST_NUMBER_WORD) {
      const run = length === text.length ? text : text.slice(runStart, i);
      if (NUMBER_BEARING_WORDS.has(upper ? run.toLowerCase() : run)) return true;
    }
    // (One comparison, made for every character that ends a run: a second one, first reached at a digit or a
    // letter past ASCII, deoptimised the callers.)
    if ((c - 48) >>> 0 <= 9) return true;
    // corpus words join letter runs with apostrophes, hyphens and dotted initials; anything else may be a letter
    if (c >= 128 && c !== 0x2019 && c !== 0x2010 && c !== 0x2011) return true;
    runStart = i + 1;
    upper = false;
  }
  return false;
}
