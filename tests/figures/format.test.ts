import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/figures/compare.js';

// formatNumber writes numbers without building an Intl formatter; it must write what Intl writes.
describe('formatNumber', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
  it('groups thousands and rounds to three decimals like Intl', () => {
    expect(formatNumber(70000)).toBe('70,000');
    expect(formatNumber(1234567.8915)).toBe('1,234,567.892');
    expect(formatNumber(1.0005)).toBe('1.001'); // the shortest decimal form is rounded, not the binary value
    expect(formatNumber(999.9996)).toBe('1,000');
    expect(formatNumber(null)).toBe('?');
  });
  it('agrees with Intl on edge cases and many values', () => {
    const values = [0, -0, -1.5, 0.0004, 0.0005, 0.001, 2 / 3, 0.1 + 0.2, 9.9995, 1e20, 1e21, 123456.789, 4.35, 1.0045];
    for (let i = 1; i < 3000; i++) values.push(i * 1.2345, i / 7, i * 1000.0005, (i * 7919) % 100003 / 8);
    for (const v of values) expect(formatNumber(v)).toBe(intl.format(v));
  });
});
