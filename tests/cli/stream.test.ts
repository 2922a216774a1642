import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/output.js';
import { FLOOD_REPORTS } from '../fixtures/flood-reports.js';
import { concord, tempFiles } from '../helpers.js';

const FILES = FLOOD_REPORTS;

const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; id?: string; document?: string });

describe('jsonl streams claim records', () => {
  const dir = tempFiles(FILES);
  const inputs = Object.keys(FILES).map((f) => path.join(dir, f));

  for (const cmd of ['figures', 'check', 'report']) {
    it(`${cmd}: each document's final claims follow its record; the held claim comes after the documents, before the comparisons`, () => {
      const r = concord([cmd, '--format', 'jsonl', ...(cmd === 'check' ? [] : ['--explain']), ...inputs]);
      expect(r.code).toBeLessThan(2);
      const recs = records(r.stdout);
      const order = recs.filter((x) => x.type === 'document' || x.type === 'claim').map((x) => `${x.type} ${x.id}`);
      expect(order).toEqual([
        'document a.txt', 'claim a.txt#1', 'claim a.txt#2',
        'document b.txt', 'claim b.txt#2',
        'document c.txt', 'claim c.txt#1',
        'claim b.txt#1',
      ]);
      const lastDocument = recs.findLastIndex((x) => x.type === 'document');
      const held = recs.findIndex((x) => x.id === 'b.txt#1');
      const firstComparison = recs.findIndex((x) => x.type === 'comparison');
      expect(recs.find((x) => x.id === 'b.txt#1')).toMatchObject({ attributedTo: 'Maria Lindqvist' });
      expect(held).toBeGreaterThan(lastDocument);
      expect(firstComparison).toBeGreaterThan(held);
      if (cmd === 'report') expect(recs.findIndex((x) => x.type === 'quote')).toBeLessThan(held);
    });
  }

  it('writes the same claim records as the json output, and the same lines for any --jobs', () => {
    for (const cmd of ['figures', 'check', 'report']) {
      const jsonl = concord([cmd, '--format', 'jsonl', ...inputs]);
      const json = JSON.parse(concord([cmd, '--format', 'json', ...inputs]).stdout);
      const claims = (cmd === 'report' ? json.figures.claims : json.claims) as object[];
      const streamed = jsonl.stdout.split('\n').filter((l) => l.startsWith('{"type":"claim"'));
      expect(streamed.sort()).toEqual(claims.map((c) => JSON.stringify({ type: 'claim', ...c })).sort());
      expect(streamed).toHaveLength(5);
      // Workers from 10 characters of text each: documents may be done out of order, records may not.
      const two = concord([cmd, '--format', 'jsonl', '--jobs', '3', ...inputs], { env: { CONCORD_MIN_CHARS_PER_WORKER: '10' } });
      expect(two.stdout).toBe(jsonl.stdout);
    }
  });

  it('--merge of streamed shards gives the claims in the order of a single run', () => {
    const shard = path.join(dir, 'shard.jsonl');
    writeFileSync(shard, concord(['figures', '--format', 'jsonl', ...inputs]).stdout);
    const merged = JSON.parse(concord(['figures', '--format', 'json', '--merge', shard]).stdout);
    const single = JSON.parse(concord(['figures', '--format', 'json', ...inputs]).stdout);
    expect(merged.claims.map((c: { id: string }) => c.id)).toEqual(['a.txt#1', 'a.txt#2', 'b.txt#1', 'b.txt#2', 'c.txt#1']);
    expect(merged.claims).toEqual(single.claims);
    expect(merged.comparisons).toEqual(single.comparisons);
  });
});

describe('output back-pressure', () => {
  it('drained() waits while the stream buffer is full and returns nothing when it is not', async () => {
    let finish: (() => void) | null = null;
    const sink = new Writable({ highWaterMark: 4, write: (_chunk, _enc, cb) => void (finish = cb) });
    const out = new Output(sink, new Writable({ write: (_c, _e, cb) => cb() }));
    expect(out.drained()).toBeUndefined();
    out.write('ten chars!');
    const waiting = out.drained();
    expect(waiting).toBeInstanceOf(Promise);
    let settled = false;
    void waiting!.then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    finish!();
    await waiting;
    expect(settled).toBe(true);
    expect(out.drained()).toBeUndefined();
  });
});
