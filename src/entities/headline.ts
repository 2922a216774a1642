/**
 * Headlines and other title-case lines capitalise every word ("Kerry Seeks Backing in Jordan"), so
 * capitalisation says nothing there: only forms already known from the body or from the gazetteer count.
 */
import type { Token } from '../corpus/types.js';
import { chunkSentence } from './chunker.js';
import { gazetteerTyped, type TypeReason } from './typing.js';
import { DICTIONARY, KNOWN_ORGS, countryOf, isPlaceName } from './gazetteer.js';
import { fold, nameKey } from './keys.js';
import { HEADLINE_SMALL, NEWS_AGENCIES } from './lexicon.js';
import { startsLower, startsUpper } from '../corpus/text.js';

import type { Evidence } from './extract.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.'\u2019&-]*/gu;

/**
 * `/[.!?]["'\u201d\u2019)]?$/.test(t)`, by the last two characters: the regular expression would be tried
 * at every full stop of the line, and lines are whole paragraphs.
 */
function endsLikeSentence(t: string): boolean {
  let i = t.length - 1;
  const c = t.charCodeAt(i);
  // A closing quote or parenthesis after the full stop.
  if (c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29) i--;
  const p = t.charCodeAt(i);
  return p === 0x2e || p === 0x21 || p === 0x3f;
}

/** "Vashon Dukes, 19, of Little Rock": two to four capitalised words, a comma and an age, as lists of victims open. */
const NAME_AGE_ITEM = /^(\p{Lu}[\p{L}'\u2019-]+)(?: \p{Lu}[\p{L}.'\u2019-]*){1,3}, \d{1,3}(?:[,;]|$)/u;

/** A list item naming a person and an age, not a headline: its first word is no ordinary word ("Teen Driver, 17, Dies"). */
function isNameAgeItem(t: string): boolean {
  const m = NAME_AGE_ITEM.exec(t);
  return m !== null && !DICTIONARY.has(m[1]!.toLowerCase());
}

/** A line with no lower-case word but small function words, not ending like a sentence. */
export function isTitleCaseLine(line: string): boolean {
  const t = line.trim();
  if (!t || endsLikeSentence(t) || isNameAgeItem(t)) return false;
  let caps = 0;
  for (const m of t.matchAll(WORD)) {
    const w = m[0];
    if (startsUpper(w)) caps++;
    else if (startsLower(w) && !HEADLINE_SMALL.has(w.toLowerCase())) return false;
  }
  return caps >= 1;
}

/** Evidence for a form the gazetteer knows, or null. */
function gazetteerEvidence(surface: string): { ev: Evidence; reasons: TypeReason[] } | null {
  if (countryOf(surface)) return gazetteerTyped('gazetteer-country');
  if (isPlaceName(surface)) return gazetteerTyped('gazetteer-place');
  const k = fold(surface).replace(/\./g, '');
  if (KNOWN_ORGS.has(k) || NEWS_AGENCIES.has(k)) return gazetteerTyped('known-organization');
  return null;
}

export interface HeadlineMention {
  text: string;
  start: number;
  end: number;
  ev: Evidence;
  reasons: TypeReason[];
  none: number;
}

/** Known forms inside a title-case sentence, longest first, left to right. */
export function headlineMentions(tokens: Token[], known: Map<string, { ev: Evidence; reasons: TypeReason[] }>, text: string): HeadlineMention[] {
  const out: HeadlineMention[] = [];
  const MAX = 6;
  for (const run of chunkSentence(tokens)) {
    const p = run.parts;
    for (let i = 0; i < p.length; ) {
      let matched = 0;
      for (let j = Math.min(p.length, i + MAX); j > i; j--) {
        const start = p[i]!.start;
        const end = p[j - 1]!.end;
        const surface = text.slice(start, end);
        if (!startsUpper(surface) || !/\p{Lu}/u.test(p[j - 1]!.text.charAt(0))) continue;
        const k = known.get(nameKey(surface));
        const typed = k ? { ev: [...k.ev] as Evidence, reasons: [...k.reasons] } : gazetteerEvidence(surface);
        if (typed) {
          out.push({ text: surface, start, end, ev: typed.ev, reasons: typed.reasons, none: 0 });
          matched = j - i;
          break;
        }
      }
      i += matched || 1;
    }
  }
  return out;
}
