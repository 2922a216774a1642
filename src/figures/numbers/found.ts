// A numeric expression in token coordinates, the interval its qualifier asserts, and its final NumberMatch shape.
import type { NumberKind, NumberMatch, Qualifier } from '../types.js';
import type { Token } from './tokens.js';

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

/** The interval a qualifier asserts around a value ("about" is taken as ±10 %). */
export function qualify(f: Found, q: QualifierReading): Found {
  if (typeof f.value !== 'number' || f.qualifier !== 'exact') return f;
  const v = f.value;
  const lo = (x: number): number => Math.min(v, x), hi = (x: number): number => Math.max(v, x);
  switch (q) {
    case 'more-than': case 'at-least': return { ...f, qualifier: q, low: v, high: null };
    case 'less-than': case 'at-most': return { ...f, qualifier: q, low: null, high: v };
    case 'about': return { ...f, qualifier: 'about', low: lo(v * 0.9), high: hi(v * 1.1) };
    // "nearly 30 years": just under the figure, a bound from above (kept close below)
    case 'nearly': return { ...f, qualifier: 'less-than', low: lo(v * 0.9), high: v };
    default: return f;
  }
}

/** Scaled decimals without binary noise: 1.15 million is 1150000, not 1149999.9999999998. */
const tidy = (x: number): number => (Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(15)));
const tidyOrNull = (x: number | null): number | null => (x === null ? null : tidy(x));

export function toMatch(text: string, toks: Token[], f: Found): NumberMatch {
  const start = toks[f.start]!.start;
  const end = toks[f.end - 1]!.end;
  const value = typeof f.value === 'number' ? tidy(f.value) : Array.isArray(f.value) ? f.value.map(tidy) : null;
  return { start, end, text: text.slice(start, end), kind: f.kind, value, low: tidyOrNull(f.low), high: tidyOrNull(f.high), qualifier: f.qualifier, unit: f.unit };
}
