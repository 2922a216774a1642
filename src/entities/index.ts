import type { ParsedDocument } from '../corpus/parsed.js';
import type { Entity } from './types.js';
export * from './types.js';

/** Per-document candidates (plain data, structured-cloneable). */
export interface DocEntities { document: string; mentions: unknown[] }
// Placeholder (replaced by the real recogniser).
export function extractEntities(doc: ParsedDocument): DocEntities { return { document: doc.id, mentions: [] }; }
export function mergeEntities(_parts: DocEntities[]): Entity[] { return []; }
