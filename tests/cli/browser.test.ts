import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { findChromium, runChromium } from '../../scripts/chromium.mjs';
import { concord } from '../helpers.js';

// The HTML report of seeds/ in a real browser. Where the browser is required (CONCORD_REQUIRE_BROWSER=1, set
// by .ci/run, which installs Chromium first) a missing or broken Chromium fails this test; elsewhere (a fresh
// machine, another CI) a missing Chromium skips it with a message, so `npm install && npm test` passes there.
const chromium: string | null = findChromium();
const skip = !chromium && process.env.CONCORD_REQUIRE_BROWSER !== '1';
if (skip) console.warn('browser test skipped: no Chromium here (apt-get install -y chromium); .ci/run requires it');

// Added to a copy of the page only (the report itself has no script and forbids any): where the
// conflicts table and its figures are, written into the DOM that --dump-dom prints.
const PROBE = `<script>
addEventListener('load', () => {
  const t = document.querySelector('table.conflicts');
  const r = t ? t.getBoundingClientRect() : null;
  const cells = t ? [...t.querySelectorAll('td')].filter((td) => /70,000|80,000/.test(td.textContent)) : [];
  const seen = cells.filter((td) => { const b = td.getBoundingClientRect(); return b.height > 0 && b.bottom <= innerHeight && getComputedStyle(td).visibility === 'visible'; });
  document.body.dataset.probe = JSON.stringify({ table: r && { top: r.top, height: r.height, width: r.width }, figures: seen.map((td) => td.textContent.trim()), viewport: innerHeight });
});
</script>`;

describe.skipIf(skip)('report in headless Chromium', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'concord-browser-'));
  const report = concord(['report', '--format', 'html', 'seeds']);

  it('shows the conflicts table with 70,000 and 80,000 in the first screen', () => {
    if (!chromium) throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run installs it and sets CONCORD_REQUIRE_BROWSER=1)');
    expect(report.code).toBe(0);
    const page = path.join(dir, 'probe.html');
    writeFileSync(page, report.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${PROBE}</body>`));
    const dom = runChromium(chromium, pathToFileURL(page).href, ['--window-size=1280,900', '--dump-dom']).stdout as string;
    const probe = /data-probe="([^"]*)"/.exec(dom);
    expect(probe, 'the probe did not run').not.toBeNull();
    const found = JSON.parse(probe![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(found.table.height).toBeGreaterThan(50);
    expect(found.table.top).toBeLessThan(found.viewport);
    expect(found.figures).toEqual(expect.arrayContaining(['80,000', 'more than 70,000']));
  });

  it('renders the page as it is to a screenshot, logging no console errors', () => {
    if (!chromium) throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run installs it and sets CONCORD_REQUIRE_BROWSER=1)');
    const page = path.join(dir, 'report.html');
    const png = path.join(dir, 'report.png');
    writeFileSync(page, report.stdout);
    const r = runChromium(chromium, pathToFileURL(page).href, ['--window-size=1280,900', `--screenshot=${png}`, '--enable-logging=stderr', '--v=0']);
    expect(statSync(png).size).toBeGreaterThan(10_000);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(String(r.stderr)).not.toMatch(/CONSOLE|Refused to|ERR_/);
  });
});
