import { LEXICON_BY_TAGS } from './data/compromise-lexicon.generated.js';

export type LexiconTags = string | string[];

let lexicon: Map<string, LexiconTags> | undefined;

/** Whether a word's lexicon tags (one or several; undefined for an unknown word) include one of `wanted`. */
export function hasTag(t: LexiconTags | undefined, wanted: ReadonlySet<string>): boolean {
  if (t === undefined) return false;
  if (typeof t === 'string') return wanted.has(t);
  for (let i = 0; i < t.length; i++) if (wanted.has(t[i]!)) return true;
  return false;
}

/**
 * compromise's word lexicon (lower-case word → tag or tags), from a copy generated at build time so that
 * the analyses get it in milliseconds instead of loading compromise (see scripts/generate-lexicon.mjs).
 */
export function wordLexicon(): ReadonlyMap<string, LexiconTags> {
  if (lexicon) return lexicon;
  // A Map: 25,000 words make a plain object a slow dictionary, built and read more slowly than a Map.
  const out = new Map<string, LexiconTags>();
  for (const key in LEXICON_BY_TAGS) {
    const tags = key.includes(',') ? key.split(',') : key;
    const words = LEXICON_BY_TAGS[key]!.split('\n');
    for (let i = 0; i < words.length; i++) out.set(words[i]!, tags);
  }
  return (lexicon = out);
}

// Vocabulary shared by the capabilities (general English, written once here; each capability adds only what
// is its own).
const wordSet = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const WEEKDAYS: ReadonlySet<string> = wordSet('monday tuesday wednesday thursday friday saturday sunday');
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = wordSet('mon tue tues wed thu thur thurs fri sat sun');
export const MONTH_NAMES: ReadonlySet<string> = wordSet('january february march april may june july august september october november december');
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = wordSet('jan feb mar apr jun jul aug sep sept oct nov dec');
/** Words for the day of writing and the days around it. */
export const RELATIVE_DAYS: ReadonlySet<string> = wordSet('today yesterday tonight overnight tomorrow');

/** Singular nouns for a person (heads of descriptions: "a police spokesman", "the victim's mother"). */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet(`
  man woman boy girl teenager student pupil child son daughter father mother husband wife brother sister friend
  resident citizen official source spokesman spokeswoman spokesperson director member activist aide adviser advisor
  journalist reporter editor writer author poet artist painter photographer designer actor actress singer
  musician player striker goalkeeper midfielder defender captain coach manager curator professor teacher
  scientist researcher doctor nurse lawyer attorney judge politician lawmaker candidate leader founder owner
  businessman businesswoman entrepreneur banker executive chairman analyst economist strategist expert veteran soldier
  officer commander cleric priest monk pilgrim victim survivor witness suspect defendant inmate prisoner
  refugee migrant worker farmer driver blogger campaigner diplomat envoy negotiator minister councillor
  president senator ambassador secretary chief governor mayor representative general colonel`);

/** Nouns for a place: "the city of Tripoli", "in opposition-held areas", "Qusair, a Sunni town". */
export const PLACE_NOUNS: ReadonlySet<string> = wordSet(`
  area areas city cities town towns village villages province provinces region regions district districts
  camp camps state county country countries capital island islands neighbourhood neighborhood suburb
  suburbs border coast port valley zone zones quarter street streets square`);

/** Titles and roles written before a person's name ("Secretary of State John Kerry", "Mr. Obama"). */
export const PERSON_TITLES: ReadonlySet<string> = wordSet(`
  president vice-president premier chancellor king queen prince princess crown emir sheikh sultan shah pope
  ayatollah imam cardinal archbishop bishop rabbi reverend rev rev. pastor father sister brother
  minister secretary secretary-general undersecretary under-secretary deputy assistant ambassador envoy consul
  senator sen sen. representative rep rep. congressman congresswoman congressmember governor gov gov. mayor
  councillor councilor councilman councilwoman alderman commissioner delegate lawmaker legislator
  judge justice magistrate prosecutor attorney solicitor barrister sheriff marshal
  general gen gen. colonel col col. lieutenant lt lt. major maj maj. captain capt capt. commander cmdr cmdr.
  admiral adm adm. brigadier sergeant sgt sgt. corporal cpl cpl. private field-marshal commodore
  officer detective inspector constable superintendent chief
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady baron baroness count countess duke duchess
  chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder director administrator
  spokesman spokeswoman spokesperson coach manager head leader speaker
  dean provost rector principal member`);
