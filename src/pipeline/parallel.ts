import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusSource } from '../corpus/load.js';
import type { CorpusSurvey, DocumentInfo } from './survey.js';
import type { Document } from '../corpus/types.js';
import type { LineStats } from '../strip/index.js';
import { ResultCompactor } from './compact.js';
import type { Claim } from '../figures/types.js';
import type { AnalysisOptions, CorpusAnalysis, DocumentAnalysis, DocumentStageOptions } from './analyze.js';

export interface RunAnalysisOptions extends AnalysisOptions {
  /** Threads for the per-document stage, this one included; 1 runs everything in this thread. */
  jobs: number;
  /** Text per extra thread below which fewer worker threads start (default MIN_CHARS_PER_WORKER). */
  minCharsPerWorker?: number;
  /** Corpus size (characters) from which kept results are compacted (default COMPACT_FROM_CHARS; tests set 0). */
  compactFromChars?: number;
  /**
   * Called for each document, in input order, as soon as it and all before it are done; with `streamClaims`,
   * also given those of its claims whose records are final (claimsFinalAtDocument), else none. A returned
   * promise is awaited before more documents are read (the output's back-pressure).
   */
  onDocument?: (info: DocumentInfo & { origin: string }, finalClaims: Claim[]) => void | Promise<void>;
  /** Hand each document's final claims to onDocument; the analysis then lists the others in `heldClaims`. */
  streamClaims?: boolean;
}

// Below this much text per extra thread, a worker costs more than it saves: it loads and warms up the
// analysis code again, while V8 compiles for both threads on the same cores; on 2 cores one worker beside
// this thread broke even only at about 17 MB (see README, Performance).
export const MIN_CHARS_PER_WORKER = 16 * 1024 * 1024;

/** Documents a worker holds at a time: one being analysed, one waiting, so it never idles on a message. */
const PER_WORKER = 2;

/**
 * Analyse a corpus in two passes over its source (survey, then documents one by one). The per-document
 * stage runs in this thread and in `jobs - 1` worker threads; the result is the same for any `jobs`.
 */
/** Corpus size (characters) from which the per-document results kept for the corpus stage are compacted. */
const COMPACT_FROM_CHARS = 8 << 20;

export async function runAnalysis(source: CorpusSource, survey: CorpusSurvey, opts: RunAnalysisOptions): Promise<CorpusAnalysis> {
  const perWorker = opts.minCharsPerWorker ?? MIN_CHARS_PER_WORKER;
  const workers = Math.max(0, Math.min(opts.jobs - 1, survey.documents - 1, Math.floor(survey.chars / perWorker), availableParallelism() * 2));
  const settings: DocumentStageOptions = {
    want: opts.want,
    keepBoilerplate: opts.keepBoilerplate,
    keepStripText: opts.keepStripText,
    demonyms: opts.demonyms,
  };
  // Workers start first, so that they load their code while this thread loads its own. The bundle has its
  // own worker.js beside this module (dist/bundle/), as tsc's output has (dist/pipeline/): the package ships
  // only the bundle.
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { stats: survey.stats, settings } }));
  const { analyzeDocument, claimsFinalAtDocument, combineAnalyses } = await import('./analyze.js');
  const parts: DocumentAnalysis[] = [];
  // Compacting what is kept pays on corpora too large to hold lightly; below that it only costs time.
  const want = opts.want;
  const compactor = survey.chars >= (opts.compactFromChars ?? COMPACT_FROM_CHARS) ? new ResultCompactor({ keepQuotes: !!want.quotes, keepLineDecisions: !!(want.entities && want.figures) }) : null;
  let chars = 0;
  // Where the held claims will be in the corpus's claim list: documents' claims, in input order.
  const held: number[] = [];
  let claimCount = 0;
  const done = (doc: Document, analysed: DocumentAnalysis) => {
    const part = compactor ? compactor.compact(analysed) : analysed;
    parts.push(part);
    chars += doc.text.length;
    const finalClaims: Claim[] = [];
    if (opts.streamClaims && part.claims) {
      const final = claimsFinalAtDocument(part);
      for (let i = 0; i < part.claims.length; i++) {
        if (!final || final(i)) finalClaims.push(part.claims[i]!);
        else held.push(claimCount + i);
      }
      claimCount += part.claims.length;
    }
    const wait = opts.onDocument?.({ ...part.info, origin: doc.origin }, finalClaims);
    opts.onProgress?.(parts.length, survey.documents, chars);
    return wait;
  };
  await analyzeInPool(source.documents(), pool, (doc) => analyzeDocument(doc, survey.stats, settings), done);
  const analysis = combineAnalyses(parts, opts, compactor?.mentions);
  if (opts.streamClaims) analysis.heldClaims = held.map((i) => analysis.claims[i]!);
  return analysis;
}

interface Slot {
  doc: Document;
  part?: DocumentAnalysis;
  result?: Promise<DocumentAnalysis>;
}

/**
 * Spread documents over the workers, each holding at most PER_WORKER; when all are full, this thread
 * analyses the next document itself. Results are reported in input order.
 */
async function analyzeInPool(
  docs: AsyncIterable<Document>,
  pool: Worker[],
  analyzeHere: (doc: Document) => DocumentAnalysis,
  done: (doc: Document, part: DocumentAnalysis) => void | Promise<void>,
): Promise<void> {
  const pending = new Map<number, { doc: Document; worker: number; resolve: (part: DocumentAnalysis) => void; reject: (e: Error) => void }>();
  const load = pool.map(() => 0);
  let failure: Error | null = null;
  const fail = (e: Error) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(e);
  };
  pool.forEach((w) => {
    w.on('message', (msg: { index: number; part?: DocumentAnalysis; error?: string }) => {
      const p = pending.get(msg.index);
      if (!p) return;
      pending.delete(msg.index);
      load[p.worker]!--;
      if (msg.error !== undefined) p.reject(new Error(`${p.doc.origin}: ${msg.error}`));
      else p.resolve(msg.part!);
    });
    w.on('error', fail);
  });
  const slots: Slot[] = [];
  const reportFinished = async () => {
    while (slots.length && slots[0]!.part) {
      const { doc, part } = slots.shift()!;
      const wait = done(doc, part!);
      if (wait) await wait;
    }
  };
  let index = 0;
  try {
    for await (const doc of docs) {
      if (failure) throw failure;
      const i = index++;
      const worker = pool.length ? load.indexOf(Math.min(...load)) : -1;
      const slot: Slot = { doc };
      slots.push(slot);
      if (worker >= 0 && load[worker]! < PER_WORKER) {
        load[worker]!++;
        slot.result = new Promise<DocumentAnalysis>((resolve, reject) => pending.set(i, { doc, worker, resolve, reject }));
        slot.result.then((part) => (slot.part = part)).catch(() => undefined);
        pool[worker]!.postMessage({ index: i, doc });
      } else {
        slot.part = analyzeHere(doc);
        // Let the workers' answers in before the next document.
        if (pool.length) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await reportFinished();
    }
    // The last documents, still in the workers: each reported as soon as it and those before it are done.
    for (const slot of [...slots]) {
      slot.part ??= await slot.result!;
      await reportFinished();
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
