// `npm run screenshot`: the HTML report of seeds/ rendered by headless Chromium to docs/report.png (the
// README's picture). Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, runChromium } from './chromium.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.argv[2] ?? 'docs/report.png');
const chromium = findChromium();
if (!chromium) {
  console.error('screenshot: no Chromium found (apt-get install -y chromium, or set CHROMIUM=/path/to/chrome)');
  process.exit(2);
}
const report = spawnSync(process.execPath, [path.join(root, 'bin', 'concord'), 'report', '--format', 'html', 'seeds'], { cwd: root, encoding: 'utf8' });
if (report.status !== 0) {
  console.error(`screenshot: concord report failed: ${report.stderr.trim()}`);
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'concord-shot-'));
try {
  const page = path.join(dir, 'report.html');
  writeFileSync(page, report.stdout);
  // Light mode, one first screen: what a reader sees on opening the page.
  runChromium(chromium, pathToFileURL(page).href, [`--screenshot=${out}`, '--window-size=1200,860', '--force-device-scale-factor=1', '--blink-settings=preferredColorScheme=1']);
  console.log(`wrote ${path.relative(root, out)} (${(statSync(out).size / 1024).toFixed(0)} KB)`);
} catch (e) {
  console.error(`screenshot: ${e.message}`);
  process.exitCode = 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
