import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, concord, tempFiles } from '../helpers.js';

const COMMANDS = ['strip', 'entities', 'quotes', 'figures', 'check', 'report'];
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const noStack = (s: string) => !/^\s+at /m.test(s);

describe('help and version', () => {
  it('--help lists every command and exits 0', () => {
    const r = concord(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\b${c}\\b`));
  });
  it('<command> --help shows its options', () => {
    const r = concord(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--fail-on');
    expect(r.stdout).toContain('--format');
  });
  it('--version prints the package version', () => {
    const r = concord(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

describe('exit code 2 with one clear line for bad input', () => {
  const dir = tempFiles({
    'bad.jsonl': '{"id":"a","text":"Fine."}\n{"id":"b","text":\n',
    'blob.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]),
    'empty/readme.pdf': 'not a document',
    'ok.txt': 'Officials said 12 people were hurt.',
    'bad-config.json': '{"tolerance": "lots"}',
  });
  const cases: [string, string[], RegExp][] = [
    ['missing file', ['strip', path.join(dir, 'nope.txt')], /nope\.txt: no such file or directory/],
    ['unknown option', ['strip', '--frobnicate', dir], /unknown option '--frobnicate'/],
    ['unknown format', ['entities', '--format', 'yaml', dir], /'yaml' is invalid/],
    ['bad JSONL line', ['figures', path.join(dir, 'bad.jsonl')], /bad\.jsonl line 2: invalid JSONL/],
    ['binary file', ['quotes', path.join(dir, 'blob.txt')], /blob\.txt: binary file/],
    ['directory without documents', ['report', path.join(dir, 'empty')], /empty: directory has no documents/],
    ['bad --tolerance', ['figures', '--tolerance', 'abc', path.join(dir, 'ok.txt')], /--tolerance: "abc" is not a number/],
    ['bad --fail-on', ['check', '--fail-on', 'sometimes', path.join(dir, 'ok.txt')], /--fail-on: unknown level/],
    ['invalid config', ['check', '--config', path.join(dir, 'bad-config.json'), path.join(dir, 'ok.txt')], /"tolerance" must be a number/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = concord(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(noStack(r.stderr)).toBe(true);
      expect(r.stdout).toBe('');
    });
  }
  it('empty stdin', () => {
    const r = concord(['strip', '-'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stdin: no input/);
  });
});

describe('inputs', () => {
  it('reads stdin as one document with id "stdin"', () => {
    const r = concord(['strip', '--format', 'json'], { input: 'Hello world. This is a test.\n' });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.documents.map((d: { id: string }) => d.id)).toEqual(['stdin']);
  });
  it('reads JSONL documents from stdin with --jsonl', () => {
    const input = '{"id":"a","text":"One.","source":"X"}\n{"id":"b","text":"Two."}\n';
    const j = JSON.parse(concord(['strip', '--jsonl', '--format', 'json'], { input }).stdout);
    expect(j.documents.map((d: { id: string; source: string | null }) => [d.id, d.source])).toEqual([['a', 'X'], ['b', null]]);
  });
  it('warns about a duplicate id and keeps both documents', () => {
    const dir = tempFiles({ 'a/x.txt': 'One.', 'b/x.txt': 'Two.' });
    const r = concord(['strip', '--format', 'json', path.join(dir, 'a/x.txt'), path.join(dir, 'b/x.txt')]);
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['x.txt', 'x.txt#2']);
    expect(r.stderr).toMatch(/warning: .*duplicate id "x\.txt"/);
    expect(concord(['strip', '--quiet', '--format', 'json', path.join(dir, 'a/x.txt'), path.join(dir, 'b/x.txt')]).stderr).toBe('');
  });
});

describe('output formats', () => {
  it('every command gives JSON with schemaVersion 1 and its command name', () => {
    for (const c of COMMANDS) {
      const r = concord([c, '--format', 'json', 'seeds']);
      expect([0, 1]).toContain(r.code);
      const j = JSON.parse(r.stdout);
      expect(j.schemaVersion).toBe(1);
      expect(j.command).toBe(c);
      expect(j.documents).toHaveLength(5);
      expect(j.documents[0]).toMatchObject({ id: '000_be6c14f85f8ccf46.txt', source: null, lines: 28 });
      expect(j.documents[0].chars).toBe(readFileSync(path.join(ROOT, 'seeds', '000_be6c14f85f8ccf46.txt'), 'utf8').length);
    }
  });
  it('jsonl starts with the meta record and has one document record per input', () => {
    const r = concord(['figures', '--format', 'jsonl', 'seeds']);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records[0]).toEqual({ type: 'meta', schemaVersion: 1, command: 'figures' });
    expect(records.filter((x) => x.type === 'document')).toHaveLength(5);
  });
  it('tsv has a header row', () => {
    const r = concord(['figures', '--format', 'tsv', 'seeds']);
    expect(r.stdout.split('\n')[0]).toBe('id\tdocument\tline\ttext\tvalue\tlow\thigh\tqualifier\tunit\tmeasure\tscope\tattributedTo\tstart\tend');
  });
});

describe('colour', () => {
  const ansi = /\x1b\[/;
  it('is off when stdout is not a terminal', () => {
    expect(concord(['report', 'seeds']).stdout).not.toMatch(ansi);
  });
  it('FORCE_COLOR turns it on; NO_COLOR and --no-color turn it off', () => {
    expect(concord(['report', 'seeds'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(concord(['report', 'seeds'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(concord(['report', '--no-color', 'seeds'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
  });
});

describe('config', () => {
  it('--print-config shows the effective settings, file and flags merged', () => {
    const dir = tempFiles({ 'concord.config.json': '{"tolerance": 10, "ignoreMeasures": ["money"]}', 'sub/.keep': '' });
    const r = concord(['check', '--print-config', '--fail-on', 'warning'], { cwd: path.join(dir, 'sub') });
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.stdout);
    expect(cfg).toMatchObject({ tolerance: 10, failOn: 'warning', ignoreMeasures: ['money'] });
    expect(cfg.configFile).toBe(path.join(dir, 'concord.config.json'));
  });
});

describe('filters', () => {
  it('quotes --speaker matches any alias of the speaker entity', () => {
    const all = JSON.parse(concord(['quotes', '--format', 'json', 'seeds']).stdout).quotes as { speakerEntity: string | null }[];
    const kerry = JSON.parse(concord(['quotes', '--speaker', 'Kerry', '--format', 'json', 'seeds']).stdout).quotes as { speaker: string }[];
    expect(kerry.length).toBe(all.filter((q) => q.speakerEntity === 'john-kerry').length);
    expect(kerry.length).toBeGreaterThan(5);
    expect(new Set(kerry.map((q) => q.speaker))).toEqual(new Set(['John Kerry']));
  });
  it('entities --type and --min-docs keep only what is asked', () => {
    const j = JSON.parse(concord(['entities', '--type', 'person', '--min-docs', '3', '--format', 'json', 'seeds']).stdout);
    expect(j.entities.length).toBeGreaterThan(0);
    for (const e of j.entities) {
      expect(e.type).toBe('person');
      expect(e.documents.length).toBeGreaterThanOrEqual(3);
    }
  });
});
