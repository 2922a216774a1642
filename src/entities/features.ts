/**
 * Features of one candidate name for the learned typer (see model.ts and scripts/train-entities.mjs): the
 * name's own words (shape, affixes, head), its neighbours, gazetteer and lexicon hits, and its position.
 * The same function serves training and running, so the model sees exactly what it was trained on.
 */
import type { Token } from '../corpus/types.js';
import type { Part } from './chunker.js';
import { COMMON_WORDS, countryOf, DEMONYMS, DICTIONARY, FIRST_NAMES, GROUP_WORDS_AND_DEMONYMS, isPlaceName, KNOWN_ORGS, LAST_NAMES, loadGazetteer } from './gazetteer.js';
import { wordClusters, type WordClusters } from './clusters.js';
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
  // By code unit, a surrogate pair read as one character (as for-of reads it): no string per character.
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    // ASCII by code (most words), the rest by Unicode class.
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = w[i]!;
    else {
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < w.length && (w.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const ch = pair ? w.slice(i, i + 2) : w[i]!;
      if (pair) i++;
      c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    }
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

const tagOf = (w: string): string => COMMON_WORDS.get(w) ?? (DICTIONARY.has(w) ? 'dict' : 'unk');

/** Feature names of wordHits per prefix, spelled out once (scoring looks them up without building them). */
type HitPrefix = 'first' | 'last' | 'head';
const hitNames = (p: HitPrefix) =>
  ({
    firstName: `${p}:first-name`, lastName: `${p}:last-name`, dictionary: `${p}:dictionary`, place: `${p}:place`, country: `${p}:country`,
    orgHead: `${p}:org-head`, placeHead: `${p}:place-head`, otherHead: `${p}:other-head`, title: `${p}:title`, demonym: `${p}:demonym`,
    groupWord: `${p}:group-word`, tag: `${p}:tag=` as const,
  }) as const;
const HIT_NAMES = { first: hitNames('first'), last: hitNames('last'), head: hitNames('head') };

/** The hits of HIT_NAMES, in the order wordHits gives them. */
const HIT_KEYS = ['firstName', 'lastName', 'dictionary', 'place', 'country', 'orgHead', 'placeHead', 'otherHead', 'title', 'demonym', 'groupWord'] as const;

/** What wordHits finds of a word: a bit per HIT_KEYS entry, and the word's tag. */
interface WordHits {
  w: string;
  bits: number;
  tag: string;
}
/** Hits by the word as written: a name's words recur in many names, and each asks a dozen tables. */
const hitMemo = new Map<string, WordHits>();

function hitsOf(w: string, text: string): WordHits {
  const known = hitMemo.get(text);
  if (known && known.w === w) return known;
  loadGazetteer();
  let bits = 0;
  if (FIRST_NAMES.has(w)) bits |= 1;
  if (LAST_NAMES.has(w)) bits |= 2;
  if (DICTIONARY.has(w)) bits |= 4;
  if (isPlaceName(text)) bits |= 8;
  if (countryOf(text)) bits |= 16;
  if (ORG_HEADS.has(w)) bits |= 32;
  if (PLACE_HEADS.has(w)) bits |= 64;
  if (OTHER_HEADS.has(w)) bits |= 128;
  if (TITLE_WORDS.has(w)) bits |= 256;
  if (DEMONYMS.has(w)) bits |= 512;
  else if (GROUP_WORDS_AND_DEMONYMS.has(w)) bits |= 1024;
  const hits = { w, bits, tag: tagOf(w) };
  // Bounded: a hostile input cannot grow it without end.
  if (hitMemo.size >= 50_000) hitMemo.clear();
  hitMemo.set(text, hits);
  return hits;
}

/** Gives, in bit order, the flag `names[k]` of each bit k set in `bits`. */
function flagBits(out: FeatureSink, bits: number, names: readonly string[]): void {
  for (let k = 0; bits; k++, bits >>>= 1) if (bits & 1) out.flag(names[k]!);
}

/** Gazetteer and lexicon hits of one word, as feature names with a prefix. */
function wordHits(prefix: HitPrefix, w: string, text: string, out: FeatureSink): void {
  const names = HIT_NAMES[prefix];
  const hits = hitsOf(w, text);
  for (let k = 0, bits = hits.bits; bits; k++, bits >>>= 1) if (bits & 1) out.flag(names[HIT_KEYS[k]!]);
  out.one(names.tag, hits.tag);
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
export type ContextPrefix = 'prev=' | 'next=' | 'prevtag=' | 'nexttag=' | 'win=' | ClusterPrefix | NamePrefix;
/** Word clusters (clusters.ts) of the name's first and last words. */
type ClusterPrefix = 'cl-first=' | 'cl-last=';
/** Prefixes of the name's own features (nameFeaturesTo); none is the start of another, as the index needs. */
type NamePrefix = 'len=' | 'first=' | 'last=' | 'head=' | 'w=' | 'shape=' | 'shape-last=' | 'shape-first=' | 'suf3=' | 'suf2=' | 'pre3=' | 'first-suf3='
  | `${HitPrefix}:tag=`;
export type ContextPairPrefix = 'prev2=' | 'next2=';
export const CONTEXT_PREFIXES: readonly ContextPrefix[] = ['prev=', 'next=', 'prevtag=', 'nexttag=', 'win=', 'cl-first=', 'cl-last=', 'len=', 'first=', 'last=', 'head=', 'w=', 'shape=',
  'shape-last=', 'shape-first=', 'suf3=', 'suf2=', 'pre3=', 'first-suf3=', 'first:tag=', 'last:tag=', 'head:tag='];
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

/** What the context features ask of a neighbouring word: its tag and the lists it is on (bits below). */
interface ContextWord {
  tag: string;
  bits: number;
}
const PLACE_PREP = 1;
const PERSON_NOUN = 2;
const SPEECH_VERB = 4;
const ORG_FOLLOWER = 8;
const OTHER_NOUN = 16;
/** By the lower-case word: the same few thousand words stand around the names of a corpus. */
const contextMemo = new Map<string, ContextWord>();

function contextWord(w: string): ContextWord {
  let known = contextMemo.get(w);
  if (known) return known;
  let bits = 0;
  if (PLACE_PREPS.has(w)) bits |= PLACE_PREP;
  if (PERSON_NOUNS.has(w) || TITLE_WORDS.has(w)) bits |= PERSON_NOUN;
  if (PERSON_VERBS.has(w)) bits |= SPEECH_VERB;
  if (ORG_FOLLOWERS.has(w)) bits |= ORG_FOLLOWER;
  if (OTHER_NOUNS.has(w)) bits |= OTHER_NOUN;
  known = { tag: tagOf(w), bits };
  // Bounded: a hostile input cannot grow it without end.
  if (contextMemo.size >= 50_000) contextMemo.clear();
  contextMemo.set(w, known);
  return known;
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
  const before = contextWord(pw);
  const after = contextWord(nw);
  out.one('prevtag=', before.tag);
  out.one('nexttag=', after.tag);
  // The neighbours' flags as bits, given in this order by one call (see nameFeaturesTo's last flags).
  // Every `|` runs for every candidate (a rare flag's own `flags |= …`, first met once this function was
  // optimised, deoptimised it: no type feedback).
  const flags =
    (before.bits & PLACE_PREP ? 1 : 0) |
    (before.bits & PERSON_NOUN ? 2 : 0) |
    (after.bits & SPEECH_VERB ? 4 : 0) |
    (after.bits & ORG_FOLLOWER ? 8 : 0) |
    (after.bits & OTHER_NOUN ? 16 : 0) |
    ((pw === 'of' || pw === ',') && PLACE_NOUNS.has(p2) ? 32 : 0) |
    (pw === 'to' && p2 === 'according' ? 64 : 0);
  flagBits(out, flags, NEIGHBOUR_FLAGS);
  // Apposition: "Safi, a spokesman for ...".
  if (nw === ',' && next2 && /^(?:a|an|the)$/i.test(next2.text)) {
    for (let k = last + 3; k < Math.min(tokens.length, last + 7); k++) {
      const w = low(tokens[k]!.text);
      if (PERSON_NOUNS.has(w)) out.flag('apposition:person-noun');
      if (PLACE_NOUNS.has(w)) out.flag('apposition:place-noun');
    }
  }
  if (isInitial(tokens, first)) out.flag('sentence-initial');
  windowWords(tokens, first - 4, first - 2, out);
  windowWords(tokens, last + 2, last + 4, out);
}

/** The words a little further from the name (past its neighbours), as a bag: "the album ... X", "X ... a city". */
function windowWords(tokens: Token[], from: number, to: number, out: FeatureSink): void {
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) {
    const w = low(tokens[k]!.text);
    if (w.length > 2 && /^\p{L}+$/u.test(w)) out.one('win=', w);
  }
}

/** A word's clusters, coarse ("17") and fine ("17.5"), under one prefix; none for a word the table lacks. */
function clusterFeatures(prefix: ClusterPrefix, clusters: WordClusters | undefined, out: FeatureSink): void {
  if (clusters === undefined) return;
  out.one(prefix, clusters.coarse);
  out.one(prefix, clusters.fine);
}

/** The flags contextFeaturesTo gives of the words next to the name, by bit. */
const NEIGHBOUR_FLAGS = ['prev:place-prep', 'prev:person-noun', 'next:speech-verb', 'next:org-follower', 'next:other-noun', 'prev:place-noun', 'prev:according-to'];

/** Features of a candidate name (strings; the model ignores those it never saw in training). */
export function candidateFeatures(parts: Part[], tokens: Token[], facts: CandidateFacts): string[] {
  const out = nameFeatures(parts, facts);
  if (!facts.nested) contextFeatures(parts, tokens, out);
  return out;
}

/** The features of the name's own words (no context): the same for every mention of the same words. */
export function nameFeatures(parts: Part[], facts: CandidateFacts): string[] {
  const out: string[] = [];
  nameFeaturesTo(parts, facts, stringSink(out));
  return out;
}

/** The features of the name's own words, into a sink (see FeatureSink). */
export function nameFeaturesTo(parts: Part[], facts: CandidateFacts, out: FeatureSink): void {
  out.flag('bias');
  // Loops, not parts.map: map's arrays come in several hidden classes, which deoptimised this hot function.
  const n = parts.length;
  const words: string[] = [];
  let shape = '';
  let shapeFirst = '';
  let shapeLast = '';
  let span = '';
  for (let i = 0; i < n; i++) {
    const p = parts[i]!;
    words.push(p.lower);
    const sh = wordShape(p.text);
    if (i === 0) shapeFirst = sh;
    shapeLast = sh;
    shape += i ? ' ' + sh : sh;
    span += i ? ' ' + p.text : p.text;
  }
  const head = headWord(words);
  const firstW = words[0]!;
  const lastP = parts[n - 1]!;
  out.one('len=', LENGTHS[Math.min(n, 5)]!);
  out.one('first=', firstW);
  out.one('last=', words[n - 1]!);
  out.one('head=', head);
  for (let i = 0; i < n; i++) out.one('w=', words[i]!);
  // (Sliced whatever its length: a branch taken only for long names deoptimised this function when first met.)
  out.one('shape=', shape.slice(0, 24));
  out.one('shape-last=', shapeLast);
  out.one('shape-first=', shapeFirst);
  const lw = words[n - 1]!;
  out.one('suf3=', lw.slice(-3));
  out.one('suf2=', lw.slice(-2));
  out.one('pre3=', firstW.slice(0, 3));
  if (n > 1) out.one('first-suf3=', firstW.slice(-3));
  wordHits('first', firstW, parts[0]!.text, out);
  if (n > 1) wordHits('last', lw, lastP.text, out);
  if (head !== lw && head !== firstW) wordHits('head', head, head, out);
  // The clusters of the first and last words: evidence for words the training set has not (enough) of.
  clusterFeatures('cl-first=', wordClusters(firstW), out);
  if (n > 1) clusterFeatures('cl-last=', wordClusters(lw), out);
  // Any word of the name that the gazetteer or the head lists know ("Syrian Observatory for Human Rights").
  for (let i = 1; i < n - 1; i++) {
    const w = words[i]!;
    if (ORG_HEADS.has(w)) out.flag('inner:org-head');
    if (PLACE_HEADS.has(w)) out.flag('inner:place-head');
    if (OTHER_HEADS.has(w)) out.flag('inner:other-head');
    if (isPlaceName(parts[i]!.text)) out.flag('inner:place');
  }
  const whole = low(span).replaceAll('.', '');
  if (facts.country) out.flag('whole:country');
  else if (facts.place) out.flag('whole:place');
  if (KNOWN_ORGS.has(whole)) out.flag('whole:known-org');
  // A known organisation of two or more words ending the name: "Eastmark Red Cross".
  for (let i = 1; i + 2 <= n; i++) if (KNOWN_ORGS.has(words.slice(i).join(' '))) out.flag('tail:known-org');
  // The last flags as bits, given in this order by one call: a rare flag's own call, first made late,
  // deoptimised this function.
  // Every `|` runs for every name (see contextFeaturesTo's flags).
  const flags =
    (NEWS_AGENCIES.has(whole) ? 1 : 0) |
    (n === 1 && LANGUAGES.has(lw) ? 2 : 0) |
    (n === 1 && isPeoplePlural(lw) ? 4 : 0) |
    (acronymLetters(parts[0]!.text) ? 8 : 0) |
    (n > 1 && personLike(parts) ? 16 : 0) |
    (words.includes('of') ? 32 : 0) |
    (/\d/.test(span) ? 64 : 0) |
    (innerCapital(span) ? 128 : 0) |
    (facts.titled ? 256 : 0) |
    (facts.headline ? 512 : 0) |
    (facts.nested ? 1024 : 0);
  flagBits(out, flags, LAST_FLAGS);
}
/**
 * A small letter right before a capital, "Mc" and "Mac" at a word's start left out ("YouTube", not
 * "McCain"). Most names are ASCII with no such pair, which a loop tells without the patterns: taking out an
 * "Mc" after a non-word character makes no new pair.
 */
function innerCapital(span: string): boolean {
  let pair = false;
  for (let i = 0; i < span.length && !pair; i++) {
    const c = span.charCodeAt(i);
    pair = c >= 128 || (c >= 65 && c <= 90 && i > 0 && span.charCodeAt(i - 1) >= 97 && span.charCodeAt(i - 1) <= 122);
  }
  return pair && INNER_CAPITAL.test(span.replace(MC_PREFIX, ''));
}
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const MC_PREFIX = /\b(?:Mc|Mac)/g;

/** The flags nameFeaturesTo gives last, by bit. */
const LAST_FLAGS = ['whole:news-agency', 'whole:language', 'whole:people-plural', 'acronym', 'person-like', 'has-of', 'has-digit', 'inner-capital', 'titled', 'headline', 'nested'];
/** `len=` values, 1 to 5. */
const LENGTHS = ['0', '1', '2', '3', '4', '5'];
