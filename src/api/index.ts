import type { Document } from '../corpus/types.js';
import type { Entity } from '../entities/types.js';
import type { Claim, Comparison, Finding } from '../figures/types.js';
import { analysisJson, SCHEMA_VERSION } from '../format/json.js';
import { analyzeDocument, combineAnalyses, type CorpusAnalysis, type Wanted } from '../pipeline/analyze.js';
import { DEFAULT_TOLERANCE } from '../figures/defaults.js';
import { documentInfo, type DocumentInfo } from '../pipeline/survey.js';
import type { Quote } from '../quotes/types.js';
import { addDocument, emptyLineStats, stripDocument, type LineDecision, type LineStats } from '../strip/index.js';
import { loadHtmlParser, renderHtml } from '../corpus/html.js';

// The Node API: the analyses of the command line on documents held in memory, returning what
// `--format json` prints. No console output, no process exit: bad input is a thrown TypeError.

export type { Claim, Comparison, Entity, Finding, LineDecision, Quote };

/** One input document: `text`, or `html` (read for its text, never run). */
export interface InputDocument {
  id: string;
  text?: string;
  html?: string;
  /** The outlet, used to group documents of one site. */
  source?: string | null;
  /** Publication date or time, ISO 8601. */
  date?: string | null;
  title?: string | null;
  url?: string | null;
}

export interface AnalyzeOptions {
  /** Relative difference in percent under which figures agree (default 5). */
  tolerance?: number;
  /** Analyse the text as given, without boilerplate stripping. */
  keepBoilerplate?: boolean;
  /** Measures never compared. */
  ignoreMeasures?: string[];
  /** Count nationality adjectives ("Syrian") as mentions of their country. */
  demonyms?: boolean;
  /** The reason codes behind decisions: entity `evidence`, figures' `decisions` (as `--explain`). */
  explain?: boolean;
}

/** A document as every output lists it (`documents[]`). */
export type DocumentRecord = DocumentInfo;

interface Envelope<C extends string> {
  schemaVersion: typeof SCHEMA_VERSION;
  command: C;
  documents: DocumentRecord[];
}

export interface StripOutput extends Envelope<'strip'> {
  documents: (DocumentRecord & { text: string; lineDecisions: LineDecision[] })[];
}
export interface EntitiesOutput extends Envelope<'entities'> {
  entities: Entity[];
}
export interface QuotesOutput extends Envelope<'quotes'> {
  quotes: Quote[];
}
export interface FiguresOutput extends Envelope<'figures'> {
  claims: Claim[];
  comparisons: Comparison[];
}
export interface CheckOutput extends Envelope<'check'> {
  claims: Claim[];
  comparisons: Comparison[];
  findings: Finding[];
}
export interface ReportOutput extends Envelope<'report'> {
  strip: { documents: StripOutput['documents'] };
  entities: Entity[];
  quotes: Quote[];
  figures: { claims: Claim[]; comparisons: Comparison[] };
  findings: Finding[];
}

interface Loaded {
  docs: (Document & { date: string | null; title: string | null; url: string | null })[];
  stats: LineStats;
}

const optional = (v: unknown, what: string): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new TypeError(`${what} must be a string`);
  return v || null;
};

/** Loads the HTML parser when some document is given as HTML (load reads it with renderHtml). */
async function htmlReady(input: readonly InputDocument[]): Promise<void> {
  if (Array.isArray(input) && input.some((d) => !!d && typeof d === 'object' && typeof d.text !== 'string' && typeof d.html === 'string')) await loadHtmlParser();
}

/** Check and normalise the documents; ids seen before get `#2`, `#3` as on the command line. */
function load(input: readonly InputDocument[]): Loaded {
  if (!Array.isArray(input)) throw new TypeError('concord: documents must be an array of {id, text | html}');
  const stats = emptyLineStats();
  const seen = new Map<string, number>();
  const docs = input.map((d, i) => {
    const where = `concord: document ${i}`;
    if (!d || typeof d !== 'object') throw new TypeError(`${where}: expected an object {id, text | html}`);
    if (typeof d.id !== 'string' || !d.id) throw new TypeError(`${where}: "id" must be a non-empty string`);
    const page = typeof d.text !== 'string' && typeof d.html === 'string' ? renderHtml(d.html) : null;
    const raw = typeof d.text === 'string' ? d.text : page ? page.text : null;
    if (raw === null) throw new TypeError(`${where} (${d.id}): needs "text" or "html" as a string`);
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    const id = n > 1 ? `${d.id}#${n}` : d.id;
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const doc = {
      id, text, origin: id,
      source: optional(d.source, `${where}: "source"`) ?? page?.siteName ?? null,
      date: optional(d.date, `${where}: "date"`) ?? page?.date ?? null,
      title: optional(d.title, `${where}: "title"`) ?? page?.title ?? null,
      url: optional(d.url, `${where}: "url"`) ?? page?.url ?? null,
      ...(page ? { layout: page.layout } : {}),
    };
    addDocument(stats, doc);
    return doc;
  });
  return { docs, stats };
}

function run(input: readonly InputDocument[], want: Wanted, opts: AnalyzeOptions, keepStripText: boolean): CorpusAnalysis {
  const { docs, stats } = load(input);
  const stage = { want, keepBoilerplate: !!opts.keepBoilerplate, keepStripText, demonyms: !!opts.demonyms };
  const parts = docs.map((doc) => ({ ...analyzeDocument(doc, stats, stage), info: documentInfo(doc) }));
  const a = combineAnalyses(parts, { ...stage, entityEvidence: !!opts.explain, tolerance: opts.tolerance ?? DEFAULT_TOLERANCE, ignoreMeasures: opts.ignoreMeasures ?? [] });
  // Entity evidence is output only when asked for, as with the command line's --explain.
  return opts.explain ? a : { ...a, entities: a.entities.map(({ evidence: _evidence, ...rest }) => rest as Entity) };
}

/** Everything `report --format json` gives: strip, entities, quotes, figures and findings. */
export async function analyze(documents: readonly InputDocument[], options: AnalyzeOptions = {}): Promise<ReportOutput> {
  await htmlReady(documents);
  const a = run(documents, { entities: true, quotes: true, figures: true, findings: true }, options, true);
  return analysisJson('report', a, { explain: !!options.explain }) as unknown as ReportOutput;
}

/** Boilerplate stripping (`strip --format json`): each document's kept text and a decision per line. */
export async function strip(documents: readonly InputDocument[], options: Pick<AnalyzeOptions, 'keepBoilerplate'> = {}): Promise<StripOutput> {
  await htmlReady(documents);
  const { docs, stats } = load(documents);
  const out = docs.map((doc) => {
    const { text, lineDecisions } = stripDocument(doc, stats, { keepAll: !!options.keepBoilerplate });
    return { ...documentInfo(doc), text, lineDecisions };
  });
  return { schemaVersion: SCHEMA_VERSION, command: 'strip', documents: out };
}

/** Named entities merged across documents (`entities --format json`). */
export async function entities(documents: readonly InputDocument[], options: AnalyzeOptions = {}): Promise<EntitiesOutput> {
  await htmlReady(documents);
  return analysisJson('entities', run(documents, { entities: true }, options, false), { explain: !!options.explain }) as unknown as EntitiesOutput;
}

/** Who said what (`quotes --format json`). */
export async function quotes(documents: readonly InputDocument[], options: AnalyzeOptions = {}): Promise<QuotesOutput> {
  await htmlReady(documents);
  return analysisJson('quotes', run(documents, { quotes: true }, options, false), { explain: !!options.explain }) as unknown as QuotesOutput;
}

/** Numeric claims and their comparison across sources (`figures --format json`). */
export async function figures(documents: readonly InputDocument[], options: AnalyzeOptions = {}): Promise<FiguresOutput> {
  await htmlReady(documents);
  return analysisJson('figures', run(documents, { figures: true }, options, false), { explain: !!options.explain }) as unknown as FiguresOutput;
}

/** Findings as `check --format json` gives them (no baseline applied). */
export async function check(documents: readonly InputDocument[], options: AnalyzeOptions = {}): Promise<CheckOutput> {
  await htmlReady(documents);
  return analysisJson('check', run(documents, { figures: true, findings: true }, options, false), { explain: !!options.explain }) as unknown as CheckOutput;
}
