/**
 * Junk glued to names by page text and headlines: a news agency's initials before a name ("AP Maria Reyes",
 * from a byline or dateline run into the text), a number word opening a sentence ("Four Riverton Police
 * Department"); and organisation names cut at their commas by the chunker ("Bureau of Weights, Measures and
 * Standards"), joined again.
 */
import type { Token } from '../corpus/types.js';
import type { Part, Run } from './chunker.js';
import { isInitial, startsWithKnownName } from './initial.js';
import { NEWS_AGENCIES, ORG_HEADS } from './lexicon.js';
import { isAllCaps } from './shape.js';

/** Number words that count things, never part of the name that follows at the start of a sentence. */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands']);

/** The run without a leading agency acronym or sentence-initial count word (at least two name words stay). */
export function trimGluedWords(parts: Part[], tokens: Token[]): Part[] {
  if (parts.length < 3) return parts;
  const w = parts[0]!;
  const agency = isAllCaps(w.text) && NEWS_AGENCIES.has(w.lower);
  // Only before an organisation ("Four Riverton Police Department officers"): "Three Rivers Stadium" keeps it.
  const count = COUNT_WORDS.has(w.lower) && isInitial(tokens, w.token) && ORG_HEADS.has(parts[parts.length - 1]!.lower) && !startsWithKnownName(parts);
  return agency || count ? parts.slice(1) : parts;
}

/** "Bureau of Weights" + ", Measures" + "and Standards": the enumeration after an organisation's "of" is one name. */
export function joinEnumeratedNames(runs: Run[], tokens: Token[]): Run[] {
  if (runs.length < 2) return runs;
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const of = run.parts.findIndex((p) => p.lower === 'of');
    if (of < 1 || !ORG_HEADS.has(run.parts[of - 1]!.lower) || run.possessive) {
      out.push(run);
      continue;
    }
    let j = i;
    let parts = run.parts;
    let closed = false;
    // Joined only when the enumeration ends in "and": "..., Measures and Standards".
    while (j + 1 < runs.length && !closed) {
      const last = parts[parts.length - 1]!.token;
      const next = runs[j + 1]!.parts;
      const gap = tokens.slice(last + 1, next[0]!.token);
      if (gap.length === 1 && gap[0]!.text === ',') parts = [...parts, partOf(gap[0]!, last + 1), ...next];
      else if (gap.length === 1 && gap[0]!.text === 'and') {
        parts = [...parts, partOf(gap[0]!, last + 1), ...next];
        closed = true;
      } else break;
      j++;
    }
    if (closed) {
      out.push({ parts, possessive: runs[j]!.possessive });
      i = j;
    } else out.push(run);
  }
  return out;
}

function partOf(t: Token, index: number): Part {
  return { text: t.text, lower: t.text.toLowerCase(), start: t.start, end: t.end, token: index };
}
