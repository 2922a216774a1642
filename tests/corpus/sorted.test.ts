import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from '../../src/corpus/sorted.js';

describe('firstAtOrAfter', () => {
  const items = [{ at: 2 }, { at: 5 }, { at: 5 }, { at: 9 }];
  const at = (x: { at: number }) => x.at;

  it('finds the first item at or after a position, the first of equals, or the length when none is', () => {
    expect(firstAtOrAfter(items, 0, at)).toBe(0);
    expect(firstAtOrAfter(items, 5, at)).toBe(1);
    expect(firstAtOrAfter(items, 6, at)).toBe(3);
    expect(firstAtOrAfter(items, 10, at)).toBe(4);
    expect(firstAtOrAfter([], 3, at)).toBe(0);
  });
});
