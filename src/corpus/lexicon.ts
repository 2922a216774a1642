import { LEXICON_BY_TAGS } from './data/compromise-lexicon.generated.js';
import { STOPWORD_LANGUAGES, STOPWORDS_BY_BITS } from './data/stopwords.generated.js';

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
  // Keys by index, not for-in: V8 optimises this start-up loop while it runs, and its for-in deoptimised it again.
  const keys = Object.keys(LEXICON_BY_TAGS);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const tags = key.includes(',') ? key.split(',') : key;
    const words = LEXICON_BY_TAGS[key]!.split('\n');
    for (let i = 0; i < words.length; i++) out.set(words[i]!, tags);
  }
  return (lexicon = out);
}

// Stopword lists of stopwords-iso (MIT) for the languages we expect in news corpora, generated into a table
// (data/generate-stopwords.mjs); strip guesses a document's language from them, quotes bounds phrases.
export { STOPWORD_LANGUAGES };

/**
 * Word → bit set of the languages listing it (bit i: STOPWORD_LANGUAGES[i]): one lookup per word serves both
 * guessing the language and counting its stopwords. An open-addressing hash table over the words' code units,
 * so that strip looks a word of a line up where it stands (slicing each one out to ask a Map cost more than
 * the rest of its scan); built on first use, straight from the generated lists (no Map beside it).
 */
interface StopwordTable {
  mask: number;
  /** Slot → index in `words` plus one (0: empty). */
  slots: Int32Array;
  words: string[];
  bits: Int32Array;
}
let stopwords: StopwordTable | undefined;

/** FNV-1a of the code units of s[from, to): the stopword table's hash. */
export function hashWordAt(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function buildStopwordTable(): StopwordTable {
  const keys = Object.keys(STOPWORDS_BY_BITS);
  const lists: string[][] = [];
  let total = 0;
  for (let k = 0; k < keys.length; k++) total += (lists[k] = STOPWORDS_BY_BITS[Number(keys[k])]!.split('\n')).length;
  let size = 1;
  while (size < total * 2) size <<= 1;
  const t: StopwordTable = { mask: size - 1, slots: new Int32Array(size), words: [], bits: new Int32Array(total) };
  for (let k = 0; k < keys.length; k++) {
    const bits = Number(keys[k]);
    const words = lists[k]!;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let at = hashWordAt(w, 0, w.length) & t.mask;
      // A word listed twice keeps its last bits, as a Map would.
      while (t.slots[at] !== 0 && t.words[t.slots[at]! - 1] !== w) at = (at + 1) & t.mask;
      if (t.slots[at] === 0) {
        t.words.push(w);
        t.slots[at] = t.words.length;
      }
      t.bits[t.slots[at]! - 1] = bits;
    }
  }
  return t;
}

/** Bit set of the languages whose stopword list has the lower-case word s[from, to) (0: none); `hash` is its hashWordAt. */
export function stopwordBitsAt(s: string, from: number, to: number, hash: number = hashWordAt(s, from, to)): number {
  const t = (stopwords ??= buildStopwordTable());
  const n = to - from;
  for (let at = hash & t.mask; ; at = (at + 1) & t.mask) {
    const k = t.slots[at]!;
    if (k === 0) return 0;
    const w = t.words[k - 1]!;
    if (w.length === n && s.startsWith(w, from)) return t.bits[k - 1]!;
  }
}

/** Bit set of the languages whose stopword list has this lower-case word (0: none). */
export const stopwordBits = (w: string): number => stopwordBitsAt(w, 0, w.length);

/** Whether a lower-case word is a stopword of one language ("en", "de", …) of the table. */
export function isStopwordOf(code: string, w: string): boolean {
  const bit = STOPWORD_LANGUAGES.indexOf(code);
  return bit >= 0 && (stopwordBits(w) & (1 << bit)) !== 0;
}

// Vocabulary shared by the capabilities (general English, written once here; each capability adds only what
// is its own).
const wordSet = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const WEEKDAYS: ReadonlySet<string> = wordSet('monday tuesday wednesday thursday friday saturday sunday');
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = wordSet('mon tue tues wed thu thur thurs fri sat sun');
export const MONTH_NAMES: ReadonlySet<string> = wordSet('january february march april may june july august september october november december');
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = wordSet('jan feb mar apr jun jul aug sep sept oct nov dec');
/** Month names and abbreviations (lower case) → month number, 1–12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...[...MONTH_NAMES].map((m, i) => [m, i + 1] as [string, number]),
  ...[...MONTH_ABBREVIATIONS].map((m) => [m, [...MONTH_NAMES].findIndex((n) => n.startsWith(m.slice(0, 3))) + 1] as [string, number]),
]);
/** Words for the day of writing and the days around it. */
export const RELATIVE_DAYS: ReadonlySet<string> = wordSet('today yesterday tonight overnight tomorrow');

/** Forms of "be" that carry a clause (finite and participle; "being" and "am" are left to each user). */
export const BE_FORMS: ReadonlySet<string> = wordSet('is are was were be been');
export const HAVE_FORMS: ReadonlySet<string> = wordSet('has have had');
export const DO_FORMS: ReadonlySet<string> = wordSet('do does did');
export const MODAL_VERBS: ReadonlySet<string> = wordSet('will would can could shall should may might must');

/**
 * Function words (articles, prepositions, pronouns, auxiliaries, quantifiers): they end a noun phrase. A short
 * hand list, not the stopwords-iso table, whose English list also holds content words ("area", "big", "added").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = wordSet(`
  a an the and or but nor of in on at to for from by with without as than then that which who whom whose
  this these those is are was were be been being has have had do does did will would shall should can could
  may might must it its he she they them their his her our we you i not no so if when while after before
  since until during into onto over under about above below between among across through per each every
  some any all both either neither such only also just still even more most less least very too up down out
  off again further there here where why how what`);

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

/**
 * Nouns for a person named by where they live, after "a" and a town's name ("a Marrero man", "a Larimer
 * homeowner"); not roles ("a Google spokesman" is the company's) and not "family" ("a Smith family").
 */
export const RESIDENT_NOUNS: ReadonlySet<string> = wordSet(`
  man woman boy girl teen teenager homeowner resident couple toddler native`);

/** Nouns for a place: "the city of Tripoli", "in opposition-held areas", "Qusair, a Sunni town". */
export const PLACE_NOUNS: ReadonlySet<string> = wordSet(`
  area areas city cities town towns village villages province provinces region regions district districts
  camp camps state county country countries capital island islands neighbourhood neighborhood suburb
  suburbs border coast port valley zone zones quarter street streets square`);

/**
 * Nouns whose "of" or apposition introduces a place's name ("the town of Qusair", "the outskirts of Aleppo"):
 * narrower than PLACE_NOUNS, which also holds plurals and common places
 * ("streets", "square", "zone") that introduce no name (tried: 5-fold CV on entities-train falls 0.004).
 */
export const PLACE_NAME_NOUNS: ReadonlySet<string> = wordSet(`
  town city village capital province region district country state county area
  outskirts suburb suburbs neighborhood neighbourhood island port streets center centre heart north south east
  west northeast northwest southeast southwest border coast`);

/**
 * Nouns for people that a number counts, plural and singular: the measure then comes from a verb around them
 * ("80,000 people have been killed", "one officer was killed").
 */
export const COUNTED_PERSON_NOUNS: ReadonlySet<string> = new Set(
  ('people persons person civilians children adults men women man woman child boy girl boys girls soldiers troops fighters rebels militants ' +
    'policemen officers police protesters demonstrators students workers villagers residents passengers ' +
    'pilgrims migrants prisoners inmates hostages pirates others individuals members staff employees ' +
    'miners climbers tourists patients journalists doctors nurses teachers farmers fishermen sailors crew crewmen guards ' +
    'firefighters victims survivors refugees americans muslims christians teens teenagers youths juveniles males females ' +
    'bystanders deputies troopers agents suspects gunmen shooters attackers robbers relatives siblings sons daughters ' +
    'brothers sisters friends neighbors neighbours customers patrons guests worshippers congregants parishioners ' +
    // singular: "one officer was killed", "killed a friend"
    'teen teenager youth juvenile baby toddler infant male female victim bystander officer deputy trooper agent guard ' +
    'student resident driver motorist passenger customer employee worker clerk father mother son daughter husband ' +
    'wife brother sister friend neighbor neighbour relative pedestrian homeowner tenant patron soldier firefighter ' +
    'teacher pastor cousin girlfriend boyfriend suspect gunman shooter attacker robber civilian').split(' '),
);

/**
 * Words opening a place's name, a mountain's, a fort's or a saint's town: "Mount Pleasant", "Mt Cook", "Mt. Hood",
 * "Fort Worth", "Ft. Worth", "St. Louis" ("St" only with its full stop: bare, it may be a street's end).
 */
export const PLACE_NAME_PREFIXES: ReadonlySet<string> = wordSet('mount mt mt. fort ft. st.');

/**
 * Abbreviations that open a place's name and are written with a full stop ("St. Louis", "Mt. Hood", "Ft. Worth"):
 * the stop does not end the name.
 */
export const PLACE_PREFIX_ABBREVIATIONS: ReadonlySet<string> = wordSet('st mt ft');

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

/**
 * Last parts of domain names and file names that news text writes capitalised ("Example.Com",
 * "Report.Pdf"): after a period with no space they continue a name, not a new sentence. Two-letter
 * country domains that are also sentence-opening words ("In", "It", "To", "Me", "Us", "No") are left out.
 */
export const WEB_NAME_SUFFIXES: ReadonlySet<string> = wordSet(`
  com net org gov edu mil int info biz co uk ca au nz de fr tv
  html htm php aspx asp pdf doc docx xls xlsx txt jpg jpeg png gif mp3 mp4 exe zip js`);
