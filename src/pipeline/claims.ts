import { compareClaims, findingsFor, type Claim } from '../figures/index.js';

export interface CompareSettings {
  tolerance: number;
  ignoreMeasures?: string[];
}

/** Comparison and findings from claims alone (what `--merge` runs on shards). */
export function compareAndFind(claims: Claim[], opts: CompareSettings) {
  const comparisons = compareClaims(claims, { tolerance: opts.tolerance, ignoreMeasures: opts.ignoreMeasures });
  return { comparisons, findings: findingsFor(claims, comparisons) };
}
