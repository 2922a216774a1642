import type { ParsedDocument } from '../corpus/parsed.js';
import { COUNTRIES } from './data/lexicon.generated.js';
import { slug } from './keys.js';
import type { Entity, EntityMention } from './types.js';

/** A nationality adjective read as a mention of its country ("Syrian forces" → Syria), for `--demonyms`. */
export interface DemonymMention extends EntityMention {
  place: string;
}

let demonymPlace: Map<string, string> | undefined;

/** Demonym → country, leaving out demonyms that several countries share ("Dominican", "Guinean"). */
function demonymMap(): Map<string, string> {
  if (demonymPlace) return demonymPlace;
  const owners = new Map<string, Set<string>>();
  for (const c of COUNTRIES) for (const d of c.demonyms) owners.set(d, (owners.get(d) ?? new Set()).add(c.name));
  demonymPlace = new Map();
  for (const [d, places] of owners) if (places.size === 1) demonymPlace.set(d, [...places][0]!);
  return demonymPlace;
}

/** Singular demonyms in a document's tokens; plurals ("Syrians") are people, not the place. */
export function findDemonyms(doc: ParsedDocument): DemonymMention[] {
  const map = demonymMap();
  const out: DemonymMention[] = [];
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    const place = map.get(t.text);
    if (!place) continue;
    const { line, column } = doc.position(t.start);
    out.push({ document: doc.id, text: t.text, start: t.start, end: t.end, line, column, place });
  }
  return out;
}

/**
 * Add demonym mentions to the entity of their country (matched by name or alias), or to a new place
 * entity when the corpus names the country nowhere else.
 */
export function attachDemonyms(entities: Entity[], mentions: DemonymMention[]): Entity[] {
  if (!mentions.length) return entities;
  const out = entities.map((e) => ({ ...e, aliases: [...e.aliases], documents: [...e.documents], mentions: [...e.mentions] }));
  const byName = new Map<string, Entity>();
  for (const e of out) {
    if (e.type !== 'place') continue;
    for (const a of [e.name, ...e.aliases]) if (!byName.has(a)) byName.set(a, e);
  }
  const ids = new Set(out.map((e) => e.id));
  for (const m of mentions) {
    let entity = byName.get(m.place);
    if (!entity) {
      let id = slug(m.place);
      for (let n = 2; ids.has(id); n++) id = `${slug(m.place)}-${n}`;
      ids.add(id);
      entity = { id, name: m.place, type: 'place', aliases: [m.place], roles: [], documents: [], mentions: [], evidence: [{ reason: 'gazetteer-country', detail: 'named only by its demonym (--demonyms)' }] };
      out.push(entity);
      byName.set(m.place, entity);
    }
    const { place: _place, ...mention } = m;
    entity.mentions.push(mention);
    if (!entity.aliases.includes(m.text)) entity.aliases.push(m.text);
    if (!entity.documents.includes(m.document)) entity.documents.push(m.document);
  }
  return out;
}
