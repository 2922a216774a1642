/**
 * Comparison keys for names. Outlets spell one name differently ("al-Assad"/"Assad", "Hezbollah"/"Hizballah",
 * "Qusair"/"al-Qusayr", "U.N."/"UN"); these keys make such variants equal without merging distinct names.
 */
import { HYPHEN_PARTICLES, PARTICLES } from './lexicon.js';

/** Accents off, curly apostrophes straight, lower case. */
export function fold(s: string): string {
  // ASCII needs no decomposition (most names in English copy); NFKD is costly.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

/** Words of a name, folded, with dots of acronyms removed. */
export function nameWords(s: string): string[] {
  return fold(s)
    .replace(/\./g, '')
    .split(/[\s]+/)
    .filter(Boolean);
}

/** Particles off ("al-Assad" → "assad", "bin Laden" stays "bin laden" only when "bin" is a word). */
function stripParticle(w: string): string {
  const m = /^([a-z]+)-(.+)$/.exec(w);
  if (m && HYPHEN_PARTICLES.has(m[1]!)) return m[2]!;
  return w;
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
  const ws = nameWords(s).map(stripParticle);
  if (ws[0] === 'the') ws.shift();
  return ws
    .filter((w, i) => !(i > 0 && PARTICLES.has(w) && i < ws.length - 1 && w.length <= 3 && w !== 'bin'))
    .join(' ')
    .replace(/-/g, ' ')
    .replace(/'s$/, '');
}

/**
 * Spelling skeleton of a key: consonants and digits only (y and w count as vowels), doubled letters collapsed.
 * "hezbollah" and "hizballah" → "hzblh"; "qusair" and "qusayr" → "qsr".
 */
export function skeleton(key: string): string {
  return key
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/(.)\1+/g, '$1')
    .split(' ')
    .map((w) => w.charAt(0) + w.slice(1).replace(/[aeiouyw]/g, ''))
    .join(' ');
}

/** Initials of the capitalised words of a name: "United Nations" → "un", "Syrian National Coalition" → "snc". */
export function initials(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0).toLowerCase())
    .join('');
}

/** An acronym as written ("U.N.", "SNC", "EU"): its letters in lower case, or null. */
export function acronymLetters(s: string): string | null {
  if (/^(?:\p{Lu}\.){2,}$/u.test(s)) return s.replace(/\./g, '').toLowerCase();
  if (/^\p{Lu}{2,6}$/u.test(s)) return s.toLowerCase();
  return null;
}

/** URL-safe id of a canonical name. */
export function slug(s: string): string {
  return (
    fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}
