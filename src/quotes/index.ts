import type { ParsedDocument } from '../corpus/parsed.js';
import type { Entity } from '../entities/types.js';
import type { Quote } from './types.js';
export * from './types.js';

/** Per-document attributions before corpus-level speaker resolution (plain data). */
export interface DocQuotes { document: string; quotes: unknown[] }
// Placeholder (replaced by the real attributor).
export function extractQuotes(doc: ParsedDocument): DocQuotes { return { document: doc.id, quotes: [] }; }
export function resolveQuotes(_parts: DocQuotes[], _entities: Entity[]): Quote[] { return []; }
