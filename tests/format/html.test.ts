import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/figures/types.js';
import { esc, formatHtmlReport } from '../../src/format/html.js';
import { documentExcerpts } from '../../src/format/view.js';
import type { CorpusAnalysis } from '../../src/pipeline/analyze.js';

const EVIL = '"><img src=x onerror=alert(2)>';
const textA = `Flood <script>alert(1)</script>\nOfficials said 12 people were killed in Varnholm on Monday.\nShare ${EVIL}`;
const textB = 'Police said 30 people were killed in Varnholm on Monday.';

function claim(id: string, document: string, text: string, value: number, start: number, line: number): Claim {
  return { id, document, text, value, low: value, high: value, qualifier: 'exact', unit: null, measure: 'deaths', scope: 'Varnholm <b>', attributedTo: null, start, end: start + text.length, line };
}

function analysis(): CorpusAnalysis {
  const a = claim(`a<script>#1`, 'a<script>', '12 people', 12, textA.indexOf('12 people'), 2);
  const b = claim('b#1', 'b', '30 people', 30, textB.indexOf('30 people'), 1);
  return {
    documents: [
      { id: 'a<script>', source: `Harbor ${EVIL}`, lines: 3, chars: textA.length, date: '2024-05-01', url: 'javascript:alert(3)', title: '<i>t</i>' } as CorpusAnalysis['documents'][number],
      { id: 'b', source: 'Eastmark', lines: 1, chars: textB.length, date: '2024-05-02' } as CorpusAnalysis['documents'][number],
    ],
    strip: [
      { id: 'a<script>', text: '', lineDecisions: [{ line: 1, keep: true, reason: 'headline' }, { line: 2, keep: true, reason: 'article-text' }, { line: 3, keep: false, reason: 'share-line' }] },
      { id: 'b', text: '', lineDecisions: [{ line: 1, keep: true, reason: 'article-text' }] },
    ],
    entities: [{ id: 'varnholm', name: 'Varnholm<script>', type: 'place', aliases: ['Varnholm<script>', `V${EVIL}`], roles: [], documents: ['a<script>', 'b'],
      mentions: [{ document: 'a<script>', text: 'Varnholm', start: 0, end: 1, line: 2, column: 1 }, { document: 'b', text: 'Varnholm', start: 0, end: 1, line: 1, column: 1 }] }],
    quotes: [{ document: 'b', kind: 'direct', speaker: `Police ${EVIL}`, speakerEntity: null, mention: 'Police', cue: 'said', content: '<script>alert(4)</script>', start: 0, end: 1, line: 1 }],
    claims: [a, b],
    comparisons: [{ measure: 'deaths', scope: 'Varnholm <b>', verdict: 'disagree', claims: [a.id, b.id], summary: '', notes: ['earlier-report'] } as CorpusAnalysis['comparisons'][number]],
    findings: [],
  };
}

function page(): string {
  const a = analysis();
  const excerpts = new Map([
    ['a<script>', documentExcerpts(textA, a.strip[0]!.lineDecisions, [a.claims[0]!])],
    ['b', documentExcerpts(textB, a.strip[1]!.lineDecisions, [a.claims[1]!])],
  ]);
  return formatHtmlReport({ analysis: a, excerpts, tolerance: 5, version: '0.0.0' });
}

describe('html report', () => {
  const html = page();
  it('escapes everything that comes from the input', () => {
    expect(esc(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('Varnholm <b>');
    expect(html).toContain('Varnholm &lt;b&gt;');
    expect(html).not.toContain('<i>t</i>');
    expect(html).toContain('a&lt;script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    // A URL that is not http(s) is not made a link.
    expect(html).not.toContain('javascript:');
  });
  it('is one page that loads nothing', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/\s(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('prefers-color-scheme:dark');
    expect(html).toContain('@media print');
  });
  it('puts the conflict first, with its notes and sentences, the figures marked', () => {
    const conflicts = html.slice(html.indexOf('<section id="conflicts">'), html.indexOf('</section>'));
    expect(html.indexOf('<section id="conflicts">')).toBeLessThan(html.indexOf('<section id="matrix">'));
    expect(conflicts).toContain('<caption>');
    expect(conflicts).toContain('notes: an earlier report');
    expect(conflicts).toContain('Officials said <mark>12 people</mark> were killed in Varnholm on Monday.');
    expect(conflicts).toContain('Police said <mark>30 people</mark> were killed');
  });
  it('links each matrix cell to the sentence, and columns are named by source', () => {
    const matrix = html.slice(html.indexOf('<section id="matrix">'));
    expect(matrix).toMatch(/<th scope="col"><a href="#doc-2">Eastmark<\/a><\/th>/);
    expect(matrix).toMatch(/<td class="num conflict"><a href="#claim-2">30<\/a><\/td>/);
    expect(html).toMatch(/<tr id="claim-2">/);
  });
  it('shows dropped lines with their reasons, the history by date, entities per source and quotes', () => {
    expect(html).toMatch(/<td class="num"><a href="#dropped-1">1<\/a><\/td>/);
    expect(html).toMatch(/<details id="dropped-1"><summary>Harbor .*: 1 line dropped<\/summary>.*share-line.*Share &quot;&gt;&lt;img/);
    const history = html.slice(html.indexOf('<section id="history">'), html.indexOf('<section id="claims">'));
    expect(history.indexOf('2024-05-01')).toBeLessThan(history.indexOf('2024-05-02'));
    expect(html).toContain('<th scope="row">Varnholm&lt;script&gt;</th>');
    expect(html).toContain('<q>&lt;script&gt;alert(4)&lt;/script&gt;</q>');
  });
});
