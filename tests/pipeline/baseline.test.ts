import { describe, expect, it } from 'vitest';
import type { Claim, Comparison, Finding } from '../../src/figures/types.js';
import { applyBaseline, baselineFor, fingerprintFindings, parseBaseline } from '../../src/pipeline/baseline.js';

const claim = (id: string, document: string, value: number, line: number, qualifier: Claim['qualifier'] = 'exact'): Claim => ({
  id, document, text: `${value} people`, value, low: value, high: qualifier === 'more-than' ? null : value, qualifier, unit: null,
  measure: 'deaths', scope: 'Varnholm', attributedTo: null, start: 0, end: 1, line, column: 4,
});
const finding = (c: Claim): Finding => ({ rule: 'concord/figure-conflict', severity: 'error', document: c.document, line: c.line, column: 4, message: `deaths: ${c.value} at line ${c.line}` });
const docs = [{ id: 'a.txt', source: 'Harbor', lines: 9, chars: 9 }, { id: 'b.txt', source: null, lines: 9, chars: 9 }];

function fingerprint(claims: Claim[], flagged: Claim): string {
  const cmp: Comparison = { measure: 'deaths', scope: 'Varnholm', verdict: 'disagree', claims: claims.map((c) => c.id), summary: '' };
  return fingerprintFindings([finding(flagged)], claims, [cmp], docs)[0]!.fingerprint;
}

describe('finding fingerprints', () => {
  const a = claim('a.txt#1', 'a.txt', 12, 3, 'more-than');
  const b = claim('b.txt#1', 'b.txt', 30, 5);
  const base = fingerprint([a, b], a);
  it('leave out lines, wording and order', () => {
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprint([b, a], a)).toBe(base);
    expect(fingerprint([{ ...a, line: 40, text: 'over 12 dead' }, { ...b, line: 1 }], { ...a, line: 40 })).toBe(base);
  });
  it('change with a figure, a qualifier, a source or the flagged claim', () => {
    expect(fingerprint([a, { ...b, value: 31, low: 31, high: 31 }], a)).not.toBe(base);
    expect(fingerprint([{ ...a, qualifier: 'exact', high: 12 }, b], { ...a, qualifier: 'exact', high: 12 })).not.toBe(base);
    expect(fingerprint([a, b], b)).not.toBe(base);
    expect(fingerprint([a, b, claim('c.txt#1', 'c.txt', 30, 2)], a)).not.toBe(base);
  });
});

describe('baseline', () => {
  const f = (fingerprint: string, message = fingerprint) => ({ rule: 'r', severity: 'error' as const, document: 'd', line: 1, column: 1, message, fingerprint });
  it('splits findings into fresh and accepted, and names the fixed ones', () => {
    const file = baselineFor([f('b'), f('a'), f('a')]);
    expect(file.findings.map((e) => e.fingerprint)).toEqual(['a', 'b']);
    const out = applyBaseline([f('a'), f('c')], parseBaseline(JSON.stringify(file)).findings);
    expect(out.fresh.map((x) => x.fingerprint)).toEqual(['c']);
    expect(out.accepted.map((x) => x.fingerprint)).toEqual(['a']);
    expect(out.fixed.map((x) => x.fingerprint)).toEqual(['b']);
  });
  it('refuses what is not a baseline', () => {
    expect(() => parseBaseline('[]')).toThrow(/not a concord baseline/);
    expect(() => parseBaseline('{"schemaVersion": 2, "findings": []}')).toThrow(/schemaVersion 2/);
    expect(() => parseBaseline('{"schemaVersion": 1, "findings": [{}]}')).toThrow(/without "fingerprint"/);
  });
});
