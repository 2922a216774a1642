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
  /** What kind of quantity the value is. */
  dimension: Dimension;
  /** The value in a base unit (metres, seconds, kilograms, ...); money keeps its currency code. */
  normalized: Normalized;
  /** The person or thing a per-entity figure belongs to ("Tom Varga" for his age); null for a figure of the story. */
  subject: string | null;
  /** Scope hints used to compare like with like (added field; kept in JSONL so `--merge` compares the same). */
  hints?: ScopeHints;
}

export type Dimension =
  | 'count' | 'money' | 'length' | 'duration' | 'time-of-day' | 'age' | 'magnitude' | 'percent' | 'tally'
  | 'mass' | 'speed' | 'area' | 'temperature' | 'other';

export interface Normalized {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
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
  /**
   * What sets the figure apart from the story's own toll, as its sentence says: an earlier report
   * ("initial reports") or a later one ("the toll rose to 55"), another event recalled ("last year's attack"), a part of the whole ("still
   * hospitalized", "including the gunman"). Absent when nothing does.
   */
  marks?: ScopeMark[];
  /**
   * The list the figure is an item of ("14 rifles, 31 magazines and 923 rounds"), as an id shared by its items;
   * absent when the figure stands alone. Two outlets listing the same kinds of things describe one haul.
   */
  list?: string;
}

/** Scope evidence read from a claim's sentence. */
export type ScopeMark =
  | 'earlier-report' | 'later-report' | 'other-event' | 'series-total' | 'part-of-whole' | 'includes-perpetrator' | 'excludes-perpetrator';

export type Verdict = 'agree' | 'disagree';

export interface Comparison {
  measure: string;
  scope: string | null;
  /** The person or thing the compared figures belong to (ages); null for figures of the story. */
  subject: string | null;
  verdict: Verdict;
  /** What qualifies the verdict (contract: figures). */
  notes: ComparisonNote[];
  /** Claim ids compared. */
  claims: string[];
  summary: string;
  /** The figures given, each with the claims and documents behind it, most sources first (added field). */
  figures?: FigureSet[];
}

/**
 * `qualifiers-compatible`: the stated figures differ but the intervals their qualifiers allow overlap;
 * `earlier-report`: one figure is an earlier report (document dates or "initial reports" wording);
 * `unit-converted` / `currency-converted`: members state the quantity in different units or currencies;
 * `copies`: near-identical documents among the members count as one source.
 */
export type ComparisonNote = 'qualifiers-compatible' | 'earlier-report' | 'unit-converted' | 'currency-converted' | 'copies';

/** Why two claims of one measure family were not compared (`--explain`). */
export type DecisionReason =
  | 'other-event' | 'other-place' | 'other-period' | 'part-of-whole' | 'different-subject' | 'unit-dimension'
  | 'currency' | 'copy' | 'superseded' | 'same-document' | 'far-apart';

export interface Decision {
  measure: string;
  claims: [string, string];
  compared: false;
  reason: DecisionReason;
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
  /** The notes of the comparison the finding comes from (added field; absent when it has none). */
  notes?: ComparisonNote[];
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
