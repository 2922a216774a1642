import { describe, expect, it } from 'vitest';
import { initials, nameKey, nameWords, skeleton, splitSpaces } from '../../src/entities/keys.js';

describe('name keys (hand-written scanners behave like the regular expressions they replace)', () => {
  it('splits at white space exactly like split(/\\s+/)', () => {
    for (const s of ['', 'a', 'John Kerry', ' lead', 'trail ', 'a \t\n b', 'Ban\u00a0Ki-moon', 'x\u3000y  z']) {
      expect(splitSpaces(s)).toEqual(s.split(/\s+/));
    }
  });
  it('keys names without particles, dots, a leading "the" or a possessive', () => {
    expect(nameKey('Bashar al-Assad')).toBe('bashar assad');
    expect(nameKey('the U.N.')).toBe('un');
    expect(nameKey('Ludwig van Beethoven')).toBe('ludwig beethoven');
    expect(nameKey('Osama bin Laden')).toBe('osama bin laden');
    expect(nameKey("Reuters's")).toBe('reuters');
    expect(nameWords('  São  Paulo ')).toEqual(['sao', 'paulo']);
  });
  it('makes spelling variants share a skeleton', () => {
    expect(skeleton('hezbollah')).toBe('hzblh');
    expect(skeleton('hizballah')).toBe('hzblh');
    expect(skeleton('qusair')).toBe(skeleton('qusayr'));
  });
  it('takes initials of capitalised words across spaces and hyphens', () => {
    expect(initials('Syrian National Coalition')).toBe('snc');
    expect(initials('Ban Ki-moon')).toBe('bk');
    expect(initials('United Nations of the World')).toBe('unw');
  });
});
