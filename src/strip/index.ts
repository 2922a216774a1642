import type { Document } from '../corpus/types.js';
import { splitLines, isBlank } from '../corpus/text.js';
import type { StripOptions, StripResult } from './types.js';
export * from './types.js';

// Placeholder: keeps every line (replaced by the real stripper).
export function stripCorpus(docs: Document[], _opts: StripOptions = {}): StripResult[] {
  return docs.map((d) => {
    const lines = splitLines(d.text).filter((l) => !isBlank(l.text));
    return { id: d.id, lineDecisions: lines.map((l) => ({ line: l.number, keep: true, reason: 'article-text' })), text: lines.map((l) => l.text).join('\n'), analysisText: d.text };
  });
}
