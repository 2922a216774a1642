import type { Token } from '../corpus/types.js';
import { BE_FORMS, HAVE_FORMS, hasTag, wordLexicon } from '../corpus/lexicon.js';
import {
  EVENT_VERBS, MEASURE_NOUNS, MEASURE_PHRASES, MONEY_CONTEXT, NOUN_MODIFIERS, PEOPLE_NOUNS, PLACE_NOUNS, STOPWORDS, TIME_UNIT_DAYS,
} from './lexicon.js';
import { countryOf } from './countries.js';
import type { NumberKind } from './types.js';
import { startsUpper } from '../corpus/text.js';

// What a number counts: the counted noun after it, a verb around it ("killing 10 people", "22 people were
// killed") or a head before it ("the death toll ... reached 25"), canonicalised so sources can be compared.

export interface MeasureResult {
  measure: string | null;
  /** Offset where the claim phrase ends (after the counted noun when there is one). */
  phraseEnd: number;
}

/** A plural noun's form ("boats"), not an adjective or a singular in -s ("suspicious", "virus", "crisis"). */
const isPlural = (w: string) => /[^s]s$/.test(w) && !/(?:ous|us|is)$/.test(w);
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
/** Units of measure read as nouns (when the grammar leaves them out): a distance is not a count of things. */
const UNIT_WORDS = new Set(('miles kilometres kilometers km metres meters feet foot inches yards acres hectares tons tonnes pounds ' +
  'kilograms kg grams degrees percent points seconds minutes hours days weeks months years decades dollars euros cents times').split(' '));
const GENERIC_PEOPLE = new Set(['people', 'persons', 'person', 'others', 'individuals']);
/** People nouns that name a part of a toll (by sex or age): counted apart from the toll itself. */
const PART_NOUNS = new Set(['men', 'women', 'children', 'boys', 'girls', 'adults', 'man', 'woman', 'child', 'boy', 'girl']);
/** Words between a count and the verb that says what happened to it ("were found dead", "remain missing"). */
const COUNT_VERB_LINKS: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS, 'being', 'got', 'get', 'remain', 'remained', 'remains', 'lay', 'lie', 'lies', 'left', 'reported', 'feared', 'believed', 'confirmed', 'found', 'also']);
const NOT_DURATION_HEADS = new Set(['ago', 'old', 'later', 'earlier', 'before', 'after', 'since', 'long', 'older', 'younger']);
const ADVERBS = new Set(['also', 'later', 'then', 'still', 'now', 'since', 'already', 'not', 'all', 'reportedly', 'allegedly']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '"', '?', '!', '.']);
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'after', 'before', 'when', 'where', 'which', 'because', 'since', 'as', 'if']);
/** Second words of the two-word measure phrases ("death toll"): only before them is a two-word phrase looked up. */
const PHRASE_LAST_WORDS = new Set([...MEASURE_PHRASES.keys()].map((k) => k.split(' ')).filter((w) => w.length === 2).map((w) => w[1]!));
/** Tokens looked at on each side of the number; small windows keep the measure local and the scan linear. */
const LOOKAHEAD = 8;
const LOOKBACK = 12;

/**
 * The measure of a number found at tokens [`first`, `last`] of a sentence (indices into `tokens`).
 * `unit` is the grammar's unit (currency code, `%`, unit of measure).
 */
export function measureOf(tokens: Token[], first: number, last: number, kind: NumberKind, unit: string | null, end: number, titleCase = false): MeasureResult {
  const found = measureByRules(tokens, first, last, kind, unit, end, titleCase);
  // "supplies for 15,000 refugees": a capacity, not a count of the refugees there are. (The dead are not
  // provided for: "funeral services for four dead", "a vigil for the 49 killed" count the toll.)
  if (found.measure && found.measure !== 'deaths' && kind === 'count' && lower(tokens[first - 1]) === 'for' && !EVENT_VERBS.has(lower(tokens[first - 2]))) {
    return { ...found, measure: `${found.measure} (capacity)` };
  }
  return found;
}

const PRIOR_WORDS = new Set(['prior', 'previous', 'past', 'earlier']);
/** Plural scale words of vague amounts: "thousands of protesters" counts the protesters after "of". */
const VAGUE_SCALES = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores', 'couple']);

function measureByRules(tokens: Token[], first: number, last: number, kind: NumberKind, unit: string | null, end: number, titleCase: boolean): MeasureResult {
  const vagueOf = kind === 'count' && VAGUE_SCALES.has(lower(tokens[last])) && lower(tokens[last + 1]) === 'of';
  const noun = countedNoun(tokens, vagueOf ? last + 2 : last + 1, titleCase);
  const head = noun?.word ?? null;
  // "26-month conflict": the noun a hyphenated duration qualifies; otherwise time words end the phrase.
  const hyphenDuration = kind === 'duration' && /-\s*\p{L}+$/u.test(tokens.slice(first, last + 1).map((t) => t.text).join(''));
  const countable = !!head && (isPlural(head) || MEASURE_NOUNS.has(head) || PEOPLE_NOUNS.has(head));
  const phraseEnd = noun && (countable || hyphenDuration) ? Math.max(end, tokens[noun.index]!.end) : end;

  if (kind === 'money') return { measure: moneyMeasure(tokens, first, last), phraseEnd };
  if (kind === 'percent') return { measure: shareMeasure(tokens, last + 1), phraseEnd: end };
  if (kind === 'tally') return { measure: 'vote', phraseEnd };
  const part = kind === 'count' ? fractionOf(tokens, last) : null;
  if (part) return { measure: part, phraseEnd: end };
  if (weaponCaliber(tokens, last)) return { measure: 'caliber', phraseEnd: end };
  const charges = chargeMeasure(tokens, last);
  if (charges) return { measure: charges.measure, phraseEnd: Math.max(end, tokens[charges.index]!.end) };
  if (kind === 'count' && quakeSize(tokens, first, last)) return { measure: 'magnitude', phraseEnd: end };
  if (kind === 'duration' || (unit && TIME_UNIT_DAYS.has(unit.toLowerCase()))) {
    // Only "26-month conflict" names what lasted; "two years ago", "29 years old", "two weeks left" do not.
    const named = hyphenDuration && head && !GENERIC_PEOPLE.has(head) && !TIME_UNIT_DAYS.has(head) && !NOT_DURATION_HEADS.has(head);
    if (!named && (LASTED.has(lower(tokens[first - 1])) || LASTED.has(lower(tokens[first - 2])))) return { measure: 'duration', phraseEnd: end };
    if (named) return { measure: `${head} duration`, phraseEnd };
    const spread = spreadOver(tokens, first);
    return { measure: spread ? `${spread} duration` : null, phraseEnd: end };
  }
  if (head && TIME_UNIT_DAYS.has(head)) return { measure: null, phraseEnd }; // "for 29 years": a period, not a count
  if (kind === 'measure') {
    const near = [lower(tokens[first - 1]), lower(tokens[first - 2]), head ?? '', (unit ?? '').toLowerCase()];
    if (near.some((w) => /^magnitude|richter/.test(w))) return { measure: 'magnitude', phraseEnd: end };
    return { measure: physicalMeasure(tokens, first, last, unit), phraseEnd: end };
  }

  // "forcing 12,000 residents from their homes", "5,000 people fled their homes": displaced, whatever the noun
  if (kind === 'count' && (!head || PEOPLE_NOUNS.has(head) || MEASURE_NOUNS.get(head) === 'population') && leftHomes(tokens, noun ? noun.index + 1 : last + 1)) {
    return { measure: 'displaced', phraseEnd };
  }
  const compound = kind === 'count' ? compoundNoun(tokens, last) : null;
  if (compound) return { measure: compound.measure, phraseEnd: Math.max(end, tokens[compound.index]!.end) };
  // "four prior arrests", "two previous arrests": a person's record
  if (head && MEASURE_NOUNS.get(head) === 'arrested' && isPlural(head) && tokens.slice(last + 1, noun!.index).some((t) => PRIOR_WORDS.has(lower(t)))) {
    return { measure: 'prior arrests', phraseEnd };
  }
  if (head && MEASURE_NOUNS.has(head)) {
    // "nine victims were hospitalized": what happened to the victims says which toll they are
    const what = MEASURE_NOUNS.get(head)! === 'victims' && !partitiveWhole(tokens, first) ? eventAfter(tokens, noun!.index + 1) : null;
    return { measure: what ?? MEASURE_NOUNS.get(head)!, phraseEnd };
  }
  const repeated = timesMeasure(tokens, first, head);
  if (repeated) return { measure: repeated, phraseEnd };
  if (head && lemma(head) === 'shot') return { measure: 'shots fired', phraseEnd }; // "11 shots": not people shot
  // "a mother of two died": the children she had, not a toll
  if (lower(tokens[first - 1]) === 'of' && FAMILY_HEADS.has(lower(tokens[first - 2]))) return { measure: null, phraseEnd: end };
  const rightAfter = lower(tokens[last + 1]);
  if (EVENT_VERBS.has(rightAfter)) {
    const verb = EVENT_VERBS.get(rightAfter)!;
    return { measure: verb === 'shot' ? outcomeOfShooting(tokens, last + 2) : verb, phraseEnd: Math.max(end, tokens[last + 1]!.end) };
  }
  const group = noun ? null : groupPart(tokens, last + 1);
  if (group) return { measure: group.measure, phraseEnd: end };
  return countedEvent(tokens, first, last, kind, noun, phraseEnd);
}

/**
 * What happened to the counted people (or things), by the verb after the noun or before the number, and which
 * part of a toll they are; else the plain noun's lemma.
 */
function countedEvent(tokens: Token[], first: number, last: number, kind: NumberKind, noun: CountedNoun | null, phraseEnd: number): MeasureResult {
  const head = noun?.word ?? null;
  // A verb after the noun: any people noun may be followed by its clause ("22 people in ... were killed");
  // another noun, or none, only by the verb itself ("12 miners were rescued", "50 were injured").
  const demonym = !!head && isDemonym(head);
  const nationality = noun?.nationality ?? (demonym ? lemma(head!) : null) ?? (kind === 'count' ? nationalityWithin(tokens, first, last) : null);
  const people = !head || PEOPLE_NOUNS.has(head) || demonym;
  // "one Australian and one English climber have fallen": nationals listed side by side share the verb after
  // the list (other lists are left alone: "two civilians and an officer were killed" are parts of an unnamed whole)
  let next = noun ? (nationality ? pastCoordinatedCounts(tokens, noun.index + 1) : noun.index + 1) : last + 1;
  // "four more were wounded", "two others were hurt": a modifier with no noun after it does not hide the verb
  while (!noun && next < last + 3 && NOUN_MODIFIERS.has(lower(tokens[next]))) next++;
  // "Chapman, a 23-year-old man, was fatally shot": the verb after an apposition is the counted person's
  if (lower(tokens[next]) === ',' && lower(tokens[first - 1]) === ',' && head && PEOPLE_NOUNS.has(head)) next++;
  const verbNext = COUNT_VERB_LINKS.has(lower(tokens[next])) || EVENT_VERBS.has(lower(tokens[next]));
  const after = (head && people) || verbNext ? eventAfter(tokens, next) : null;
  // A verb before it only for people, or a bare number: "killing 10 people", "injuring dozens".
  // "one of five victims dies": the verb tells what happened to the one, not to the five
  const event = partitiveWhole(tokens, first) ? null : after ?? (people ? estimateOf(tokens, first) ?? measureBefore(tokens, first - 1) : null);
  // "home to tens of thousands of fighters": the fighters living there, not the place's population
  if (event === 'population' && head && !GENERIC_PEOPLE.has(head) && MEASURE_NOUNS.get(head) !== 'population' && isPlural(head)) {
    return { measure: lemma(head), phraseEnd };
  }
  if (event) {
    // "two women and one man died": a part of the toll counts women or men, not the toll; "four men were
    // found dead", with no other part beside it, is the toll.
    // "at least one child was killed" says who was among the dead, not how many died
    const atLeastOne = lower(tokens[first]) === 'at' && lower(tokens[first + 1]) === 'least' && lower(tokens[last]) === 'one';
    // "two Australians were killed", "a British man was killed": nationals among the dead, a part of the toll
    if (nationality) return { measure: `${event}: ${nationality}`, phraseEnd };
    // "two civilians and one officer were killed": the count after another people count is a part as well
    const listed = !!head && PEOPLE_NOUNS.has(head) && !GENERIC_PEOPLE.has(head) && afterAnotherCount(tokens, first);
    const part = !!head && (listed || (PART_NOUNS.has(head) && (atLeastOne || beside(tokens, first, noun!.index))));
    return { measure: part ? `${event}: ${head}` : event, phraseEnd };
  }
  // ("rounds in five calibers" counts kinds of caliber, it is no caliber)
  if (head && !GENERIC_PEOPLE.has(head) && !UNIT_WORDS.has(head) && isPlural(head)) return { measure: CALIBER_WORDS.has(lemma(head)) ? 'calibers' : lemma(head), phraseEnd };
  return { measure: null, phraseEnd };
}

/** "two civilians and [count]": a count of people, then "and", right before the count at `first`. */
function afterAnotherCount(tokens: Token[], first: number): boolean {
  if (lower(tokens[first - 1]) !== 'and') return false;
  const noun = tokens[first - 2];
  if (!noun || !PEOPLE_NOUNS.has(lower(noun))) return false;
  for (let j = first - 3; j >= 0 && j >= first - 5; j--) {
    const w = lower(tokens[j]);
    if (tokens[j]!.kind === 'number' || COUNT_WORD.test(w)) return true;
    if (CLAUSE_BREAKS.has(w)) return false;
  }
  return false;
}

/**
 * "one Australian and one English climber have fallen": people counted side by side share the verb after
 * the last of them. Returns the index after the last coordinated count's noun (or
 * `from` when no count of people follows).
 */
function pastCoordinatedCounts(tokens: Token[], from: number): number {
  let next = from;
  for (let n = 0; n < 3 && COORDINATORS.has(lower(tokens[next])) && COUNT_WORD.test(lower(tokens[next + 1])); n++) {
    const other = countedNoun(tokens, next + 2);
    if (!other || !(isPersonNoun(other.word) || isDemonym(other.word)) || other.index > next + 4) break;
    next = other.index + 1;
  }
  return next;
}

/** The counted noun after a number: skips modifiers, ends at a plural noun, a function word or punctuation. */
function countedNoun(tokens: Token[], from: number, titleCase = false): CountedNoun | null {
  let found: CountedNoun | null = null;
  for (let j = from, n = 0; j < tokens.length && n < 4; j++, n++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (n > 0 && t.start > tokens[j - 1]!.end + 1) break;
    const w = t.text.toLowerCase();
    // "five more people", "two other victims": modifiers first, though "more" and "other" also end phrases
    if (NOUN_MODIFIERS.has(w) && !MEASURE_NOUNS.has(w)) continue;
    if (STOPWORDS.has(w) || EVENT_VERBS.has(w) && !MEASURE_NOUNS.has(w)) break;
    if (MEASURE_NOUNS.has(w) || PEOPLE_NOUNS.has(w)) return { index: j, word: w };
    if (n > 0 && /(?:ing|ed|ly)$/.test(w)) break;
    if (n === 0 && /^[A-Z]{1,3}-\d{1,5}$/.test(t.text)) continue; // "six AK-47 rifles": a model name before the noun
    const model = designationEnd(tokens, j);
    if (model > j) { // "six AK 47 rifles", written with a space
      j = model;
      continue;
    }
    // "10 Downing Street", names; but "768 Intel Atom cores", "26 Somali pirates": a name before a plural noun
    if (n === 0 && isDemonym(w) && !PEOPLE_NOUNS.has(lower(tokens[j + 1]))) return { index: j, word: w }; // "two Australians": people of a nationality
    // "a British man", "two American tourists": people of a nationality, named by an adjective
    if (n === 0 && nationalityAt(tokens, j)) {
      const noun = tokens[j + 1]!;
      if (noun.start <= t.end + 1) return { index: j + 1, word: lower(noun), nationality: w };
    }
    if (!titleCase && startsUpper(t.text) && j > 0) {
      if (pluralAfterName(tokens, j)) continue;
      if (n === 0) break;
    }
    found = { index: j, word: w };
    if (isPlural(w)) break;
  }
  return found;
}

interface CountedNoun {
  index: number;
  word: string;
  /** The nationality adjective before the noun ("British" in "a British man"). */
  nationality?: string;
}

/** A people noun, or the singular of a plural one ("climber" as "climbers"). */
const isPersonNoun = (w: string) => PEOPLE_NOUNS.has(w) || PEOPLE_NOUNS.has(`${w}s`);
/** A nationality adjective among the words of a count ("A British man" read as one count): tokens (from, to]. */
function nationalityWithin(tokens: Token[], from: number, to: number): string | null {
  for (let j = from + 1; j <= to; j++) if (nationalityAt(tokens, j)) return lower(tokens[j]);
  return null;
}

/** A capitalised nationality adjective at j before a people noun ("British man", "English climber"). */
const nationalityAt = (tokens: Token[], j: number): boolean =>
  startsUpper(tokens[j]!.text) && isNationality(lower(tokens[j])) && isPersonNoun(lower(tokens[j + 1]));

/** Nations that are not sovereign countries but that news names people by ("an English climber"). */
const CONSTITUENT_NATIONS = new Set(['english', 'scottish', 'welsh']);
/** A nationality adjective: a country's demonym ("Australian", "British"). */
export function isNationality(w: string): boolean {
  if (isDemonym(w) || CONSTITUENT_NATIONS.has(w)) return true;
  const country = w.includes(' ') ? null : countryOf(w);
  return country !== null && country !== w;
}

/** Capitalised words from j (at most two), then a lower-case plural noun. */
function pluralAfterName(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 2; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.start > tokens[k - 1]!.end + 1) return false;
    if (startsUpper(t.text)) continue;
    const w = t.text.toLowerCase();
    return isPlural(w) && !STOPWORDS.has(w);
  }
  return false;
}

/** A model designation at j ("AK-47", "AK 47", "F-16"): index of its number token, else -1. */
function designationEnd(tokens: Token[], j: number): number {
  if (!/^[A-Z]{1,3}$/.test(tokens[j]?.text ?? '')) return -1;
  const k = lower(tokens[j + 1]) === '-' ? j + 2 : j + 1;
  const num = tokens[k];
  return num && num.kind === 'number' && /^\d{1,5}$/.test(num.text) && num.start <= tokens[k - 1]!.end + 1 ? k : -1;
}

/**
 * "22 people in opposition-held areas were killed", "12 people had been killed", "10 people dead": a
 * participle (or a measure word) after the noun, in the same clause. Once an auxiliary is seen, the next
 * verb decides: "two helicopters were evacuating injured" says nothing about the helicopters.
 */
function eventAfter(tokens: Token[], from: number): string | null {
  let sawAuxiliary = false;
  let budget = LOOKAHEAD;
  for (let j = from; j < tokens.length && j < from + budget; j++) {
    const w = lower(tokens[j]);
    const aside = asideEnd(tokens, j);
    if (aside > j) {
      // "Five people, including a pregnant woman, were killed": the aside names a part; the clause goes on after it.
      budget += aside - j;
      j = aside;
      continue;
    }
    if (CLAUSE_BREAKS.has(w) || CLAUSE_WORDS.has(w) || tokens[j]!.kind === 'number' || spacedDash(tokens, j)) return null;
    if (COUNT_VERB_LINKS.has(w)) {
      sawAuxiliary = true;
      continue;
    }
    // "an 18-year-old fatally shot his friend", "arrested for allegedly fatally shooting": the count did it
    if (w === 'fatally') return !sawAuxiliary && (lower(tokens[j + 1]).endsWith('ing') || objectFollows(tokens, j + 2)) ? 'perpetrators' : 'deaths';
    // "a man suspected of fatally shooting": the count is who did it, not whom it was done to
    if (j === from && ACCUSED.has(w) && ACCUSED.get(w) === lower(tokens[j + 1])) return 'perpetrators';
    if (/ly$/.test(w) || ADVERBS.has(w)) continue;
    if (w === 'lives') return null; // "a friend who lives nearby": a verb here, not "lives" lost
    if (joinsCrowd(tokens, j)) return 'crowd';
    // "-ing" forms act on others ("two men killing"), except "one boy dying at the scene"
    const m = (w.endsWith('ing') && w !== 'dying' ? undefined : EVENT_VERBS.get(w)) ?? (MEASURE_NOUNS.has(w) && w !== 'missing' ? MEASURE_NOUNS.get(w) : undefined);
    // active voice: "A man shot three officers", "An NYPD officer killed a suspect": the count is the agent
    if (m && !sawAuxiliary && EVENT_VERBS.has(w) && activeObject(tokens, j + 1)) return 'perpetrators';
    if (m === 'shot') return outcomeOfShooting(tokens, j + 1);
    if (m) return m;
    // "two climbers have fallen to their deaths": a fall that ends in death is the toll, after an auxiliary too
    if (FALL_WORDS.has(w) && fellToDeath(tokens, j + 1)) return 'deaths';
    // "500 people work at the plant", "about 100 people were at work", "1,200 are employed there": its workers
    if (worksThere(tokens, j, sawAuxiliary)) return 'worker';
    if (sawAuxiliary) return null;
  }
  return null;
}

const WORK_VERBS = new Set(['work', 'works', 'worked']);
const WORKPLACE_PREPOSITIONS = new Set(['at', 'in', 'for']);
/** "work at the plant", "worked for the firm" as the count's verb; "were at work", "are employed" after an auxiliary. */
function worksThere(tokens: Token[], j: number, sawAuxiliary: boolean): boolean {
  const w = lower(tokens[j]);
  if (!sawAuxiliary) return WORK_VERBS.has(w) && lower(tokens[j - 1]) !== 'at' && WORKPLACE_PREPOSITIONS.has(lower(tokens[j + 1]));
  return w === 'employed' || (w === 'at' && lower(tokens[j + 1]) === 'work');
}
const DEATH_OWNERS = new Set(['their', 'his', 'her', 'its']);
/** "to their deaths", "to his death", "to death" right after a verb of falling. */
function fellToDeath(tokens: Token[], from: number): boolean {
  if (lower(tokens[from]) !== 'to') return false;
  const k = DEATH_OWNERS.has(lower(tokens[from + 1])) ? from + 2 : from + 1;
  return lower(tokens[k]) === 'death' || lower(tokens[k]) === 'deaths';
}

const WHOLE_DETERMINERS = new Set(['the', 'their', 'his', 'her', 'its', 'those', 'these']);
/** "of the (other) workers" after a number: the people noun of the group the number is a part of. */
function partitiveNoun(tokens: Token[], from: number): { index: number; word: string } | null {
  if (lower(tokens[from]) !== 'of' || !WHOLE_DETERMINERS.has(lower(tokens[from + 1]))) return null;
  const noun = countedNoun(tokens, from + 2);
  return noun && PEOPLE_NOUNS.has(noun.word) ? noun : null;
}

const DEMONYM_TAG = new Set(['Demonym']);
/** A nationality used as a noun ("Australians", "an American"), from the shared word lexicon. */
const isDemonym = (w: string) => hasTag(wordLexicon().get(w), DEMONYM_TAG);

/** "three of the workers were killed": a part of a group, so a part of the toll, never the toll itself. */
function groupPart(tokens: Token[], from: number): { measure: string | null } | null {
  const whole = partitiveNoun(tokens, from);
  if (!whole) return null;
  const event = eventAfter(tokens, whole.index + 1);
  return { measure: event ? `${event}: ${whole.word}` : null };
}

const DASHES = new Set(['-', '--', '\u2013', '\u2014']);
/** A dash standing apart from its words ("three officers - one fatally -") ends the clause. */
const spacedDash = (tokens: Token[], j: number) =>
  DASHES.has(lower(tokens[j])) && tokens[j]!.start > (tokens[j - 1]?.end ?? 0) && !DASHES.has(lower(tokens[j + 1])) && lower(tokens[j + 1]) !== 'including';

const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** An object right after the verb at `from` - 1: an article, a possessive, a number or a people noun. */
function objectFollows(tokens: Token[], from: number): boolean {
  const t = tokens[from];
  return !!t && (OBJECT_OPENERS.has(lower(t)) || t.kind === 'number' || PEOPLE_NOUNS.has(lower(t)));
}
/** After a verb: "shot and killed his wife" as well as "killed a clerk". */
function activeObject(tokens: Token[], from: number): boolean {
  let j = from;
  while (j < from + 3 && (lower(tokens[j]) === 'and' || EVENT_VERBS.has(lower(tokens[j])) || /ly$/.test(lower(tokens[j])))) j++;
  return objectFollows(tokens, j);
}

const LEAVE_WORDS = new Set(['from', 'fled', 'flee', 'fleeing', 'leave', 'left', 'leaving', 'abandoned']);
const HOME_OWNERS = new Set(['their', 'his', 'her', 'the']);
const HOME_NOUNS = new Set(['home', 'homes', 'house', 'houses']);
/** "(were forced) from their homes", "fled their homes": the counted people left home, in the same clause. */
function leftHomes(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 6; j++) {
    const w = lower(tokens[j]);
    if (CLAUSE_BREAKS.has(w) || tokens[j]!.kind === 'number') return false;
    const leaves = LEAVE_WORDS.has(w) || (w === 'of' && lower(tokens[j - 1]) === 'out');
    if (leaves && HOME_OWNERS.has(lower(tokens[j + 1])) && HOME_NOUNS.has(lower(tokens[j + 2]))) return true;
  }
  return false;
}

/** "suspected of", "accused of", "charged with", "wanted for": the counted people are the perpetrators. */
const ACCUSED: ReadonlyMap<string, string> = new Map([['suspected', 'of'], ['accused', 'of'], ['charged', 'with'], ['wanted', 'for'], ['convicted', 'of']]);
const COORDINATORS = new Set(['and', 'or', ',', 'plus']);
const COUNT_WORD = /^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
/**
 * Another count coordinated with the one at [first, nounAt]: "two women and a man", "three men, two women",
 * "a man and two women", "Jackson, her husband and six children". Only then does a sex or age noun name a part of the toll.
 */
function beside(tokens: Token[], first: number, nounAt: number): boolean {
  if (COORDINATORS.has(lower(tokens[nounAt + 1])) && COUNT_WORD.test(lower(tokens[nounAt + 2]))) return true;
  if (!COORDINATORS.has(lower(tokens[first - 1]))) return false;
  for (let j = first - 2; j >= 0 && j >= first - 5; j--) {
    const w = lower(tokens[j]);
    if (CLAUSE_BREAKS.has(w) && w !== ',') return false;
    // "Valerie Jackson, her husband and six children": a person named or counted before is the other part
    if (PEOPLE_NOUNS.has(w) || (COUNT_WORD.test(w) && w !== 'a' && w !== 'an') || /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text)) return true;
  }
  return false;
}

const CROWD_VERBS = new Set(['marched', 'rallied', 'protested', 'demonstrated', 'rioted', 'gathered', 'attended', 'assembled', 'massed']);
const CROWD_EVENTS = new Set(['vigil', 'protest', 'protests', 'demonstration', 'demonstrations', 'march', 'marches', 'rally', 'rallies', 'strike']);
/** "20,000 people marched", "took to the streets", "joined the vigil": the size of a crowd. */
function joinsCrowd(tokens: Token[], j: number): boolean {
  const w = lower(tokens[j]);
  if (CROWD_VERBS.has(w)) return true;
  if (w === 'took') return lower(tokens[j + 1]) === 'to' && (lower(tokens[j + 2]) === 'streets' || (lower(tokens[j + 2]) === 'the' && lower(tokens[j + 3]) === 'streets'));
  if (w !== 'joined') return false;
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    if (CROWD_EVENTS.has(lower(tokens[k]))) return true;
    if (CLAUSE_BREAKS.has(lower(tokens[k]))) return false;
  }
  return false;
}

const ESTIMATE_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing', 'estimated', 'estimates', 'estimating', 'pegged', 'pegs']);
const CROWD_SIZES = new Set([...CROWD_EVENTS, 'turnout', 'attendance']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'overall', 'total']);
const SENTENCE_BREAKS = new Set(['.', ';', ':', '?', '!']);
/**
 * "Police put the march, to mark the strike, at roughly 30,000 people", "the crowd was estimated at 5,000":
 * an estimate "at" a number measures the thing estimated (a crowd, a toll), named as the verb's object or,
 * in the passive, its subject.
 */
function estimateOf(tokens: Token[], first: number): string | null {
  if (lower(tokens[first - 1]) !== 'at') return null;
  for (let j = first - 2; j >= 0 && j > first - 16; j--) {
    const w = lower(tokens[j]);
    if (SENTENCE_BREAKS.has(w)) return null;
    if (!ESTIMATE_VERBS.has(w)) continue;
    if (j === first - 2) { // passive: "the crowd was estimated at"
      let k = j - 1;
      while (k > j - 3 && COUNT_VERB_LINKS.has(lower(tokens[k]))) k--;
      return estimatedThing(tokens, k, k);
    }
    let k = j + 1;
    while (k < j + 3 && OBJECT_DETERMINERS.has(lower(tokens[k]))) k++;
    return estimatedThing(tokens, k, k + 1);
  }
  return null;
}

/** What a noun at `at` (or the two-word phrase ending at `phraseEnd`) names as an estimated size: a crowd or a measure phrase. */
function estimatedThing(tokens: Token[], at: number, phraseEnd: number): string | null {
  const w = lower(tokens[at]);
  if (CROWD_SIZES.has(w)) return 'crowd';
  // "put the number of dead at 12"
  if ((w === 'number' || w === 'count') && lower(tokens[at + 1]) === 'of') return MEASURE_NOUNS.get(lower(tokens[at + 2])) ?? null;
  const two = MEASURE_PHRASES.get(`${lower(tokens[phraseEnd - 1])} ${lower(tokens[phraseEnd])}`);
  return two ?? MEASURE_PHRASES.get(w) ?? null;
}

const ASIDE_OPENERS = new Set([',', '(', '\u2014', '\u2013', '-', '--']);
const ASIDE_CLOSERS = new Set([',', ')', '\u2014', '\u2013', '-', '--']);
/** Index of the punctuation closing an "including ..." aside opened at j, or j when none opens there. */
function asideEnd(tokens: Token[], j: number): number {
  if (!ASIDE_OPENERS.has(lower(tokens[j])) || lower(tokens[j + 1]) !== 'including') return j;
  for (let k = j + 2; k < tokens.length && k < j + 14; k++) {
    const w = lower(tokens[k]);
    // a hyphen closes the aside only when spaced ("-- including a child -"), not inside "13-year-old"
    if (ASIDE_CLOSERS.has(w) && (w !== '-' || tokens[k]!.start > tokens[k - 1]!.end)) return k;
    if (w === '.' || w === ';') return j;
  }
  return j;
}

/** "shot dead", "shot and killed" are deaths; "shot and wounded" injuries; "shot" alone counts people hit. */
function outcomeOfShooting(tokens: Token[], from: number): string {
  for (let j = from; j < tokens.length && j < from + 3; j++) {
    const w = lower(tokens[j]);
    if (w === 'dead' || w === 'death' || w === 'killed' || w === 'fatally') return 'deaths';
    if (w === 'wounded' || w === 'injured' || w === 'hurt') return 'injured';
    // "shot and killed", "shot to death", "the two men shot who were killed"
    if (w !== 'and' && w !== 'to' && w !== 'who' && w !== 'were' && w !== 'was' && !/ly$/.test(w)) break;
  }
  return 'shot';
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'when', 'where', 'because', 'since', 'as', 'if', 'until']);
const AS_QUANTITY = new Set(['many', 'much', 'few', 'high', 'low', 'well']);
/** "as many as 20", "as high as": a qualifier, not a subordinate clause. */
const asQuantity = (tokens: Token[], j: number) => lower(tokens[j]) === 'as' && (AS_QUANTITY.has(lower(tokens[j + 1])) || AS_QUANTITY.has(lower(tokens[j - 1])));

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'"]);
const POSSESSION = new Set(['has', 'had', 'have', 'having']);
// "has climbed to", "had left three dead": an auxiliary before a participle, not possession
const PARTICIPLE = /^(?:been|risen|grown|left|\p{L}+ed)$/u;
const FATAL_ACTS = new Set(['shooting', 'shootings', 'stabbing', 'stabbings', 'attack', 'beating']);
/** "killing 10 people", "the death toll ... to more than 90", "home to 120,000 people". */
function measureBefore(tokens: Token[], from: number): string | null {
  for (let j = from; j >= 0 && j > from - LOOKBACK; j--) {
    const w = lower(tokens[j]);
    if (w === ';' || w === ':' || w === '.' || w === ',' || QUOTE_MARKS.has(w)) return null;
    if (tokens[j]!.kind === 'number' && j < from - 2) return null;
    // "killed Thursday after he opened fire at two buildings": the verb is another clause's; "the slain
    // officer had two children": what someone has is not what happened to them
    if (w === 'after' || w === 'before' || (POSSESSION.has(w) && !PARTICIPLE.test(lower(tokens[j + 1])))) return null;
    // "claimed 20 lives", not "claimed to own at least one pistol"
    if (w === 'claimed' && lower(tokens[from + 2]) !== 'lives') continue;
    // "the fatal shooting of one man": the victims of a fatal act (not "a fatal shooting at 9780 Main St")
    if (w === 'of' && FATAL_ACTS.has(lower(tokens[j - 1])) && lower(tokens[j - 2]) === 'fatal') return 'deaths';
    // "shot and killed as he and three other teens played": the verb belongs to another clause's subject
    if (SUBJECT_PRONOUNS.has(w) || (SUBORDINATORS.has(w) && !asQuantity(tokens, j))) return null;
    const two = PHRASE_LAST_WORDS.has(w) ? MEASURE_PHRASES.get(`${lower(tokens[j - 1])} ${w}`) : undefined;
    const m = two ?? MEASURE_PHRASES.get(w) ?? EVENT_VERBS.get(w);
    if (m) return m;
    // "a city of 500,000 people"
    if (w === 'of' && PLACE_NOUNS.has(lower(tokens[j - 1])) && j === from) return 'population';
  }
  return null;
}

/**
 * Money claims are compared by what the money is (price, damage, cash ...) when the clause says; "in cash"
 * right after the amount is a part of a price, "in cash and stock" the whole of it. Money
 * with no such word is not compared: amounts in one story are too many kinds of thing.
 */
function moneyMeasure(tokens: Token[], first: number, last: number): string {
  // "$281 million in cash", "$2 million in compensation": what follows "in" names the money.
  if (lower(tokens[last + 1]) === 'in') {
    const a = MONEY_CONTEXT.get(lower(tokens[last + 2]));
    const both = (a === 'cash' || a === 'stock') && ['and', 'or', 'plus'].includes(lower(tokens[last + 3])) && MONEY_CONTEXT.has(lower(tokens[last + 4]));
    if (a) return `money: ${both ? 'price' : a}`;
  }
  let openBefore = true;
  let openAfter = true;
  for (let d = 1; d <= 6 && (openBefore || openAfter); d++) {
    const before = tokens[first - d];
    const after = tokens[last + d];
    if (!before || CLAUSE_BREAKS.has(before.text)) openBefore = false;
    if (!after || CLAUSE_BREAKS.has(after.text)) openAfter = false;
    const m = (openBefore ? MONEY_CONTEXT.get(lower(before)) : undefined) ?? (openAfter ? MONEY_CONTEXT.get(lower(after)) : undefined);
    if (m) return `money: ${m}`;
  }
  // "jewels worth $3.1 million were taken": money all the same, compared by scope and size
  return 'money';
}

/** "40 percent of the buildings" → "share of buildings"; a bare percentage has no measure. */
function shareMeasure(tokens: Token[], from: number): string | null {
  if (lower(tokens[from]) !== 'of') return null;
  let j = from + 1;
  if (['the', 'a', 'an', 'its', 'their', 'all'].includes(lower(tokens[j]))) j++;
  const noun = countedNoun(tokens, j);
  return noun ? `share of ${noun.word}` : null;
}

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['children', 'child'], ['police', 'police'], ['staff', 'staff'], ['crew', 'crew'], ['lives', 'life'],
  ['wives', 'wife'], ['knives', 'knife'], ['thieves', 'thief'], ['teeth', 'tooth'], ['feet', 'foot'], ['mice', 'mouse'],
]);

/** The singular of a counted noun: the measure a plain noun names ("three men" counts "man"). */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular) return irregular;
  if (/men$/.test(w)) return w.replace(/men$/, 'man');
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "shot 11 times", "stabbed 20 times": how often the act was done to one person. */
const REPEATED_ACTS: ReadonlyMap<string, string> = new Map([
  ['shot', 'shots fired'], ['fired', 'shots fired'], ['struck', 'hits'], ['hit', 'hits'], ['stabbed', 'stab wounds'],
  // "had been arrested four times": a person's record, not the arrests of the story
  ['arrested', 'prior arrests'], ['convicted', 'prior convictions'],
]);
function timesMeasure(tokens: Token[], first: number, head: string | null): string | null {
  if (head !== 'times') return null;
  return REPEATED_ACTS.get(lower(tokens[first - 1])) ?? null;
}

const QUAKE_NOUNS = new Set(['quake', 'earthquake', 'tremor', 'temblor', 'aftershock', 'shock']);
/** "a 6.7-strength quake", "a 6.7 degree quake": a one-decimal size right before a quake noun. */
function quakeSize(tokens: Token[], first: number, last: number): boolean {
  if (first !== last || !/^\d\.\d$/.test(tokens[first]!.text)) return false;
  for (let j = last + 1; j <= last + 4 && j < tokens.length; j++) if (QUAKE_NOUNS.has(lower(tokens[j]))) return true;
  return false;
}

const PARTS = new Set(['one', 'two', 'three', 'four', 'five', 'all', 'both', 'none', 'each', 'some', 'most', 'several', 'many']);
/** "one of five victims", "two of the 12 injured": the number is the whole a part is taken from. */
function partitiveWhole(tokens: Token[], first: number): boolean {
  if (lower(tokens[first - 1]) !== 'of') return false;
  const before = tokens[first - 2];
  return !!before && (PARTS.has(lower(before)) || before.kind === 'number');
}

const FAMILY_HEADS = new Set(['mother', 'father', 'parent', 'parents', 'mom', 'dad', 'grandmother', 'grandfather', 'grandparents', 'family']);
const LASTED = new Set(['lasted', 'lasting', 'lasts', 'last']);
const LENGTH_UNITS = new Set(['km', 'm', 'cm', 'mm', 'mi', 'nmi', 'ft', 'in', 'yd']);
const MASS_UNITS = new Set(['kg', 'g', 'mg', 'lb', 'oz', 't', 'ton']);
const DEPTH_WORDS = new Set(['depth', 'deep', 'underground', 'below']);
const HEIGHT_WORDS = new Set(['tall', 'high', 'height']);
const DISTANCE_WORDS = new Set(['away', 'from', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'dropped', 'distance', 'off', 'offshore', 'inland', 'outside', 'within']);
/** "north-northeast", "south-southwest": a compass point written as one hyphenated word. */
const COMPASS_COMPOUND = /^(?:north|south)-?(?:north|south|east|west)/;
const FALL_WORDS = new Set(['fell', 'fall', 'falling', 'fallen', 'falls', 'plunged', 'plunging', 'plummeted', 'tumbled', 'tumbling']);

/** A length or a mass named by the words around it: depth, height, distance, weight; else none. */
function physicalMeasure(tokens: Token[], first: number, last: number, unit: string | null): string | null {
  // (the qualifier may open the number's own tokens: "within 80 metres")
  const around = [first - 3, first - 2, first - 1, last + 1, last + 2, first].map((k) => lower(tokens[k]));
  if (unit && LENGTH_UNITS.has(unit)) {
    if (around.some((w) => DEPTH_WORDS.has(w))) return 'depth';
    if (around.some((w) => HEIGHT_WORDS.has(w))) return 'height';
    // "fell about 2,000ft (off a ridge)": how far someone fell, measured from no place (unlike "58 km from Tehran")
    const fellJustBefore = FALL_WORDS.has(around[2]!) || FALL_WORDS.has(around[1]!) && ['about', 'around', 'some', 'nearly', 'almost', 'over'].includes(around[2]!);
    if (fellJustBefore) return 'fall';
    if (around.some((w) => DISTANCE_WORDS.has(w) || COMPASS_COMPOUND.test(w))) return 'distance';
    if (around.some((w) => FALL_WORDS.has(w))) return 'fall';
  }
  if (unit && MASS_UNITS.has(unit) && around.some((w) => /^weigh/.test(w))) return 'weight';
  // "a 6-foot, 200-pound man": a hyphenated size describing a person is the person's height or weight
  if (unit && lower(tokens[first + 1]) === '-' && describesPerson(tokens, last + 1)) {
    if (unit === 'ft' || unit === 'in' || unit === 'm' || unit === 'cm') return 'height';
    if (unit === 'lb' || unit === 'kg') return 'weight';
  }
  return null;
}

const SEX_NOUNS = new Set(['male', 'female', 'males', 'females']);
/** A person noun ends the noun phrase starting at `from`, past adjectives and other hyphenated sizes. */
function describesPerson(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 7; j++) {
    const w = lower(tokens[j]);
    if (PEOPLE_NOUNS.has(w) || SEX_NOUNS.has(w)) return true;
    if (STOPWORDS.has(w) || EVENT_VERBS.has(w) || w === '.' || w === ';' || w === ':') return false;
  }
  return false;
}

const CALIBER_WORDS = new Set(['caliber', 'calibre', 'magnum']);
/** "a .357 caliber revolver", "a .38-caliber gun", "a .357 Magnum": the bore of a gun, not a count. */
function weaponCaliber(tokens: Token[], last: number): boolean {
  const next = lower(tokens[last + 1]);
  // the number grammar may already have taken the unit word into the number ("357 caliber")
  return CALIBER_WORDS.has(lower(tokens[last])) || CALIBER_WORDS.has(next) || (next === '-' && CALIBER_WORDS.has(lower(tokens[last + 2])));
}

const CHARGE_WORDS = new Set(['charge', 'charges', 'count', 'counts']);
/**
 * "two counts of murder", "two murder charges", "one attempted murder charge": charges are counted per
 * offence, so the offence is part of the measure ("murder charges" and "attempted murder charges" differ).
 * Returns the measure and the index of the phrase's last token.
 */
function chargeMeasure(tokens: Token[], last: number): { measure: string; index: number } | null {
  const offence = (from: number, stopAtCharge: boolean): { words: string; index: number } | null => {
    let words = '';
    let j = from;
    for (let n = 0; j < tokens.length && n < 4; j++, n++) {
      const t = tokens[j]!;
      const w = t.text.toLowerCase();
      if (n > 0 && t.start > tokens[j - 1]!.end + 1) break;
      if (stopAtCharge && CHARGE_WORDS.has(w)) break;
      const hyphen = w === '-' && t.start === tokens[j - 1]!.end;
      if (!hyphen && (t.kind !== 'word' || STOPWORDS.has(w) || startsUpper(t.text))) break;
      words += hyphen || words.endsWith('-') || !words ? w : ` ${w}`;
    }
    return words && !words.endsWith('-') ? { words, index: j - 1 } : null;
  };
  const next = lower(tokens[last + 1]);
  if (CHARGE_WORDS.has(next) && lower(tokens[last + 2]) === 'of') { // "two counts of murder"
    const o = offence(last + 3, false);
    return o ? { measure: `${o.words} charges`, index: o.index } : null;
  }
  const o = offence(last + 1, true); // "two murder charges", "one attempted murder charge"
  return o && CHARGE_WORDS.has(lower(tokens[o.index + 1])) ? { measure: `${o.words} charges`, index: o.index + 1 } : null;
}

/**
 * "an 80-employee startup", "a 3-bedroom house": a count joined by a hyphen to a singular noun that
 * qualifies another noun counts that noun, as "80 employees" does. Units and times are left to their own rules.
 */
function compoundNoun(tokens: Token[], last: number): { measure: string; index: number } | null {
  const hyphen = tokens[last + 1];
  const noun = tokens[last + 2];
  const qualified = tokens[last + 3];
  if (!hyphen || !noun || !qualified || hyphen.text !== '-' || hyphen.start !== tokens[last]!.end || noun.start !== hyphen.end) return null;
  const w = noun.text.toLowerCase();
  if (noun.kind !== 'word' || qualified.kind !== 'word' || !/^\p{Ll}+$/u.test(noun.text) || /s$/.test(w)) return null;
  if (STOPWORDS.has(w) || UNIT_WORDS.has(`${w}s`) || UNIT_WORDS.has(w) || TIME_UNIT_DAYS.has(w) || TIME_UNIT_DAYS.has(`${w}s`) || NOT_DURATION_HEADS.has(w)) return null;
  if (STOPWORDS.has(lower(qualified)) || CLAUSE_WORDS.has(lower(qualified))) return null;
  return { measure: w, index: last + 2 };
}

const FRACTION_WORDS = /^(?:half|thirds?|quarters?|(?:fif|six|seven|eigh|nin|ten)ths?)$/;
const SHARE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'all']);
/**
 * "a quarter of the power", "one sixth the space": a fraction of a named whole. Named apart from
 * percentages ("share of ..."), whose values are on another scale.
 */
function fractionOf(tokens: Token[], last: number): string | null {
  if (!FRACTION_WORDS.test(lower(tokens[last]))) return null;
  let j = last + 1;
  const of = lower(tokens[j]) === 'of';
  if (of) j++;
  if (SHARE_DETERMINERS.has(lower(tokens[j]))) j++;
  else if (!of) return null;
  const noun = countedNoun(tokens, j);
  return noun && !UNIT_WORDS.has(noun.word) ? `fraction of ${lemma(noun.word)}` : null;
}

/**
 * "loans over three years", "payments over five years": the period a plural thing is spread over, named by
 * the thing. People are left out ("40 people over three days" is a toll, the period its scope).
 */
function spreadOver(tokens: Token[], first: number): string | null {
  const over = lower(tokens[first]) === 'over' ? first : lower(tokens[first - 1]) === 'over' ? first - 1 : -1;
  const noun = tokens[over - 1];
  if (over < 1 || !noun || noun.kind !== 'word' || !/^\p{Ll}+$/u.test(noun.text)) return null;
  const w = noun.text;
  if (!/[^s]s$/.test(w) || PEOPLE_NOUNS.has(w) || MEASURE_NOUNS.has(w) || UNIT_WORDS.has(w) || TIME_UNIT_DAYS.has(w) || STOPWORDS.has(w)) return null;
  return lemma(w);
}
