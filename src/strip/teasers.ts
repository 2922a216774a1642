import { verdict, type Classified } from './classify.js';
import { lineWords, type LineFeatures } from './features.js';

/**
 * A "Related" / "More from" / "Most read" / "Recommended" heading (the `related-list` pattern, in the
 * page's language) introduces teasers of other articles: short items of at most one sentence each, often
 * full sentences with a full stop, which alone would read as article text. They go with their heading
 * when they speak of other things than the article (an inline "Related" box inside the article is
 * followed by the article's own paragraphs, which share its words).
 */

const RELATED_TEASER = verdict('bad', 'related-teaser', true);
/** Most lines a teaser list runs for. */
const MAX_TEASER_LINES = 20;
/** A teaser item has at most this many words (a headline or a one-line summary) and one sentence. */
const TEASER_WORDS = 20;
/** Most words of a teaser written as a headline. */
const HEADLINE_WORDS = 15;
/** An item whose content words occur elsewhere in the article's prose at this share is on its topic. */
const ON_TOPIC_SHARE = 0.5;

const stemsOf = (f: LineFeatures) => new Set(lineWords(f).filter((w) => w.length >= 5).map((w) => w.slice(0, 6)));

/** Stem → number of article-text lines holding it. */
function topicCounts(features: LineFeatures[], classes: Classified[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < features.length; i++) {
    if (classes[i]!.cls !== 'good') continue;
    for (const s of stemsOf(features[i]!)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Whether the line's words occur in other lines of article text (its own line not counted). */
function onTopic(f: LineFeatures, own: boolean, counts: Map<string, number>): boolean {
  const stems = stemsOf(f);
  if (!stems.size) return false;
  let shared = 0;
  for (const s of stems) if ((counts.get(s) ?? 0) - (own ? 1 : 0) > 0) shared++;
  return shared / stems.size >= ON_TOPIC_SHARE;
}

/** Mark the teaser items after each related heading (the run ends at the first line that is not one). */
export function markRelatedTeasers(features: LineFeatures[], classes: Classified[]): void {
  let counts: Map<string, number> | undefined;
  for (let i = 0; i < features.length; i++) {
    if (classes[i]!.reason !== 'related-list') continue;
    counts ??= topicCounts(features, classes);
    let j = i + 1;
    for (; j < features.length && j - i <= MAX_TEASER_LINES; j++) {
      const f = features[j]!;
      const c = classes[j]!;
      if (c.firm) {
        if (c.reason === 'related-list') break;
        continue;
      }
      // Teasers follow each other closely (a list, at most a blank line between items); paragraphs spread out.
      if (f.index - features[j - 1]!.index > 2) break;
      if (f.wordCount > TEASER_WORDS || f.sentences > 1) break;
      // A linked headline (no full stop) right under the heading is a teaser whatever its topic; a sentence
      // on the article's topic may be the article going on.
      if ((f.endsSentence || f.wordCount > HEADLINE_WORDS) && onTopic(f, c.cls === 'good', counts)) break;
      classes[j] = RELATED_TEASER;
    }
    i = j - 1;
  }
}
