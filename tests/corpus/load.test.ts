import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, loadCorpus, openCorpus, type CorpusSource } from '../../src/corpus/load.js';
import type { Document } from '../../src/corpus/types.js';
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

  it('walks directories for document extensions only, sorted, deeper files named by their relative path', async () => {
    const dir = tempFiles({ 'z.txt': 'z', 'sub/a.text': 'a', 'notes.pdf': 'x', 'c.jsonl': '{"id":"j1","text":"J","source":"S"}\n' });
    const { docs } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['j1', 'sub/a.text', 'z.txt']);
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

  it('replaces only the invalid UTF-8 bytes, with a warning naming the file', async () => {
    const bytes = Buffer.concat([Buffer.from('\u201cWe will\u201d, Caf'), Buffer.from([0xe9]), Buffer.from(' said.')]);
    const dir = tempFiles({ 'mixed.txt': bytes });
    const { docs, warnings } = await collect([path.join(dir, 'mixed.txt')]);
    expect(docs[0]!.text).toBe('\u201cWe will\u201d, Caf\ufffd said.');
    expect(warnings[0]).toMatch(/mixed\.txt: 1 invalid UTF-8 byte sequence replaced with U\+FFFD/);
  });

  it('decodes UTF-16 with a byte-order mark, and JSONL with a UTF-8 BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Twelve \u201cwords\u201d.', 'utf16le')]);
    const be = Buffer.from(Buffer.concat([Buffer.from('\ufeffBig end.', 'utf16le')])).swap16();
    const dir = tempFiles({ 'le.txt': le, 'be.txt': be, 'bom.jsonl': '\ufeff{"id":"a","text":"A"}\n' });
    const { docs } = await collect([path.join(dir, 'le.txt'), path.join(dir, 'be.txt'), path.join(dir, 'bom.jsonl')]);
    expect(docs.map((d) => d.text)).toEqual(['Twelve \u201cwords\u201d.', 'Big end.', 'A']);
  });

  it('warns about invalid UTF-8 in JSONL, naming the first line', async () => {
    const dir = tempFiles({ 'x.jsonl': Buffer.concat([Buffer.from('{"id":"a","text":"ok"}\n{"id":"b","text":"b'), Buffer.from([0xff]), Buffer.from('d"}\n')]) });
    const { docs, warnings } = await collect([path.join(dir, 'x.jsonl')]);
    expect(docs[1]!.text).toBe('b\ufffdd');
    expect(warnings.join('\n')).toMatch(/x\.jsonl: invalid UTF-8 bytes on 1 line \(first: line 2\)/);
  });

  it('skips node_modules, .git, hidden and .gitignore\'d files; a link loop is walked once', async () => {
    const dir = tempFiles({
      'a.txt': 'A',
      'deep/b.txt': 'B',
      'deep/build/c.txt': 'C',
      'deep/keep.log.txt': 'K',
      'node_modules/pkg/README.md': 'N',
      '.git/notes.txt': 'G',
      '.hidden.txt': 'H',
      '.gitignore': 'build/\n*.log.txt\n',
      'deep/.gitignore': '!keep.log.txt\n',
    });
    symlinkSync('..', path.join(dir, 'deep', 'up'));
    symlinkSync('.', path.join(dir, 'self'));
    const { docs } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['a.txt', 'deep/b.txt', 'deep/keep.log.txt']);
  });

  it('refuses devices, and documents over --max-doc-size, naming them', async () => {
    await expect(collect(['/dev/zero'])).rejects.toThrow(/\/dev\/zero: a character device, not a document/);
    const dir = tempFiles({ 'big.txt': 'x'.repeat(2000), 'big.jsonl': `{"id":"a","text":"${'y'.repeat(2000)}"}\n` });
    await expect(collect([path.join(dir, 'big.txt')], { maxDocBytes: 1000 })).rejects.toThrow(/big\.txt: document larger than --max-doc-size/);
    await expect(collect([path.join(dir, 'big.jsonl')], { maxDocBytes: 1000 })).rejects.toThrow(/big\.jsonl line 1: document larger/);
    // Reading stops at the limit: an endless stream ends with the error.
    const endless = Readable.from((function* () { for (;;) yield Buffer.alloc(65536, 0x61); })());
    await expect(collect(['-'], { stdin: endless, maxDocBytes: 1 << 20 })).rejects.toThrow(/stdin: document larger/);
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

  it('spools stdin past the kept size to a temporary file and reads it back on the second pass', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Text \u201c${i}\u201d ${'x'.repeat(100)}`, source: 's' }));
    const stdin = Readable.from([Buffer.from(lines.join('\n') + '\n')]);
    const source = await openCorpus([], { stdin, jsonlStdin: true, keepChars: 1000 });
    const first: Document[] = [];
    for await (const d of source.documents()) first.push(d);
    const second: Document[] = [];
    for await (const d of source.documents()) second.push(d);
    expect(first).toHaveLength(50);
    expect(second).toEqual(first);
    expect(readdirSync(tmpdir()).some((f) => f.startsWith('concord-') && existsSync(path.join(tmpdir(), f, 'stdin.jsonl')))).toBe(false);
  });

  it('reads the inputs again when the first pass stopped early', async () => {
    const dir = tempFiles({ 'a.txt': 'one', 'b.txt': 'two', 'c.txt': 'three' });
    const source = await openCorpus([dir]);
    expect(await ids(source, 1)).toEqual(['a.txt']);
    expect(await ids(source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});
