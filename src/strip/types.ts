/** Why a line was kept or dropped: a stable, short kebab-case code (e.g. `article-text`, `short-nav-line`). */
export type StripReason = string;

export interface LineDecision {
  /** 1-based line number in the input. */
  line: number;
  keep: boolean;
  reason: StripReason;
  /** For a line of an HTML page: the path of the element it came from (`article>div.body>p`). */
  element?: string;
}

export interface StripResult {
  id: string;
  /** One decision per non-blank input line, in order. */
  lineDecisions: LineDecision[];
  /** The kept lines joined by `\n`. */
  text: string;
  /** The input text with dropped lines blanked by spaces: same length, so offsets still refer to the input. */
  analysisText: string;
}

export interface StripOptions {
  /** Keep every line (the analysis commands' `--keep-boilerplate`). */
  keepAll?: boolean;
}
