import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { ResultCompactor } from '../../src/pipeline/compact.js';
import { collectLineStats } from '../../src/strip/index.js';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const docs = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, source: null, text: readFileSync(path.join(SEEDS, f), 'utf8'), origin: f }));

describe('compact per-document results', () => {
  const stats = collectLineStats(docs);
  const opts = { want: { figures: true, entities: true, quotes: true } };

  it('keep every value the corpus stage reads (mentions lose only the typer\'s working flags)', () => {
    const compactor = new ResultCompactor();
    let headlines = 0;
    for (const doc of docs) {
      const part = analyzeDocument(doc, stats, opts);
      const before = structuredClone(part);
      for (const m of before.entities!.mentions) {
        if (m.headline) headlines++;
        delete m.headline;
        delete m.team;
        delete m.features;
      }
      expect(compactor.compact(part)).toEqual(before);
      // Printed records keep their key order (raw mentions are never printed: merged mentions are built anew).
      expect(JSON.stringify({ ...part, entities: null })).toBe(JSON.stringify({ ...before, entities: null }));
    }
    expect(headlines).toBeGreaterThan(0);
  });

  it('share equal evidence, line decisions and hint lists across documents', () => {
    const compactor = new ResultCompactor();
    const parts = [docs[0]!, { ...docs[0]!, id: 'copy' }].map((d) => compactor.compact(analyzeDocument(d, stats, opts)));
    const [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
    expect(a.entities!.mentions.length).toBeGreaterThan(5);
    a.entities!.mentions.forEach((m, i) => expect(b.entities!.mentions[i]!.ev).toBe(m.ev));
    a.entities!.mentions.forEach((m, i) => expect(b.entities!.mentions[i]!.reasons).toBe(m.reasons));
    a.strip.lineDecisions.forEach((d, i) => expect(b.strip.lineDecisions[i]).toBe(d));
    expect(a.claims!.length).toBeGreaterThan(0);
    a.claims!.forEach((c, i) => expect(b.claims![i]!.hints!.places).toBe(c.hints!.places));
  });
});
