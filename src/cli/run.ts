import { createWriteStream, mkdirSync, openSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openCorpus, type CorpusSource, type LoadOptions } from '../corpus/load.js';
import type { Entity } from '../entities/types.js';
import { RULES, type Claim, type Finding } from '../figures/index.js';
import type { LocatedFinding } from '../format/findings.js';
import { formatGithub, formatSarif } from '../format/findings.js';
import { analysisJson, formatJsonChunks, jsonlMeta, jsonlRecord, streamedJsonArray } from '../format/json.js';
import { formatTsv } from '../format/tsv.js';
import { documentExcerpts, type DocumentExcerpts } from '../format/view.js';
import type { Style } from '../format/text/index.js';
import type { CorpusAnalysis, Wanted } from '../pipeline/analyze.js';
import { applyBaseline, baselineFor, fingerprintFindings, parseBaseline, type BaselineEntry, type FingerprintedFinding } from '../pipeline/baseline.js';
import { compareAndFind } from '../pipeline/claims.js';
import { documentInfo, surveyCorpus, type CorpusSurvey, type DocumentInfo } from '../pipeline/survey.js';
import type { Quote } from '../quotes/types.js';
import { stripDocument } from '../strip/index.js';
import { UsageError } from './errors.js';
import { readShards } from './merge.js';
import type { Output } from './output.js';
import { wantsColor, type RunOptions } from './options.js';

export interface RunContext {
  out: Output;
  env: NodeJS.ProcessEnv;
  stdin: LoadOptions['stdin'];
  stdinIsTTY: boolean;
  version: string;
  cores: number;
}

type TextOutput = typeof import('../format/text/index.js') & { style: Style };

/** The text formatters with the output's styling (colour on a terminal, unless turned off). */
async function textOutput(opts: RunOptions, ctx: RunContext): Promise<TextOutput> {
  const text = await import('../format/text/index.js');
  return { ...text, style: text.makeStyle(wantsColor(opts.colorFlag, ctx.env, ctx.out.stdoutIsTTY && !opts.out)) };
}

const WANT: Record<string, Wanted> = {
  entities: { entities: true },
  quotes: { quotes: true },
  figures: { figures: true },
  check: { figures: true, findings: true },
  report: { entities: true, quotes: true, figures: true, findings: true },
};

/** Run one command; resolves to its exit code. */
export async function runCommand(inputs: string[], opts: RunOptions, ctx: RunContext): Promise<number> {
  if (opts.printConfig) {
    const { tolerance, failOn, ignoreMeasures, keepBoilerplate, jobs, configFile, baseline } = opts;
    ctx.out.write(JSON.stringify({ configFile, tolerance, failOn, ignoreMeasures, keepBoilerplate, jobs: jobs ?? ctx.cores, baseline }, null, 2) + '\n');
    return 0;
  }
  const text = opts.format === 'text' ? await textOutput(opts, ctx) : null;
  if (opts.merge) {
    if (opts.command !== 'figures' && opts.command !== 'check') throw new UsageError(`option --merge: only for figures and check`);
    if (inputs.length) throw new UsageError('option --merge: compares shard outputs; give no document inputs with it');
    return mergeShards(opts, ctx, text);
  }
  const source = await openCorpus(inputs, {
    stdin: ctx.stdin,
    stdinIsTTY: ctx.stdinIsTTY,
    jsonlStdin: opts.jsonlStdin,
    warn: (m) => ctx.out.warn(m),
    maxDocBytes: opts.maxDocBytes,
  });
  // The first pass reads every input, so bad input is reported before anything is written.
  const survey = await surveyCorpus(source);
  if (opts.command === 'strip') return runStrip(source, survey, inputs, opts, ctx, text);
  const extra = { source, baseline: readBaseline(opts) };
  if (!opts.out) {
    const analysis = await analyze(source, survey, opts, ctx);
    return emitAnalysis(analysis, survey.origins, opts, ctx, text, extra);
  }
  const file = openOutFile(opts.out, survey.origins);
  const fileCtx = { ...ctx, out: ctx.out.to(file, opts.out) };
  const analysis = await analyze(source, survey, opts, fileCtx);
  const code = await emitAnalysis(analysis, survey.origins, opts, fileCtx, text, extra);
  await new Promise<void>((resolve) => file.end((e?: NodeJS.ErrnoException | null) => {
    if (e) fileCtx.out.failed(e);
    resolve();
  }));
  return code;
}

/** Never one of the inputs: concord does not modify its input files. */
function refuseInputPath(file: string, origins: Map<string, string>, option: string): void {
  const target = path.resolve(file);
  for (const origin of origins.values()) {
    if (path.resolve(origin.replace(/:\d+$/, '')) === target) throw new UsageError(`option ${option}: ${file} is one of the inputs; choose another file`);
  }
}

/** The --out file, opened now so that a path that cannot be written is a usage error before any work. */
function openOutFile(file: string, origins: Map<string, string>) {
  refuseInputPath(file, origins, '--out');
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (e) {
    throw new UsageError(`option --out: cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return createWriteStream('', { fd });
}

/** Every document's dropped lines and claim sentences (a further pass over the inputs; pages quote them). */
async function collectExcerpts(source: CorpusSource, a: CorpusAnalysis): Promise<Map<string, DocumentExcerpts>> {
  const index = new Map(a.documents.map((d, i) => [d.id, i]));
  const claimsOf = new Map<string, Claim[]>();
  for (const q of a.claims) {
    const list = claimsOf.get(q.document);
    if (list) list.push(q);
    else claimsOf.set(q.document, [q]);
  }
  const out = new Map<string, DocumentExcerpts>();
  for await (const doc of source.documents()) {
    const i = index.get(doc.id);
    if (i === undefined) continue;
    out.set(doc.id, documentExcerpts(doc.text, a.strip[i]?.lineDecisions ?? [], claimsOf.get(doc.id) ?? []));
  }
  return out;
}

interface BaselineResult {
  shown: FingerprintedFinding[];
  accepted: number;
  fixed: BaselineEntry[];
}

/** The entries of the --baseline file that `check` reads (not the one --update-baseline writes), read before any work. */
function readBaseline(opts: RunOptions): BaselineEntry[] | null {
  const file = opts.baseline;
  if (opts.command !== 'check' || !file || opts.updateBaseline) return null;
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read the baseline (${code === 'ENOENT' ? 'no such file; write one with --update-baseline' : code ?? (e as Error).message})`);
  }
  try {
    return parseBaseline(json).findings;
  } catch (e) {
    throw new UsageError(`${file}: invalid baseline (${(e as Error).message.split('\n')[0]})`);
  }
}

/** check --baseline / --update-baseline: which findings count, and which recorded ones are gone. */
function useBaseline(findings: FingerprintedFinding[], entries: BaselineEntry[] | null, opts: RunOptions, ctx: RunContext, origins: Map<string, string>): BaselineResult {
  const file = opts.baseline;
  if (opts.command !== 'check' || !file) return { shown: findings, accepted: 0, fixed: [] };
  if (opts.updateBaseline) {
    refuseInputPath(file, origins, '--baseline');
    const baseline = baselineFor(findings);
    try {
      writeFileSync(file, JSON.stringify(baseline, null, 2) + '\n');
    } catch (e) {
      throw new UsageError(`option --baseline: cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    ctx.out.warn(`recorded ${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'} in the baseline ${file}`);
    return { shown: [], accepted: findings.length, fixed: [] };
  }
  const { fresh, accepted, fixed } = applyBaseline(findings, entries ?? []);
  return { shown: fresh, accepted: accepted.length, fixed };
}

async function analyze(source: CorpusSource, survey: CorpusSurvey, opts: RunOptions, ctx: RunContext): Promise<CorpusAnalysis> {
  const started = Date.now();
  const streamJsonl = opts.format === 'jsonl';
  if (streamJsonl) ctx.out.write(jsonlMeta(opts.command));
  // Loaded here: the analysis modules take a while to load, and strip does not need them.
  const { runAnalysis } = await import('../pipeline/parallel.js');
  const analysis = await runAnalysis(source, survey, {
    want: WANT[opts.command]!,
    keepBoilerplate: opts.keepBoilerplate,
    keepStripText: opts.command === 'report' && opts.format !== 'text',
    demonyms: opts.demonyms,
    // The evidence is printed only with --explain (see filterEntities).
    entityEvidence: !!opts.explain,
    tolerance: opts.tolerance,
    ignoreMeasures: opts.ignoreMeasures,
    rates: readRates(opts.ratesFile),
    jobs: opts.jobs ?? ctx.cores,
    minCharsPerWorker: Number(ctx.env.CONCORD_MIN_CHARS_PER_WORKER) || undefined,
    compactFromChars: ctx.env.CONCORD_COMPACT_FROM_CHARS ? Number(ctx.env.CONCORD_COMPACT_FROM_CHARS) : undefined,
    // A document's record, then those of its claims that are final; the others follow the documents.
    streamClaims: streamJsonl,
    onDocument: streamJsonl
      ? (info, finalClaims) => {
          ctx.out.write(jsonlRecord('document', info));
          for (const c of finalClaims) ctx.out.write(jsonlRecord('claim', c));
          return ctx.out.drained();
        }
      : undefined,
    onProgress: (done, total, chars) => {
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? ` ${(chars / 1e6 / secs).toFixed(2)} MB/s` : '';
      ctx.out.progress(`concord ${opts.command}: ${done}/${total} documents${rate}`);
    },
  });
  ctx.out.progressDone();
  return analysis;
}

// ---- strip --------------------------------------------------------------------------------------

async function runStrip(source: CorpusSource, survey: CorpusSurvey, inputs: string[], opts: RunOptions, ctx: RunContext, text: TextOutput | null): Promise<number> {
  const { out } = ctx;
  const written = new Set<string>();
  const writeFiles = !!opts.outDir && opts.format === 'text' && !opts.explain;
  // Every output name is known, and checked against the inputs, before the first file is written.
  const names = writeFiles ? outputNames(opts.outDir!, [...survey.origins.keys()], inputs, survey.origins, opts.force) : null;
  if (writeFiles) mkdirSync(opts.outDir!, { recursive: true });
  const json = streamedJsonArray('strip', 'documents');
  if (opts.format === 'json') out.write(json.open());
  if (opts.format === 'jsonl') out.write(jsonlMeta('strip'));
  let n = 0;
  for await (const doc of source.documents()) {
    const { analysisText: _unused, captionText: _entitiesOnly, ...result } = stripDocument(doc, survey.stats, { keepAll: !!opts.keepBoilerplate });
    const record = { ...documentInfo(doc), text: result.text, lineDecisions: result.lineDecisions };
    if (opts.format === 'json') out.write(json.item(record));
    else if (opts.format === 'jsonl') out.write(jsonlRecord('document', record));
    else if (opts.explain && text) out.write(text.formatStripExplain(doc.id, doc.text, result, text.style));
    else if (names) {
      const target = path.join(opts.outDir!, names.get(doc.id) ?? outputName(doc.id, written));
      writeFileSync(target, result.text + (result.text ? '\n' : ''));
    } else out.write((n ? '\f\n' : '') + result.text + (result.text ? '\n' : ''));
    n++;
  }
  if (opts.format === 'json') out.write(json.close());
  if (writeFiles) out.warn(`wrote ${n} file${n === 1 ? '' : 's'} to ${opts.outDir}`);
  return 0;
}

/** Longest output file name, in UTF-16 units (file systems allow 255 bytes; ids may be longer). */
const MAX_NAME = 120;

/** A safe file name for a document id: its base name, `.txt` added when it has no extension, unique. */
function outputName(id: string, used: Set<string>): string {
  let name = id.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').replace(/^\.+/, '_') || 'document';
  if (!/\.[A-Za-z0-9]{1,5}$/.test(name)) name += '.txt';
  if (name.length > MAX_NAME) {
    const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)![0];
    name = name.slice(0, MAX_NAME - ext.length) + ext;
  }
  let unique = name;
  for (let n = 2; used.has(unique); n++) unique = name.replace(/(\.[^.]+)?$/, `-${n}$1`);
  used.add(unique);
  return unique;
}

/** The real path of `p`, or of its nearest existing ancestor with the rest appended (p may not exist yet). */
function realPathOf(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realPathOf(parent), path.basename(abs));
  }
}

const within = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** The file an origin names (`file.jsonl:12` is the JSONL file), or null for stdin. */
const originFile = (origin: string) => (origin === 'stdin' ? null : origin.replace(/(\.jsonl):\d+$/i, '$1'));

/**
 * Output file names for strip --out-dir, by document id. The folder may not be a file, an input folder,
 * inside one, or hold an input file (outputs would mix with, or overwrite, the articles); --force allows
 * all but the last kind of harm: no output file may be an input file.
 */
function outputNames(outDir: string, ids: string[], inputs: string[], origins: Map<string, string>, force: boolean): Map<string, string> {
  const stat = statSync(outDir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UsageError(`option --out-dir: ${outDir} exists and is not a folder; name a new or existing folder`);
  const outReal = realPathOf(outDir);
  const inputFiles = new Set<string>();
  for (const origin of origins.values()) {
    const file = originFile(origin);
    if (file) inputFiles.add(realPathOf(file));
  }
  if (!force) {
    for (const arg of inputs) {
      if (arg === '-' || !statSync(arg, { throwIfNoEntry: false })?.isDirectory()) continue;
      const real = realPathOf(arg);
      if (within(outReal, real) || within(real, outReal)) {
        throw new UsageError(`option --out-dir: ${outDir} is or overlaps the input folder ${arg}; name a folder outside the inputs (--force writes beside them)`);
      }
    }
    for (const file of inputFiles) {
      if (within(file, outReal)) throw new UsageError(`option --out-dir: ${outDir} holds the input ${file}; name a folder outside the inputs (--force writes beside them)`);
    }
  }
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const id of ids) {
    const name = outputName(id, used);
    if (inputFiles.has(path.join(outReal, name))) {
      throw new UsageError(`option --out-dir: writing ${path.join(outDir, name)} would overwrite an input; name a folder outside the inputs`);
    }
    names.set(id, name);
  }
  return names;
}

// ---- analysis commands ----------------------------------------------------------------------------

function filterEntities(entities: Entity[], opts: RunOptions): Entity[] {
  const kept = entities.filter((e) => e.documents.length >= opts.minDocs && (!opts.types || opts.types.includes(e.type)));
  // The evidence is part of the output only when asked for (contract: `--explain`).
  return opts.explain ? kept : kept.map(({ evidence: _evidence, ...rest }) => rest as Entity);
}

function filterQuotes(quotes: Quote[], entities: Entity[], opts: RunOptions): Quote[] {
  if (!opts.speaker) return quotes;
  const want = opts.speaker.toLowerCase();
  const ids = new Set(entities.filter((e) => e.aliases.some((a) => a.toLowerCase() === want) || e.name.toLowerCase() === want).map((e) => e.id));
  return quotes.filter(
    (q) => (q.speakerEntity && ids.has(q.speakerEntity)) || q.speaker?.toLowerCase() === want || q.mention?.toLowerCase() === want,
  );
}

/** Where a finding sits in a file the user has: the file itself, or the JSONL line that held the document. */
function locateFindings(findings: Finding[], origins: Map<string, string>): LocatedFinding[] {
  return findings.map((f) => {
    const origin = origins.get(f.document) ?? f.document;
    const jsonl = /^(.*\.jsonl):(\d+)$/i.exec(origin);
    if (jsonl) return { ...f, file: jsonl[1]!, fileLine: Number(jsonl[2]), fileColumn: 1 };
    return { ...f, file: origin, fileLine: f.line, fileColumn: f.column };
  });
}

function failCode(findings: Finding[], opts: RunOptions): number {
  if (opts.command !== 'check') return 0;
  if (opts.failOn === 'never') return 0;
  const levels = opts.failOn === 'warning' ? ['error', 'warning'] : ['error'];
  return findings.some((f) => levels.includes(f.severity)) ? 1 : 0;
}

const ENTITY_COLUMNS = [
  { name: 'id', get: (e: Entity) => e.id },
  { name: 'name', get: (e: Entity) => e.name },
  { name: 'type', get: (e: Entity) => e.type },
  { name: 'mentions', get: (e: Entity) => e.mentions.length },
  { name: 'documents', get: (e: Entity) => e.documents },
  { name: 'aliases', get: (e: Entity) => e.aliases },
  { name: 'roles', get: (e: Entity) => e.roles },
];
const QUOTE_COLUMNS = (['document', 'line', 'kind', 'speaker', 'speakerEntity', 'mention', 'cue', 'content', 'start', 'end'] as const).map(
  (k) => ({ name: k, get: (q: Quote) => q[k] }),
);
const CLAIM_COLUMNS = (
  ['id', 'document', 'line', 'text', 'value', 'low', 'high', 'qualifier', 'unit', 'measure', 'scope', 'attributedTo', 'start', 'end'] as const
).map((k) => ({ name: k, get: (q: Claim) => q[k] }));

async function emitAnalysis(
  a: CorpusAnalysis,
  origins: Map<string, string>,
  opts: RunOptions,
  ctx: RunContext,
  text: TextOutput | null,
  extra: { source: CorpusSource | null; baseline: BaselineEntry[] | null },
): Promise<number> {
  const { out } = ctx;
  const entities = filterEntities(a.entities, opts);
  const quotes = filterQuotes(a.quotes, a.entities, opts);
  const documents = a.documents;
  const cmd = opts.command;
  if (cmd === 'check' || cmd === 'figures') {
    for (const u of a.unreadFigures ?? []) {
      const why = u.allDropped ? 'every line with a figure was dropped as boilerplate' : 'none of them was read as a claim';
      out.warn(`${origins.get(u.document) ?? u.document}: no figures compared although ${u.proseLines} line${u.proseLines === 1 ? '' : 's'} of prose ${u.proseLines === 1 ? 'holds' : 'hold'} numbers (${why}); see concord strip --explain, or use --keep-boilerplate`);
    }
  }
  const all = fingerprintFindings(a.findings, a.claims, a.comparisons, a.documents);
  const baseline = useBaseline(all, extra.baseline, opts, ctx, origins);
  const findings = locateFindings(baseline.shown, origins);
  const exit = failCode(baseline.shown, opts);

  if (opts.format === 'html' || opts.format === 'markdown') {
    const excerpts = cmd === 'report' && extra.source ? await collectExcerpts(extra.source, a) : undefined;
    const analysis = { ...a, entities, quotes };
    if (opts.format === 'html') {
      const { formatHtmlReport } = await import('../format/html.js');
      out.write(formatHtmlReport({ analysis, excerpts, tolerance: opts.tolerance, version: ctx.version }));
    } else {
      const { formatMarkdownCheck, formatMarkdownReport } = await import('../format/markdown.js');
      out.write(cmd === 'report'
        ? formatMarkdownReport({ analysis, excerpts, tolerance: opts.tolerance })
        : formatMarkdownCheck({ findings, documents: documents.length, accepted: baseline.accepted, fixed: baseline.fixed, baselineFile: opts.baseline }));
    }
    return exit;
  }

  if (opts.format === 'json') {
    const body = analysisJson(cmd, { ...a, entities, quotes }, { explain: !!opts.explain });
    if (cmd === 'check') {
      body.findings = baseline.shown;
      if (opts.baseline) body.baseline = { file: opts.baseline, accepted: baseline.accepted, fixed: baseline.fixed };
    }
    await out.writeAll(formatJsonChunks(cmd, body));
    return exit;
  }
  if (opts.format === 'jsonl') {
    // The meta line, document records and final claim records were streamed during the analysis.
    const claims = a.heldClaims ?? a.claims;
    await out.writeAll(jsonlRecords(cmd, { ...a, entities, quotes, claims, findings: cmd === 'check' ? baseline.shown : a.findings, decisions: opts.explain ? a.decisions : [] }));
    return exit;
  }
  if (opts.format === 'tsv') {
    if (cmd === 'entities') out.write(formatTsv(ENTITY_COLUMNS, entities));
    if (cmd === 'quotes') out.write(formatTsv(QUOTE_COLUMNS, quotes));
    if (cmd === 'figures') out.write(formatTsv(CLAIM_COLUMNS, a.claims));
    return exit;
  }
  if (opts.format === 'github') {
    out.write(formatGithub(findings));
    return exit;
  }
  if (opts.format === 'sarif') {
    out.write(formatSarif(findings, RULES, ctx.version));
    return exit;
  }
  if (!text) return exit;
  const { style } = text;
  if (cmd === 'entities') out.write(opts.explain ? text.formatEntitiesExplain(entities, style) : text.formatEntitiesTable(entities, style));
  if (cmd === 'quotes') out.write(text.formatQuotesText(quotes, style));
  if (cmd === 'figures') {
    out.write(text.formatClaimsTable(a.claims, style));
    out.write('\n' + text.formatComparisons(a.comparisons, a.claims, style));
    if (opts.explain) out.write('\n' + text.formatDecisions(a.decisions, style));
  }
  if (cmd === 'check') out.write(text.formatFindingsText(findings, style, { accepted: baseline.accepted, fixed: baseline.fixed, baselineFile: opts.baseline }));
  if (cmd === 'report') out.write(text.formatReportText({ ...a, entities, quotes }, style));
  if (cmd === 'report' && opts.explain) out.write('\n' + text.formatDecisions(a.decisions, style));
  return exit;
}

function* jsonlRecords(cmd: string, a: CorpusAnalysis): Generator<string> {
  if (cmd === 'entities' || cmd === 'report') for (const e of a.entities) yield jsonlRecord('entity', e);
  if (cmd === 'quotes' || cmd === 'report') for (const q of a.quotes) yield jsonlRecord('quote', q);
  if (cmd !== 'entities' && cmd !== 'quotes') {
    for (const c of a.claims) yield jsonlRecord('claim', c);
    for (const c of a.comparisons) yield jsonlRecord('comparison', c);
    for (const d of a.decisions) yield jsonlRecord('decision', d);
  }
  if (cmd === 'check' || cmd === 'report') for (const f of a.findings) yield jsonlRecord('finding', f);
}

// ---- --merge ------------------------------------------------------------------------------------

async function mergeShards(opts: RunOptions, ctx: RunContext, text: TextOutput | null): Promise<number> {
  const shards = await readShards(opts.merge!, (m) => ctx.out.warn(m));
  const rates = readRates(opts.ratesFile);
  const { comparisons, decisions, findings } = compareAndFind(shards.claims, { tolerance: opts.tolerance, ignoreMeasures: opts.ignoreMeasures, rates }, shards.documents);
  const analysis: CorpusAnalysis = {
    documents: shards.documents.map(({ origin: _origin, ...info }) => info as DocumentInfo),
    strip: [],
    entities: [],
    quotes: [],
    claims: shards.claims,
    comparisons,
    decisions,
    findings,
  };
  const origins = new Map(shards.documents.map((d) => [d.id, d.origin ?? d.id]));
  if (opts.format === 'jsonl') {
    ctx.out.write(jsonlMeta(opts.command));
    for (const d of analysis.documents) ctx.out.write(jsonlRecord('document', d));
  }
  return emitAnalysis(analysis, origins, opts, ctx, text, { source: null, baseline: readBaseline(opts) });
}

/** `--rates FILE`: a JSON object of currency code → value of one unit in a common reference. */
function readRates(file: string | null): Record<string, number> | undefined {
  if (!file) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as NodeJS.ErrnoException).code ? 'cannot be read' : 'not valid JSON';
    throw new UsageError(`--rates ${file}: ${why}`);
  }
  const ok = !!value && typeof value === 'object' && !Array.isArray(value)
    && Object.entries(value).every(([k, v]) => /^[A-Z]{3}$/.test(k) && typeof v === 'number' && Number.isFinite(v) && v > 0);
  if (!ok) throw new UsageError(`--rates ${file}: expected a JSON object of currency codes and positive numbers, e.g. {"USD": 1, "EUR": 1.08}`);
  return value as Record<string, number>;
}
