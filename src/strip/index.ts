import type { Document } from '../corpus/types.js';
import { isBlank, splitLines } from '../corpus/text.js';
import { classifyLine, densityThresholds, isProse, type Classified, type Thresholds } from './classify.js';
import { contentBlocks, smooth } from './context.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { articleHead, stem } from './headline.js';
import { detectLanguage, words } from './language.js';
import { collectLineStats, hashKey, sourceLineHash, type LineStats } from './stats.js';
import type { LineDecision, StripOptions, StripResult } from './types.js';

export * from './types.js';
export { collectLineStats, addDocument, emptyLineStats, lineKey, type LineStats } from './stats.js';

/** Words of a document's first lines, enough to guess its language without reading a huge input whole. */
function* leadingWords(lines: { text: string }[], limit = 20000): Generator<string> {
  let n = 0;
  for (const l of lines) {
    for (const w of words(l.text.length > 100000 ? l.text.slice(0, 100000) : l.text)) {
      yield w;
      if (++n >= limit) return;
    }
  }
}

/** Corpus repetition: a line several documents of one source share is template; short lines shared across the corpus too. */
function repetition(f: LineFeatures, doc: Document, stats: LineStats, t: Thresholds): Classified | null {
  if (!f.key) return null;
  const source = doc.source;
  if (source && (stats.docsPerSource.get(source) ?? 0) >= 2 && (stats.bySource.get(sourceLineHash(source, f.key)) ?? 0) >= 2) {
    return { cls: 'bad', reason: 'repeated-across-source', firm: true };
  }
  // Long prose repeated across outlets is usually the same wire copy: article text, not furniture.
  if ((stats.corpus.get(hashKey(f.key)) ?? 0) >= 2 && !isProse(f, t)) {
    return { cls: 'bad', reason: 'repeated-across-corpus', firm: true };
  }
  return null;
}

/** Reasons that headline detection may overrule (a headline can recur across outlets carrying one story). */
const HEAD_OVERRULES = new Set(['repeated-across-corpus', 'repeated-in-document']);
/** Characters of the article's start that a headline is compared with. */
const HEAD_CONTEXT = 5000;

/** Decide each line of one document, given the corpus statistics. */
export function stripDocument(doc: Document, stats: LineStats, opts: StripOptions = {}): StripResult {
  const lines = splitLines(doc.text);
  const nonBlank = lines.map((l, i) => [l, i] as const).filter(([l]) => !isBlank(l.text));
  if (opts.keepAll) {
    return result(doc, lines, nonBlank.map(([l]) => ({ line: l.number, keep: true, reason: 'kept-as-given' })));
  }
  const language = detectLanguage(leadingWords(nonBlank.map(([l]) => l)));
  const features = nonBlank.map(([l, i]) => lineFeatures(l, i, language.stopwords));
  const thresholds = densityThresholds(features, language.code !== null);
  const inDocument = new Map<string, number>();
  for (const f of features) if (f.key) inDocument.set(f.key, (inDocument.get(f.key) ?? 0) + 1);
  const classes = features.map((f) => {
    const own = classifyLine(f, thresholds);
    if (own.firm) return own;
    const repeated = repetition(f, doc, stats, thresholds);
    if (repeated) return repeated;
    // Banners and menus printed twice on one page; repeated prose (a pull quote) is left to context.
    if ((inDocument.get(f.key) ?? 0) >= 2 && !isProse(f, thresholds)) return { cls: 'bad', reason: 'repeated-in-document', firm: true } as Classified;
    return own;
  });
  const kept = smooth(classes);
  const blocks = contentBlocks(features, classes, kept);
  const keep = new Array<boolean>(features.length).fill(false);
  const reasons = classes.map((c) => c.reason);
  const leadsIn = leadsIntoText(classes);
  for (const [first, last] of blocks) {
    for (let i = first; i <= last; i++) {
      // Inside a content block, prose-like lines stay even when their neighbours are furniture.
      keep[i] = kept[i]! || keptInBlock(features[i]!, classes[i]!, leadsIn[i]!);
      if (keep[i] && classes[i]!.cls !== 'good') reasons[i] = 'kept-by-context';
    }
  }
  for (const [first, last] of blocks) dropClosingTagline(features, keep, reasons, first, last);
  features.forEach((_, i) => {
    if (kept[i] && !keep[i] && reasons[i] === classes[i]!.reason) reasons[i] = 'outside-main-content';
  });
  if (blocks.length) {
    const first = blocks[0]![0];
    const blockWords = new Set<string>();
    let chars = 0;
    for (let i = first; i < features.length && chars < HEAD_CONTEXT; i++) {
      if (!keep[i]) continue;
      chars += features[i]!.chars;
      for (const w of features[i]!.words) blockWords.add(stem(w));
    }
    const start = Math.min(...blocks.map((b) => b[0]));
    for (const [i, reason] of articleHead(features, classes, start, blockWords, language.stopwords, HEAD_OVERRULES)) {
      keep[i] = true;
      reasons[i] = reason;
    }
  }
  dropDuplicates(features, keep, reasons);
  return result(
    doc,
    lines,
    features.map((f, i) => ({ line: f.number, keep: keep[i]!, reason: reasons[i]! })),
  );
}

/** Inside a content block, prose-like lines and list items with words stay even when their neighbours are furniture. */
function keptInBlock(f: LineFeatures, c: Classified, leadsIn: boolean): boolean {
  if (c.firm) return false;
  if (c.cls === 'near') return true;
  // A cross-head: a short line right above an article paragraph.
  if (process.env.XH !== '0' && c.cls === 'short' && leadsIn) return true;
  return process.env.KIB === '1' && f.words.length >= 5 && c.reason === 'link-list';
}

/** For each line: the next line that is not short is article text (so a short line may be its heading). */
function leadsIntoText(classes: Classified[]): boolean[] {
  const out = new Array<boolean>(classes.length);
  let next = false;
  for (let i = classes.length - 1; i >= 0; i--) {
    out[i] = next;
    const c = classes[i]!.cls;
    if (c !== 'short') next = c === 'good';
  }
  return out;
}

/** Longest closing line read as a site's tagline rather than the article's last paragraph. */
const TAGLINE_WORDS = 10;

/**
 * A block that ends with one short sentence after long paragraphs ends with the site's tagline or
 * promotion ("Before it's here, it's on the ... Terminal."), not with article text.
 */
function dropClosingTagline(features: LineFeatures[], keep: boolean[], reasons: string[], first: number, last: number): void {
  let end = last;
  while (end >= first && !keep[end]) end--;
  let prev = end - 1;
  while (prev >= first && !keep[prev]) prev--;
  if (prev < first) return;
  const tail = features[end]!;
  if (tail.words.length <= TAGLINE_WORDS && tail.sentences === 1 && features[prev]!.words.length >= 20) {
    keep[end] = false;
    reasons[end] = 'closing-tagline';
  }
}

/** A line kept twice in one document (a headline repeated as a player title) is kept once, first time. */
function dropDuplicates(features: LineFeatures[], keep: boolean[], reasons: string[]): void {
  const seen = new Set<string>();
  features.forEach((f, i) => {
    if (!keep[i] || !f.key) return;
    if (seen.has(f.key)) {
      keep[i] = false;
      reasons[i] = 'duplicate-line';
    } else seen.add(f.key);
  });
}

/** Assemble the result: kept text, and the input with dropped lines blanked (same length). */
function result(doc: Document, lines: ReturnType<typeof splitLines>, decisions: LineDecision[]): StripResult {
  const dropped = new Set(decisions.filter((d) => !d.keep).map((d) => d.line));
  const keptText: string[] = [];
  let analysis = '';
  let from = 0;
  for (const l of lines) {
    if (dropped.has(l.number)) {
      analysis += doc.text.slice(from, l.start) + ' '.repeat(l.end - l.start);
      from = l.end;
    } else if (!isBlank(l.text)) keptText.push(l.text);
  }
  analysis += doc.text.slice(from);
  return { id: doc.id, lineDecisions: decisions, text: keptText.join('\n'), analysisText: analysis };
}

/** Strip a whole corpus: corpus statistics first, then each document. */
export function stripCorpus(docs: Document[], opts: StripOptions = {}): StripResult[] {
  const stats = opts.keepAll ? collectLineStats([]) : collectLineStats(docs);
  return docs.map((d) => stripDocument(d, stats, opts));
}
