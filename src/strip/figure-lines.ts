import { splitLines } from '../corpus/text.js';
import type { LineDecision } from './types.js';

/** How the lines that hold figures fared: were they kept for the analyses, or all dropped? */
export interface FigureLines {
  /** Non-blank lines with a digit. */
  withFigures: number;
  /** Of those, lines kept. */
  kept: number;
  /** Of those, lines shaped like prose (eight words or more, ending like a sentence): figures a reader sees. */
  prose: number;
}

/** Reason code shown by `strip --explain` when every line with a figure was dropped. */
export const FIGURES_ALL_DROPPED = 'figures-all-dropped';

const DIGIT = /\d/;
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s*$/u;
const WORD = /\p{L}+/gu;
const PROSE_WORDS = 8;

/** Count the lines of a document that hold figures, and how many of them stripping kept. */
export function figureLines(text: string, decisions: LineDecision[]): FigureLines {
  const lines = splitLines(text);
  const out: FigureLines = { withFigures: 0, kept: 0, prose: 0 };
  for (const d of decisions) {
    const line = lines[d.line - 1]?.text ?? '';
    if (!DIGIT.test(line)) continue;
    out.withFigures++;
    if (d.keep) out.kept++;
    // Words are counted only up to the threshold: a line can be megabytes long.
    let words = 0;
    WORD.lastIndex = 0;
    while (words < PROSE_WORDS && WORD.test(line)) words++;
    if (words >= PROSE_WORDS && SENTENCE_END.test(line.slice(-8))) out.prose++;
  }
  return out;
}

/** True when a document had lines of prose with figures and stripping dropped every line with a figure. */
export const figuresAllDropped = (f: FigureLines) => f.prose > 0 && f.kept === 0;
