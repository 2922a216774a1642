/**
 * Media-widget controls glued to a kept line: a scraper reads a gallery's, a video player's or a photo-sale
 * button's labels into the caption or paragraph beside them ("Image 1 of 3 Caption Close <caption>",
 * "<caption> (Photo: ...)Buy Photo", "CLOSE Skip x Embed x Share <caption>"). strip keeps the line for its prose;
 * these runs are blanked where the analysis reads it, so no control word becomes a name, a quote or a figure.
 *
 * A run is a chain of control units at the line's start or end. A strong unit says "control" on its own
 * ("Buy Photo", "Image 2 of 5", "View Full Caption"); a weak one is also an English word or name ("Close",
 * "Skip", "Share", "Next"), so a run needs two of them; glue ("x", "|", "1:25") only joins units. Weak words
 * count only in Title or UPPER case: "close friends" and "share the cost" are prose. General UI vocabulary
 * only: no outlet is named.
 */

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

/** Not followed by a letter or digit: "Close" is not "Closed". */
const END = String.raw`(?![\p{L}\p{N}])`;
/** A weak word as a button prints it: Title or UPPER case, never lower ("close", "share" are prose). */
const button = (...words: string[]) => `(?:${words.flatMap((w) => [w, w.toUpperCase()]).join('|')})${END}`;

/** The rules, as data. Glue and the gallery's credit count for nothing on their own. */
const RULES: readonly ControlRule[] = [
  // "Image 1 of 12", "Image 1 of / 12" (a counter split over two elements), "Bild 3 von 9".
  { strength: 'strong', reason: 'gallery-counter', pattern: /(?:Image|Photo|Picture|Slide|Bild|Foto|Imagen|Imagem|Immagine)s?\s+\d{1,3}\s+(?:of|von|de|sur|di|z)\s+(?:\/\s*)?\d{1,3}(?![\p{L}\p{N}])/iuy },
  // A gallery's credit label printed before its counter: "Photo: Jane Doe Image 1 of 4".
  { strength: 'glue', reason: 'gallery-counter', pattern: /(?:Photo|Image|Credit)s?:\s+(?:[^\s]+\s+){0,5}?(?=(?:Image|Photo|Picture|Slide)\s+\d{1,3}\s+of\s)/uy },
  { strength: 'weak', reason: 'gallery-counter', pattern: /\d{1,3}\s+of\s+\d{1,3}(?![\p{L}\p{N}])/uy },
  // "View Full Caption Agency/Jane Doe": the caption's expander, then the picture's credit to the line's end.
  { strength: 'strong', reason: 'caption-toggle', pattern: /(?:View\s+)?Full\s+Caption(?:\s+(?![^\s]*[.!?](?:\s|$))[^\s]+){0,8}\s*$/iuy },
  { strength: 'strong', reason: 'caption-toggle', pattern: new RegExp(`(?:Toggle|Hide|Show|Close|Expand|View)\\s+(?:caption|Caption|CAPTION)s?${END}`, 'uy') },
  { strength: 'weak', reason: 'caption-toggle', pattern: new RegExp(button('Caption', 'Captions'), 'uy') },
  { strength: 'strong', reason: 'photo-sale-button', pattern: new RegExp(`(?:Buy|BUY|Purchase|PURCHASE)\\s+(?:Photo|PHOTO|Image|IMAGE)(?:s|S)?${END}`, 'uy') },
  // Players: "Skip Ad", "Ad Loading...", "Skip in 5", "Play Video", "More News Videos", "Now Playing".
  { strength: 'strong', reason: 'video-player-control', pattern: new RegExp(`(?:Skip|SKIP)\\s+(?:Ad|AD)${END}|(?:Ad|AD)\\s+(?:Loading|LOADING)(?:\\.{1,3}|…)?|(?:Play|PLAY|Watch|WATCH)\\s+(?:Video|VIDEO)${END}|(?:More|MORE)\\s+(?:(?:News|NEWS)\\s+)?(?:Videos|VIDEOS)${END}|(?:Now|NOW)\\s+(?:Playing|PLAYING)${END}`, 'uy') },
  { strength: 'weak', reason: 'video-player-control', pattern: new RegExp(`(?:Skip|SKIP)\\s+(?:in|IN)(?:\\s+\\d{1,2}s?)?${END}|${button('Skip', 'Embed', 'Play', 'Replay', 'Autoplay', 'Pause', 'Mute', 'Unmute', 'Fullscreen', 'Full Screen', 'Up Next')}|autoplay${END}`, 'uy') },
  { strength: 'strong', reason: 'embed-code-prompt', pattern: /Copy\s+(?:this|the)\s+(?:embed\s+)?code(?:\s+to\s+your\s+(?:website|site|blog)(?:\s+or\s+(?:website|site|blog))?)?(?![\p{L}\p{N}])/iuy },
  { strength: 'weak', reason: 'share-button', pattern: new RegExp(button('Share', 'Tweet', 'Email', 'E-mail', 'Print', 'Facebook', 'Twitter', 'Pinterest', 'LinkedIn', 'WhatsApp', 'Reddit', 'Comments'), 'uy') },
  { strength: 'strong', reason: 'gallery-navigation', pattern: /(?:(?:View|Open|Launch)\s+(?:Photo\s+)?Gallery|(?:Click|Tap)\s+to\s+enlarge)(?![\p{L}\p{N}])/iuy },
  { strength: 'strong', reason: 'gallery-navigation', pattern: /(?:Back|BACK)\s+(?:to|TO)\s+(?:(?:the|THE)\s+)?(?:Gallery|gallery|GALLERY)(?![\p{L}\p{N}])|(?:Previous|Prev|Last|Next|PREVIOUS|PREV|LAST|NEXT)\s?(?:Video|Image|Photo|Slide|VIDEO|IMAGE|PHOTO|SLIDE)(?![\p{L}\p{N}])/uy },
  { strength: 'weak', reason: 'gallery-navigation', pattern: new RegExp(button('Previous', 'Prev', 'Next', 'Enlarge', 'Expand', 'Zoom', 'Gallery', 'Slideshow'), 'uy') },
  { strength: 'weak', reason: 'close-button', pattern: new RegExp(button('Close'), 'uy') },
  // Glue: a close button's cross, separators, a clip's duration, a gallery's "2 / 5".
  { strength: 'glue', reason: 'close-button', pattern: /(?:[xX×✕✖](?![\p{L}\p{N}])|[|>»›·•/]|\d{1,2}:\d\d(?!\p{N})|\d{1,3}\s?\/\s?\d{1,3}(?!\p{N}))/uy },
];

interface Chain {
  end: number;
  strong: number;
  weak: number;
  reason: ControlReason | null;
  /** Whether the reason came from a strong unit (a strong unit's reason names the run). */
  strongReason: boolean;
}

/**
 * The longest unit at `at`, or null. Units start with a capital, a digit or a mark, or are "x" and "autoplay":
 * most words of a line start in lower case and are passed over without a regex.
 */
function unitAt(text: string, at: number): { end: number; rule: ControlRule } | null {
  const c = text.charCodeAt(at);
  if (c >= 98 && c <= 122 && c !== 120) return null;
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

/** Whether a run may start at `i`: at a word's start or after a mark (")Buy Photo"), not inside a word. */
const mayStartAt = (text: string, i: number) => !isSpace(text.charCodeAt(i)) && (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!));

/**
 * The runs of widget controls in a line, in order (none when the line has none): what the analysis should
 * not read. A lone weak unit opening the line ("Embed <video title> ... Copy this code") counts when the
 * line holds another run: the line is then a widget's.
 */
export function controlRuns(text: string): ControlRun[] {
  const runs: ControlRun[] = [];
  const lead = text.length - text.trimStart().length;
  const last = text.trimEnd().length;
  let loneHead: Chain | null = null;
  for (let i = lead; i < last; ) {
    const chain = mayStartAt(text, i) ? chainFrom(text, i) : null;
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
