import type { LineFeatures } from './features.js';
import { ADVERT, AGENCY_CREDIT, APPEAL, COMMENT_AUTHOR, COMMENT_CONTROLS, COMMENT_NOTICE_RULE, COMMENT_NOTICE_TOPIC, COMMENTS, COOKIE, COOKIE_USE, COPYRIGHT, CREDIT, ACCOUNT_WORDS, FORMAL_ADDRESS, LEGAL, MEDIA_TIME, MEDIA_WORDS, READ_MORE, READER_CALL, RELATED, RELATED_LEAD, SHARE, SUBSCRIPTION } from './patterns.js';

/**
 * jusText-style classes: `good` reads as article prose, `bad` as furniture, `near` is prose-like but
 * weak, `short` is too short to judge alone. Context (see smooth.ts and blocks.ts) settles `near` and `short`.
 */
export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** Read-only: the verdicts are shared constants (one object per kind, not one per line). */
export interface Classified {
  readonly cls: LineClass;
  readonly reason: string;
  /** A furniture pattern or repetition decided it: context never turns it into article text. */
  readonly firm: boolean;
}

export const verdict = (cls: LineClass, reason: string, firm: boolean): Classified => ({ cls, reason, firm });
const NO_TEXT = verdict('bad', 'no-text', false);
const LINK_LIST = verdict('bad', 'link-list', false);
const LAYOUT_CELL = verdict('bad', 'layout-cell', false);
const ALL_CAPS = verdict('bad', 'all-caps-line', false);
const SHORT_NAV = verdict('short', 'short-nav-line', false);
const ARTICLE_TEXT = verdict('good', 'article-text', false);
const NEAR_LINK_LIST = verdict('near', 'link-list', false);
const NEAR_LAYOUT_CELL = verdict('near', 'layout-cell', false);
const ISOLATED_TEXT = verdict('near', 'isolated-text', false);
const NEAR_NOT_PROSE = verdict('near', 'not-prose', false);
const NOT_PROSE = verdict('bad', 'not-prose', false);
/** One firm verdict per furniture pattern, made on its first match. */
const furnitureVerdicts = new Map<string, Classified>();

/**
 * Stopword-density thresholds for one document. Stopword lists differ in size between languages
 * (stopwords-iso has ~1,300 English words but ~330 Polish ones), so the thresholds are set relative to
 * the density of the document's own sentence-like lines, like jusText's 0.30/0.32 for its lists.
 */
export interface Thresholds {
  low: number;
  high: number;
}

/** No stopword list for the language: density is not used. */
export const NO_DENSITY: Thresholds = { low: 0, high: 0 };

const DEFAULT_PROSE_DENSITY = 0.45;
/** List items at least this long and ending like a sentence are prose. */
const PROSE_ITEM_WORDS = 12;

export function densityThresholds(features: LineFeatures[], knownLanguage: boolean): Thresholds {
  if (!knownLanguage) return NO_DENSITY;
  // Sentence-like lines make the reference; a short page falls back to its longer lines, then to a default.
  let sample = features.filter((f) => f.wordCount >= 12 && f.endsSentence).map((f) => f.stopDensity);
  if (sample.length < 3) sample = features.filter((f) => f.wordCount >= 8 && f.endsSentence).map((f) => f.stopDensity);
  sample.sort((a, b) => a - b);
  const median = sample.length ? sample[sample.length >> 1]! : DEFAULT_PROSE_DENSITY;
  const ref = Math.min(0.6, Math.max(0.2, median));
  return { low: ref * 0.62, high: ref * 0.75 };
}

/** Long, punctuated prose: the shape of an article paragraph whatever the language. */
export function isProse(f: LineFeatures, t: Thresholds): boolean {
  const n = f.wordCount;
  if (n < 8 || !f.endsSentence) return n >= 25 && f.sentences >= 1 && f.stopDensity >= t.low;
  return f.stopDensity >= t.low;
}

/** Fewest words of a report; shorter lines with an account word are labels and buttons ("Password has been changed."). */
const REPORT_WORDS = 6;

/**
 * A line that reads as a report, not as site furniture: a sentence (or a lead-in ending with a colon) of a
 * few words that does not speak to the reader ("The agency replied from its account:", not "Forgot your
 * password?", "Create your account now!").
 */
function readsAsReport(f: LineFeatures): boolean {
  const b = f.body;
  return f.wordCount >= REPORT_WORDS && (f.endsSentence || b.endsWith(':')) && !READER_CALL.test(b) && !FORMAL_ADDRESS.test(b);
}

/** A furniture pattern that matches this line, if any (only short lines are tested: long prose may mention "Facebook"). */
export function furniture(f: LineFeatures): string | null {
  const b = f.body;
  const n = f.wordCount;
  // A picture credit often carries a © sign: it is a caption, not the page footer.
  if (n <= 14 && (CREDIT.test(b) || AGENCY_CREDIT.test(b))) return 'photo-credit';
  if (n <= 40 && COPYRIGHT.test(b)) return 'copyright';
  if (n <= 150 && f.mayBeCookieNotice && COOKIE.test(b) && (n <= 12 || (/cookie/i.test(b) && COOKIE_USE.test(b)))) return 'cookie-notice';
  if (n <= 6 && LEGAL.test(b) && !f.endsSentence) return 'legal-links';
  if (n <= 12 && MEDIA_TIME.test(b)) return 'media-timestamp';
  if (n <= 6 && MEDIA_WORDS.test(b)) return 'media-player';
  if (n <= 3 && ADVERT.test(b)) return 'advertisement';
  if (n <= 8 && SHARE.test(b) && !f.endsSentence) return 'share-buttons';
  if (n <= 25 && f.sentences <= 2 && (SUBSCRIPTION.test(b) || (ACCOUNT_WORDS.test(b) && !readsAsReport(f)))) return 'subscription';
  if (n <= 30 && RELATED_LEAD.test(b)) return 'related-link';
  if (n <= 6 && READ_MORE.test(b)) return 'read-more';
  if (n <= 10 && RELATED.test(b)) return 'related-list';
  if (n <= 40 && APPEAL.test(b)) return 'appeal';
  if (n <= 8 && !f.endsSentence && COMMENTS.test(b)) return 'comments';
  if (n <= 14 && !f.endsSentence && COMMENT_AUTHOR.test(b)) return 'comment-author';
  if (n <= 5 && COMMENT_CONTROLS.test(b)) return 'comment-controls';
  if (n <= 60 && COMMENT_NOTICE_TOPIC.test(b) && COMMENT_NOTICE_RULE.test(b)) return 'comment-notice';
  return null;
}

/** Upper-case letters only (at least 90 % of the cased letters): promotions and teaser titles. */
function isAllCaps(text: string): boolean {
  let upper = 0;
  let cased = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++, cased++;
      else if (c >= 97 && c <= 122) cased++;
      continue;
    }
    const ch = text[i]!;
    const lo = ch.toLowerCase();
    if (lo === ch.toUpperCase()) continue;
    cased++;
    if (ch !== lo) upper++;
  }
  return cased >= 10 && upper >= cased * 0.9;
}

/**
 * "Jane Doe, 21, of Springfield", "Kelvin Jackson, 38, died at the scene": a line opening with a name and an
 * age names a victim or a suspect, not a link; it is left to its context rather than dropped outright.
 */
const NAME_THEN_AGE = /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:Jr|Sr|II|III|IV)\.?)?,\s+\d{1,3},/u;
function namesAPerson(body: string): boolean {
  return body.length <= 300 && NAME_THEN_AGE.test(body);
}

/**
 * "Pena said the child, Jane Doe, died Sunday.": a short sentence of names and an attribution has few function
 * words, but a link or a menu says no one "said" anything; it is left to its context rather than dropped.
 */
const ATTRIBUTED_SENTENCE = /^\p{Lu}[^|]*\s(?:said|says|told)\s[^|]*[.!?]["”']?$/u;
function attributedSentence(f: LineFeatures): boolean {
  return f.endsSentence && f.body.length <= 300 && ATTRIBUTED_SENTENCE.test(f.body.trim());
}

export function classifyLine(f: LineFeatures, t: Thresholds): Classified {
  const pattern = furniture(f);
  if (pattern) {
    let firm = furnitureVerdicts.get(pattern);
    if (!firm) furnitureVerdicts.set(pattern, (firm = verdict('bad', pattern, true)));
    return firm;
  }
  const n = f.wordCount;
  if (n === 0 || f.letterRatio < 0.4) return NO_TEXT;
  const prose = isProse(f, t);
  if (f.bullet && !prose) return namesAPerson(f.body) ? NEAR_LINK_LIST : LINK_LIST;
  if (f.indented && !prose) return LAYOUT_CELL;
  if (n >= 3 && f.chars <= 300 && !f.endsSentence && isAllCaps(f.body)) return ALL_CAPS;
  if (n < 4 || f.chars < 25) return SHORT_NAV;
  const density = f.stopDensity;
  // A list item written as a full sentence (a list of tips or findings) reads as article text; context decides.
  if (f.bullet && n >= PROSE_ITEM_WORDS && f.endsSentence && density >= t.high) return ARTICLE_TEXT;
  if (f.bullet || f.indented) return f.bullet ? NEAR_LINK_LIST : NEAR_LAYOUT_CELL;
  if (prose && density >= t.high && (f.chars >= 80 || f.sentences >= 1)) return ARTICLE_TEXT;
  if (density >= t.low && (prose || n >= 6)) return ISOLATED_TEXT;
  if (n < 8) return SHORT_NAV;
  // Long lines with some function words (lists of names, figures) may still be article text: context decides.
  if (n >= 15 && density >= t.low * (f.endsSentence ? 0.3 : 0.6)) return NEAR_NOT_PROSE;
  return namesAPerson(f.body) || attributedSentence(f) ? NEAR_NOT_PROSE : NOT_PROSE;
}
