import type { ParsedDocument } from '../corpus/parsed.js';
import { resolveInDocument } from './coref.js';
import { attachOrphans, directQuotes, mergeParagraphQuotes, transcriptTurns } from './direct.js';
import { reportedSpeech, stopAtNextAttribution } from './reported.js';
import { Scanner, type Draft } from './scanner.js';
import type { QuoteKind } from './types.js';
import type { PersonNames } from './names.js';

/** One attribution found in a document, before corpus-level entity resolution (plain data). */
export interface RawQuote {
  kind: QuoteKind;
  /** Surface form at the cue. */
  mention: string | null;
  /** Name (titles stripped, pronouns resolved in the document) or description without article. */
  speaker: string | null;
  /** Whether `speaker` is a proper name (candidate for an entity). */
  named: boolean;
  cue: string | null;
  content: string;
  start: number;
  end: number;
  line: number;
}

/** All attributions of one document, speakers resolved inside the document (pronouns, short names). */
export function extractRaw(doc: ParsedDocument, names: PersonNames): RawQuote[] {
  const sc = new Scanner(doc);
  const consumed = new Uint8Array(sc.toks.length);
  const orphans: Draft[] = [];
  const direct = directQuotes(sc, consumed, orphans);
  const reported = reportedSpeech(sc, consumed, direct);
  attachOrphans(orphans, reported);
  const turns = transcriptTurns(sc, consumed);
  const turnParagraphs = new Set(turns.map((t) => t.paragraph));
  const drafts = [...direct.filter((d) => !turnParagraphs.has(d.paragraph)), ...reported, ...turns].sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  stopAtNextAttribution(sc, drafts);
  return resolveInDocument(sc, mergeParagraphQuotes(drafts), names);
}
