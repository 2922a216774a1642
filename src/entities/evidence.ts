/**
 * Typing evidence for one mention: its own words (titles, heads, gazetteer, name shape) and its neighbours
 * ("said", "news agency", "town of"); countries acting as agents; capitals standing for their country.
 */
import type { Token } from '../corpus/types.js';
import type { Part } from './chunker.js';
import { CAPITAL_OF, COMMON_WORDS, countryOf, DICTIONARY, FIRST_NAMES, isPlaceName, KNOWN_ORGS, LAST_NAMES } from './gazetteer.js';
import { acronymLetters } from './keys.js';
import { remember } from './sorted-words.js';
import { LANGUAGES, NEWS_AGENCIES, PERSON_NOUNS, ORG_FOLLOWERS, ORG_HEADS, OTHER_HEADS, OTHER_NOUNS, PERSON_VERBS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPS, TITLE_WORDS } from './lexicon.js';
import type { Evidence } from './extract.js';
import { headWord, isAllCaps, isFirstName, isPeoplePlural, LOWER, low, personLike, spanWords, UPPER } from './shape.js';

/** compromise tags of verbs that show a name acting ("Sweden defeated", "Tehran says"). */
export const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Modal', 'Copula', 'Infinitive', 'Auxiliary']);

/** Leading words of event names ("Operation Clambake", "Hurricane Katrina"). */
export const OTHER_FIRST = new Set(['operation', 'battle', 'siege', 'treaty', 'war', 'festival', 'expo', 'project', 'hurricane', 'cyclone', 'typhoon', 'storm']);

/** Direction words that prefix place names ("South East Asia", "Northern Ontario"). */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'metro', 'northeast', 'northwest', 'southeast', 'southwest']);

// A lower-case letter before a capital inside a word: "YouTube", "PlayStation" (not "McCain", tested again
// without the prefix; the first test skips that work for the many words with no inner capital at all).
const CAMEL = /\p{Ll}\p{Lu}/u;

// Scans over a name's words as plain loops: evidence is worked out for every mention, and callbacks and
// iterators allocate until the code is optimised.
function lowerWords(parts: Part[]): string[] {
  const words: string[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) words[i] = parts[i]!.lower;
  return words;
}

function hasDictionaryWord(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) if (words[i]!.length > 2 && DICTIONARY.has(words[i]!)) return true;
  return false;
}

function hasLastName(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) if (LAST_NAMES.has(words[i]!)) return true;
  return false;
}

function hasInnerCapital(parts: Part[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!.text;
    if (CAMEL.test(t) && CAMEL.test(t.replace(/^(?:Mc|Mac)/, ''))) return true;
  }
  return false;
}

const DIGIT = /\d/;
const POSSESSIVE_END = /['\u2019]s?$/;
const ARTICLE = /^(?:a|an|the)$/i;
const LETTER_INITIAL = /^\p{L}/u;
const DASH = /^[-\u2013\u2014]$/;
const AGENT_VERBS = /^(?:has|have|is|are|was|were|says|wants|lost|won|beat|made|took|gave|drew)$/;
const GOVERNMENT_VERBS = /^(has|is|was|says|wants|accused|backed)$/;

function hasDigit(parts: Part[]): boolean {
  for (let i = 0; i < parts.length; i++) if (DIGIT.test(parts[i]!.text)) return true;
  return false;
}

/** What a name's own words give when the gazetteer knows it as a country, a place or a known organisation (quarter points, see Evidence). */
export const COUNTRY_EVIDENCE = 20;
export const PLACE_EVIDENCE = 12;
export const KNOWN_ORG_EVIDENCE = 16;

/** A copy of evidence to sum into (a literal: one of zeros would be copied on its first write). */
export const copyEvidence = (ev: Evidence): Evidence => [ev[0], ev[1], ev[2], ev[3]];

/** Adds evidence `from` into `into`. */
export function addEvidence(into: Evidence, from: Evidence): void {
  for (let i = 0; i < 4; i++) into[i]! += from[i]!;
}

/** A fresh copy of the evidence of a name's own words (see evidenceOf), from the cache when the same words were seen. */
function wordEvidence(parts: Part[], span: string, lowSpan: string, country: boolean, place: boolean): Evidence {
  const seen = wordEvidenceCache.get(span);
  if (seen) {
    for (let i = 0; i < seen.length; i++) {
      const w = seen[i]!;
      if (sameTexts(w.texts, parts)) return copyEvidence(w.ev);
    }
  }
  const ev = evidenceOfWords(parts, lowSpan, country, place);
  const texts: string[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) texts[i] = parts[i]!.text;
  const entry: WordEvidence = { texts, ev: copyEvidence(ev) };
  if (seen) seen.push(entry);
  // A one-element literal: the cache lives as long as the process, and an array grown by push from empty
  // keeps room for 17.
  else remember(wordEvidenceCache, span, [entry]);
  return ev;
}

function sameTexts(texts: string[], parts: Part[]): boolean {
  if (texts.length !== parts.length) return false;
  for (let i = 0; i < texts.length; i++) if (texts[i] !== parts[i]!.text) return false;
  return true;
}

/** Evidence of a name from its own words: titles aside, what it says whatever its neighbours. */
function evidenceOfWords(parts: Part[], lowSpan: string, country: boolean, place: boolean): Evidence {
  const ev: Evidence = [0, 0, 0, 0];
  const words = lowerWords(parts);
  const last = headWord(words);
  const whole = lowSpan.indexOf('.') >= 0 ? lowSpan.replaceAll('.', '') : lowSpan;
  const single = parts.length === 1;
  if (country) ev[2] += COUNTRY_EVIDENCE;
  else if (place) ev[2] += PLACE_EVIDENCE;
  if (KNOWN_ORGS.has(whole) || NEWS_AGENCIES.has(whole)) ev[1] += KNOWN_ORG_EVIDENCE;
  if (ORG_HEADS.has(last) && !single) ev[1] += 12;
  if (PLACE_HEADS.has(last) && !single) ev[2] += 10;
  if (OTHER_HEADS.has(last)) ev[3] += 10;
  if (single && LANGUAGES.has(last)) ev[3] += 12;
  if (single && isPeoplePlural(last)) ev[3] += 12;
  if (!single && OTHER_HEADS.has(parts[parts.length - 1]!.lower)) ev[3] += 4;
  const acr = acronymLetters(parts[0]!.text);
  if (single && acr && !countryOf(parts[0]!.text)) ev[1] += 4;
  const person = !single && personLike(parts);
  if (person && isFirstName(parts[0]!.text)) ev[0] += DICTIONARY.has(words[0]!) ? 8 : 16;
  else if (person) ev[0] += 4;
  else if (!single && hasDictionaryWord(words)) ev[1] += 2;
  // "Ban Ki-moon", "Wong Kwok-kin": hyphenated given names.
  if (!single && parts.length <= 3 && parts[parts.length - 1]!.text.indexOf('-') > 0 && /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(parts[parts.length - 1]!.text)) ev[0] += 8;
  // Initials before a surname: "K.C. Maurer", "J. Smith".
  if (parts.length === 2 && parts[0]!.text.endsWith('.') && /^(?:\p{Lu}\.){1,2}$/u.test(parts[0]!.text) && !countryOf(parts[0]!.text) && !DICTIONARY.has(words[1]!)) ev[0] += 8;
  // "Operation Clambake", "Battle of Hastings": events named with a leading head word.
  if (!single && OTHER_FIRST.has(words[0]!)) ev[3] += 12;
  // An event or organisation named for a place: "Fan Expo Canada", "Hitwise UK".
  for (let k = 1; k < words.length - 1; k++) {
    if (!OTHER_HEADS.has(words[k]!) && !ORG_HEADS.has(words[k]!)) continue;
    const rest = spanWords(parts, k + 1);
    if (countryOf(rest) || isPlaceName(rest)) ev[OTHER_HEADS.has(words[k]!) ? 3 : 1] += 10;
    break;
  }
  // Compass words before a place: "South East Asia", "Northern Ontario".
  let compass = 0;
  while (compass < words.length && COMPASS.has(words[compass]!)) compass++;
  if (compass > 0 && compass < words.length && isPlaceName(spanWords(parts, compass))) ev[2] += 10;
  if (hasLastName(words)) ev[0] += 4;
  if (single && FIRST_NAMES.has(last) && !ev[2]) ev[0] += 2;
  // Products and works: "YouTube", "PlayStation VR", "Windows XP", "IE6", "Internet Explorer 6".
  if (hasInnerCapital(parts)) ev[3] += 4;
  if (hasDigit(parts) || (!single && /^(?:XP|VR|HD|TV|II|III|IV)$/.test(parts[parts.length - 1]!.text))) ev[3] += 6;
  return ev;
}

/** The part of a name's evidence that its own words give, by text: names repeat, and it is worked out once each. */
interface WordEvidence {
  texts: string[];
  ev: Evidence;
}
const wordEvidenceCache = new Map<string, WordEvidence[]>();

/**
 * Typing evidence of a name from its words and its neighbours. `span` is the name's text (`lowSpan` in lower
 * case); `country` and `place` say whether the gazetteer knows it as a country, else as a place. (Weights
 * are in quarter points: see Evidence.)
 */
export function evidenceOf(parts: Part[], tokens: Token[], titled: boolean, span: string, lowSpan: string, country: boolean, place: boolean, nested = false): Evidence {
  const ev = wordEvidence(parts, span, lowSpan, country, place);
  if (titled) ev[0] += 16;
  // A name inside a longer name: its neighbours belong to the longer name.
  if (nested) return ev;
  // Neighbours.
  const first = parts[0]!.token;
  const lastTok = parts[parts.length - 1]!.token;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[lastTok + 1];
  const nextTok = tokens[lastTok];
  const possessive = nextTok !== undefined && nextTok.end > parts[parts.length - 1]!.end && POSSESSIVE_END.test(nextTok.text);
  const pw = prev ? low(prev.text) : '';
  const nw = next && !possessive ? low(next.text) : '';
  if (pw === 'the') ev[0] -= 4;
  if (pw && (TITLE_WORDS.has(pw) || PERSON_NOUNS.has(pw)) && !UPPER.test(prev!.text)) ev[0] += 10;
  // Apposition: "Safi, a spokesman for ...", "Paris, an Australian woman".
  if (nw === ',') {
    const det = tokens[lastTok + 2];
    if (det && ARTICLE.test(det.text)) {
      for (let k = lastTok + 3; k < Math.min(tokens.length, lastTok + 7); k++) {
        const w = low(tokens[k]!.text);
        if (PERSON_NOUNS.has(w)) {
          ev[0] += 8;
          break;
        }
        if (!LETTER_INITIAL.test(w)) break;
      }
    }
  }
  const according = pw === 'to' && prev2 !== undefined && low(prev2.text) === 'according';
  if (according) ev[1] += 4;
  else if (PLACE_PREPS.has(pw)) ev[2] += 3;
  if (pw === 'of' && prev2 && PLACE_NOUNS.has(low(prev2.text))) ev[2] += 12;
  if (pw === ',' && prev2 && PLACE_NOUNS.has(low(prev2.text))) ev[2] += 8;
  if (nw && ORG_FOLLOWERS.has(nw)) ev[1] += 6;
  if ((nw && OTHER_NOUNS.has(nw)) || (pw && OTHER_NOUNS.has(pw))) ev[3] += 4;
  if (nw && PERSON_VERBS.has(nw)) ev[0] += 4;
  if ((pw === 'mr' || pw === 'mrs' || pw === 'ms' || pw === 'dr')) ev[0] += 12;
  // Dateline: "ISTANBUL (Reuters) -", "MUSCAT, Oman -".
  if ((nw === ',' || nw === '(') && parts[0]!.text.length > 3 && isAllCaps(parts[0]!.text) && !acronymLetters(parts[0]!.text)) ev[2] += 4;
  return ev;
}

export const isVerb = (w: string) => VERB_TAGS.has(COMMON_WORDS.get(w) ?? '') || PERSON_VERBS.has(w) ||
  AGENT_VERBS.test(w) ||
  (w.length > 4 && w.endsWith('ed') && DICTIONARY.has(w));

/** A country acting as an agent, which news annotation types as an organisation. */
export function actsAsAgent(parts: Part[], tokens: Token[]): 0 | 1 | 2 {
  const last = parts[parts.length - 1]!;
  const tok = tokens[last.token]!;
  const next = tokens[last.token + 1];
  const prev = tokens[parts[0]!.token - 1];
  const after = tokens[last.token + 2];
  if (next?.kind === 'number' && after && DASH.test(after.text)) return 2;
  const before = tokens[parts[0]!.token - 2];
  if (prev?.kind === 'number' && before !== undefined && DASH.test(before.text)) return 2;
  if (tok.end > last.end) return 0; // possessive
  if (prev && PLACE_PREPS.has(low(prev.text))) return 0; // "the meeting in Amman will ..."
  return next && LOWER.test(next.text) && isVerb(next.text) ? 1 : 0;
}

/** A capital used for its country's government: "Tehran says", "Washington and Moscow". `lowSpan`: the name in lower case. */
export function metonymOf(parts: Part[], tokens: Token[], lowSpan: string): string | undefined {
  if (parts.length > 2) return undefined;
  const country = CAPITAL_OF.get(lowSpan);
  if (!country) return undefined;
  const first = parts[0]!.token;
  const lastTok = parts[parts.length - 1]!.token;
  const prev = tokens[first - 1];
  if (prev && PLACE_PREPS.has(low(prev.text))) return undefined;
  const tok = tokens[lastTok]!;
  if (tok.end > parts[parts.length - 1]!.end && POSSESSIVE_END.test(tok.text)) return country;
  const next = tokens[lastTok + 1];
  if (!next) return undefined;
  const nw = low(next.text);
  if (VERB_TAGS.has(COMMON_WORDS.get(nw) ?? '') || PERSON_VERBS.has(nw) || GOVERNMENT_VERBS.test(nw)) return country;
  // "Washington and Moscow": two capitals coordinated.
  const other = tokens[lastTok + 2];
  if (nw === 'and' && other && CAPITAL_OF.has(low(other.text))) return country;
  if (prev && low(prev.text) === 'and' && tokens[first - 2] && CAPITAL_OF.has(low(tokens[first - 2]!.text))) return country;
  return undefined;
}
