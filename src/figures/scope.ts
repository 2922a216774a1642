import type { Token } from '../corpus/types.js';
import {
  MONTHS, NOT_PLACES, PLACE_NOUNS, PLACE_PREPOSITIONS, RELATIVE_DAYS, SMALL_NUMBER_WORDS, TIME_UNIT_DAYS, WEEKDAYS, canonMonth,
} from './lexicon.js';
import type { ScopeHints } from './types.js';

// Scope hints of one sentence: the places it names around its figures, its time anchors and the length
// of the period it reports on. Compared claims must not contradict each other on any of them.

const isCap = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const DIRECTIONS = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|nearby|neighbouring|neighboring)$/;

/** Scope hints of the tokens of one sentence. */
export function sentenceHints(tokens: Token[]): ScopeHints {
  return { places: placesOf(tokens), when: anchorsOf(tokens), periodDays: periodOf(tokens) };
}

/** Place phrases: "in (the) [adjectives] Capitalised Words", "city of X", "in opposition-held areas". */
function placesOf(tokens: Token[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const w = lower(tokens[i]);
    // "the city of Tripoli", "the island of Qeshm"
    if (PLACE_NOUNS.has(w) && lower(tokens[i + 1]) === 'of' && tokens[i + 2] && isCap(tokens[i + 2]!)) {
      const name = capRun(tokens, i + 2);
      if (name) out.add(name);
      continue;
    }
    if (!PLACE_PREPOSITIONS.has(w)) continue;
    let j = i + 1;
    if (['the', 'a', 'an'].includes(lower(tokens[j]))) j++;
    const lowerWords: string[] = [];
    while (j < tokens.length && lowerWords.length < 3 && tokens[j]!.kind === 'word' && !isCap(tokens[j]!)) {
      lowerWords.push(lower(tokens[j]));
      if (PLACE_NOUNS.has(lower(tokens[j]))) break;
      j++;
    }
    const next = tokens[j];
    if (lowerWords.length && PLACE_NOUNS.has(lowerWords[lowerWords.length - 1]!)) {
      // A place described in words; "the city of X" is taken by the rule above.
      if (lower(tokens[j + 1]) !== 'of') out.add(lowerWords.filter((x) => !DIRECTIONS.test(x)).join(' '));
      continue;
    }
    if (next && isCap(next) && lowerWords.every((x) => DIRECTIONS.test(x) || /-held$|-controlled$/.test(x))) {
      const name = capRun(tokens, j);
      if (name) out.add(name);
    }
  }
  return [...out].filter(Boolean).sort();
}

/** A run of capitalised words (with inner "al-", "of"-free), lower-cased; null when it is not a place. */
function capRun(tokens: Token[], from: number): string | null {
  const words: string[] = [];
  for (let k = from; k < tokens.length && words.length < 4 && isCap(tokens[k]!); k++) {
    if (k > from && tokens[k]!.start > tokens[k - 1]!.end + 1) break;
    words.push(tokens[k]!.text);
  }
  if (!words.length || NOT_PLACES.has(words[0]!.toLowerCase())) return null;
  // "the Lebanese city of Tripoli": a capitalised adjective before a place noun is not the place.
  const after = tokens[from + words.length];
  if (after && PLACE_NOUNS.has(after.text) && after.text === after.text.toLowerCase()) return null;
  // A trailing place noun ("Qeshm Island") is dropped so "Qeshm" and "Qeshm Island" meet.
  const kept = words.filter((x, k) => k === 0 || !PLACE_NOUNS.has(x.toLowerCase()));
  return kept.join(' ').toLowerCase().replace(/['\u2019]s$/, '');
}

/** Years, months, weekdays and relative days the sentence names. */
function anchorsOf(tokens: Token[]): string[] {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(t.text)) {
      const next = lower(tokens[i + 1]);
      // "in 2003", "December 2003", "2003." — not "2000 people"
      if (!next || tokens[i + 1]!.kind === 'punct' || ['and', 'to', 'when'].includes(next) || MONTHS.has(lower(tokens[i - 1])) ||
        ['in', 'since', 'of', 'until', 'by', 'from'].includes(lower(tokens[i - 1])) || tokens[i - 1]?.text === ',') out.add(`y:${t.text}`);
      return;
    }
    if (t.kind !== 'word') return;
    const w = t.text.toLowerCase();
    if (isCap(t) && WEEKDAYS.has(w)) out.add(`d:${w}`);
    else if (isCap(t) && MONTHS.has(w.replace(/\.$/, '')) && (w !== 'may' || tokens[i + 1]?.kind === 'number' || tokens[i - 1]?.kind === 'number' || lower(tokens[i - 1]) === 'in')) {
      out.add(`m:${canonMonth(w)}`);
    } else if (RELATIVE_DAYS.has(w)) out.add(`rel:${w}`);
  });
  return [...out].sort();
}

/** Length of the period in days: "three days of clashes", "the 26-month conflict", "in the past two years". */
function periodOf(tokens: Token[]): number | null {
  for (let i = 1; i < tokens.length; i++) {
    const unit = TIME_UNIT_DAYS.get(lower(tokens[i]));
    if (unit === undefined || unit < 1) continue;
    const prev = tokens[i - 1]!;
    let n: number | undefined;
    let k = i - 1;
    if (prev.text === '-' && tokens[i - 2]?.kind === 'number') k = i - 2; // "26-month"
    const t = tokens[k]!;
    if (t.kind === 'number') n = Number(t.text.replace(/,/g, ''));
    else n = SMALL_NUMBER_WORDS.get(lower(t));
    if (n === undefined && (lower(prev) === 'past' || lower(prev) === 'last')) n = 1;
    // "two years ago" and "29 years old" date or describe, they do not frame a period.
    const after = lower(tokens[i + 1]);
    if (n === undefined || !Number.isFinite(n) || after === 'ago' || after === 'old' || after === 'later' || after === 'earlier') continue;
    return Math.round(n * unit * 100) / 100;
  }
  return null;
}
