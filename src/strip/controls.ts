/**
 * Media-widget controls glued to a kept line: a scraper reads a gallery's, a video player's or a photo-sale
 * button's labels into the caption or paragraph beside them ("Image 1 of 3 Caption Close <caption>",
 * "<caption> (Photo: ...)Buy Photo", "CLOSE Skip x Embed x Share <caption>"). strip keeps the line for its prose;
 * these runs are blanked where the analysis reads it, so no control word becomes a name, a quote or a figure.
 *
 * A run is a chain of control units, mostly at the line's start or end. A strong unit says "control" on its
 * own ("Buy Photo", "Image 2 of 5", "View Full Caption"); a weak one is also an English word or name ("Close",
 * "Skip", "Share", "Next"), so a run needs two of them at the line's edge, three inside it (a gallery printed as
 * one line); glue ("x", "|", "1:25") only joins units. Weak words count only in Title or UPPER case: "close
 * friends" and "share the cost" are prose. General UI vocabulary only: no outlet is named.
 */
import { codeUnitTest } from '../corpus/text.js';

/** Why a run of words was blanked: the widget it belongs to. */
export type ControlReason =
  | 'gallery-counter'
  | 'caption-toggle'
  | 'photo-sale-button'
  | 'video-player-control'
  | 'embed-code-prompt'
  | 'share-button'
  | 'gallery-navigation'
  | 'close-button';

/** A run of control words blanked in a kept line: columns in the line (0-based, end exclusive). */
export interface ControlRun {
  start: number;
  end: number;
  reason: ControlReason;
  text: string;
}

type Strength = 'strong' | 'weak' | 'glue';

interface ControlRule {
  /** Matched at one position (sticky); a word-final unit must not run into a longer word. */
  pattern: RegExp;
  strength: Strength;
  reason: ControlReason;
}

/**
 * Not followed by a letter or digit: "Close" is not "Closed". Latin, Greek and Cyrillic letters by range, not
 * \p{L}: the units' patterns then compile without Unicode tables, which cost more than a short run's scan.
 */
const END = String.raw`(?![0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff])`;
/** Words as a widget prints them: Title or UPPER case ("Image", "IMAGE"). */
const cased = (...words: string[]) => `(?:${words.flatMap((w) => [w, w.toUpperCase()]).join('|')})`;
/** A weak word as a button prints it, never in lower case ("close", "share" are prose). */
const button = (...words: string[]) => `${cased(...words)}${END}`;
const rule = (strength: Strength, reason: ControlReason, source: string): ControlRule => ({ strength, reason, pattern: new RegExp(source, 'y') });

const PICTURE = cased('Image', 'Images', 'Photo', 'Photos', 'Picture', 'Slide', 'Bild', 'Foto', 'Imagen', 'Imagem', 'Immagine');
const COUNTER_OF = '(?:of|OF|von|de|sur|di|z)';

/** The rules, as data. Glue and the gallery's credit count for nothing on their own. */
const RULES: readonly ControlRule[] = [
  // "Image 1 of 12", "Image 1 of / 12" (a counter split over two elements), "Bild 3 von 9".
  rule('strong', 'gallery-counter', String.raw`${PICTURE}\s+\d{1,3}\s+${COUNTER_OF}\s+(?:\/\s*)?\d{1,3}${END}`),
  // A gallery's credit label printed before its counter: "Photo: Jane Doe Image 1 of 4".
  rule('glue', 'gallery-counter', String.raw`${cased('Photo', 'Image', 'Credit')}:\s+(?:\S+\s+){0,5}?(?=${PICTURE}\s+\d{1,3}\s+${COUNTER_OF}\s)`),
  rule('weak', 'gallery-counter', String.raw`\d{1,3}\s+${COUNTER_OF}\s+\d{1,3}${END}`),
  // "View Full Caption Agency/Jane Doe": the caption's expander, then the picture's credit to the line's end.
  rule('strong', 'caption-toggle', String.raw`(?:${cased('View')}\s+)?${cased('Full')}\s+${cased('Caption')}(?:\s+(?!\S*[.!?](?:\s|$))\S+){0,8}\s*$`),
  rule('strong', 'caption-toggle', String.raw`${cased('Toggle', 'Hide', 'Show', 'Close', 'Expand', 'View')}\s+(?:caption|Caption|CAPTION)s?${END}`),
  rule('weak', 'caption-toggle', button('Caption', 'Captions')),
  rule('strong', 'photo-sale-button', String.raw`${cased('Buy', 'Purchase')}\s+${cased('Photo', 'Photos', 'Image', 'Images')}${END}`),
  // Players: "Skip Ad", "Ad Loading...", "Play Video", "More News Videos", "Now Playing"; "Skip in 5" is weak.
  rule('strong', 'video-player-control', String.raw`${cased('Skip')}\s+${cased('Ad')}${END}|${cased('Ad')}\s+${cased('Loading')}(?:\.{1,3}|…)?|${cased('Play', 'Watch')}\s+${cased('Video')}${END}|${cased('More')}\s+(?:${cased('News')}\s+)?${cased('Videos')}${END}|${cased('Now')}\s+${cased('Playing')}${END}`),
  rule('weak', 'video-player-control', String.raw`${cased('Skip')}\s+(?:in|IN)(?:\s+\d{1,2}s?)?${END}|${button('Skip', 'Embed', 'Play', 'Replay', 'Autoplay', 'Pause', 'Mute', 'Unmute', 'Fullscreen', 'Full Screen', 'Up Next')}|autoplay${END}`),
  rule('strong', 'embed-code-prompt', String.raw`${cased('Copy')}\s+(?:this|the)\s+(?:embed\s+)?code(?:\s+to\s+your\s+(?:website|site|blog)(?:\s+or\s+(?:website|site|blog))?)?${END}`),
  rule('weak', 'share-button', button('Share', 'Tweet', 'Email', 'E-mail', 'Print', 'Facebook', 'Twitter', 'Pinterest', 'LinkedIn', 'WhatsApp', 'Reddit', 'Comments')),
  rule('strong', 'gallery-navigation', String.raw`${cased('View', 'Open', 'Launch')}\s+(?:${cased('Photo')}\s+)?(?:gallery|${cased('Gallery')})${END}|${cased('Click', 'Tap')}\s+to\s+enlarge${END}|${cased('Back')}\s+(?:to|TO)\s+(?:(?:the|THE)\s+)?(?:gallery|${cased('Gallery')})${END}|${cased('Previous', 'Prev', 'Last', 'Next')}\s?${cased('Video', 'Image', 'Photo', 'Slide')}${END}`),
  rule('weak', 'gallery-navigation', button('Previous', 'Prev', 'Next', 'Enlarge', 'Expand', 'Zoom', 'Gallery', 'Slideshow')),
  rule('weak', 'close-button', button('Close')),
  // Glue: a close button's cross, separators, a clip's duration, a gallery's "2 / 5" (spaced: "24/7" is no counter).
  rule('glue', 'close-button', String.raw`[xX×✕✖]${END}|[|<>»›·•/]|\d{1,2}:\d\d(?![0-9])|\d{1,3} \/ \d{1,3}(?![0-9])`),
];

/**
 * Words every strong or weak unit holds (for units made of two words, the rarer one: "Now Playing" holds
 * "Playing", "Back to gallery" "gallery"), and a gallery's counter: a line with none of them holds no run (glue
 * alone never makes one). One pass per kept line, before the scan of its every capital; a word may be glued to
 * the one before it ("NextVideo"), so nothing is asked of what precedes it.
 */
const KEY_WORDS = [
  'Image', 'Photo', 'Picture', 'Slide', 'Bild', 'Foto', 'Imagen', 'Imagem', 'Immagine', 'Close', 'Expand', 'Caption', 'Buy',
  'Purchase', 'Skip', 'Loading', 'Playing', 'Screen', 'Video', 'Embed', 'Play', 'Replay', 'Autoplay', 'Pause', 'Mute', 'Unmute',
  'Fullscreen', 'Copy', 'Share', 'Tweet', 'Email', 'E-mail', 'Print', 'Facebook', 'Twitter', 'Pinterest', 'LinkedIn',
  'WhatsApp', 'Reddit', 'Comments', 'Click', 'Tap', 'Gallery', 'Previous', 'Prev', 'Next', 'Enlarge', 'Zoom', 'Slideshow',
];
/**
 * The key words as written (Title and UPPER case; "caption", "gallery", "autoplay" also in lower case) or a
 * gallery's counter, anywhere: a plain pattern of literals, which the regular-expression engine scans fast.
 */
const MAY_HOLD_CONTROL = new RegExp(
  [...KEY_WORDS.flatMap((k) => [k, k.toUpperCase()]), 'caption', 'gallery', 'autoplay', String.raw`\d\s+(?:of|OF|von|de|sur|di|z)\s+\d`, String.raw`\d \/ \d`].join('|'),
);

/** Whether a line may hold a control run (it may say yes too often, never too seldom). */
export const mayHoldControl = (text: string): boolean => MAY_HOLD_CONTROL.test(text);

/** Any unit at a position: one regex tried first, since at most positions no unit starts. */
const ANY_UNIT = new RegExp(RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'y');

interface Chain {
  end: number;
  strong: number;
  weak: number;
  reason: ControlReason | null;
  /** Whether the reason came from a strong unit (a strong unit's reason names the run). */
  strongReason: boolean;
}

/**
 * The longest unit at `at`, or null (ANY_UNIT says whether there is one: most capitalised words are none).
 */
function unitAt(text: string, at: number): { end: number; rule: ControlRule } | null {
  ANY_UNIT.lastIndex = at;
  if (!ANY_UNIT.test(text)) return null;
  let best: { end: number; rule: ControlRule } | null = null;
  for (const rule of RULES) {
    rule.pattern.lastIndex = at;
    const m = rule.pattern.exec(text);
    if (m && m[0].length && (!best || at + m[0].length > best.end)) best = { end: at + m[0].length, rule };
  }
  return best;
}

/** The chain of units from `at`, whitespace between them optional ("EMBED >More"), as far as it goes. */
function chainFrom(text: string, at: number): Chain {
  const chain: Chain = { end: at, strong: 0, weak: 0, reason: null, strongReason: false };
  let pos = at;
  for (;;) {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    const unit = pos < text.length ? unitAt(text, pos) : null;
    if (!unit) return chain;
    const { strength, reason } = unit.rule;
    if (strength === 'strong') chain.strong++;
    if (strength === 'weak') chain.weak++;
    if (strength === 'strong' && !chain.strongReason) [chain.reason, chain.strongReason] = [reason, true];
    else if (strength === 'weak' && chain.reason === null) chain.reason = reason;
    pos = chain.end = unit.end;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/**
 * Weak units a chain needs when it has no strong one: two at the line's start or end, where a widget's labels
 * sit beside the caption; three inside the line (a gallery printed whole: "... AP 1 of 12 CLOSE Skip x Embed").
 */
const WEAK_AT_EDGE = 2;
const WEAK_INSIDE = 3;

function isControlRun(c: Chain, atEdge: boolean): boolean {
  return c.reason !== null && (c.strong > 0 || c.weak >= (atEdge ? WEAK_AT_EDGE : WEAK_INSIDE));
}

/** Marks a unit may start with (glue): a close button's cross, separators. */
const START_MARKS = new Set([...'|<>/×✕✖»›·•'].map((ch) => ch.charCodeAt(0)));

/**
 * Whether a unit may start at `i`: a capital, a digit, a mark, "x" or "a" (autoplay), not inside a word
 * (")Buy Photo" is a start). Char codes, not a regex: the test runs on every character of the kept text.
 */
function mayStartAt(text: string, i: number, lead: number): boolean {
  const c = text.charCodeAt(i);
  const starts = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 97 || c === 120 || START_MARKS.has(c);
  return starts && (i === lead || !isWordChar(text, i - 1));
}

/** A letter or a digit at `i` (ASCII first; the rest by Unicode class, each code unit asked once). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return isLetterOrDigitUnit(c);
}
const isLetterOrDigitUnit = codeUnitTest(/^[\p{L}\p{N}]$/u);

/**
 * The runs of widget controls in a line, in order (none when the line has none): what the analysis should
 * not read. A lone weak unit opening the line ("Embed <video title> ... Copy this code") counts when the
 * line holds another run: the line is then a widget's.
 */
export function controlRuns(text: string): ControlRun[] {
  if (!mayHoldControl(text)) return [];
  const runs: ControlRun[] = [];
  const lead = text.length - text.trimStart().length;
  const last = text.trimEnd().length;
  let loneHead: Chain | null = null;
  for (let i = lead; i < last; ) {
    const chain = mayStartAt(text, i, lead) ? chainFrom(text, i) : null;
    if (!chain || chain.end === i) {
      i++;
      continue;
    }
    if (isControlRun(chain, i === lead || chain.end >= last)) runs.push({ start: i, end: chain.end, reason: chain.reason!, text: text.slice(i, chain.end) });
    else if (i === lead && chain.weak === 1 && chain.strong === 0) loneHead = chain;
    // A chain's tail is a shorter chain with the same end: no run where the whole chain is none.
    i = chain.end;
  }
  if (loneHead && runs.length) runs.unshift({ start: lead, end: loneHead.end, reason: loneHead.reason!, text: text.slice(lead, loneHead.end) });
  return runs;
}

/** The line with its control runs blanked by spaces (same length). */
export function blankRuns(text: string, runs: readonly ControlRun[]): string {
  let out = text;
  for (const r of runs) out = out.slice(0, r.start) + ' '.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}

/** The line with its control runs cut out, as strip's text prints it ('' when nothing else is left). */
export function withoutRuns(text: string, runs: readonly ControlRun[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const r of runs) {
    parts.push(text.slice(from, r.start).trim());
    from = r.end;
  }
  parts.push(text.slice(from).trim());
  return parts.filter((p) => p.length > 0).join(' ');
}
