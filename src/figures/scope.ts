import type { Sentence, Token } from '../corpus/types.js';
import { lowerTokens, startsUpper } from '../corpus/text.js';
import {
  MONTHS, NOT_PLACES, PLACE_NOUNS, PLACE_PREPOSITIONS, RELATIVE_DAYS, SMALL_NUMBER_WORDS, TIME_UNIT_DAYS, WEEKDAYS, canonMonth,
} from './lexicon.js';
import type { ScopeHints } from './types.js';
import { firstAtOrAfter } from '../corpus/sorted.js';

// Scope hints of one sentence: the places it names around its figures, its time anchors and the length
// of the period it reports on. Compared claims must not contradict each other on any of them.

const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVE = /['\u2019]s$/;

/** A place mention: its name and the index of its first token. */
export interface PlaceMention {
  name: string;
  at: number;
}

/** Tokens with what every rule here asks of them: lower-cased text and capitalisation, index for index. */
export interface TokenWords {
  readonly tokens: Token[];
  readonly low: string[];
  /** 1 for a word with a capital first letter, else 0 (a byte per token, not a tagged boolean). */
  readonly cap: Uint8Array;
}

/**
 * Capitalisation of every token, beside their lower-cased text (lowerTokens). Made once for a whole
 * document, its scope reads every sentence through index ranges into these arrays rather than through a
 * copy per sentence.
 */
function tokenWords(tokens: Token[], low: string[]): TokenWords {
  const n = tokens.length;
  const cap = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && startsUpper(t.text)) cap[i] = 1;
  }
  return { tokens, low, cap };
}

/**
 * The words of a whole document, made once, and the place phrases of each sentence, found once: the
 * document's scope and the scopes of its claim sentences read the same ones.
 */
export class DocumentWords implements TokenWords {
  readonly tokens: Token[];
  readonly low: string[];
  readonly cap: Uint8Array;
  private readonly places: Array<PlaceMention[] | undefined>;

  /** `low`: the tokens in lower case (lowerTokens; a ParsedDocument's lowerTokens). */
  constructor(tokens: Token[], sentenceCount: number, low: string[] = lowerTokens(tokens)) {
    ({ tokens: this.tokens, low: this.low, cap: this.cap } = tokenWords(tokens, low));
    this.places = new Array<PlaceMention[] | undefined>(sentenceCount);
  }

  /** Place phrases of one sentence, in the order they are found (not sorted); `at` counts from the sentence's first token. */
  placesOf(sentence: Sentence): PlaceMention[] {
    return (this.places[sentence.index] ??= placesIn(this, sentence.tokenStart, sentence.tokenEnd));
  }
}

/**
 * The tokens of one sentence with their lower-cased text and capitalisation (copied from the document's),
 * shared by the scopes of the sentence's claims.
 */
export class SentenceView implements TokenWords {
  readonly tokens: Token[];
  readonly low: string[];
  readonly cap: Uint8Array;
  private _titleCase?: boolean;

  constructor(private readonly words: DocumentWords, private readonly sentence: Sentence) {
    const { tokenStart, tokenEnd } = sentence;
    this.tokens = words.tokens.slice(tokenStart, tokenEnd);
    this.low = words.low.slice(tokenStart, tokenEnd);
    this.cap = words.cap.subarray(tokenStart, tokenEnd);
  }

  /** Lower-cased text of token k; '' outside the sentence. */
  lowAt(k: number): string {
    return this.low[k] ?? '';
  }

  get titleCase(): boolean {
    return (this._titleCase ??= titleCaseIn(this, 0, this.tokens.length));
  }

  /** Place phrases of the sentence, in the order they are found (not sorted). */
  get places(): PlaceMention[] {
    return this.words.placesOf(this.sentence);
  }
}

/** Lower-cased text of token k of a run ending before `end`; '' past its end. */
function lowBefore(low: string[], k: number, end: number): string {
  return k < end ? low[k]! : '';
}
const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'several', 'many', 'few', 'some', 'all', 'both', 'most',
]);
const PAST_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades']);
const DIRECTIONS = new Set([
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'north-eastern',
  'northwestern', 'north-western', 'southeastern', 'south-eastern', 'southwestern', 'south-western', 'nearby', 'neighbouring', 'neighboring',
]);
// Tests of the words between a preposition and a place, made once (not a closure per phrase).
const isCountWord = (w: string): boolean => SMALL_NUMBER_WORDS.has(w) || NUMBER_WORDS.has(w);
const neitherDirectionNorHyphenated = (w: string): boolean => !DIRECTIONS.has(w) && !w.includes('-');

/** Scope hints of the tokens of one sentence. */
export interface SentenceScope {
  /** Place mentions with the index of their first token. */
  places: { name: string; at: number }[];
  when: string[];
  periodDays: number | null;
}

/** Scope hints of the tokens of one sentence; places are narrowed to each claim's clause by `claimHints`. */
export function sentenceScope(view: SentenceView): SentenceScope {
  const places = view.titleCase ? [] : view.places.slice().sort((a, b) => a.at - b.at);
  return { places, when: anchorsOf(view), periodDays: periodOf(view) };
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']']);

/**
 * Hints of the claim at token `index`: the sentence's time anchors and period, and the places named in the
 * claim's own clause (between commas, semicolons, brackets), not those of a relative clause further on.
 */
export function claimHints(tokens: Token[], scope: SentenceScope, index: number): ScopeHints {
  // Clauses are looked for within a window, so that a sentence of a million words costs no more per figure.
  const floor = Math.max(0, index - CLAUSE_WINDOW);
  const ceiling = Math.min(tokens.length - 1, index + CLAUSE_WINDOW);
  let from = index;
  while (from > floor && !CLAUSE_PUNCT.has(tokens[from - 1]!.text)) from--;
  // ", killing at least seven people": a participle phrase belongs to the clause before it; so does a
  // relative clause on a place ("in Thessaloniki, where 20,000 people marched"): the place is its scope.
  if (from > 1 && tokens[from - 1]!.text === ',' && (/^[a-z]+ing$/.test(tokens[from]!.text) || tokens[from]!.text === 'where')) {
    from--;
    while (from > floor && !CLAUSE_PUNCT.has(tokens[from - 1]!.text)) from--;
  }
  let to = index;
  while (to < ceiling && !CLAUSE_PUNCT.has(tokens[to + 1]!.text)) to++;
  const names = new Set<string>();
  for (let k = firstAtOrAfter(scope.places, from, atOf); k < scope.places.length && scope.places[k]!.at <= to; k++) names.add(scope.places[k]!.name);
  return { places: [...names].sort(), when: scope.when, periodDays: scope.periodDays };
}

const CLAUSE_WINDOW = 40;
const MAX_ANCHORS = 8;

const atOf = (p: { at: number }) => p.at;

/** Headlines in title case capitalise every word: capitals there do not mark names. Tokens [start, end). */
function titleCaseIn({ tokens, cap }: TokenWords, start: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (cap[i]) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

/**
 * Place phrases of tokens [start, end) (one sentence): "in (the) [adjectives] Capitalised Words", "city of X",
 * "in opposition-held areas". Mentions are at token indexes counted from `start`.
 */
function placesIn(words: TokenWords, start: number, end: number): PlaceMention[] {
  const { tokens, low, cap } = words;
  const out: PlaceMention[] = [];
  for (let i = start; i < end; i++) {
    const w = low[i]!;
    if (!PLACE_OPENERS.has(w)) continue; // one look-up rules out most words
    // "the city of Tripoli", "the island of Qeshm"
    if (PLACE_NOUNS.has(w) && lowBefore(low, i + 1, end) === 'of' && i + 2 < end && cap[i + 2]) {
      const name = capRun(words, i + 2, end);
      if (name) out.push({ name, at: i + 2 - start });
      continue;
    }
    const named = appositivePlace(words, start, i, end);
    if (named) out.push(named);
    if (!PLACE_PREPOSITIONS.has(w)) continue;
    let j = i + 1;
    if (ARTICLES.has(lowBefore(low, j, end))) j++;
    // Up to three lower-case words, low[first..last], up to a place noun; read in place, most are not places.
    const first = j;
    let placeNoun = false;
    while (j < end && j - first < 3 && tokens[j]!.kind === 'word' && !cap[j]) {
      if (PLACE_NOUNS.has(low[j]!)) { placeNoun = true; break; }
      j++;
    }
    const last = placeNoun ? j : j - 1;
    if (someLow(low, first, last, isCountWord)) continue; // "in seven villages": a count, no place
    if (placeNoun) {
      // A place described in words; "the city of X" is taken by the rule above.
      const name = low.slice(first, last + 1).filter((x) => !DIRECTIONS.has(x)).join(' ');
      if (lowBefore(low, j + 1, end) !== 'of' && name) out.push({ name, at: i + 1 - start });
      continue;
    }
    if (j < end && cap[j] && !someLow(low, first, last, neitherDirectionNorHyphenated)) {
      const name = capRun(words, j, end);
      if (name) out.push({ name, at: j - start });
    }
  }
  return out;
}

/** Words that may follow a place noun heading an apposition ("a town of 15,000", "a city in the south"). */
const AFTER_APPOSITIVE_NOUN = new Set(['of', 'in', 'near', 'on', 'about', 'some', 'north', 'south', 'east', 'west', ',', '.', ';', 'that', 'which', 'where']);

/**
 * "Zarand, a town of about 15,000 people in Kerman province": a name set beside "a town" is a place, so that
 * the town and the province it lies in both scope the figures about it. The place noun at token `i` must head
 * its phrase (not "Smith, a city official").
 */
function appositivePlace(words: TokenWords, start: number, i: number, end: number): PlaceMention | null {
  const { low, cap } = words;
  if (!PLACE_NOUNS.has(low[i]!) || i - 3 < start || (i + 1 < end && !AFTER_APPOSITIVE_NOUN.has(low[i + 1]!))) return null;
  let k = i - 1;
  if (!cap[k] && !ARTICLES.has(low[k]!) && k - 1 >= start && ARTICLES.has(low[k - 1]!)) k--; // "a small town"
  if (low[k] !== 'a' && low[k] !== 'an') return null;
  k -= 2;
  if (k < start || low[k + 1] !== ',' || !cap[k]) return null;
  let first = k;
  while (first > start && k - first < 3 && cap[first - 1]) first--;
  const name = capRun(words, first, k + 1);
  return name ? { name, at: first - start } : null;
}

/** Words a place phrase can open with: a place noun ("city" of X) or a place preposition. */
const PLACE_OPENERS: ReadonlySet<string> = new Set([...PLACE_NOUNS, ...PLACE_PREPOSITIONS]);

/** Does `test` hold for one of low[from..to] (inclusive; none when to < from)? */
function someLow(low: string[], from: number, to: number, test: (w: string) => boolean): boolean {
  for (let k = from; k <= to; k++) if (test(low[k]!)) return true;
  return false;
}

/**
 * A run of capitalised words from token `start` (with inner "al-", "of"-free), lower-cased; null when it is
 * not a place. The run stops before token `end` (the end of the sentence).
 */
function capRun({ tokens, low, cap }: TokenWords, start: number, end: number): string | null {
  let from = start;
  let words: string[] = [];
  for (let k = from; k < end && words.length < 4 && cap[k]; k++) {
    if (k > from && (tokens[k]!.start > tokens[k - 1]!.end + 1 || NOT_PLACES.has(low[k]!))) break;
    words.push(tokens[k]!.text);
  }
  // "Sudan's South Kordofan": the possessor is not the place.
  const possessor = words.findIndex((w, k) => k < words.length - 1 && /['\u2019]s$/.test(w));
  if (possessor >= 0) {
    words = words.slice(possessor + 1);
    from += possessor + 1;
  }
  if (!words.length || NOT_PLACES.has(low[from]!)) return null;
  // "the Lebanese city of Tripoli": a capitalised adjective before a place noun is not the place.
  const after = from + words.length;
  if (after + 1 < end && PLACE_NOUNS.has(tokens[after]!.text) && tokens[after + 1]!.text === 'of') return null;
  // A trailing place noun ("Qeshm Island") is dropped so "Qeshm" and "Qeshm Island" meet.
  const kept = words.filter((x, k) => k === 0 || !PLACE_NOUNS.has(low[from + k]!));
  return kept.join(' ').toLowerCase().replace(/['\u2019]s$/, '');
}

/** Years, months, weekdays and relative days the sentence names. */
const YEAR_FOLLOWERS = new Set(['and', 'to', 'when']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'until', 'by', 'from']);

/** A month name, with or without an abbreviation's point ("sept."); lower case. */
function isMonthWord(w: string): boolean {
  return w.charCodeAt(w.length - 1) === 46 ? MONTHS.has(w.slice(0, -1)) : MONTHS.has(w);
}

function anchorsOf(view: SentenceView): string[] {
  const { tokens, low, cap } = view;
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') {
      if (!/^(?:1[89]|20)\d\d$/.test(t.text)) continue;
      const next = view.lowAt(i + 1);
      // "in 2003", "December 2003", "2003." — not "2000 people"
      if (!next || tokens[i + 1]!.kind === 'punct' || YEAR_FOLLOWERS.has(next) || MONTHS.has(view.lowAt(i - 1)) ||
        YEAR_PREPOSITIONS.has(view.lowAt(i - 1)) || tokens[i - 1]?.text === ',') out.add(`y:${t.text}`);
      if (view.lowAt(i - 1) === 'since') out.add(`past:since ${t.text}`);
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = low[i]!;
    if (cap[i] && WEEKDAYS.has(w)) out.add(`d:${w}`);
    else if (cap[i] && isMonthWord(w) && (w !== 'may' || tokens[i + 1]?.kind === 'number' || tokens[i - 1]?.kind === 'number' || view.lowAt(i - 1) === 'in')) {
      out.add(`m:${canonMonth(w)}`);
      // "arrested three times since October": a count over part of the time, not the whole of it
      if (view.lowAt(i - 1) === 'since') out.add(`past:since ${canonMonth(w)}`);
    } else if (RELATIVE_DAYS.has(w)) out.add(`rel:${w}`);
    else if (PAST_UNITS.has(w)) {
      // "earlier this year", "last month", "two years ago": the figure belongs to another time.
      const prev = view.lowAt(i - 1);
      const prev2 = view.lowAt(i - 2);
      const next = view.lowAt(i + 1);
      if (prev === 'last' || (prev === 'this' && prev2 === 'earlier') || (prev === 'previous')) out.add(`past:${prev === 'this' ? 'earlier this' : 'last'} ${w}`);
      else if (next === 'ago' && (tokens[i - 1]?.kind === 'number' || SMALL_NUMBER_WORDS.has(prev))) out.add(`past:${prev} ${w} ago`);
    }
  }
  // A sentence naming many dates is a list or a table, not the time of one figure.
  if (out.size > MAX_ANCHORS) return [];
  return [...out].sort();
}

const NOT_PERIOD_FOLLOWERS = new Set(['ago', 'old', 'later', 'earlier']);
/** Length of the period in days: "three days of clashes", "the 26-month conflict", "in the past two years". */
function periodOf(view: SentenceView): number | null {
  const { tokens, low } = view;
  for (let i = 1; i < tokens.length; i++) {
    const unit = TIME_UNIT_DAYS.get(low[i]!);
    if (unit === undefined || unit < 1) continue;
    const prev = tokens[i - 1]!;
    let n: number | undefined;
    let k = i - 1;
    if (prev.text === '-' && tokens[i - 2]?.kind === 'number') k = i - 2; // "26-month"
    const t = tokens[k]!;
    if (t.kind === 'number') n = Number(t.text.replace(/,/g, ''));
    else n = SMALL_NUMBER_WORDS.get(low[k]!);
    // "over the past week" frames a period; "last year" dates the figure (see anchorsOf).
    if (n === undefined && (low[i - 1] === 'past' || low[i - 1] === 'last') && view.lowAt(i - 2) === 'the') n = 1;
    // "two years ago" and "29 years old" date or describe, they do not frame a period. ("Ten days after the
    // attack" is left a period: such offsets count from different events in different texts, never compared.)
    const after = view.lowAt(i + 1);
    if (n === undefined || !Number.isFinite(n) || NOT_PERIOD_FOLLOWERS.has(after)) continue;
    return Math.round(n * unit * 100) / 100;
  }
  return null;
}

/**
 * The place a figure about one place belongs to: the nearest capitalised name before it in its clause
 * ("Bandar Abbas, a city of 500,000 people", "Qeshm Island, home to 200,000 people"). Null when none.
 */
export function nearestPlaceBefore(view: SentenceView, index: number): string | null {
  const { tokens, cap } = view;
  for (let j = index - 1; j >= 0 && j >= index - 10; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.' || t.text === ':') return null;
    if (!cap[j]) continue;
    let k = j;
    while (k > 0 && cap[k - 1] && tokens[k]!.start <= tokens[k - 1]!.end + 1) k--;
    const name = capRun(view, k, tokens.length);
    if (name) return name;
    j = k;
  }
  return null;
}

/**
 * The places a document is mostly about: the non-country places its sentences name at least twice, most
 * named first (at most six). A figure without a place of its own is taken to be there when compared
 * with a figure from another named place.
 */
export function mainPlaces(words: DocumentWords, sentences: Sentence[], isCountry: (p: string) => boolean): string[] {
  const { tokens, low, cap } = words;
  // Names seen in a place phrase somewhere are places; every capitalised mention of them counts.
  const byFirstWord = new Map<string, string>();
  // Indexed loops: for-of makes an iterator result per step until the code is optimised, and this runs cold.
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (titleCaseIn(words, sentence.tokenStart, sentence.tokenEnd)) continue;
    const places = words.placesOf(sentence);
    for (let m = 0; m < places.length; m++) {
      const p = places[m]!;
      // Only names: "opposition-held areas" is a place but no name to look for.
      if (isCountry(p.name) || !cap[sentence.tokenStart + p.at]) continue;
      const first = p.name.split(' ')[0]!;
      if (!byFirstWord.has(first)) byFirstWord.set(first, p.name);
    }
  }
  const counts = new Map<string, number>();
  if (byFirstWord.size) {
    for (let s = 0; s < sentences.length; s++) {
      const { tokenStart, tokenEnd } = sentences[s]!;
      for (let i = tokenStart; i < tokenEnd; i++) {
        if (!cap[i]) continue;
        const place = byFirstWord.get(withoutPossessive(low[i]!));
        if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()]
    .filter(([, k]) => k >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 6)
    .map(([p]) => p);
}

/** The countries a document names most often (names and demonyms), most named first (at most two). */
export function mainCountries(
  { low, cap }: TokenWords, sentences: Sentence[], countryOf: (p: string) => string | null, opensLongName: (word: string) => boolean,
): string[] {
  const counts = new Map<string, number>();
  for (let s = 0; s < sentences.length; s++) {
    const { tokenStart, tokenEnd } = sentences[s]!;
    for (let i = tokenStart; i < tokenEnd; i++) {
      if (!cap[i]) continue;
      // Longest run of up to three capitalised words that names a country ("South Sudan" before "Sudan").
      // Runs are joined and looked up only when their first word opens a name of several words.
      for (let len = opensLongName(low[i]!) ? 3 : 1; len >= 1; len--) {
        if (i + len > tokenEnd) continue;
        if ((len > 1 && !cap[i + 1]) || (len > 2 && !cap[i + 2])) continue;
        const c = countryOf(withoutPossessive(len === 1 ? low[i]! : low.slice(i, i + len).join(' ')));
        if (c) {
          counts.set(c, (counts.get(c) ?? 0) + 1);
          i += len - 1;
          break;
        }
      }
    }
  }
  return [...counts.entries()]
    .filter(([, k]) => k >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2)
    .map(([p]) => p);
}

/** "Sudan's" → "sudan" (lower-cased text); the regular expression runs only on words ending in s. */
function withoutPossessive(w: string): string {
  return w.charCodeAt(w.length - 1) === 115 ? w.replace(POSSESSIVE, '') : w;
}
