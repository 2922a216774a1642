import type { Document, Line } from '../corpus/types.js';
import { AGENCY_CREDITS, BYLINE, CAPTION_CREDIT_LABELS, CREDIT_LABELS, ENLARGE_SENTENCE, FORMAL_ADDRESS, READER_CALL, STOCK_CREDITS } from './patterns.js';
import type { CaptionLine, CreditName, LineDecision } from './types.js';
import { creditNameSpans } from './credit-names.js';
import { controlRuns } from './controls.js';

/**
 * Picture captions: strip drops them (the article's text has none), but a caption names the people, bodies
 * and places in the picture, which the entity layer should know. It reads the caption lines strip dropped as
 * captions, with their credit blanked: the agency and the outlet are the picture's, not the story's. The
 * photographer is a person the page names: the credit's person-shaped names are handed over apart (credit-names.ts).
 */

/** The reasons under which strip drops a picture's caption. */
const CAPTION_REASONS: ReadonlySet<string> = new Set(['photo-credit', 'html-caption']);
/**
 * A slideshow prints each picture's caption twice or more ("Image 2 of 40 ... Photo: Jane Doe"), so strip drops
 * it as repeated; one copy is read when it carries a picture's credit label.
 */
const REPEATED_REASONS: ReadonlySet<string> = new Set(['repeated-in-document']);

/** Two letters in a row: what is left of a caption once its credit is blanked must say something. */
const WORD = /\p{L}{2}/u;
/**
 * A page element holding a picture's credit, by its class ("figcaption>p.image-credit", "div.slide-copyright"),
 * or a bare element right inside one ("div.figure__credits>p").
 */
const CREDIT_ELEMENT = /(?:credit|copyright|copywrite|byline|author|photographer|source)[^>]*(?:>[a-z0-9]+)?$/i;
/**
 * Names with no sentence around them, as a credit prints them: "Jane Doe / Agency file", "Getty - Contributor",
 * "JANE DOE/SCIENCE PICTURES", "Photos by Jane Doe, left, and John Roe/Agency" (its label blanked apart).
 */
const CREDIT_SHAPE = /^[\s,;/|&\u2013\u2014-]*(?:(?:\p{Lu}[\p{L}'\u2019.&-]*|[\w.-]+@[\w.-]+|via|vía|for|and|file|files|photo|photos|left|right|top|bottom|centre|center)[\s,;/|&\u2013\u2014-]*){1,8}$/u;
/** "(C) Jane Doe": the © sign as typed. */
const COPYRIGHT_SIGN = /\([Cc]\)(?=\s*\p{Lu})/gu;
/** An agency a picture came through: "(Ministry of Defence via AP)". */
const VIA = /\bv[ií]a\s+\p{Lu}/u;
/** A credit glued to the caption's last word ("... the Chamber of DeputiesJane Doe"): a capital after four small letters. */
const GLUED = /\p{Ll}{4}(?=\p{Lu}\p{Ll})/gu;
/** The bracket a caption ends with ("... in Paris. (Jane Doe/Agency)", "... [Agency via Jane Doe]"). */
const END_BRACKET = /(?:\(([^()]*)\)|\[([^[\]]*)\])[\s.]*$/u;

/** The entity layer's reading of a document's captions (null when it reads none). */
export interface CaptionReading {
  lines: CaptionLine[];
  /** The input with all but the captions' read parts blanked (same length and line breaks: offsets hold); null when only credits are read. */
  text: string | null;
  /** The person-shaped names in the captions' credits. */
  credits: CreditName[];
}

/**
 * The captions the entity layer reads among the dropped lines, with their credits blanked, and the names in
 * those credits shaped like a person's (a line that is all credit gives those alone).
 */
export function readCaptions(doc: Document, lines: Line[], decisions: LineDecision[]): CaptionReading | null {
  const read: CaptionLine[] = [];
  const credits: CreditName[] = [];
  const parts: [number, number][] = [];
  const seen = new Set<string>();
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i]!;
    if (d.keep || (d.element && CREDIT_ELEMENT.test(d.element))) continue;
    const line = lines[d.line - 1]!;
    const repeated = REPEATED_REASONS.has(d.reason);
    if (!CAPTION_REASONS.has(d.reason) && !(repeated && hasCreditLabel(line.text))) continue;
    const spans = creditSpans(line.text);
    const controls = controlSpans(line.text);
    const kept = captionParts(line.text, spans, controls);
    if (!readsAsCaption(line.text.slice(kept.length ? kept[0]![0] : 0))) continue;
    const text = kept.map(([a, b]) => line.text.slice(a, b).trim()).join(' … ');
    // Copies differ only in their picture's number ("Image 2 of 40", "Image 3 of 40").
    const key = (kept.length ? text : line.text).replace(/\d+/g, '#');
    if (repeated && seen.has(key)) continue;
    seen.add(key);
    for (const [a, b] of creditNameSpans(line.text, spans, controls)) {
      credits.push({ line: d.line, column: a + 1, start: line.start + a, end: line.start + b, reason: 'credit-name-for-entities', text: line.text.slice(a, b) });
    }
    if (!kept.length) continue;
    for (const [a, b] of kept) parts.push([line.start + a, line.start + b]);
    read.push({ line: d.line, reason: repeated ? 'repeated-caption-read-once' : 'caption-read-for-entities', text });
  }
  if (!read.length && !credits.length) return null;
  return { lines: read, text: read.length ? onlyParts(doc.text, parts) : null, credits };
}

/** A picture's credit label ("Photo: Jane Doe", "Image by"): what makes a repeated line a caption. */
function hasCreditLabel(text: string): boolean {
  CREDIT_LABELS.lastIndex = 0;
  CAPTION_CREDIT_LABELS.lastIndex = 0;
  return CREDIT_LABELS.test(text) || CAPTION_CREDIT_LABELS.test(text);
}

/**
 * Not a caption: a byline printed with the picture ("By Jane Doe. Photo: ...") names the writer; a line that
 * speaks to the reader ("Loading this post, you accept ...") is the page's.
 */
function readsAsCaption(text: string): boolean {
  return !BYLINE.test(text.trimStart()) && !READER_CALL.test(text) && !FORMAL_ADDRESS.test(text);
}

/** The text with everything outside `parts` (in order) blanked, line breaks kept. */
function onlyParts(text: string, parts: [number, number][]): string {
  const out: string[] = [];
  let from = 0;
  for (const [a, b] of parts) {
    out.push(blank(text.slice(from, a)), text.slice(a, b));
    from = b;
  }
  out.push(blank(text.slice(from)));
  return out.join('');
}

const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/** The parts of a caption line left once its credits and widget controls are blanked; none when no words are left. */
export function captionWithoutCredit(text: string): [number, number][] {
  return captionParts(text, creditSpans(text), controlSpans(text));
}

const controlSpans = (text: string) => controlRuns(text).map((r): [number, number] => [r.start, r.end]);

/** The parts of a caption line outside its `creditSpans` and `controls`, with words in them. */
function captionParts(text: string, creditSpans: [number, number][], controls: [number, number][]): [number, number][] {
  const credits = controls.length ? [...creditSpans, ...controls].sort((a, b) => a[0] - b[0]) : creditSpans;
  const out: [number, number][] = [];
  let from = 0;
  for (const [a, b] of credits) {
    if (a > from && WORD.test(text.slice(from, a))) out.push([from, a]);
    from = Math.max(from, b);
  }
  if (from < text.length && WORD.test(text.slice(from))) out.push([from, text.length]);
  return out;
}

/**
 * Where a caption's credits stand, in order: from a label ("Image:", "(Photo: ...", "Photograph by"), a © sign,
 * or the start of the credit's segment ("Jane Doe/Getty Images", "AP Photo/Jane Doe") to the end of the line,
 * or of the brackets the credit is written in ("(AGENCY/Jane Doe)"); and names that end a caption after its
 * sentence or in a bracket, shaped like a credit ("... in Paris. Jane Doe/Agency", "... (Jane Doe/Agency)").
 */
export function creditSpans(text: string): [number, number][] {
  const starts: number[] = [];
  for (const m of text.matchAll(CREDIT_LABELS)) starts.push(/[\s|/]/.test(m[0][0]!) ? m.index! + 1 : m.index!);
  for (const m of text.matchAll(CAPTION_CREDIT_LABELS)) starts.push(m.index!);
  for (const m of text.matchAll(STOCK_CREDITS)) starts.push(segmentStart(text, m.index!));
  for (const m of text.matchAll(AGENCY_CREDITS)) starts.push(m[0][0] === '(' ? m.index! : segmentStart(text, m.index!));
  for (let i = text.indexOf('©'); i >= 0; i = text.indexOf('©', i + 1)) starts.push(i);
  for (const m of text.matchAll(COPYRIGHT_SIGN)) starts.push(m.index!);
  const spans = starts.map((s): [number, number] => {
    const open = openBracketBefore(text, s);
    const start = open >= 0 ? open : s;
    const close = text[start] === '(' ? text.indexOf(')', s + 1) : -1;
    return [start, close >= 0 ? close + 1 : text.length];
  });
  const last = trailingCredit(text);
  if (last >= 0) spans.push([last, text.length]);
  for (const m of text.matchAll(ENLARGE_SENTENCE)) spans.push([m.index!, m.index! + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Where names shaped like a credit end the caption, after its last sentence or in a closing bracket; -1 if none. */
function trailingCredit(text: string): number {
  const bracket = END_BRACKET.exec(text);
  const inside = bracket ? (bracket[1] ?? bracket[2]!) : '';
  if (bracket && (inside.includes('/') || VIA.test(inside) || CREDIT_SHAPE.test(inside))) return bracket.index;
  const after = lastSentenceEnd(text);
  if (after > 0 && CREDIT_SHAPE.test(text.slice(after))) return after;
  // Glued credits are names of two words or more: "DiCaprio", "PlayStation" are no glue.
  for (const m of text.matchAll(GLUED)) {
    const at = m.index! + m[0].length;
    if (CREDIT_SHAPE.test(text.slice(at)) && /\s\p{Lu}/u.test(text.slice(at))) return at;
  }
  return -1;
}

/** Where the text after the last sentence of a caption starts ("... Austria. Jane Doe", "... 2019.Jane Doe"), or -1. */
function lastSentenceEnd(text: string): number {
  for (let i = text.length - 2; i >= 2; i--) {
    if (!/[.!?]/.test(text[i]!) || !/[\p{Ll}\p{N})"\u201d'\u2019]/u.test(text[i - 1]!)) continue;
    const next = text[i + 1]!;
    if (/\s/.test(next)) return i + 2;
    if (/\p{Lu}/u.test(next)) return i + 1;
  }
  return -1;
}

/** The position of a bracket opened before `at` and not closed before it, or -1. */
function openBracketBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === ')') return -1;
    if (text[i] === '(') return i;
  }
  return -1;
}

/**
 * Where the part of a caption holding a credit starts: after the sentence before it ("A crowd gathers. Jane
 * Doe | Getty Images"), at its bracket, at the line's start failing both.
 */
function segmentStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i]!;
    if (c === '(') return i;
    // A sentence's full stop follows a word, not an initial ("Jane M. Doe/Getty Images").
    if (/\s/.test(c) && /[.!?]/.test(text[i - 1]!) && i >= 2 && /[\p{Ll}\p{N})"”'’]/u.test(text[i - 2]!)) return i + 1;
  }
  return 0;
}
