import type { Dimension, NumberKind, Normalized } from './types.js';

// A claim's dimension and its value in a base unit (metres, seconds, kilograms, square metres, metres per
// second, degrees Celsius; money keeps its currency code), so that "12 kilometres" and "7.5 miles" or
// "8 minutes" and "480 seconds" can be compared.

interface UnitDef {
  dimension: Dimension;
  base: string;
  /** Base units per written unit. */
  factor: number;
  /** Added after scaling (temperatures). */
  offset?: number;
}

const def = (dimension: Dimension, base: string, factor: number, offset?: number): UnitDef => ({ dimension, base, factor, offset });

/** Units as the number grammar writes them. */
const UNITS: ReadonlyMap<string, UnitDef> = new Map([
  ['km', def('length', 'm', 1000)], ['m', def('length', 'm', 1)], ['cm', def('length', 'm', 0.01)], ['mm', def('length', 'm', 0.001)],
  ['dm', def('length', 'm', 0.1)], ['mi', def('length', 'm', 1609.344)], ['nmi', def('length', 'm', 1852)], ['ft', def('length', 'm', 0.3048)],
  ['in', def('length', 'm', 0.0254)], ['yd', def('length', 'm', 0.9144)],
  ['km2', def('area', 'm2', 1e6)], ['m2', def('area', 'm2', 1)], ['mi2', def('area', 'm2', 2589988.11)], ['ft2', def('area', 'm2', 0.09290304)],
  ['ha', def('area', 'm2', 1e4)], ['acre', def('area', 'm2', 4046.8564224)],
  ['kg', def('mass', 'kg', 1)], ['g', def('mass', 'kg', 0.001)], ['mg', def('mass', 'kg', 1e-6)], ['µg', def('mass', 'kg', 1e-9)],
  ['lb', def('mass', 'kg', 0.45359237)], ['oz', def('mass', 'kg', 0.028349523125)], ['t', def('mass', 'kg', 1000)],
  ['ton', def('mass', 'kg', 907.18474)],
  ['km/h', def('speed', 'm/s', 1 / 3.6)], ['mph', def('speed', 'm/s', 0.44704)], ['kn', def('speed', 'm/s', 1852 / 3600)],
  ['°C', def('temperature', '°C', 1)], ['°F', def('temperature', '°C', 5 / 9, -32 * 5 / 9)],
  ['second', def('duration', 's', 1)], ['minute', def('duration', 's', 60)], ['hour', def('duration', 's', 3600)],
  ['day', def('duration', 's', 86400)], ['week', def('duration', 's', 604800)], ['fortnight', def('duration', 's', 1209600)],
  ['month', def('duration', 's', 2629800)], ['year', def('duration', 's', 31557600)], ['decade', def('duration', 's', 315576000)],
  ['century', def('duration', 's', 3155760000)],
  ['magnitude', def('magnitude', 'magnitude', 1)], ['%', def('percent', '%', 1)], ['tally', def('tally', 'tally', 1)],
]);

export interface Normal {
  dimension: Dimension;
  normalized: Normalized;
}

const scale = (x: number | null, u: UnitDef) => (x === null ? null : round(x * u.factor + (u.offset ?? 0)));
/** Conversions leave binary noise (7 mi = 11265.408000000001 m): twelve significant digits are plenty. */
const round = (x: number) => Number(x.toPrecision(12));

/** Dimension and normalised value of an amount of the given kind and unit. */
export function normalize(kind: NumberKind, unit: string | null, value: number | number[] | null, low: number | null, high: number | null): Normal {
  const point = typeof value === 'number' ? value : null;
  if (kind === 'money') return { dimension: 'money', normalized: { value: point, low, high, unit } };
  if (kind === 'tally' || Array.isArray(value)) return { dimension: 'tally', normalized: { value: null, low: null, high: null, unit: 'tally' } };
  if (unit === 'age') return { dimension: 'age', normalized: { value: point, low, high, unit: 'year' } };
  const u = unit ? UNITS.get(unit) : undefined;
  if (u) return { dimension: u.dimension, normalized: { value: scale(point, u), low: scale(low, u), high: scale(high, u), unit: u.base } };
  if (kind === 'count') return { dimension: 'count', normalized: { value: point, low, high, unit: null } };
  return { dimension: 'other', normalized: { value: point, low, high, unit } };
}

/** Seconds since midnight of a clock time ("2:10 a.m." = 7800, "noon" = 43200); null when not read. */
export function clockSeconds(text: string): number | null {
  const t = text.toLowerCase();
  if (/\bnoon\b|\bmidday\b/.test(t)) return 43200;
  if (/\bmidnight\b/.test(t)) return 0;
  const m = /(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?/.exec(t) ?? /\b(\d{1,2}):(\d{2})\b/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 24 || min > 59) return null;
  if (m[3] === 'p' && h < 12) h += 12;
  if (m[3] === 'a' && h === 12) h = 0;
  return (h % 24) * 3600 + min * 60;
}
