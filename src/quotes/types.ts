export type QuoteKind = 'direct' | 'mixed' | 'indirect' | 'according-to';

/** One attribution (contract: `quotes`). */
export interface Quote {
  document: string;
  kind: QuoteKind;
  /** Canonical entity name, or the descriptive phrase without its article; null when there is no source. */
  speaker: string | null;
  /** Entity id of the speaker when it is a named entity. */
  speakerEntity: string | null;
  /** The surface form in the text that names the speaker ("he", "Kerry", "a State Department official"). */
  mention: string | null;
  /** The cue: "said", "told", "according to". */
  cue: string | null;
  content: string;
  start: number;
  end: number;
  line: number;
}
