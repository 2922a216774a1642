/**
 * Features of one candidate name for the learned typer (see model.ts and scripts/train-entities.mjs): the
 * name's own words (shape, affixes, head), its neighbours, gazetteer and lexicon hits, and its position.
 * The same function serves training and running, so the model sees exactly what it was trained on.
 */
import type { Token } from '../corpus/types.js';
import type { Part } from './chunker.js';
import { COMMON_WORDS, countryOf, DEMONYMS, DICTIONARY, FIRST_NAMES, GROUP_WORDS_AND_DEMONYMS, isPlaceName, KNOWN_ORGS, LAST_NAMES } from './gazetteer.js';
import { acronymLetters } from './keys.js';
import { isInitial } from './initial.js';
import { LANGUAGES, NEWS_AGENCIES, ORG_FOLLOWERS, ORG_HEADS, OTHER_HEADS, OTHER_NOUNS, PERSON_NOUNS, PERSON_VERBS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPS, TITLE_WORDS } from './lexicon.js';
import { headWord, isPeoplePlural, low, personLike } from './shape.js';

/** What the extractor already knows of a candidate besides its words. */
export interface CandidateFacts {
  /** Found after a title ("President Obama"). */
  titled: boolean;
  /** The gazetteer knows the whole name as a country / as a place. */
  country: boolean;
  place: boolean;
  /** A name inside a longer name ("Texas" in "University of Texas"): its neighbours belong to the container. */
  nested: boolean;
  /** Found in a title-case line (headline). */
  headline: boolean;
}

/** Word shape with runs collapsed: "McCain" → "XxXx", "IE6" → "Xd", "U.S." → "X.X.". */
export function wordShape(w: string): string {
  let out = '';
  let prev = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by code (most words), the rest by Unicode class.
    const c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

const tagOf = (w: string): string => COMMON_WORDS.get(w) ?? (DICTIONARY.has(w) ? 'dict' : 'unk');

/** Gazetteer and lexicon hits of one word, as feature names with a prefix. */
function wordHits(prefix: string, w: string, text: string, out: string[]): void {
  if (FIRST_NAMES.has(w)) out.push(`${prefix}:first-name`);
  if (LAST_NAMES.has(w)) out.push(`${prefix}:last-name`);
  if (DICTIONARY.has(w)) out.push(`${prefix}:dictionary`);
  if (isPlaceName(text)) out.push(`${prefix}:place`);
  if (countryOf(text)) out.push(`${prefix}:country`);
  if (ORG_HEADS.has(w)) out.push(`${prefix}:org-head`);
  if (PLACE_HEADS.has(w)) out.push(`${prefix}:place-head`);
  if (OTHER_HEADS.has(w)) out.push(`${prefix}:other-head`);
  if (TITLE_WORDS.has(w)) out.push(`${prefix}:title`);
  if (DEMONYMS.has(w)) out.push(`${prefix}:demonym`);
  else if (GROUP_WORDS_AND_DEMONYMS.has(w)) out.push(`${prefix}:group-word`);
  out.push(`${prefix}:tag=${tagOf(w)}`);
}

/**
 * Where context features go: spelled out as strings (training, --explain), or scored straight away without
 * building the strings (typing, where the same few thousand weights are looked up for every candidate).
 */
export interface FeatureSink {
  /** A feature with a fixed name. */
  flag(name: string): void;
  /** `${prefix}${value}`. */
  one(prefix: ContextPrefix, value: string): void;
  /** `${prefix}${a} ${b}`. */
  pair(prefix: ContextPairPrefix, a: string, b: string): void;
}
export type ContextPrefix = 'prev=' | 'next=' | 'prevtag=' | 'nexttag=';
export type ContextPairPrefix = 'prev2=' | 'next2=';
export const CONTEXT_PREFIXES: readonly ContextPrefix[] = ['prev=', 'next=', 'prevtag=', 'nexttag='];
export const CONTEXT_PAIR_PREFIXES: readonly ContextPairPrefix[] = ['prev2=', 'next2='];

/** A sink that spells the features out into `out`. */
function stringSink(out: string[]): FeatureSink {
  return {
    flag: (name) => void out.push(name),
    one: (prefix, value) => void out.push(prefix + value),
    pair: (prefix, a, b) => void out.push(`${prefix}${a} ${b}`),
  };
}

/** Features of the words around a name. */
export function contextFeatures(parts: Part[], tokens: Token[], out: string[]): void {
  contextFeaturesTo(parts, tokens, stringSink(out));
}

/** Features of the words around a name, into a sink (see FeatureSink). */
export function contextFeaturesTo(parts: Part[], tokens: Token[], out: FeatureSink): void {
  const first = parts[0]!.token;
  const last = parts[parts.length - 1]!.token;
  const lastTok = tokens[last];
  if (lastTok && lastTok.end > parts[parts.length - 1]!.end && /['\u2019]/.test(lastTok.text.slice(-2))) out.flag('possessive');
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[last + 1];
  const next2 = tokens[last + 2];
  const pw = prev ? low(prev.text) : '<s>';
  const p2 = prev2 ? low(prev2.text) : '<s>';
  const nw = next ? low(next.text) : '</s>';
  const n2 = next2 ? low(next2.text) : '</s>';
  out.one('prev=', pw);
  out.pair('prev2=', p2, pw);
  out.one('next=', nw);
  out.pair('next2=', nw, n2);
  out.one('prevtag=', tagOf(pw));
  out.one('nexttag=', tagOf(nw));
  if (PLACE_PREPS.has(pw)) out.flag('prev:place-prep');
  if (PERSON_NOUNS.has(pw) || TITLE_WORDS.has(pw)) out.flag('prev:person-noun');
  if (PERSON_VERBS.has(nw)) out.flag('next:speech-verb');
  if (ORG_FOLLOWERS.has(nw)) out.flag('next:org-follower');
  if (OTHER_NOUNS.has(nw)) out.flag('next:other-noun');
  if ((pw === 'of' || pw === ',') && PLACE_NOUNS.has(p2)) out.flag('prev:place-noun');
  if (pw === 'to' && p2 === 'according') out.flag('prev:according-to');
  // Apposition: "Safi, a spokesman for ...".
  if (nw === ',' && next2 && /^(?:a|an|the)$/i.test(next2.text)) {
    for (let k = last + 3; k < Math.min(tokens.length, last + 7); k++) {
      const w = low(tokens[k]!.text);
      if (PERSON_NOUNS.has(w)) out.flag('apposition:person-noun');
      if (PLACE_NOUNS.has(w)) out.flag('apposition:place-noun');
    }
  }
  if (isInitial(tokens, first)) out.flag('sentence-initial');
}

/** Features of a candidate name (strings; the model ignores those it never saw in training). */
export function candidateFeatures(parts: Part[], tokens: Token[], facts: CandidateFacts): string[] {
  const out = nameFeatures(parts, facts);
  if (!facts.nested) contextFeatures(parts, tokens, out);
  return out;
}

/** The features of the name's own words (no context): the same for every mention of the same words. */
export function nameFeatures(parts: Part[], facts: CandidateFacts): string[] {
  const out: string[] = ['bias'];
  const words = parts.map((p) => p.lower);
  const n = words.length;
  const head = headWord(words);
  const firstW = words[0]!;
  const lastP = parts[n - 1]!;
  out.push(`len=${Math.min(n, 5)}`, `first=${firstW}`, `last=${words[n - 1]}`, `head=${head}`);
  for (const w of words) out.push(`w=${w}`);
  const shape = parts.map((p) => wordShape(p.text)).join(' ');
  out.push(`shape=${shape.length > 24 ? shape.slice(0, 24) : shape}`, `shape-last=${wordShape(lastP.text)}`, `shape-first=${wordShape(parts[0]!.text)}`);
  const lw = words[n - 1]!;
  out.push(`suf3=${lw.slice(-3)}`, `suf2=${lw.slice(-2)}`, `pre3=${firstW.slice(0, 3)}`);
  if (n > 1) out.push(`first-suf3=${firstW.slice(-3)}`);
  wordHits('first', firstW, parts[0]!.text, out);
  if (n > 1) wordHits('last', lw, lastP.text, out);
  if (head !== lw && head !== firstW) wordHits('head', head, head, out);
  // Any word of the name that the gazetteer or the head lists know ("Syrian Observatory for Human Rights").
  for (let i = 1; i < n - 1; i++) {
    const w = words[i]!;
    if (ORG_HEADS.has(w)) out.push('inner:org-head');
    if (PLACE_HEADS.has(w)) out.push('inner:place-head');
    if (OTHER_HEADS.has(w)) out.push('inner:other-head');
    if (isPlaceName(parts[i]!.text)) out.push('inner:place');
  }
  const span = parts.map((p) => p.text).join(' ');
  const whole = low(span).replaceAll('.', '');
  if (facts.country) out.push('whole:country');
  else if (facts.place) out.push('whole:place');
  if (KNOWN_ORGS.has(whole)) out.push('whole:known-org');
  // A known organisation of two or more words ending the name: "Eastmark Red Cross".
  for (let i = 1; i + 2 <= n; i++) if (KNOWN_ORGS.has(words.slice(i).join(' '))) out.push('tail:known-org');
  if (NEWS_AGENCIES.has(whole)) out.push('whole:news-agency');
  if (n === 1 && LANGUAGES.has(lw)) out.push('whole:language');
  if (n === 1 && isPeoplePlural(lw)) out.push('whole:people-plural');
  if (acronymLetters(parts[0]!.text)) out.push('acronym');
  if (n > 1 && personLike(parts)) out.push('person-like');
  if (words.includes('of')) out.push('has-of');
  if (/\d/.test(span)) out.push('has-digit');
  if (/\p{Ll}\p{Lu}/u.test(span.replace(/\b(?:Mc|Mac)/g, ''))) out.push('inner-capital');
  if (facts.titled) out.push('titled');
  if (facts.headline) out.push('headline');
  if (facts.nested) out.push('nested');
  return out;
}
