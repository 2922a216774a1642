import type { Document, Line } from '../corpus/types.js';
import { isBlank } from '../corpus/text.js';
import type { LineDecision, StripResult } from './types.js';

/** Assemble the result: kept text, and the input with dropped lines blanked (same length). */
export function stripResult(doc: Document, lines: Line[], decisions: LineDecision[]): StripResult {
  const dropped = new Set(decisions.filter((d) => !d.keep).map((d) => d.line));
  const keptText: string[] = [];
  const analysis: string[] = [];
  let from = 0;
  for (const l of lines) {
    if (dropped.has(l.number)) {
      analysis.push(doc.text.slice(from, l.start), ' '.repeat(l.end - l.start));
      from = l.end;
    } else if (!isBlank(l.text)) keptText.push(l.text);
  }
  analysis.push(doc.text.slice(from));
  return { id: doc.id, lineDecisions: decisions, text: keptText.join('\n'), analysisText: analysis.join('') };
}
