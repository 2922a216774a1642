import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, loadCorpus, openCorpus, type CorpusSource } from '../../src/corpus/load.js';
import { tempFiles } from '../helpers.js';

const collect = async (args: string[], opts: Parameters<typeof loadCorpus>[1] = {}) => {
  const warnings: string[] = [];
  const docs = await loadCorpus(args, { ...opts, warn: (m) => warnings.push(m) });
  return { docs, warnings };
};

describe('loadCorpus', () => {
  it('reads files, drops a BOM and names documents by file name', async () => {
    const dir = tempFiles({ 'a.txt': '\ufeffHello.\r\nWorld.', 'b.md': '# Title' });
    const { docs } = await collect([path.join(dir, 'a.txt'), path.join(dir, 'b.md')]);
    expect(docs.map((d) => d.id)).toEqual(['a.txt', 'b.md']);
    expect(docs[0]!.text).toBe('Hello.\r\nWorld.');
  });

  it('walks directories for document extensions only, sorted', async () => {
    const dir = tempFiles({ 'z.txt': 'z', 'sub/a.text': 'a', 'notes.pdf': 'x', 'c.jsonl': '{"id":"j1","text":"J","source":"S"}\n' });
    const { docs } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['j1', 'a.text', 'z.txt']);
    expect(docs[0]!.source).toBe('S');
  });

  it('expands glob patterns', async () => {
    const dir = tempFiles({ 'x1.txt': '1', 'x2.txt': '2', 'y.txt': '3' });
    const { docs } = await collect([path.join(dir, 'x*.txt')]);
    expect(docs.map((d) => d.id)).toEqual(['x1.txt', 'x2.txt']);
  });

  it('renames repeated ids with #2 and warns', async () => {
    const dir = tempFiles({ 'a/same.txt': 'one', 'b/same.txt': 'two' });
    const { docs, warnings } = await collect([path.join(dir, 'a/same.txt'), path.join(dir, 'b/same.txt')]);
    expect(docs.map((d) => d.id)).toEqual(['same.txt', 'same.txt#2']);
    expect(warnings[0]).toMatch(/duplicate id/);
  });

  it('reads one stdin document with id "stdin", or JSONL with --jsonl', async () => {
    const plain = await collect(['-'], { stdin: Readable.from([Buffer.from('Piped text.')]) });
    expect(plain.docs).toEqual([{ id: 'stdin', source: null, text: 'Piped text.', origin: 'stdin' }]);
    const jsonl = await collect([], { stdin: Readable.from(['{"id":"a","text":"A"}\n{"id":"b","text":"B"}\n']), jsonlStdin: true });
    expect(jsonl.docs.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('rejects what cannot be read, naming the input', async () => {
    const dir = tempFiles({ 'bad.jsonl': '{"id":"a","text":"ok"}\n{"id": 3,\n', 'bin.txt': Buffer.from([0x7f, 0x45, 0, 1, 2]), 'empty/.keep': '' });
    await expect(collect([path.join(dir, 'missing.txt')])).rejects.toThrow(/missing\.txt: no such file/);
    await expect(collect([path.join(dir, 'bad.jsonl')])).rejects.toThrow(/bad\.jsonl line 2: invalid JSONL/);
    await expect(collect([path.join(dir, 'bin.txt')])).rejects.toThrow(/binary/);
    await expect(collect([path.join(dir, 'empty')])).rejects.toThrow(/no documents/);
    await expect(collect([path.join(dir, 'nomatch-*.txt')])).rejects.toThrow(/no files match/);
    await expect(collect(['-'], { stdin: Readable.from([]) })).rejects.toBeInstanceOf(InputError);
  });

  it('skips a binary file met inside a directory with a warning', async () => {
    const dir = tempFiles({ 'ok.txt': 'Fine.', 'blob.txt': Buffer.from([0, 1, 2, 3]) });
    const { docs, warnings } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['ok.txt']);
    expect(warnings.join('\n')).toMatch(/blob\.txt: skipped \(binary/);
  });

  it('decodes invalid UTF-8 as Windows-1252 with a warning', async () => {
    const dir = tempFiles({ 'latin.txt': Buffer.from('Caf\xe9 Jos\xe9', 'latin1') });
    const { docs, warnings } = await collect([path.join(dir, 'latin.txt')]);
    expect(docs[0]!.text).toBe('Caf\u00e9 Jos\u00e9');
    expect(warnings[0]).toMatch(/not valid UTF-8/);
  });
});

describe('openCorpus', () => {
  const ids = async (source: CorpusSource, stopAfter = Infinity) => {
    const out: string[] = [];
    for await (const d of source.documents()) {
      out.push(d.id);
      if (out.length >= stopAfter) break;
    }
    return out;
  };

  it('gives every document again on a second pass, with warnings on the first pass only', async () => {
    const dir = tempFiles({ 'a.jsonl': '{"id":"x","text":"one"}\n{"id":"x","text":"two"}\n', 'b.txt': 'three' });
    const warnings: string[] = [];
    const source = await openCorpus([path.join(dir, 'a.jsonl'), path.join(dir, 'b.txt')], { warn: (m) => warnings.push(m) });
    expect(await ids(source)).toEqual(['x', 'x#2', 'b.txt']);
    expect(await ids(source)).toEqual(['x', 'x#2', 'b.txt']);
    expect(warnings).toHaveLength(1);
  });

  it('reads the inputs again when the first pass stopped early', async () => {
    const dir = tempFiles({ 'a.txt': 'one', 'b.txt': 'two', 'c.txt': 'three' });
    const source = await openCorpus([dir]);
    expect(await ids(source, 1)).toEqual(['a.txt']);
    expect(await ids(source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});
