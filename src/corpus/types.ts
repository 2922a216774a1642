import type { HtmlLayout } from './html.js';

/** One input document as the user gave it. `text` is the input with any BOM removed; offsets point into it. */
export interface Document {
  id: string;
  /** The outlet or site, used to group documents of one source; null when unknown. */
  source: string | null;
  text: string;
  /** Where it came from (file path, `stdin`, `file.jsonl:12`), for messages. */
  origin: string;
  /** Publication date or time (ISO 8601 as given: JSONL `date` or the page's), headline and address, when known. */
  date?: string | null;
  title?: string | null;
  url?: string | null;
  /** For an HTML page: where each line of `text` (its rendered text) came from in the page. */
  layout?: HtmlLayout;
}

/** A half-open UTF-16 range [start, end) into a document's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** 1-based line number in the input as given. */
  number: number;
  text: string;
}

export interface Paragraph extends Span {
  /** Index of the first and last line (0-based, into `lines`). */
  firstLine: number;
  lastLine: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Index of the first token of the sentence and one past its last. */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Position {
  line: number;
  column: number;
}
