// Cardinal numbers in words, digits or both ("one hundred and twenty", "3 hundred and 21", "1.5 million",
// "two-thirds", "five and a half million", "half a dozen", "two hundred point zero three"), fractions with
// ordinal denominators, and ordinals in words ("seventh", "twenty-first"). A left-to-right state machine:
// each word is accepted only where English puts it, so "3 hundred and 2 hundred" stays two numbers.
import {
  BIG_SCALES, DENOMINATORS, DOZEN_WORDS, HUNDRED_WORDS, ORDINAL_WORDS, TEEN_WORDS, TENS_WORDS, UNICODE_FRACTIONS,
  UNIT_ORDINALS, UNIT_WORDS,
} from './lexicon.js';
import { lexNumeral, type Numeral } from './numeral.js';
import { Gap, Tok, type Token } from './tokens.js';

export interface Ctx {
  text: string;
  toks: Token[];
  /** Offset the grammar must not read past. */
  limit: number;
  /** Digit numerals already read, by token index (several rules look at the same digits). */
  numerals: Array<{ numeral: Numeral; end: number } | null | undefined>;
}

export interface Cardinal {
  /** Token range [start, end). */
  start: number;
  end: number;
  value: number;
  /** A single digit numeral and nothing else ("70,000", "1990"). */
  numeral: Numeral | null;
  /** Begins with digits ("1.5 million", "3 hundred"). */
  fromDigits: boolean;
  /** Contains a fraction word or a vulgar fraction. */
  fraction: boolean;
  /** Contains a scale word or suffix ("million", "dozen"). */
  scaled: boolean;
  /** Set when the words name an ordinal ("seventh", "twenty-first", "two millionth"), not an amount. */
  ordinal: boolean;
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | 'numeral' | 'fraction' | 'decimal';

interface State {
  k: number;
  total: number;
  group: number;
  hasHundred: boolean;
  lastBig: number;
  last: Last;
  /** Value when the last "and" was read (numerators after it are the fraction's, "one hundred and three quarters"). */
  andBase: number | null;
  elements: number;
  fromDigits: boolean;
  numeral: Numeral | null;
  fraction: boolean;
  scaled: boolean;
}

const initialState = (k: number): State => ({
  k, total: 0, group: 0, hasHundred: false, lastBig: Infinity, last: 'none', andBase: null, elements: 0,
  fromDigits: false, numeral: null, fraction: false, scaled: false,
});

function copyState(from: State, to: State): void {
  to.k = from.k; to.total = from.total; to.group = from.group; to.hasHundred = from.hasHundred; to.lastBig = from.lastBig;
  to.last = from.last; to.andBase = from.andBase; to.elements = from.elements; to.fromDigits = from.fromDigits;
  to.numeral = from.numeral; to.fraction = from.fraction; to.scaled = from.scaled;
}

/**
 * A parse in progress: the state being read, the last state that ends a valid number (copied into once
 * made), and the number before a British "and", in case what follows starts a new one.
 */
interface Run {
  s: State;
  committed: State | null;
  beforeAnd: State | null;
}

/** `from` becomes the run's committed state (copied into the one it has, else a copy made once). */
function saveCommitted(run: Run, from: State): void {
  if (run.committed) copyState(from, run.committed);
  else run.committed = { ...from };
}

/** The state read so far ends a valid number. */
function commit(run: Run): void {
  saveCommitted(run, run.s);
}

/** After a British "and" that led nowhere, the number is the one before it. */
function rollBack(run: Run): void {
  if (run.s.andBase !== null && run.beforeAnd) saveCommitted(run, run.beforeAnd);
}

const value = (st: State): number => st.total + st.group;
/** The value read since the last British "and" (all of it when there was none). */
const segment = (st: State): number => (st.andBase === null ? value(st) : value(st) - st.andBase);

/** Is t the word `a` or `b`? (Two fixed words, so that no array is made per call.) */
const isWord = (t: Token | undefined, a: string, b: string): boolean => !!t && t.kind === Tok.Word && (t.lower === a || t.lower === b);
const isHyphen = (t: Token | undefined): boolean => !!t && t.kind === Tok.Punct && t.lower === '-';
const singular = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/** Token index after k, stepping over a hyphen glued on both sides ("one-and-a-half", "half-dozen"). */
function overHyphen(toks: Token[], k: number): number {
  return isHyphen(toks[k]) && toks[k]!.gap === Gap.None && toks[k + 1]?.gap === Gap.None && toks[k + 1]!.kind === Tok.Word ? k + 1 : k;
}

/** Is token k a word the cardinal grammar can start with or continue on? */
export function isNumberWord(t: Token | undefined): boolean {
  if (!t || t.kind !== Tok.Word) return false;
  const w = t.lower;
  return UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w) || HUNDRED_WORDS.has(w) || BIG_SCALES.has(w);
}

/** Words a cardinal, fraction or ordinal in words can begin with. */
function mayBeginCardinal(w: string): boolean {
  return UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w) || w === 'hundred' || w === 'a' || w === 'an'
    || w === 'half' || w === 'quarter' || ORDINAL_WORDS.has(w);
}

/** Where a digit numeral can start at token k: the digits themselves or a '.' glued before them (".25"). */
export function numeralAt(c: Ctx, k: number): { numeral: Numeral; end: number } | null {
  const cached = c.numerals[k];
  if (cached !== undefined) return cached;
  const found = lexNumeralAt(c, k);
  c.numerals[k] = found;
  return found;
}

function lexNumeralAt(c: Ctx, k: number): { numeral: Numeral; end: number } | null {
  const t = c.toks[k];
  if (!t) return null;
  if (t.kind === Tok.Punct && t.lower === '.') {
    const next = c.toks[k + 1];
    if (!next || next.kind !== Tok.Digits || next.gap !== Gap.None) return null;
  } else if (t.kind !== Tok.Digits) return null;
  const numeral = lexNumeral(c.text, t.start, c.limit);
  if (!numeral) return null;
  let e = k;
  while (e < c.toks.length && c.toks[e]!.start < numeral.end) e++;
  return { numeral, end: e };
}

/**
 * Parse a cardinal (or a fraction, or an ordinal in words) starting at token k0.
 * `allowAnd` is off inside the tail after "and" ("one and a half": the tail is "a half").
 */
export function parseCardinal(c: Ctx, k0: number, allowAnd = true, ordinalReading = false): Cardinal | null {
  const toks = c.toks;
  const head = toks[k0];
  if (!head || (head.kind === Tok.Word && !mayBeginCardinal(head.lower)) || head.kind === Tok.Punct && head.lower !== '.') return null;
  // The state is updated in place as words are accepted (see Run).
  const run: Run = { s: initialState(k0), committed: null, beforeAnd: null };
  const s = run.s;
  let ordinal = false;

  // "a"/"an" as the number one before a scale, a dozen or a fraction ("a hundred", "a dozen", "a half").
  const first = toks[k0];
  if (isWord(first, 'a', 'an')) {
    const nk = overHyphen(toks, k0 + 1);
    const next = toks[nk];
    if (!next || next.kind !== Tok.Word || next.gap === Gap.Break) return null;
    const w = next.lower;
    if ((w === 'half' || w === 'quarter') && allowAnd) {
      // "a half-dozen", "a quarter million" (after "and" the scale belongs to the whole: "five and a half million")
      const scaled = halfOf(c, nk);
      if (scaled) return { ...scaled, start: k0 };
    }
    const denom = DENOMINATORS.get(w);
    if (w === 'hundred' || (BIG_SCALES.has(w) && !w.endsWith('s')) || w === 'dozen') {
      // "a hundred", "a million", "a dozen"
    } else if (denom && !denom.plural && (w === 'half' || fractionFollows(c, k0 + 2))) {
      // "a half", "a fifth of"
    } else if (TENS_WORDS.has(w) && !ordinalReading) {
      // "a twenty-first": an ordinal in several words as the denominator
      const d = parseCardinal(c, k0 + 1, false, true);
      if (d && d.ordinal && d.value > 0 && fractionFollows(c, d.end)) return result(k0, d.end, 1 / d.value, null, false, true, false, false);
      return null;
    } else return null;
    s.k = nk; s.group = 1; s.last = 'unit'; s.elements = 1;
  } else if (isWord(first, 'half', 'quarter')) {
    const scaled = halfOf(c, k0);
    if (scaled) return scaled;
    if (first!.lower === 'quarter') return null;
    return result(k0, k0 + 1, 0.5, null, false, true, false, false);
  }

  for (;;) {
    const t = toks[s.k];
    if (!t || t.end > c.limit) break;
    if (s.elements > 0 && t.gap === Gap.Break) break;
    // "$1.5-billion": digits hyphenated to a scale word
    if (isHyphen(t) && s.last === 'numeral' && t.gap === Gap.None) {
      const next = toks[s.k + 1];
      if (next && next.gap === Gap.None && next.kind === Tok.Word && BIG_SCALES.has(next.lower) && !next.lower.endsWith('s')) {
        s.k += 1;
        continue;
      }
      break;
    }
    // hyphens join number words: "twenty-one", "fifty - two", "two-thirds", "hundred-fifths"
    if (isHyphen(t) && s.elements > 0 && s.last !== 'numeral' && s.last !== 'decimal') {
      const next = toks[s.k + 1];
      if (next && next.kind === Tok.Word && next.gap !== Gap.Break && (isNumberWord(next) || DENOMINATORS.has(next.lower) || ORDINAL_WORDS.has(next.lower) || (next.lower === 'and' && t.gap === Gap.None))) {
        s.k += 1;
        continue;
      }
      break;
    }
    if (t.kind === Tok.Digits || (t.kind === Tok.Punct && t.lower === '.' && s.elements === 0)) {
      const n = numeralAt(c, s.k);
      if (!n) break;
      const v = n.numeral.value;
      const afterGroupWord = (s.last === 'big' && v < s.lastBig) || (s.last === 'hundred' && v < 100);
      if (s.last === 'none') {
        s.k = n.end; s.group = v; s.last = 'numeral'; s.elements = 1; s.fromDigits = true; s.numeral = n.numeral;
        // "2½": a vulgar fraction glued to the digits
        const f = toks[s.k];
        if (f && f.kind === Tok.Fraction && f.gap === Gap.None && n.numeral.integer) {
          s.k += 1; s.group = v + UNICODE_FRACTIONS.get(f.raw)!; s.fraction = true; s.numeral = null; s.last = 'fraction';
        }
        commit(run);
        continue;
      }
      // "4 thousand 3 hundred and 21"
      if (afterGroupWord && n.numeral.integer && v > 0) {
        s.k = n.end; s.group += v; s.last = 'numeral'; s.elements += 1; s.numeral = null;
        commit(run);
        continue;
      }
      break;
    }
    if (t.kind === Tok.Fraction) {
      if (s.last !== 'none') break;
      s.k += 1; s.group = UNICODE_FRACTIONS.get(t.raw)!; s.last = 'fraction'; s.elements = 1; s.fraction = true;
      commit(run);
      continue;
    }
    if (t.kind !== Tok.Word) break;
    const w = t.lower;
    const slotFree = s.group % 100 === 0 && (s.last === 'none' || s.last === 'hundred' || s.last === 'big');
    // units, teens, tens
    const unit = UNIT_WORDS.get(w);
    if (unit !== undefined) {
      if (unit === 0 && s.last !== 'none') break;
      if (!(slotFree || s.last === 'tens')) break;
      if (s.andBase !== null && unit === 0) break;
      s.k += 1; s.group += unit; s.last = 'unit'; s.elements += 1; s.numeral = null;
      commit(run);
      continue;
    }
    const teen = TEEN_WORDS.get(w) ?? TENS_WORDS.get(w);
    if (teen !== undefined) {
      if (!slotFree) break;
      // "thirty-fifths": a tens word hyphenated to an ordinal is one ordinal ("one hundred thirty-fifths")
      if (TENS_WORDS.has(w) && s.elements > 0 && !ordinalReading && isHyphen(toks[s.k + 1]) && toks[s.k + 1]!.gap === Gap.None) {
        const o = toks[s.k + 2];
        if (o && o.kind === Tok.Word && o.gap === Gap.None && UNIT_ORDINALS.has(singular(o.lower))) break;
      }
      s.k += 1; s.group += teen; s.last = TENS_WORDS.has(w) ? 'tens' : 'teen'; s.elements += 1; s.numeral = null;
      commit(run);
      continue;
    }
    if (HUNDRED_WORDS.has(w)) {
      if (s.hasHundred) { rollBack(run); break; }
      if (s.last === 'none') {
        if (w !== 'hundred') break;
        s.k += 1; s.group = 100; s.hasHundred = true; s.last = 'hundred'; s.elements = 1; s.scaled = true;
      } else if ((s.last === 'unit' || s.last === 'teen' || s.last === 'tens') && s.group > 0 && s.group < 100) {
        s.k += 1; s.group *= 100; s.hasHundred = true; s.last = 'hundred'; s.elements += 1; s.scaled = true;
      } else if (s.last === 'numeral' && s.group > 0 && s.group < (s.elements === 1 ? 1000 : 100)) {
        s.k += 1; s.group *= 100; s.hasHundred = true; s.last = 'hundred'; s.elements = 2; s.scaled = true; s.numeral = null;
      } else { rollBack(run); break; }
      commit(run);
      continue;
    }
    const big = BIG_SCALES.get(w);
    if (big !== undefined) {
      if (s.last === 'big' && s.group === 0 && big > s.lastBig && s.total > 0) {
        // "three lakh crore": scales multiply
        s.k += 1; s.total *= big; s.lastBig = big; s.elements += 1;
      } else if (s.group > 0 && big < s.lastBig && s.last !== 'none' && s.last !== 'fraction') {
        s.k += 1; s.total += s.group * big; s.group = 0; s.lastBig = big; s.last = 'big'; s.hasHundred = false; s.elements += 1; s.scaled = true; s.numeral = null; s.andBase = null;
        run.beforeAnd = null;
      } else { rollBack(run); break; }
      commit(run);
      continue;
    }
    if (DOZEN_WORDS.has(w)) {
      if (s.last === 'none' || s.last === 'big') break;
      const seg = segment(s);
      s.k += 1; s.group = s.group - seg + seg * 12; s.last = 'big'; s.elements += 1; s.scaled = true; s.numeral = null; s.lastBig = 12;
      commit(run);
      continue;
    }
    if (w === 'point' && (s.last === 'unit' || s.last === 'teen' || s.last === 'tens' || s.last === 'hundred' || s.last === 'big')) {
      const dec = spokenDecimals(toks, s.k + 1);
      if (!dec) break;
      s.k = dec.end; s.group += dec.value; s.last = 'decimal'; s.elements += 1;
      commit(run);
      continue;
    }
    // Fractions: "two thirds", "one eighth", "a half", "one hundred thirty-fifths"
    const denom = DENOMINATORS.get(w);
    if (denom && s.elements > 0 && !s.fromDigits && (s.last === 'unit' || s.last === 'teen' || s.last === 'tens' || s.last === 'hundred' || s.last === 'big')) {
      let seg = segment(s);
      if (s.andBase !== null && seg / denom.value >= 1) seg = value(s); // "one hundred and thirty fifths" = 130/5
      if (!ordinalReading && (denom.plural || seg === 1)) {
        applyFraction(s, seg, denom.value, s.k + 1, toks, allowAnd);
        commit(run);
        continue;
      }
      if (!denom.plural && ORDINAL_WORDS.has(w) && seg !== 1) {
        // "twenty-first", "one hundred fifth", "two millionth": an ordinal
        const v = denom.value >= 100 ? value(s) * denom.value : value(s) + denom.value;
        s.k += 1; s.group = v - s.total; s.elements += 1;
        ordinal = true;
        commit(run);
        break;
      }
      if (ordinalReading && denom.plural && UNIT_ORDINALS.has(singular(w))) {
        const v = value(s) + denom.value;
        s.k += 1; s.group = v - s.total; s.elements += 1;
        ordinal = true;
        commit(run);
        break;
      }
      break;
    }
    if (ORDINAL_WORDS.has(w) && !DENOMINATORS.has(w) && !s.fromDigits && (s.last === 'tens' || s.last === 'hundred')) {
      // "twenty-first", "one hundred and second"
      s.k += 1; s.group += ORDINAL_WORDS.get(w)!; s.elements += 1;
      ordinal = true;
      commit(run);
      break;
    }
    if (s.elements === 0 && ORDINAL_WORDS.has(w)) {
      // a bare ordinal word: "seventh", "first"
      s.k += 1; s.group = ORDINAL_WORDS.get(w)!; s.elements = 1;
      ordinal = true;
      commit(run);
      break;
    }
    if (w === 'and' && allowAnd && s.elements > 0 && t.gap !== Gap.Break) {
      // "one and a half", "twenty and three fifths", "3 million and a half": a proper fraction after "and"
      const tk = overHyphen(toks, s.k + 1);
      const tail = toks[tk] && toks[tk]!.kind === Tok.Word ? parseCardinal(c, tk, false) : null;
      if (tail && tail.fraction && !tail.fromDigits && !tail.ordinal && tail.value < 1 && s.last !== 'fraction' && s.last !== 'decimal') {
        const base = s.last === 'big' && s.group === 0 ? s.lastBig : 1;
        let v = value(s) + tail.value * base;
        let k = tail.end;
        // "five and a half million", "one billion and a half million"
        const after = toks[k];
        const scale = after && after.kind === Tok.Word && after.gap !== Gap.Break ? BIG_SCALES.get(after.lower) : undefined;
        if (scale !== undefined && scale < s.lastBig && !after!.lower.endsWith('s')) {
          v = s.total + (s.group + tail.value) * scale;
          k++;
        }
        s.k = k; s.total = v; s.group = 0; s.last = 'fraction'; s.elements += 2; s.fraction = true; s.numeral = null; s.scaled = s.scaled || scale !== undefined;
        commit(run);
        break;
      }
      // British "and": "one hundred and six", "two thousand and two hundred"
      if (s.last === 'hundred' || s.last === 'big') {
        run.beforeAnd = run.committed ? { ...run.committed } : null;
        s.k += 1; s.andBase = value(s);
        continue;
      }
      break;
    }
    if (w === 'of' && s.last === 'fraction' && isWord(toks[s.k + 1], 'a', 'an')) {
      // "two thirds of a million"
      const scaleTok = toks[s.k + 2];
      const scale = scaleTok && scaleTok.kind === Tok.Word ? BIG_SCALES.get(scaleTok.lower) : undefined;
      if (scale !== undefined && !scaleTok!.lower.endsWith('s')) {
        s.k += 3; s.total = value(s) * scale; s.group = 0; s.elements += 1; s.scaled = true;
        commit(run);
      }
      break;
    }
    break;
  }
  const done = run.committed;
  if (!done) return null;
  // A fraction whose denominator is an ordinal in several words: "twenty twenty fifths", "one one hundred fifth".
  if (!ordinal && !done.fromDigits && !done.fraction && !ordinalReading && done.elements > 0) {
    const next = toks[done.k];
    if (next && next.gap !== Gap.Break && isNumberWord(next)) {
      const denom = parseCardinal(c, done.k, true, true);
      if (denom && denom.ordinal && denom.value > 0) {
        const plural = c.toks[denom.end - 1]!.lower.endsWith('s');
        const num = value(done);
        if (plural || num === 1) return result(k0, denom.end, num / denom.value, null, false, true, false, false);
        // "one hundred twenty-fifth": one ordinal
        if (denom.value < 100 && num % 100 === 0) return result(k0, denom.end, num + denom.value, null, false, false, false, true);
      }
    }
  }
  const v = value(done);
  return result(k0, done.k, v, done.elements === 1 ? done.numeral : null, done.fromDigits, done.fraction, done.scaled, ordinal);
}

/** Reads "<numerator> <denominator>" into the state: the fraction, and a scale after it ("three quarters million"). */
function applyFraction(st: State, seg: number, denominator: number, k: number, toks: Token[], allowAnd: boolean): void {
  const base = value(st) - seg;
  let v = base + seg / denominator;
  let kk = k;
  // "two thirds of a million" is handled by the "of" rule; "three quarters million" here
  const after = toks[kk];
  const scale = after && after.kind === Tok.Word && after.gap !== Gap.Break ? BIG_SCALES.get(after.lower) : undefined;
  if (allowAnd && scale !== undefined && !after!.lower.endsWith('s') && scale < st.lastBig) {
    v = base + (seg / denominator) * scale;
    kk++;
  }
  st.k = kk; st.total = v; st.group = 0; st.last = 'fraction'; st.elements += 1; st.fraction = true; st.numeral = null; st.andBase = null;
}

/** "half a million", "half million", "half-dozen", "quarter million", "half a dozen" from "half"/"quarter" at k. */
function halfOf(c: Ctx, k0: number): Cardinal | null {
  const toks = c.toks;
  const part = toks[k0]!.lower === 'half' ? 0.5 : 0.25;
  let k = overHyphen(toks, k0 + 1);
  if (isWord(toks[k], 'a', 'an') && toks[k]!.gap !== Gap.Break) k++;
  const t = toks[k];
  if (!t || t.gap === Gap.Break || t.kind !== Tok.Word) return null;
  const scale = BIG_SCALES.get(t.lower) ?? (DOZEN_WORDS.has(t.lower) ? 12 : t.lower === 'hundred' ? 100 : 0);
  return scale ? result(k0, k + 1, part * scale, null, false, true, true, false) : null;
}

function result(start: number, end: number, value: number, numeral: Numeral | null, fromDigits: boolean, fraction: boolean, scaled: boolean, ordinal: boolean): Cardinal {
  return { start, end, value, numeral, fromDigits, fraction, scaled, ordinal };
}

/** After "a fifth": the fraction reading needs "of", a scale or the end of the text ("a fifth straight day", "wounding a third." are ordinals). */
function fractionFollows(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  if (!t) return true;
  return t.kind === Tok.Word && (t.lower === 'of' || BIG_SCALES.has(t.lower));
}

/** Spoken decimals after "point": "zero three" → .03, "seventy-one" → .71, "eleven" → .11. */
function spokenDecimals(toks: Token[], k: number): { value: number; end: number } | null {
  let digits = '';
  let e = k;
  for (;;) {
    const t = toks[e];
    if (!t || t.kind !== Tok.Word || t.gap === Gap.Break) break;
    const u = UNIT_WORDS.get(t.lower) ?? (t.lower === 'oh' && digits ? 0 : undefined);
    if (u !== undefined) { digits += String(u); e++; continue; }
    if (digits === '') {
      const teen = TEEN_WORDS.get(t.lower);
      if (teen !== undefined) { digits = String(teen); e++; break; }
      const tens = TENS_WORDS.get(t.lower);
      if (tens !== undefined) {
        let v = tens;
        e++;
        let h = e;
        if (isHyphen(toks[h])) h++;
        const u2 = toks[h] && toks[h]!.kind === Tok.Word ? UNIT_WORDS.get(toks[h]!.lower) : undefined;
        if (u2 !== undefined && u2 > 0) { v += u2; e = h + 1; }
        digits = String(v);
        break;
      }
    }
    break;
  }
  if (!digits) return null;
  return { value: Number(`0.${digits}`), end: e };
}
