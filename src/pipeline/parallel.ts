import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../corpus/types.js';
import { collectLineStats, type LineStats } from '../strip/index.js';
import {
  analyzeDocument,
  combineAnalyses,
  type AnalysisOptions,
  type CorpusAnalysis,
  type DocumentAnalysis,
  type DocumentInfo,
  type DocumentStageOptions,
} from './analyze.js';

export interface RunAnalysisOptions extends AnalysisOptions {
  /** Worker threads for the per-document stage; 1 runs everything in this thread. */
  jobs: number;
  /** Called for each document, in input order, as soon as it and all before it are done. */
  onDocument?: (info: DocumentInfo & { origin: string }) => void;
}

// Below this much text, starting workers costs more than it saves.
const MIN_CHARS_PER_WORKER = 256 * 1024;

/** Analyse a corpus, spreading the per-document stage over worker threads; the result is the same for any `jobs`. */
export async function runAnalysis(docs: Document[], opts: RunAnalysisOptions): Promise<CorpusAnalysis> {
  const stats = collectLineStats(docs);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const workers = Math.max(1, Math.min(opts.jobs, docs.length, Math.floor(chars / MIN_CHARS_PER_WORKER) || 1, availableParallelism() * 2));
  const parts = workers > 1 ? await analyzeInWorkers(docs, stats, opts, workers) : analyzeHere(docs, stats, opts);
  return combineAnalyses(parts, opts);
}

function analyzeHere(docs: Document[], stats: LineStats, opts: RunAnalysisOptions): DocumentAnalysis[] {
  const parts: DocumentAnalysis[] = [];
  let chars = 0;
  for (const doc of docs) {
    const part = analyzeDocument(doc, stats, opts);
    parts.push(part);
    chars += doc.text.length;
    opts.onDocument?.({ ...part.info, origin: doc.origin });
    opts.onProgress?.(parts.length, docs.length, chars);
  }
  return parts;
}

function analyzeInWorkers(docs: Document[], stats: LineStats, opts: RunAnalysisOptions, count: number): Promise<DocumentAnalysis[]> {
  return new Promise((resolve, reject) => {
    const parts: DocumentAnalysis[] = new Array(docs.length);
    let next = 0;
    let emitted = 0;
    let done = 0;
    let chars = 0;
    let failed = false;
    const pool: Worker[] = [];
    const settings: DocumentStageOptions = { want: opts.want, keepBoilerplate: opts.keepBoilerplate, keepStripText: opts.keepStripText };
    const finish = (err?: Error) => {
      if (failed) return;
      if (err) failed = true;
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(parts);
    };
    const feed = (w: Worker) => {
      if (next < docs.length) {
        w.postMessage({ index: next, doc: docs[next] });
        next++;
      }
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { stats, settings } });
      pool.push(w);
      w.on('message', (msg: { index: number; part?: DocumentAnalysis; error?: string }) => {
        if (msg.error !== undefined) return finish(new Error(`${docs[msg.index]!.origin}: ${msg.error}`));
        parts[msg.index] = msg.part!;
        done++;
        chars += docs[msg.index]!.text.length;
        while (emitted < docs.length && parts[emitted]) {
          opts.onDocument?.({ ...parts[emitted]!.info, origin: docs[emitted]!.origin });
          emitted++;
        }
        opts.onProgress?.(done, docs.length, chars);
        if (done === docs.length) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(e));
      feed(w);
    }
  });
}
