import { describe, expect, it } from 'vitest';
import { formatGithub, formatSarif, type LocatedFinding } from '../../src/format/findings.js';
import { formatJson, jsonlMeta, jsonlRecord, streamedJsonArray } from '../../src/format/json.js';
import { formatTsv, tsvCell } from '../../src/format/tsv.js';
import { makeStyle } from '../../src/format/style.js';
import { formatClaimsMatrix, formatClaimsTable } from '../../src/format/text/figures.js';
import type { Claim, Comparison } from '../../src/figures/types.js';

const finding: LocatedFinding = {
  rule: 'concord/figure-conflict',
  severity: 'error',
  document: 'a.txt',
  line: 3,
  column: 5,
  message: 'deaths: a.txt says 70,000%; b.txt says 80,000\nsecond line',
  file: 'news/a,b:c.txt',
  fileLine: 3,
  fileColumn: 5,
};

describe('github annotations', () => {
  it('escape properties and data as GitHub documents', () => {
    expect(formatGithub([finding])).toBe(
      '::error file=news/a%2Cb%3Ac.txt,line=3,col=5,title=concord/figure-conflict::deaths: a.txt says 70,000%25; b.txt says 80,000%0Asecond line\n',
    );
  });
  it('map warnings and notes to their commands', () => {
    const out = formatGithub([{ ...finding, severity: 'warning' }, { ...finding, severity: 'note' }]);
    expect(out.split('\n')[0]).toMatch(/^::warning /);
    expect(out.split('\n')[1]).toMatch(/^::notice /);
  });
});

describe('sarif', () => {
  it('is a SARIF 2.1.0 log with rules and located results', () => {
    const log = JSON.parse(formatSarif([finding], [{ id: 'concord/figure-conflict', severity: 'error', description: 'Figures differ.' }], '1.2.3'));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'concord', version: '1.2.3' });
    expect(run.tool.driver.rules[0]).toMatchObject({ id: 'concord/figure-conflict', defaultConfiguration: { level: 'error' } });
    expect(run.results[0]).toMatchObject({
      ruleId: 'concord/figure-conflict',
      ruleIndex: 0,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'news/a%2Cb%3Ac.txt' }, region: { startLine: 3, startColumn: 5 } } }],
    });
  });
});

describe('json and jsonl', () => {
  it('puts schemaVersion and command first', () => {
    expect(Object.keys(JSON.parse(formatJson('entities', { documents: [], entities: [] })))).toEqual(['schemaVersion', 'command', 'documents', 'entities']);
  });
  it('writes one record per line with its type', () => {
    expect(jsonlMeta('quotes')).toBe('{"type":"meta","schemaVersion":1,"command":"quotes"}\n');
    expect(jsonlRecord('claim', { id: 'a#1' })).toBe('{"type":"claim","id":"a#1"}\n');
  });
});

describe('tsv', () => {
  it('escapes tabs and line breaks and joins arrays', () => {
    expect(tsvCell('a\tb\nc\\d')).toBe('a\\tb\\nc\\\\d');
    expect(tsvCell([15, 3])).toBe('15-3');
    expect(tsvCell(['Kerry', 'John Kerry'])).toBe('Kerry; John Kerry');
    expect(tsvCell(null)).toBe('');
    expect(formatTsv([{ name: 'x', get: (r: { x: number }) => r.x }], [{ x: 1 }, { x: 2 }])).toBe('x\n1\n2\n');
  });
});

describe('claims matrix', () => {
  const claim = (id: string, document: string, value: number, qualifier: Claim['qualifier']): Claim => ({
    id, document, text: `${value} deaths`, value, low: value, high: qualifier === 'more-than' ? null : value, qualifier,
    unit: null, measure: 'deaths', scope: null, attributedTo: null, start: 0, end: 5, line: 1,
  });
  const doc = (id: string, source: string | null) => ({ id, source, lines: 1, chars: 10 });
  it('puts each document in a column named by its source, marks a conflict and explains the symbols', () => {
    const claims = [claim('a#1', 'a', 70000, 'more-than'), claim('b#1', 'b', 80000, 'exact')];
    const cmp: Comparison = { measure: 'deaths', scope: null, verdict: 'disagree', claims: ['a#1', 'b#1'], summary: 'a says more than 70,000; b says 80,000' };
    const out = formatClaimsMatrix([cmp], claims, [doc('a', 'Harbor Daily'), doc('b', null), doc('c.txt', null)], makeStyle(false));
    const head = out.split('\n')[1]!;
    expect(head).toMatch(/measure\s+│ Harbor Daily\s+│ b\s+│ c\s+│/);
    expect(out).toContain('\u2260 deaths');
    expect(out).toContain('>70,000');
    expect(out).toContain('80,000');
    // The document without figures keeps its column, with the "no figure" mark.
    expect(out.split('\n')[3]).toMatch(/│ \u00b7\s+│$/);
    expect(out).toContain('\u2265 at least');
    expect(out).toContain('\u00b7 the document gives no figure for this measure');
    expect(out).not.toMatch(/\x1b\[/);
  });
});

describe('claims matrix of many documents', () => {
  it('lists each figure with the documents that give it, and names the others', () => {
    const docs = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}.txt`, source: null, lines: 1, chars: 1 }));
    const claims: Claim[] = docs.slice(0, 10).map((d, i) => ({
      id: `${d.id}#1`, document: d.id, text: 'x', value: i < 9 ? 80000 : 70000, low: null, high: null, qualifier: 'exact',
      unit: null, measure: 'deaths', scope: null, attributedTo: null, start: 0, end: 1, line: 1,
    }));
    const cmp: Comparison = { measure: 'deaths', scope: null, verdict: 'disagree', claims: claims.map((q) => q.id), summary: '' };
    const out = formatClaimsMatrix([cmp], claims, docs, makeStyle(false));
    expect(out).toMatch(/│ \u2260 deaths\s+│ 80,000\s+│ d0, d1, d2, d3, d4, d5, d6, d7, d8\s+│/);
    expect(out).toMatch(/│\s+│ 70,000\s+│ d9\s+│/);
    expect(out).toContain('Documents without compared figures: d10, d11');
  });
});

describe('claims table', () => {
  it('keeps vote tallies out of the table, listed apart', () => {
    const count: Claim = { id: 'a#1', document: 'a', text: '80,000 people', value: 80000, low: 80000, high: 80000, qualifier: 'exact', unit: null, measure: 'deaths', scope: null, attributedTo: null, start: 0, end: 5, line: 2 };
    const tally: Claim = { ...count, id: 'a#2', text: '15-3', value: [15, 3], low: null, high: null, unit: 'tally', measure: 'vote', line: 35 };
    const out = formatClaimsTable([count, tally], makeStyle(false));
    const [table, apart] = out.split('Vote tallies and scores');
    expect(table).toContain('80,000');
    expect(table).not.toContain('15-3');
    expect(apart).toBe(' (not counts; never compared as amounts)\n  a:35 \u201c15-3\u201d (vote)\n');
  });
});

describe('json in chunks', () => {
  const body = {
    documents: [{ id: 'a', source: null, lines: 2, chars: 10 }],
    empty: [],
    figures: { claims: [{ value: [15, 3], low: null, text: 'a "15-3" vote\n' }], comparisons: [] },
    missing: undefined,
  };
  it('is the same JSON value', () => {
    expect(JSON.parse(formatJson('report', body))).toEqual(JSON.parse(JSON.stringify({ schemaVersion: 1, command: 'report', ...body })));
  });
  it('puts one record per line', () => {
    expect(formatJson('report', body)).toBe(
      [
        '{',
        '  "schemaVersion": 1,',
        '  "command": "report",',
        '  "documents": [',
        '    {"id":"a","source":null,"lines":2,"chars":10}',
        '  ],',
        '  "empty": [],',
        '  "figures": {',
        '    "claims": [',
        '      {"value":[15,3],"low":null,"text":"a \\"15-3\\" vote\\n"}',
        '    ],',
        '    "comparisons": []',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('streamed json array', () => {
  it('writes what formatJson writes for the whole array', () => {
    for (const records of [[], [{ id: 'a', lineDecisions: [{ line: 1, keep: true }] }, { id: 'b' }]]) {
      const s = streamedJsonArray('strip', 'documents');
      expect(s.open() + records.map((r) => s.item(r)).join('') + s.close()).toBe(formatJson('strip', { documents: records }));
    }
  });
});
