import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openCorpus, type CorpusSource, type LoadOptions } from '../corpus/load.js';
import type { Entity } from '../entities/types.js';
import { RULES, type Claim, type Finding } from '../figures/index.js';
import type { LocatedFinding } from '../format/findings.js';
import { formatGithub, formatSarif } from '../format/findings.js';
import { formatJsonChunks, jsonlMeta, jsonlRecord, streamedJsonArray } from '../format/json.js';
import { formatTsv } from '../format/tsv.js';
import type { Style } from '../format/text/index.js';
import type { CorpusAnalysis, Wanted } from '../pipeline/analyze.js';
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
  return { ...text, style: text.makeStyle(wantsColor(opts.colorFlag, ctx.env, ctx.out.stdoutIsTTY)) };
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
    const { tolerance, failOn, ignoreMeasures, keepBoilerplate, jobs, configFile } = opts;
    ctx.out.write(JSON.stringify({ configFile, tolerance, failOn, ignoreMeasures, keepBoilerplate, jobs: jobs ?? ctx.cores }, null, 2) + '\n');
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
  });
  // The first pass reads every input, so bad input is reported before anything is written.
  const survey = await surveyCorpus(source);
  if (opts.command === 'strip') return runStrip(source, survey, opts, ctx, text);
  const analysis = await analyze(source, survey, opts, ctx);
  return emitAnalysis(analysis, survey.origins, opts, ctx, text);
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
    tolerance: opts.tolerance,
    ignoreMeasures: opts.ignoreMeasures,
    jobs: opts.jobs ?? ctx.cores,
    minCharsPerWorker: Number(ctx.env.CONCORD_MIN_CHARS_PER_WORKER) || undefined,
    onDocument: streamJsonl ? (info) => ctx.out.write(jsonlRecord('document', info)) : undefined,
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

async function runStrip(source: CorpusSource, survey: CorpusSurvey, opts: RunOptions, ctx: RunContext, text: TextOutput | null): Promise<number> {
  const { out } = ctx;
  const written = new Set<string>();
  if (opts.outDir) mkdirSync(opts.outDir, { recursive: true });
  const json = streamedJsonArray('strip', 'documents');
  if (opts.format === 'json') out.write(json.open());
  if (opts.format === 'jsonl') out.write(jsonlMeta('strip'));
  let n = 0;
  for await (const doc of source.documents()) {
    const { analysisText: _unused, ...result } = stripDocument(doc, survey.stats);
    const record = { ...documentInfo(doc), text: result.text, lineDecisions: result.lineDecisions };
    if (opts.format === 'json') out.write(json.item(record));
    else if (opts.format === 'jsonl') out.write(jsonlRecord('document', record));
    else if (opts.explain && text) out.write(text.formatStripExplain(doc.id, doc.text, result, text.style));
    else if (opts.outDir) {
      writeFileSync(path.join(opts.outDir, outputName(doc.id, written)), result.text + (result.text ? '\n' : ''));
    } else out.write((n ? '\f\n' : '') + result.text + (result.text ? '\n' : ''));
    n++;
  }
  if (opts.format === 'json') out.write(json.close());
  if (opts.outDir && opts.format === 'text' && !opts.explain) out.warn(`wrote ${n} file${n === 1 ? '' : 's'} to ${opts.outDir}`);
  return 0;
}

/** A safe file name for a document id: its base name, `.txt` added when it has no extension, unique. */
function outputName(id: string, used: Set<string>): string {
  let name = id.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').replace(/^\.+/, '_') || 'document';
  if (!/\.[A-Za-z0-9]{1,5}$/.test(name)) name += '.txt';
  let unique = name;
  for (let n = 2; used.has(unique); n++) unique = name.replace(/(\.[^.]+)?$/, `-${n}$1`);
  used.add(unique);
  return unique;
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

async function emitAnalysis(a: CorpusAnalysis, origins: Map<string, string>, opts: RunOptions, ctx: RunContext, text: TextOutput | null): Promise<number> {
  const { out } = ctx;
  const entities = filterEntities(a.entities, opts);
  const quotes = filterQuotes(a.quotes, a.entities, opts);
  const findings = locateFindings(a.findings, origins);
  const documents = a.documents;
  const cmd = opts.command;
  const exit = cmd === 'check' ? failCode(a.findings, opts) : 0;

  if (opts.format === 'json') {
    const body: Record<string, unknown> = { documents };
    if (cmd === 'entities') body.entities = entities;
    if (cmd === 'quotes') body.quotes = quotes;
    if (cmd === 'figures' || cmd === 'check') Object.assign(body, { claims: a.claims, comparisons: a.comparisons });
    if (cmd === 'check') body.findings = a.findings;
    if (cmd === 'report') {
      body.strip = { documents: documents.map((d, i) => ({ ...d, text: a.strip[i]!.text, lineDecisions: a.strip[i]!.lineDecisions })) };
      Object.assign(body, { entities, quotes, figures: { claims: a.claims, comparisons: a.comparisons }, findings: a.findings });
    }
    await out.writeAll(formatJsonChunks(cmd, body));
    return exit;
  }
  if (opts.format === 'jsonl') {
    // The meta line and document records were streamed during the analysis.
    await out.writeAll(jsonlRecords(cmd, { ...a, entities, quotes }));
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
  }
  if (cmd === 'check') out.write(text.formatFindingsText(findings, style));
  if (cmd === 'report') out.write(text.formatReportText({ ...a, entities, quotes }, style));
  return exit;
}

function* jsonlRecords(cmd: string, a: CorpusAnalysis): Generator<string> {
  if (cmd === 'entities' || cmd === 'report') for (const e of a.entities) yield jsonlRecord('entity', e);
  if (cmd === 'quotes' || cmd === 'report') for (const q of a.quotes) yield jsonlRecord('quote', q);
  if (cmd !== 'entities' && cmd !== 'quotes') {
    for (const c of a.claims) yield jsonlRecord('claim', c);
    for (const c of a.comparisons) yield jsonlRecord('comparison', c);
  }
  if (cmd === 'check' || cmd === 'report') for (const f of a.findings) yield jsonlRecord('finding', f);
}

// ---- --merge ------------------------------------------------------------------------------------

async function mergeShards(opts: RunOptions, ctx: RunContext, text: TextOutput | null): Promise<number> {
  const shards = await readShards(opts.merge!, (m) => ctx.out.warn(m));
  const { comparisons, findings } = compareAndFind(shards.claims, { tolerance: opts.tolerance, ignoreMeasures: opts.ignoreMeasures });
  const analysis: CorpusAnalysis = {
    documents: shards.documents.map(({ origin: _origin, ...info }) => info as DocumentInfo),
    strip: [],
    entities: [],
    quotes: [],
    claims: shards.claims,
    comparisons,
    findings,
  };
  const origins = new Map(shards.documents.map((d) => [d.id, d.origin ?? d.id]));
  if (opts.format === 'jsonl') {
    ctx.out.write(jsonlMeta(opts.command));
    for (const d of analysis.documents) ctx.out.write(jsonlRecord('document', d));
  }
  return emitAnalysis(analysis, origins, opts, ctx, text);
}
