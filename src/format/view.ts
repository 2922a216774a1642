import type { Claim, Comparison, FigureSet } from '../figures/types.js';
import type { DocumentInfo } from '../pipeline/survey.js';

// What the text, HTML and Markdown reports share: readable column names for documents, the claims matrix,
// figure labels, figure history and word-boundary cuts.

/** Legend of the matrix symbols, in the order the text report prints it. */
export const MATRIX_LEGEND: [string, string][] = [
  ['\u2260', 'sources disagree beyond the tolerance'],
  ['=', 'sources agree'],
  ['>', 'more than'],
  ['\u2265', 'at least'],
  ['<', 'less than'],
  ['\u2264', 'at most'],
  ['~', 'about'],
  ['\u00b7', 'the document gives no figure for this measure'],
  ['\u2013', 'a figure without a number ("dozens")'],
];

const EXTENSION = /\.(txt|text|md|html?|jsonl)$/i;
const HASH = /[0-9a-f]{10,}/gi;

/**
 * A short readable name for a document id: its extension dropped and long hexadecimal runs cut to four
 * characters (`000_be6c14f85f8ccf46.txt` → `000_be6c`); long ids keep their start and end.
 */
export function shortId(id: string): string {
  let s = id.replace(EXTENSION, '').replace(HASH, (h) => h.slice(0, 4));
  if (s.length > 24) s = `${s.slice(0, 12)}\u2026${s.slice(-10)}`;
  return s || id;
}

/**
 * Column names for documents: the source (outlet) when known, with the short id added when several
 * documents share it; else the short id. Names are unique (the full id is used when short ids collide).
 */
export function documentLabels(documents: DocumentInfo[]): Map<string, string> {
  const perSource = new Map<string, number>();
  for (const d of documents) if (d.source) perSource.set(d.source, (perSource.get(d.source) ?? 0) + 1);
  const labels = new Map<string, string>();
  const used = new Set<string>();
  for (const d of documents) {
    const short = shortId(d.id);
    let label = d.source ? (perSource.get(d.source)! > 1 ? `${d.source} ${short}` : d.source) : short;
    if (used.has(label)) label = d.source ? `${d.source} ${d.id}` : d.id;
    used.add(label);
    labels.set(d.id, label);
  }
  return labels;
}

const QUALIFIER_SIGNS: Record<string, string> = {
  'more-than': '>',
  'at-least': '\u2265',
  'less-than': '<',
  'at-most': '\u2264',
  about: '~',
};

// One formatter for every number (toLocaleString builds a new one on each call: slow on large reports),
// made on first use: building it loads ICU's number data (several ms), which a JSON report never needs.
let numberFormat: Intl.NumberFormat | undefined;
const formatNumber = (n: number): string => (numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(n);

export function formatValue(v: Claim['value']): string {
  if (v === null) return '\u2013';
  if (Array.isArray(v)) return v.map(formatNumber).join('-');
  return formatNumber(v);
}

/** A claim's figure in a few characters: `>70,000`, `≥80,000`, `4–5`, `–` for a vague amount. */
export function claimShort(q: Claim): string {
  if (q.qualifier === 'range' && q.low !== null && q.high !== null) return `${formatValue(q.low)}\u2013${formatValue(q.high)}`;
  return `${QUALIFIER_SIGNS[q.qualifier] ?? ''}${formatValue(q.value)}`;
}

/** What a comparison is about: `deaths (Syria conflict; Tom Varga)`; `sep` goes before the parenthesis. */
export function comparisonTitle(cmp: Comparison, sep = ' '): string {
  const context = [cmp.scope, cmp.subject].filter((x): x is string => !!x);
  return `${cmp.measure}${context.length ? `${sep}(${context.join('; ')})` : ''}`;
}

/** Readable words for the comparison note codes. */
export const NOTE_TEXT: Record<string, string> = {
  'qualifiers-compatible': 'qualifiers compatible',
  'earlier-report': 'an earlier report',
  'unit-converted': 'units converted',
  'currency-converted': 'currencies converted',
  copies: 'copied text',
};

export const noteText = (note: string) => NOTE_TEXT[note] ?? note;

/** Conflicts first, then by measure: the order every report lists comparisons in. */
export function orderedComparisons<T extends Comparison>(comparisons: T[]): T[] {
  return [...comparisons].sort((a, b) => Number(b.verdict === 'disagree') - Number(a.verdict === 'disagree'));
}

/** One row of the claims matrix: a comparison and, per document, the claims it gives. */
export interface MatrixRow {
  comparison: Comparison;
  cells: Map<string, Claim[]>;
}

export function matrixRows(comparisons: Comparison[], byId: Map<string, Claim>): MatrixRow[] {
  return orderedComparisons(comparisons).map((comparison) => {
    const cells = new Map<string, Claim[]>();
    for (const id of comparison.claims) {
      const q = byId.get(id);
      if (!q) continue;
      const here = cells.get(q.document);
      if (here) here.push(q);
      else cells.set(q.document, [q]);
    }
    return { comparison, cells };
  });
}

/** The figure sets of a comparison: its own when it carries them, else one per distinct figure. */
export function figureSetsOf(cmp: Comparison, byId: Map<string, Claim>): FigureSet[] {
  if (cmp.figures?.length) return cmp.figures;
  const sets = new Map<string, FigureSet>();
  for (const id of cmp.claims) {
    const q = byId.get(id);
    if (!q) continue;
    const label = claimLabel(q);
    const set = sets.get(label) ?? { label, claims: [], documents: [] };
    set.claims.push(id);
    if (!set.documents.includes(q.document)) set.documents.push(q.document);
    sets.set(label, set);
  }
  return [...sets.values()];
}

const QUALIFIER_WORDS: Record<string, string> = {
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
  about: 'about ',
};

/** A claim's figure in words: `more than 70,000`. */
export function claimLabel(q: Claim): string {
  if (q.qualifier === 'range' && q.low !== null && q.high !== null) return `${formatValue(q.low)} to ${formatValue(q.high)}`;
  if (q.value === null) return q.text;
  return `${QUALIFIER_WORDS[q.qualifier] ?? ''}${formatValue(q.value)}`;
}

/** One point of a figure's history: a dated document and what it says. */
export interface HistoryPoint {
  date: string;
  document: string;
  claims: Claim[];
}

/**
 * How the figure of each comparison changed over time: its claims ordered by their document's date.
 * Only comparisons whose documents carry at least two distinct dates have a history.
 */
export function figureHistory(rows: MatrixRow[], documents: DocumentInfo[]): { comparison: Comparison; points: HistoryPoint[] }[] {
  const dates = new Map(documents.filter((d) => d.date).map((d) => [d.id, d.date!]));
  if (!dates.size) return [];
  const out: { comparison: Comparison; points: HistoryPoint[] }[] = [];
  for (const row of rows) {
    const points = [...row.cells.entries()]
      .filter(([doc]) => dates.has(doc))
      .map(([document, claims]) => ({ date: dates.get(document)!, document, claims }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.document.localeCompare(b.document)));
    if (new Set(points.map((p) => p.date)).size >= 2) out.push({ comparison: row.comparison, points });
  }
  return out;
}

/** Cut text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const space = one.slice(0, max).lastIndexOf(' ');
  // A single word longer than two thirds of the room is cut inside it rather than leaving almost nothing.
  const cut = space > max / 3 ? one.slice(0, space) : one.slice(0, Math.max(1, max - 1));
  return cut.replace(/[\s,;:\u2013\u2014-]+$/, '') + '\u2026';
}

const SENTENCE_END = /[.!?]["'\u201d\u2019)]?\s/g;

/**
 * The sentence around [start, end) in `text`: from the end of the previous sentence (or line) to the end
 * of the one holding the span, at most `max` characters on each side of the span.
 */
export function sentenceAround(text: string, start: number, end: number, max = 300): { text: string; start: number; end: number } {
  const floor = Math.max(0, start - max);
  let from = text.lastIndexOf('\n', start - 1) + 1;
  if (from < floor) from = floor;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= start; m = SENTENCE_END.exec(text)) from = m.index + m[0].length;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  to = Math.min(to, end + max);
  SENTENCE_END.lastIndex = end;
  const next = SENTENCE_END.exec(text);
  if (next && next.index < to) to = next.index + next[0].length - 1;
  return { text: text.slice(from, to).trimEnd(), start: from, end: to };
}

/** Vote tallies and scores: figures of their own, never counts (the README says they are not counted). */
export const isTally = (q: Claim): boolean =>
  q.unit === 'tally' || Array.isArray(q.value) || q.kind === 'tally' || q.dimension === 'tally';

/** What the HTML report quotes from one document's text: its dropped lines and the sentence of each claim. */
export interface DocumentExcerpts {
  dropped: { line: number; reason: string; text: string }[];
  /** Claim id → the sentence around it, with the claim's offsets inside that sentence. */
  sentences: Map<string, { text: string; claimStart: number; claimEnd: number }>;
}

/** The excerpts of one document, from its text, its strip decisions and its claims. */
export function documentExcerpts(text: string, decisions: { line: number; keep: boolean; reason: string }[], claims: Claim[]): DocumentExcerpts {
  const dropped: DocumentExcerpts['dropped'] = [];
  if (decisions.some((d) => !d.keep)) {
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of decisions) if (!d.keep) dropped.push({ line: d.line, reason: d.reason, text: lines[d.line - 1] ?? '' });
  }
  const sentences: DocumentExcerpts['sentences'] = new Map();
  for (const q of claims) {
    const s = sentenceAround(text, q.start, q.end);
    sentences.set(q.id, { text: s.text, claimStart: q.start - s.start, claimEnd: Math.min(s.text.length, q.end - s.start) });
  }
  return { dropped, sentences };
}
