import { createHash } from 'node:crypto';
import type { Claim, Comparison, Finding } from '../figures/types.js';
import type { DocumentInfo } from './survey.js';

// A baseline records findings a team has accepted, by fingerprint. A fingerprint names what the finding is
// about, not where it is: the rule, the measure family, scope and subject of the comparison, each source
// with the figure it gives, and the source and figure of the flagged claim. Line numbers, document order
// and the wording around the figures are left out, so re-ordering inputs or editing other text keeps it.

export const BASELINE_SCHEMA_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  document: string;
  message: string;
}

export interface BaselineFile {
  schemaVersion: number;
  tool: 'concord';
  findings: BaselineEntry[];
}

export type FingerprintedFinding = Finding & { fingerprint: string };

const figureKey = (q: Claim) => {
  if (q.qualifier === 'range' || q.value === null || Array.isArray(q.value)) return `${q.qualifier}:${q.low}:${q.high}:${String(q.value)}`;
  return `${q.qualifier}:${q.value}`;
};

const hash = (parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** Each finding with its fingerprint (see above); a finding no comparison explains is keyed by its rule, source and message. */
export function fingerprintFindings(findings: Finding[], claims: Claim[], comparisons: Comparison[], documents: DocumentInfo[]): FingerprintedFinding[] {
  const sourceOf = new Map(documents.map((d) => [d.id, d.source ?? d.id]));
  const source = (doc: string) => sourceOf.get(doc) ?? doc;
  const byId = new Map(claims.map((q) => [q.id, q]));
  const comparisonOf = new Map<string, Comparison>();
  for (const cmp of comparisons) for (const id of cmp.claims) if (!comparisonOf.has(id)) comparisonOf.set(id, cmp);
  const at = new Map<string, Claim>();
  for (const q of claims) {
    const key = `${q.document}\u0000${q.line}\u0000${q.column ?? 1}`;
    // Several claims on one spot: the one a comparison holds is the one a finding can be about.
    if (!at.has(key) || (comparisonOf.has(q.id) && !comparisonOf.has(at.get(key)!.id))) at.set(key, q);
  }
  return findings.map((f) => {
    const claim = at.get(`${f.document}\u0000${f.line}\u0000${f.column}`);
    const cmp = claim && comparisonOf.get(claim.id);
    if (!claim || !cmp) return { ...f, fingerprint: hash([f.rule, source(f.document), f.message]) };
    const members = cmp.claims.map((id) => byId.get(id)).filter((q): q is Claim => !!q);
    const given = [...new Set(members.map((q) => `${source(q.document)}=${figureKey(q)}`))].sort();
    const subject = (cmp as Comparison & { subject?: string | null }).subject ?? '';
    return { ...f, fingerprint: hash([f.rule, cmp.measure, cmp.scope ?? '', subject, ...given, `flagged:${source(claim.document)}=${figureKey(claim)}`]) };
  });
}

/** The baseline file for the current findings (sorted, so that it diffs well under version control). */
export function baselineFor(findings: FingerprintedFinding[]): BaselineFile {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    entries.push({ fingerprint: f.fingerprint, rule: f.rule, document: f.document, message: f.message });
  }
  entries.sort((a, b) => a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message) || a.fingerprint.localeCompare(b.fingerprint));
  return { schemaVersion: BASELINE_SCHEMA_VERSION, tool: 'concord', findings: entries };
}

export interface BaselineOutcome<F extends FingerprintedFinding> {
  /** Findings the baseline does not record: the ones that count. */
  fresh: F[];
  /** Findings the baseline records. */
  accepted: F[];
  /** Baseline entries no finding matches any more. */
  fixed: BaselineEntry[];
}

/** Split findings by a baseline. */
export function applyBaseline<F extends FingerprintedFinding>(findings: F[], baseline: BaselineEntry[]): BaselineOutcome<F> {
  const known = new Set(baseline.map((e) => e.fingerprint));
  const found = new Set(findings.map((f) => f.fingerprint));
  return {
    fresh: findings.filter((f) => !known.has(f.fingerprint)),
    accepted: findings.filter((f) => known.has(f.fingerprint)),
    fixed: baseline.filter((e) => !found.has(e.fingerprint)),
  };
}

/** Read a baseline file's JSON; throws an Error with a one-line reason when it is not one. */
export function parseBaseline(json: string): BaselineFile {
  const raw = JSON.parse(json) as Partial<BaselineFile> | null;
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.findings)) throw new Error('not a concord baseline (expected {"findings": [...]})');
  if (raw.schemaVersion !== BASELINE_SCHEMA_VERSION) throw new Error(`unsupported baseline schemaVersion ${String(raw.schemaVersion)}`);
  for (const e of raw.findings) {
    if (!e || typeof e.fingerprint !== 'string') throw new Error('a baseline finding without "fingerprint"');
  }
  return raw as BaselineFile;
}
