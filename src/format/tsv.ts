/** Escape a TSV cell: tabs, line breaks and backslashes as `\t`, `\n`, `\r`, `\\`. */
export function tsvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(v.every((x) => typeof x === 'number') ? '-' : '; ') : String(v);
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** A header row and one row per record. */
export function formatTsv<T>(columns: { name: string; get: (r: T) => unknown }[], rows: T[]): string {
  const lines = [columns.map((c) => c.name).join('\t')];
  for (const r of rows) lines.push(columns.map((c) => tsvCell(c.get(r))).join('\t'));
  return lines.join('\n') + '\n';
}
