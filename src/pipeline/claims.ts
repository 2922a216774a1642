import { compareWithDecisions, findingsFor, type Claim } from '../figures/index.js';

export interface CompareSettings {
  tolerance: number;
  ignoreMeasures?: string[];
  /** Currency rates (`--rates`): value of one unit of each currency in a common reference. */
  rates?: Readonly<Record<string, number>>;
}

/** Comparison, decisions and findings from claims and document dates alone (what `--merge` runs on shards). */
export function compareAndFind(claims: Claim[], opts: CompareSettings, documents: ReadonlyArray<{ id: string; date?: string | null }> = []) {
  const documentDates = new Map(documents.map((d) => [d.id, d.date ?? null]));
  const { comparisons, decisions } = compareWithDecisions(claims, { tolerance: opts.tolerance, ignoreMeasures: opts.ignoreMeasures, rates: opts.rates, documentDates });
  return { comparisons, decisions, findings: findingsFor(claims, comparisons) };
}
