// A numeric expression in token coordinates, the interval its qualifier asserts, and its final NumberMatch shape.
import type { NumberKind, NumberMatch, Qualifier } from '../types.js';
import type { Token } from './tokens.js';
import { fitsOneByte } from '../../corpus/text.js';

/** A NumberMatch before it is placed in the text: `start`/`end` are a token range [start, end). */
export type Found = Omit<NumberMatch, 'text'>;

/** Qualifiers as read; "nearly" and "almost" assert a value a little under the number. */
export type QualifierReading = Qualifier | 'nearly';

export function exact(start: number, end: number, kind: NumberKind, value: number | number[] | null, unit: string | null = null): Found {
  const n = typeof value === 'number' ? value : null;
  return { start, end, kind, value, low: n, high: n, qualifier: 'exact', unit };
}

export function vagueFound(start: number, end: number, low: number, high: number): Found {
  return { start, end, kind: 'count', value: null, low, high, qualifier: 'vague', unit: null };
}

/** Kinds that state an amount of something (the others are dates, ids, tallies...). */
export const isAmount = (kind: NumberKind): boolean =>
  kind === 'count' || kind === 'money' || kind === 'percent' || kind === 'measure' || kind === 'duration';

/** A qualified value's interval; "nearly 30" is read as just under 30, a bound from above (kept close below). */
export interface QualifiedBounds {
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
}

/**
 * The interval a qualifier asserts around a value ("about" is taken as ±10 %), or null for qualifiers that do
 * not bound a stated value (exact, range, vague). One rule for every figure that carries a qualifier, read or
 * inherited (a bracketed conversion takes its figure's "about").
 */
export function qualifiedBounds(q: QualifierReading, v: number): QualifiedBounds | null {
  const lo = (x: number): number => Math.min(v, x), hi = (x: number): number => Math.max(v, x);
  switch (q) {
    case 'more-than': case 'at-least': return { qualifier: q, low: v, high: null };
    case 'less-than': case 'at-most': return { qualifier: q, low: null, high: v };
    case 'about': return { qualifier: 'about', low: lo(v * 0.9), high: hi(v * 1.1) };
    case 'nearly': return { qualifier: 'less-than', low: lo(v * 0.9), high: v };
    default: return null;
  }
}

export function qualify(f: Found, q: QualifierReading): Found {
  if (typeof f.value !== 'number' || f.qualifier !== 'exact') return f;
  const bounds = qualifiedBounds(q, f.value);
  return bounds ? { ...f, ...bounds } : f;
}

/** Scaled decimals without binary noise: 1.15 million is 1150000, not 1149999.9999999998. */
const tidy = (x: number): number => (Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(15)));
export const tidyOrNull = (x: number | null): number | null => (x === null ? null : tidy(x));

/** `narrow`: the text in one byte per character where it fits (see tokenize): the match's text is cut from it when it can be. */
export function toMatch(text: string, toks: Token[], f: Found, narrow = text): NumberMatch {
  const start = toks[f.start]!.start;
  const end = toks[f.end - 1]!.end;
  const value = typeof f.value === 'number' ? tidy(f.value) : Array.isArray(f.value) ? f.value.map(tidy) : null;
  // (not `narrow !== text`: comparing the two costs a scan up to the first curly quote)
  const source = fitsOneByte(text, start, end) ? narrow : text;
  return { start, end, text: source.slice(start, end), kind: f.kind, value, low: tidyOrNull(f.low), high: tidyOrNull(f.high), qualifier: f.qualifier, unit: f.unit };
}
