import { describe, expect, it } from 'vitest';
import type { Claim, Comparison } from '../../src/figures/types.js';
import { cutAtWord, documentLabels, figureHistory, matrixRows, sentenceAround, shortId } from '../../src/format/view.js';

const doc = (id: string, source: string | null, date?: string) => ({ id, source, lines: 1, chars: 1, ...(date ? { date } : {}) });

describe('document names', () => {
  it('cuts hash names to a short readable id', () => {
    expect(shortId('000_be6c14f85f8ccf46.txt')).toBe('000_be6c');
    expect(shortId('a/x.txt')).toBe('a/x');
    expect(shortId('reuters-2013-06-04.html')).toBe('reuters-2013-06-04');
    expect(shortId('a-very-long-document-name-that-goes-on-and-on.txt')).toBe('a-very-long-\u2026-on-and-on');
  });
  it('names columns by source, adding the short id when a source has several documents', () => {
    const labels = documentLabels([doc('1.txt', 'Reuters'), doc('2.txt', 'AP'), doc('3.txt', 'AP'), doc('000_be6c14f85f8ccf46.txt', null)]);
    expect([...labels.values()]).toEqual(['Reuters', 'AP 2', 'AP 3', '000_be6c']);
  });
  it('keeps names unique when short ids collide', () => {
    const labels = documentLabels([doc('x_aaaaaaaaaaaa1.txt', null), doc('x_aaaaaaaaaaaa2.txt', null)]);
    expect(new Set(labels.values()).size).toBe(2);
    expect(labels.get('x_aaaaaaaaaaaa2.txt')).toBe('x_aaaaaaaaaaaa2.txt');
  });
});

describe('cutAtWord', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(cutAtWord('We don\u2019t want this to happen, but it will be a reality', 30)).toBe('We don\u2019t want this to happen\u2026');
    expect(cutAtWord('short enough', 30)).toBe('short enough');
  });
  it('cuts inside a word only when it is the whole room', () => {
    expect(cutAtWord('Supercalifragilisticexpialidocious', 10)).toBe('Supercali\u2026');
    expect(cutAtWord('one, two three', 9)).toBe('one, two\u2026');
    expect(cutAtWord('one twothreefourfive', 9)).toBe('one twot\u2026');
  });
});

describe('sentenceAround', () => {
  const text = 'Headline\nFirst sentence here. The war has killed 80,000 people, officials said. Next one.';
  it('finds the sentence holding a span', () => {
    const start = text.indexOf('80,000');
    expect(sentenceAround(text, start, start + 6).text).toBe('The war has killed 80,000 people, officials said.');
  });
  it('stops at the line start', () => {
    expect(sentenceAround(text, 0, 8).text).toBe('Headline');
  });
});

describe('figureHistory', () => {
  const claim = (id: string, document: string, value: number): Claim => ({
    id, document, text: String(value), value, low: value, high: value, qualifier: 'exact', unit: null,
    measure: 'deaths', scope: null, attributedTo: null, start: 0, end: 1, line: 1,
  });
  const claims = [claim('b#1', 'b', 30), claim('a#1', 'a', 12)];
  const cmp: Comparison = { measure: 'deaths', scope: null, verdict: 'disagree', claims: ['b#1', 'a#1'], summary: '' };
  const rows = matrixRows([cmp], new Map(claims.map((q) => [q.id, q])));
  it('orders a figure by its documents\u2019 dates', () => {
    const h = figureHistory(rows, [doc('a', 'x', '2024-05-01'), doc('b', 'y', '2024-05-02T08:00:00Z')]);
    expect(h).toHaveLength(1);
    expect(h[0]!.points.map((p) => [p.date, p.claims[0]!.value])).toEqual([['2024-05-01', 12], ['2024-05-02T08:00:00Z', 30]]);
  });
  it('is empty without two distinct dates', () => {
    expect(figureHistory(rows, [doc('a', 'x'), doc('b', 'y', '2024-05-02')])).toEqual([]);
  });
});
