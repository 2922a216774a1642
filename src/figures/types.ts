export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'range' | 'vague';

/** One numeric claim (contract: `figures`). */
export interface Claim {
  /** `<document>#<n>`, n counting the document's claims from 1. */
  id: string;
  document: string;
  text: string;
  /** The number as written; null for vague amounts; an array for a tally or score. */
  value: number | number[] | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
  /** What is counted ("deaths", "refugees"); null when unknown. */
  measure: string | null;
  scope: string | null;
  attributedTo: string | null;
  start: number;
  end: number;
  line: number;
  /** 1-based column of `start` (added field). */
  column?: number;
  /** What kind of number the claim is (`count`, `money`, ...; added field). */
  kind?: NumberKind;
  /** Scope hints used to compare like with like (added field; kept in JSONL so `--merge` compares the same). */
  hints?: ScopeHints;
}

/** Where and when a claim holds, as far as its sentence says. All lower case. */
export interface ScopeHints {
  /** Places named around the figure ("tripoli", "opposition-held areas"). */
  places: string[];
  /** Time anchors: `y:2003`, `m:february`, `d:saturday`, `rel:today`. */
  when: string[];
  /** Length of the period the figure covers, in days ("in three days" = 3); null when not said. */
  periodDays: number | null;
  /** Places the figure's document is mostly about (named at least twice); absent when none stands out. */
  docPlaces?: string[];
  /** Countries the figure's document names most; absent when none stands out. */
  docCountries?: string[];
}

export type Verdict = 'agree' | 'disagree';

export interface Comparison {
  measure: string;
  scope: string | null;
  verdict: Verdict;
  /** Claim ids compared. */
  claims: string[];
  summary: string;
  /** The figures given, each with the claims and documents behind it, most sources first (added field). */
  figures?: FigureSet[];
}

/** One figure of a comparison and who gives it. */
export interface FigureSet {
  /** The figure as the summary words it: "more than 70,000", "80,000". */
  label: string;
  claims: string[];
  documents: string[];
}

export type Severity = 'error' | 'warning' | 'note';

/** One finding of `check` (contract: `check`); rule ids are stable (`concord/figure-conflict`, ...). */
export interface Finding {
  rule: string;
  severity: Severity;
  document: string;
  line: number;
  column: number;
  message: string;
}

/** What a numeric expression is. Only `count`, `money`, `percent` and `measure` can be claims about amounts. */
export type NumberKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'measure'
  | 'date'
  | 'year'
  | 'time'
  | 'duration'
  | 'ordinal'
  | 'tally'
  | 'phone'
  | 'other';

/** A numeric expression found in text by the number grammar (`src/figures/numbers/`). */
export interface NumberMatch {
  start: number;
  end: number;
  text: string;
  kind: NumberKind;
  value: number | number[] | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Currency code, `%`, or unit of measure; `tally` for vote tallies and scores. */
  unit: string | null;
}
