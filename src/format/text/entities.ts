import type { Entity } from '../../entities/types.js';
import { makeTable, plural, truncate, type Style } from '../style.js';

const TYPE_COLOR: Record<string, 'cyan' | 'magenta' | 'yellow' | 'gray'> = {
  person: 'cyan',
  organization: 'magenta',
  place: 'yellow',
  other: 'gray',
};

export function entityTypeLabel(type: string, style: Style): string {
  return style.c[TYPE_COLOR[type] ?? 'gray'](type);
}

/** Table of entities: name, type, mentions, sources, aliases. */
export function formatEntitiesTable(entities: Entity[], style: Style, limit = Infinity): string {
  if (!entities.length) return style.c.dim('No entities found.') + '\n';
  const table = makeTable(style, ['name', 'type', 'mentions', 'sources', 'aliases'], { colWidths: [28, 14, 10, 30, 40] });
  for (const e of entities.slice(0, limit)) {
    const others = e.aliases.filter((a) => a !== e.name);
    table.push([
      style.c.bold(e.name),
      entityTypeLabel(e.type, style),
      String(e.mentions.length),
      truncate(`${e.documents.length}: ${e.documents.join(', ')}`, 60),
      truncate(others.join(', '), 80),
    ]);
  }
  const more = entities.length > limit ? style.c.dim(`\u2026 and ${plural(entities.length - limit, 'more entity', 'more entities')}\n`) : '';
  return table.toString() + '\n' + more;
}
