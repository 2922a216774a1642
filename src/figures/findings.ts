import { byPosition, figureSets, formatNumber, intervalOf, isVague, pointOf, relDiff } from './compare.js';
import { DEFAULT_TOLERANCE } from './defaults.js';
import type { Claim, Comparison, Finding, Severity } from './types.js';

// `check` findings from comparisons: conflicts are errors at the lines of the outlying figures; weaker
// signals are warnings. Rule ids are stable: CI configurations and SARIF consumers key on them.

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
}

export const RULES: Rule[] = [
  {
    id: 'concord/figure-conflict',
    severity: 'error',
    description: 'Sources give figures for the same measure and scope that differ beyond the tolerance (e.g. "more than 70,000" deaths vs "80,000").',
  },
  {
    id: 'concord/figure-earlier-report',
    severity: 'warning',
    description: 'Sources give different figures, but one is an earlier report: the documents\' dates or the wording ("initial reports", "the toll rose to 55") show the figure changed (e.g. "more than 40" dead, later 55).',
  },
  {
    id: 'concord/figure-qualifier-mismatch',
    severity: 'warning',
    description: 'Sources give the same figure but their qualifiers exclude each other (e.g. "more than 90" vs exactly "90").',
  },
  {
    id: 'concord/figure-near-tolerance',
    severity: 'warning',
    description: 'Sources give figures for the same measure that differ, but by less than the tolerance (e.g. magnitude 5.9 vs 6.1 at 5 %).',
  },
];

/** Findings for the comparisons, ordered by document, line and column. */
export function findingsFor(claims: Claim[], comparisons: Comparison[], tolerance = DEFAULT_TOLERANCE): Finding[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out: Finding[] = [];
  for (const cmp of comparisons) {
    const members = cmp.claims.map((id) => byId.get(id)).filter((c): c is Claim => !!c).sort(byPosition);
    if (members.length < 2) continue;
    const found = cmp.verdict === 'disagree' ? conflictFindings(cmp, members, tolerance / 100) : weakSignals(cmp, members);
    // The comparison's notes travel with its findings as a field (an earlier report, copies, a conversion).
    out.push(...(cmp.notes?.length ? found.map((f) => ({ ...f, notes: cmp.notes })) : found));
  }
  return out.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

/**
 * One error per claim outside the figure most sources give (all of them when no figure has a majority),
 * so GitHub and SARIF point at each line to check.
 */
function conflictFindings(cmp: Comparison, members: Claim[], tol: number): Finding[] {
  // The comparison's own figure sets when it carries them (they were split at the tolerance the user chose).
  const sets = cmp.figures?.length
    ? cmp.figures.map((f) => {
      const ids = new Set(f.claims);
      return members.filter((c) => ids.has(c.id));
    })
    : figureSets(members, tol);
  // Vague amounts ("dozens") neither make a majority nor conflict.
  const docs = (s: Claim[]) => new Set(s.filter((c) => !isVague(c)).map((c) => c.document)).size;
  const majority = sets.length > 1 && docs(sets[0]!) > docs(sets[1]!) ? sets[0]! : null;
  const flagged = members.filter((c) => !isVague(c) && (!majority || !majority.includes(c)));
  const labels = cmp.figures?.length === sets.length ? cmp.figures.map((f) => f.label) : sets.map((set) => String(pointOf(set[0]!)));
  const note = cmp.summary.includes(' — ') ? ` —${cmp.summary.slice(cmp.summary.lastIndexOf(' — ') + 2)}` : '';
  return flagged.map((c) => {
    const others = sets
      .map((set, k) => ({ set, label: labels[k]! }))
      .filter(({ set }) => !set.includes(c))
      .map(({ set, label }) => {
        const docs = [...new Set(set.map((x) => x.document))];
        return `${docs.join(', ')} ${docs.length > 1 ? 'say' : 'says'} ${label}`;
      });
    const where = `${cmp.measure}${cmp.scope ? ` (${cmp.scope})` : ''}`;
    // A figure superseded by a later report is worth a look, not a failed gate.
    const [rule, severity]: [string, Severity] = cmp.notes?.includes('earlier-report') ? ['concord/figure-earlier-report', 'warning'] : ['concord/figure-conflict', 'error'];
    return finding(rule, severity, c, `${where}: "${c.text}" here, but ${others.join('; ')}${note}`);
  });
}

function weakSignals(cmp: Comparison, all: Claim[]): Finding[] {
  const out: Finding[] = [];
  const members = all.filter((c) => !isVague(c));
  if (!members.length) return out;
  const points = members.map(pointOf).filter((p): p is number => p !== null);
  if (points.length === members.length && new Set(points).size > 1) {
    const lo = points.reduce((a, b) => Math.min(a, b));
    const hi = points.reduce((a, b) => Math.max(a, b));
    const first = members.find((c) => pointOf(c) !== pointOf(members[0]!)) ?? members[0]!;
    out.push(finding('concord/figure-near-tolerance', 'warning', first,
      `${cmp.measure}: figures differ by ${(relDiff(lo, hi) * 100).toFixed(1)} % (${formatNumber(lo)} to ${formatNumber(hi)}), within the tolerance; ${cmp.summary}`));
  }
  // Qualifiers that exclude each other on one figure ("more than 90" and "90"): no value satisfies both.
  if (new Set(points).size > 1 || !members.some((c) => c.qualifier === 'more-than' || c.qualifier === 'less-than')) return out;
  let lo = -Infinity;
  let hi = Infinity;
  let loOpen = false;
  let hiOpen = false;
  for (const c of members) {
    const [a, b] = intervalOf(c);
    if (a > lo || (a === lo && c.qualifier === 'more-than')) [lo, loOpen] = [a, c.qualifier === 'more-than'];
    if (b < hi || (b === hi && c.qualifier === 'less-than')) [hi, hiOpen] = [b, c.qualifier === 'less-than'];
  }
  if (lo > hi || (lo === hi && (loOpen || hiOpen))) {
    const odd = members.find((c) => c.qualifier === 'more-than' || c.qualifier === 'less-than') ?? members[0]!;
    out.push(finding('concord/figure-qualifier-mismatch', 'warning', odd,
      `${cmp.measure}: "${odd.text}" here, but the qualifiers of the sources exclude each other; ${cmp.summary}`));
  }
  return out;
}

function finding(rule: string, severity: Severity, c: Claim, message: string): Finding {
  return { rule, severity, document: c.document, line: c.line, column: c.column ?? 1, message };
}
