import type { CorpusSource } from '../corpus/load.js';
import { countLines } from '../corpus/text.js';
import type { Document } from '../corpus/types.js';
import { publicationDate } from '../figures/dates.js';
import { addDocument, emptyLineStats, type LineStats } from '../strip/index.js';

export interface DocumentInfo {
  id: string;
  source: string | null;
  date: string | null;
  title: string | null;
  url: string | null;
  lines: number;
  chars: number;
}

export function documentInfo(doc: Document): DocumentInfo {
  const { id, source } = doc;
  return { id, source, date: publicationDate(doc.date, doc.text), title: doc.title ?? null, url: doc.url ?? null, lines: countLines(doc.text), chars: doc.text.length };
}

/** What the first pass over a corpus learns: line statistics for stripping, and sizes. */
export interface CorpusSurvey {
  stats: LineStats;
  documents: number;
  chars: number;
  /** Document id → where it came from (file path, `file.jsonl:line`, `stdin`). */
  origins: Map<string, string>;
}

/** First pass: everything stripping needs from the whole corpus, without keeping the texts. */
export async function surveyCorpus(source: CorpusSource): Promise<CorpusSurvey> {
  const survey: CorpusSurvey = { stats: emptyLineStats(), documents: 0, chars: 0, origins: new Map() };
  for await (const doc of source.documents()) {
    addDocument(survey.stats, doc);
    survey.documents++;
    survey.chars += doc.text.length;
    survey.origins.set(doc.id, doc.origin);
  }
  return survey;
}
