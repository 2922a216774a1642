import worldCountries, { type Country } from 'world-countries';

// Country names and demonyms (world-countries, ODbL): a figure placed only in a country is broad, and
// does not contradict one placed in a town or island that the country may hold.

// world-countries is CommonJS: Node hands its array over as the default export.
const countries = worldCountries as unknown as Country[];

/** Lower-case country names (common, official, alternative spellings of 4+ letters, codes written in capitals) and demonyms → common name. */
const COUNTRY_OF: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const add = (form: string, common: string) => {
    const key = form.toLowerCase().replace(/\./g, '');
    if (!out.has(key)) out.set(key, common);
  };
  for (const c of countries) {
    const common = c.name.common.toLowerCase();
    for (const f of [c.name.common, c.name.official, ...c.altSpellings]) if (f.length > 3) add(f, common); // codes ("AM", "ET") collide with words
    const eng = c.demonyms?.eng;
    if (eng?.m) add(eng.m, common);
    if (eng?.f) add(eng.f, common);
  }
  // General knowledge: short forms news copy uses.
  for (const [f, c] of [['britain', 'united kingdom'], ['great britain', 'united kingdom'], ['america', 'united states'], ['usa', 'united states'], ['us', 'united states'], ['uk', 'united kingdom'], ['uae', 'united arab emirates']] as const) add(f, c);
  return out;
})();

/** The country a place name (lower case) names, as its common name; null for anything else. */
export const countryOf = (place: string): string | null => COUNTRY_OF.get(place.replace(/\./g, '').replace(/^the /, '')) ?? null;
export const isCountry = (place: string) => countryOf(place) !== null;
