import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { ResultCompactor } from '../../src/pipeline/compact.js';
import { attributeClaims } from '../../src/figures/index.js';
import type { ScopeMark } from '../../src/figures/types.js';
import { collectLineStats } from '../../src/strip/index.js';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const docs = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, source: null, text: readFileSync(path.join(SEEDS, f), 'utf8'), origin: f }));

describe('compact per-document results', () => {
  const stats = collectLineStats(docs);
  const opts = { want: { figures: true, entities: true, quotes: true } };

  it('keep every value the corpus stage reads (mentions go into the table, as columns)', () => {
    const compactor = new ResultCompactor();
    let n = 0;
    for (const doc of docs) {
      const part = analyzeDocument(doc, stats, opts);
      const before = structuredClone(part);
      const compacted = compactor.compact(part);
      expect(compacted.entities).toBeUndefined();
      expect({ ...compacted, entities: before.entities }).toEqual(before);
      // Printed records keep their key order.
      expect(JSON.stringify({ ...compacted, entities: null })).toBe(JSON.stringify({ ...before, entities: null }));
      const t = compactor.mentions;
      for (const m of [...before.entities!.mentions].sort((a, b) => a.start - b.start)) {
        expect(t.documents[t.doc[n]!]).toBe(doc.id);
        expect([t.textOf(n), t.start[n], t.end[n], t.line[n], t.column[n]]).toEqual([m.text, m.start, m.end, m.line, m.column]);
        expect([t.evOf(n), t.reasonsOf(n), t.rolesOf(n), t.metonymOfAt(n), !!t.agent[n]]).toEqual([m.ev, m.reasons, m.roles, m.metonymOf, !!m.agent]);
        n++;
      }
    }
    expect(compactor.mentions.size).toBe(n);
    expect(n).toBeGreaterThan(50);
  });

  it('share equal evidence, line decisions and hints across documents', () => {
    const compactor = new ResultCompactor();
    const parts = [docs[0]!, { ...docs[0]!, id: 'copy' }].map((d) => compactor.compact(analyzeDocument(d, stats, opts)));
    const [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
    const t = compactor.mentions;
    const half = t.size / 2;
    expect(half).toBeGreaterThan(5);
    for (let i = 0; i < half; i++) {
      expect(t.ev[half + i]).toBe(t.ev[i]);
      expect(t.reasons[half + i]).toBe(t.reasons[i]);
      expect(t.text[half + i]).toBe(t.text[i]);
    }
    a.strip.lineDecisions.forEach((d, i) => expect(b.strip.lineDecisions[i]).toBe(d));
    expect(a.claims!.length).toBeGreaterThan(0);
    a.claims!.forEach((c, i) => expect(b.claims![i]!.hints).toBe(c.hints));
  });

  it('without quotes to print, keep only the quotes that attribute a claim, and which one each claim takes', () => {
    const compactor = new ResultCompactor({ keepQuotes: false, keepLineDecisions: false });
    let attributed = 0;
    for (const doc of docs) {
      const whole = analyzeDocument(doc, stats, opts);
      const expected = attributeClaims(whole.claims!, whole.quotes!.quotes.map((q) => ({ ...q, document: doc.id, speakerEntity: null })));
      const part = compactor.compact(analyzeDocument(doc, stats, opts));
      expect(part.strip.lineDecisions).toEqual([]);
      expect(part.quotes!.quotes.length).toBeLessThanOrEqual(whole.quotes!.quotes.length);
      expected.forEach((c, i) => {
        const q = part.attribution![i]!;
        expect(q >= 0 && !whole.claims![i]!.attributedTo ? part.quotes!.quotes[q]!.speaker : whole.claims![i]!.attributedTo).toBe(c.attributedTo);
        if (q >= 0) attributed++;
      });
    }
    expect(attributed).toBeGreaterThan(0);
  });
});

describe('shared hints', () => {
  it('are shared only when equal: a list id sets hints apart', () => {
    // Invented: one haul listed in a sentence; the same counts again, standing alone.
    const text = 'Police seized 14 rifles, 31 magazines and 923 rounds in the raid on Monday.\n\nPolice seized 14 rifles in the raid on Monday.\n';
    const doc = { id: 'haul', source: null, text, origin: 'haul' };
    const part = analyzeDocument(doc, collectLineStats([doc]), { want: { figures: true } });
    const before = structuredClone(part.claims!);
    const listed = before.filter((c) => c.hints?.list);
    expect(listed.length).toBeGreaterThan(1);
    const compacted = new ResultCompactor().compact(part);
    expect(compacted.claims).toEqual(before);
  });

  it('are shared only when their fields come in the same order (records print them as they are)', () => {
    const doc = { id: 'haul', source: null, text: 'Police seized 14 rifles in the raid on Monday.\n', origin: 'haul' };
    const part = analyzeDocument(doc, collectLineStats([doc]), { want: { figures: true } });
    const claim = part.claims![0]!;
    const { places, when, periodDays } = claim.hints!;
    const marks: ScopeMark[] = ['part-of-whole'];
    part.claims = [
      { ...claim, hints: { places, when, periodDays, marks, docCountries: ['eastmark'] } },
      { ...claim, id: 'haul#2', hints: { places, when, periodDays, docCountries: ['eastmark'], marks } },
    ];
    const before = JSON.stringify(part.claims);
    expect(JSON.stringify(new ResultCompactor().compact(part).claims)).toBe(before);
  });
});
