/**
 * Cues around a name that make it a place by the way news writes places: a street intersection ("at Penn and
 * Lowry avenues", "near 43rd and Rockwell", "at the corner of Vernor and Hubbard"), a US state after a town
 * ("Springfield, Ill.", "Baton Rouge, La."), a place's prefix ("Mt. Hood", "Mount Pleasant", "St. Louis").
 */
import type { Token } from '../corpus/types.js';
import { PLACE_NAME_PREFIXES } from '../corpus/lexicon.js';
import { startsUpper } from '../corpus/text.js';
import type { Part } from './chunker.js';
import { COMPASS_PREFIXES, NEVER_NAMES, ORG_HEADS, OTHER_HEADS, REGION_ADJECTIVES, STREET_HEADS, STREET_HEADS_PLURAL, US_STATES } from './lexicon.js';
import { countryOf, DICTIONARY, isListedPlaceLowered } from './gazetteer.js';
import { low, spanWords } from './shape.js';

/** Words before an intersection's first street: "at", "near", "the corner of", "the intersection of". */
const INTERSECTION_PREPOSITIONS = new Set(['at', 'near', 'on', 'around', 'off']);
const CROSSING_NOUNS = new Set(['corner', 'corners', 'intersection', 'intersections', 'crossroads']);
/** Most words a street's name takes on either side of "and" ("South Fort Apache", "Martin Luther King Jr"). */
const MAX_STREET_TOKENS = 5;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

const undotted = (w: string) => (w.indexOf('.') >= 0 ? low(w).replaceAll('.', '') : low(w));
/** A token of a street's name: a capitalised word, a number, an ordinal's suffix ("43" "rd"), a full stop ("Ave."). */
const streetToken = (t: Token) =>
  (startsUpper(t.text) && !NEVER_NAMES.has(low(t.text)) && !INTERSECTION_PREPOSITIONS.has(low(t.text))) || t.kind === 'number' || ORDINAL_SUFFIX.test(t.text) || t.text === '.';
/** Whether the street tokens `from`..`to` (inclusive) carry their own street cue: a street head or an ordinal. */
function ownStreetCue(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (STREET_HEADS.has(undotted(t.text)) && startsUpper(t.text) && k > from) return true;
    if (ORDINAL_SUFFIX.test(t.text) && tokens[k - 1]?.kind === 'number' && tokens[k - 1]!.end === t.start) return true;
  }
  return false;
}

/** The two members of "A and B" around the name at tokens `first`..`last`, as token ranges, or undefined. */
function crossing(first: number, last: number, tokens: Token[]): { a: [number, number]; b: [number, number] } | undefined {
  if (tokens[last + 1]?.text === 'and') {
    let end = last + 2;
    if (!tokens[end] || !streetToken(tokens[end]!)) return undefined;
    while (end + 1 < tokens.length && end + 1 - (last + 2) < MAX_STREET_TOKENS && streetToken(tokens[end + 1]!)) end++;
    let start = first;
    while (start - 1 >= 0 && first - start < MAX_STREET_TOKENS && streetToken(tokens[start - 1]!)) start--;
    return { a: [start, last], b: [last + 2, end] };
  }
  if (tokens[first - 1]?.text === 'and' && first >= 2) {
    let start = first - 2;
    if (!streetToken(tokens[start]!)) return undefined;
    while (start - 1 >= 0 && first - 2 - start < MAX_STREET_TOKENS && streetToken(tokens[start - 1]!)) start--;
    let end = last;
    while (end + 1 < tokens.length && end - last < MAX_STREET_TOKENS && streetToken(tokens[end + 1]!)) end++;
    return { a: [start, first - 2], b: [first, end] };
  }
  return undefined;
}

/**
 * A name that is one of two streets joined by "and": "at Church and Snyder Ave.", "near 43rd and Rockwell",
 * "at Penn and Lowry avenues", "the corner of Vernor and Hubbard". A street cue must be in reach: a plural
 * street noun after the second ("avenues"), a crossing noun before the first ("the intersection of"), or after
 * "at"/"near"/"on", a street head or an ordinal in the other street ("Church and Snyder Ave."). Two bare
 * names after "at" are left alone: "at Camacho and Rivera's apartment" names two people.
 */
export function streetIntersection(parts: Part[], tokens: Token[]): boolean {
  // A lone head word is the street's name ("at Church and Snyder Ave."); a longer name with one is an organisation.
  if (parts.length > 4 || (parts.length > 1 && parts.some((p) => ORG_HEADS.has(p.lower) && !STREET_HEADS.has(p.lower)))) return false;
  const lastPart = parts[parts.length - 1]!;
  if (tokens[lastPart.token]!.end !== lastPart.end) return false; // a possessive: "Bay Road and McDonald's"
  const pair = crossing(parts[0]!.token, lastPart.token, tokens);
  if (!pair) return false;
  const [aStart, aEnd] = pair.a;
  const [bStart, bEnd] = pair.b;
  const after = tokens[bEnd + 1];
  if (after && STREET_HEADS_PLURAL.has(low(after.text))) return true;
  if (STREET_HEADS_PLURAL.has(low(tokens[bEnd]!.text)) && bEnd > bStart) return true;
  const before = tokens[aStart - 1];
  if (!before) return false;
  if (before.text === 'of' && CROSSING_NOUNS.has(low(tokens[aStart - 2]?.text ?? ''))) return true;
  if (!INTERSECTION_PREPOSITIONS.has(low(before.text))) return false;
  return ownStreetCue(tokens, aStart, aEnd) || ownStreetCue(tokens, bStart, bEnd);
}

const bareWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NEVER_NAMES.has(low(t.text));

/**
 * The other name of a bare crossing, "at Church and Snyder" (one capitalised word on each side, after
 * "at"/"near", nothing after): no cue in the sentence; the corpus may show a street ("Snyder Ave.").
 */
export function bareCrossingPartner(part: Part, tokens: Token[]): string | undefined {
  const k = part.token;
  if (tokens[k]!.end !== part.end) return undefined; // "Rivera's apartment"
  const ends = (t: Token | undefined) => !t || !(startsUpper(t.text) || t.kind === 'number' || t.text === "'" || t.text === '\u2019');
  const prep = (t: Token | undefined) => t !== undefined && INTERSECTION_PREPOSITIONS.has(low(t.text));
  if (tokens[k + 1]?.text === 'and' && prep(tokens[k - 1]) && bareWord(tokens[k + 2]) && ends(tokens[k + 3])) return tokens[k + 2]!.text;
  if (tokens[k - 1]?.text === 'and' && bareWord(tokens[k - 2]) && prep(tokens[k - 3]) && ends(tokens[k + 1])) return tokens[k - 2]!.text;
  return undefined;
}

/**
 * A US state, or its AP abbreviation, after a town and a comma: "Springfield, Ill.", "Baton Rouge, La.",
 * "Kansas City, Mo." (the name: one or two words; the town: a capitalised word before the comma).
 */
export function stateAfterPlace(parts: Part[], tokens: Token[]): boolean {
  if (parts.length > 2) return false;
  const first = parts[0]!.token;
  const town = tokens[first - 2];
  if (tokens[first - 1]?.text !== ',' || !town || !startsUpper(town.text) || town.kind !== 'word') return false;
  const name = parts.length === 1 ? undotted(parts[0]!.text) : `${undotted(parts[0]!.text)} ${undotted(parts[1]!.text)}`;
  if (!US_STATES.has(name)) return false;
  // Not the first word of another name: "Dana Hill, Virginia Beach Police".
  const next = tokens[parts[parts.length - 1]!.token + 1];
  return !next || !startsUpper(next.text);
}

/**
 * "Mount Pleasant", "Mt. Hood", "Fort Worth", "St. Louis": a place's prefix before one or two name words, no
 * organisation's or event's head ("St. Vincent Hospital" is left to the model).
 */
export function prefixedPlaceName(parts: Part[]): boolean {
  if (parts.length < 2 || parts.length > 3 || !PLACE_NAME_PREFIXES.has(parts[0]!.lower)) return false;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (!startsUpper(p.text) || ORG_HEADS.has(p.lower) || OTHER_HEADS.has(p.lower)) return false;
  }
  return true;
}

/** A compass word or adjective before a country or a listed place: "Southern Indiana", "East Java", "Central Africa". */
export function regionOfPlace(parts: Part[]): boolean {
  if (parts.length < 2 || parts.length > 4) return false;
  const first = parts[0]!.lower;
  if (!REGION_ADJECTIVES.has(first) && !COMPASS_PREFIXES.has(first)) return false;
  const rest = low(spanWords(parts, 1, parts.length));
  if (parts.length === 2 && DICTIONARY.has(rest)) return false;
  return countryOf(rest) !== undefined || isListedPlaceLowered(rest);
}
