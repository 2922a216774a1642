import type { Classified } from './classify.js';
import { lineWords, type LineFeatures } from './features.js';
import { isStopwordIn, type Language } from './language.js';
import { AGENCY_CREDIT, ARTICLE_CREDIT, BYLINE, CREDIT, isDateLine, isDateStamp } from './patterns.js';

/** Lines above the article (with at least three words, not furniture) searched for its headline, standfirst and byline. */
const WINDOW = 8;
/** ... and at most this many lines of any kind. */
const MAX_SCAN = 40;
/** Content words compared between a candidate headline and the article. */
const MIN_WORD = 3;
/** Shortest headline. */
const HEADLINE_WORDS = 3;
/** Lines this long are a standfirst, not a headline; a standfirst shares this many content words and this share of its own. */
const STANDFIRST_WORDS = 12;
const STANDFIRST_SHARED = 3;
const STANDFIRST_SHARE = 0.25;

/** A crude, language-free stem: inflected forms ("Aktivist", "Aktivisten") share their first letters. */
export const stem = (w: string) => w.slice(0, 6);

function contentWords(f: LineFeatures, language: Language): string[] {
  return lineWords(f).filter((w) => w.length >= MIN_WORD && !isStopwordIn(language, w) && !/^\d+$/.test(w)).map(stem);
}

/**
 * Lines just above the main block that belong to the article: the headline is the line sharing the
 * largest share of its content words with the article's opening (site furniture such as "Breaking News"
 * or a player message shares none; photo credits are skipped); a standfirst is a longer line on the same
 * subject; a byline or an "originally published" credit right above the text goes with it. Datelines are
 * not kept: above the text they mostly carry comment counts and update stamps. Lines whose reason is in
 * `protectedReasons` (a headline repeated across outlets) may be taken. Returns the indices to keep, with
 * their reason.
 */
export function articleHead(
  features: LineFeatures[],
  classes: Classified[],
  blockStart: number,
  /** Stems of the article's opening words, built on first need (most pages have no candidate line). */
  blockWords: () => Set<string>,
  /** The document's language, whose stopwords are not content words. */
  language: Language,
  protectedReasons: Set<string>,
): Map<number, string> {
  const out = new Map<number, string>();
  let seen = 0;
  let best = -1;
  let bestScore = 0;
  let titled = false;
  for (let i = blockStart - 1; i >= 0 && seen < WINDOW && blockStart - i <= MAX_SCAN; i--) {
    const f = features[i]!;
    const c = classes[i]!;
    // Share bars, dates and menu items between headline and text do not use up the window.
    if (f.wordsRead >= 3 && !c.firm) seen++;
    if (c.firm && !protectedReasons.has(c.reason)) continue;
    // Summary bullets ("* The plan would ...") under a headline are a standfirst; other list items are menus.
    const summaryBullet = f.bullet && f.endsSentence && f.wordCount >= 6;
    if ((f.bullet && !summaryBullet) || f.indented || f.wordsRead < 2) continue;
    const near = blockStart - i <= 3;
    if (near && f.wordsRead <= 12 && BYLINE.test(f.body)) {
      out.set(i, 'byline');
      continue;
    }
    if (near && f.wordCount <= 40 && ARTICLE_CREDIT.test(f.body)) {
      out.set(i, 'article-credit');
      continue;
    }
    // A date stamp is the article's dateline (dropped: see above), never its headline or standfirst.
    if (CREDIT.test(f.body) || AGENCY_CREDIT.test(f.body) || isDateStamp(f.body, f.wordCount)) continue;
    const cw = contentWords(f, language);
    if (cw.length === 0) continue;
    const words = blockWords();
    let shared = 0;
    for (const w of cw) if (words.has(w)) shared++;
    const score = shared / cw.length;
    if (i === 0 && opensWithTitle(features) && shared >= 1) {
      // The document opens with a title over a dateline: that is the headline, whatever lies between it and the text.
      out.set(i, 'headline');
      titled = true;
      continue;
    }
    if (f.wordCount >= STANDFIRST_WORDS || summaryBullet) {
      // A standfirst (the summary under the headline) is a longer line on the article's subject.
      if (shared >= STANDFIRST_SHARED && score >= STANDFIRST_SHARE) out.set(i, 'standfirst');
      continue;
    }
    // A headline has a few words (a one- or two-word kicker such as "Politics" does not count); the best
    // share of words found in the article wins, the higher line on a tie.
    if (f.wordCount >= HEADLINE_WORDS && (shared >= 2 || score >= 0.5) && score >= bestScore) [best, bestScore] = [i, score];
  }
  if (best >= 0 && !titled) out.set(best, 'headline');
  return out;
}

/**
 * The document's first line is a title over a dateline (the next line is a date alone): a plain-text article
 * opens so ("Mayor resigns over budget" / "Tuesday, March 4, 2031"); a page opens with its menu.
 */
function opensWithTitle(features: LineFeatures[]): boolean {
  const title = features[0];
  const next = features[1];
  return title !== undefined && next !== undefined && title.wordCount >= HEADLINE_WORDS && !title.bullet && !title.indented && isDateLine(next.body);
}
