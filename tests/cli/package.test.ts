import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The install path the README gives before the package is published: `npm pack`, install the tarball into
// a prefix of its own, run `concord check` on the seeds. Needs the npm registry (or its cache) for the
// dependencies.
describe('packed tarball', () => {
  it('installs and runs concord check from a temporary prefix, carrying only the bundle', { timeout: 240_000 }, () => {
    const work = mkdtempSync(path.join(tmpdir(), 'concord-pack-'));
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toContain('LICENSE');
    // One file of code, its V8 code cache and the loader; api.js and worker.js are ES-module shims onto it.
    expect(files).toContain('dist/bundle/concord.cjs');
    expect(files).toContain('dist/bundle/concord.cjs.cache');
    expect(files).toContain('dist/bundle/load.cjs');
    expect(files.filter((f) => f.startsWith('dist/bundle/')).sort()).toEqual(
      ['api.js', 'concord.cjs', 'concord.cjs.cache', 'load.cjs', 'worker.js'].map((f) => `dist/bundle/${f}`),
    );
    expect(files).toContain('dist/bundle/worker.js');
    expect(files).toContain('dist/bundle/api.js');
    expect(files).toContain('dist/api/index.d.ts');
    // One copy of the compiled code: tsc's per-module JavaScript stays out; only its declarations ship (API types).
    expect(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/bundle/') && !f.endsWith('.d.ts'))).toEqual([]);
    const prefix = path.join(work, 'prefix');
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', path.join(work, info!.filename)], {
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    const bin = path.join(prefix, 'bin', 'concord');
    expect(existsSync(bin)).toBe(true);
    const check = spawnSync(bin, ['check', path.join(ROOT, 'seeds')], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/70,000/);
    expect(readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual(['concord-news']);
  });
});
