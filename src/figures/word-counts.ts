import { MEASURE_NOUNS } from './lexicon.js';
import type { NumberMatch } from './types.js';

// Counts written without a numeral: "a 4-year-old girl was killed" states one death, "no one was injured"
// states zero injured. They are candidates only: a claim is kept when its measure is a toll (see extract).

/**
 * People a toll counts one at a time ("a man was killed", "killed a 6-year-old boy"). Singular nouns; not
 * "a suspect" or "a gunman": the perpetrator killed is not the toll of his victims.
 */
const PERSON_NOUNS = new Set(
  ('man woman person boy girl child teen teenager youth juvenile baby toddler infant adult male female victim bystander ' +
    'officer deputy trooper agent guard student resident driver motorist passenger customer employee worker clerk ' +
    'father mother son daughter husband wife brother sister grandmother grandfather friend neighbor neighbour relative ' +
    'pedestrian homeowner tenant patron soldier firefighter teacher pastor cousin girlfriend boyfriend security civilian')
    .split(' '),
);
/** Words that may stand between the article and the person ("a 20-year-old Des Moines man", "an unarmed man"). */
const BLOCKERS = new Set(
  ('the a an his her their its my our your this that of and or but with by for to in on at from first second third fourth ' +
    'fifth sixth seventh eighth ninth tenth last next other another few lot number couple dozen single').split(' '),
);
/** Before the article: a list or a comparison, not a count ("including a child", "like a man"). */
/** ("the death of a 3-year-old boy", "the mother of a girl who was killed": after "of" a person still counts.) */
// After "by" the person is the agent: "before being killed by a SWAT officer".
const NOT_AFTER = new Set(['including', 'and', 'or', 'with', 'plus', 'like', 'as', 'than', 'such', 'what', 'whether', 'by']);

const AGE_HEAD = /^\d+-(?:year|month|week|day)s?-old$|^[a-z]+-(?:year|month|week|day)s?-old$/i;
// "killed a 3-year-old, ..." too: the age ends the phrase
const AGE_HEAD_NEXT = /^(?:\s+(?:is|was|has|who|had|died|were)\b|[,;.])/i;

/**
 * "a/an ... person" counts (value 1) in text[start, end), ending before the person noun so it reads as the
 * counted noun. `slice`: text[start, end) (a sentence's text, cut in one byte per character where it can be).
 */
export function articleCounts(text: string, start: number, end: number, slice = text.slice(start, end)): NumberMatch[] {
  const out: NumberMatch[] = [];
  const re = /\b(?:an?)\b/gi;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = m.index;
    const before = /([A-Za-z]+)\W*$/.exec(slice.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
    if (before && NOT_AFTER.has(before)) continue;
    const found = personAfter(slice, at + m[0].length);
    if (!found) continue;
    const s = start + at;
    const e = start + found.countEnd;
    out.push({ start: s, end: e, text: slice.slice(s - start, e - start), kind: 'count', value: 1, low: 1, high: 1, qualifier: 'exact', unit: null });
  }
  return out;
}

/** After the article at `from`: up to three modifiers, then a person noun (or an age standing for the person). */
function personAfter(s: string, from: number): { countEnd: number } | null {
  const words = /\s+([\w\u2019'.-]+)/y;
  let pos = from;
  let lastEnd = from;
  for (let n = 0; n < 4; n++) {
    words.lastIndex = pos;
    const w = words.exec(s);
    if (!w) return null;
    const word = w[1]!.replace(/[.]$/, '');
    const low = word.toLowerCase();
    if (/['\u2019]s$/.test(low)) return null; // "a man's car"
    if (PERSON_NOUNS.has(low)) {
      const next = /^\s+([A-Za-z'\u2019]+)/.exec(s.slice(w.index + w[0].length))?.[1]?.toLowerCase();
      if (next && (PERSON_NOUNS.has(next) || /['\u2019]s$/.test(next))) return null; // compounds: "a security guard"
      return { countEnd: lastEnd };
    }
    if (AGE_HEAD.test(word) && AGE_HEAD_NEXT.test(s.slice(w.index + w[0].length))) return { countEnd: w.index + w[0].length };
    if (BLOCKERS.has(low) || /^\d+$/.test(low)) return null;
    pos = w.index + w[0].length;
    lastEnd = pos;
  }
  return null;
}

/** "no one was injured", "nobody was hurt", "no casualties", "no injuries were reported", "no reports of (damage or) injuries". */
const ZERO = /\b(?:(no one|nobody)\b|no\s+(?:(?:other|immediate|serious|further|additional|reported|known|major)\s+)*(?:reports?\s+of\s+)?(?:(?:any|other|immediate|serious)\s+)?(?:(?:major\s+|serious\s+)?damage\s+(?:or|and)\s+)?(injuries|injury|casualties|deaths|fatalities|dead|wounded|arrests|victims)\b)/gi;

/** A zero and, when its phrase names it ("no casualties"), what it counts. */
export interface ZeroCount {
  match: NumberMatch;
  measure: string | null;
}

/**
 * Explicit zeros in text[start, end): "no one" reads its measure from the verb after it, "no injuries" from
 * its noun. `slice`: text[start, end), as for articleCounts.
 */
export function zeroCounts(text: string, start: number, end: number, slice = text.slice(start, end)): ZeroCount[] {
  const out: ZeroCount[] = [];
  for (const m of slice.matchAll(ZERO)) {
    const s = start + m.index!;
    const e = s + m[0].length;
    const match: NumberMatch = { start: s, end: e, text: slice.slice(s - start, e - start), kind: 'count', value: 0, low: 0, high: 0, qualifier: 'exact', unit: null };
    out.push({ match, measure: m[2] ? MEASURE_NOUNS.get(m[2].toLowerCase()) ?? null : null });
  }
  return out;
}
