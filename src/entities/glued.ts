/**
 * Junk glued to names by page text and headlines: a news agency's initials before a name ("AP Maria Reyes",
 * from a byline or dateline run into the text), a number word opening a sentence ("Four Riverton Police
 * Department"); and organisation names cut at their commas by the chunker ("Bureau of Weights, Measures and
 * Standards"), joined again.
 */
import type { Token } from '../corpus/types.js';
import { makePart, type Part, type Run } from './chunker.js';
import { isInitial, startsWithKnownName } from './initial.js';
import { NEWS_AGENCIES, ORG_HEADS } from './lexicon.js';
import { countryOf, DICTIONARY, isPlaceName } from './gazetteer.js';
import { isAllCaps, personLike } from './shape.js';

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
      // A run of its own proper word and an organisation's head is a second organisation: "Institute of
      // Technology and Colorado State University" (not "Office of Science and Technology Policy").
      if (next.some((p) => ORG_HEADS.has(p.lower)) && (!DICTIONARY.has(next[0]!.lower) || isPlaceName(next[0]!.text))) break;
      if (gap.length === 1 && gap[0]!.text === ',') parts = [...parts, partOf(gap[0]!, last + 1), ...next];
      else if (gap.length === 1 && gap[0]!.text === 'and') {
        parts = [...parts, partOf(gap[0]!, last + 1), ...next];
        closed = true;
      } else break;
      j++;
    }
    if (closed) {
      out.push({ parts, possessive: runs[j]!.possessive, nickname: undefined });
      i = j;
    } else out.push(run);
  }
  return out;
}

/** The closing mark of each mark that opens a nickname inside a name. */
const NICKNAME_MARKS: Record<string, string> = { '(': ')', '"': '"', '\u201c': '\u201d' };

/**
 * Whether the runs at `i` ("Kimani"), `i + 1` ("Kiki") and `i + 2` ("Gray") are a name with a nickname inside,
 * between parentheses or quotation marks: one or two name words each side, one word in the marks (no
 * acronym, no place), the marks tight around it, and the words around it together like a person's name.
 */
function nicknameInside(runs: Run[], i: number, tokens: Token[]): boolean {
  const given = runs[i]!;
  const nick = runs[i + 1]!;
  const surname = runs[i + 2]!;
  if (given.possessive || nick.possessive || nick.parts.length !== 1 || given.parts.length > 2 || surname.parts.length > 2) return false;
  const n = nick.parts[0]!;
  const open = tokens[n.token - 1];
  const close = tokens[n.token + 1];
  if (!open || !close || given.parts[given.parts.length - 1]!.token !== n.token - 2 || surname.parts[0]!.token !== n.token + 2) return false;
  if (NICKNAME_MARKS[open.text] !== close.text || open.end !== n.start || close.start !== n.end || tokens[n.token + 2]!.start === close.end) return false;
  if (n.text.length < 2 || isAllCaps(n.text) || isPlaceName(n.text) || countryOf(n.text)) return false;
  return personLike([...given.parts, ...surname.parts]);
}

/** "Kimani (Kiki) Gray", 'Robert "Bobby" Jones': the name is one run, its nickname kept beside it. */
export function joinNicknames(runs: Run[], tokens: Token[]): Run[] {
  if (runs.length < 3) return runs;
  let out: Run[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    if (i + 2 < runs.length && nicknameInside(runs, i, tokens)) {
      out ??= runs.slice(0, i);
      out.push({ parts: [...runs[i]!.parts, ...runs[i + 2]!.parts], possessive: runs[i + 2]!.possessive, nickname: runs[i + 1]!.parts[0]! });
      i += 2;
    } else out?.push(runs[i]!);
  }
  return out ?? runs;
}

function partOf(t: Token, index: number): Part {
  return makePart(t.text, t.text.toLowerCase(), t.start, t.end, index);
}
