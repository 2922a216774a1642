import { loadCompromise, type NlpDocument } from './nlp.js';
import { normalizeText } from './normalize.js';
import { locator, lowerTokens, splitLines, splitParagraphs, splitSentences, TextCutter } from './text.js';
import type { Document, Line, Paragraph, Position, Sentence, Token } from './types.js';

type Compromise = NlpDocument;

/**
 * One parse of one document, shared by every analysis: lines, paragraphs, sentences and tokens are
 * computed once, on first use. `text` is what the analyses read: the input itself, or the input with
 * boilerplate lines blanked out (same length, so offsets and line numbers still refer to the input).
 */
export class ParsedDocument {
  readonly doc: Document;
  readonly text: string;
  private _normalized?: string;
  private _lines?: Line[];
  private _paragraphs?: Paragraph[];
  private _sentences?: Sentence[];
  private _tokens?: Token[];
  private _lowerTokens?: string[];
  private _locate?: (offset: number) => Position;
  private _cutter?: TextCutter;
  private readonly _nlp = new Map<number, Compromise>();

  constructor(doc: Document, analysisText: string = doc.text) {
    if (analysisText.length !== doc.text.length) throw new Error('analysis text must keep the input length');
    this.doc = doc;
    this.text = analysisText;
  }

  get id(): string {
    return this.doc.id;
  }

  /** `text` with quotes, dashes and spaces folded (same offsets). */
  get normalized(): string {
    return (this._normalized ??= normalizeText(this.text));
  }

  get lines(): Line[] {
    return (this._lines ??= splitLines(this.text, this.cutter));
  }

  /** Cuts pieces of the text, in one byte per character where they can be (see TextCutter). */
  get cutter(): TextCutter {
    return (this._cutter ??= new TextCutter(this.text));
  }

  /** `text.slice(start, end)`, in one byte per character where it can be (see TextCutter). */
  slice(start: number, end: number): string {
    return this.cutter.cut(start, end);
  }

  get paragraphs(): Paragraph[] {
    return (this._paragraphs ??= splitParagraphs(this.lines));
  }

  get sentences(): Sentence[] {
    if (!this._sentences) this.split();
    return this._sentences!;
  }

  get tokens(): Token[] {
    if (!this._tokens) this.split();
    return this._tokens!;
  }

  /** The tokens in lower case (see lowerTokens), made once: figures and quotes both read every token so. */
  get lowerTokens(): string[] {
    return (this._lowerTokens ??= lowerTokens(this.tokens));
  }

  private split(): void {
    const { sentences, tokens } = splitSentences(this.text, this.paragraphs, this.cutter);
    this._sentences = sentences;
    this._tokens = tokens;
  }

  /** Tokens of one sentence. */
  sentenceTokens(s: Sentence): Token[] {
    return this.tokens.slice(s.tokenStart, s.tokenEnd);
  }

  /** 1-based line and column of an offset into the text. */
  position(offset: number): Position {
    return (this._locate ??= locator(this.lines))(offset);
  }

  /**
   * compromise's parse of one sentence, made on first request and kept. Parsing whole documents with
   * compromise is slow (about 0.1 MB/s), so analyses ask only for the sentences they need.
   */
  nlp(sentence: Sentence): Compromise {
    let parsed = this._nlp.get(sentence.index);
    if (!parsed) {
      parsed = loadCompromise()(sentence.text);
      this._nlp.set(sentence.index, parsed);
    }
    return parsed;
  }
}
