import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';

/** Text styling for one output: colour on or off, decided by the CLI. */
export interface Style {
  color: boolean;
  c: ChalkInstance;
}

export function makeStyle(color: boolean): Style {
  return { color, c: new Chalk({ level: color ? 1 : 0 }) };
}

/** A cli-table3 table; without colour its borders and heads carry no ANSI codes. */
export function makeTable(style: Style, head: string[], opts: { colWidths?: number[]; wordWrap?: boolean } = {}): Table.Table {
  return new Table({
    head: head.map((h) => style.c.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: opts.wordWrap ?? true,
    ...(opts.colWidths ? { colWidths: opts.colWidths } : {}),
  });
}

/** Shorten a string to `max` characters with an ellipsis. */
export function truncate(s: string, max: number): string {
  // Only the start is read: a claim or quote can be megabytes long, and a table has one per row.
  const head = s.length > max * 4 + 64 ? s.slice(0, max * 4 + 64) : s;
  const one = head.replace(/\s+/g, ' ').trim();
  return one.length <= max && head === s ? one : one.slice(0, Math.max(0, max - 1)) + '\u2026';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
