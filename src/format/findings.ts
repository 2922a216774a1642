import type { Finding } from '../figures/types.js';

/** A finding placed in a file the user has: the path, and line/column in that file. */
export interface LocatedFinding extends Finding {
  file: string;
  fileLine: number;
  fileColumn: number;
  /** Stable fingerprint (see pipeline/baseline.ts); SARIF carries it in partialFingerprints. */
  fingerprint?: string;
}

export interface RuleInfo {
  id: string;
  severity: string;
  description: string;
}

// GitHub workflow commands: data escapes %, CR, LF; property values also ':' and ','.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const githubLevel = (severity: string) => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice');

/** GitHub Actions annotations, one `::error file=…,line=…,col=…,title=…::message` line per finding. */
export function formatGithub(findings: LocatedFinding[]): string {
  return findings
    .map(
      (f) =>
        `::${githubLevel(f.severity)} file=${escapeProperty(f.file)},line=${f.fileLine},col=${f.fileColumn},title=${escapeProperty(f.rule)}::${escapeData(f.message)}\n`,
    )
    .join('');
}

const sarifLevel = (severity: string) => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note');

/** SARIF 2.1.0: one run, the rules concord knows, one result per finding. */
export function formatSarif(findings: LocatedFinding[], rules: RuleInfo[], version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'concord',
            version,
            semanticVersion: version,
            informationUri: 'https://www.npmjs.com/package/concord-news',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/^concord\//, '').replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.description },
              defaultConfiguration: { level: sarifLevel(r.severity) },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
          level: sarifLevel(f.severity),
          message: { text: f.message },
          ...(f.fingerprint ? { partialFingerprints: { 'concordFindingHash/v1': f.fingerprint } } : {}),
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(f.file) },
                region: { startLine: f.fileLine, startColumn: f.fileColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative file path as a SARIF uri reference (forward slashes, percent-encoded). */
function toUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');
}
