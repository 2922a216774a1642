import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../corpus/types.js';
import type { LineStats } from '../strip/index.js';
import { analyzeDocument, type AnalysisOptions } from './analyze.js';

// One worker of the per-document stage: receives documents, answers with their analysis.
const { stats, settings } = workerData as { stats: LineStats; settings: Pick<AnalysisOptions, 'want' | 'keepBoilerplate'> };
parentPort!.on('message', ({ index, doc }: { index: number; doc: Document }) => {
  try {
    parentPort!.postMessage({ index, part: analyzeDocument(doc, stats, settings) });
  } catch (e) {
    parentPort!.postMessage({ index, error: (e as Error).message });
  }
});
