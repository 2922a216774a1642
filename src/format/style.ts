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

/**
 * Rows of one table at most: cli-table3 lays a table out in time quadratic in its rows (each cell is checked
 * against every cell above it), so a longer table is drawn in blocks of this many rows, stitched into one.
 */
const ROWS_PER_BLOCK = 200;

const ANSI = /\x1b\[[0-9;]*m/g;
/** Columns a cell needs: its longest line, without colour codes, plus cli-table3's padding. */
const cellWidth = (cell: string) => Math.max(0, ...cell.replace(ANSI, '').split('\n').map((l) => [...l].length)) + 2;

/**
 * A table's text, in time linear in its rows. Up to ROWS_PER_BLOCK rows it is one cli-table3 table, as
 * makeTable draws it; beyond, blocks with the same column widths (given, or the widest cell of each column)
 * drawn one by one, with the borders between them removed.
 */
export function renderTable(style: Style, head: string[], rows: string[][], opts: { colWidths?: number[]; wordWrap?: boolean } = {}): string {
  if (rows.length <= ROWS_PER_BLOCK) {
    const table = makeTable(style, head, opts);
    for (const row of rows) table.push(row);
    return table.toString();
  }
  const colWidths = opts.colWidths ?? head.map((h, i) => Math.max(cellWidth(h), ...rows.map((r) => cellWidth(r[i] ?? ''))));
  const blocks: string[] = [];
  for (let from = 0; from < rows.length; from += ROWS_PER_BLOCK) {
    const table = makeTable(style, from === 0 ? head : [], { ...opts, colWidths });
    for (const row of rows.slice(from, from + ROWS_PER_BLOCK)) table.push(row);
    const lines = table.toString().split('\n');
    if (from > 0) lines.shift();
    if (from + ROWS_PER_BLOCK < rows.length) lines.pop();
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n');
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
