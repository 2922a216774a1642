import type { NumberMatch } from '../types.js';

// Placeholder number grammar: plain digits only (replaced by the real grammar).
export function findNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  const out: NumberMatch[] = [];
  const re = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const v = Number(m[0].replace(/,/g, ''));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'count', value: v, low: v, high: v, qualifier: 'exact', unit: null });
  }
  return out;
}
