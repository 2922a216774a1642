import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/figures/types.js';
import { formatMarkdownCheck, formatMarkdownReport, mdCell } from '../../src/format/markdown.js';
import type { CorpusAnalysis } from '../../src/pipeline/analyze.js';

function claim(id: string, document: string, value: number, qualifier: Claim['qualifier']): Claim {
  return { id, document, text: `${value} lives`, value, low: value, high: qualifier === 'more-than' ? null : value, qualifier, unit: null, measure: 'deaths', scope: null, attributedTo: null, start: 0, end: 5, line: 3 };
}

const analysis: CorpusAnalysis = {
  documents: [{ id: 'a.txt', source: 'Harbor | Daily', lines: 5, chars: 100 }, { id: 'b.txt', source: null, lines: 5, chars: 100 }],
  strip: [{ id: 'a.txt', text: '', lineDecisions: [{ line: 1, keep: true, reason: 'article-text' }] }, { id: 'b.txt', text: '', lineDecisions: [] }],
  entities: [{ id: 'kerry', name: 'John Kerry', type: 'person', aliases: ['John Kerry', 'Kerry'], roles: [], documents: ['a.txt'], mentions: [] }],
  quotes: [{ document: 'a.txt', kind: 'direct', speaker: 'John Kerry', speakerEntity: 'kerry', mention: 'Kerry', cue: 'said', content: 'We will | not <b>stop</b>', start: 0, end: 1, line: 2 }],
  claims: [claim('a.txt#1', 'a.txt', 70000, 'more-than'), claim('b.txt#1', 'b.txt', 80000, 'exact')],
  comparisons: [{ measure: 'deaths', scope: null, verdict: 'disagree', claims: ['a.txt#1', 'b.txt#1'], summary: '' }],
  findings: [],
};

/** Top-level tokens of a Markdown text: headings and the table after each. */
function sections(md: string): { heading: string; tables: Tokens.Table[] }[] {
  const out: { heading: string; tables: Tokens.Table[] }[] = [];
  for (const token of marked.lexer(md)) {
    if (token.type === 'heading') out.push({ heading: (token as Tokens.Heading).text, tables: [] });
    else if (token.type === 'table') out.at(-1)!.tables.push(token as Tokens.Table);
  }
  return out;
}

describe('markdown report', () => {
  const md = formatMarkdownReport({ analysis });
  it('parses as headings with one table per section', () => {
    const s = sections(md);
    expect(s.map((x) => x.heading)).toEqual(['concord report', 'Conflicts', 'Figures across sources', 'Documents', 'Entities', 'Quotes by speaker']);
    for (const x of s.slice(1)) expect(x.tables).toHaveLength(1);
  });
  it('names the conflict and columns by source, escaping pipes and HTML', () => {
    const [, conflicts, matrix] = sections(md);
    expect(conflicts!.tables[0]!.rows.map((r) => r[1]!.text)).toEqual(['**more than 70,000**', '**80,000**']);
    expect(matrix!.tables[0]!.header.map((h) => h.text)).toEqual(['Measure', 'Harbor | Daily', 'b']);
    expect(md).not.toContain('<b>');
    expect(mdCell('a | b <i>')).toBe('a \\| b &lt;i&gt;');
  });
});

describe('markdown check', () => {
  const finding = { rule: 'concord/figure-conflict', severity: 'error' as const, document: 'a.txt', line: 3, column: 1, message: 'deaths: "more than 70,000 lives" here, but b.txt says 80,000', file: 'news/a.txt', fileLine: 3, fileColumn: 1 };
  it('lists findings in a table, then what the baseline accepted and what was fixed', () => {
    const md = formatMarkdownCheck({ findings: [finding], documents: 2, accepted: 2, fixed: [{ rule: 'concord/figure-conflict', message: 'injured: 5 vs 9' }], baselineFile: 'concord-baseline.json' });
    const s = sections(md);
    expect(s.map((x) => x.heading)).toEqual(['concord check', 'Fixed since the baseline']);
    expect(s[0]!.tables[0]!.rows[0]!.map((c) => c.text)).toEqual(['`news/a.txt:3:1`', 'error', 'deaths: "more than 70,000 lives" here, but b.txt says 80,000', '`concord/figure-conflict`']);
    expect(md).toContain('**1 error**, 0 warnings in 2 documents');
    expect(md).toContain('2 findings accepted in the baseline (`concord-baseline.json`) not listed.');
    expect(s[1]!.tables[0]!.rows[0]![1]!.text).toBe('injured: 5 vs 9');
  });
  it('says so when there is nothing to report', () => {
    expect(formatMarkdownCheck({ findings: [], documents: 3 })).toBe('## concord check\n\nNo findings in 3 documents: the sources agree on every compared figure.\n');
  });
});
