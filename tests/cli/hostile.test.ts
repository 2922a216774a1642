import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, concord, tempFiles } from '../helpers.js';

// One case per way hostile or careless input used to lose files, hang, or grow super-linearly. Sizes are
// small; linearity is asserted as a ratio between two sizes in the same test (output bytes, claims),
// never as a wall-clock limit.

const SEEDS = path.join(ROOT, 'seeds');
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedCopy = (): string => tempFiles(Object.fromEntries(seedNames.map((f) => [f, readFileSync(path.join(SEEDS, f))])));
const hashDir = (d: string) =>
  readdirSync(d)
    .sort()
    .map((f) => `${f}:${createHash('sha256').update(readFileSync(path.join(d, f))).digest('hex')}`)
    .join('\n');
/** One clear line: no raw errno (`EISDIR:`), no stack, no Node internals. */
const clearError = (stderr: string) => {
  expect(stderr).not.toMatch(/\bE[A-Z]{3,}:|\n\s+at |node:internal/);
  expect(stderr.trim().split('\n')).toHaveLength(1);
};

describe('nothing lost', () => {
  it('strip --out-dir naming the input folder is refused before anything is written', () => {
    const dir = seedCopy();
    const before = hashDir(dir);
    const r = concord(['strip', '--out-dir', dir, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out-dir: .* is or overlaps the input folder/);
    clearError(r.stderr);
    expect(hashDir(dir)).toBe(before);
  });

  it('strip --out-dir inside the input folder needs --force, and never overwrites an input', () => {
    const dir = seedCopy();
    const out = path.join(dir, 'stripped');
    expect(concord(['strip', '--out-dir', out, dir]).code).toBe(2);
    const forced = concord(['strip', '--force', '--out-dir', out, dir]);
    expect(forced.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(seedNames.length);
    // Output folder = the folder of an input file: refused even with --force (the names would collide).
    const file = path.join(dir, seedNames[0]!);
    const before = readFileSync(file, 'utf8');
    const over = concord(['strip', '--force', '--out-dir', dir, file]);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/would overwrite an input/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--out-dir naming a file: one clear line', () => {
    const dir = tempFiles({ 'plain-file': 'x' });
    const r = concord(['strip', '--out-dir', path.join(dir, 'plain-file'), SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plain-file exists and is not a folder/);
    clearError(r.stderr);
  });

  it('an over-long JSONL id gets a shortened output file name', () => {
    const dir = tempFiles({ 'long.jsonl': `${JSON.stringify({ id: 'x'.repeat(400), text: 'Officials said 12 people were killed in the attack on Monday.' })}\n` });
    const out = path.join(dir, 'out');
    const r = concord(['strip', '--out-dir', out, path.join(dir, 'long.jsonl')]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)[0]!.length).toBeLessThanOrEqual(120);
  });
});

describe('results that cannot be written', () => {
  // /dev/full accepts the open and fails every write with ENOSPC: a full disk, reproducible.
  const full = existsSync('/dev/full');
  it.skipIf(!full)('a full device for stdout or --out is one clear line and exit 2, not a stack trace', () => {
    for (const [args, target] of [
      [['check', SEEDS], 'standard output'],
      [['figures', '--format', 'jsonl', SEEDS], 'standard output'],
      [['report', '--out', '/dev/full', SEEDS], '/dev/full'],
    ] as const) {
      const out = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'concord'), ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
      closeSync(out);
      expect(r.status).toBe(2);
      clearError(r.stderr);
      expect(r.stderr).toContain(`cannot write the results: ${target}: no space left on the device`);
    }
  });
});

describe('nothing hangs', () => {
  it('a directory with symlink loops is walked once', () => {
    const dir = tempFiles({ 'a.txt': readFileSync(path.join(SEEDS, seedNames[0]!)) });
    symlinkSync('..', path.join(dir, 'up'));
    symlinkSync('.', path.join(dir, 'self'));
    const r = concord(['figures', '--format', 'json', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['a.txt']);
  });

  it('character devices are refused, naming them', () => {
    const r = concord(['figures', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: a character device, not a document/);
    clearError(r.stderr);
  });

  it('a document over --max-doc-size is an error naming it; reading stops at the limit', () => {
    const dir = tempFiles({ 'big.txt': 'Officials said 12 people were killed. '.repeat(100) });
    const r = concord(['figures', '--max-doc-size', '1K', path.join(dir, 'big.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.txt: document larger than --max-doc-size \(1024 bytes\)/);
    clearError(r.stderr);
    const piped = concord(['figures', '--max-doc-size', '1000'], { input: 'y'.repeat(5000) });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toMatch(/^concord: stdin: document larger/);
  });
});

describe('a gate that cannot be silenced', () => {
  it('check still exits 1 on the seeds with a line of 200 numbers appended to one of them', () => {
    const dir = seedCopy();
    const first = path.join(dir, seedNames[0]!);
    writeFileSync(first, `${readFileSync(first, 'utf8')}\nScores: ${Array(200).fill('1').join(', ')}.\n`);
    const r = concord(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/70,000/);
  });

  it('check warns about a document whose prose has numbers but gives no claim; --explain says so', () => {
    const dir = tempFiles({ 'drop.txt': 'Subscribe to our newsletter for 12 great stories delivered every single week.\nShare this\n' });
    const doc = path.join(dir, 'drop.txt');
    const r = concord(['check', doc, SEEDS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/drop\.txt: no figures compared although 1 line of prose holds numbers \(every line with a figure was dropped as boilerplate\)/);
    expect(concord(['strip', '--explain', doc]).stdout).toMatch(/figures-all-dropped: all 1 line with figures dropped/);
  });
});

describe('inputs read rightly', () => {
  it('invalid UTF-8 bytes are replaced one by one, curly quotes kept, with a warning', () => {
    const dir = tempFiles({ 'mixed.txt': Buffer.concat([Buffer.from('The mayor said: \u201cWe will rebuild, whatever it costs caf'), Buffer.from([0xe9]), Buffer.from('s.\u201d\n')]) });
    const r = concord(['quotes', '--keep-boilerplate', '--format', 'json', path.join(dir, 'mixed.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/mixed\.txt: 1 invalid UTF-8 byte sequence replaced with U\+FFFD/);
    expect(JSON.parse(r.stdout).quotes[0]).toMatchObject({ kind: 'direct', content: 'We will rebuild, whatever it costs caf\ufffds.' });
  });

  it('JSONL with a UTF-8 BOM and UTF-16 text with a BOM are read', () => {
    const text = 'Officials said 12 people were killed in the attack on Monday.';
    const dir = tempFiles({
      'bom.jsonl': `\ufeff${JSON.stringify({ id: 'a', text })}\n`,
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}\n`, 'utf16le')]),
    });
    for (const f of ['bom.jsonl', 'le.txt']) {
      const r = concord(['figures', '--keep-boilerplate', '--format', 'json', path.join(dir, f)]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).claims.map((c: { value: number }) => c.value)).toEqual([12]);
    }
  });

  it('a walk skips node_modules/, .git/ and .gitignore, and names deeper files by relative path', () => {
    const seed = readFileSync(path.join(SEEDS, seedNames[0]!), 'utf8');
    const dir = tempFiles({
      'a/x.txt': seed,
      'b/x.txt': seed,
      'top.txt': seed,
      'drafts/old.txt': seed,
      '.gitignore': 'drafts/\n',
      'node_modules/pkg/README.md': 'A package readme with 12 examples.',
      '.git/notes.txt': 'Nothing to read here: 7 objects.',
    });
    const r = concord(['figures', '--format', 'json', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['a/x.txt', 'b/x.txt', 'top.txt']);
    expect(r.stderr).not.toMatch(/duplicate id/);
  });

  it('check --merge with a directory: one clear line', () => {
    const dir = tempFiles({ 'shard.jsonl': '{"type":"meta","schemaVersion":1,"command":"figures"}\n' });
    const r = concord(['check', '--merge', path.join(dir, 'shard.jsonl'), SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/seeds: a directory; --merge takes only shard files/);
    clearError(r.stderr);
  });
});

describe('linear growth (ratios of two sizes in one test)', () => {
  const claimsOf = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('{"type":"claim"')).length;

  it('figures output for a list of n equal figures grows linearly with n', () => {
    const dir = tempFiles({
      'n.txt': `The toll was ${Array(500).fill('1').join(',')} people dead.\n`,
      '2n.txt': `The toll was ${Array(1000).fill('1').join(',')} people dead.\n`,
    });
    const run = (f: string) => concord(['figures', '--keep-boilerplate', '--format', 'jsonl', path.join(dir, f)]).stdout;
    const [small, big] = [run('n.txt'), run('2n.txt')];
    expect(claimsOf(big) / claimsOf(small)).toBeCloseTo(2, 1);
    expect(big.length / small.length).toBeLessThan(2.3);
  });

  it('comparison output grows linearly with a corpus of identical reports', () => {
    const seed = readFileSync(path.join(SEEDS, seedNames[1]!), 'utf8');
    const corpus = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `d${i}`, text: seed, source: `s${i % 7}` })).join('\n') + '\n';
    // Also with the per-document results compacted, as on a large corpus (mention table, attributing quotes only).
    for (const env of [{}, { CONCORD_COMPACT_FROM_CHARS: '0' }]) {
      const run = (n: number) => concord(['figures', '--jsonl', '--format', 'jsonl'], { input: corpus(n), env }).stdout;
      const [small, big] = [run(40), run(80)];
      expect(claimsOf(big) / claimsOf(small)).toBeCloseTo(2, 1);
      expect(big.length / small.length).toBeLessThan(2.3);
    }
  });

  it('a text table of thousands of claims is drawn in linear time, as one table', () => {
    const dir = tempFiles({ 'n.txt': '1234567\n'.repeat(600), '2n.txt': '1234567\n'.repeat(1200) });
    const run = (f: string) => concord(['figures', '--keep-boilerplate', path.join(dir, f)]).stdout;
    const [small, big] = [run('n.txt'), run('2n.txt')];
    const rows = (out: string) => out.split('\n').filter((l) => /^│ n?\.txt:\d+|^│ 2n\.txt:\d+/.test(l)).length;
    expect(rows(small)).toBe(600);
    expect(rows(big)).toBe(1200);
    // One table: a single top and bottom border however many blocks it was drawn in.
    expect(big.split('\n').filter((l) => l.startsWith('┌')).length).toBe(1);
    expect(big.split('\n').filter((l) => l.startsWith('└')).length).toBe(1);
    expect(big.length / small.length).toBeLessThan(2.1);
  });

  it('text output of figures on one long line grows linearly', () => {
    const sentence = 'Officials said 12 people were killed and more than 40 injured on Monday, while "we will rebuild," the mayor said. ';
    const dir = tempFiles({ 'a.txt': sentence.repeat(200), 'b.txt': sentence.repeat(400) });
    const run = (f: string) => concord(['figures', '--keep-boilerplate', path.join(dir, f)]).stdout;
    expect(run('b.txt').length / run('a.txt').length).toBeLessThan(2.3);
  });
});

describe('documents longer than a window', () => {
  /** Peak resident memory of one run of the CLI, in MB (the process reports its own maximum at exit). */
  const peakMb = (args: string[]): number => {
    const script = `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 1, ${JSON.stringify(path.join(ROOT, 'bin', 'concord'))}); const { createRequire } = await import('node:module'); createRequire(${JSON.stringify(path.join(ROOT, 'bin', 'concord'))})('../dist/bundle/load.cjs').load().main(process.argv);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, '-', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    return Number(/maxrss (\d+)/.exec(r.stderr)![1]) / 1024;
  };

  it('quotes on runs of quotation marks: peak memory follows the window, not the document', () => {
    const marks = (n: number) => '"a" "b" said "c '.repeat(n / 16);
    const dir = tempFiles({ 'a.txt': marks(2 << 20), 'b.txt': marks(4 << 20) });
    // The lower of two runs: a peak depends on when the collector runs, which load on the machine shifts.
    const run = (f: string) => Math.min(...[0, 1].map(() => peakMb(['quotes', '--keep-boilerplate', '--format', 'jsonl', path.join(dir, f)])));
    const small = run('a.txt');
    const big = run('b.txt');
    // Parsed whole, 4 MB took 450 MB and twice the memory of 2 MB.
    expect(big / small).toBeLessThan(1.4);
    expect(big).toBeLessThan(350);
  });

  it('figures of one long line are found in every window, at their places in the line', () => {
    const sentence = 'Officials said 12 people were killed and more than 40 injured on Monday. ';
    const line = sentence.repeat(Math.ceil((1.5 * 2 ** 20) / sentence.length));
    const dir = tempFiles({ 'a.txt': `Headline\n\n${line}\n` });
    const r = concord(['figures', '--keep-boilerplate', '--format', 'jsonl', path.join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    const claims = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((x) => x.type === 'claim');
    const copies = line.length / sentence.length;
    // Only the sentences cut by a window's edge (at a space) may read differently.
    expect(claims.length).toBeGreaterThan(2 * copies - 40);
    expect(claims.length).toBeLessThanOrEqual(2 * copies + 40);
    for (const c of claims) {
      expect(c.line).toBe(3);
      expect(line.slice(c.column - 1, c.column - 1 + c.text.length)).toBe(c.text);
    }
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });
});

describe('no process-wide side effects', () => {
  it('the command line sets no V8 flags and renices no thread', () => {
    const sources = readdirSync(path.join(ROOT, 'src', 'cli')).map((f) => readFileSync(path.join(ROOT, 'src', 'cli', f), 'utf8')).join('\n');
    expect(sources).not.toMatch(/setFlagsFromString|setPriority/);
  });
});



