/**
 * Per-document work: candidate name spans, titles and roles, typing evidence from the words around each
 * name, acronym definitions and capital-for-country metonyms. The result is plain data (DocEntities).
 */
import type { ParsedDocument } from '../corpus/parsed.js';
import type { Token } from '../corpus/types.js';
import { chunkSentence, isNameWord, type Part } from './chunker.js';
import { CAPITAL_OF, COMMON_WORDS, DEMONYMS, FIRST_NAMES, KNOWN_ORGS, LAST_NAMES, countryOf, isPlaceName } from './gazetteer.js';
import { acronymLetters, fold, initials, nameKey } from './keys.js';
import {
  GROUP_WORDS, LANGUAGES, NEVER_NAMES, NEWS_AGENCIES, ORG_FOLLOWERS, ORG_HEADS, OTHER_HEADS,
  PERSON_VERBS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPS, TITLE_MODIFIERS, TITLE_WORDS, WEAK_TITLES,
} from './lexicon.js';
import { headlineMentions, isTitleCaseLine } from './headline.js';

/** Typing evidence, in the order person, organization, place, other. */
export type Evidence = [number, number, number, number];

/** One name found in a document. */
export interface RawMention {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  ev: Evidence;
  /** Titles met with the name ("Secretary of State"). */
  roles?: string[];
  /** The country this capital stands for here ("Tehran says" → "Iran"). */
  metonymOf?: string;
  /** Found only by matching a known form in a headline-like line. */
  headline?: boolean;
}

/** Per-document result (plain data: sent between worker threads). */
export interface DocEntities {
  document: string;
  mentions: RawMention[];
  /** Acronyms defined in the text: [acronym, expansion] ("SNC", "Syrian National Coalition"). */
  definitions: [string, string][];
}

const UPPER = /^\p{Lu}/u;
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', ':', '-', '\u2013', '\u2014', '\u2022', '*', '|']);
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Modal', 'Copula', 'Infinitive', 'Auxiliary']);

const low = (s: string) => s.toLowerCase();
const lastWord = (parts: Part[]) => low(parts[parts.length - 1]!.text);
const spanText = (parts: Part[], text: string) => text.slice(parts[0]!.start, parts[parts.length - 1]!.end);

/** Facts about the whole document used to judge sentence-initial words. */
interface DocWords {
  /** Words seen capitalised away from the start of a sentence. */
  midCap: Set<string>;
  /** Words seen in lower case. */
  lower: Set<string>;
}

function docWords(doc: ParsedDocument): DocWords {
  const midCap = new Set<string>();
  const lower = new Set<string>();
  let prevSentence = -1;
  let prev: Token | undefined;
  for (const t of doc.tokens) {
    if (t.kind !== 'word') {
      prev = t;
      continue;
    }
    const first = t.sentence !== prevSentence || (prev !== undefined && prev.sentence === t.sentence && OPENERS.has(prev.text));
    prevSentence = t.sentence;
    prev = t;
    const w = low(t.text);
    if (UPPER.test(t.text)) {
      if (!first) midCap.add(w);
    } else lower.add(w);
  }
  return { midCap, lower };
}

/** Whether a capitalised sentence-initial word is an ordinary word rather than a name. */
function ordinaryInitial(word: string, words: DocWords): boolean {
  const w = low(word).replace(/['\u2019]s$/, '');
  if (NEVER_NAMES.has(w)) return true;
  if (words.midCap.has(w) && !words.lower.has(w)) return false;
  if (words.lower.has(w)) return true;
  const tag = COMMON_WORDS.get(w);
  return tag !== undefined || TITLE_WORDS.has(w) || COMMON_SUFFIX.test(w);
}

// Endings of ordinary English words that names rarely have ("Failure", "Meanwhile", "Residents").
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ure|ing|ed|ly|ism|ists?|ers|ies|ship|hood|ful|less|ous|ive|able|ible)$/;

/** Looks like a person's name: a known first name, or two or three unknown capitalised words. */
function personLike(parts: Part[]): boolean {
  const words = parts.filter((p) => isNameWord(p.text));
  if (!words.length || words.length > 4) return false;
  if (words.some((p) => ORG_HEADS.has(low(p.text)) || PLACE_HEADS.has(low(p.text)))) return false;
  if (FIRST_NAMES.has(low(words[0]!.text))) return true;
  return words.length >= 2 && words.every((p) => !COMMON_WORDS.has(low(p.text)) && !isPlaceName(p.text));
}

interface Segment {
  parts: Part[];
  roles: string[];
  titled: boolean;
}

/** Split a title phrase off the front of a run: prefix (often a place or org), roles, and the name. */
function splitTitle(parts: Part[]): { prefix: Part[]; name: Segment } {
  for (let i = 0; i < parts.length; i++) {
    const w = low(parts[i]!.text);
    if (!TITLE_WORDS.has(w)) continue;
    // Extend the title over following title words ("Secretary General", "Prime Minister").
    let j = i + 1;
    while (j < parts.length && (TITLE_WORDS.has(low(parts[j]!.text)) || TITLE_MODIFIERS.has(low(parts[j]!.text)))) j++;
    // "of State" continuation: up to the first first name, else one word (and its of/for chain).
    if (j < parts.length && (low(parts[j]!.text) === 'of' || low(parts[j]!.text) === 'for')) {
      let k = j + 1;
      while (k < parts.length && !FIRST_NAMES.has(low(parts[k]!.text))) k++;
      if (k >= parts.length) {
        k = j + 2;
        while (k + 1 < parts.length && /^(of|for|on|and)$/i.test(parts[k]!.text)) k += 2;
      }
      j = Math.min(k, parts.length);
    }
    const rest = parts.slice(j);
    if (!rest.length) {
      if (WEAK_TITLES.has(w)) continue;
      return { prefix: parts.slice(0, backOverModifiers(parts, i)), name: { parts: [], roles: [titleText(parts.slice(i, j))], titled: true } };
    }
    if (WEAK_TITLES.has(w) && !personLike(rest)) continue;
    if (!isNameWord(rest[0]!.text)) continue;
    const from = backOverModifiers(parts, i);
    return { prefix: parts.slice(0, from), name: { parts: rest, roles: [titleText(parts.slice(from, j))], titled: true } };
  }
  return { prefix: [], name: { parts, roles: [], titled: false } };
}

function backOverModifiers(parts: Part[], i: number): number {
  let from = i;
  while (from > 0 && (TITLE_MODIFIERS.has(low(parts[from - 1]!.text)) || TITLE_WORDS.has(low(parts[from - 1]!.text)))) from--;
  return from;
}

const titleText = (parts: Part[]) => parts.map((p) => p.text).join(' ');

/** Trim connectors and never-names at the edges; split at never-names inside. */
function splitAtStops(parts: Part[]): Part[][] {
  const out: Part[][] = [];
  let cur: Part[] = [];
  for (const p of parts) {
    if (NEVER_NAMES.has(low(p.text)) && UPPER.test(p.text) && !/^(of|the|for|on|and)$/i.test(p.text)) {
      out.push(cur);
      cur = [];
    } else cur.push(p);
  }
  out.push(cur);
  return out.map(trimEdges).filter((s) => s.length > 0);
}

function trimEdges(parts: Part[]): Part[] {
  let a = 0;
  let b = parts.length;
  while (a < b && !isNameWord(parts[a]!.text)) a++;
  while (b > a && !isNameWord(parts[b - 1]!.text)) b--;
  if (a < b && low(parts[a]!.text) === 'the') a++;
  return parts.slice(a, b);
}

const isGroupWord = (w: string) => DEMONYMS.has(w) || GROUP_WORDS.has(w) || LANGUAGES.has(w);

/** Drop leading nationality and group words ("Lebanese Hezbollah") unless the name needs them. */
function stripGroupWords(parts: Part[]): Part[] {
  const words = parts.map((p) => low(p.text));
  if (parts.every((p) => isGroupWord(low(p.text)) || !isNameWord(p.text))) return [];
  const headed = words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w));
  if (headed || KNOWN_ORGS.has(words.join(' ')) || isPlaceName(spanWords(parts))) return parts;
  let a = 0;
  while (a < parts.length - 1 && isGroupWord(words[a]!)) a++;
  return parts.slice(a);
}

const spanWords = (parts: Part[]) => parts.map((p) => p.text).join(' ');

/** The head of a name: its last word, or the word before "of/for/on" ("Observatory for Human Rights"). */
function headWord(words: string[]): string {
  const i = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on'));
  return words[i > 0 ? i - 1 : words.length - 1]!;
}

const LANGUAGE_CUES = new Set(['in', 'speak', 'speaks', 'spoke', 'speaking', 'learn', 'learning', 'learned', 'fluent', 'into', 'teach', 'taught']);

/** "in English", "speaks Arabic": a language named as such (type other), not a nationality adjective. */
function isLanguageUse(parts: Part[], tokens: Token[]): boolean {
  if (parts.length !== 1 || !LANGUAGES.has(low(parts[0]!.text))) return false;
  const prev = tokens[parts[0]!.token - 1];
  const next = tokens[parts[0]!.token + 1];
  if (next && /^\p{Ll}/u.test(next.text) && next.text !== 'and') return next.text === 'language';
  return prev !== undefined && LANGUAGE_CUES.has(low(prev.text));
}

/** Typing evidence of a name from its words and its neighbours. */
function evidenceOf(parts: Part[], tokens: Token[], titled: boolean, text: string): Evidence {
  const ev: Evidence = [0, 0, 0, 0];
  const words = parts.map((p) => low(p.text));
  const last = headWord(words);
  const whole = fold(spanText(parts, text)).replace(/\./g, '');
  const single = parts.length === 1;
  if (titled) ev[0] += 4;
  if (countryOf(spanText(parts, text))) ev[2] += 5;
  else if (isPlaceName(spanText(parts, text))) ev[2] += 3;
  if (KNOWN_ORGS.has(whole) || NEWS_AGENCIES.has(whole)) ev[1] += 4;
  if (ORG_HEADS.has(last) && !single) ev[1] += 3;
  if (PLACE_HEADS.has(last) && !single) ev[2] += 2.5;
  if (OTHER_HEADS.has(last)) ev[3] += 2.5;
  if (single && LANGUAGES.has(last)) ev[3] += 3;
  if (!single && OTHER_HEADS.has(low(parts[parts.length - 1]!.text))) ev[3] += 1;
  const acr = acronymLetters(parts[0]!.text);
  if (single && acr && !countryOf(parts[0]!.text)) ev[1] += 2;
  if (!single && FIRST_NAMES.has(words[0]!) && personLike(parts)) ev[0] += 2.5;
  else if (!single && personLike(parts)) ev[0] += 1;
  if (words.some((w) => LAST_NAMES.has(w))) ev[0] += 1;
  if (single && FIRST_NAMES.has(last) && !ev[2]) ev[0] += 0.5;
  // Neighbours.
  const first = parts[0]!.token;
  const lastTok = parts[parts.length - 1]!.token;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[lastTok + 1];
  const nextTok = tokens[lastTok];
  const possessive = nextTok !== undefined && /['\u2019]s?$/.test(nextTok.text) && nextTok.end > parts[parts.length - 1]!.end;
  const pw = prev ? low(prev.text) : '';
  const nw = next && !possessive ? low(next.text) : '';
  if (pw === 'the') ev[0] -= 1;
  if (pw && TITLE_WORDS.has(pw) && !UPPER.test(prev!.text)) ev[0] += 2.5;
  const according = pw === 'to' && prev2 !== undefined && low(prev2.text) === 'according';
  if (according) ev[1] += 1;
  else if (PLACE_PREPS.has(pw)) ev[2] += 0.75;
  if (pw === 'of' && prev2 && PLACE_NOUNS.has(low(prev2.text))) ev[2] += 3;
  if (pw === ',' && prev2 && PLACE_NOUNS.has(low(prev2.text))) ev[2] += 2;
  if (nw && ORG_FOLLOWERS.has(nw)) ev[1] += 1.5;
  if (nw && PERSON_VERBS.has(nw)) ev[0] += 1;
  if ((pw === 'mr' || pw === 'mrs' || pw === 'ms' || pw === 'dr') ) ev[0] += 3;
  // Dateline: "ISTANBUL (Reuters) -", "MUSCAT, Oman -".
  if (parts[0]!.text === parts[0]!.text.toUpperCase() && parts[0]!.text.length > 3 && !acr && (nw === ',' || nw === '(')) ev[2] += 1;
  return ev;
}

/** A capital used for its country's government: "Tehran says", "Washington and Moscow". */
function metonymOf(parts: Part[], tokens: Token[], text: string): string | undefined {
  if (parts.length > 2) return undefined;
  const country = CAPITAL_OF.get(low(spanText(parts, text)));
  if (!country) return undefined;
  const first = parts[0]!.token;
  const lastTok = parts[parts.length - 1]!.token;
  const prev = tokens[first - 1];
  if (prev && PLACE_PREPS.has(low(prev.text))) return undefined;
  const tok = tokens[lastTok]!;
  if (tok.end > parts[parts.length - 1]!.end && /['\u2019]s?$/.test(tok.text)) return country;
  const next = tokens[lastTok + 1];
  if (!next) return undefined;
  const nw = low(next.text);
  if (VERB_TAGS.has(COMMON_WORDS.get(nw) ?? '') || PERSON_VERBS.has(nw) || /^(has|is|was|says|wants|accused|backed)$/.test(nw)) return country;
  // "Washington and Moscow": two capitals coordinated.
  const other = tokens[lastTok + 2];
  if (nw === 'and' && other && CAPITAL_OF.has(low(other.text))) return country;
  if (prev && low(prev.text) === 'and' && tokens[first - 2] && CAPITAL_OF.has(low(tokens[first - 2]!.text))) return country;
  return undefined;
}

/** Index of the first word of the sentence, or of a quotation or clause opened inside it. */
function isInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'number') return false;
    if (OPENERS.has(t.text)) return true;
  }
  return true;
}

/** Acronym defined right after its expansion: "Syrian National Coalition (SNC)". */
function definitionAfter(parts: Part[], tokens: Token[], text: string): [string, string] | undefined {
  const lastTok = parts[parts.length - 1]!.token;
  const open = tokens[lastTok + 1];
  const acr = tokens[lastTok + 2];
  const close = tokens[lastTok + 3];
  if (!open || open.text !== '(' || !acr || !close || close.text !== ')') return undefined;
  const letters = acronymLetters(acr.text);
  const long = spanText(parts, text);
  if (letters && letters === initials(long).toLowerCase()) return [acr.text, long];
  return undefined;
}

/** Per-document entity candidates with evidence (see DocEntities). */
export function extractDocEntities(doc: ParsedDocument): DocEntities {
  const text = doc.text;
  const words = docWords(doc);
  const mentions: RawMention[] = [];
  const definitions: [string, string][] = [];
  const titleLines = new Set<number>();
  for (const line of doc.lines) if (isTitleCaseLine(line.text)) titleLines.add(line.number);
  const headlineSentences: number[] = [];

  const emit = (parts: Part[], tokens: Token[], roles: string[], titled: boolean) => {
    if (!parts.length) return;
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    const surface = text.slice(start, end);
    if (surface.length < 2 && !/\p{Lu}/u.test(surface)) return;
    if (/^\p{Lu}$/u.test(surface)) return;
    const pos = doc.position(start);
    const m: RawMention = { text: surface, start, end, line: pos.line, column: pos.column, ev: evidenceOf(parts, tokens, titled, text) };
    if (roles.length) m.roles = roles;
    const met = metonymOf(parts, tokens, text);
    if (met) m.metonymOf = met;
    mentions.push(m);
    const def = definitionAfter(parts, tokens, text);
    if (def) definitions.push(def);
  };

  for (const s of doc.sentences) {
    const line = doc.position(s.start).line;
    if (titleLines.has(line)) {
      headlineSentences.push(s.index);
      continue;
    }
    const tokens = doc.sentenceTokens(s);
    for (const run of chunkSentence(tokens)) {
      let parts = run.parts;
      // Sentence-initial ordinary words ("Meanwhile", "Government") are not names.
      while (parts.length && isInitial(tokens, parts[0]!.token) && ordinaryInitial(parts[0]!.text, words)) {
        const keep = parts.length >= 2 && COMMON_WORDS.get(low(parts[0]!.text)) === 'Adjective' &&
          (ORG_HEADS.has(lastWord(parts)) || PLACE_HEADS.has(lastWord(parts)));
        if (keep) break;
        parts = parts.slice(1);
        while (parts.length && !isNameWord(parts[0]!.text)) parts = parts.slice(1);
        if (parts.length && !isInitial(tokens, parts[0]!.token)) break;
      }
      for (const seg of splitAtStops(parts)) {
        const { prefix, name } = splitTitle(seg);
        const pre = stripGroupWords(trimEdges(prefix));
        if (pre.length) emit(pre, tokens, [], false);
        const trimmed = trimEdges(name.parts);
        const core = isLanguageUse(trimmed, tokens) ? trimmed : stripGroupWords(trimmed);
        // A lower-case role right before the name: "spokesman Louay Safi".
        const before = core.length ? tokens[core[0]!.token - 1] : undefined;
        const roles = [...name.roles];
        if (before && !UPPER.test(before.text) && TITLE_WORDS.has(low(before.text)) && !name.titled) roles.push(low(before.text));
        emit(core, tokens, roles, name.titled);
      }
    }
  }

  // Headlines and title-case lines: only forms known from the body or the gazetteer.
  if (headlineSentences.length) {
    const known = new Map<string, RawMention>();
    for (const m of mentions) {
      known.set(nameKey(m.text), m);
      const ws = m.text.split(/\s+/);
      if (ws.length > 1 && m.ev[0] > Math.max(m.ev[1], m.ev[2])) known.set(nameKey(ws[ws.length - 1]!), m);
    }
    for (const si of headlineSentences) {
      const s = doc.sentences[si]!;
      for (const h of headlineMentions(doc.sentenceTokens(s), known, text)) {
        const pos = doc.position(h.start);
        mentions.push({ ...h, line: pos.line, column: pos.column, headline: true });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { document: doc.id, mentions, definitions };
}

