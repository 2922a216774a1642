import type { Claim, Comparison } from '../figures/types.js';
import type { CorpusAnalysis } from '../pipeline/analyze.js';
import type { LocatedFinding } from './findings.js';
import { quotesBySpeaker } from './html.js';
import {
  MATRIX_LEGEND,
  claimLabel,
  claimShort,
  comparisonTitle,
  cutAtWord,
  documentLabels,
  figureHistory,
  figureSetsOf,
  matrixRows,
  noteText,
  type DocumentExcerpts,
  type MatrixRow,
} from './view.js';

// `--format markdown`: GitHub-flavoured Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY.
// One heading and one table per section; cells are escaped so input text can neither break a table nor
// inject HTML. Long sections are cut (the summary page has a size limit); --format json has everything.

const MAX_COLUMNS = 8;
const MAX_ENTITIES = 25;
const MAX_QUOTES = 20;
const SENTENCE_CHARS = 220;

/** A table cell: one line, pipes and Markdown/HTML specials escaped. */
export function mdCell(value: unknown): string {
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~#]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function table(head: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const rule = head.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [head, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export interface MarkdownReportInput {
  analysis: CorpusAnalysis;
  excerpts?: Map<string, DocumentExcerpts>;
  tolerance?: number;
}

interface Md {
  a: CorpusAnalysis;
  byId: Map<string, Claim>;
  rows: MatrixRow[];
  label: (id: string) => string;
  sentenceOf: (q: Claim) => string;
}

/** The report as Markdown: summary line, conflicts, the claims matrix, documents, history, entities, quotes. */
export function formatMarkdownReport(input: MarkdownReportInput): string {
  const a = input.analysis;
  const labels = documentLabels(a.documents);
  const byId = new Map(a.claims.map((q) => [q.id, q]));
  const md: Md = {
    a,
    byId,
    rows: matrixRows(a.comparisons, byId),
    label: (id) => mdCell(labels.get(id) ?? id),
    sentenceOf: (q) => `\u201c${mdCell(cutAtWord(input.excerpts?.get(q.document)?.sentences.get(q.id)?.text ?? q.text, SENTENCE_CHARS))}\u201d`,
  };
  const conflicts = md.rows.filter((r) => r.comparison.verdict === 'disagree').length;
  const summary = `${count(a.documents.length, 'document')} \u2014 ${count(a.claims.length, 'numeric claim')}, ${count(a.entities.length, 'entity', 'entities')}, ` +
    `${count(a.quotes.length, 'quote')} \u2014 ${conflicts ? `**${count(conflicts, 'conflict')}**` : 'no conflicts'}\n`;
  return ['# concord report\n\n', summary, conflictsMd(md, input.tolerance ?? 5), matrixMd(md), documentsMd(md), historyMd(md), entitiesMd(md), quotesMd(md)].join('');
}

const heading = (title: string) => `\n## ${title}\n\n`;

function conflictsMd({ rows, byId, label, sentenceOf }: Md, tolerance: number): string {
  const conflicts = rows.filter((r) => r.comparison.verdict === 'disagree');
  if (!conflicts.length) return heading('Conflicts') + `No conflicts: the sources agree on every compared figure (tolerance ${tolerance} %).\n`;
  const body: string[][] = [];
  for (const { comparison: cmp } of conflicts) {
    const notes = cmp.notes?.length ? ` \u2014 notes: ${cmp.notes.map(noteText).join(', ')}` : '';
    figureSetsOf(cmp, byId).forEach((set, k) => {
      for (const id of set.claims) {
        const q = byId.get(id);
        if (q) body.push([k === 0 && id === set.claims[0] ? `**${mdCell(comparisonTitle(cmp) + notes)}**` : '', `**${mdCell(set.label)}**`, `${label(q.document)}:${q.line}`, sentenceOf(q)]);
      }
    });
  }
  return heading('Conflicts') + table(['Measure', 'Figure', 'Source', 'Sentence'], body, ['l', 'r']);
}

function matrixMd({ a, rows, byId, label }: Md): string {
  if (!rows.length) return heading('Figures across sources') + 'No figures to compare across sources.\n';
  let docs = a.documents.map((d) => d.id);
  if (docs.length > MAX_COLUMNS) docs = docs.filter((d) => rows.some((r) => r.cells.has(d)));
  const mark = (cmp: Comparison) => `${cmp.verdict === 'disagree' ? '\u2260' : '='} ${mdCell(comparisonTitle(cmp))}`;
  let matrix: string;
  if (docs.length <= MAX_COLUMNS) {
    const body = rows.map(({ comparison: cmp, cells }) => {
      const bold = (s: string) => (cmp.verdict === 'disagree' ? `**${s}**` : s);
      return [mark(cmp), ...docs.map((d) => (cells.get(d) ? bold(mdCell(cells.get(d)!.map(claimShort).join(', '))) : '\u00b7'))];
    });
    matrix = table(['Measure', ...docs.map(label)], body, ['l', ...docs.map(() => 'r' as const)]);
  } else {
    const body = rows.flatMap(({ comparison: cmp }) =>
      figureSetsOf(cmp, byId).map((set, k) => [k ? '' : mark(cmp), mdCell(set.label), set.documents.map(label).join(', ')]),
    );
    matrix = table(['Measure', 'Figure', 'Documents'], body, ['l', 'r']);
  }
  return heading('Figures across sources') + matrix + `\n${MATRIX_LEGEND.map(([sym, what]) => `${sym} ${what}`).join(' \u00b7 ')}\n`;
}

function documentsMd({ a }: Md): string {
  const body = a.documents.map((d, i) => {
    const decisions = a.strip[i]?.lineDecisions ?? [];
    const kept = decisions.filter((x) => x.keep).length;
    return [mdCell(d.id), mdCell(d.source ?? '\u2013'), mdCell(d.date ?? '\u2013'), String(kept), String(decisions.length - kept), d.chars.toLocaleString('en-US')];
  });
  return heading('Documents') + table(['Document', 'Source', 'Date', 'Lines kept', 'Dropped', 'Characters'], body, ['l', 'l', 'l', 'r', 'r', 'r']);
}

function historyMd({ a, rows, label }: Md): string {
  const history = figureHistory(rows, a.documents);
  if (!history.length) return '';
  const body = history.flatMap(({ comparison: cmp, points }) =>
    points.map((p, i) => [i ? '' : mdCell(comparisonTitle(cmp)), mdCell(p.date), label(p.document), mdCell(p.claims.map(claimLabel).join(', '))]),
  );
  return heading('Figure history') + table(['Measure', 'Date', 'Source', 'Figure'], body, ['l', 'l', 'l', 'r']);
}

function entitiesMd({ a }: Md): string {
  if (!a.entities.length) return heading('Entities') + 'No entities found.\n';
  const body = a.entities.slice(0, MAX_ENTITIES).map((e) => [
    `**${mdCell(e.name)}**`, e.type, String(e.mentions.length), String(e.documents.length), mdCell(cutAtWord(e.aliases.filter((x) => x !== e.name).join(', '), 120)),
  ]);
  const more = a.entities.length > MAX_ENTITIES ? `\n\u2026 and ${count(a.entities.length - MAX_ENTITIES, 'more entity', 'more entities')}.\n` : '';
  return heading('Entities') + table(['Entity', 'Type', 'Mentions', 'Documents', 'Aliases'], body, ['l', 'l', 'r', 'r']) + more;
}

function quotesMd({ a, label }: Md): string {
  if (!a.quotes.length) return heading('Quotes by speaker') + 'No quotes found.\n';
  const body: string[][] = [];
  for (const [speaker, qs] of quotesBySpeaker(a.quotes)) {
    for (const q of qs.slice(0, 2)) {
      if (body.length >= MAX_QUOTES) break;
      const text = mdCell(cutAtWord(q.content, 160));
      body.push([q === qs[0] ? `**${mdCell(speaker)}** (${qs.length})` : '', q.kind, q.kind === 'direct' ? `\u201c${text}\u201d` : text, `${label(q.document)}:${q.line}`]);
    }
  }
  return heading('Quotes by speaker') + table(['Speaker', 'Kind', 'Quote', 'Where'], body);
}

export interface MarkdownCheckInput {
  findings: LocatedFinding[];
  documents: number;
  /** Findings recorded in the baseline and found again (not listed). */
  accepted?: number;
  /** Findings recorded in the baseline and no longer found. */
  fixed?: { rule: string; message: string }[];
  baselineFile?: string | null;
}

/** `check --format markdown`: a summary line, a table of findings, and what the baseline accepted or saw fixed. */
export function formatMarkdownCheck(input: MarkdownCheckInput): string {
  const { findings } = input;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const out = ['## concord check\n\n'];
  out.push(
    findings.length
      ? `${errors ? `**${count(errors, 'error')}**` : count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(input.documents, 'document')}\n`
      : input.accepted || input.fixed?.length
        ? `No new findings in ${count(input.documents, 'document')}.\n`
        : `No findings in ${count(input.documents, 'document')}: the sources agree on every compared figure.\n`,
  );
  if (findings.length) {
    out.push('\n' + table(['Where', 'Severity', 'Message', 'Rule'], findings.map((f) => [
      `\`${f.file.replace(/`/g, "'")}:${f.fileLine}:${f.fileColumn}\``, f.severity, mdCell(f.message), `\`${f.rule}\``,
    ])));
  }
  if (input.accepted) out.push(`\n${count(input.accepted, 'finding')} accepted in the baseline${input.baselineFile ? ` (\`${input.baselineFile.replace(/`/g, "'")}\`)` : ''} not listed.\n`);
  if (input.fixed?.length) {
    out.push('\n### Fixed since the baseline\n\n');
    out.push(table(['Rule', 'Message'], input.fixed.map((f) => [`\`${f.rule}\``, mdCell(f.message)])));
  }
  return out.join('');
}
