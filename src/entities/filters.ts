/** Capitalised strings that are not names, and the trimming of runs down to the name they hold. */
import type { Token } from '../corpus/types.js';
import { isNameWord, makePart, ORDINAL_PART, type Part } from './chunker.js';
import { countryOf, DEMONYMS, DICTIONARY, FIRST_NAMES, isPlaceName, KNOWN_ORGS, LAST_NAMES } from './gazetteer.js';
import { undot } from './keys.js';
import { LANGUAGES, NEVER_NAMES, NUMBERED_PLACE_HEADS, NUMBERED_UNIT_HEADS, ORG_HEADS, OTHER_HEADS, PERSON_VERBS, PLACE_HEADS, REGION_ADJECTIVES, STREET_COMPASS, TITLE_WORDS, VEHICLE_MAKES } from './lexicon.js';
import { stateAfterPlace } from './place-cues.js';
import { isAllCaps, isGroupWord, isPeoplePlural, low, spanWords } from './shape.js';
import { startsLower, startsUpper } from '../corpus/text.js';
import { FUNCTION_WORDS } from '../corpus/lexicon.js';

const CONTRACTION = /['\u2019](?:ll|ve|re|d|m|t)$/i;
const DIGITS = /^\d+$/;

// Acronyms of ordinary language, not names.
export const PLAIN_ACRONYMS = new Set('gmt utc est pst cet bst html http https url vip ceo cfo tv pm am ok pdf gdp usb faq dna id ii iii iv tba tbd aka diy rip lol omg asap'.split(' '));

/** Capitalised strings that are not names: "UNLESS", "I'll", "GMT", a caption label "Image:". */
export function isJunk(parts: Part[], tokens: Token[]): boolean {
  if (!parts.length) return false;
  // One word (the usual case) needs no joining: its lower-case form is at hand.
  const t = parts.length === 1 ? parts[0]!.text : spanWords(parts);
  const w = parts.length === 1 ? parts[0]!.lower : low(t);
  if (((t.includes("'") || t.includes('\u2019')) && CONTRACTION.test(t)) || w === 'i' || w === 'theres' || w === 'its') return true;
  // "St", "Jr": a two-letter abbreviation that is not an acronym; but a state's after a town ("Baton Rouge, La.") is a name.
  if (parts.length === 1 && t.length <= 2 && !isAllCaps(t) && !stateAfterPlace(parts, tokens)) return true;
  // "Brooklynites", "Sixteen-year-old": residents and ages are not names.
  if (parts.length === 1 && w.endsWith('ites')) return true;
  if (w.endsWith('-year-old') || w.endsWith('-year-olds')) return true;
  if (DEMONYMS.has(w) && !isPeoplePlural(w)) return true; // "New Zealander", "South Korean"
  const after = tokens[parts[parts.length - 1]!.token + 1];
  if (after?.text === '$' && countryOf(t)) return true; // "US$ 20,000", "NZ $ 26 million"
  // "the 7th and 8th Districts": an ordinal before a plural common noun counts things, it names none.
  if (parts.length === 2 && ORDINAL_PART.test(parts[0]!.text) && w.endsWith('s') && !NUMBERED_UNIT_HEADS.has(parts[1]!.lower) && DICTIONARY.has(parts[1]!.lower.slice(0, -1))) return true;
  if (parts.length === 1) {
    const bare = w.indexOf('.') >= 0 ? undot(w) : w;
    if (PLAIN_ACRONYMS.has(bare)) return true;
    if (t.length >= 4 && isAllCaps(t) && DICTIONARY.has(w) && !isPlaceName(w)) return true;
    const next = tokens[parts[0]!.token + 1];
    if (next?.text === ':' && DICTIONARY.has(w) && !isPlaceName(w)) return true;
  }
  return false;
}

/** Trim connectors and never-names at the edges; split at never-names inside. */
export function splitAtStops(parts: Part[]): Part[][] {
  let first = 0;
  while (first < parts.length && !isStop(parts, first)) first++;
  // No stop inside (the usual case): the run is one segment.
  if (first === parts.length) {
    const seg = trimEdges(parts);
    return seg.length ? [seg] : [];
  }
  const out: Part[][] = [];
  let cur: Part[] = parts.slice(0, first);
  for (let i = first; i < parts.length; i++) {
    if (isStop(parts, i)) {
      out.push(cur);
      cur = [];
    } else cur.push(parts[i]!);
  }
  out.push(cur);
  // A loop, not map and filter: an empty segment (a second array shape) deoptimised the inlined map.
  const segments: Part[][] = [];
  for (let i = 0; i < out.length; i++) {
    const seg = out[i]!.length ? trimEdges(out[i]!) : out[i]!;
    if (seg.length) segments.push(seg);
  }
  return segments;
}

/**
 * A capitalised never-name splits a run, unless it is a short surname after a first name ("James To", "Wilson Or")
 * or an honorific written without its full stop before a name ("Mr Key", "Dr Moritz Posselt": a title, split later).
 */
function isStop(parts: Part[], i: number): boolean {
  const p = parts[i]!;
  if (!NEVER_NAMES.has(p.lower) || !startsUpper(p.text)) return false;
  if (i + 1 < parts.length && TITLE_WORDS.has(p.lower)) return false;
  return !(i === parts.length - 1 && i > 0 && FIRST_NAMES.has(parts[i - 1]!.lower) && p.text.length <= 3);
}

/** Whether `last`, no name word, stays at the end of a name after `before`. */
function keptAtEnd(last: Part, before: Part): boolean {
  if (DIGITS.test(last.text)) return isNameWord(before.text);
  if (ORDINAL_PART.test(last.text)) return STREET_COMPASS.has(before.lower);
  return NUMBERED_PLACE_HEADS.has(last.text) && ORDINAL_PART.test(before.text);
}

export function trimEdges(parts: Part[]): Part[] {
  let a = 0;
  let b = parts.length;
  // A leading ordinal stays before a name word: "67th Precinct".
  while (a < b && !isNameWord(parts[a]!.text) && !(a + 1 < b && ORDINAL_PART.test(parts[a]!.text) && isNameWord(parts[a + 1]!.text))) a++;
  // A trailing number stays: "Internet Explorer 6"; so does a numbered street's end: "South 38th", "East 52nd street".
  while (b > a && !isNameWord(parts[b - 1]!.text) && !(b - 1 > a && keptAtEnd(parts[b - 1]!, parts[b - 2]!))) b--;
  if (a < b && parts[a]!.lower === 'the') a++;
  // Runs are never changed in place: an untrimmed one is returned as it is.
  return a === 0 && b === parts.length ? parts : parts.slice(a, b);
}

/** Drop leading nationality and group words ("Lebanese Hezbollah") unless the name needs them. */
export function stripGroupWords(parts: Part[], tokens: Token[]): Part[] {
  // A first word that is a name word and no group word keeps the whole run (the usual case).
  if (parts.length && isNameWord(parts[0]!.text) && !isGroupWord(parts[0]!.lower)) return parts;
  // No words: nothing to strip (and no empty list of words, a second array shape to the code below).
  if (!parts.length) return [];
  const words = parts.map((p) => p.lower);
  if (parts.length === 1 && isPeoplePlural(words[0]!)) return parts;
  if (parts.every((p) => isGroupWord(p.lower) || !isNameWord(p.text))) return [];
  const headed = words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w));
  if (headed || KNOWN_ORGS.has(words.join(' ')) || isPlaceName(spanWords(parts))) return parts;
  // A group word that is also a given name, before a surname: "Christian Bandemer" (not "Christian Democrats").
  const last = words[words.length - 1]!;
  if (parts.length <= 3 && FIRST_NAMES.has(words[0]!) && !DICTIONARY.has(last) && !LAST_NAMES.has(words[0]!) && words.slice(1).every((w, i) => !isGroupWord(w) && isNameWord(parts[i + 1]!.text))) return parts;
  // "Southern Indiana", "Eastern Europe": a compass adjective before a place names a region, one name.
  if (parts.length > 1 && REGION_ADJECTIVES.has(words[0]!) && isPlaceName(spanWords(parts.slice(1)))) return parts;
  let a = 0;
  while (a < parts.length - 1 && isGroupWord(words[a]!)) a++;
  // "British Red Cross", "Chinese New Year": after the group words only ordinary words, which name nothing
  // alone: the group word is part of the name ("Lebanese Hezbollah", "Afghan Farid Karimi" lose it).
  if (a > 0 && ordinaryWordsOnly(parts.slice(a)) && !(parts.length - a === 1 && nounAfter(parts, tokens))) return parts;
  return parts.slice(a);
}

const YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * "the 2004 Olympics", "the 1991 Hajj": a year between "the" and a name that ends its phrase (or ends in an
 * event's head word) names the edition, part of the name. Not when a common noun follows the name ("the 2018
 * Senate election"): the year dates that noun.
 */
export function withEditionYear(parts: Part[], tokens: Token[]): Part[] {
  if (!parts.length || parts[0]!.token < 2) return parts;
  const first = parts[0]!.token;
  const year = tokens[first - 1]!;
  if (year.kind !== 'number' || !YEAR.test(year.text) || low(tokens[first - 2]!.text) !== 'the') return parts;
  // A model year is no part of a car's name: "the 2007 Mitsubishi Eclipse" is the Eclipse.
  if (VEHICLE_MAKES.has(parts[0]!.lower)) return parts;
  // An event's head ends the phrase itself: "the 2031 Winter Games sold out".
  if (!OTHER_HEADS.has(parts[parts.length - 1]!.lower) && nounAfter(parts, tokens)) return parts;
  return [makePart(year.text, year.text, year.start, year.end, first - 1), ...parts];
}

/**
 * A lower-case word right after the run that can be the noun it modifies: "Indian Naval ship", "the 2018 Senate
 * election"; not a function word or a verb in the past ("were", "sold", "said").
 */
function nounAfter(parts: Part[], tokens: Token[]): boolean {
  const after = tokens[parts[parts.length - 1]!.token + 1];
  if (after === undefined || after.kind !== 'word' || !startsLower(after.text)) return false;
  return !FUNCTION_WORDS.has(after.text) && !PERSON_VERBS.has(after.text) && !after.text.endsWith('ed');
}

/** Words that are all ordinary (no place, person or group word): "Red Cross", "New Year", "Library". */
function ordinaryWordsOnly(parts: Part[]): boolean {
  // A given name that is no ordinary word starts a person's name ("Afghan Farid ..."); "Red" and "Grace" are both.
  if (FIRST_NAMES.has(parts[0]!.lower) && !DICTIONARY.has(parts[0]!.lower)) return false;
  for (const p of parts) if (!DICTIONARY.has(p.lower) || isGroupWord(p.lower) || isPlaceName(p.text)) return false;
  // A plural of an ordinary noun is a group described, not named: "Republican Senators", "Armenian Churches".
  const last = parts[parts.length - 1]!.lower;
  return !(last.endsWith('s') && (DICTIONARY.has(last.slice(0, -1)) || (last.endsWith('es') && DICTIONARY.has(last.slice(0, -2)))));
}

/** /(?:ean|ian|ese|ic|ish)$/: endings of adjectives of place ("Mediterranean", "Balinese", "Baltic", "Cornish"). */
const adjectiveEnding = (w: string) => w.endsWith('ean') || w.endsWith('ian') || w.endsWith('ese') || w.endsWith('ic') || w.endsWith('ish');

/** An unknown capitalised adjective before a noun ("Mediterranean coast"): not a name. */
export function adjectiveUse(parts: Part[], tokens: Token[]): boolean {
  if (parts.length !== 1) return false;
  const w = parts[0]!.lower;
  if (!adjectiveEnding(w) || DICTIONARY.has(w) || isPlaceName(w) || FIRST_NAMES.has(w) || LAST_NAMES.has(w) || KNOWN_ORGS.has(w)) return false;
  const next = tokens[parts[0]!.token + 1];
  return next !== undefined && next.start > parts[0]!.end && startsLower(next.text);
}

export const LANGUAGE_CUES = new Set(['in', 'speak', 'speaks', 'spoke', 'speaking', 'learn', 'learning', 'learned', 'fluent', 'into', 'teach', 'taught']);

/** "in English", "speaks Arabic": a language named as such (type other), not a nationality adjective. */
export function isLanguageUse(parts: Part[], tokens: Token[]): boolean {
  if (parts.length !== 1 || !LANGUAGES.has(parts[0]!.lower)) return false;
  // (No read before the first token: an index out of bounds deoptimised the caller.)
  const first = parts[0]!.token;
  const prev = first > 0 ? tokens[first - 1] : undefined;
  const next = tokens[first + 1];
  if (next && startsLower(next.text) && !NEVER_NAMES.has(next.text)) return next.text === 'language';
  return prev !== undefined && LANGUAGE_CUES.has(low(prev.text));
}

const DASHES = /^[-\u2013\u2014]+$/;
/** Most words a dateline's place may take before its credit: "NEW YORK, N.Y. (AP)" and the like. */
const DATELINE_PLACE_TOKENS = 8;

/**
 * The parenthesised credit of a dateline ("VARNHOLM (Wire) –", "RIVERTON, Ohio (AP) —"): the outlet
 * crediting the story, no entity of it. The shape decides, not the word: a sentence opening in capitals, a
 * place (capitalised words and commas), the run alone between parentheses, then a dash.
 */
export function isDatelineCredit(parts: Part[], tokens: Token[]): boolean {
  const first = parts[0]!.token;
  const last = parts[parts.length - 1]!.token;
  if (tokens[first - 1]?.text !== '(' || tokens[last + 1]?.text !== ')' || !DASHES.test(tokens[last + 2]?.text ?? '')) return false;
  const open = first - 1;
  if (open < 1 || open > DATELINE_PLACE_TOKENS || tokens[0]!.text.length < 2 || !isAllCaps(tokens[0]!.text)) return false;
  for (let k = 1; k < open; k++) {
    const t = tokens[k]!.text;
    if (t !== ',' && t !== '.' && !startsUpper(t)) return false;
  }
  return true;
}

const AGE_ENDS = new Set([',', ';', '.', ')', 'and', 'of', 'from']);

/**
 * A run of two to four capitalised words, then a comma and an age, then the end of the item ("Kelvin Jackson,
 * 38, died", "Honesty Jackson, 11;"): a person's name and age, the way news lists victims and suspects.
 */
export function ageAfterRun(parts: Part[], tokens: Token[]): boolean {
  if (parts.length < 2 || parts.length > 4 || parts.some((p) => !startsUpper(p.text) || ORG_HEADS.has(p.lower) || PLACE_HEADS.has(p.lower))) return false;
  const last = parts[parts.length - 1]!.token;
  const age = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || !age || age.kind !== 'number' || !DIGITS.test(age.text) || age.text.length > 3 || Number(age.text) > 120) return false;
  const after = tokens[last + 3];
  return !after || AGE_ENDS.has(after.text);
}
