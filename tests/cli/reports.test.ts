import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { concord, ROOT, tempFiles } from '../helpers.js';

const SEEDS = path.join(ROOT, 'seeds');

describe('report --format html', () => {
  const r = concord(['report', '--format', 'html', 'seeds']);
  it('is one small page with the headline conflict before anything else', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(Buffer.byteLength(r.stdout)).toBeLessThan(300 * 1024);
    const conflicts = r.stdout.slice(r.stdout.indexOf('<section id="conflicts">'), r.stdout.indexOf('<section id="matrix">'));
    expect(conflicts).toContain('more than 70,000');
    expect(conflicts).toContain('>80,000</td>');
    expect(r.stdout.indexOf('<section id="conflicts">')).toBeLessThan(r.stdout.indexOf('<section id="corpus">'));
  });
  it('names every document, figures or not', () => {
    for (const f of readdirSync(SEEDS)) expect(r.stdout).toContain(f);
    // 003 gives no compared figure: its matrix column is there, with the "no figure" mark.
    expect(r.stdout).toMatch(/<th scope="col"><a href="#doc-4">003_1a87<\/a><\/th>/);
  });
  it('writes to --out, never over an input', () => {
    const dir = tempFiles({ 'a.txt': 'Officials said 12 people were killed in Varnholm on Monday.\n' });
    const out = path.join(dir, 'report.html');
    const w = concord(['report', '--format', 'html', '--out', out, path.join(dir, 'a.txt')]);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    const bad = concord(['report', '--out', path.join(dir, 'a.txt'), path.join(dir, 'a.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^concord: option --out: .*a\.txt is one of the inputs/);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Officials said 12 people were killed in Varnholm on Monday.\n');
  });
  it('escapes hostile input', () => {
    const dir = tempFiles({
      'evil.jsonl': [
        { id: 'a<script>alert(1)</script>', source: 'x', text: 'Officials said <script>alert(1)</script> that 12 people were killed in Varnholm on Monday.' },
        { id: 'b', source: 'y', text: 'Police said "><img src=x onerror=alert(2)> 30 people were killed in Varnholm on Monday.' },
      ].map((d) => JSON.stringify(d)).join('\n'),
    });
    const e = concord(['report', '--format', 'html', path.join(dir, 'evil.jsonl')]);
    expect(e.code).toBe(0);
    expect(e.stdout).not.toMatch(/<script|<img/i);
    expect(e.stdout).toContain('a&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(e.stdout).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)');
  });
});

describe('--format markdown', () => {
  it('report: headings and tables with the conflict', () => {
    const r = concord(['report', '--format', 'markdown', 'seeds']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# concord report\n/);
    expect(r.stdout).toMatch(/^\| \*\*deaths \(over 26 months\)( — notes: qualifiers compatible)?\*\* \| \*\*80,000\*\* \| 001\\_da4b:9 \|/m);
    expect(r.stdout).toMatch(/^\| {2}\| \*\*more than 70,000\*\* \| 000\\_be6c:11 \| \u201cThe 26-month conflict/m);
  });
  it('check: exit 1 and a findings table', () => {
    const r = concord(['check', '--format', 'markdown', 'seeds']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('**1 error**, 0 warnings in 5 documents');
    expect(r.stdout).toMatch(/^\| `seeds\/000_be6c14f85f8ccf46\.txt:11:\d+` \| error \| deaths/m);
  });
});

const FLOOD_A = 'Flood in Varnholm\n\nAt least 12 people were killed when the river flooded Varnholm on Monday, the regional governor said.\n';
const FLOOD_B = 'Varnholm flood toll\n\nThe flood in Varnholm on Monday killed 30 people, the regional governor said on Tuesday.\n';

function seedsCopy(extra: Record<string, string> = {}): string {
  const files: Record<string, string> = {};
  for (const f of readdirSync(SEEDS)) files[f] = readFileSync(path.join(SEEDS, f), 'utf8');
  return tempFiles({ ...files, ...extra });
}

describe('check --baseline', () => {
  it('accepts recorded findings, fails on a new conflict and reports a fixed one', () => {
    const dir = seedsCopy();
    const baseline = path.join(dir, '..', `${path.basename(dir)}-baseline.json`);
    const up = concord(['check', '--update-baseline', '--baseline', baseline, dir]);
    expect(up.code).toBe(0);
    expect(up.stderr).toMatch(/recorded 1 finding in the baseline/);
    const file = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(file).toMatchObject({ schemaVersion: 1, tool: 'concord' });
    expect(file.findings).toHaveLength(1);
    expect(file.findings[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);

    const again = concord(['check', '--baseline', baseline, dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 finding accepted in the baseline');

    writeFileSync(path.join(dir, 'zz-a.txt'), FLOOD_A);
    writeFileSync(path.join(dir, 'zz-b.txt'), FLOOD_B);
    const fresh = concord(['check', '--baseline', baseline, dir]);
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toMatch(/zz-a\.txt:3:\d+ error deaths/);
    expect(fresh.stdout).not.toContain('70,000');

    // The 70,000 report corrected: the accepted finding is gone and said to be fixed.
    const first = path.join(dir, '000_be6c14f85f8ccf46.txt');
    writeFileSync(first, readFileSync(first, 'utf8').replace('more than 70,000', 'at least 80,000'));
    const fixed = concord(['check', '--baseline', baseline, dir]);
    expect(fixed.stdout).toMatch(/^fixed 000_be6c14f85f8ccf46\.txt: deaths .*more than 70,000.*in the baseline, no longer found/m);
  });

  it('keeps fingerprints under re-ordered inputs and edits elsewhere in the text', () => {
    const dir = seedsCopy();
    const sarif = (args: string[]) => JSON.parse(concord(['check', '--format', 'sarif', ...args]).stdout).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['concordFindingHash/v1']);
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const before = sarif(files);
    expect(before).toHaveLength(1);
    expect(sarif([...files].reverse())).toEqual(before);
    const first = path.join(dir, '000_be6c14f85f8ccf46.txt');
    writeFileSync(first, 'A new first line.\n' + readFileSync(first, 'utf8').replace('Government fighter planes', 'Government warplanes'));
    expect(sarif(files)).toEqual(before);
    // A different figure is a different finding.
    writeFileSync(first, readFileSync(first, 'utf8').replace('more than 70,000', 'more than 60,000'));
    expect(sarif(files)).not.toEqual(before);
  });

  it('reads "baseline" from the config, relative to it, and refuses a missing or invalid file', () => {
    const dir = seedsCopy({ 'concord.config.json': JSON.stringify({ baseline: 'accepted.json' }) });
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const missing = concord(['check', ...docs], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/accepted\.json: cannot read the baseline \(no such file; write one with --update-baseline\)/);
    expect(concord(['check', '--update-baseline', ...docs], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, 'accepted.json'))).toBe(true);
    expect(concord(['check', ...docs], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'accepted.json'), '{"findings": 3}');
    const invalid = concord(['check', ...docs], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/accepted\.json: invalid baseline/);
    expect(concord(['check', '--update-baseline', 'seeds']).stderr).toMatch(/--update-baseline: needs --baseline FILE/);
  });
});
