#!/usr/bin/env node
// The hostile-input cases at full size (npm run hostile): output folder = input folder, link loops, endless
// devices, one odd line in a seed, huge lines, digits, runs of quotation marks, lists of equal figures and
// large JSONL corpora. Prints one row per case: input, exit code, first stderr line, seconds, peak RSS
// (from /usr/bin/time -v when present), output bytes. Takes several minutes; `--scale 0.25` runs every
// size at a quarter. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'concord');
const SEEDS = path.join(ROOT, 'seeds');
const scaleArg = process.argv.indexOf('--scale');
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
const MB = 1024 * 1024;
const size = (n) => Math.max(1024, Math.round(n * SCALE));
const hasTime = existsSync('/usr/bin/time');
const work = mkdtempSync(path.join(tmpdir(), 'concord-hostile-'));
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedText = seedNames.map((f) => readFileSync(path.join(SEEDS, f), 'utf8')).join('\n\n');

/** Run concord under `timeout` (the whole process group is killed at the limit) and measure it. */
function run(args, { stdinFile = null, timeout = 600 } = {}) {
  const inner = hasTime ? ['/usr/bin/time', '-v', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const t0 = performance.now();
  const r = spawnSync('timeout', ['-s', 'KILL', String(timeout), ...inner], {
    stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    input: stdinFile ? readFileSync(stdinFile) : undefined,
    maxBuffer: 2 ** 31 - 1,
  });
  const secs = (performance.now() - t0) / 1000;
  const stderr = r.stderr?.toString('utf8') ?? '';
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  const own = stderr.split('\n').filter((l) => l && !/^\s|^Command (exited|terminated)/.test(l));
  return { code: r.status === 137 ? 'killed' : r.status, secs, rss, first: own[0] ?? '', out: r.stdout?.length ?? 0 };
}

/** Write `bytes` of a repeated unit to a file, in pieces (never the whole text in memory). */
async function repeatToFile(file, unit, bytes) {
  const out = createWriteStream(file);
  const block = unit.repeat(Math.max(1, Math.floor(MB / unit.length)));
  for (let written = 0; written < bytes; written += block.length) {
    const piece = block.slice(0, Math.min(block.length, bytes - written));
    if (!out.write(piece)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

async function jsonlCorpus(file, bytes) {
  const out = createWriteStream(file);
  for (let i = 0, written = 0; written < bytes; i++) {
    const line = `${JSON.stringify({ id: `d${i}`, text: seedText.slice(0, 3000), source: `s${i % 7}` })}\n`;
    written += line.length;
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

const rows = [];
const note = (input, r) => {
  rows.push([input, String(r.code), r.first.slice(0, 70), r.secs.toFixed(1), Number.isNaN(r.rss) ? '-' : r.rss.toFixed(0), String(r.out)]);
  process.stderr.write(`${input}: exit ${r.code}, ${r.secs.toFixed(1)} s\n`);
};

// Output folder = input folder.
{
  const d = path.join(work, 'same');
  mkdirSync(d);
  for (const f of seedNames) writeFileSync(path.join(d, f), readFileSync(path.join(SEEDS, f)));
  note('strip --out-dir same same', run(['strip', '--out-dir', d, d]));
}
// Link loops.
{
  const d = path.join(work, 'loop');
  mkdirSync(d);
  writeFileSync(path.join(d, 'a.txt'), seedText.slice(0, 4000));
  symlinkSync('..', path.join(d, 'up'));
  symlinkSync('.', path.join(d, 'self'));
  note('figures <dir with ln -s .. and .>', run(['figures', d], { timeout: 60 }));
}
for (const dev of ['/dev/zero', '/dev/urandom']) if (existsSync(dev)) note(`figures ${dev}`, run(['figures', dev], { timeout: 60 }));
// One line of 200 numbers appended to a seed: the gate must still fail.
{
  const d = path.join(work, 'evade');
  mkdirSync(d);
  for (const f of seedNames) writeFileSync(path.join(d, f), readFileSync(path.join(SEEDS, f)));
  writeFileSync(path.join(d, seedNames[0]), `${readFileSync(path.join(SEEDS, seedNames[0]), 'utf8')}\nScores: ${Array(200).fill('1').join(', ')}.\n`);
  note('check <seeds + line of 200 numbers> (want exit 1)', run(['check', d]));
}
const sentence = 'Officials said 12 people were killed and more than 40 injured on Monday, while "we will rebuild," the mayor said. ';
for (const mb of [8, 16, 50]) {
  const f = await repeatToFile(path.join(work, `line-${mb}.txt`), sentence, size(mb * MB));
  note(`figures, one ${mb} MB line (text)`, run(['figures', f]));
}
for (const kb of [256, 1024]) {
  const f = await repeatToFile(path.join(work, `digits-${kb}.txt`), '1234567\n', size(kb * 1024));
  note(`figures --keep-boilerplate, ${kb} KB of digit lines (text)`, run(['figures', '--keep-boilerplate', f]));
}
for (const mb of [16, 32, 64]) {
  const f = await repeatToFile(path.join(work, `quotes-${mb}.txt`), '"a" "b" said "c ', size(mb * MB));
  note(`quotes --keep-boilerplate, ${mb} MB of quotation marks`, run(['quotes', '--keep-boilerplate', '--format', 'jsonl', f]));
}
{
  const f = await repeatToFile(path.join(work, 'ones.txt'), '1\n', size(400_000));
  note('figures --keep-boilerplate --format jsonl, 200,000 lines of "1"', run(['figures', '--keep-boilerplate', '--format', 'jsonl', f]));
}
for (const mb of [8, 16, 32, 50, 100]) {
  const f = await jsonlCorpus(path.join(work, `corpus-${mb}.jsonl`), size(mb * MB));
  note(`figures --jsonl --format jsonl < ${mb} MB JSONL (stdin)`, run(['figures', '--jsonl', '--format', 'jsonl'], { stdinFile: f }));
  rmSync(f);
}
{
  const f = await jsonlCorpus(path.join(work, 'corpus-200.jsonl'), size(200 * MB));
  note('figures --format jsonl 200 MB JSONL file (want < 1.5 GB)', run(['figures', '--format', 'jsonl', f]));
}

const head = ['input', 'exit', 'first stderr line', 'seconds', 'peak RSS MB', 'stdout bytes'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
if (SCALE !== 1) console.log(`Sizes below are the full sizes; this run used ${SCALE} of each.\n`);
console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
rmSync(work, { recursive: true, force: true });
