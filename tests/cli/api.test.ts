import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, figures, strip } from '../../src/api/index.js';
import { concord, ROOT } from '../helpers.js';

const SEEDS = path.join(ROOT, 'seeds');
const seedDocs = () => readdirSync(SEEDS).sort().map((f) => ({ id: f, text: readFileSync(path.join(SEEDS, f), 'utf8') }));

describe('Node API (source)', () => {
  it('returns what report --format json prints', async () => {
    const cli = JSON.parse(concord(['report', '--format', 'json', '--jobs', '1', 'seeds']).stdout);
    const api = await analyze(seedDocs());
    // The contract's document fields (null when unknown), whether or not this build's CLI prints them yet.
    const fill = (d: object) => ({ date: null, title: null, url: null, ...d });
    cli.documents = cli.documents.map(fill);
    cli.strip.documents = cli.strip.documents.map(fill);
    expect(JSON.parse(JSON.stringify(api))).toEqual(cli);
  });
  it('reads html, keeps source and date, and throws a TypeError on bad input', async () => {
    const out = await figures([
      { id: 'a', html: '<html><head><title>x</title><script>alert(1)</script></head><body><p>Police said 12 people were killed in Varnholm on Monday.</p></body></html>', source: 'Harbor', date: '2024-05-01' },
      { id: 'a', text: 'Officials said 30 people were killed in Varnholm on Monday.', source: 'Eastmark' },
    ]);
    expect(out.documents.map((d) => [d.id, d.source, d.date])).toEqual([['a', 'Harbor', '2024-05-01'], ['a#2', 'Eastmark', null]]);
    expect(out.claims.map((c) => c.value)).toEqual([12, 30]);
    expect(out.comparisons[0]).toMatchObject({ measure: 'deaths', verdict: 'disagree' });
    await expect(strip([{ id: 'x' } as never])).rejects.toThrow(/document 0 \(x\): needs "text" or "html"/);
    await expect(strip('nope' as never)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('Node API (packed tarball)', () => {
  it('installs from npm pack and runs from a project of its own, with types', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'concord-pack-'));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string };
    // The build ran before the tests (npm test); packing must not build again.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const app = path.join(work, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', path.join(work, tgz)], { cwd: app, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    writeFileSync(path.join(app, 'docs.json'), JSON.stringify(seedDocs()));
    writeFileSync(path.join(app, 'use.ts'), `import { readFileSync } from 'node:fs';
import { analyze, entities, quotes, type InputDocument, type ReportOutput } from ${JSON.stringify(pkg.name)};
const docs: InputDocument[] = JSON.parse(readFileSync('docs.json', 'utf8'));
const report: ReportOutput = await analyze(docs, { tolerance: 5 });
const conflict = report.figures.comparisons.find((c) => c.verdict === 'disagree');
const kerry = (await entities(docs)).entities.find((e) => e.name === 'John Kerry');
const said = (await quotes(docs)).quotes.length;
console.log(JSON.stringify({ measure: conflict?.measure, summary: conflict?.summary, kerry: kerry?.aliases.includes('Kerry'), said: said > 0 }));
`);
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules', '@types'), 'use.ts'], { cwd: app, encoding: 'utf8' });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    writeFileSync(path.join(app, 'use.mjs'), readFileSync(path.join(app, 'use.ts'), 'utf8').replace(/, type \w+/g, '').replace(/: (InputDocument\[\]|ReportOutput)/g, ''));
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ measure: 'deaths', kerry: true, said: true });
    expect(result.summary).toMatch(/more than 70,000.*80,000/);
  }, 240_000);
});
