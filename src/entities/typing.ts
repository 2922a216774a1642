/**
 * Typing of one candidate: the learned model's probabilities (model.ts), then a small override layer for
 * what is right by definition, each with its reason code: a country or a listed place is a place, a name
 * after a title is a person, a known organisation or news agency is an organisation.
 */
import type { Token } from '../corpus/types.js';
import type { Part } from './chunker.js';
import { contextFeatures, contextFeaturesTo, nameFeatures, nameFeaturesTo, type CandidateFacts } from './features.js';
import { countryOf, DICTIONARY, isListedPlaceLowered, isPlaceName, KNOWN_ORGS, LAST_NAMES } from './gazetteer.js';
import { headWord, isFirstName, low, personLike } from './shape.js';
import { APPOSITION_PERSON_NOUNS, AREA_NAME_HEADS, isHeadWord, NEWS_AGENCIES, NUMBERED_PLACE_HEADS, NUMBERED_UNIT_HEADS, ORG_HEADS, OTHER_HEADS, PLACE_HEADS, PLACE_PREPS, STREET_COMPASS, STREET_NAME_HEADS, STREET_PREFIXES, UNIT_OF_PLACE_HEADS, US_STATES, VEHICLE_MAKES } from './lexicon.js';
import { ORDINAL_PART } from './chunker.js';
import { isCapitalsAcronym } from './keys.js';
import { prefixedPlaceName, regionOfPlace, stateAfterPlace, streetIntersection } from './place-cues.js';
import { currentModelGeneration, scoresToTypes, scoringSink } from './model.js';
import type { Evidence } from './extract.js';
import type { TypeReason } from './types.js';
import { startsUpper } from '../corpus/text.js';

export type { TypeReason } from './types.js';

export interface TypedCandidate {
  ev: Evidence;
  none: number;
  reasons: TypeReason[];
  features: string[];
}

const PERSON: Evidence = [1, 0, 0, 0];
const ORGANIZATION: Evidence = [0, 1, 0, 0];
const PLACE: Evidence = [0, 0, 1, 0];
const OTHER: Evidence = [0, 0, 0, 1];

/**
 * A street is a place whatever its body ("Finley Street", "Dewees Drive": the body is often a surname), and so
 * is a name opening with a street word ("Rue Lafarge", "Via Roma"), unless an organisation's head ends it.
 */
function streetName(parts: Part[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  if (STREET_NAME_HEADS.has(last.lower) && startsUpper(last.text)) return true;
  return STREET_PREFIXES.has(parts[0]!.lower) && startsUpper(parts[0]!.text) && !ORG_HEADS.has(last.lower);
}

/** "Cook County", "Orleans Parish": a capitalised name ending in an administrative area's word. */
function areaName(parts: Part[]): boolean {
  const last = parts[parts.length - 1]!;
  return parts.length >= 2 && AREA_NAME_HEADS.has(last.lower) && startsUpper(last.text) && startsUpper(parts[0]!.text);
}

/** "Sanchez-Hernandez": two capitalised words joined by a hyphen, a double surname (a model has a digit: "F-350"). */
const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/**
 * A vehicle's make and model: "Toyota Camry", "Ford F-350", "Chevy Malibu LS". The model is one or two words
 * with a capital or a digit; "Ford Motor Co." (an organisation noun), "Lincoln Park" (a place head) and "Kia
 * Johnson" (a surname) are not.
 */
function vehicleName(parts: Part[]): boolean {
  if (parts.length < 2 || parts.length > 3 || !VEHICLE_MAKES.has(parts[0]!.lower)) return false;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (ORG_HEADS.has(p.lower) || PLACE_HEADS.has(p.lower) || STREET_NAME_HEADS.has(p.lower)) return false;
    // "Kia Johnson", "Mercedes Ruiz", "Mercedes Alvarez-Ortiz": a given name and a surname.
    if (LAST_NAMES.has(p.lower) || isFirstName(p.text) || DOUBLE_SURNAME.test(p.text)) return false;
  }
  return true;
}

/** A known organisation of two or more words ending the name: "Eastmark Red Cross", "Saudi Al Jazeera". */
function endsInKnownOrganization(whole: string): boolean {
  let space = whole.indexOf(' ');
  while (space > 0) {
    // Only a tail of two or more words is sliced out and looked up: most names have one space.
    const next = whole.indexOf(' ', space + 1);
    if (next < 0) return false;
    if (next > space + 1 && KNOWN_ORGS.has(whole.slice(space + 1))) return true;
    space = next;
  }
  return false;
}

/** "Laprida Shears, 25, of Tyler", "Lyrik Poike, 2 months old": a name, a comma and an age. */
function ageFollows(parts: Part[], tokens: Token[]): boolean {
  const last = parts[parts.length - 1]!.token;
  const age = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || !age || age.kind !== 'number' || !/^\d{1,3}$/.test(age.text) || Number(age.text) > 120) return false;
  const after = tokens[last + 3];
  return !after || AGE_ENDS.has(after.text);
}
/** "24-year-old Deashaun Turrentine": an age right before a name of two or more person-like words. */
function ageBefore(parts: Part[], tokens: Token[]): boolean {
  // Tokenised as "24", "-", "year-old".
  const first = parts[0]!.token;
  // (The hyphen is asked first: the pattern runs only where one stands.)
  if (parts.length < 2 || first < 3 || tokens[first - 2]!.text !== '-') return false;
  const unit = tokens[first - 1]!;
  const number = tokens[first - 3]!;
  if (!AGE_UNIT.test(unit.text) || number.kind !== 'number') return false;
  // The age vouches for a person, so a surname may be an ordinary word ("Romello Dewain Steward"); no
  // organisation or place word, and the words together are no listed place.
  if (parts.length > 4 || parts.some((p) => ORG_HEADS.has(p.lower) || PLACE_HEADS.has(p.lower) || !startsUpper(p.text))) return false;
  return !isPlaceName(parts.map((p) => p.text).join(' '));
}
const AGE_UNIT = /^(?:year|month|week)-old$/i;

/**
 * "17-year-old Thomas Lane", "Derric Hall, 26,": a name of two words, the first a given name or no known
 * word, the last a street's or a building's word, with a person's age beside it. An old building takes its
 * age after an article ("the 100-year-old Hall"), so an age after "the" or "a" does not count.
 */
function agedPersonEndingInHead(parts: Part[], tokens: Token[]): 'age-after-name' | 'age-before-name' | undefined {
  if (parts.length !== 2) return undefined;
  const [first, last] = [parts[0]!, parts[1]!];
  if (!(STREET_NAME_HEADS.has(last.lower) || PLACE_HEADS.has(last.lower)) || !PLAIN_WORD.test(first.text) || !PLAIN_WORD.test(last.text)) return undefined;
  const given = isFirstName(first.text) || (!DICTIONARY.has(first.lower) && !isPlaceName(first.text) && !ORG_HEADS.has(first.lower) && !PLACE_HEADS.has(first.lower));
  if (!given || isPlaceName(`${first.text} ${last.text}`)) return undefined;
  if (ageFollows(parts, tokens)) return 'age-after-name';
  const at = first.token;
  const number = tokens[at - 3];
  if (!AGE_UNIT.test(tokens[at - 1]?.text ?? '') || tokens[at - 2]?.text !== '-' || number?.kind !== 'number' || Number(number.text) > 110) return undefined;
  return ARTICLES.has(low(tokens[at - 4]?.text ?? '')) ? undefined : 'age-before-name';
}
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A given name after a short capitalised prefix ("JaMarcus", "TaShawn", "DeAndre"): the model may read
 * the inner capital as a product's ("PlayStation"), but here the part after the prefix is itself a given name.
 */
function prefixedGivenName(word: string): boolean {
  const m = PREFIXED.exec(word);
  return m !== null && isFirstName(m[1]!) && !DICTIONARY.has(low(word)) && !isPlaceName(word) && !KNOWN_ORGS.has(low(word));
}
const PREFIXED = /^\p{Lu}\p{Ll}{1,2}(\p{Lu}\p{Ll}{2,})$/u;
const AGE_ENDS = new Set([',', ';', '.', ')', 'and', 'of', 'from', 'years', 'year', 'months', 'month', 'weeks']);

const GENERATIONS = /^(?:Jr|Sr|II|III|IV)\.?$/;
const CAPITALS_ONLY = /^\p{Lu}{3,}$/u;
/** Lower-case nouns after a one-word name that make it a town: "Auburn police", "the Katy area", "Bastrop residents". */
const PLACE_FOLLOWERS = new Set(['police', 'area', 'residents', 'resident', 'native', 'natives', 'neighborhood', 'neighbourhood', 'suburb', 'township', 'mayor']);
/** Nouns for a settlement or an administrative area: "the town of Qusair", "Qusair, a Sunni town". */
const TOWN_NOUNS = new Set(['town', 'city', 'village', 'capital', 'province', 'region', 'district', 'county', 'suburb', 'neighborhood', 'neighbourhood', 'island', 'port', 'hamlet', 'municipality']);
/** Lower-case nouns for an organisation, right before or after its name: "militant group Hezbollah", "Anatolia news agency". */
const ORGANIZATION_NOUNS = new Set(['agency', 'newspaper', 'broadcaster', 'channel', 'television', 'radio', 'militia', 'movement', 'party', 'company', 'firm', 'group', 'charity', 'airline', 'network', 'fighters', 'militants', 'shareholders', 'employees']);
/** Those of ORGANIZATION_NOUNS that come before the name ("militant group Hezbollah"); members come after it. */
const ORGANIZATION_NOUNS_BEFORE = new Set([...ORGANIZATION_NOUNS].filter((w) => !['fighters', 'militants', 'shareholders', 'employees'].includes(w)));

/** "the town of X", "X, a Sunni town near ...". */
function placeNounBefore(parts: Part[], tokens: Token[]): boolean {
  const first = parts[0]!.token;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  if (prev?.text === 'of' && prev2 && TOWN_NOUNS.has(prev2.text)) return true;
  const last = parts[parts.length - 1]!.token;
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[last + 2]?.text ?? '')) return false;
  for (let k = last + 3; k < Math.min(tokens.length, last + 6); k++) {
    const t = tokens[k]!.text;
    if (TOWN_NOUNS.has(t)) return true;
    if (!/^\p{L}/u.test(t)) return false;
  }
  return false;
}

/** "militant group Hezbollah", "Hezbollah fighters", "Anatolia news agency" (the noun in lower case). */
function organizationNoun(parts: Part[], tokens: Token[]): boolean {
  const prev = tokens[parts[0]!.token - 1];
  // (One set lookup: a second test met only after such a noun deoptimised the typer when first reached.)
  if (prev && ORGANIZATION_NOUNS_BEFORE.has(prev.text)) return true;
  const last = parts[parts.length - 1]!.token;
  const next = tokens[last + 1];
  if (!next) return false;
  if (ORGANIZATION_NOUNS.has(next.text)) return true;
  return next.text === 'news' && tokens[last + 2]?.text === 'agency';
}

const DATELINE_MARKS = new Set([',', '(', '-', '\u2013', '\u2014']);

/** A name followed by a comma and a US state or a country: "Sandusky, Ohio", "Irving, Texas", "Aleppo, Syria". */
function regionFollows(parts: Part[], tokens: Token[]): boolean {
  const last = parts[parts.length - 1]!.token;
  if (tokens[last + 1]?.text !== ',') return false;
  // Not a person or an organisation with its place: "Christopher Hill, U.S.", "Calvary Church, California".
  if ((parts.length > 1 && isFirstName(parts[0]!.text)) || ORG_HEADS.has(headWord(parts.map((p) => p.lower)))) return false;
  const region = tokens[last + 2];
  if (!region || !startsUpper(region.text)) return false;
  const one = low(region.text).replaceAll('.', '');
  const next = tokens[last + 3];
  const two = next && startsUpper(next.text) ? `${one} ${low(next.text)}` : '';
  return US_STATES.has(one) || US_STATES.has(two) || countryOf(region.text) !== undefined;
}

/**
 * A name in a dateline's slots: the source after the city ("VARNHOLM (Wire) –") or the country or region
 * after it ("VARNHOLM, Eastmark –"); the city is a word in capitals opening the sentence.
 */
function datelineRole(parts: Part[], tokens: Token[]): 'source' | 'place' | 'city' | undefined {
  const first = parts[0]!.token;
  // The city opens the sentence, the source or place stands two tokens after it: most names are elsewhere.
  if (first !== 0 && first !== 2) return undefined;
  // The city itself: capitals opening the sentence, then a comma, a parenthesis or a dash.
  const after = tokens[parts[parts.length - 1]!.token + 1];
  if (first === 0 && after && DATELINE_MARKS.has(after.text) && parts.every((p) => CAPITALS_ONLY.test(p.text)) && !countryOf(parts[0]!.text)) return 'city';
  const prev = tokens[first - 1];
  const city = tokens[first - 2];
  if (!prev || !city || first - 2 !== 0 || !CAPITALS_ONLY.test(city.text)) return undefined;
  if (prev.text === '(' && tokens[parts[parts.length - 1]!.token + 1]?.text === ')') return 'source';
  if (prev.text === ',') return 'place';
  return undefined;
}

/**
 * A name with a written ordinal: a numbered street or ward ("East 52nd Street", "5th Avenue", "South 38th",
 * "9th Ward") or a numbered unit opening with its ordinal ("67th Precinct", "101st Airborne Division"); other
 * ordinal names go to the model.
 */
function numberedName(parts: Part[]): 'numbered-place' | 'numbered-unit' | undefined {
  if (parts.length < 2) return undefined;
  let ordinal = -1;
  for (let i = 0; i < parts.length && ordinal < 0; i++) {
    const c = parts[i]!.text.charCodeAt(0);
    if (c >= 48 && c <= 57 && ORDINAL_PART.test(parts[i]!.text)) ordinal = i;
  }
  if (ordinal < 0) return undefined;
  const last = parts[parts.length - 1]!.lower;
  if (ordinal === parts.length - 2 && NUMBERED_PLACE_HEADS.has(last)) return 'numbered-place';
  if (ordinal === parts.length - 1 && STREET_COMPASS.has(parts[ordinal - 1]!.lower)) return 'numbered-place';
  return ordinal === 0 && NUMBERED_UNIT_HEADS.has(last) ? 'numbered-unit' : undefined;
}

/**
 * An acronym naming a person's affiliation: "Anna Lee of the DPLB", "Tom Wu of NWPC", "DPLB's Anna Lee".
 * Unknown capitals on their own are as often products or programmes; beside a person's name, in these two
 * frames, they are the party, union or body the person belongs to.
 */
function affiliationAcronym(parts: Part[], tokens: Token[]): boolean {
  if (parts.length !== 1 || !isCapitalsAcronym(parts[0]!.text) || US_STATES.has(parts[0]!.lower)) return false;
  const at = parts[0]!.token;
  const own = tokens[at]!;
  if (own.end > parts[0]!.end) {
    // A possessive ("DPLB's"), then a given name.
    const next = tokens[at + 1];
    return next !== undefined && isFirstName(next.text) && startsUpper(tokens[at + 2]?.text ?? '');
  }
  let k = at - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'of') return false;
  const before = tokens[k - 1];
  const before2 = tokens[k - 2];
  // A full name right before: two capitalised words, the first a given name or the second a known surname.
  return before !== undefined && before2 !== undefined && startsUpper(before.text) && startsUpper(before2.text) && (isFirstName(before2.text) || LAST_NAMES.has(low(before.text)));
}

/**
 * "Valeska Paris, an Australian woman and former nun", "Lee Tran, a 34-year-old nurse,", "Ann Cole, his widow,": a
 * name, a comma, an article or possessive and a description headed by a noun that names only a person. The noun
 * must end the description: "a student union" is no person, nor is "…, a woman said" (the description speaks).
 */
function personApposition(parts: Part[], tokens: Token[]): boolean {
  const last = parts[parts.length - 1]!.token;
  if (tokens[last + 1]?.text !== ',' || !APPOSITION_OPENERS.has(low(tokens[last + 2]?.text ?? ''))) return false;
  // A firm's, a place's or a street's name is described by its own head word ("County Fire Department").
  const head = parts[parts.length - 1]!.lower;
  if (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || STREET_NAME_HEADS.has(head)) return false;
  // After "of" or a place's preposition the name is inside another phrase, which the description may be of:
  // "a captain of the Ferrol fire brigade, a father of two"; "near Wabash, a suspect … was arrested".
  let before = parts[0]!.token - 1;
  if (low(tokens[before]?.text ?? '') === 'the') before--;
  const prep = low(tokens[before]?.text ?? '');
  if (prep === 'of' || PLACE_PREPS.has(prep)) return false;
  for (let k = last + 3, end = Math.min(tokens.length, last + 9); k < end; k++) {
    const text = tokens[k]!.text;
    if (APPOSITION_PERSON_NOUNS.has(low(text))) {
      const next = tokens[k + 1];
      if (!next || APPOSITION_ENDS.has(low(next.text))) return true;
    }
    if (!DESCRIPTION_WORD.test(text)) return false;
  }
  return false;
}
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their']);
/** What may follow the noun that ends a description: punctuation, a conjunction, a relative, a preposition. */
const APPOSITION_ENDS = new Set([',', '.', ';', ':', ')', '\u2014', '\u2013', '-', 'and', 'or', 'who', 'whose', 'from', 'of', 'in', 'at', 'with', 'living', 'based']);
/** A word of a description before its noun: "34", "-", "year-old", "Australian", "former", "victim's". */
const DESCRIPTION_WORD = /^(?:\p{L}[\p{L}'\u2019.-]*|\d+|-)$/u;

/** Right after an administrative unit's "of": "Livorno" of "the Municipality of Livorno", "the city of Orange". */
function unitOfPlaceBefore(parts: Part[], tokens: Token[]): boolean {
  const first = parts[0]!.token;
  if (tokens[first - 1]?.text !== 'of' || !UNIT_OF_PLACE_HEADS.has(low(tokens[first - 2]?.text ?? ''))) return false;
  // Not a body of the unit: "the City of Miami Police".
  for (let i = 0; i < parts.length; i++) if (isHeadWord(parts[i]!.lower)) return false;
  return true;
}

/** A product's, event's or work's head word and its number: "Zorbix Browser 6", "World War 2". */
function versionedProduct(parts: Part[]): boolean {
  const n = parts.length;
  return n >= 3 && /^\d{1,3}$/.test(parts[n - 1]!.text) && OTHER_HEADS.has(parts[n - 2]!.lower);
}

/**
 * An event's or organisation's head word before the country or place it is held in or serves ("Fan Expo
 * Canada", "World Cup Russia", "Amnesty International Australia"): the head's type, whatever the place's.
 */
function headBeforePlace(parts: Part[]): Evidence | undefined {
  const n = parts.length;
  if (n < 3) return undefined;
  const place = parts[n - 1]!.lower;
  if (countryOf(parts[n - 1]!.text) === undefined && !(isListedPlaceLowered(place) && !DICTIONARY.has(place))) return undefined;
  const head = parts[n - 2]!.lower;
  if (OTHER_HEADS.has(head)) return OTHER;
  return ORG_HEADS.has(head) ? ORGANIZATION : undefined;
}

/** The override that decides a candidate's type, if any. */
function override(parts: Part[], tokens: Token[], facts: CandidateFacts, lowSurface: string): { ev: Evidence; reason: TypeReason } | undefined {
  if (facts.country) return { ev: PLACE, reason: 'gazetteer-country' };
  if (facts.titled) return { ev: PERSON, reason: 'title-before-name' };
  const numbered = numberedName(parts);
  if (numbered) return { ev: numbered === 'numbered-place' ? PLACE : ORGANIZATION, reason: numbered };
  // A listed place that is also a given name ("Mary", "Victoria") is left to the model and the cues below.
  if (facts.place && !(parts.length === 1 && isFirstName(parts[0]!.text))) return { ev: PLACE, reason: 'gazetteer-place' };
  if (vehicleName(parts)) return { ev: OTHER, reason: 'vehicle-make' };
  if (versionedProduct(parts)) return { ev: OTHER, reason: 'versioned-product' };
  // A person's age beside a given name and a surname that is also a street's or a building's word.
  const aged = agedPersonEndingInHead(parts, tokens);
  if (aged) return { ev: PERSON, reason: aged };
  if (streetName(parts)) return { ev: PLACE, reason: 'street-name' };
  if (areaName(parts)) return { ev: PLACE, reason: 'area-name' };
  // A place's prefix, a state after a town, a street of an intersection: places whatever the words (place-cues.ts).
  if (prefixedPlaceName(parts)) return { ev: PLACE, reason: 'place-prefix' };
  if (regionOfPlace(parts)) return { ev: PLACE, reason: 'region-of-place' };
  const headed = headBeforePlace(parts);
  if (headed) return { ev: headed, reason: 'head-before-place' };
  if (!facts.nested && stateAfterPlace(parts, tokens)) return { ev: PLACE, reason: 'state-after-place' };
  if (!facts.nested && streetIntersection(parts, tokens)) return { ev: PLACE, reason: 'street-intersection' };
  // A known given name (not also an ordinary word) before one or two surname-like words: "Daniel Okafor".
  if (parts.length >= 2 && parts.length <= 3 && isFirstName(parts[0]!.text) && !DICTIONARY.has(parts[0]!.lower) && personLike(parts)) {
    return { ev: PERSON, reason: 'given-name-and-surname' };
  }
  // An unknown given name before a known surname: "Amorian Hale", "Brijonne Rashad Woods".
  const lastLower = parts[parts.length - 1]!.lower;
  if (parts.length >= 2 && parts.length <= 4 && LAST_NAMES.has(lastLower) && !DICTIONARY.has(parts[0]!.lower) && personLike(parts)) {
    return { ev: PERSON, reason: 'known-surname' };
  }
  // "JaMarcus", "TaShawn": a given name after a short capitalised prefix, before a surname.
  if (parts.length >= 2 && parts.length <= 3 && prefixedGivenName(parts[0]!.text) && personLike(parts)) return { ev: PERSON, reason: 'prefixed-given-name' };
  // "Meiko Devaughn Jr", "Rodney Clay Patrick Jr.": a generation after a name.
  if (parts.length >= 3 && GENERATIONS.test(parts[parts.length - 1]!.text) && personLike(parts.slice(0, -1))) {
    return { ev: PERSON, reason: 'generational-suffix' };
  }
  const whole = lowSurface.indexOf('.') >= 0 ? lowSurface.replaceAll('.', '') : lowSurface;
  if (NEWS_AGENCIES.has(whole)) return { ev: ORGANIZATION, reason: 'news-agency' };
  if (KNOWN_ORGS.has(whole) || endsInKnownOrganization(whole)) return { ev: ORGANIZATION, reason: 'known-organization' };
  if (facts.nested) return unitOfPlaceBefore(parts, tokens) ? { ev: PLACE, reason: 'unit-of-place' } : undefined;
  const dateline = datelineRole(parts, tokens);
  if (ageFollows(parts, tokens)) return { ev: PERSON, reason: 'age-after-name' };
  if (ageBefore(parts, tokens)) return { ev: PERSON, reason: 'age-before-name' };
  if (personApposition(parts, tokens)) return { ev: PERSON, reason: 'person-apposition' };
  if (dateline === 'source') return { ev: ORGANIZATION, reason: 'dateline-source' };
  if (dateline === 'place') return { ev: PLACE, reason: 'dateline-place' };
  if (dateline === 'city') return { ev: PLACE, reason: 'dateline-city' };
  if (regionFollows(parts, tokens)) return { ev: PLACE, reason: 'place-then-region' };
  if (parts.length === 1 && PLACE_FOLLOWERS.has(tokens[parts[0]!.token + 1]?.text ?? '')) return { ev: PLACE, reason: 'place-noun-after' };
  if (placeNounBefore(parts, tokens)) return { ev: PLACE, reason: 'place-noun-before' };
  if (unitOfPlaceBefore(parts, tokens)) return { ev: PLACE, reason: 'unit-of-place' };
  if (organizationNoun(parts, tokens)) return { ev: ORGANIZATION, reason: 'organization-noun' };
  if (affiliationAcronym(parts, tokens)) return { ev: ORGANIZATION, reason: 'affiliation-acronym' };
  return undefined;
}

/**
 * The summed scores of the name's own features, by words and facts: names repeat, worked out once each. A
 * trie by the words' texts under the facts' bits, so that a lookup builds no key string.
 */
interface OwnNode {
  raw?: number[];
  next?: Map<string, OwnNode>;
}
let ownRoots: OwnNode[] = [];
let ownSize = 0;
const MAX_OWN_CACHE = 50_000;
let cachedGeneration = -1;
function ownScores(parts: Part[], facts: CandidateFacts): number[] {
  if (cachedGeneration !== currentModelGeneration() || ownSize >= MAX_OWN_CACHE) {
    // Bounded: a hostile input cannot grow it without end.
    ownRoots = [];
    ownSize = 0;
    cachedGeneration = currentModelGeneration();
  }
  const bits = (facts.titled ? 1 : 0) | (facts.country ? 2 : 0) | (facts.place ? 4 : 0) | (facts.nested ? 8 : 0) | (facts.headline ? 16 : 0);
  let node = (ownRoots[bits] ??= {});
  for (let i = 0; i < parts.length; i++) {
    const text = parts[i]!.text;
    const next = (node.next ??= new Map());
    let child = next.get(text);
    if (!child) next.set(text, (child = {}));
    node = child;
  }
  if (!node.raw) {
    const raw = [0, 0, 0, 0, 0];
    const sink = scoringSink(raw);
    if (sink) nameFeaturesTo(parts, facts, sink);
    node.raw = raw;
    ownSize++;
  }
  return node.raw;
}

const NO_FEATURES: string[] = [];

/** Type probabilities of a candidate, with the reason for them; its feature names only when `keepFeatures`. */
export function typeCandidate(parts: Part[], tokens: Token[], facts: CandidateFacts, lowSurface: string, keepFeatures = false): TypedCandidate {
  let features = NO_FEATURES;
  if (keepFeatures) {
    features = nameFeatures(parts, facts);
    if (!facts.nested) contextFeatures(parts, tokens, features);
  }
  // An override decides alone: the model's scores would go unused, so they are not computed.
  const forced = override(parts, tokens, facts, lowSurface);
  if (forced) return { ev: [...forced.ev], none: 0, reasons: [forced.reason], features };
  const raw = ownScores(parts, facts).slice();
  if (!facts.nested) {
    const sink = scoringSink(raw);
    if (sink) contextFeaturesTo(parts, tokens, sink);
  }
  const scores = scoresToTypes(raw);
  return { ev: scores.type, none: scores.none, reasons: ['model'], features };
}

/** Evidence for a headline form known only to the gazetteer (no sentence around it to type it by). */
export function gazetteerTyped(reason: 'gazetteer-country' | 'gazetteer-place' | 'known-organization'): { ev: Evidence; reasons: TypeReason[] } {
  return { ev: reason === 'known-organization' ? [...ORGANIZATION] : [...PLACE], reasons: [reason] };
}
