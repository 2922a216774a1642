import type { Document } from '../corpus/types.js';
import { isBlank, splitLines } from '../corpus/text.js';
import { dropClosingTagline, dropDuplicates, outletName, keepClosingCredit, keepIntroducedLists, keptInBlock, leadsIntoText } from './article.js';
import { classifyLine, densityThresholds, type Classified } from './classify.js';
import { contentBlocks } from './blocks.js';
import { smooth } from './smooth.js';
import { markRelatedTeasers } from './teasers.js';
import { detectLanguageAndDensity, lineFeatures, lineWords, type LineFeatures } from './features.js';
import { articleHead, stem } from './headline.js';
import type { Language } from './language.js';
import { keyCounts, repeatedInDocument, repetition } from './repetition.js';
import { applyArticleRoot, dropBylineAndStamps, effectiveFurniture, insideArticleRoot, markTeaserLists, moveHeadlineToTitle, structureVerdict } from './html.js';
import { stripResult } from './result.js';
import { collectLineStats, takeLineHashes, type LineStats } from './stats.js';
import type { LineDecision, StripOptions, StripResult } from './types.js';
import { controlRuns, type ControlRun } from './controls.js';
import type { HtmlLayout } from '../corpus/html.js';

/**
 * Boilerplate stripping, line by line, in four steps:
 *  1. features and a jusText-style class per line (length, sentence punctuation, stopword density in the
 *     document's language, list and layout shapes, multilingual furniture patterns: classify.ts);
 *  2. corpus signals: lines recurring across one source's documents, short lines recurring across the
 *     corpus, lines printed twice on a page (repetition.ts, from the LineStats of stats.ts);
 *  3. context: jusText's neighbour rules (smooth.ts), then the article's content blocks (blocks.ts);
 *  4. the article's edges: headline, standfirst and byline above it (headline.ts), lists, credit lines,
 *     taglines and author bios around it, duplicates (article.ts).
 * Every step is linear in the input.
 */

export * from './types.js';
export { figureLines, figuresAllDropped, FIGURES_ALL_DROPPED, type FigureLines } from './figure-lines.js';
export { collectLineStats, addDocument, emptyLineStats, lineKey, type LineStats } from './stats.js';

/** Reasons that headline detection may overrule (a headline can recur across outlets carrying one story). */
const HEAD_OVERRULES = new Set(['repeated-across-corpus', 'repeated-in-document']);
/** Characters of the article's start that a headline is compared with. */
const HEAD_CONTEXT = 5000;

/** Keep the content blocks' lines that read as article text, with the credit lines below them. */
function keepBlocks(blocks: [number, number][], features: LineFeatures[], classes: Classified[], kept: boolean[], keep: boolean[], reasons: string[], outlet: string | null): void {
  const leadsIn = leadsIntoText(classes);
  for (const [first, last] of blocks) {
    for (let i = first; i <= last; i++) {
      // Inside a content block, prose-like lines stay even when their neighbours are furniture.
      keep[i] = kept[i]! || keptInBlock(classes[i]!, leadsIn[i]!);
      if (keep[i] && classes[i]!.cls !== 'good') reasons[i] = 'kept-by-context';
    }
  }
  keepIntroducedLists(features, classes, keep, reasons);
  for (const [first, last] of blocks) {
    dropClosingTagline(features, keep, reasons, first, last, outlet);
    keepClosingCredit(features, classes, keep, reasons, last);
  }
  features.forEach((_, i) => {
    if (kept[i] && !keep[i] && reasons[i] === classes[i]!.reason) reasons[i] = 'outside-main-content';
  });
}

/** Keep the headline, standfirst and byline above the article, judged against the main block's words. */
function keepHead(blocks: [number, number][], features: LineFeatures[], classes: Classified[], language: Language, keep: boolean[], reasons: string[]): void {
  let blockWords: Set<string> | undefined;
  const opening = () => {
    if (blockWords) return blockWords;
    blockWords = new Set<string>();
    let chars = 0;
    for (let i = blocks[0]![0]; i < features.length && chars < HEAD_CONTEXT; i++) {
      if (!keep[i]) continue;
      chars += features[i]!.chars;
      for (const w of lineWords(features[i]!)) blockWords.add(stem(w));
    }
    return blockWords;
  };
  const start = Math.min(...blocks.map((b) => b[0]));
  for (const [i, reason] of articleHead(features, classes, start, opening, language, HEAD_OVERRULES)) {
    keep[i] = true;
    reasons[i] = reason;
  }
}

/** Decide each line of one document, given the corpus statistics. */
export function stripDocument(doc: Document, stats: LineStats, opts: StripOptions = {}): StripResult {
  const lines = splitLines(doc.text);
  if (opts.keepAll) {
    const decisions = lines.filter((l) => !isBlank(l.text)).map((l) => ({ line: l.number, keep: true, reason: 'kept-as-given' }));
    // Everything kept: the text as read, blank lines included, so its line numbers are the input's.
    return { ...stripResult(doc, lines, decisions), text: doc.text.replace(/\r?\n$/, '') };
  }
  const lineHashes = takeLineHashes(doc);
  const features: LineFeatures[] = [];
  const wordBits: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!isBlank(lines[i]!.text)) features.push(lineFeatures(lines[i]!, i, lineHashes, wordBits));
  const language = detectLanguageAndDensity(features, wordBits);
  const thresholds = densityThresholds(features, language.code !== null);
  const counts = keyCounts(features);
  // A furniture pattern names the line best; otherwise repetition across the corpus or the page decides.
  const layout = doc.layout;
  const own = features.map((f) => classifyLine(f, thresholds));
  const furniture = layout ? effectiveFurniture(layout, features, own) : null;
  const classes = features.map((f, i): Classified => {
    const line = own[i]!;
    if (line.firm) return line;
    // On a page, the element a line came from comes next: a menu is a menu whatever its words.
    const structural = layout ? structureVerdict(f, layout.lineFlags[f.index] ?? 0, furniture![i]!, layout.lineLinkChars[f.index] ?? 0, thresholds) : null;
    if (structural?.firm) return structural;
    return repetition(f, doc, stats, thresholds) ?? repeatedInDocument(f, counts, thresholds) ?? structural ?? line;
  });
  if (layout) markTeaserLists(layout, features, classes);
  markRelatedTeasers(features, classes);
  const kept = smooth(classes);
  const blocks = contentBlocks(features, classes, kept);
  const keep = new Array<boolean>(features.length).fill(false);
  const reasons = classes.map((c) => c.reason);
  keepBlocks(blocks, features, classes, kept, keep, reasons, outletName(doc.source));
  if (blocks.length) keepHead(blocks, features, classes, language, keep, reasons);
  const inside = layout ? insideArticleRoot(layout, features, classes) : null;
  const flags = layout ? features.map((f) => layout.lineFlags[f.index] ?? 0) : null;
  if (flags) moveHeadlineToTitle(doc.title, flags, features, keep, reasons);
  if (inside) applyArticleRoot(inside, flags!, features, classes, keep, reasons);
  if (layout) dropBylineAndStamps(features, classes, keep, reasons);
  dropDuplicates(features, keep, reasons);
  return stripResult(
    doc,
    lines,
    features.map((f, i) => decision(f, lines[f.index]!.text, keep[i]!, reasons[i]!, layout)),
  );
}

/** One line's decision; for a page, with the path of the element the line came from; for a kept line, its widget controls. */
function decision(f: LineFeatures, text: string, keep: boolean, reason: string, layout: HtmlLayout | undefined): LineDecision {
  const controls = keep ? controlRuns(text) : NO_CONTROLS;
  const d: LineDecision = { line: f.number, keep, reason };
  if (layout) {
    const p = layout.linePath[f.index] ?? -1;
    d.element = p >= 0 ? layout.paths[p]! : 'body';
  }
  if (controls.length) d.controls = controls;
  return d;
}

const NO_CONTROLS: ControlRun[] = [];

/** Strip a whole corpus: corpus statistics first, then each document. */
export function stripCorpus(docs: Document[], opts: StripOptions = {}): StripResult[] {
  const stats = opts.keepAll ? collectLineStats([]) : collectLineStats(docs);
  return docs.map((d) => stripDocument(d, stats, opts));
}
