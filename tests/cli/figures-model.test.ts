import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { concord, tempFiles } from '../helpers.js';

describe('figures: dates, notes, --explain and --rates', () => {
  const dir = tempFiles({
    'news.jsonl': [
      { id: 'early', date: '2013-07-02', text: 'Headline\n\nTwo people were killed in the quake, officials said. The jewels were worth $3.1 million.' },
      { id: 'later', date: '2013-07-03', text: 'Headline\n\nThe quake killed 31 people. The jewels were worth 2.9 million euros.' },
      { id: 'nodate', text: 'Headline\nJuly 4, 2013\nRescuers said 31 people were killed. Two people remain hospitalized in critical condition.' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n',
    'rates.json': '{"USD": 1, "EUR": 1.08}',
    'bad-rates.json': '{"USD": "one"}',
  });
  const file = path.join(dir, 'news.jsonl');

  it('gives documents a date (JSONL field, else a dateline) and orders reports by it', () => {
    const r = concord(['figures', '--format', 'json', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.documents.map((d: { date: string | null }) => d.date)).toEqual(['2013-07-02', '2013-07-03', '2013-07-04']);
    const deaths = out.comparisons.find((c: { measure: string }) => c.measure === 'deaths');
    expect(deaths).toMatchObject({ verdict: 'disagree', notes: ['earlier-report'], subject: null });
    expect(deaths.summary).toMatch(/^first reports: 2 \(early, 2013-07-02\); later: 31 \(later, nodate, 2013-07-03\)/);
  });

  it('--explain lists the decisions that kept claims apart, with reason codes', () => {
    const out = JSON.parse(concord(['figures', '--format', 'json', '--explain', file]).stdout);
    expect(out.decisions).toContainEqual({ measure: 'money: price', claims: ['later#2', 'early#2'], compared: false, reason: 'currency' });
    const text = concord(['figures', '--explain', '--no-color', file]).stdout;
    expect(text).toContain('Kept apart:');
    expect(text).toMatch(/money: price: later#2 vs early#2 currency/);
  });

  it('--rates compares currencies; a bad rates file is exit 2 with one line', () => {
    const out = JSON.parse(concord(['figures', '--format', 'json', '--rates', path.join(dir, 'rates.json'), file]).stdout);
    expect(out.comparisons.find((c: { measure: string }) => c.measure === 'money: price')).toMatchObject({ verdict: 'agree', notes: ['currency-converted'] });
    const bad = concord(['figures', '--rates', path.join(dir, 'bad-rates.json'), file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--rates .*bad-rates\.json: expected a JSON object/);
  });
});
