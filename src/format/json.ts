export const SCHEMA_VERSION = 1;

/** The one JSON document of `--format json`: schema version and command first, then the sections. */
export function formatJson(command: string, body: Record<string, unknown>): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, command, ...body }, null, 2) + '\n';
}

/** One `--format jsonl` line. */
export function jsonlRecord(type: string, fields: object): string {
  return JSON.stringify({ type, ...fields }) + '\n';
}

/** The first `--format jsonl` line. */
export function jsonlMeta(command: string): string {
  return jsonlRecord('meta', { schemaVersion: SCHEMA_VERSION, command });
}
