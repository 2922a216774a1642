#!/usr/bin/env node
// Benchmark (not a test): throughput of each command, compromise's full parse as the reference, scaling
// with corpus size, peak memory, worker-thread speed-up and the machine's two-way ceiling. Usage: npm run bench [-- --quick]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = path.join(root, 'bin', 'concord');
const quick = process.argv.includes('--quick');
const work = mkdtempSync(path.join(tmpdir(), 'concord-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// The corpus: the Brown press sample beside the project, or the bundled seeds repeated.
const brown = path.resolve(root, '..', 'shared', 'data', 'perf', 'brown-press.jsonl');
let docs;
let corpusName;
if (existsSync(brown)) {
  docs = readFileSync(brown, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  corpusName = 'Brown press (../shared/data/perf/brown-press.jsonl)';
} else {
  const seeds = readFileSync(path.join(root, 'seeds', '000_be6c14f85f8ccf46.txt'), 'utf8');
  docs = Array.from({ length: 60 }, (_, i) => ({ id: `seed-${i}`, text: seeds }));
  corpusName = 'seeds/000 repeated 60 times (../shared not found)';
}
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
/** The corpus repeated `times` times (copies `from` to `to` - 1 of them: a part of that corpus). */
const corpusFile = (times, from = 0, to = times) => {
  const file = path.join(work, `corpus-${times}x-${from}-${to}.jsonl`);
  if (!existsSync(file)) {
    const lines = [];
    for (let k = from; k < to; k++) for (const d of docs) lines.push(JSON.stringify({ ...d, id: times > 1 ? `${d.id}-${k}` : d.id }));
    writeFileSync(file, lines.join('\n') + '\n');
  }
  return file;
};

// Each measured process reports its peak RSS and its CPU time (all its threads) on exit.
const usageHook = path.join(work, 'usage-hook.cjs');
writeFileSync(
  usageHook,
  "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\nconcord-bench-usage ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
);
/** Peak RSS (MB) and CPU time (s) a process reported on stderr. */
function usageOf(stderr) {
  const m = /concord-bench-usage (\d+) (\d+)/.exec(stderr);
  return { rss: Number(m?.[1] ?? 0) / 1024, cpu: Number(m?.[2] ?? 0) / 1e6 };
}
const compromiseScript = path.join(work, 'compromise-parse.mjs');
writeFileSync(compromiseScript, `import { readFileSync } from 'node:fs';
import nlp from ${JSON.stringify(path.join(root, 'node_modules', 'compromise', 'src', 'three.js'))};
let n = 0;
for (const l of readFileSync(process.argv[2], 'utf8').trim().split('\\n')) n += nlp(JSON.parse(l).text).json().length;
console.log(n);
`);

/** Ends the bench when a measured process failed (`check` exits 1 when it finds something: that ran). */
function stopUnlessRan(args, status, stderr) {
  if (status === 0 || (args.includes('check') && status === 1)) return;
  console.error(`bench: ${args.join(' ')} exited ${status}: ${stderr.split('\n')[0]}`);
  process.exit(1);
}

/** Best wall time (with that run's CPU time) and peak RSS of `runs` runs of a node script. */
function measure(args, runs = quick ? 1 : 2, env = {}) {
  let best = Infinity;
  let cpu = 0;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-r', usageHook, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
    const s = (performance.now() - t0) / 1000;
    stopUnlessRan(args, r.status, r.stderr);
    const usage = usageOf(r.stderr);
    if (s < best) [best, cpu] = [s, usage.cpu];
    rss = Math.max(rss, usage.rss);
  }
  return { s: best, cpu, rss };
}

/** Wall time of several node scripts started together, until the last one ends, and their CPU time. */
async function measureTogether(argLists) {
  const t0 = performance.now();
  let cpu = 0;
  const runs = argLists.map(
    (args) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['-r', usageHook, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (status) => {
          stopUnlessRan(args, status, stderr);
          cpu += usageOf(stderr).cpu;
          resolve();
        });
      }),
  );
  await Promise.all(runs);
  return { s: (performance.now() - t0) / 1000, cpu };
}

const table = (rows) => {
  const w = [];
  for (const r of rows) r.forEach((c, i) => (w[i] = Math.max(w[i] ?? 0, String(c).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join('  ').trimEnd());
};

console.log(`corpus: ${corpusName}: ${docs.length} documents, ${mb.toFixed(2)} MB; ${availableParallelism()} cores\n`);
const one = corpusFile(1);
const ref = measure([compromiseScript, one]);
const rows = [['run', 'wall s', 'MB/s', 'docs/s', 'peak RSS MB', 'vs compromise']];
rows.push(['compromise nlp(text).json()', ref.s.toFixed(2), (mb / ref.s).toFixed(2), (docs.length / ref.s).toFixed(0), ref.rss.toFixed(0), '1.0×']);
for (const cmd of ['strip', 'entities', 'quotes', 'figures', 'report']) {
  const m = measure([bin, cmd, '--format', 'json', one]);
  rows.push([`concord ${cmd}`, m.s.toFixed(2), (mb / m.s).toFixed(2), (docs.length / m.s).toFixed(0), m.rss.toFixed(0), `${(ref.s / m.s).toFixed(1)}×`]);
}
table(rows);

// Identical copies count once in the strip statistics, so every copy is analysed like the original.
console.log('\nscaling: concord report --format json');
const scale = [['size', 'MB', 'wall s', 'MB/s', 'time vs 1×', 'peak RSS MB', 'RSS vs 1×']];
let base;
for (const times of quick ? [1, 4] : [1, 4, 16]) {
  const m = measure([bin, 'report', '--format', 'json', corpusFile(times)], times === 16 ? 1 : undefined);
  base ??= m;
  scale.push([`${times}×`, (mb * times).toFixed(1), m.s.toFixed(2), ((mb * times) / m.s).toFixed(2), `${(m.s / base.s).toFixed(2)}×`, m.rss.toFixed(0), `${(m.rss / base.rss).toFixed(2)}×`]);
}
table(scale);

const jobsSize = quick ? 4 : 16;
console.log(`\nthreads: concord report --format json on ${jobsSize}× (--jobs 2: this thread and one worker)`);
// The ceiling of any two-way split on this machine: two independent processes, each given half of the
// corpus, running at once.
const halves = [corpusFile(jobsSize, 0, jobsSize / 2), corpusFile(jobsSize, jobsSize / 2, jobsSize)];
const full = corpusFile(jobsSize);
const threadRuns = {
  '--jobs 1': () => measure([bin, 'report', '--format', 'json', '--jobs', '1', full], 1),
  '--jobs 2': () => measure([bin, 'report', '--format', 'json', '--jobs', '2', full], 1, { CONCORD_MIN_CHARS_PER_WORKER: '1' }),
  'two --jobs 1 processes, half each': () => measureTogether(halves.map((half) => [bin, 'report', '--format', 'json', '--jobs', '1', half])),
};
// Interleaved, best of each: the machine's load drifts between runs.
const best = {};
for (let round = 0; round < (quick ? 1 : 2); round++) {
  for (const [name, run] of Object.entries(threadRuns)) {
    const m = await run();
    if (!best[name] || m.s < best[name].s) best[name] = m;
  }
}
const jobs = [['run', 'wall s', 'MB/s', 'speed-up', 'CPU s', 'cores busy']];
const single = best['--jobs 1'];
for (const [name, m] of Object.entries(best)) {
  jobs.push([name, m.s.toFixed(2), ((mb * jobsSize) / m.s).toFixed(2), `${(single.s / m.s).toFixed(2)}×`, m.cpu.toFixed(2), (m.cpu / m.s).toFixed(2)]);
}
table(jobs);
// V8 compiles and collects garbage on other threads, so one analysis thread keeps more than one core busy.
// With that much CPU per unit of work, no split over the machine's cores can be faster than this.
const cores = availableParallelism();
console.log(`bound: ${cores} cores / ${(single.cpu / single.s).toFixed(2)} cores busy at --jobs 1 = at most ${(cores / (single.cpu / single.s)).toFixed(2)}× for any --jobs`);
