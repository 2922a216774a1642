/** The shape of a candidate name: first names, person-like word sequences, head words. */
import { lowerCase } from '../corpus/text.js';
import { isNameWord, type Part } from './chunker.js';
import { COMMON_WORDS, DEMONYMS, DICTIONARY, FIRST_NAMES, GROUP_WORDS_AND_DEMONYMS, isPlaceName, KNOWN_ORGS, LAST_NAMES } from './gazetteer.js';
import { acronymLetters } from './keys.js';
import { GROUP_WORDS, ORG_HEADS, OTHER_HEADS, PLACE_HEADS } from './lexicon.js';

// Regular expressions used in hot paths are module constants: a literal makes a new RegExp object each
// time it is evaluated.

/** Lower case, without a copy for words that are lower case already. */
export const low = lowerCase;

/** `s === s.toUpperCase()`, without making the upper-case copy for ASCII text (no small letter a-z). */
export function isAllCaps(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return s === s.toUpperCase();
  }
  return true;
}

export const lastWord = (parts: Part[]) => parts[parts.length - 1]!.lower;

export const spanText = (parts: Part[], text: string) => text.slice(parts[0]!.start, parts[parts.length - 1]!.end);

/** The words of parts[from..to) joined by single spaces. */
export function spanWords(parts: Part[], from = 0, to = parts.length): string {
  let s = from < to ? parts[from]!.text : '';
  for (let i = from + 1; i < to; i++) s += ' ' + parts[i]!.text;
  return s;
}

/** A first name as written: not an acronym ("LA"), not a one- or two-letter word. */
export const isFirstName = (w: string) => w.length > 2 && !isAllCaps(w) && FIRST_NAMES.has(low(w));

/** Looks like a person's name: a known first name, or two or three unknown capitalised words. */
export function personLike(parts: Part[]): boolean {
  // The name words; the parts themselves when all are (the usual case: no copy).
  let words = parts;
  for (let i = 0; i < parts.length; i++) {
    if (!isNameWord(parts[i]!.text)) {
      words = [];
      for (let j = 0; j < parts.length; j++) if (isNameWord(parts[j]!.text)) words.push(parts[j]!);
      break;
    }
  }
  if (!words.length || words.length > 4) return false;
  for (let i = 0; i < words.length; i++) if (ORG_HEADS.has(words[i]!.lower) || PLACE_HEADS.has(words[i]!.lower)) return false;
  if (isPlaceName(spanWords(words))) return false;
  if (isFirstName(words[0]!.text)) return true;
  if (words.length < 2) return false;
  // An unknown given name before a surname that is also a place: "Valeska Paris".
  const firstWord = words[0]!.lower;
  const unknownFirst = !DICTIONARY.has(firstWord) && !COMMON_WORDS.has(firstWord) && !isPlaceName(firstWord) && !acronymLetters(words[0]!.text);
  // (The words together are no place: tested above.)
  if (words.length === 2 && unknownFirst && isPlaceName(words[1]!.text) && !acronymLetters(words[1]!.text)) return true;
  // An unknown given name before any surname, even an ordinary word: "Kimani Gray", "Mahnefah Baker".
  if (words.length === 2 && unknownFirst && !KNOWN_ORGS.has(firstWord) && !OTHER_HEADS.has(words[1]!.lower) && !acronymLetters(words[1]!.text)) return true;
  // Surnames are rarely ordinary words; organisation names usually end in one ("LA Weekly", "People Power").
  const last = words[words.length - 1]!.lower;
  const surname = LAST_NAMES.has(last) || (!COMMON_WORDS.has(last) && !DICTIONARY.has(last) && !isPlaceName(last));
  if (!surname) return false;
  for (let i = 0; i < words.length; i++) if (acronymLetters(words[i]!.text) || isPlaceName(words[i]!.text)) return false;
  return true;
}

/** The head of a name: its last word, or the word before "of/for/on" ("Observatory for Human Rights"). */
export function headWord(words: string[]): string {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'of' || w === 'for' || w === 'on') return words[k - 1]!;
  }
  return words[words.length - 1]!;
}

/** A demonym, group word or language (the gazetteer must be loaded: extraction loads it first). */
export const isGroupWord = (w: string) => GROUP_WORDS_AND_DEMONYMS.has(w);

const ADHERENTS = new Set(['muslims', 'christians', 'jews', 'hindus', 'buddhists', 'sikhs', 'catholics', 'protestants']);

/** A people named in the plural on its own ("Muslims", "Afghans"): a group, typed other as news annotation does. */
export const isPeoplePlural = (w: string) => w.endsWith('s') && (ADHERENTS.has(w) || (DEMONYMS.has(w) && !GROUP_WORDS.has(w)));
