import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/figures/numbers/index.js';

// Random mixes of the grammar's own vocabulary: every match must be in bounds, sorted, non-overlapping,
// equal to its slice of the text, and carry finite numbers.
const VOCAB = ['1', '12', '1,234', '3.5', '-', '–', '/', ':', '.', ',', ' ', '\n', '$', '€', '£', '%', 'a', 'an', 'one',
  'two', 'twenty', 'hundred', 'thousand', 'million', 'and', 'half', 'quarter', 'third', 'thirds', 'point', 'over', 'out',
  'of', 'in', 'to', 'between', 'from', 'more', 'than', 'at', 'least', 'about', 'May', '2013', 'km', 'm', 'k', 'bn',
  'pounds', 'cents', 'year', '-old', 'vote', 'a.m.', 'GMT', 'No', '(', ')', '+', '½', 'dozens', 'several', 'tens',
  'minus', 'Covid', 'x', 'e', '^', '\u00a0', '\u202f', 'first', 'th', 'magnitude', 'Street', '911', '1e999'];

function* samples(count: number): Generator<[string, number, number]> {
  let seed = 7;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    let text = '';
    const len = 1 + Math.floor(rnd() * 25);
    for (let j = 0; j < len; j++) text += VOCAB[Math.floor(rnd() * VOCAB.length)]! + (rnd() < 0.6 ? ' ' : '');
    const from = rnd() < 0.3 ? Math.floor(rnd() * text.length) : 0;
    const to = rnd() < 0.3 ? from + Math.floor(rnd() * (text.length - from + 1)) : text.length;
    yield [text, from, to];
  }
}

describe('findNumbers invariants', () => {
  it('keeps matches in bounds, sorted, disjoint and finite on random input', () => {
    for (const [text, from, to] of samples(3000)) {
      let last = from;
      for (const m of findNumbers(text, from, to)) {
        expect(m.start, text).toBeGreaterThanOrEqual(last);
        expect(m.end, text).toBeGreaterThan(m.start);
        expect(m.end, text).toBeLessThanOrEqual(to);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const x of [m.value, m.low, m.high].flat()) if (typeof x === 'number') expect(Number.isFinite(x), text).toBe(true);
        last = m.end;
      }
    }
  });
});
