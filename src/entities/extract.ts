/**
 * Per-document work: candidate name spans, titles and roles, typing evidence from the words around each
 * name, acronym definitions and capital-for-country metonyms. The result is plain data (DocEntities).
 */
import type { ParsedDocument } from '../corpus/parsed.js';
import type { Token } from '../corpus/types.js';
import { chunkSentence, isNameWord, type Part } from './chunker.js';
import { CAPITAL_OF, COMMON_WORDS, DEMONYMS, DICTIONARY, FIRST_NAMES, KNOWN_ORGS, LAST_NAMES, countryOf, isPlaceName } from './gazetteer.js';
import { acronymLetters, initials, nameKey } from './keys.js';
import {
  GROUP_WORDS, LANGUAGES, NEVER_NAMES, NEWS_AGENCIES, ORG_FOLLOWERS, ORG_HEADS, OTHER_HEADS,
  OTHER_NOUNS, PERSON_VERBS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPS, TITLE_MODIFIERS, TITLE_WORDS, WEAK_TITLES,
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
  /** A country acting: subject of a verb ("Sweden defeated"), a side of a score ("Belgium 3 - 0 Panama"). */
  agent?: boolean;
  /** Working flag: the country is a side of a score. */
  team?: boolean;
}

/** Per-document result (plain data: sent between worker threads). */
export interface DocEntities {
  document: string;
  mentions: RawMention[];
  /** Acronyms defined in the text: [acronym, expansion] ("SNC", "Syrian National Coalition"). */
  definitions: [string, string][];
}

const UPPER = /^\p{Lu}/u;
const MAX_NAME_PARTS = 12;
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', ':', '-', '\u2013', '\u2014', '\u2022', '*', '|']);
const QUOTES = new Set(['"', "'"]);

/** An opening mark: curly openers always; straight quotes only when glued to the next word. */
function opens(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!OPENERS.has(t.text)) return false;
  if (!QUOTES.has(t.text)) return true;
  const next = tokens[k + 1];
  return next !== undefined && next.start === t.end;
}
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
  const tokens = doc.tokens;
  const initial: boolean[] = new Array(tokens.length).fill(false);
  // Pass 1: the capitalised sentence-initial words to judge. Pass 2: how they appear elsewhere.
  const wanted = new Set<string>();
  let prevSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const first = t.sentence !== prevSentence || (i > 0 && tokens[i - 1]!.sentence === t.sentence && opens(tokens, i - 1));
    prevSentence = t.sentence;
    initial[i] = first;
    if (first && UPPER.test(t.text)) wanted.add(low(t.text));
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) {
      if (wanted.has(t.text)) lower.add(t.text);
    } else if (!initial[i] && UPPER.test(t.text)) {
      const w = low(t.text);
      if (wanted.has(w)) midCap.add(w);
    }
  }
  return { midCap, lower };
}

/** Whether a capitalised sentence-initial word is an ordinary word rather than a name. */
function ordinaryInitial(word: string, words: DocWords): boolean {
  const w = low(word).replace(/['\u2019]s$/, '');
  if (NEVER_NAMES.has(w)) return true;
  if (words.midCap.has(w) && !words.lower.has(w)) return false;
  if (words.lower.has(w)) return true;
  if (isPlaceName(w) || KNOWN_ORGS.has(w) || NEWS_AGENCIES.has(w)) return false;
  if (COMMON_WORDS.has(w) || TITLE_WORDS.has(w) || COMMON_SUFFIX.test(w)) return true;
  return DICTIONARY.has(w) && !FIRST_NAMES.has(w) && !LAST_NAMES.has(w);
}

// Endings of ordinary English words that names rarely have ("Failure", "Meanwhile", "Residents").
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ure|ing|ed|ly|ism|ists?|ers|ies|ship|hood|ful|less|ous|ive|able|ible)$/;

/** The first two to four words name a known place or organisation ("New Zealand", "North Korea"). */
function startsWithKnownName(parts: Part[]): boolean {
  for (let n = Math.min(4, parts.length); n >= 2; n--) {
    const name = parts.slice(0, n).map((p) => p.text).join(' ');
    if (isPlaceName(name) || KNOWN_ORGS.has(low(name))) return true;
  }
  return false;
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'metro', 'northeast', 'northwest', 'southeast', 'southwest']);

/** A first name as written: not an acronym ("LA"), not a one- or two-letter word. */
const isFirstName = (w: string) => w.length > 2 && w !== w.toUpperCase() && FIRST_NAMES.has(low(w));

/** Looks like a person's name: a known first name, or two or three unknown capitalised words. */
function personLike(parts: Part[]): boolean {
  const words = parts.filter((p) => isNameWord(p.text));
  if (!words.length || words.length > 4) return false;
  if (words.some((p) => ORG_HEADS.has(low(p.text)) || PLACE_HEADS.has(low(p.text)))) return false;
  if (isPlaceName(words.map((p) => p.text).join(' '))) return false;
  if (isFirstName(words[0]!.text)) return true;
  if (words.length < 2) return false;
  // An unknown given name before a surname that is also a place: "Valeska Paris".
  const firstWord = low(words[0]!.text);
  const unknownFirst = !DICTIONARY.has(firstWord) && !COMMON_WORDS.has(firstWord) && !isPlaceName(firstWord) && !acronymLetters(words[0]!.text);
  if (words.length === 2 && unknownFirst && isPlaceName(words[1]!.text) && !isPlaceName(words.map((p) => p.text).join(' '))) return true;
  // Surnames are rarely ordinary words; organisation names usually end in one ("LA Weekly", "People Power").
  const last = low(words[words.length - 1]!.text);
  const surname = LAST_NAMES.has(last) || (!COMMON_WORDS.has(last) && !DICTIONARY.has(last) && !isPlaceName(last));
  return surname && words.every((p) => !acronymLetters(p.text) && !isPlaceName(p.text));
}

// Acronyms of ordinary language, not names.
const PLAIN_ACRONYMS = new Set('gmt utc est pst cet bst html http https url vip ceo cfo tv pm am ok pdf gdp usb faq dna id ii iii iv tba tbd aka diy rip lol omg asap'.split(' '));

/** Capitalised strings that are not names: "UNLESS", "I'll", "GMT", a caption label "Image:". */
function isJunk(parts: Part[], tokens: Token[]): boolean {
  if (!parts.length) return false;
  const t = parts.map((p) => p.text).join(' ');
  const w = low(t);
  if (/['\u2019](?:ll|ve|re|d|m)$/i.test(t) || /^(?:i|theres|its)$/.test(w)) return true;
  if (DEMONYMS.has(w)) return true; // "New Zealander", "South Korean"
  const after = tokens[parts[parts.length - 1]!.token + 1];
  if (after?.text === '$' && countryOf(t)) return true; // "US$ 20,000", "NZ $ 26 million"
  if (parts.length === 1) {
    const bare = w.replace(/\./g, '');
    if (PLAIN_ACRONYMS.has(bare)) return true;
    if (t.length >= 4 && t === t.toUpperCase() && DICTIONARY.has(w) && !isPlaceName(w)) return true;
    const next = tokens[parts[0]!.token + 1];
    if (next?.text === ':' && DICTIONARY.has(w) && !isPlaceName(w)) return true;
  }
  return false;
}

/**
 * Where a place or organisation runs into a person's name ("the United States Hamdullah Mohib",
 * "University of Texas Arlington Amneh Jafari"), the index of the split, else 0.
 */
function placePersonSplit(parts: Part[]): number {
  for (let n = Math.max(1, parts.length - 3); n <= parts.length - 2; n++) {
    const rest = parts.slice(n);
    if (!personLike(rest) || isPlaceName(rest.map((p) => p.text).join(' '))) continue;
    const head = parts.slice(0, n);
    const headText = head.map((p) => p.text).join(' ');
    const lastHead = low(head[head.length - 1]!.text);
    // "Relations Alia Salem", "Scientologist Tom Cruise": a common or agent noun before a full name.
    const nounHead = DICTIONARY.has(lastHead) || (head.length === 1 && /(?:ist|ian|er)$/.test(lastHead));
    if ((isFirstName(rest[0]!.text) && nounHead) || countryOf(headText) || isPlaceName(headText) || isPlaceName(lastHead) || ORG_HEADS.has(lastHead) || ORG_HEADS.has(headWord(head.map((p) => low(p.text))))) return n;
  }
  return 0;
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
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // "James To", "Wilson Or": a capitalised function word ending a first-name + surname pair.
    const surname = i === parts.length - 1 && i > 0 && FIRST_NAMES.has(low(parts[i - 1]!.text)) && p.text.length <= 3;
    if (NEVER_NAMES.has(low(p.text)) && UPPER.test(p.text) && !surname) {
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
  // A trailing number stays: "Internet Explorer 6".
  while (b > a && !isNameWord(parts[b - 1]!.text) && !(b - 1 > a && /^\d+$/.test(parts[b - 1]!.text) && isNameWord(parts[b - 2]!.text))) b--;
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

/** An unknown capitalised adjective before a noun ("Mediterranean coast"): not a name. */
function adjectiveUse(parts: Part[], tokens: Token[]): boolean {
  if (parts.length !== 1) return false;
  const w = low(parts[0]!.text);
  if (!/(?:ean|ian|ese|ic|ish)$/.test(w) || DICTIONARY.has(w) || isPlaceName(w) || FIRST_NAMES.has(w) || LAST_NAMES.has(w) || KNOWN_ORGS.has(w)) return false;
  const next = tokens[parts[0]!.token + 1];
  return next !== undefined && next.start > parts[0]!.end && /^\p{Ll}/u.test(next.text);
}

const LANGUAGE_CUES = new Set(['in', 'speak', 'speaks', 'spoke', 'speaking', 'learn', 'learning', 'learned', 'fluent', 'into', 'teach', 'taught']);

/** "in English", "speaks Arabic": a language named as such (type other), not a nationality adjective. */
function isLanguageUse(parts: Part[], tokens: Token[]): boolean {
  if (parts.length !== 1 || !LANGUAGES.has(low(parts[0]!.text))) return false;
  const prev = tokens[parts[0]!.token - 1];
  const next = tokens[parts[0]!.token + 1];
  if (next && /^\p{Ll}/u.test(next.text) && !NEVER_NAMES.has(next.text)) return next.text === 'language';
  return prev !== undefined && LANGUAGE_CUES.has(low(prev.text));
}

/** Typing evidence of a name from its words and its neighbours. */
function evidenceOf(parts: Part[], tokens: Token[], titled: boolean, text: string, nested = false): Evidence {
  const ev: Evidence = [0, 0, 0, 0];
  const words = parts.map((p) => low(p.text));
  const last = headWord(words);
  const whole = low(spanText(parts, text)).replace(/\./g, '');
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
  if (single && acr && !countryOf(parts[0]!.text)) ev[1] += 1;
  if (!single && isFirstName(parts[0]!.text) && personLike(parts)) ev[0] += DICTIONARY.has(words[0]!) ? 2 : 4;
  else if (!single && personLike(parts)) ev[0] += 1;
  else if (!single && words.some((w) => DICTIONARY.has(w) && w.length > 2)) ev[1] += 0.5;
  // "Ban Ki-moon", "Wong Kwok-kin": hyphenated given names.
  if (!single && parts.length <= 3 && /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(parts[parts.length - 1]!.text)) ev[0] += 2;
  // Initials before a surname: "K.C. Maurer", "J. Smith".
  if (parts.length === 2 && /^(?:\p{Lu}\.){1,2}$/u.test(parts[0]!.text) && !countryOf(parts[0]!.text) && !DICTIONARY.has(words[1]!)) ev[0] += 2;
  // An event or organisation named for a place: "Fan Expo Canada", "Hitwise UK".
  for (let k = 1; k < words.length - 1; k++) {
    if (!OTHER_HEADS.has(words[k]!) && !ORG_HEADS.has(words[k]!)) continue;
    const rest = parts.slice(k + 1).map((p) => p.text).join(' ');
    if (countryOf(rest) || isPlaceName(rest)) ev[OTHER_HEADS.has(words[k]!) ? 3 : 1] += 2.5;
    break;
  }
  // Compass words before a place: "South East Asia", "Northern Ontario".
  const compass = words.findIndex((w) => !COMPASS.has(w));
  if (compass > 0 && isPlaceName(parts.slice(compass).map((p) => p.text).join(' '))) ev[2] += 2.5;
  if (words.some((w) => LAST_NAMES.has(w))) ev[0] += 1;
  if (single && FIRST_NAMES.has(last) && !ev[2]) ev[0] += 0.5;
  // Products and works: "YouTube", "PlayStation VR", "Windows XP", "IE6", "Internet Explorer 6".
  if (parts.some((p) => /\p{Ll}\p{Lu}/u.test(p.text.replace(/^(?:Mc|Mac)/, '')))) ev[3] += 1;
  if (/\d/.test(parts[parts.length - 1]!.text) || (!single && /^(?:XP|VR|HD|TV|II|III|IV)$/.test(parts[parts.length - 1]!.text))) ev[3] += 1.5;
  // A name inside a longer name: its neighbours belong to the longer name.
  if (nested) return ev;
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
  if ((nw && OTHER_NOUNS.has(nw)) || (pw && OTHER_NOUNS.has(pw))) ev[3] += 1;
  if (nw && PERSON_VERBS.has(nw)) ev[0] += 1;
  if ((pw === 'mr' || pw === 'mrs' || pw === 'ms' || pw === 'dr') ) ev[0] += 3;
  // Dateline: "ISTANBUL (Reuters) -", "MUSCAT, Oman -".
  if (parts[0]!.text === parts[0]!.text.toUpperCase() && parts[0]!.text.length > 3 && !acr && (nw === ',' || nw === '(')) ev[2] += 1;
  return ev;
}

const isVerb = (w: string) => VERB_TAGS.has(COMMON_WORDS.get(w) ?? '') || PERSON_VERBS.has(w) ||
  /^(?:has|have|is|are|was|were|says|wants|lost|won|beat|made|took|gave|drew)$/.test(w) ||
  (w.length > 4 && w.endsWith('ed') && DICTIONARY.has(w));

/** A country acting as an agent, which news annotation types as an organisation. */
function actsAsAgent(parts: Part[], tokens: Token[]): 0 | 1 | 2 {
  const last = parts[parts.length - 1]!;
  const tok = tokens[last.token]!;
  const next = tokens[last.token + 1];
  const prev = tokens[parts[0]!.token - 1];
  const after = tokens[last.token + 2];
  if (next?.kind === 'number' && after && /^[-\u2013\u2014]$/.test(after.text)) return 2;
  const before = tokens[parts[0]!.token - 2];
  if (prev?.kind === 'number' && before !== undefined && /^[-\u2013\u2014]$/.test(before.text)) return 2;
  if (tok.end > last.end) return 0; // possessive
  if (prev && PLACE_PREPS.has(low(prev.text))) return 0; // "the meeting in Amman will ..."
  return next && /^\p{Ll}/u.test(next.text) && isVerb(next.text) ? 1 : 0;
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
    if (opens(tokens, k)) return true;
  }
  return true;
}

/** Known names or places at the head or tail of a longer name ("Texas" in "University of Texas"). */
function innerNames(parts: Part[], container: Evidence, known: Map<string, Evidence>): Part[][] {
  const out: Part[][] = [];
  if (!parts.every((p) => isNameWord(p.text) || /^(?:of|the|for|and|&)$/i.test(p.text))) return out;
  const [pe, oe, le, xe] = container;
  if (pe >= Math.max(oe, le, xe)) return out;
  const placeContainer = le > Math.max(oe, xe);
  // Inside a place name only a facility's place: "Volgograd" in "Volgograd Arena", not "York" in "New York".
  if (placeContainer && !PLACE_HEADS.has(low(parts[parts.length - 1]!.text))) return out;
  const isName = (sub: Part[], head: boolean) => {
    if (!isNameWord(sub[0]!.text) || !isNameWord(sub[sub.length - 1]!.text)) return false;
    const t = sub.map((p) => p.text).join(' ');
    if (countryOf(t)) return true;
    if (isPlaceName(t) && !DEMONYMS.has(low(t)) && t.length > 3) return head || !placeContainer;
    const ev = known.get(nameKey(t));
    if (!ev || (sub.length === 1 && DICTIONARY.has(low(t)))) return false;
    return head || ev[0] < Math.max(ev[1], ev[2], ev[3]);
  };
  for (let n = parts.length - 1; n >= 1; n--) {
    if (isName(parts.slice(0, n), true)) {
      out.push(parts.slice(0, n));
      break;
    }
  }
  for (let n = parts.length - 1; n >= 1; n--) {
    const tail = parts.slice(parts.length - n);
    if (isName(tail, false)) {
      if (!out.some((o) => o[0] === tail[0])) out.push(tail);
      break;
    }
  }
  return out;
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

  const containers: { parts: Part[]; tokens: Token[]; m: RawMention }[] = [];
  const emit = (parts: Part[], tokens: Token[], roles: string[], titled: boolean, nested = false) => {
    if (!parts.length) return;
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    const surface = text.slice(start, end);
    if (surface.length < 2 && !/\p{Lu}/u.test(surface)) return;
    if (/^\p{Lu}$/u.test(surface)) return;
    const pos = doc.position(start);
    const m: RawMention = { text: surface, start, end, line: pos.line, column: pos.column, ev: evidenceOf(parts, tokens, titled, text, nested) };
    if (roles.length) m.roles = roles;
    const met = metonymOf(parts, tokens, text);
    if (met) m.metonymOf = met;
    const acting = !nested && (countryOf(surface) || isPlaceName(surface)) ? actsAsAgent(parts, tokens) : 0;
    if (acting) m.agent = true;
    if (acting === 2) m.team = true;
    mentions.push(m);
    if (parts.length > 1 && !nested) containers.push({ parts, tokens, m });
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
        const w0 = low(parts[0]!.text);
        if (startsWithKnownName(parts)) break;
        // Titles are split off later ("Secretary of State John Kerry"); adjectives may start org names.
        const titleStart = TITLE_WORDS.has(w0) || (TITLE_MODIFIERS.has(w0) && TITLE_WORDS.has(low(parts[1]?.text ?? '')));
        const headed = ORG_HEADS.has(lastWord(parts)) || PLACE_HEADS.has(lastWord(parts)) || OTHER_HEADS.has(lastWord(parts));
        const keep = parts.length >= 2 && (titleStart || (headed && !NEVER_NAMES.has(w0)));
        if (keep) break;
        parts = parts.slice(1);
        while (parts.length && !isNameWord(parts[0]!.text)) parts = parts.slice(1);
        if (parts.length && !isInitial(tokens, parts[0]!.token)) break;
      }
      // Ten or more name words in a row are a list or furniture, not one name.
      if (parts.length > MAX_NAME_PARTS) continue;
      const shortened = parts.length < run.parts.length;
      const segs = splitAtStops(parts);
      for (const seg of segs) {
        // A lone ordinary word left over from "Last Year" or "Saturday Night" is no name.
        if ((shortened || segs.length > 1 || seg.length < parts.length) && seg.length === 1 && DICTIONARY.has(low(seg[0]!.text)) && !isPlaceName(seg[0]!.text)) continue;
        const { prefix, name } = splitTitle(seg);
        const pre = stripGroupWords(trimEdges(prefix));
        // Before a title, a lone ordinary word is part of the title ("Emeritus Professor", "Shadow Home Secretary").
        const plainWord = pre.length === 1 && DICTIONARY.has(low(pre[0]!.text)) && !isPlaceName(pre[0]!.text);
        if (pre.length && !plainWord && !isJunk(pre, tokens)) emit(pre, tokens, [], false);
        const trimmed = trimEdges(name.parts);
        const core = isLanguageUse(trimmed, tokens) ? trimmed : stripGroupWords(trimmed);
        // A lower-case role right before the name: "spokesman Louay Safi".
        const before = core.length ? tokens[core[0]!.token - 1] : undefined;
        const roles = [...name.roles];
        if (before && !UPPER.test(before.text) && TITLE_WORDS.has(low(before.text)) && !name.titled) roles.push(low(before.text));
        if (adjectiveUse(core, tokens) || isJunk(core, tokens)) continue;
        const cut = name.titled ? 0 : placePersonSplit(core);
        if (cut) {
          emit(core.slice(0, cut), tokens, [], false);
          emit(core.slice(cut), tokens, roles, false);
        } else emit(core, tokens, roles, name.titled);
      }
    }
  }

  // Names inside longer names: "Texas" in "University of Texas", "Andy Warhol" in "Andy Warhol Foundation".
  const known = new Map<string, Evidence>();
  for (const m of mentions) {
    const k = nameKey(m.text);
    const ev = known.get(k) ?? [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) ev[i]! += m.ev[i]!;
    known.set(k, ev);
  }
  for (const c of containers) for (const sub of innerNames(c.parts, c.m.ev, known)) emit(sub, c.tokens, [], false, true);

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
      const toks = doc.sentenceTokens(s);
      for (const h of headlineMentions(toks, known, text)) {
        const pos = doc.position(h.start);
        const m: RawMention = { ...h, line: pos.line, column: pos.column, headline: true };
        const first = toks.findIndex((t) => t.start === h.start);
        const last = toks.findIndex((t) => t.end >= h.end);
        if (first >= 0 && last >= first && (countryOf(h.text) || isPlaceName(h.text))) {
          const ps: Part[] = [{ text: h.text, start: h.start, end: h.end, token: first }];
          if (last > first) ps.push({ text: '', start: h.end, end: h.end, token: last });
          if (actsAsAgent(ps, toks) === 2) {
            m.agent = true;
            m.team = true;
          }
        }
        mentions.push(m);
      }
    }
  }
  // "Polaroids" beside "Polaroid": a plural of a name is a common noun (the things, not the name).
  const singles = new Set(mentions.filter((m) => !/\s/.test(m.text)).map((m) => m.text));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const t = mentions[i]!.text;
    if (t.length > 3 && t.endsWith('s') && !/\s/.test(t) && singles.has(t.slice(0, -1)) && mentions[i]!.ev[0] <= 0) mentions.splice(i, 1);
  }

  // "Paris was born ...": no capital-for-country reading where the document names a person so.
  const surnames = new Set<string>();
  for (const m of mentions) {
    const ws = m.text.split(/\s+/);
    const headed = ws.some((w) => ORG_HEADS.has(low(w)) || PLACE_HEADS.has(low(w)) || /^(?:of|for)$/i.test(w));
    if (ws.length > 1 && ws.length <= 3 && !headed && !isPlaceName(m.text)) surnames.add(low(ws[ws.length - 1]!));
  }
  for (const m of mentions) if (m.metonymOf && surnames.has(low(m.text))) delete m.metonymOf;

  // A country on one side of a score ("Belgium 3 - 0 Panama") is a team throughout the document.
  const teams = new Set(mentions.filter((m) => m.agent && m.team).map((m) => nameKey(m.text)));
  for (const m of mentions) {
    if (teams.has(nameKey(m.text))) m.agent = true;
    delete m.team;
  }
  mentions.sort((a, b) => a.start - b.start);
  return { document: doc.id, mentions, definitions };
}

