import type { ParsedDocument } from '../corpus/parsed.js';
import type { Claim, Comparison, Finding } from './types.js';
export * from './types.js';

export interface CompareOptions { tolerance: number; ignoreMeasures?: string[] }
// Placeholders (replaced by the real claim extraction and comparison).
export function extractClaims(_doc: ParsedDocument): Claim[] { return []; }
export function compareClaims(_claims: Claim[], _opts: CompareOptions): Comparison[] { return []; }
export function findingsFor(_claims: Claim[], _comparisons: Comparison[]): Finding[] { return []; }
