import type { Entity } from '../../entities/types.js';
import { plural, renderTable, truncate, type Style } from '../style.js';

const TYPE_COLOR: Record<string, 'cyan' | 'magenta' | 'yellow' | 'gray'> = {
  person: 'cyan',
  organization: 'magenta',
  place: 'yellow',
  other: 'gray',
};

export function entityTypeLabel(type: string, style: Style): string {
  return style.c[TYPE_COLOR[type] ?? 'gray'](type);
}

/**
 * Table of entities: name, type, mentions, sources, aliases. `summary` (the report's view) gives the
 * number of sources instead of their names, on one line per entity.
 */
export function formatEntitiesTable(entities: Entity[], style: Style, limit = Infinity, summary = false): string {
  if (!entities.length) return style.c.dim('No entities found.') + '\n';
  const widths = summary ? [30, 14, 10, 9, 50] : [28, 14, 10, 30, 40];
  const rows = entities.slice(0, limit).map((e) => {
    const others = e.aliases.filter((a) => a !== e.name);
    return [
      style.c.bold(summary ? truncate(e.name, widths[0]! - 2) : e.name),
      entityTypeLabel(e.type, style),
      String(e.mentions.length),
      // Only the first documents are joined: the cell shows 60 characters of the list.
      summary ? String(e.documents.length) : truncate(`${e.documents.length}: ${e.documents.slice(0, 30).join(', ')}`, 60),
      truncate(others.slice(0, 30).join(', '), summary ? widths[4]! - 2 : 80),
    ];
  });
  const more = entities.length > limit ? style.c.dim(`\u2026 and ${plural(entities.length - limit, 'more entity', 'more entities')}\n`) : '';
  return renderTable(style, ['name', 'type', 'mentions', 'sources', 'aliases'], rows, { colWidths: widths, wordWrap: !summary }) + '\n' + more;
}

/** `entities --explain`: each entity with its type and the reason codes behind its type and merges. */
export function formatEntitiesExplain(entities: Entity[], style: Style): string {
  if (!entities.length) return style.c.dim('No entities found.') + '\n';
  const lines: string[] = [];
  for (const e of entities) {
    lines.push(`${style.c.bold(e.name)}  ${entityTypeLabel(e.type, style)}  ${plural(e.mentions.length, 'mention', 'mentions')}`);
    for (const ev of e.evidence ?? []) lines.push(`  ${style.c.dim(ev.reason.padEnd(24))} ${ev.detail}`);
  }
  return lines.join('\n') + '\n';
}
