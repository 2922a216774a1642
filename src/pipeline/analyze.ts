import { ParsedDocument } from '../corpus/parsed.js';
import type { Document } from '../corpus/types.js';
import { attachDemonyms, findDemonyms, type DemonymMention } from '../entities/demonyms.js';
import { extractEntities, mergeEntities, type DocEntities, type Entity } from '../entities/index.js';
import { addCaptionEvidence } from '../entities/captions.js';
import { creditMentions, type CreditNameSpan } from '../entities/credits.js';
import { mergeMentionTable } from '../entities/merge.js';
import type { MentionTable } from '../entities/table.js';
import { attributingQuotes } from '../figures/attribution.js';
import {
  attributeClaims,
  extractClaims,
  type Claim,
  type Comparison,
  type Decision,
  type Finding,
} from '../figures/index.js';
import { compareAndFind } from './claims.js';
import { documentInfo, type DocumentInfo } from './survey.js';
import { shiftPlace, textWindows, type TextWindow } from './windows.js';

export type { DocumentInfo };
import { extractQuotes, resolveQuotes, type DocQuotes, type Quote } from '../quotes/index.js';
import { figureLines, stripDocument, type LineStats, type StripResult } from '../strip/index.js';

/** What a command needs computed. Stripping always runs (it may keep everything). */
export interface Wanted {
  entities?: boolean;
  quotes?: boolean;
  figures?: boolean;
  findings?: boolean;
}

export interface AnalysisOptions {
  want: Wanted;
  /** Analyse the text as given (no boilerplate stripping). */
  keepBoilerplate?: boolean;
  /** Relative difference in percent under which figures agree. */
  tolerance: number;
  ignoreMeasures?: string[];
  /** Currency rates (`--rates`). */
  rates?: Readonly<Record<string, number>>;
  /** Read nationality adjectives ("Syrian") as mentions of their country. */
  demonyms?: boolean;
  /** Build each entity's evidence (its reason codes; default true): only outputs that print it need it. */
  entityEvidence?: boolean;
  /** Keep each document's stripped text in the result (only outputs that print it need it). */
  keepStripText?: boolean;
  /** Called after each document with the count done and the characters read so far. */
  onProgress?: (done: number, total: number, chars: number) => void;
}


/** A document's strip decisions; the stripped text only when the output needs it. */
export type StripSummary = Omit<StripResult, 'analysisText' | 'captionText'>;

/** Everything one document contributes: small, plain data (it may cross a worker thread). */
export interface DocumentAnalysis {
  info: DocumentInfo;
  strip: StripSummary;
  entities?: DocEntities;
  demonyms?: DemonymMention[];
  quotes?: DocQuotes;
  claims?: Claim[];
  /**
   * For each claim, the index in `quotes` of the quote that attributes it, or -1: set when only those quotes
   * were kept (see ResultCompactor); `attributedTo` is then that quote's resolved speaker.
   */
  attribution?: Int32Array;
  /** Set when the document's prose has figures but it gave no claim. */
  unreadFigures?: Omit<UnreadFigures, 'document'>;
}

/** A document with figures in its prose that contributed no claim: `check` and `figures` warn. */
export interface UnreadFigures {
  document: string;
  proseLines: number;
  /** Every line with a figure was dropped as boilerplate. */
  allDropped: boolean;
}

export interface CorpusAnalysis {
  documents: DocumentInfo[];
  strip: StripSummary[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  comparisons: Comparison[];
  /** Why claims of one measure family were not compared (`--explain`). */
  decisions: Decision[];
  findings: Finding[];
  /** Documents whose prose has figures but which gave no claim. */
  unreadFigures?: UnreadFigures[];
  /**
   * When the documents' final claims were handed on as each document was done (`streamClaims`): the claims
   * that were not, in `claims` order, as they are after the corpus stage.
   */
  heldClaims?: Claim[];
}


const needsQuotes = (w: Wanted) => !!(w.quotes || w.figures || w.findings);
const needsEntities = (w: Wanted) => !!(w.entities || needsQuotes(w));

export type DocumentStageOptions = Pick<AnalysisOptions, 'want' | 'keepBoilerplate' | 'keepStripText' | 'demonyms'>;

/** Per-document stage: strip, then one shared parse for every analysis the command wants. */
export function analyzeDocument(doc: Document, stats: LineStats, opts: DocumentStageOptions): DocumentAnalysis {
  const { analysisText, captionText, ...strip } = stripDocument(doc, stats, { keepAll: !!opts.keepBoilerplate });
  if (!opts.keepStripText) strip.text = '';
  const out: DocumentAnalysis = { info: documentInfo(doc), strip };
  const w = opts.want;
  if (!needsEntities(w) && !w.figures && !w.findings) return out;
  const windows = textWindows(doc.text);
  for (const window of windows) {
    const part = analyzeWindow(doc, { analysis: analysisText, captions: captionText, credits: strip.credits }, window, opts);
    if (windows.length === 1) Object.assign(out, part);
    else appendWindow(out, part, window);
  }
  if (out.claims && windows.length > 1) out.claims.forEach((c, i) => (c.id = `${doc.id}#${i + 1}`));
  if ((w.figures || w.findings) && !out.claims!.length) {
    const lines = figureLines(doc.text, strip.lineDecisions);
    if (lines.prose) out.unreadFigures = { proseLines: lines.prose, allDropped: lines.kept === 0 };
  }
  return out;
}

type WindowPart = Pick<DocumentAnalysis, 'entities' | 'demonyms' | 'quotes' | 'claims'>;

/** The texts a document is read in (see StripResult): the analyses', and the captions only the entity layer reads. */
interface ReadTexts {
  analysis: string;
  captions: string | null;
  /** The person-shaped names in the captions' credits, which only the entity layer reads too. */
  credits: readonly CreditNameSpan[];
}

/** The analyses of one window of a document (the whole document when it fits in one), one shared parse. */
function analyzeWindow(doc: Document, texts: ReadTexts, window: TextWindow, opts: DocumentStageOptions): WindowPart {
  const whole = window.start === 0 && window.end === doc.text.length;
  const part = whole ? doc : { ...doc, text: doc.text.slice(window.start, window.end) };
  const parsed = new ParsedDocument(part, whole ? texts.analysis : texts.analysis.slice(window.start, window.end));
  const w = opts.want;
  const out: WindowPart = {};
  if (needsEntities(w)) out.entities = extractEntities(parsed);
  if (w.entities && opts.demonyms) out.demonyms = findDemonyms(parsed);
  if (needsQuotes(w)) out.quotes = extractQuotes(parsed, out.entities);
  if (w.figures || w.findings) out.claims = extractClaims(parsed);
  // Captions add names to the entities a command prints, after quotes and figures read the article's text alone;
  // commands that print none (quotes, figures, check) leave them out, so their speakers' names are as without.
  const captions = w.entities && texts.captions && (whole ? texts.captions : texts.captions.slice(window.start, window.end));
  if (out.entities && captions && /\S/.test(captions)) out.entities = withCaptionNames(out.entities, extractEntities(new ParsedDocument(part, captions)));
  const credits = w.entities && out.entities && texts.credits.length ? creditMentions(whole ? texts.credits : creditsInWindow(texts.credits, window)) : [];
  if (credits.length) out.entities = withCaptionNames(out.entities!, { document: doc.id, mentions: credits, definitions: [] });
  return out;
}

/** The credits' names inside a window, placed in it (offsets, line and, on its first line, column). */
function creditsInWindow(credits: readonly CreditNameSpan[], w: TextWindow): CreditNameSpan[] {
  return credits
    .filter((c) => c.start >= w.start && c.end <= w.end)
    .map((c) => ({ ...c, start: c.start - w.start, end: c.end - w.start, line: c.line - w.line + 1, column: c.line === w.line ? c.column - w.column + 1 : c.column }));
}

/** A document's entity mentions with those of its captions, in text order. */
function withCaptionNames(body: DocEntities, captions: DocEntities): DocEntities {
  if (!captions.mentions.length) return body;
  const mentions = [...body.mentions, ...captions.mentions].sort((a, b) => a.start - b.start);
  return { ...body, mentions, definitions: [...body.definitions, ...captions.definitions] };
}

/** Adds a window's results to the document's, moved to their places in the document. */
function appendWindow(out: DocumentAnalysis, part: WindowPart, window: TextWindow): void {
  if (part.entities) {
    out.entities ??= { ...part.entities, mentions: [], definitions: [] };
    for (const m of part.entities.mentions) out.entities.mentions.push(shiftPlace(m, window));
    out.entities.definitions.push(...part.entities.definitions);
  }
  if (part.demonyms) (out.demonyms ??= []).push(...part.demonyms.map((m) => shiftPlace(m, window)));
  if (part.quotes) {
    out.quotes ??= { ...part.quotes, quotes: [] };
    for (const q of part.quotes.quotes) out.quotes.quotes.push(shiftPlace(q, window));
  }
  if (part.claims) (out.claims ??= []).push(...part.claims.map((c) => shiftPlace(c, window)));
}

/**
 * Whether each of a document's claims has its final record before the corpus stage: one that no quote
 * attributes keeps the `attributedTo` it has (null, or the extractor's own "according to" source). A claim a
 * quote attributes takes the quote's speaker as resolved against the corpus's merged entities, which may
 * give a named speaker an entity's canonical name ("Kerry" is "John Kerry", named in full by another
 * document), and a description too ("police" is the entity "Police"): those wait. Undefined when all are final.
 */
export function claimsFinalAtDocument(part: DocumentAnalysis): ((claim: number) => boolean) | undefined {
  const claims = part.claims;
  if (!claims?.length || !part.quotes?.quotes.length) return undefined;
  // The compactor may have chosen them already (`attribution`, indices into the quotes it kept).
  const attribution = part.attribution ?? attributingQuotes(claims, part.quotes.quotes);
  return (i) => attribution[i]! < 0;
}

/** The parts' claims, attributed by their kept quotes (`attribution`), resolved in `quotes` in part order. */
function attributedClaims(parts: DocumentAnalysis[], quotes: Quote[], quoteCounts: Int32Array): Claim[] {
  const out: Claim[] = [];
  let offset = 0;
  for (let pi = 0; pi < parts.length; pi++) {
    const p = parts[pi]!;
    const claims = p.claims ?? [];
    for (let i = 0; i < claims.length; i++) {
      const q = p.attribution?.[i] ?? -1;
      const speaker = q >= 0 ? quotes[offset + q]!.speaker : null;
      // The claims are the compactor's own copies: set in place rather than copied again.
      if (speaker && !claims[i]!.attributedTo) claims[i]!.attributedTo = speaker;
      out.push(claims[i]!);
    }
    offset += quoteCounts[pi]!;
    p.attribution = undefined;
  }
  return out;
}

/** By document, the caption lines the entity layer read (see StripResult.captions). */
function captionLines(parts: DocumentAnalysis[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const p of parts) if (p.strip.captions.length) out.set(p.info.id, new Set(p.strip.captions.map((c) => c.line)));
  return out;
}

/** By document, the offsets of the credits' names the entity layer read (see StripResult.credits). */
function creditNames(parts: DocumentAnalysis[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const p of parts) if (p.strip.credits.length) out.set(p.info.id, new Set(p.strip.credits.map((c) => c.start)));
  return out;
}

function release(parts: DocumentAnalysis[], ...keys: ('entities' | 'demonyms' | 'quotes' | 'claims')[]): void {
  for (const p of parts) for (const k of keys) p[k] = undefined;
}

/**
 * Corpus stage (it consumes the parts' entities, quotes and claims): merge per-document results into
 * corpus-level entities, quotes, comparisons and findings. `mentions`: the documents' entity mentions, when
 * they were collected in a table as the documents were done (the parts then hold none).
 */
export function combineAnalyses(parts: DocumentAnalysis[], opts: AnalysisOptions, mentions?: MentionTable): CorpusAnalysis {
  const w = opts.want;
  const merge = { countMentionsOnly: !w.entities, evidence: opts.entityEvidence !== false };
  // Each kind of per-document result is let go once merged: on a large corpus they are most of the memory.
  let entities = !needsEntities(w) ? [] : mentions ? mergeMentionTable(mentions, merge) : mergeEntities(parts.map((p) => p.entities!), merge);
  if (w.entities && opts.demonyms) entities = attachDemonyms(entities, parts.flatMap((p) => p.demonyms ?? []));
  if (w.entities && merge.evidence) addCaptionEvidence(entities, captionLines(parts), creditNames(parts));
  release(parts, 'entities', 'demonyms');
  const quotes = needsQuotes(w) ? resolveQuotes(parts.map((p) => p.quotes!), entities) : [];
  const quoteCounts = Int32Array.from(parts, (p) => p.quotes?.quotes.length ?? 0);
  release(parts, 'quotes');
  let claims: Claim[] = [];
  let comparisons: Comparison[] = [];
  let findings: Finding[] = [];
  let decisions: Decision[] = [];
  if (w.figures || w.findings) {
    claims = parts.some((p) => p.attribution) ? attributedClaims(parts, quotes, quoteCounts) : attributeClaims(parts.flatMap((p) => p.claims ?? []), quotes);
    release(parts, 'claims');
    ({ comparisons, decisions, findings } = compareAndFind(claims, opts, parts.map((p) => p.info)));
  }
  return {
    documents: parts.map((p) => p.info),
    strip: parts.map((p) => p.strip),
    // Entities and quotes are kept whenever they were computed: commands that do not print them still
    // use them (quotes --speaker matches aliases).
    entities,
    quotes,
    claims,
    comparisons,
    decisions,
    findings,
    unreadFigures: parts.flatMap((p) => (p.unreadFigures ? [{ document: p.info.id, ...p.unreadFigures }] : [])),
  };
}
