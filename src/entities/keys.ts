/**
 * Comparison keys for names. Outlets spell one name differently ("al-Assad"/"Assad", "Hezbollah"/"Hizballah",
 * "Qusair"/"al-Qusayr", "U.N."/"UN"); these keys make such variants equal without merging distinct names.
 */
import { isSpaceCode } from '../corpus/text.js';
import { HYPHEN_PARTICLES, PARTICLES } from './lexicon.js';

/** Accents off, curly apostrophes straight, lower case. */
export function fold(s: string): string {
  // ASCII needs no decomposition (most names in English copy); NFKD is costly.
  if (isPrintableAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Exactly `s.split(/\s+/)` (empty strings at the ends included), without the cost of a regular-expression split. */
export function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (isSpaceCode(s.charCodeAt(i))) {
      out.push(s.slice(start, i));
      while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
      start = i;
    } else i++;
  }
  out.push(start === 0 ? s : s.slice(start));
  return out;
}

/** Words of a name, folded, with dots of acronyms removed (a hand-written split: names are keyed often). */
export function nameWords(s: string): string[] {
  let f = fold(s);
  if (f.indexOf('.') >= 0) f = f.replaceAll('.', '');
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < f.length; i++) {
    if (isSpaceCode(f.charCodeAt(i))) {
      if (start >= 0) out.push(f.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(start === 0 ? f : f.slice(start));
  return out;
}

/** Particles off ("al-Assad" → "assad", "bin Laden" stays "bin laden" only when "bin" is a word). */
function stripParticle(w: string): string {
  const hy = w.indexOf('-');
  if (hy <= 0 || hy === w.length - 1) return w;
  for (let i = 0; i < hy; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return w;
  }
  return HYPHEN_PARTICLES.has(w.slice(0, hy)) ? w.slice(hy + 1) : w;
}

const keyCache = new Map<string, string>();

/** Exact key: folded words, particles and a leading "the" removed, hyphens as spaces (memoised). */
export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = computeNameKey(s);
    // Names repeat; a bounded cache keeps hostile inputs from growing memory without limit.
    if (keyCache.size > 50000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

function computeNameKey(s: string): string {
  const words = nameWords(s);
  // No words, no key (and no empty list, a second array shape to the code below).
  if (!words.length) return '';
  const ws = words.map(stripParticle);
  if (ws[0] === 'the') ws.shift();
  let key = '';
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (i > 0 && PARTICLES.has(w) && i < ws.length - 1 && w.length <= 3 && w !== 'bin') continue;
    key = key ? key + ' ' + w : w;
  }
  key = key.replaceAll('-', ' ');
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/**
 * Spelling skeleton of a key: consonants and digits only (y and w count as vowels), doubled letters collapsed.
 * "hezbollah" and "hizballah" → "hzblh"; "qusair" and "qusayr" → "qsr".
 */
export function skeleton(key: string): string {
  // One pass: drop other characters, collapse repeats, keep each word's first letter and its consonants.
  let out = '';
  let prev = -1;
  let wordStart = true;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const kept = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x20;
    if (!kept || c === prev) continue;
    prev = c;
    if (c === 0x20) {
      out += ' ';
      wordStart = true;
    } else if (wordStart) {
      out += key[i];
      wordStart = false;
    } else if (!VOWELS.has(c)) out += key[i];
  }
  return out;
}

// a e i o u y w: vowels of the skeleton.
const VOWELS = new Set([0x61, 0x65, 0x69, 0x6f, 0x75, 0x79, 0x77]);

/** Initials of the capitalised words of a name: "United Nations" → "un", "Syrian National Coalition" → "snc". */
export function initials(s: string): string {
  let out = '';
  let start = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2d || isSpaceCode(c)) {
      start = true;
      continue;
    }
    if (start) {
      // ASCII by its code (most names); other characters by UPPER_AT.
      if (c < 128) {
        if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
      } else {
        UPPER_AT.lastIndex = i;
        if (UPPER_AT.test(s)) out += s.charAt(i).toLowerCase();
      }
      start = false;
    }
  }
  return out;
}

const UPPER_AT = /\p{Lu}/uy;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const CAPITALS_ACRONYM = /^\p{Lu}{2,6}$/u;

/** Two to six capitals and nothing else: "NATO", "DPLB" (not "U.S.", whose form acronymLetters also reads). */
export const isCapitalsAcronym = (s: string): boolean => CAPITALS_ACRONYM.test(s);
const DOTS = /\./g;
/** The text without its full stops ("U.N." → "UN"). */
export const undot = (s: string) => s.replace(DOTS, '');

/** An acronym as written ("U.N.", "SNC", "EU"): its letters in lower case, or null. */
export function acronymLetters(s: string): string | null {
  // A small ASCII letter second rules out both forms (most names: "Kerry", "Syria"). (Not read past the
  // end of a one-letter word: that deoptimises the hot functions this is inlined into.)
  const c1 = s.length > 1 ? s.charCodeAt(1) : 0;
  if (c1 >= 97 && c1 <= 122) return null;
  if (DOTTED_ACRONYM.test(s)) return undot(s).toLowerCase();
  if (CAPITALS_ACRONYM.test(s)) return s.toLowerCase();
  return null;
}

/** URL-safe id of a canonical name. */
export function slug(s: string): string {
  const f = fold(s);
  // Words of small letters and digits between single spaces (most names): the spaces become dashes.
  if (PLAIN_WORDS.test(f)) return f.indexOf(' ') < 0 ? f : f.replaceAll(' ', '-');
  return f.replace(NOT_SLUG, '-').replace(EDGE_DASHES, '') || 'entity';
}

const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
