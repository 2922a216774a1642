import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../corpus/types.js';
import type { LineStats } from '../strip/index.js';
import { analyzeDocument, type DocumentStageOptions } from './analyze.js';

/** One worker of the per-document stage: receives documents, answers with their analysis. */
export function startWorker(): void {
  const { stats, settings } = workerData as { stats: LineStats; settings: DocumentStageOptions };
  parentPort!.on('message', ({ index, doc }: { index: number; doc: Document }) => {
    try {
      parentPort!.postMessage({ index, part: analyzeDocument(doc, stats, settings) });
    } catch (e) {
      parentPort!.postMessage({ index, error: (e as Error).message });
    }
  });
}
