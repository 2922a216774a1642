// Headless Chromium for the report's browser test and `npm run screenshot`. Debian's `chromium` package
// (`apt-get install -y chromium`; .ci/run installs it when missing); CHROMIUM=/path/to/binary overrides.
import { spawnSync } from 'node:child_process';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The Chromium binary, or null when none is installed. */
export function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of NAMES) {
    const found = spawnSync('which', [name], { encoding: 'utf8' }).stdout?.trim();
    if (found) return found;
  }
  return null;
}

// No sandbox: CI containers run as root, where Chromium's sandbox cannot start. The page is our own report.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-extensions', '--mute-audio'];

/** Run Chromium on a file:// URL with extra flags; throws with a clear message when it cannot start. */
export function runChromium(binary, url, flags, timeout = 90_000) {
  const r = spawnSync(binary, [...FLAGS, ...flags, url], { encoding: 'utf8', timeout, maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status}: ${(r.stderr || '').split('\n').filter((l) => !/dbus|Fontconfig/i.test(l)).slice(-3).join(' | ')}`;
    throw new Error(`Chromium (${binary}) could not render ${url}: ${why}`);
  }
  return r;
}
