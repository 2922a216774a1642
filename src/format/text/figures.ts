import type { Claim, Comparison, Decision } from '../../figures/types.js';
import type { LocatedFinding } from '../findings.js';
import { makeTable, plural, truncate, type Style } from '../style.js';

export function formatValue(v: Claim['value']): string {
  if (v === null) return '\u2013';
  if (Array.isArray(v)) return v.map((x) => x.toLocaleString('en-US')).join('-');
  return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** Table of claims: where, the phrase, value, qualifier, what is counted. */
export function formatClaimsTable(claims: Claim[], style: Style): string {
  if (!claims.length) return style.c.dim('No numeric claims found.') + '\n';
  const table = makeTable(style, ['where', 'claim', 'value', 'qualifier', 'measure', 'scope'], { colWidths: [30, 36, 14, 11, 16, 20] });
  for (const q of claims) {
    table.push([
      `${q.document}:${q.line}`,
      truncate(q.text, 68),
      formatValue(q.value),
      q.qualifier,
      q.measure ?? style.c.dim('\u2013'),
      q.scope ?? style.c.dim('\u2013'),
    ]);
  }
  return table.toString() + '\n';
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
      if (q) out.push(`           ${c.dim(`${q.document}:${q.line}`)} \u201c${truncate(q.text, 100)}\u201d`);
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
 * Claims matrix: one row per compared measure, one column per source document, the figure each gives;
 * conflicting rows highlighted.
 */
export function formatClaimsMatrix(comparisons: Comparison[], claims: Claim[], documents: string[], style: Style): string {
  const { c } = style;
  if (!comparisons.length) return c.dim('No figures to compare across sources.') + '\n';
  const byId = new Map(claims.map((q) => [q.id, q]));
  const docs = documents.filter((d) => comparisons.some((cmp) => cmp.claims.some((id) => byId.get(id)?.document === d)));
  const table = makeTable(style, ['measure', ...docs.map((d) => truncate(d, 14))], { wordWrap: true });
  const ordered = [...comparisons].sort((a, b) => Number(b.verdict === 'disagree') - Number(a.verdict === 'disagree'));
  for (const cmp of ordered) {
    const paint = cmp.verdict === 'disagree' ? c.red : (s: string) => s;
    const cells = docs.map((d) => {
      const here = cmp.claims.map((id) => byId.get(id)).filter((q): q is Claim => !!q && q.document === d);
      return here.length ? paint(here.map(claimShort).join('\n')) : c.dim('\u00b7');
    });
    table.push([paint(`${cmp.verdict === 'disagree' ? '\u2260 ' : '= '}${cmp.measure}${cmp.scope ? `\n(${cmp.scope})` : ''}`), ...cells]);
  }
  return table.toString() + '\n';
}

const QUALIFIER_WORDS: Record<string, string> = {
  'more-than': '>',
  'at-least': '\u2265',
  'less-than': '<',
  'at-most': '\u2264',
  about: '~',
};

function claimShort(q: Claim): string {
  const prefix = QUALIFIER_WORDS[q.qualifier] ?? '';
  if (q.qualifier === 'range' && q.low !== null && q.high !== null) return `${formatValue(q.low)}\u2013${formatValue(q.high)}`;
  return `${prefix}${formatValue(q.value)}`;
}

/** Findings as a compiler-style list: file:line:col severity rule message. */
export function formatFindingsText(findings: LocatedFinding[], style: Style): string {
  const { c } = style;
  if (!findings.length) return c.green('No findings: the sources agree on every compared figure.') + '\n';
  const out = findings.map((f) => {
    const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('note');
    return `${c.bold(`${f.file}:${f.fileLine}:${f.fileColumn}`)} ${sev} ${f.message} ${c.dim(f.rule)}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  out.push('', c.bold(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`));
  return out.join('\n') + '\n';
}
