import type { Claim, Comparison, Decision } from '../../figures/types.js';
import type { LocatedFinding } from '../findings.js';
import { plural, renderTable, truncate, type Style } from '../style.js';
import { MATRIX_LEGEND, claimShort, comparisonTitle, cutAtWord, documentLabels, figureSetsOf, formatValue, isTally, matrixRows, noteText, type MatrixRow } from '../view.js';
import type { DocumentInfo } from '../../pipeline/survey.js';
import type { BaselineEntry } from '../../pipeline/baseline.js';

export { formatValue };

/** Table of claims: where, the phrase, value, qualifier, what is counted. */
export function formatClaimsTable(all: Claim[], style: Style): string {
  if (!all.length) return style.c.dim('No numeric claims found.') + '\n';
  // Vote tallies and scores are figures of their own, never counts: listed apart, under the table.
  const claims = all.filter((q) => !isTally(q));
  const tallies = all.filter(isTally);
  const rows = claims.map((q) => [
    `${q.document}:${q.line}`,
    truncate(q.text, 68),
    formatValue(q.value),
    q.qualifier,
    q.measure ?? style.c.dim('\u2013'),
    q.scope ?? style.c.dim('\u2013'),
  ]);
  const table = renderTable(style, ['where', 'claim', 'value', 'qualifier', 'measure', 'scope'], rows, { colWidths: [30, 36, 14, 11, 16, 20] });
  const tallyList = tallies.map((q) => `  ${style.c.dim(`${q.document}:${q.line}`)} \u201c${truncate(q.text, 80)}\u201d${q.measure ? ` (${q.measure})` : ''}`);
  return (claims.length ? table + '\n' : '') +
    (tallies.length ? `${style.c.bold('Vote tallies and scores')} ${style.c.dim('(not counts; never compared as amounts)')}\n${tallyList.join('\n')}\n` : '');
}

/** Comparisons, conflicts first: verdict, measure, scope and who says what. */
export function formatComparisons(comparisons: Comparison[], claims: Claim[], style: Style): string {
  const { c } = style;
  if (!comparisons.length) return c.dim('No figures to compare across sources.') + '\n';
  const byId = new Map(claims.map((q) => [q.id, q]));
  const ordered = [...comparisons].sort((a, b) => Number(b.verdict === 'disagree') - Number(a.verdict === 'disagree'));
  const out: string[] = [];
  for (const cmp of ordered) {
    const head = cmp.verdict === 'disagree' ? c.red.bold('CONFLICT') : c.green('agree   ');
    const what = `${cmp.measure}${cmp.subject ? ` of ${cmp.subject}` : ''}${cmp.scope ? ` (${cmp.scope})` : ''}`;
    const notes = cmp.notes?.length ? ` ${c.dim(`[${cmp.notes.join(', ')}]`)}` : '';
    out.push(`${head} ${c.bold(what)}: ${cmp.summary}${notes}`);
    for (const id of cmp.claims) {
      const q = byId.get(id);
      if (q) out.push(`           ${c.dim(`${q.document}:${q.line}`)} \u201c${cutAtWord(q.text, 100)}\u201d`);
    }
  }
  return out.join('\n') + '\n';
}

/** `--explain`: which claims of a measure family were kept apart, and why (reason codes). */
export function formatDecisions(decisions: Decision[], style: Style): string {
  const { c } = style;
  if (!decisions.length) return c.dim('No claims of a compared measure were kept apart.') + '\n';
  const out = [c.bold('Kept apart:')];
  for (const d of decisions) out.push(`  ${d.measure}: ${d.claims[0]} vs ${d.claims[1]} ${c.yellow(d.reason)}`);
  return out.join('\n') + '\n';
}

/**
 * Claims matrix: one row per compared measure, one column per document (named by its source when known),
 * the figure each gives; conflicting rows highlighted. Every document has a column, figures or not, up to
 * `maxColumns`; beyond that only the documents that give compared figures, and when even those are too many,
 * one line per figure with the documents that give it. Documents left out are named below.
 */
export function formatClaimsMatrix(comparisons: Comparison[], claims: Claim[], documents: DocumentInfo[], style: Style, maxColumns = 8): string {
  const { c } = style;
  if (!comparisons.length) return c.dim('No figures to compare across sources.') + '\n';
  const labels = documentLabels(documents);
  const byId = new Map(claims.map((q) => [q.id, q]));
  const rows = matrixRows(comparisons, byId);
  const withFigures = documents.map((d) => d.id).filter((d) => rows.some((r) => r.cells.has(d)));
  const columns = documents.length <= maxColumns ? documents.map((d) => d.id) : withFigures.length <= maxColumns ? withFigures : null;
  const table = columns ? matrixTable(rows, columns, labels, style) : matrixAsList(rows, byId, labels, style);
  const shown = new Set(columns ?? withFigures);
  const absent = documents.filter((d) => !shown.has(d.id));
  const legend = wrapWords(MATRIX_LEGEND.map(([sym, what]) => `${sym} ${what}`), '  ', 110).map((l) => c.dim(l)).join('\n');
  const more = absent.length ? c.dim(`Documents without compared figures: ${absent.map((d) => labels.get(d.id)).join(', ')}`) + '\n' : '';
  // Where a column name is not simply the file name, say which document it is.
  const renamed = (columns ?? []).filter((d) => labels.get(d) !== d.replace(/\.[a-z]+$/i, ''));
  const names = renamed.length ? c.dim(`Columns: ${renamed.map((d) => `${labels.get(d)} = ${d}`).join(', ')}`) + '\n' : '';
  return table + '\n' + legend + '\n' + names + more;
}

const rowTitle = (cmp: Comparison, sep: string) => `${cmp.verdict === 'disagree' ? '\u2260 ' : '= '}${comparisonTitle(cmp, sep)}`;

function matrixTable(rows: MatrixRow[], docs: string[], labels: Map<string, string>, style: Style): string {
  const { c } = style;
  const body = rows.map(({ comparison: cmp, cells }) => {
    const paint = cmp.verdict === 'disagree' ? c.red : (s: string) => s;
    const row = docs.map((d) => (cells.has(d) ? paint(cells.get(d)!.map(claimShort).join('\n')) : c.dim('\u00b7')));
    return [paint(rowTitle(cmp, '\n')), ...row];
  });
  return renderTable(style, ['measure', ...docs.map((d) => labels.get(d)!)], body, { wordWrap: true });
}

function matrixAsList(rows: MatrixRow[], byId: Map<string, Claim>, labels: Map<string, string>, style: Style): string {
  const { c } = style;
  const body: string[][] = [];
  for (const { comparison: cmp } of rows) {
    const paint = cmp.verdict === 'disagree' ? c.red : (s: string) => s;
    figureSetsOf(cmp, byId).forEach((set, k) => {
      body.push([k ? '' : paint(rowTitle(cmp, ' ')), paint(set.label), set.documents.map((d) => labels.get(d) ?? d).join(', ')]);
    });
  }
  return renderTable(style, ['measure', 'figure', 'documents'], body, { colWidths: [30, 18, 70], wordWrap: true });
}

/** Items joined into lines of at most `width` characters. */
function wrapWords(items: string[], sep: string, width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length ? lines[lines.length - 1]! : null;
    if (last !== null && last.length + sep.length + item.length <= width) lines[lines.length - 1] = last + sep + item;
    else lines.push(item);
  }
  return lines;
}

/** Findings as a compiler-style list: file:line:col severity rule message. */
export function formatFindingsText(
  findings: LocatedFinding[],
  style: Style,
  baseline: { accepted?: number; fixed?: BaselineEntry[]; baselineFile?: string | null } = {},
): string {
  const { c } = style;
  const tail: string[] = [];
  if (baseline.accepted) tail.push(c.dim(`${plural(baseline.accepted, 'finding')} accepted in the baseline ${baseline.baselineFile ?? ''} not shown`.trimEnd()));
  for (const f of baseline.fixed ?? []) tail.push(`${c.green('fixed')} ${f.document}: ${f.message} ${c.dim(`${f.rule} (in the baseline, no longer found)`)}`);
  const end = tail.length ? tail.join('\n') + '\n' : '';
  if (!findings.length) {
    const none = baseline.accepted || baseline.fixed?.length ? 'No new findings.' : 'No findings: the sources agree on every compared figure.';
    return c.green(none) + '\n' + end;
  }
  const out = findings.map((f) => {
    const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('note');
    return `${c.bold(`${f.file}:${f.fileLine}:${f.fileColumn}`)} ${sev} ${f.message} ${c.dim(f.rule)}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  out.push('', c.bold(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`));
  return out.join('\n') + '\n' + end;
}
