import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusSource } from '../corpus/load.js';
import type { CorpusSurvey, DocumentInfo } from './survey.js';
import type { Document } from '../corpus/types.js';
import type { LineStats } from '../strip/index.js';
import type { AnalysisOptions, CorpusAnalysis, DocumentAnalysis, DocumentStageOptions } from './analyze.js';

export interface RunAnalysisOptions extends AnalysisOptions {
  /** Worker threads for the per-document stage; 1 runs everything in this thread. */
  jobs: number;
  /** Text per worker below which fewer workers start (default MIN_CHARS_PER_WORKER). */
  minCharsPerWorker?: number;
  /** Called for each document, in input order, as soon as it and all before it are done. */
  onDocument?: (info: DocumentInfo & { origin: string }) => void;
}

// Below this much text per worker, workers cost more than they save: each one loads and warms up the
// analysis code again, and the analyses allocate heavily, so two threads on two cores measured slower
// than one up to a few MB (see README, Performance).
export const MIN_CHARS_PER_WORKER = 4 * 1024 * 1024;

/**
 * Analyse a corpus in two passes over its source (survey, then documents one by one), spreading the
 * per-document stage over worker threads. The result is the same for any `jobs`.
 */
export async function runAnalysis(source: CorpusSource, survey: CorpusSurvey, opts: RunAnalysisOptions): Promise<CorpusAnalysis> {
  const workers = Math.max(
    1,
    Math.min(opts.jobs, survey.documents, Math.floor(survey.chars / (opts.minCharsPerWorker ?? MIN_CHARS_PER_WORKER)) || 1, availableParallelism() * 2),
  );
  const settings: DocumentStageOptions = {
    want: opts.want,
    keepBoilerplate: opts.keepBoilerplate,
    keepStripText: opts.keepStripText,
    demonyms: opts.demonyms,
  };
  const parts: DocumentAnalysis[] = [];
  let chars = 0;
  const done = (doc: Document, part: DocumentAnalysis) => {
    parts.push(part);
    chars += doc.text.length;
    opts.onDocument?.({ ...part.info, origin: doc.origin });
    opts.onProgress?.(parts.length, survey.documents, chars);
  };
  if (workers > 1) {
    // Workers start first; this thread loads the corpus-stage code while they load theirs.
    const running = analyzeInWorkers(source.documents(), survey.stats, settings, workers, done);
    const { combineAnalyses } = await import('./analyze.js');
    await running;
    return combineAnalyses(parts, opts);
  }
  const { analyzeDocument, combineAnalyses } = await import('./analyze.js');
  for await (const doc of source.documents()) done(doc, analyzeDocument(doc, survey.stats, settings));
  return combineAnalyses(parts, opts);
}

/**
 * Feed documents to a pool of workers, at most two in flight per worker, and report results in input
 * order.
 */
async function analyzeInWorkers(
  docs: AsyncIterable<Document>,
  stats: LineStats,
  settings: DocumentStageOptions,
  count: number,
  done: (doc: Document, part: DocumentAnalysis) => void,
): Promise<void> {
  const pool = Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { stats, settings } }));
  const pending = new Map<number, { doc: Document; resolve: (part: DocumentAnalysis) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const fail = (e: Error) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(e);
  };
  for (const w of pool) {
    w.on('message', (msg: { index: number; part?: DocumentAnalysis; error?: string }) => {
      const p = pending.get(msg.index);
      if (!p) return;
      pending.delete(msg.index);
      if (msg.error !== undefined) p.reject(new Error(`${p.doc.origin}: ${msg.error}`));
      else p.resolve(msg.part!);
    });
    w.on('error', fail);
  }
  const inFlight: { doc: Document; result: Promise<DocumentAnalysis> }[] = [];
  let index = 0;
  try {
    for await (const doc of docs) {
      if (failure) throw failure;
      const i = index++;
      const result = new Promise<DocumentAnalysis>((resolve, reject) => pending.set(i, { doc, resolve, reject }));
      result.catch(() => undefined);
      pool[i % count]!.postMessage({ index: i, doc });
      inFlight.push({ doc, result });
      while (inFlight.length >= count * 2) {
        const first = inFlight.shift()!;
        done(first.doc, await first.result);
      }
    }
    for (const { doc, result } of inFlight) done(doc, await result);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
