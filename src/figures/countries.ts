import { COUNTRY_RECORDS } from './data/countries.generated.js';

// Country names and demonyms (world-countries, ODbL, from a generated copy: see data/generate.cjs): a figure
// placed only in a country is broad, and does not contradict one placed in a town or island that the country may hold.

/** Lower-case country names (common, official, alternative spellings of 4+ letters, codes written in capitals) and demonyms → common name. */
const COUNTRY_OF: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const add = (form: string, common: string) => {
    const key = form.toLowerCase().replace(/\./g, '');
    if (!out.has(key)) out.set(key, common);
  };
  for (const [name, official, altSpellings, demonymM, demonymF] of COUNTRY_RECORDS) {
    const common = name.toLowerCase();
    for (const f of [name, official, ...altSpellings]) if (f.length > 3) add(f, common); // codes ("AM", "ET") collide with words
    if (demonymM) add(demonymM, common);
    if (demonymF) add(demonymF, common);
  }
  // General knowledge: short forms news copy uses.
  for (const [f, c] of [['britain', 'united kingdom'], ['great britain', 'united kingdom'], ['america', 'united states'], ['usa', 'united states'], ['us', 'united states'], ['uk', 'united kingdom'], ['uae', 'united arab emirates']] as const) add(f, c);
  return out;
})();

/** First words of the names of more than one word, and "the": only a run opening with one can name a country. */
const LONG_NAME_OPENERS: ReadonlySet<string> = new Set(['the', ...[...COUNTRY_OF.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)]);

/** Can a phrase of several words starting with this word (lower case) name a country? */
export const opensLongCountryName = (word: string): boolean => LONG_NAME_OPENERS.has(word.includes('.') ? word.replace(/\./g, '') : word);

/** The country a place name (lower case) names, as its common name; null for anything else. */
export const countryOf = (place: string): string | null => {
  // the replacements run only when there is something to replace: this is asked of every capitalised word
  let key = place.includes('.') ? place.replace(/\./g, '') : place;
  if (key.startsWith('the ')) key = key.slice(4);
  return COUNTRY_OF.get(key) ?? null;
};
export const isCountry = (place: string) => countryOf(place) !== null;
