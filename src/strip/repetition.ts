import type { Document } from '../corpus/types.js';
import { isProse, verdict, type Classified, type Thresholds } from './classify.js';
import type { LineFeatures } from './features.js';
import { statesFigure } from './patterns.js';
import { NO_KEY, type LineStats } from './stats.js';

/** Repeated lines at least this long and shaped like prose may still be article text. */
const PROSE_REPEAT_WORDS = 15;

// The verdicts (shared: Classified is read-only).
const PROSE_REPEATED_ACROSS_SOURCE = verdict('near', 'repeated-across-source', false);
const REPEATED_ACROSS_SOURCE = verdict('bad', 'repeated-across-source', true);
const REPEATED_ACROSS_CORPUS = verdict('bad', 'repeated-across-corpus', true);
const REPEATED_IN_DOCUMENT = verdict('bad', 'repeated-in-document', true);

/** Corpus repetition: a line several documents of one source share is template; short lines shared across the corpus too. */
export function repetition(f: LineFeatures, doc: Document, stats: LineStats, t: Thresholds): Classified | null {
  if (f.key === NO_KEY) return null;
  const source = doc.source;
  if (source && (stats.docsPerSource.get(source) ?? 0) >= 2 && (stats.bySource.get(f.sourceKey) ?? 0) >= 2) {
    // Two reports of one outlet on one story may share a paragraph: repeated prose is only suspect,
    // and its neighbours decide; anything shorter is the site's template.
    if (isProse(f, t) && f.wordCount >= PROSE_REPEAT_WORDS) return PROSE_REPEATED_ACROSS_SOURCE;
    return REPEATED_ACROSS_SOURCE;
  }
  // Text repeated across outlets is usually the same wire copy (a sentence, a headline): article text,
  // not furniture. Only lines that read as neither (a label, a button) count as the web's template.
  if ((stats.corpus.get(f.key) ?? 0) >= 2 && !isProse(f, t) && !readsAsSentence(f)) {
    return REPEATED_ACROSS_CORPUS;
  }
  return null;
}

/** Words a line needs to read as a sentence or a headline of its own. */
const SENTENCE_WORDS = 4;

/** A sentence ("The vote is expected on Friday.") or a headline-length line: shared by outlets, it is syndicated text. */
function readsAsSentence(f: LineFeatures): boolean {
  return f.wordCount >= SENTENCE_WORDS && f.letterRatio >= 0.6 && (f.endsSentence || f.wordCount >= 6);
}

/** A line that states a figure in words ("Flood water rose 2.4 metres in the harbour."): a caption or a fact, not a banner. */
function captionWithFigure(f: LineFeatures): boolean {
  return f.wordCount >= 6 && f.endsSentence && f.letterRatio >= 0.5 && statesFigure(f.body);
}

/** How often each line key (by its hash) occurs in one document. */
export function keyCounts(features: LineFeatures[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < features.length; i++) {
    const key = features[i]!.key;
    if (key !== NO_KEY) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Banners and menus printed twice on one page; repeated prose (a pull quote) is left to context. */
export function repeatedInDocument(f: LineFeatures, counts: Map<number, number>, t: Thresholds): Classified | null {
  // A caption stating a figure printed twice (under the picture and in a gallery) is content: it is kept once.
  return (counts.get(f.key) ?? 0) >= 2 && !isProse(f, t) && !captionWithFigure(f) ? REPEATED_IN_DOCUMENT : null;
}
