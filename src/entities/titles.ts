/** Titles and roles before a name ("Secretary of State John Kerry"): kept as roles, never as part of the name. */
import { isNameWord, type Part } from './chunker.js';
import { FIRST_NAMES } from './gazetteer.js';
import { TITLE_MODIFIERS, TITLE_WORDS, WEAK_TITLES } from './lexicon.js';
import { isFirstName, low, personLike } from './shape.js';

export interface Segment {
  parts: Part[];
  roles: string[];
}

/**
 * Split a title phrase off the front of a run: prefix (often a place or org), roles, and the name; undefined
 * when the run holds no title (most runs).
 */
export function splitTitle(parts: Part[]): { prefix: Part[]; name: Segment } | undefined {
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!.lower;
    if (!TITLE_WORDS.has(w)) continue;
    // Extend the title over following title words ("Secretary General", "Prime Minister").
    let j = i + 1;
    while (j < parts.length && (TITLE_WORDS.has(parts[j]!.lower) || TITLE_MODIFIERS.has(parts[j]!.lower))) j++;
    // "of State" continuation: up to the first first name, else one word (and its of/for chain).
    if (j < parts.length && (parts[j]!.lower === 'of' || parts[j]!.lower === 'for')) {
      let k = j + 1;
      while (k < parts.length && !FIRST_NAMES.has(parts[k]!.lower)) k++;
      if (k >= parts.length) {
        k = j + 2;
        while (k + 1 < parts.length && /^(of|for|on|and)$/i.test(parts[k]!.text)) k += 2;
      }
      j = Math.min(k, parts.length);
    }
    const rest = parts.slice(j);
    if (!rest.length) {
      if (WEAK_TITLES.has(w)) continue;
      // "Gary King", "Anna Bishop": after a given name, a title word ending the run is the surname.
      if (i > 0 && j === i + 1 && isFirstName(parts[i - 1]!.text)) continue;
      return { prefix: parts.slice(0, backOverModifiers(parts, i)), name: { parts: [], roles: [titleText(parts.slice(i, j))] } };
    }
    if (WEAK_TITLES.has(w) && !personLike(rest)) continue;
    if (!isNameWord(rest[0]!.text)) continue;
    const from = backOverModifiers(parts, i);
    return { prefix: parts.slice(0, from), name: { parts: rest, roles: [titleText(parts.slice(from, j))] } };
  }
  return undefined;
}

export function backOverModifiers(parts: Part[], i: number): number {
  let from = i;
  while (from > 0 && (TITLE_MODIFIERS.has(parts[from - 1]!.lower) || TITLE_WORDS.has(parts[from - 1]!.lower))) from--;
  return from;
}

export const titleText = (parts: Part[]) => parts.map((p) => p.text).join(' ');
