import type { ParsedDocument } from '../corpus/parsed.js';
import type { Entity } from '../entities/types.js';
import { extractEntities, type DocEntities } from '../entities/index.js';
import { personNames } from './names.js';
import { extractRaw, type RawQuote } from './extract.js';
import { resolveSpeakers } from './resolve.js';
import type { Quote } from './types.js';
export * from './types.js';
export type { RawQuote } from './extract.js';

/** Per-document attributions before corpus-level speaker resolution (plain data, structured-cloneable). */
export interface DocQuotes {
  document: string;
  quotes: RawQuote[];
}

/**
 * Direct, mixed, indirect and according-to attributions of one document, pronouns resolved in it. Speakers'
 * names come from the entity layer: its candidates for the document (extracted here when not given).
 */
export function extractQuotes(doc: ParsedDocument, entities: DocEntities = extractEntities(doc)): DocQuotes {
  return { document: doc.id, quotes: extractRaw(doc, personNames(entities)) };
}

/** Map speakers to the corpus entities (canonical name and id); keeps document order. */
export function resolveQuotes(parts: DocQuotes[], entities: Entity[]): Quote[] {
  return resolveSpeakers(parts, entities);
}
