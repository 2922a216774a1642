import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/load.js';
import type { Claim } from '../../src/figures/types.js';
import { runAnalysis } from '../../src/pipeline/parallel.js';
import { surveyCorpus } from '../../src/pipeline/survey.js';
import { FLOOD_REPORTS } from '../fixtures/flood-reports.js';
import { tempFiles } from '../helpers.js';

const FILES = FLOOD_REPORTS;

interface Handed {
  document: string;
  /** Documents reported when the claim was handed on, this one included. */
  documentsDone: number;
  claim: Claim;
}

async function streamed(compactFromChars?: number) {
  const dir = tempFiles(FILES);
  const source = await openCorpus(Object.keys(FILES).map((f) => path.join(dir, f)));
  const survey = await surveyCorpus(source);
  const handed: Handed[] = [];
  let documentsDone = 0;
  const opts = { want: { figures: true, findings: true }, tolerance: 5, jobs: 1, compactFromChars };
  const analysis = await runAnalysis(source, survey, {
    ...opts,
    streamClaims: true,
    onDocument: (info, finalClaims) => {
      documentsDone++;
      for (const claim of finalClaims) handed.push({ document: info.id, documentsDone, claim: structuredClone(claim) });
    },
  });
  const plain = await runAnalysis(source, survey, opts);
  return { analysis, plain, handed };
}

const sorted = (claims: Claim[]) => claims.map((c) => JSON.stringify(c)).sort();

describe('claims handed on as each document is done', () => {
  for (const [name, compactFromChars] of [['results kept whole', undefined], ['results compacted', 0]] as const) {
    it(`${name}: a document's final claims come with it, before the next document is reported`, async () => {
      const { handed } = await streamed(compactFromChars);
      expect(handed.map((h) => [h.claim.id, h.documentsDone])).toEqual([
        ['a.txt#1', 1],
        ['a.txt#2', 1],
        ['b.txt#2', 2],
        ['c.txt#1', 3],
      ]);
      for (const h of handed) expect(h.claim.document).toBe(h.document);
      // The extractor's own sources are final at once.
      expect(handed.map((h) => h.claim.attributedTo)).toEqual([null, null, 'fire service', 'officials']);
    });

    it(`${name}: a claim a quote attributes waits for the corpus's entities, and every record is as before`, async () => {
      const { analysis, plain, handed } = await streamed(compactFromChars);
      expect(analysis.heldClaims!.map((c) => [c.id, c.attributedTo])).toEqual([['b.txt#1', 'Maria Lindqvist']]);
      // Claims handed on early are already what the corpus stage ends with.
      const byId = new Map(plain.claims.map((c) => [c.id, c]));
      for (const h of handed) expect(h.claim).toEqual(byId.get(h.claim.id));
      expect(sorted([...handed.map((h) => h.claim), ...analysis.heldClaims!])).toEqual(sorted(plain.claims));
      expect(analysis.claims).toEqual(plain.claims);
      expect(analysis.comparisons).toEqual(plain.comparisons);
      expect(plain.heldClaims).toBeUndefined();
    });
  }
});
