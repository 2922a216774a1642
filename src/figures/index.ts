import type { ParsedDocument } from '../corpus/parsed.js';
import type { Claim, Comparison, Finding } from './types.js';
export * from './types.js';

export interface CompareOptions { tolerance: number; ignoreMeasures?: string[] }
// Placeholders (replaced by the real claim extraction and comparison).
export function extractClaims(_doc: ParsedDocument): Claim[] { return []; }
export function compareClaims(_claims: Claim[], _opts: CompareOptions): Comparison[] { return []; }
export function findingsFor(_claims: Claim[], _comparisons: Comparison[]): Finding[] { return []; }
import type { Quote } from '../quotes/types.js';
// Placeholder.
export function attributeClaims(claims: Claim[], _quotes: Quote[]): Claim[] { return claims; }
export const RULES: { id: string; severity: string; description: string }[] = [
  { id: 'concord/figure-conflict', severity: 'error', description: 'Sources give figures for the same measure that differ beyond the tolerance.' },
];
