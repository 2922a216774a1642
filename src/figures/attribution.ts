import type { Token } from '../corpus/types.js';
import type { Quote } from '../quotes/types.js';
import { SOURCE_TRAILERS } from './lexicon.js';
import type { Claim } from './types.js';

// Who a figure comes from: the speaker of the quote that contains it, or the "according to X" source of
// its sentence.

const ARTICLES = new Set(['the', 'a', 'an']);
const PHRASE_ENDS = new Set([',', '.', ';', ':', '(', ')', '"', '!', '?', '-']);
const PHRASE_STOPS = new Set(['who', 'which', 'that', 'and', 'on', 'in', 'at', 'as', 'while', 'but', 'when', 'after', 'since']);

/** The source named by "according to ..." in a sentence's tokens, without article or "estimates"; null if none. */
export function accordingTo(tokens: Token[]): string | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    // the length test first: lower-casing never shortens a word, and most words are not "according"
    if (tokens[i]!.text.length !== 9 || tokens[i]!.text.toLowerCase() !== 'according' || tokens[i + 1]!.text.toLowerCase() !== 'to') continue;
    const words: Token[] = [];
    for (let j = i + 2; j < tokens.length && words.length < 10; j++) {
      const t = tokens[j]!;
      const w = t.text.toLowerCase();
      if (PHRASE_ENDS.has(w) && !(w === '-' && t.start === tokens[j - 1]!.end)) break;
      if (PHRASE_STOPS.has(w) && words.length) break;
      words.push(t);
    }
    while (words.length && ARTICLES.has(words[0]!.text.toLowerCase())) words.shift();
    // "the British-based Syrian Observatory": the "-based" descriptor is not part of the name.
    const based = words.slice(0, 5).findIndex((t) => /(?:^|-)based$/i.test(t.text));
    if (based >= 0 && based < words.length - 1) words.splice(0, based + 1);
    while (words.length > 1 && SOURCE_TRAILERS.has(words[words.length - 1]!.text.toLowerCase())) words.pop();
    if (!words.length) return null;
    return text(words);
  }
  return null;
}

const REPORTING_VERBS = new Set(['said', 'says', 'reported', 'reports', 'announced', 'confirmed', 'stated', 'estimated', 'estimates']);
const NOT_SOURCES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'and', 'or', 'but']);

/** A source named by a reporting clause after the figures it reports: "55 died ..., the interior ministry said". */
export interface ReportingClause {
  source: string;
  /** Offset of the comma opening the clause: figures before it are the source's. */
  at: number;
}

/**
 * ", Eastmark's interior ministry said", ", police said": a reporting clause whose speaker is a body (its last
 * word a common noun), not a person; people's names are left to the quote layer, which resolves them.
 */
export function reportingClause(tokens: Token[]): ReportingClause | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== ',') continue;
    const words: Token[] = [];
    let j = i + 1;
    for (; j < tokens.length && words.length < 6; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || REPORTING_VERBS.has(t.text.toLowerCase())) break;
      words.push(t);
    }
    if (!words.length || !REPORTING_VERBS.has(tokens[j]?.text.toLowerCase() ?? '')) continue;
    while (words.length && ARTICLES.has(words[0]!.text.toLowerCase())) words.shift();
    const last = words[words.length - 1];
    if (!last || !/^\p{Ll}+$/u.test(last.text) || words.some((w) => NOT_SOURCES.has(w.text.toLowerCase()) || PHRASE_STOPS.has(w.text.toLowerCase()))) continue;
    return { source: text(words), at: tokens[i]!.start };
  }
  return null;
}

const text = (words: Token[]) =>
  words.map((t, k) => (k > 0 && t.start > words[k - 1]!.end ? ' ' : '') + t.text).join('');

/**
 * Claims with `attributedTo` filled from resolved quotes: a claim inside a quote's content span (or inside
 * the span of an "according to" attribution) gets that quote's speaker. Claims already attributed keep theirs.
 * The innermost quote wins.
 */
export function attributeClaims(claims: Claim[], quotes: Quote[]): Claim[] {
  const byDoc = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const list = byDoc.get(q.document);
    if (list) list.push(q);
    else byDoc.set(q.document, [q]);
  }
  for (const list of byDoc.values()) list.sort(inQuoteOrder);
  return claims.map((c) => {
    if (c.attributedTo) return c;
    const list = byDoc.get(c.document);
    const best = list ? innermostQuote(c, list) : -1;
    return best >= 0 ? { ...c, attributedTo: list![best]!.speaker } : c;
  });
}

/** A span a claim may lie in: a quote of one document, with a speaker (resolved or not). */
type QuoteSpan = Pick<Quote, 'speaker' | 'start' | 'end'>;

const inQuoteOrder = (a: QuoteSpan, b: QuoteSpan) => a.start - b.start || b.end - a.end;

/**
 * For each of one document's claims, the index in `quotes` of the quote whose speaker attributeClaims would
 * give it, or -1 (claims already attributed get -1). Resolving a speaker to its entity never takes the speaker
 * away, so this can be answered per document, before the corpus's entities are known.
 */
export function attributingQuotes(claims: Claim[], quotes: QuoteSpan[]): Int32Array {
  const order = quotes.map((_, i) => i).filter((i) => quotes[i]!.speaker);
  order.sort((a, b) => inQuoteOrder(quotes[a]!, quotes[b]!) || a - b);
  const list = order.map((i) => quotes[i]!);
  const out = new Int32Array(claims.length).fill(-1);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.attributedTo) continue;
    const best = innermostQuote(c, list);
    if (best >= 0) out[i] = order[best]!;
  }
  return out;
}

/** Index of the innermost quote (of a list in quote order) containing the claim, or -1. */
function innermostQuote(c: Claim, list: QuoteSpan[]): number {
  // Quotes starting at or before the claim, nearest first; a bounded look back keeps hostile input linear.
  let best = -1;
  for (let k = lastStartingBefore(list, c.start), n = 0; k >= 0 && n < 64; k--, n++) {
    const q = list[k]!;
    if (c.end <= q.end && (best < 0 || q.end - q.start < list[best]!.end - list[best]!.start)) best = k;
  }
  return best;
}

function lastStartingBefore(list: QuoteSpan[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
