import { describe, expect, it } from 'vitest';
import { SortedWordMap, SortedWords, WordTest } from '../../src/entities/sorted-words.js';
import { DICTIONARY_WORDS } from '../../src/entities/data/lexicon.generated.js';

describe('sorted word lists searched in place', () => {
  it('answers like a Set of the words, at block edges and for near misses', () => {
    const words = DICTIONARY_WORDS.split('|');
    const set = new Set(words);
    const list = new SortedWords(DICTIONARY_WORDS);
    const probes = [...words, ...words.map((w) => w + 's'), ...words.map((w) => w.slice(0, -1)), ...words.map((w) => 'a' + w)];
    for (const p of probes) if (list.contains(p) !== set.has(p)) expect([p, list.contains(p)]).toEqual([p, set.has(p)]);
  });
  it('finds nothing outside the list', () => {
    const list = new SortedWords('bar|foo|qux');
    expect(['bar', 'foo', 'qux'].map((w) => list.contains(w))).toEqual([true, true, true]);
    expect(['', 'a', 'ba', 'foo|qux', 'zzz', 'Foo', 'fo'].some((w) => list.contains(w))).toBe(false);
    expect(new SortedWords('').contains('')).toBe(false);
  });
  it('gives the value of a word in a list of word-value lines', () => {
    const map = new SortedWordMap('bar\tNoun\nfoo\tVerb\nfoo bar\tPlace');
    expect(['bar', 'foo', 'foo bar', 'fo', 'foo\tVerb', ''].map((w) => map.get(w))).toEqual(['Noun', 'Verb', 'Place', undefined, undefined, undefined]);
    expect(map.has('foo') && !map.has('Foo')).toBe(true);
  });
  it('remembers each answer of a word test', () => {
    let asked = 0;
    const test = new WordTest((w) => (asked++, w.length > 2));
    expect([test.has('abc'), test.has('ab'), test.has('abc')]).toEqual([true, false, true]);
    expect(asked).toBe(2);
  });
});
