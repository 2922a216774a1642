import type { Document, Line } from '../corpus/types.js';
import { readCaptions } from './captions.js';
import { blankRuns, withoutRuns } from './controls.js';
import type { CaptionLine, CreditName, LineDecision, StripResult } from './types.js';

/** No caption read (shared: most documents have none). */
const NO_CAPTIONS: CaptionLine[] = [];
/** No credit's name read (shared). */
const NO_CREDITS: CreditName[] = [];

/**
 * Assemble the result: kept text, the input with dropped lines blanked (same length), and the captions the
 * entity layer reads. The decisions (one per non-blank line) follow the lines' order, so one walk over both
 * finds each line's decision.
 */
export function stripResult(doc: Document, lines: Line[], decisions: LineDecision[]): StripResult {
  const keptText: string[] = [];
  const analysis: string[] = [];
  let from = 0;
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    while (next < decisions.length && decisions[next]!.line < l.number) next++;
    const decision = next < decisions.length && decisions[next]!.line === l.number ? decisions[next]! : null;
    // Only non-blank lines have a decision.
    if (!decision) continue;
    const controls = decision.controls;
    if (decision.keep && !controls) keptText.push(l.text);
    else if (decision.keep && controls) {
      // Widget controls at the line's ends: cut from the text, blanked in the analysis.
      const rest = withoutRuns(l.text, controls);
      if (rest) keptText.push(rest);
      analysis.push(doc.text.slice(from, l.start), blankRuns(l.text, controls));
      from = l.end;
    } else {
      analysis.push(doc.text.slice(from, l.start), ' '.repeat(l.end - l.start));
      from = l.end;
    }
  }
  analysis.push(doc.text.slice(from));
  const captions = readCaptions(doc, lines, decisions);
  return { id: doc.id, lineDecisions: decisions, text: keptText.join('\n'), analysisText: analysis.join(''), captions: captions?.lines ?? NO_CAPTIONS, captionText: captions?.text ?? null, credits: captions?.credits ?? NO_CREDITS };
}
