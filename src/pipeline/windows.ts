/**
 * Windows of a very long document. The analyses hold a token object per token of the text they parse
 * (about 70 bytes each, several per word); a document longer than a window is parsed one window at a time,
 * so peak memory follows the window, not the document. Documents up to a window are parsed whole, as before.
 */

/** Longest document parsed whole, in UTF-16 units: far above any article; reached by dumps and hostile input. */
export const WHOLE_DOCUMENT_CHARS = 1 << 20;
/**
 * Length of the windows of a longer document. Small enough that a window's tokens mostly die young: with 1 MB
 * windows the garbage of finished windows was promoted and the heap grew to 300 MB before a full collection.
 */
export const WINDOW_CHARS = 1 << 17;

/** A range of a document's text and where it starts (1-based line and column), to map results back. */
export interface TextWindow {
  start: number;
  end: number;
  line: number;
  column: number;
}

const isBreak = (c: number) => c === 10 || c === 13;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || isBreak(c);

/**
 * Where a window starting at `start` ends: after the last line break of its second half, else after the last
 * space there, else at the size (never between the halves of a surrogate pair).
 */
function windowEnd(text: string, start: number, size: number): number {
  const limit = start + size;
  if (limit >= text.length) return text.length;
  const half = start + (size >> 1);
  for (let i = limit - 1; i >= half; i--) if (isBreak(text.charCodeAt(i)) && text.charCodeAt(i + 1) !== 10) return i + 1;
  for (let i = limit - 1; i >= half; i--) if (isSpace(text.charCodeAt(i))) return i + 1;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** The windows of a text, in order, covering it exactly; one window when it is no longer than `whole`. */
export function textWindows(text: string, size = WINDOW_CHARS, whole = WHOLE_DOCUMENT_CHARS): TextWindow[] {
  const out: TextWindow[] = [];
  if (text.length <= whole) return [{ start: 0, end: text.length, line: 1, column: 1 }];
  let start = 0;
  let line = 1;
  let lineStart = 0;
  do {
    const end = windowEnd(text, start, size);
    out.push({ start, end, line, column: start - lineStart + 1 });
    // Line breaks as splitLines counts them: LF, CRLF (once) and CR.
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    start = end;
  } while (start < text.length);
  return out;
}

/** A result's place in the document, from its place in the window (offsets, line and, on the first line, column). */
export function shiftPlace<T extends { start: number; end: number; line: number; column?: number }>(x: T, w: TextWindow): T {
  x.start += w.start;
  x.end += w.start;
  if (x.column !== undefined && x.line === 1) x.column += w.column - 1;
  x.line += w.line - 1;
  return x;
}
