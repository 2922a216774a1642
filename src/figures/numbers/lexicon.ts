// General English lexicon of the number grammar: number words, scales, fractions, currencies, units,
// qualifiers and the context words that tell a count from a date, a year, a tally or an id.
import type { Qualifier } from '../types.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_VERBS, MONTH_NUMBERS } from '../../corpus/lexicon.js';

const table = <T>(entries: Record<string, T>): Map<string, T> => new Map(Object.entries(entries));
const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

export const UNIT_WORDS = table<number>({
  zero: 0, nought: 0, naught: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
export const TEEN_WORDS = table<number>({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TENS_WORDS = table<number>({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words above a hundred; each closes a group ("two hundred and two thousand"). */
export const BIG_SCALES = table<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, lakhs: 1e5, crores: 1e7,
});
export const HUNDRED_WORDS = set('hundred hundreds');
export const DOZEN_WORDS = set('dozen dozens dz dzs doz dozs');

/** Scale suffixes and abbreviations written after digits ("70k", "3bn", "10 bln"); case-insensitive ones. */
export const SCALE_ABBREVIATIONS = table<number>({
  k: 1e3, bn: 1e9, bln: 1e9, b: 1e9, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6, tn: 1e12, tln: 1e12, trn: 1e12,
});
/** Case-sensitive scale letters: "10M", "10G", "1MM" (lower-case m and g are metres and grams). */
export const SCALE_LETTERS = table<number>({ M: 1e6, MM: 1e6, G: 1e9, B: 1e9, K: 1e3, k: 1e3, T: 1e12 });

/** Ordinal words with their numbers; the plural forms serve as fraction denominators ("three fifths"). */
export const ORDINAL_WORDS = table<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6,
  billionth: 1e9, trillionth: 1e12,
});
/** Ordinals that may complete a tens word: "twenty-first", "thirty-fifth". */
export const UNIT_ORDINALS = set('first second third fourth fifth sixth seventh eighth ninth');

/** Denominator words: singular and plural ordinals (not "second": "two seconds" is time), halves, quarters. */
export const DENOMINATORS: Map<string, { value: number; plural: boolean }> = (() => {
  const m = new Map<string, { value: number; plural: boolean }>();
  for (const [w, v] of ORDINAL_WORDS) {
    if (w === 'second' || w === 'first') continue;
    m.set(w, { value: v, plural: false });
    m.set(`${w}s`, { value: v, plural: true });
  }
  m.set('half', { value: 2, plural: false });
  m.set('halves', { value: 2, plural: true });
  m.set('quarter', { value: 4, plural: false });
  m.set('quarters', { value: 4, plural: true });
  m.set('firsts', { value: 1, plural: true });
  return m;
})();

export const UNICODE_FRACTIONS = table<number>({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
});

/** Vague amounts: an interval for the plural scale word ("hundreds of", "thousands"). */
export const VAGUE_PLURALS = table<[number, number]>({
  dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9], trillions: [2e12, 9.99e12], scores: [40, 99],
});
/** Vague multipliers before a scale: "several hundred", "a few thousand". */
export const VAGUE_MULTIPLIERS = table<[number, number]>({
  several: [3, 9], few: [2, 5], many: [3, 9], some: [2, 9], 'a few': [2, 5], couple: [2, 3], 'a couple': [2, 3],
});

// ---- currencies --------------------------------------------------------------------------------
/** Currency symbols and codes written before the amount. */
export const CURRENCY_PREFIXES: Array<[string[], string]> = [
  [['us', '$'], 'USD'], [['u', '.', 's', '.', '$'], 'USD'], [['c', '$'], 'CAD'], [['ca', '$'], 'CAD'],
  [['a', '$'], 'AUD'], [['au', '$'], 'AUD'], [['hk', '$'], 'HKD'], [['s', '$'], 'SGD'], [['nz', '$'], 'NZD'],
  [['r', '$'], 'BRL'], [['₿'], 'BTC'], [['$'], 'USD'], [['€'], 'EUR'], [['£'], 'GBP'], [['¥'], 'JPY'], [['₹'], 'INR'],
  [['₽'], 'RUB'], [['₩'], 'KRW'], [['₺'], 'TRY'], [['₪'], 'ILS'], [['₦'], 'NGN'], [['rs', '.'], 'INR'], [['rs'], 'INR'],
  [['usd'], 'USD'], [['eur'], 'EUR'], [['gbp'], 'GBP'], [['jpy'], 'JPY'], [['cny'], 'CNY'], [['rmb'], 'CNY'],
  [['inr'], 'INR'], [['chf'], 'CHF'], [['cad'], 'CAD'], [['aud'], 'AUD'], [['rub'], 'RUB'], [['sek'], 'SEK'],
  [['nok'], 'NOK'], [['dkk'], 'DKK'], [['hkd'], 'HKD'], [['sgd'], 'SGD'], [['zar'], 'ZAR'], [['brl'], 'BRL'],
  [['mxn'], 'MXN'], [['krw'], 'KRW'], [['ils'], 'ILS'], [['euro'], 'EUR'], [['euros'], 'EUR'], [['dh'], 'AED'],
  [['dhs'], 'AED'], [['sr'], 'SAR'], [['kes'], 'KES'], [['ngn'], 'NGN'], [['pkr'], 'PKR'],
];
/** Currency prefixes that are ordinary words or letters: only glued to the digits ("euro110", "Dh4,275", "A$5"). */
export const GLUED_ONLY_CURRENCY = set('euro euros dh dhs sr try a c s r');
/** Currency names and codes written after the amount. */
export const CURRENCY_SUFFIXES: Array<[string[], string]> = [
  [['us', 'dollars'], 'USD'], [['us', 'dollar'], 'USD'], [['singapore', 'dollars'], 'SGD'], [['new', 'zealand', 'dollars'], 'NZD'],
  [['syrian', 'pounds'], 'SYP'], [['egyptian', 'pounds'], 'EGP'], [['lebanese', 'pounds'], 'LBP'], [['sudanese', 'pounds'], 'SDG'],
  [['chinese', 'yuan'], 'CNY'], [['japanese', 'yen'], 'JPY'], [['indian', 'rupees'], 'INR'], [['pakistani', 'rupees'], 'PKR'],
  [['turkish', 'lira'], 'TRY'], [['mexican', 'pesos'], 'MXN'], [['russian', 'roubles'], 'RUB'], [['russian', 'rubles'], 'RUB'],
  [['south', 'african', 'rand'], 'ZAR'], [['saudi', 'riyals'], 'SAR'], [['iranian', 'rials'], 'IRR'], [['rials'], 'IRR'],
  [['hryvnias'], 'UAH'], [['hryvnia'], 'UAH'], [['zlotys'], 'PLN'], [['zloty'], 'PLN'], [['forints'], 'HUF'],
  [['bitcoins'], 'BTC'], [['bitcoin'], 'BTC'], [['btc'], 'BTC'], [['pennies'], 'GBP¢'], [['penny'], 'GBP¢'],
  [['$'], 'USD'], [['€'], 'EUR'], [['£'], 'GBP'], [['¥'], 'JPY'], [['元'], 'CNY'], [['₹'], 'INR'], [['₽'], 'RUB'],
  [['₩'], 'KRW'], [['₺'], 'TRY'], [['₪'], 'ILS'], [['₦'], 'NGN'], [['₡'], 'CRC'], [['₾'], 'GEL'], [['₭'], 'LAK'], [['₴'], 'UAH'],
  [['markka'], 'FIM'], [['guilders'], 'NLG'], [['dutch', 'guilders'], 'NLG'], [['pesetas'], 'ESP'], [['deutsche', 'marks'], 'DEM'], [['u', '.', 's', '.', 'dollars'], 'USD'], [['american', 'dollars'], 'USD'],
  [['canadian', 'dollars'], 'CAD'], [['australian', 'dollars'], 'AUD'], [['hong', 'kong', 'dollars'], 'HKD'],
  [['dollars'], 'USD'], [['dollar'], 'USD'], [['bucks'], 'USD'], [['cents'], 'USD¢'], [['cent'], 'USD¢'],
  [['euros'], 'EUR'], [['euro'], 'EUR'], [['pounds', 'sterling'], 'GBP'], [['sterling'], 'GBP'],
  [['pounds'], 'GBP'], [['pound'], 'GBP'], [['pence'], 'GBP¢'], [['p'], 'GBP¢'], [['yen'], 'JPY'], [['yuan'], 'CNY'],
  [['renminbi'], 'CNY'], [['rupees'], 'INR'], [['rupee'], 'INR'], [['francs'], 'CHF'], [['swiss', 'francs'], 'CHF'],
  [['roubles'], 'RUB'], [['rubles'], 'RUB'], [['lira'], 'TRY'], [['liras'], 'TRY'], [['pesos'], 'MXN'],
  [['rand'], 'ZAR'], [['shekels'], 'ILS'], [['riyals'], 'SAR'], [['dirhams'], 'AED'], [['naira'], 'NGN'],
  [['kronor'], 'SEK'], [['kroner'], 'NOK'], [['krona'], 'SEK'],
  [['usd'], 'USD'], [['eur'], 'EUR'], [['gbp'], 'GBP'], [['jpy'], 'JPY'], [['cny'], 'CNY'], [['rmb'], 'CNY'], [['chf'], 'CHF'],
  [['inr'], 'INR'], [['sek'], 'SEK'], [['nok'], 'NOK'], [['cad'], 'CAD'], [['aud'], 'AUD'], [['rub'], 'RUB'],
];

// ---- units of measure --------------------------------------------------------------------------
/** Units of measure after the amount (multi-token phrases as token lists), with a short canonical name. */
export const MEASURE_UNITS: Array<[string[], string]> = [
  [['square', 'kilometres'], 'km2'], [['square', 'kilometers'], 'km2'], [['square', 'kilometre'], 'km2'],
  [['square', 'kilometer'], 'km2'], [['sq', 'km'], 'km2'], [['square', 'miles'], 'mi2'], [['square', 'mile'], 'mi2'],
  [['sq', 'mi'], 'mi2'], [['square', 'metres'], 'm2'], [['square', 'meters'], 'm2'], [['square', 'metre'], 'm2'],
  [['square', 'meter'], 'm2'], [['sq', 'm'], 'm2'], [['square', 'feet'], 'ft2'], [['square', 'foot'], 'ft2'],
  [['cubic', 'metre'], 'm3'], [['cubic', 'meter'], 'm3'],
  [['sq', 'ft'], 'ft2'], [['cubic', 'metres'], 'm3'], [['cubic', 'meters'], 'm3'], [['cubic', 'feet'], 'ft3'],
  [['km', '/', 'h'], 'km/h'], [['km', 'per', 'hour'], 'km/h'], [['kilometres', 'per', 'hour'], 'km/h'],
  [['kilometers', 'per', 'hour'], 'km/h'], [['miles', 'per', 'hour'], 'mph'], [['nautical', 'miles'], 'nmi'],
  [['light', '-', 'years'], 'ly'], [['light', 'years'], 'ly'],
  [['km2'], 'km2'], [['km²'], 'km2'], [['m²'], 'm2'], [['kph'], 'km/h'], [['kmh'], 'km/h'], [['mph'], 'mph'],
  [['knots'], 'kn'], [['km'], 'km'], [['kms'], 'km'], [['kilometres'], 'km'], [['kilometers'], 'km'],
  [['kilometre'], 'km'], [['kilometer'], 'km'], [['metres'], 'm'], [['meters'], 'm'], [['metre'], 'm'],
  [['meter'], 'm'], [['cm'], 'cm'], [['centimetres'], 'cm'], [['centimeters'], 'cm'], [['mm'], 'mm'],
  [['millimetres'], 'mm'], [['millimeters'], 'mm'], [['miles'], 'mi'], [['mile'], 'mi'], [['feet'], 'ft'],
  [['foot'], 'ft'], [['ft'], 'ft'], [['inches'], 'in'], [['inch'], 'in'], [['yards'], 'yd'], [['yard'], 'yd'],
  [['kg'], 'kg'], [['kgs'], 'kg'], [['kilograms'], 'kg'], [['kilogrammes'], 'kg'], [['kilogram'], 'kg'],
  [['kilos'], 'kg'], [['kilo'], 'kg'], [['grams'], 'g'], [['gram'], 'g'], [['grammes'], 'g'], [['mg'], 'mg'],
  [['milligrams'], 'mg'], [['lb'], 'lb'], [['lbs'], 'lb'], [['tonnes'], 't'], [['tonne'], 't'], [['tons'], 'ton'],
  [['ton'], 'ton'], [['ounces'], 'oz'], [['ounce'], 'oz'], [['oz'], 'oz'], [['hectares'], 'ha'], [['hectare'], 'ha'],
  [['ha'], 'ha'], [['acres'], 'acre'], [['acre'], 'acre'], [['litres'], 'l'], [['liters'], 'l'], [['litre'], 'l'],
  [['liter'], 'l'], [['ml'], 'ml'], [['millilitres'], 'ml'], [['milliliters'], 'ml'], [['gallons'], 'gal'],
  [['gallon'], 'gal'], [['barrels'], 'bbl'], [['barrel'], 'bbl'], [['bbl'], 'bbl'], [['°', 'c'], '°C'],
  [['°', 'f'], '°F'], [['degrees', 'celsius'], '°C'], [['degrees', 'fahrenheit'], '°F'], [['degrees'], 'deg'],
  [['metric', 'tons'], 't'], [['metric', 'ton'], 't'], [['metric', 'tonnes'], 't'], [['cups'], 'cup'], [['cup'], 'cup'],
  [['tablespoons'], 'tbsp'], [['tablespoon'], 'tbsp'], [['tbsp'], 'tbsp'], [['teaspoons'], 'tsp'], [['teaspoon'], 'tsp'],
  [['tsp'], 'tsp'], [['micrograms'], 'µg'], [['microgram'], 'µg'], [['microgrammes'], 'µg'], [['μg'], 'µg'], [['µg'], 'µg'],
  [['mcg'], 'µg'], [['kmph'], 'km/h'], [['km', '/', 'hr'], 'km/h'], [['dm'], 'dm'], [['pounds'], 'lb'], [['pound'], 'lb'],
  [['magnitude'], 'magnitude'], [['on', 'the', 'richter', 'scale'], 'magnitude'], [['bit'], 'bit'],
  [['gauge'], 'gauge'], [['caliber'], 'caliber'], [['calibre'], 'caliber'], [['mw'], 'MW'], [['megawatts'], 'MW'], [['gw'], 'GW'], [['gigawatts'], 'GW'], [['kw'], 'kW'],
  [['kilowatts'], 'kW'], [['kwh'], 'kWh'], [['mwh'], 'MWh'], [['gwh'], 'GWh'], [['twh'], 'TWh'],
  [['gb'], 'GB'], [['gigabytes'], 'GB'], [['mb'], 'MB'], [['megabytes'], 'MB'], [['tb'], 'TB'], [['terabytes'], 'TB'],
];
/** Units only accepted glued to the digits ("180ml", "5m", "10g"): too ambiguous as separate words. */
export const GLUED_UNITS = table<string>({ m: 'm', g: 'g', l: 'l', t: 't', c: '°C', f: '°F' });

/** Time units: an amount of them is a duration ("26-month conflict", "for 29 years"). */
export const TIME_UNITS = table<string>({
  second: 'second', seconds: 'second', secs: 'second', sec: 'second', minute: 'minute', minutes: 'minute',
  mins: 'minute', min: 'minute', hour: 'hour', hours: 'hour', hrs: 'hour', hr: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', wk: 'week', wks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  fortnight: 'fortnight', fortnights: 'fortnight',
});

/** Percent signs and words. */
export const PERCENT_PHRASES: Array<[string[], string]> = [
  [['percentage', 'points'], 'pp'], [['percentage', 'point'], 'pp'], [['per', 'cent'], '%'], [['percent'], '%'],
  [['pct'], '%'], [['percents'], '%'], [['%'], '%'], [['basis', 'points'], 'bp'],
];

// ---- qualifiers ----------------------------------------------------------------------------------
/** Qualifier phrases written before the amount. "nearly"/"almost" assert a value a little under it. */
export const QUALIFIER_PREFIXES: Array<[string[], Qualifier | 'nearly']> = [
  [['more', 'than'], 'more-than'], [['over'], 'more-than'], [['in', 'excess', 'of'], 'more-than'],
  [['upwards', 'of'], 'more-than'], [['upward', 'of'], 'more-than'], [['greater', 'than'], 'more-than'],
  [['above'], 'more-than'], [['just', 'over'], 'more-than'], [['well', 'over'], 'more-than'],
  [['well', 'above'], 'more-than'], [['slightly', 'more', 'than'], 'more-than'], [['well', 'more', 'than'], 'more-than'],
  [['exceeding'], 'more-than'], [['north', 'of'], 'more-than'], [['exceed'], 'more-than'], [['exceeds'], 'more-than'],
  [['exceeded'], 'more-than'], [['surpass'], 'more-than'], [['surpassed'], 'more-than'], [['surpasses'], 'more-than'],
  [['topped'], 'more-than'], [['larger', 'than'], 'more-than'], [['bigger', 'than'], 'more-than'], [['higher', 'than'], 'more-than'],
  [['>'], 'more-than'], [['>', '='], 'at-least'], [['≥'], 'at-least'], [['<'], 'less-than'], [['<', '='], 'at-most'], [['≤'], 'at-most'],
  [['more', 'than', 'or', 'equal', 'to'], 'at-least'], [['greater', 'than', 'or', 'equal', 'to'], 'at-least'],
  [['less', 'than', 'or', 'equal', 'to'], 'at-most'], [['fewer', 'than', 'or', 'equal', 'to'], 'at-most'],
  [['smaller', 'than'], 'less-than'], [['lower', 'than'], 'less-than'],
  [['less', 'or', 'equal', 'than'], 'at-most'], [['smaller', 'or', 'equal', 'than'], 'at-most'],
  [['lower', 'or', 'equal', 'than'], 'at-most'], [['smaller', 'than', 'or', 'equal', 'to'], 'at-most'],
  [['more', 'or', 'equal', 'than'], 'at-least'], [['greater', 'or', 'equal', 'than'], 'at-least'],
  [['bigger', 'or', 'equal', 'than'], 'at-least'], [['higher', 'or', 'equal', 'than'], 'at-least'],
  [['larger', 'or', 'equal', 'than'], 'at-least'], [['at', 'least', 'or', 'equal', 'to'], 'at-least'],
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['not', 'less', 'than'], 'at-least'], [['not', 'fewer', 'than'], 'at-least'], [['a', 'minimum', 'of'], 'at-least'],
  [['at', 'a', 'minimum'], 'at-least'],
  [['nearly'], 'nearly'], [['almost'], 'nearly'], [['close', 'to'], 'nearly'], [['just', 'under'], 'less-than'],
  [['about'], 'about'], [['around'], 'about'], [['round', 'about'], 'about'], [['some'], 'about'],
  [['roughly'], 'about'], [['an', 'estimated'], 'about'], [['estimated'], 'about'], [['approximately'], 'about'],
  [['approx', '.'], 'about'], [['approx'], 'about'], [['circa'], 'about'], [['ca', '.'], 'about'], [['~'], 'about'],
  [['an', 'approximate'], 'about'], [['somewhere', 'around'], 'about'],
  [['up', 'to'], 'at-most'], [['within'], 'at-most'], [['at', 'most'], 'at-most'], [['no', 'more', 'than'], 'at-most'],
  [['not', 'more', 'than'], 'at-most'], [['a', 'maximum', 'of'], 'at-most'], [['as', 'many', 'as'], 'at-most'],
  [['as', 'much', 'as'], 'at-most'], [['at', 'the', 'most'], 'at-most'],
  [['fewer', 'than'], 'less-than'], [['less', 'than'], 'less-than'], [['under'], 'less-than'],
  [['below'], 'less-than'], [['well', 'under'], 'less-than'], [['well', 'below'], 'less-than'],
  [['just', 'below'], 'less-than'],
];
/** Qualifier phrases written after the amount ("70,000 or more"). */
export const QUALIFIER_SUFFIXES: Array<[string[], Qualifier]> = [
  [['or', 'more'], 'at-least'], [['or', 'greater'], 'at-least'], [['or', 'higher'], 'at-least'], [['or', 'lower'], 'at-most'], [['or', 'above'], 'at-least'], [['or', 'over'], 'at-least'],
  [['and', 'up'], 'at-least'], [['and', 'above'], 'at-least'], [['-', 'plus'], 'more-than'], [['plus'], 'more-than'],
  [['+'], 'more-than'], [['or', 'so'], 'about'], [['or', 'fewer'], 'at-most'], [['or', 'less'], 'at-most'],
  [['and', 'under'], 'at-most'], [['and', 'counting'], 'at-least'],
];

// ---- context words -------------------------------------------------------------------------------
/** Month names and abbreviations as written ("January", "Sept") → month number (shared vocabulary). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [...MONTH_NUMBERS].map(([m, n]) => [m[0]!.toUpperCase() + m.slice(1), n] as [string, number]),
);
/** Words after which a four-digit number is a year ("in 2013", "since 1990"). */
export const YEAR_PREPOSITIONS = set(`in since by until till through thru from during before after circa
  early late mid year fiscal fy census spring summer autumn fall winter`);
/** Words after which "of 2013" names a year ("the spring of 2013", "May of 2013"). */
export const YEAR_OF_BEFORE = set(`spring summer autumn fall winter end beginning start middle year month`);
/** Verbs of change: "rose from 70 to 80" reports two values, not a range. */
export const CHANGE_VERBS = set(`rose rise rises rising risen climbed climb climbs climbing increased increase
  increases increasing jumped jump jumps jumping grew grow grows growing fell fall falls falling fallen dropped drop
  drops dropping declined decline declines declining decreased decrease decreases decreasing soared surged surge
  plunged plummeted slipped slid sank raised raise raising lowered lower cut cuts cutting revised upgraded downgraded
  went goes going moved doubled tripled up down swelled ballooned shrank shrunk reduced expanded changed`);
/** Nouns and verbs around a vote tally or a score ("a 15-3 vote", "won 2-1"). */
export const TALLY_WORDS = set(`vote votes voted voting decision decisions ruling rulings verdict majority
  win wins won winning victory victories defeat defeats defeated loss losses lost lose beat beats beating
  lead leads led leading trail trails trailed trailing score scores scored scoring scoreline margin draw drew
  tie tied ties split record tally`);
/** Nouns in "by a vote of 60 to 40", "a margin of 5-4". */
export const TALLY_OF = set('vote votes score margin majority tally');
/** Nouns that make the following number an identifier ("Article 51", "Flight 17", "No. 10"). */
export const ID_NOUNS = set(`no nos nr nrs number article articles resolution chapter section paragraph clause
  route highway interstate flight room apartment apt suite unit gate platform terminal page pages line lines
  bus train level phase stage act amendment title rule rules exercise exercises figure figures table tables
  version vol volume issue episode season part model round channel lot block building floor grade district
  precinct ward zone sector camp area squad battalion brigade regiment division corps
  squadron`);
/** Words before "one" that make it a pronoun ("the one you mentioned", "which one"). */
export const ONE_PRONOUN_BEFORE = set(`the this that which each every any no another whichever only other
  same last next big little new old right wrong good bad first latest such a an one previous current loved young`);
/** Words after a pronoun "one" ("the one you mentioned", "which one is"); a noun after it makes it a number ("that one person"). */
export const AFTER_PRONOUN_ONE: ReadonlySet<string> = new Set([...BE_FORMS, ...DO_FORMS, ...HAVE_FORMS, ...MODAL_VERBS, ...set(`you i we they he she it that which who whom whose to in on at for with by from before after but and or as
  than more here there again too either`)]);
/** Adjectives of size after "1.8m": metres, not millions. */
export const DIMENSION_ADJECTIVES = set('tall high long wide deep thick away across');
/** Prefixes glued with a hyphen to a year: "mid-2013", "pre-1990". */
export const YEAR_PREFIXES = set('mid pre post early late end start');
/** Time zones after a clock time ("1200 GMT", "03.31 BST"). */
export const TIME_ZONES = set('gmt utc bst est edt cst cdt mst mdt pst pdt cet cest eet eest ist jst aest msk hrs');
/** Street words: a number before "Main Street" or "block of" is an address. */
export const STREET_WORDS = set(`street st avenue ave road rd boulevard blvd lane ln drive dr way place pl court ct
  terrace highway parkway pkwy square plaza block`);
/** Nouns after an earthquake's magnitude ("a 4.6 quake"). */
export const QUAKE_WORDS = set('quake quakes earthquake earthquakes tremor tremors temblor temblors aftershock aftershocks shock');
/** Verbs before an emergency number ("dialled 911"). */
export const DIAL_WORDS = set('dial dials dialed dialled dialing dialling call calls called calling');
/** Words before "half" that make it a part of something, not a fraction of an amount ("the first half"). */
export const HALF_NOT_NUMBER_BEFORE = set('first second third fourth final last other better worse');
