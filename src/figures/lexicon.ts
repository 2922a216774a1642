import { COUNTED_PERSON_NOUNS, FUNCTION_WORDS, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBERS, WEEKDAYS } from '../corpus/lexicon.js';
// General-language word lists for the claim layer: what a number counts, which words carry scope.

/** Counted nouns (and adjectives used as nouns) mapped to a canonical measure. */
export const MEASURE_NOUNS: ReadonlyMap<string, string> = new Map([
  ...pairs('deaths', 'lives dead deaths death fatalities bodies'),
  ...pairs('injured', 'injured wounded hurt injuries injury'),
  ...pairs('refugees', 'refugees refugee'),
  ...pairs('displaced', 'displaced'),
  ...pairs('homeless', 'homeless'),
  ...pairs('missing', 'missing'),
  ...pairs('arrested', 'arrests arrested detained detentions'),
  ...pairs('casualties', 'casualties'),
  ...pairs('evacuated', 'evacuees evacuated'),
  ...pairs('survivors', 'survivors'),
  ...pairs('perpetrators', 'gunmen gunman shooters shooter attackers attacker assailants assailant perpetrators perpetrator robbers robber hijackers bombers'),
  ...pairs('victims', 'victims'),
  ...pairs('population', 'residents inhabitants'),
]);

/** Verbs (any form) that say what happened to the counted people. Checked before and after the number. */
export const EVENT_VERBS: ReadonlyMap<string, string> = new Map([
  ...pairs('deaths', 'killed killing kills kill died die dies dying slain slaughtered slaughter massacred massacre ' +
    'perished executed murdered murdering fatally claimed-lives'),
  ...pairs('injured', 'injured injuring injures injure wounded wounding wounds wound hurt hurting hospitalized hospitalised'),
  ...pairs('arrested', 'arrested arresting arrests arrest detained detaining captured capturing caught apprehended'),
  ...pairs('shot', 'shot struck'),
  ...pairs('displaced', 'displaced displacing'),
  ...pairs('evacuated', 'evacuated evacuating'),
  ...pairs('rescued', 'rescued rescuing'),
  ...pairs('missing', 'missing'),
  // "one person had been attacked": the people an attack was on (neither a toll of the dead nor of the hurt)
  ...pairs('victims', 'attacked assaulted'),
]);

/** Multi-word heads that name a measure ("death toll ... reached 25"). Keys are lower case, space-joined. */
export const MEASURE_PHRASES: ReadonlyMap<string, string> = new Map([
  ['death toll', 'deaths'],
  ['deaths of', 'deaths'],
  ['injuries to', 'injured'],
  ['toll', 'deaths'],
  ['body count', 'deaths'],
  ['population', 'population'],
  ['home to', 'population'],
  ['population of', 'population'],
  ['residents', 'population'],
  ['inhabitants', 'population'],
  ['crowd', 'crowd'],
]);

/** Nouns for people, plural and singular, that a number counts (shared vocabulary, src/corpus/lexicon.ts). */
export const PEOPLE_NOUNS = COUNTED_PERSON_NOUNS;

/** Words between a number and its counted noun that do not end the noun phrase. */
export const NOUN_MODIFIERS = new Set(
  ('other more additional new further extra young old armed unarmed innocent foreign local suspected alleged ' +
    'confirmed reported known estimated registered total family').split(' '),
);

/** Function words: they end a noun phrase (shared vocabulary, src/corpus/lexicon.ts). */
export const STOPWORDS = FUNCTION_WORDS;

/** Words that, right before a number, say the sentence reports a period ("in three days", "for 29 years"). */
export const TIME_UNIT_DAYS: ReadonlyMap<string, number> = new Map([
  ...pairsN(1 / 1440, 'minute minutes min mins'),
  ...pairsN(1 / 24, 'hour hours hr hrs'),
  ...pairsN(1, 'day days'),
  ...pairsN(7, 'week weeks'),
  ...pairsN(30.44, 'month months'),
  ...pairsN(365.25, 'year years yr yrs'),
  ...pairsN(3652.5, 'decade decades'),
]);

/** Number words as scope periods: "three days of clashes". */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  'a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 several:3 few:3 couple:2'
    .split(' ')
    .map((p) => p.split(':') as [string, string])
    .map(([w, n]) => [w, Number(n)] as [string, number]),
);

// Days, months and place nouns are shared vocabulary (src/corpus/lexicon.ts), re-exported under their old names.
export { WEEKDAYS, RELATIVE_DAYS, PLACE_NOUNS } from '../corpus/lexicon.js';
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
const MONTH_LIST = [...MONTH_NAMES];
/** Abbreviation → full month name ("sept" → "september"). */
const MONTH_CANON = new Map([...MONTH_ABBREVIATIONS].map((a) => [a, MONTH_LIST[MONTH_NUMBERS.get(a)! - 1]!]));
export const canonMonth = (w: string) => MONTH_CANON.get(w) ?? w;

/** Prepositions that introduce a place phrase. */
export const PLACE_PREPOSITIONS = new Set('in at near outside inside across around throughout'.split(' '));

/** Capitalised words that are not places even after a place preposition. */
export const NOT_PLACES = new Set([
  ...'the a an this that these those his her their its our my your'.split(' '), ...WEEKDAYS, ...MONTH_NAMES,
  ...'i he she we they it mr mrs ms dr president minister secretary general'.split(' '),
]);

/** Words that, at the end of an "according to" phrase, name the kind of source rather than the source. */
export const SOURCE_TRAILERS = new Set('estimates estimate figures figure data statistics count counts tally report reports officials sources'.split(' '));

/** Currency codes and words seen as a money claim's unit, mapped to one code. */
export const MONEY_CONTEXT: ReadonlyMap<string, string> = new Map([
  ...pairs('price', 'deal acquisition acquire acquires acquired acquiring buy buys buying bought purchase sale sold price valued value worth takeover agreement pay pays paying paid'),
  ...pairs('funding', 'funding raised raise raising investment invested venture'),
  ...pairs('damage', 'damage damages losses loss'),
  ...pairs('revenue', 'revenue revenues sales turnover'),
  ...pairs('profit', 'profit profits earnings income'),
  ...pairs('aid', 'aid donation donations grant grants'),
  ...pairs('salary', 'salary salaries wage wages'),
  ...pairs('cash', 'cash'),
  ...pairs('stock', 'stock shares'),
  ...pairs('bail', 'bail bond'),
  ...pairs('reward', 'reward'),
  ...pairs('fine', 'fine fined penalty'),
  ...pairs('compensation', 'compensation settlement'),
  ...pairs('ransom', 'ransom'),
  ...pairs('cost', 'cost costs budget'),
]);

function pairs(value: string, words: string): [string, string][] {
  return words.split(' ').map((w) => [w.replace(/-.*$/, ''), value] as [string, string]);
}
function pairsN(value: number, words: string): [string, number][] {
  return words.split(' ').map((w) => [w, value] as [string, number]);
}

/** Measure families whose figures are compared on scope evidence alone, whatever their size. */
const NAMED_FAMILIES = new Set(['deaths', 'injured', 'missing', 'arrested', 'displaced', 'evacuated', 'perpetrators', 'victims', 'shot',
  'casualties', 'age', 'magnitude', 'time', 'vote', 'depth', 'refugees', 'homeless', 'survivors', 'rescued', 'population', 'crowd']);
export const isNamedFamily = (measure: string | null) => !!measure && (NAMED_FAMILIES.has(measure) || measure.startsWith('money: ') || measure.startsWith('deaths: ') || measure.startsWith('injured: '));

/**
 * Counted nouns that name one kind of thing (a plain noun's family is its lemma): outlets write "employees" or
 * "workers" of one plant, "skiffs" or "boats" of one attack. Lemma → the family both are compared in.
 */
const COUNTED_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ...pairs('worker', 'employee staffer'), ...pairs('boat', 'skiff'), ...pairs('soldier', 'troop'),
]);
export const countedFamily = (measure: string) => COUNTED_SYNONYMS.get(measure) ?? measure;
