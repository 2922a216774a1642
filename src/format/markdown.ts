import type { Claim } from '../figures/types.js';
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
  type DocumentView,
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

/** The report as Markdown: summary line, conflicts, the claims matrix, documents, history, entities, quotes. */
export function formatMarkdownReport(input: MarkdownReportInput): string {
  const a = input.analysis;
  const labels = documentLabels(a.documents);
  const byId = new Map(a.claims.map((q) => [q.id, q]));
  const rows = matrixRows(a.comparisons, byId);
  const label = (id: string) => mdCell(labels.get(id) ?? id);
  const sentenceOf = (q: Claim) => {
    const s = input.excerpts?.get(q.document)?.sentences.get(q.id)?.text ?? q.text;
    return `\u201c${mdCell(cutAtWord(s, SENTENCE_CHARS))}\u201d`;
  };
  const conflicts = rows.filter((r) => r.comparison.verdict === 'disagree');
  const out: string[] = ['# concord report\n\n'];
  out.push(
    `${count(a.documents.length, 'document')} \u2014 ${count(a.claims.length, 'numeric claim')}, ${count(a.entities.length, 'entity', 'entities')}, ` +
      `${count(a.quotes.length, 'quote')} \u2014 ${conflicts.length ? `**${count(conflicts.length, 'conflict')}**` : 'no conflicts'}\n`,
  );

  out.push('\n## Conflicts\n\n');
  if (!conflicts.length) out.push(`No conflicts: the sources agree on every compared figure (tolerance ${input.tolerance ?? 5} %).\n`);
  else {
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
    out.push(table(['Measure', 'Figure', 'Source', 'Sentence'], body, ['l', 'r']));
  }

  out.push('\n## Figures across sources\n\n');
  if (!rows.length) out.push('No figures to compare across sources.\n');
  else {
    let docs = a.documents.map((d) => d.id);
    if (docs.length > MAX_COLUMNS) docs = docs.filter((d) => rows.some((r) => r.cells.has(d)));
    if (docs.length <= MAX_COLUMNS) {
      const body = rows.map(({ comparison: cmp, cells }) => {
        const bad = cmp.verdict === 'disagree';
        const mark = (s: string) => (bad ? `**${s}**` : s);
        return [`${bad ? '\u2260' : '='} ${mdCell(comparisonTitle(cmp))}`, ...docs.map((d) => (cells.get(d) ? mark(mdCell(cells.get(d)!.map(claimShort).join(', '))) : '\u00b7'))];
      });
      out.push(table(['Measure', ...docs.map(label)], body, ['l', ...docs.map(() => 'r' as const)]));
    } else {
      const body = rows.flatMap(({ comparison: cmp }) =>
        figureSetsOf(cmp, byId).map((set, k) => [k ? '' : `${cmp.verdict === 'disagree' ? '\u2260' : '='} ${mdCell(comparisonTitle(cmp))}`, mdCell(set.label), set.documents.map(label).join(', ')]),
      );
      out.push(table(['Measure', 'Figure', 'Documents'], body, ['l', 'r']));
    }
    out.push(`\n${MATRIX_LEGEND.map(([sym, what]) => `${sym} ${what}`).join(' \u00b7 ')}\n`);
  }

  out.push('\n## Documents\n\n');
  out.push(
    table(
      ['Document', 'Source', 'Date', 'Lines kept', 'Dropped', 'Characters'],
      (a.documents as DocumentView[]).map((d, i) => {
        const decisions = a.strip[i]?.lineDecisions ?? [];
        const kept = decisions.filter((x) => x.keep).length;
        return [mdCell(d.id), mdCell(d.source ?? '\u2013'), mdCell(d.date ?? '\u2013'), String(kept), String(decisions.length - kept), d.chars.toLocaleString('en-US')];
      }),
      ['l', 'l', 'l', 'r', 'r', 'r'],
    ),
  );

  const history = figureHistory(rows, a.documents as DocumentView[]);
  if (history.length) {
    out.push('\n## Figure history\n\n');
    const body = history.flatMap(({ comparison: cmp, points }) =>
      points.map((p, i) => [i ? '' : mdCell(comparisonTitle(cmp)), mdCell(p.date), label(p.document), mdCell(p.claims.map(claimLabel).join(', '))]),
    );
    out.push(table(['Measure', 'Date', 'Source', 'Figure'], body, ['l', 'l', 'l', 'r']));
  }

  out.push('\n## Entities\n\n');
  if (!a.entities.length) out.push('No entities found.\n');
  else {
    const body = a.entities.slice(0, MAX_ENTITIES).map((e) => [
      `**${mdCell(e.name)}**`, e.type, String(e.mentions.length), String(e.documents.length), mdCell(cutAtWord(e.aliases.filter((x) => x !== e.name).join(', '), 120)),
    ]);
    out.push(table(['Entity', 'Type', 'Mentions', 'Documents', 'Aliases'], body, ['l', 'l', 'r', 'r']));
    if (a.entities.length > MAX_ENTITIES) out.push(`\n\u2026 and ${count(a.entities.length - MAX_ENTITIES, 'more entity', 'more entities')}.\n`);
  }

  out.push('\n## Quotes by speaker\n\n');
  if (!a.quotes.length) out.push('No quotes found.\n');
  else {
    const body: string[][] = [];
    for (const [speaker, qs] of quotesBySpeaker(a.quotes)) {
      for (const q of qs.slice(0, 2)) {
        if (body.length >= MAX_QUOTES) break;
        const text = mdCell(cutAtWord(q.content, 160));
        body.push([q === qs[0] ? `**${mdCell(speaker)}** (${qs.length})` : '', q.kind, q.kind === 'direct' ? `\u201c${text}\u201d` : text, `${label(q.document)}:${q.line}`]);
      }
    }
    out.push(table(['Speaker', 'Kind', 'Quote', 'Where'], body));
  }
  return out.join('');
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
