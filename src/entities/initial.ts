/**
 * Sentence-initial words: every sentence starts with a capital, so the first word of a sentence (or of a
 * quotation) is a name only when the document or the lexicons say so ("Meanwhile" is not; "Hezbollah" is).
 */
import type { ParsedDocument } from '../corpus/parsed.js';
import type { Token } from '../corpus/types.js';
import type { Part } from './chunker.js';
import { COMMON_WORDS, DICTIONARY, FIRST_NAMES, isPlaceName, KNOWN_ORGS, LAST_NAMES } from './gazetteer.js';
import { NEVER_NAMES, NEWS_AGENCIES, TITLE_WORDS } from './lexicon.js';
import { low } from './shape.js';
import { startsUpper } from '../corpus/text.js';

/** Upper-case first letter; ASCII checked without a regular expression (hot path). */
const isUpperInitial = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && startsUpper(w));
};

export const OPENERS = new Set(['"', "'", '\u201c', '\u2018', ':', '-', '\u2013', '\u2014', '\u2022', '*', '|']);

export const QUOTES = new Set(['"', "'"]);

/** An opening mark: curly openers always; straight quotes only when glued to the next word. */
export function opens(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!OPENERS.has(t.text)) return false;
  if (!QUOTES.has(t.text)) return true;
  const next = tokens[k + 1];
  return next !== undefined && next.start === t.end;
}

/** Facts about the whole document used to judge sentence-initial words. */
export interface DocWords {
  /** Words seen capitalised away from the start of a sentence. */
  midCap: Set<string>;
  /** Words seen in lower case. */
  lower: Set<string>;
  /** A wanted word and the capitalised word after it, both lower case, seen away from the start of a sentence ("crime stoppers"). */
  midPairs: Set<string>;
}

export function docWords(doc: ParsedDocument): DocWords {
  const midCap = new Set<string>();
  const lower = new Set<string>();
  const midPairs = new Set<string>();
  const tokens = doc.tokens;
  const initial = new Uint8Array(tokens.length);
  // Pass 1: the capitalised sentence-initial words to judge. Pass 2: how they appear elsewhere.
  const wanted = new Set<string>();
  let prevSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // Only punctuation opens a quotation or clause (checked first: most tokens follow a word).
    const first = t.sentence !== prevSentence || (i > 0 && tokens[i - 1]!.kind === 'punct' && tokens[i - 1]!.sentence === t.sentence && opens(tokens, i - 1));
    prevSentence = t.sentence;
    if (first) initial[i] = 1;
    // Judged without a possessive ("Rockymore's cousin"), as ordinaryInitial asks.
    if (first && isUpperInitial(t.text)) wanted.add(withoutPossessive(low(t.text)));
  }
  // Most lower-case words cannot be wanted: the first letters (a-z) and lengths of the wanted words, as
  // bits (length 31 stands for 31 or more), rule them out before a lookup.
  const lengthsByLetter = new Uint32Array(26);
  for (const w of wanted) {
    const c = w.charCodeAt(0) - 97;
    if (c >= 0 && c < 26) lengthsByLetter[c]! |= 1 << (w.length < 31 ? w.length : 31);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) {
      // (A comparison, not Math.min: this runs for every lower-case word, mostly unoptimised.)
      const len = t.text.length;
      if ((lengthsByLetter[c0 - 97]! >>> (len < 31 ? len : 31)) & 1 && wanted.has(t.text)) lower.add(t.text);
    } else if (!initial[i] && isUpperInitial(t.text)) {
      const w = withoutPossessive(low(t.text));
      if (!wanted.has(w)) continue;
      midCap.add(w);
      const next = tokens[i + 1];
      if (next && next.kind === 'word' && next.sentence === t.sentence && isUpperInitial(next.text)) midPairs.add(`${w} ${low(next.text)}`);
    }
  }
  return { midCap, lower, midPairs };
}

/**
 * Whether a capitalised sentence-initial word, given in lower case (a part's `lower`: no second lowering),
 * is an ordinary word rather than a name; `alone`: the word is its run's only word (see closedCompound).
 */
export function ordinaryInitial(lowered: string, words: DocWords, alone: boolean): boolean {
  const w = withoutPossessive(lowered);
  if (NEVER_NAMES.has(w)) return true;
  if (words.midCap.has(w) && !words.lower.has(w)) return false;
  if (words.lower.has(w)) return true;
  if (isPlaceName(w) || KNOWN_ORGS.has(w) || NEWS_AGENCIES.has(w)) return false;
  if (COMMON_WORDS.has(w) || TITLE_WORDS.has(w) || COMMON_SUFFIX.test(w)) return true;
  return (DICTIONARY.has(w) || (alone && closedCompound(w))) && !FIRST_NAMES.has(w) && !LAST_NAMES.has(w);
}

/**
 * Two everyday words of four letters or more written as one that no dictionary lists ("Gameplay", "Spacetime"),
 * alone at a sentence's start: an ordinary word. Shorter halves make surnames ("Hamill", "Braverman"), a name
 * word after makes a name ("Longwood Gardens"); brands built so ("Firefox") are names where the document also
 * writes them capitalised away from a sentence's start, tested before.
 */
function closedCompound(w: string): boolean {
  if (w.length < 8 || !/^[a-z]+$/.test(w)) return false;
  for (let i = 4; i <= w.length - 4; i++) if (DICTIONARY.has(w.slice(0, i)) && DICTIONARY.has(w.slice(i))) return true;
  return false;
}

/**
 * Whether a sentence-initial word, ordinary by `ordinaryInitial`, still opens the name after it: the document
 * writes the two words together away from a sentence's start ("call Crime Stoppers"), the two name an
 * organisation of a place ("Crime Stoppers of Puget Sound"), or the word is in no
 * dictionary or stopword list, never in lower case in the document, and a capitalised name word follows
 * ("Shahied Rashid, 24, was charged": an unknown given name that merely ends like "charged").
 */
export function opensName(parts: Part[], tokens: Token[], words: DocWords): boolean {
  if (parts.length < 2) return false;
  const w = parts[0]!.lower;
  const next = parts[1]!;
  if (words.midPairs.has(`${w} ${next.lower}`) || namedForPlace(parts, tokens)) return true;
  if (NEVER_NAMES.has(w) || TITLE_WORDS.has(w) || words.lower.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(parts[0]!.text)) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(next.text) || DICTIONARY.has(next.lower) || NEVER_NAMES.has(next.lower)) return false;
  // A known given name that is also a word ("Randy", "Jasmine") before a surname no word list knows ("Demieko", "Rockymore").
  if (FIRST_NAMES.has(w) && !COMMON_WORDS.has(next.lower) && !LAST_NAMES.has(w)) return true;
  return !DICTIONARY.has(w) && !COMMON_WORDS.has(w);
}

/**
 * "Crime Stoppers of Puget Sound": two capitalised words, neither an everyday word nor a title, then "of" and a
 * name; an organisation named for its place, whose first word merely opens the sentence.
 */
function namedForPlace(parts: Part[], tokens: Token[]): boolean {
  const second = parts[1]!;
  if (parts.length !== 2 || COMMON_WORDS.has(parts[0]!.lower) || COMMON_WORDS.has(second.lower) || TITLE_WORDS.has(second.lower) || NEVER_NAMES.has(second.lower)) return false;
  let k = second.token + 1;
  if (tokens[k]?.text !== 'of') return false;
  const after = tokens[k + 1];
  return after !== undefined && after.kind === 'word' && isUpperInitial(after.text) && !NEVER_NAMES.has(low(after.text));
}

// Endings of ordinary English words that names rarely have ("Failure", "Meanwhile", "Residents").
const POSSESSIVE_S = /['\u2019]s$/;
const withoutPossessive = (w: string) => (w.endsWith('s') ? w.replace(POSSESSIVE_S, '') : w);

export const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ure|ing|ed|ly|ism|ists?|ers|ies|ship|hood|ful|less|ous|ive|able|ible)$/;

/** The first two to four words name a known place or organisation ("New Zealand", "North Korea"). */
export function startsWithKnownName(parts: Part[]): boolean {
  if (parts.length < 2) return false;
  // The two- to four-word prefixes, longest tested first.
  const prefixes = [parts[0]!.text + ' ' + parts[1]!.text];
  for (let n = 3; n <= Math.min(4, parts.length); n++) prefixes.push(prefixes[n - 3] + ' ' + parts[n - 1]!.text);
  for (let i = prefixes.length - 1; i >= 0; i--) if (isPlaceName(prefixes[i]!) || KNOWN_ORGS.has(low(prefixes[i]!))) return true;
  return false;
}

/** Index of the first word of the sentence, or of a quotation or clause opened inside it. */
export function isInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'number') return false;
    if (opens(tokens, k)) return true;
  }
  return true;
}
