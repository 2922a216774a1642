// Vague amounts: "hundreds", "tens of thousands", "several hundred", "a few dozen" — no value, an interval.
import type { Ctx } from './cardinal.js';
import { vagueFound, type Found } from './found.js';
import { BIG_SCALES, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from './lexicon.js';
import { sameLine, word } from './peek.js';

const scaleWord = (w: string): number | undefined =>
  w === 'hundred' || w === 'hundreds' ? 100 : w === 'dozen' || w === 'dozens' ? 12 : BIG_SCALES.get(w);

/** The vague amount starting at token k, or null. */
export function vagueAmount(c: Ctx, k: number): Found | null {
  const toks = c.toks;
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
    // "tens of thousands"
    const s = BIG_SCALES.get(word(toks[i + 2]));
    return s && word(toks[i + 2]).endsWith('s') ? vagueFound(k, i + 3, 20 * s, 100 * s - 1) : null;
  }
  w = word(toks[i]);
  if (i > k && !sameLine(toks[i])) return null;
  if (mult) {
    // "several hundred", "a few thousand", "several hundred thousand"
    const s = scaleWord(w);
    // "a couple of bottles": about two
    if (!s) return word(toks[k]) === 'a' && word(toks[k + 1]) === 'couple' && word(toks[k + 2]) === 'of' && i === k + 3 && pluralNounAt(toks, i) ? aboutTwo(k, k + 2) : null;
    let lo = mult[0] * s, hi = mult[1] * s, end = i + 1;
    const s2 = BIG_SCALES.get(word(toks[end]));
    if (s2 && s2 > s && sameLine(toks[end])) { lo *= s2; hi *= s2; end++; }
    return vagueFound(k, end, lo, hi);
  }
  const plural = VAGUE_PLURALS.get(w);
  if (!plural || (w === 'scores' && word(toks[i + 1]) !== 'of')) return null;
  // "hundreds of thousands", "thousands of millions"
  if (word(toks[i + 1]) === 'of') {
    const s2 = BIG_SCALES.get(word(toks[i + 2]));
    if (s2 && word(toks[i + 2]).endsWith('s')) return vagueFound(k, i + 3, plural[0] * s2, plural[1] * s2);
  }
  return vagueFound(k, i + 1, plural[0], plural[1]);
}

/** "a couple" of things: two, loosely. */
const aboutTwo = (start: number, end: number): Found => ({ start, end, kind: 'count', value: 2, low: 2, high: 3, qualifier: 'about', unit: null });
const NOT_COUNTED = new Set(['them', 'us', 'you', 'those', 'these', 'which', 'whom', 'what']);
/** A lower-case noun phrase after "a couple of" ("bottles", "fire engines", "people"), not a pronoun ("them"). */
const pluralNounAt = (toks: Ctx['toks'], i: number): boolean => /^\p{Ll}+$/u.test(toks[i]?.raw ?? '') && !NOT_COUNTED.has(toks[i]!.lower);
