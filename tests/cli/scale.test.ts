import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, concord, tempFiles } from '../helpers.js';

const seedFiles = readdirSync(path.join(ROOT, 'seeds')).sort().map((f) => path.join('seeds', f));

describe('--merge of shard outputs', () => {
  it('gives the comparisons and findings of a single run over all texts', () => {
    const dir = tempFiles({});
    const shardA = path.join(dir, 'a.jsonl');
    const shardB = path.join(dir, 'b.jsonl');
    writeFileSync(shardA, concord(['figures', '--format', 'jsonl', ...seedFiles.slice(0, 2)]).stdout);
    writeFileSync(shardB, concord(['figures', '--format', 'jsonl', ...seedFiles.slice(2)]).stdout);

    const single = JSON.parse(concord(['check', '--format', 'json', ...seedFiles]).stdout);
    const merged = concord(['check', '--format', 'json', '--merge', shardA, shardB]);
    const m = JSON.parse(merged.stdout);
    expect(merged.code).toBe(single.findings.some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
    expect(m.documents.map((d: { id: string }) => d.id)).toEqual(single.documents.map((d: { id: string }) => d.id));
    expect(m.claims).toEqual(single.claims);
    expect(m.comparisons).toEqual(single.comparisons);
    expect(m.findings).toEqual(single.findings);
    expect(single.comparisons.length).toBeGreaterThan(0);
  });

  it('rejects a file that is not concord jsonl output', () => {
    const dir = tempFiles({ 'x.jsonl': '{"id":"a","text":"not claims"}\n' });
    const r = concord(['figures', '--merge', path.join(dir, 'x.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.jsonl: no meta record/);
  });
});

describe('--jobs', () => {
  it('gives output identical to a single thread, in input order', () => {
    // Workers start from 100 kB of text per worker here (CONCORD_MIN_CHARS_PER_WORKER) instead of several MB;
    // --jobs 3 is this thread and two workers.
    const texts = seedFiles.map((f) => readFileSync(path.join(ROOT, f), 'utf8'));
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) texts.forEach((text, k) => lines.push(JSON.stringify({ id: `doc-${i}-${k}`, text, source: `outlet-${k}` })));
    const dir = tempFiles({ 'big.jsonl': lines.join('\n') + '\n' });
    const env = { CONCORD_MIN_CHARS_PER_WORKER: '100000' };
    // jsonl streams records as documents are done, which workers may finish out of order.
    for (const format of ['json', 'jsonl']) {
      const args = ['report', '--format', format, '--keep-boilerplate', path.join(dir, 'big.jsonl')];
      const one = concord([...args, '--jobs', '1'], { env });
      const three = concord([...args, '--jobs', '3'], { env });
      expect(one.code).toBe(0);
      expect(three.stdout).toBe(one.stdout);
      if (format === 'json') expect(JSON.parse(one.stdout).documents[149].id).toBe('doc-29-4');
    }
  });
});

describe('compacted results of a large corpus', () => {
  it('give the same output as the results kept whole', () => {
    // Results are compacted from several MB of text (entity mentions as columns; for figures and check only
    // the quotes that attribute a claim); CONCORD_COMPACT_FROM_CHARS=0 compacts the seeds' too.
    const env = { CONCORD_COMPACT_FROM_CHARS: '0' };
    for (const args of [
      ['report', '--format', 'json', '--explain', ...seedFiles],
      ['check', '--format', 'json', ...seedFiles],
      ['figures', '--format', 'json', '--explain', ...seedFiles],
      ['figures', '--format', 'jsonl', ...seedFiles],
      ['entities', '--format', 'json', '--explain', '--demonyms', ...seedFiles],
      ['quotes', '--format', 'json', ...seedFiles],
    ]) {
      const whole = concord(args);
      const compacted = concord(args, { env });
      expect(whole.code).toBeLessThan(2);
      expect(compacted.stdout, args.join(' ')).toBe(whole.stdout);
      expect(compacted.code).toBe(whole.code);
    }
  });
});
