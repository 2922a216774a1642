import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, concord } from '../helpers.js';

// Golden outputs of the built CLI on a small invented corpus. After a deliberate change of behaviour,
// regenerate them with: UPDATE_GOLDEN=1 npx vitest run tests/cli/golden.test.ts (and review the diff).
const GOLDEN = path.join(ROOT, 'tests', 'cli', 'golden');
const CORPUS = path.join('tests', 'fixtures', 'corpus');
const update = !!process.env.UPDATE_GOLDEN;

const cases: { name: string; args: string[]; code: number }[] = [
  { name: 'strip-explain.txt', args: ['strip', '--explain', CORPUS], code: 0 },
  { name: 'entities.tsv', args: ['entities', '--format', 'tsv', CORPUS], code: 0 },
  { name: 'quotes.json', args: ['quotes', '--format', 'json', CORPUS], code: 0 },
  { name: 'figures.json', args: ['figures', '--format', 'json', CORPUS], code: 0 },
  { name: 'check.github.txt', args: ['check', '--format', 'github', CORPUS], code: 0 },
  { name: 'check.sarif.json', args: ['check', '--format', 'sarif', CORPUS], code: 0 },
  { name: 'report.txt', args: ['report', CORPUS], code: 0 },
];

describe('golden outputs on tests/fixtures/corpus', () => {
  for (const c of cases) {
    it(`concord ${c.args.join(' ')}`, () => {
      const r = concord(c.args);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(c.code);
      const file = path.join(GOLDEN, c.name);
      if (update) writeFileSync(file, r.stdout);
      expect(existsSync(file), `${c.name} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(r.stdout).toBe(readFileSync(file, 'utf8'));
    });
  }
});
