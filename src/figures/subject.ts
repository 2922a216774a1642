import type { Token } from '../corpus/types.js';
import { lemma } from './measure.js';
import { MONTHS, PEOPLE_NOUNS, RELATIVE_DAYS, STOPWORDS, WEEKDAYS } from './lexicon.js';
import { startsUpper } from '../corpus/text.js';

// Whose figure an age is: the person named next to it ("Tom Varga, 53,", "Varga (53)", "52-year-old Tom
// Varga") or, without a name, the role the sentence gives ("the 52-year-old suspect" → "suspect").

/** Role nouns an age may describe when no name is given (singular). */
const ROLES = new Set(
  ('man woman boy girl child teen teenager youth juvenile baby toddler infant male female victim bystander officer deputy ' +
    'trooper agent guard student driver suspect gunman shooter attacker robber father mother son daughter husband wife ' +
    'brother sister friend neighbor neighbour resident teacher soldier firefighter pastor person').split(' '),
);
const NAME_PARTS = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'de', 'la', 'van', 'von', 'del', 'da', 'al', 'bin']);
const MAX_NAME_WORDS = 4;

/** The subject of the age at tokens [first, last] of a sentence; null when the sentence does not say. */
export function ageSubject(tokens: Token[], first: number, last: number): string | null {
  const low = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  // "Varga, 53," / "Varga (53)" / "Varga, aged 53": the name just before
  let k = first - 1;
  if (low(k) === 'aged' || low(k) === 'age') k--;
  if (low(k) === ',' || low(k) === '(') {
    const name = nameEndingAt(tokens, k - 1);
    if (name) return name;
    const role = roleAt(tokens, k - 1);
    if (role) return role;
  }
  // "52-year-old Tom Varga" / "the 52-year-old suspect"
  const after = nameStartingAt(tokens, last + 1) ?? roleAfter(tokens, last + 1);
  if (after) return after;
  // "Tom Varga, a 52-year-old ..." / "Varga, who is 52 years old"
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    if (low(j) === ',') return notATime(nameEndingAt(tokens, j - 1)); // not "Yesterday, a 36-year-old climber"

    if (!['a', 'an', 'the', 'who', 'is', 'was'].includes(low(j))) break;
  }
  return null;
}

/** Words between a located thing and its distance ("the camp, located 10 miles south of", "the camp is 25 km from"). */
const LOCATING_WORDS = new Set([',', 'located', 'situated', 'lying', 'lies', 'sits', 'is', 'was', 'are', 'were', 'some', 'just', 'only']);

/**
 * What a distance with no named reference point belongs to: the thing it locates, named just before it
 * ("the camp, less than 25 km from the border" → "camp"; "New Guffa village, nine kilometres from" →
 * "village"). Two places' distances from one border are two figures. Null when no noun stands there.
 */
export function locatedThing(tokens: Token[], first: number): string | null {
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && LOCATING_WORDS.has(tokens[k]!.text.toLowerCase())) k--;
  const t = tokens[k];
  if (k === first - 1 || !t || t.kind !== 'word') return null;
  const w = t.text.toLowerCase();
  if (isCapitalised(t)) return nameEndingAt(tokens, k);
  if (STOPWORDS.has(w) || PEOPLE_NOUNS.has(w) || /(?:ed|ing|ly)$/.test(w)) return null;
  return lemma(w);
}

/** A "name" that is a day or month ("Yesterday", "On Monday") names no one. */
function notATime(name: string | null): string | null {
  return name && name.split(/\s+/).every((w) => WEEKDAYS.has(w.toLowerCase()) || RELATIVE_DAYS.has(w.toLowerCase()) || MONTHS.has(w.toLowerCase()) || w.toLowerCase() === 'on') ? null : name;
}

const isCapitalised = (t: Token | undefined) => !!t && t.kind === 'word' && startsUpper(t.text) && !STOPWORDS.has(t.text.toLowerCase());
const isNamePart = (t: Token | undefined) => isCapitalised(t) || (!!t && (NAME_PARTS.has(t.text.toLowerCase()) || t.text === '.'));

function nameEndingAt(tokens: Token[], end: number): string | null {
  let from = end;
  while (from > 0 && end - from < MAX_NAME_WORDS && isNamePart(tokens[from - 1]) && tokens[from - 1]!.sentence === tokens[end]?.sentence) from--;
  while (from <= end && !isCapitalised(tokens[from])) from++;
  if (from > end || !isCapitalised(tokens[end]) && tokens[end]?.text !== '.') return null;
  return joinName(tokens, from, end);
}

function nameStartingAt(tokens: Token[], start: number): string | null {
  if (!isCapitalised(tokens[start])) return null;
  let to = start;
  while (to + 1 < tokens.length && to - start < MAX_NAME_WORDS - 1 && isCapitalised(tokens[to + 1])) to++;
  // A capitalised word alone right after an age is often a place or a role ("52-year-old Texan"): two words make a name.
  return to > start ? joinName(tokens, start, to) : null;
}

function joinName(tokens: Token[], from: number, to: number): string | null {
  const parts = tokens.slice(from, to + 1).map((t) => t.text).filter((w) => w !== '.');
  if (!parts.length || parts.every((w) => ROLES.has(w.toLowerCase()) || PEOPLE_NOUNS.has(w.toLowerCase()))) return null;
  return parts.join(' ');
}

function roleAt(tokens: Token[], k: number): string | null {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  return ROLES.has(w) || ROLES.has(lemma(w)) ? lemma(w) : null;
}

/** The role noun within three words after an age ("52-year-old Des Moines man"). */
function roleAfter(tokens: Token[], from: number): string | null {
  for (let j = from; j < tokens.length && j < from + 4; j++) {
    const role = roleAt(tokens, j);
    if (role) return role;
    if (tokens[j]!.kind !== 'word') return null;
  }
  return null;
}

const nameWords = (subject: string) => subject.split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, '')).filter((w) => w.length > 1);
const GENERATIONS = /^(?:jr|sr|ii|iii|iv)$/;

/** The key subjects are grouped on: a name's last word and generational suffix ("Varga", "Smith Jr"), a role as given. */
export function subjectKey(subject: string | null): string | null {
  if (!subject) return null;
  const words = nameWords(subject);
  const suffix = words.filter((w) => GENERATIONS.test(w)).join(' ');
  const name = words.filter((w) => !NAME_PARTS.has(w));
  const key = name[name.length - 1] ?? subject.toLowerCase();
  return suffix ? `${key} ${suffix}` : key;
}

/** Can two subjects of one key be one person? Not when both give a first name and the names differ ("Kaleigh Green", "Koi Green"). */
export function subjectsMeet(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const fa = nameWords(a).filter((w) => !NAME_PARTS.has(w));
  const fb = nameWords(b).filter((w) => !NAME_PARTS.has(w));
  return fa.length < 2 || fb.length < 2 || fa[0] === fb[0];
}

/** Is the subject a name (compared across sources) rather than a role (one of many possible people)? */
export const isNamedSubject = (subject: string | null) => !!subject && startsUpper(subject);
