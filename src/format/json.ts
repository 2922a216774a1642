export const SCHEMA_VERSION = 1;

/**
 * Pieces of one JSON document: objects down to `depth` levels are laid out one member per line, arrays
 * one element per line, and every element is one compact line (a record per line keeps large outputs small and fast to write
 * while staying readable and easy to grep). A large document never has to be one string in memory.
 */
/** Characters gathered before a piece is given out (writeAll writes 64 KiB at a time). */
const CHUNK = 32 * 1024;

export function* jsonChunks(value: unknown, depth = 2, pad = ''): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || (value as { toJSON?: unknown }).toJSON) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const inner = pad + '  ';
  if (Array.isArray(value)) {
    if (!value.length) return void (yield '[]');
    // Elements are gathered into pieces of about CHUNK characters: a piece per element cost more in the
    // generators' resumptions (one per level of nesting) than in JSON.stringify itself.
    let piece = '[';
    const last = value.length - 1;
    for (let i = 0; i <= last; i++) {
      piece += `\n${inner}${JSON.stringify(value[i] === undefined ? null : value[i])}`;
      if (i < last) piece += ',';
      if (piece.length >= CHUNK) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}\n${pad}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (!entries.length) return void (yield '{}');
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `\n${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, depth - 1, inner);
    if (i < entries.length - 1) yield ',';
  }
  yield `\n${pad}}`;
}

/** The one JSON document of `--format json`, in pieces: schema version and command first, then the sections. */
export function* formatJsonChunks(command: string, body: Record<string, unknown>): Generator<string> {
  yield* jsonChunks({ schemaVersion: SCHEMA_VERSION, command, ...body }, 3);
  yield '\n';
}

/**
 * A `--format json` document whose only section is an array written record by record as records come
 * (`strip` on a large corpus): the same text `formatJsonChunks` gives for the whole array.
 */
export function streamedJsonArray(command: string, key: string) {
  let count = 0;
  return {
    open: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "command": ${JSON.stringify(command)},\n  ${JSON.stringify(key)}: [`,
    item: (record: unknown) => `${count++ ? ',' : ''}\n    ${JSON.stringify(record)}`,
    close: () => (count ? '\n  ]\n}\n' : ']\n}\n'),
  };
}

/** The one JSON document of `--format json` as a string. */
export function formatJson(command: string, body: Record<string, unknown>): string {
  return [...formatJsonChunks(command, body)].join('');
}

/** One `--format jsonl` line. */
export function jsonlRecord(type: string, fields: object): string {
  return JSON.stringify({ type, ...fields }) + '\n';
}

/** The first `--format jsonl` line. */
export function jsonlMeta(command: string): string {
  return jsonlRecord('meta', { schemaVersion: SCHEMA_VERSION, command });
}

/** The `--format json` object of an analysis command (`check` without a baseline). */
export function analysisJson(command: string, a: AnalysisSections, opts: { explain?: boolean } = {}): Record<string, unknown> {
  const body: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, command, documents: a.documents };
  if (command === 'entities') body.entities = a.entities;
  if (command === 'quotes') body.quotes = a.quotes;
  if (command === 'figures' || command === 'check') Object.assign(body, { claims: a.claims, comparisons: a.comparisons });
  if (command === 'figures' && opts.explain) body.decisions = a.decisions ?? [];
  if (command === 'check') body.findings = a.findings;
  if (command === 'report') {
    body.strip = { documents: a.documents.map((d, i) => ({ ...d, text: a.strip[i]!.text, lineDecisions: a.strip[i]!.lineDecisions })) };
    const figures = { claims: a.claims, comparisons: a.comparisons, ...(opts.explain ? { decisions: a.decisions ?? [] } : {}) };
    Object.assign(body, { entities: a.entities, quotes: a.quotes, figures, findings: a.findings });
  }
  return body;
}

/** What `analysisJson` reads of an analysis (the pipeline's CorpusAnalysis). */
export interface AnalysisSections {
  documents: object[];
  strip: { text: string; lineDecisions: unknown[] }[];
  entities: unknown[];
  quotes: unknown[];
  claims: unknown[];
  comparisons: unknown[];
  findings: unknown[];
  decisions?: unknown[];
}
