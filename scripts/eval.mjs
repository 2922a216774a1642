#!/usr/bin/env node
// Runs the reference scorers of ../shared/eval against the built CLI and prints each one's summary line.
// Usage: npm run eval [-- scorer ...]   (e.g. npm run eval -- strip figures)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = path.resolve(root, '..', 'shared', 'eval');
if (!existsSync(evalDir)) {
  console.log(`eval: skipped — ${evalDir} is not here (the reference scorers live beside the project in ../shared).`);
  process.exit(0);
}
const ALL = [
  'foundation', 'robust', 'newcomer', 'strip', 'entities', 'quotes', 'figures', 'check', 'perf',
  'incidents', 'people', 'hostile', 'reports',
];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const summary = [];
let failed = 0;
for (const name of wanted) {
  const script = path.join(evalDir, `${name}.mjs`);
  if (!existsSync(script)) {
    summary.push([name, 'missing', `no ${name}.mjs in ${evalDir}`]);
    continue;
  }
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, [script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout ?? '');
  const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  if (r.status !== 0) failed++;
  summary.push([name, r.status === 0 ? 'pass' : 'FAIL', last]);
}
console.log('\n=== summary ===');
for (const [name, status, line] of summary) console.log(`${name.padEnd(11)} ${status.padEnd(5)} ${line}`);
process.exit(failed ? 1 : 0);
