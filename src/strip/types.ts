import type { ControlRun } from './controls.js';

export type { ControlReason, ControlRun } from './controls.js';

/** Why a line was kept or dropped: a stable, short kebab-case code (e.g. `article-text`, `short-nav-line`). */
export type StripReason = string;

export interface LineDecision {
  /** 1-based line number in the input. */
  line: number;
  keep: boolean;
  reason: StripReason;
  /** For a line of an HTML page: the path of the element it came from (`article>div.body>p`). */
  element?: string;
  /** For a kept line: the media-widget controls at its start or end, blanked from the text and the analysis. */
  controls?: ControlRun[];
}

/** Why the entity layer reads a line that strip dropped: a picture's caption, its credit blanked (see captions.ts). */
export type CaptionReason = 'caption-read-for-entities' | 'repeated-caption-read-once';

/** A dropped line the entity layer reads all the same. */
export interface CaptionLine {
  /** 1-based line number in the input. */
  line: number;
  reason: CaptionReason;
  /** What the entity layer reads of the line: the caption, its credit blanked. */
  text: string;
}

/** Why the entity layer reads a name in a caption's credit: shaped like a person's (see credit-names.ts). */
export type CreditReason = 'credit-name-for-entities';

/** A name in a picture's credit, shaped like a person's, that the entity layer reads (it types it and may keep it). */
export interface CreditName {
  /** 1-based line number in the input. */
  line: number;
  /** 1-based column of the name in its line. */
  column: number;
  /** Offsets of the name in the input. */
  start: number;
  end: number;
  reason: CreditReason;
  text: string;
}

export interface StripResult {
  id: string;
  /** One decision per non-blank input line, in order. */
  lineDecisions: LineDecision[];
  /** The kept lines joined by `\n`. */
  text: string;
  /** The input text with dropped lines blanked by spaces: same length, so offsets still refer to the input. */
  analysisText: string;
  /** The dropped caption lines the entity layer reads (their credits blanked), in order. */
  captions: CaptionLine[];
  /** The input with all but those captions' read parts blanked (same length), or null when there are none. */
  captionText: string | null;
  /** The person-shaped names in the credits of the dropped captions (also of a line that is all credit), in order. */
  credits: CreditName[];
}

export interface StripOptions {
  /** Keep every line (the analysis commands' `--keep-boilerplate`). */
  keepAll?: boolean;
}
