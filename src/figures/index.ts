// Numeric claims, their cross-source comparison and the `check` findings (contract: figures, check).
export * from './types.js';
export { extractClaims, describeScope } from './extract.js';
export { compareClaims, compareWithDecisions, type CompareOptions, type CompareResult } from './compare.js';
export { findingsFor, RULES, type Rule } from './findings.js';
export { attributeClaims, attributingQuotes } from './attribution.js';
export { DEFAULT_TOLERANCE } from './defaults.js';
