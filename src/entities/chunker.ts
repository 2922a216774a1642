/**
 * Candidate name spans from the shared tokens: maximal runs of capitalised words, joined across name
 * particles ("Bashar al-Assad"), "&", and "of/for/on (the)" after organisation or place heads ("Syrian
 * Observatory for Human Rights"), initials ("L. Ron Hubbard") and a trailing version number ("Internet
 * Explorer 6"). Possessives end a run; modifier compounds ("Hizballah-controlled", "pro-Beijing") are not
 * names. One pass over the tokens: linear time.
 */
import { lowerCase, startsLower, startsUpper } from '../corpus/text.js';
import type { Token } from '../corpus/types.js';
import { HYPHEN_PARTICLES, HYPHEN_PREFIXES, HYPHEN_SUFFIXES, NEVER_NAMES as NEVER, NUMBERED_PLACE_HEADS, OF_HEADS, ORG_HEADS, PARTICLES, STREET_COMPASS, TITLE_WORDS as TITLES } from './lexicon.js';
import { COMMON_WORDS, DICTIONARY, FIRST_NAMES } from './gazetteer.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, PLACE_PREFIX_ABBREVIATIONS } from '../corpus/lexicon.js';

const MONTHS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/** A capitalised word or a particle-prefixed one ("al-Assad"). */
export const isNameWord = (w: string) => {
  // ASCII first letters answer without a regular expression (hot path): a capital is a name word, a small
  // letter only when a hyphen follows ("al-Assad").
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && w.indexOf('-') < 0) return false;
  return startsUpper(w) || PARTICLE_PREFIXED.test(w);
};

/** One word of a candidate name, trimmed of possessive and modifier suffixes. */
export interface Part {
  text: string;
  /** `text` in lower case, worked out once (the filters ask for it again and again). */
  lower: string;
  start: number;
  end: number;
  /** Index of the source token in the sentence's token list. */
  token: number;
}

/** A run of name words in one sentence. */
export interface Run {
  parts: Part[];
  /** The run ends in a possessive ("Syria's"). */
  possessive: boolean;
  /** A nickname written inside the name and left out of its parts: "Kiki" in "Kimani (Kiki) Gray". */
  nickname?: Part;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
/** A capitalised ASCII word with nothing to trim: no hyphen, apostrophe or dot (most name words). */
/** /^[A-Z][A-Za-z]*$/ for a token whose first character is an ASCII capital: the rest are ASCII letters (a loop: it runs on every capitalised word). */
function plainCapitalised(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    // Setting bit 0x20 folds A-Z onto a-z and moves no other character into a-z.
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
// (Module constants: a regular-expression literal makes a new object each time it is evaluated.)
const PARTICLE_PREFIXED = /^\p{Ll}+-\p{Lu}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const AGE = /-year-olds?$/i;
const POSSESSIVE = /^(.*?\p{L})['\u2019]s$/u;
const PLURAL_POSSESSIVE = /s['\u2019]$/u;
const SMALL_NUMBER = /^\d{1,2}$/;
const UNIT_WORD = /^(?:percent|per|year|million|billion|thousand|hundred|km|kg|m|to|or|and)$/;
const SCORE_OR_LIST_MARK = /^[-:,\u2013\u2014]$/;

/**
 * The capitalised core of a word token: "al-Qusayr" stays, "anti-Assad" gives "Assad". It is also the run
 * part made of it (one object per name word, not a core and then a part); the flags say how the word ends.
 */
interface Core extends Part {
  possessive: boolean;
  cut: boolean;
}

/** A core, its fields always in one order (one object shape). */
const makeCore = (text: string, start: number, end: number, token: number, possessive: boolean, cut: boolean): Core => ({
  text,
  lower: lowerCase(text),
  start,
  end,
  token,
  possessive,
  cut,
});

/**
 * A run part that is no core (a connector word, an initial with its stop, a joined ordinal), with a core's
 * fields in a core's order: one object shape for every part, so that the code reading runs sees one map
 * (parts of two shapes deoptimised the name scan whenever the second shape first came).
 */
export const makePart = (text: string, lower: string, start: number, end: number, token: number): Part => {
  const part: Core = { text, lower, start, end, token, possessive: false, cut: false };
  return part;
};

/** The core of the sentence's token `i`, or null. */
function nameCore(tok: Token, i: number): Core | null {
  let text = tok.text;
  let start = tok.start;
  let possessive = false;
  let cut = false;
  if (tok.kind !== 'word') return null;
  // Fast path: most tokens are lower-case words without a hyphen.
  const c0 = text.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122 && text.indexOf('-') < 0) return null;
  if (c0 >= 65 && c0 <= 90 && plainCapitalised(text)) return makeCore(text, start, tok.end, i, possessive, cut);
  if (AGE.test(text)) return null; // "Sixteen-year-old"
  if (ACRONYM.test(text)) return makeCore(text, start, tok.end, i, possessive, cut);
  // Possessive "Assad's" / "Reuters'".
  const pm = POSSESSIVE.exec(text) ?? (PLURAL_POSSESSIVE.test(text) ? [text, text.slice(0, -1)] : null);
  if (pm) {
    text = pm[1]!;
    possessive = true;
  }
  const hy = text.indexOf('-');
  if (hy > 0) {
    const head = text.slice(0, hy);
    const tail = text.slice(hy + 1);
    if (startsLower(head)) {
      if (HYPHEN_PARTICLES.has(head.toLowerCase()) && startsUpper(tail)) {
        /* "al-Qusayr": whole token is a name */
      } else if (HYPHEN_PREFIXES.has(head.toLowerCase()) || startsUpper(tail)) {
        // "anti-Assad": the name is after the hyphen.
        start += hy + 1;
        text = tail;
        cut = true;
      } else return null;
    }
    const lastHy = text.lastIndexOf('-');
    if (lastHy > 0) {
      const suffix = text.slice(lastHy + 1).toLowerCase();
      const tag = COMMON_WORDS.get(suffix);
      const participle = suffix.length > 4 && suffix.endsWith('ed') && (tag === 'PastTense' || tag === 'Participle');
      if (HYPHEN_SUFFIXES.has(suffix) || (startsLower(text.slice(lastHy + 1)) && participle)) {
        text = text.slice(0, lastHy);
        cut = true;
        possessive = false;
      }
    }
  }
  if (!startsUpper(text) && !PARTICLE_PREFIXED.test(text)) return null;
  return makeCore(text, start, start + text.length, i, possessive, cut);
}

/**
 * The name cores of a sentence's tokens, each worked out once: a token is asked for as itself and as a
 * look-ahead of at most two tokens, and the scan never goes back, so three slots are enough. One window
 * serves every sentence (chunkSentence does not call itself).
 */
class CoreWindow {
  private tokens: Token[] = [];
  private readonly index = [-1, -1, -1];
  private readonly cores: (Core | null)[] = [null, null, null];

  reset(tokens: Token[]): void {
    this.tokens = tokens;
    this.index[0] = this.index[1] = this.index[2] = -1;
  }

  at(i: number): Core | null {
    const slot = i % 3;
    if (this.index[slot] !== i) {
      this.index[slot] = i;
      this.cores[slot] = nameCore(this.tokens[i]!, i);
    }
    return this.cores[slot]!;
  }
}

const cores = new CoreWindow();

/**
 * A run with one more part. A run's first part starts a one-element array: push on an empty array reserves
 * room for 17, and most runs have one word.
 */
function addPart(run: Part[], part: Part): Part[] {
  if (!run.length) return [part];
  run.push(part);
  return run;
}

/** No run in progress (shared: addPart starts a new array for a run's first part, so it is never written). */
const NO_PARTS: Part[] = [];

/** Ends the run in progress, if any, and gives the empty one that follows. */
function endRun(runs: Run[], cur: Part[], possessive = false): Part[] {
  if (!cur.length) return cur;
  // `nickname` set on every run, so that all runs have one shape (see joinNicknames).
  runs.push({ parts: cur, possessive, nickname: undefined });
  return NO_PARTS;
}

/** The suffixes of a written ordinal ("67th", "101st", "3rd"), a separate token right after its digits. */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
/** A run part that is a written ordinal: "67th" in "67th Precinct", "52nd" in "East 52nd Street". */
export const ORDINAL_PART = /^\d{1,4}(?:st|nd|rd|th)$/;
/** A name word glued by a hyphen to a small word ("Avenue-where"): a typing slip, not the name that follows. */
const GLUED_SMALL_WORD = /-\p{Ll}/u;

/** Whether tokens `i` and `i + 1` write an ordinal: "67" and "th". */
function isOrdinalAt(tokens: Token[], i: number): boolean {
  const num = tokens[i]!;
  const suffix = i + 1 < tokens.length ? tokens[i + 1]! : undefined;
  return num.kind === 'number' && suffix !== undefined && suffix.start === num.end && num.text.length <= 4 && ORDINAL_SUFFIX.test(suffix.text);
}

/**
 * Whether the ordinal at tokens `i` and `i + 1` has a name word after it ("67th Precinct", "East 52nd Street"):
 * the ordinal is part of the name. Not before a never-name or a month ("4th July").
 */
function ordinalBeforeName(tokens: Token[], i: number): boolean {
  if (i + 2 >= tokens.length || !isOrdinalAt(tokens, i)) return false;
  const after = cores.at(i + 2);
  return after !== null && !after.cut && after.start === tokens[i + 2]!.start && !NEVER.has(after.lower) && !MONTHS.has(after.lower) && !GLUED_SMALL_WORD.test(after.text);
}

/**
 * How many tokens of a numbered street join a run that ends in a compass word: the ordinal's two ("South
 * 38th and Alpha streets"), three with a street word in small letters ("East 52nd street"); else 0.
 */
function streetOrdinalAfter(cur: Part[], tokens: Token[], i: number): number {
  const last = cur[cur.length - 1]!;
  if (!STREET_COMPASS.has(last.lower) || !isOrdinalAt(tokens, i) || tokens[i]!.start === last.end) return 0;
  const after = i + 2 < tokens.length ? tokens[i + 2]! : undefined;
  return after && after.start > tokens[i + 1]!.end && NUMBERED_PLACE_HEADS.has(after.text) ? 3 : 2;
}

/**
 * How many tokens from the number at `i` join the run `cur` (or start one) as an ordinal of a name: 2 for the
 * ordinal ("67th Precinct", "East 52nd Street"), 3 with a small-letter street word ("East 52nd street"), else 0.
 */
function ordinalTokens(cur: Part[], tokens: Token[], i: number): number {
  if (!cur.length) return ordinalBeforeName(tokens, i) ? 2 : 0;
  const street = streetOrdinalAfter(cur, tokens, i);
  if (street) return street;
  return tokens[i]!.start > cur[cur.length - 1]!.end && ordinalBeforeName(tokens, i) ? 2 : 0;
}

/** The run with the ordinal at tokens `i` and `i + 1` added, and the street word after it when `count` is 3. */
function addOrdinal(cur: Part[], tokens: Token[], i: number, count: number): Part[] {
  const text = tokens[i]!.text + tokens[i + 1]!.text;
  cur = addPart(cur, makePart(text, text, tokens[i]!.start, tokens[i + 1]!.end, i));
  return count === 3 ? addPart(cur, tokenPart(tokens[i + 2]!, i + 2)) : cur;
}

/** A run part for a whole token. */
const tokenPart = (t: Token, i: number): Part => makePart(t.text, lowerCase(t.text), t.start, t.end, i);

const DOMAIN = /^(?:com|org|net|gov|edu|co|io|info|uk|nz|au|ca|de|fr)$/;

/** Possessors that belong inside a name: "New People's Party", "Korean People's Army", "Women's Institute". */
const INNER_POSSESSOR = /^(?:people|women|men|children|workers|veterans|citizens)$/i;
const isInnerPossessor = (w: string) => INNER_POSSESSOR.test(w);

/** A word after which "of/for/on" continues the name. */
function takesOf(cur: Part[]): boolean {
  const words = cur.filter((p) => p.text.toLowerCase() !== 'the');
  return words.some((p) => OF_HEADS.has(p.text.toLowerCase())) || (words.length === 1 && DICTIONARY.has(words[0]!.text.toLowerCase()));
}

/** How a token that is no name core joins the run in progress: not, alone, or with the "the" after it. */
const enum Join {
  No,
  Token,
  TokenAndThe,
}

/**
 * Whether token `i`, which is no name core, continues the run `cur` (not empty): a particle ("Ludwig van
 * Beethoven"), "of/for/on (the)" after a head ("Municipality of Livorno"), a small number ("Internet
 * Explorer 6") or "&".
 */
function joinsRun(cur: Part[], tokens: Token[], i: number): Join {
  const tok = tokens[i]!;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  if (tok.kind === 'word') {
    const w = tok.text.toLowerCase();
    const nextCore = next ? cores.at(i + 1) : null;
    if (PARTICLES.has(w) && nextCore && !nextCore.cut) return Join.Token;
    if ((w === 'of' || w === 'for' || w === 'on') && takesOf(cur)) {
      const theNext = next && next.text.toLowerCase() === 'the' && i + 2 < tokens.length ? tokens[i + 2] : undefined;
      const after = theNext ? cores.at(i + 2) : nextCore;
      if (after && !after.cut && !NEVER.has((theNext ?? next)!.text.toLowerCase())) return theNext ? Join.TokenAndThe : Join.Token;
    }
  }
  if (tok.kind === 'number' && SMALL_NUMBER.test(tok.text) && tok.start > cur[cur.length - 1]!.end && !ORDINAL_SUFFIX.test(next?.text ?? '')) {
    // Not scores ("Sweden 1 - 0") nor dates ("May 20").
    const after = next?.text ?? '';
    const lastWord = cur[cur.length - 1]!.text.toLowerCase();
    const unit = startsLower(after) && (after.endsWith('s') || UNIT_WORD.test(after));
    if (!MONTHS.has(lastWord) && !SCORE_OR_LIST_MARK.test(after) && !(next && next.kind === 'number') && !unit) return Join.Token;
  }
  if (tok.text === '&' && next && cores.at(i + 1)) return coupleOfGivenNames(cur, tokens, i) ? Join.No : Join.Token;
  return Join.No;
}

/**
 * "Erica & Alejandro Rodriguez": a lone given name, "&", a given name and a surname name two people, not one
 * firm ("Johnson & Johnson", "Simon & Schuster": no given name and surname after the sign).
 */
function coupleOfGivenNames(cur: Part[], tokens: Token[], amp: number): boolean {
  const given = tokens[amp + 1]!.text;
  const surname = tokens[amp + 2];
  // The surname ends the run: "Sidney & Lois Eskenazi Hospital" is one building's name.
  return cur.length === 1 && isGivenName(cur[0]!.text) && isGivenName(given) && surname !== undefined && cores.at(amp + 2) !== null &&
    !isGivenName(surname.text) && !DICTIONARY.has(lowerCase(surname.text)) && (amp + 3 >= tokens.length || cores.at(amp + 3) === null);
}
const isGivenName = (w: string) => w.length > 2 && startsUpper(w) && FIRST_NAMES.has(lowerCase(w)) && !DICTIONARY.has(lowerCase(w));

/** A sentence-final dotted acronym ends the run unless a name word that can follow it comes next ("U.S. Navy"). */
function endsAfterAcronym(tokens: Token[], at: number): boolean {
  const nw = tokens[at]!.text.toLowerCase();
  if (NEVER.has(nw)) return true;
  if (!DICTIONARY.has(nw) || OF_HEADS.has(nw) || TITLES.has(nw)) return false;
  // Capitalised words up to an organisation's head go on with the name: "U.S. Environmental Protection Agency".
  for (let k = at; k < tokens.length && k < at + ORG_HEAD_REACH && startsUpper(tokens[k]!.text); k++) if (ORG_HEADS.has(tokens[k]!.text.toLowerCase())) return false;
  return true;
}
/** How many capitalised words after a dotted acronym are searched for an organisation's head. */
const ORG_HEAD_REACH = 4;

/**
 * Runs of name words in one sentence's tokens. Every way a whole token joins a run goes through one call
 * (and every end of a run but the possessive's through another): V8 optimises this hot loop early, and a
 * call it had never seen made (a rare case, met later) deoptimised it, to be compiled again.
 */
export function chunkSentence(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  // The run in progress (no closure ends it: a variable a closure assigns lives in a context object, read
  // and written through it at every token).
  let cur: Part[] = NO_PARTS;
  cores.reset(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // Outside a run, a token with no name core changes nothing: punctuation, numbers and lower-case
    // words without a hyphen (most tokens) are passed over before any other test.
    const ordinal = tok.kind === 'number' ? ordinalTokens(cur, tokens, i) : 0;
    if (ordinal) {
      cur = addOrdinal(cur, tokens, i, ordinal);
      i += ordinal - 1;
      continue;
    }
    if (!cur.length) {
      if (tok.kind !== 'word') continue;
      const c0 = tok.text.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122 && tok.text.indexOf('-') < 0) continue;
    }
    // (Reads stay within bounds: a read past the end deoptimises this function too.)
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const core = cores.at(i);
    if (core?.cut) {
      // "pro-Beijing", "Hizballah-controlled": the name only modifies a word; the run is a modifier too.
      if (core.start !== tok.start) cur = endRun(runs, cur);
      else cur = NO_PARTS;
      continue;
    }
    let join = Join.No;
    if (core) {
      // Initials: "L. Ron Hubbard", "John F. Kennedy".
      if (core.text.length <= 2 && SINGLE_CAPITAL.test(core.text) && next !== undefined && next.text === '.' && next.start === tok.end) {
        const after = i + 2 < tokens.length ? tokens[i + 2] : undefined;
        if (after && cores.at(i + 2) && !NEVER.has(after.text.toLowerCase())) {
          cur = addPart(cur, makePart(core.text + '.', core.lower + '.', core.start, next.end, i));
          i++;
          continue;
        }
      }
      // "St. Louis", "Mt. Hood": a place's prefix abbreviation opening a run keeps its full stop and the name after it.
      if (!cur.length && next !== undefined && next.text === '.' && next.start === tok.end && PLACE_PREFIX_ABBREVIATIONS.has(core.lower)) {
        const after = i + 2 < tokens.length ? tokens[i + 2] : undefined;
        if (after && after.start === next.end + 1 && cores.at(i + 2) && !NEVER.has(after.text.toLowerCase())) {
          cur = addPart(cur, { text: core.text + '.', lower: core.lower + '.', start: core.start, end: next.end, token: i });
          i++;
          continue;
        }
      }
      // "New People's Party": a possessive common noun inside a name.
      if (core.possessive && isInnerPossessor(core.text) && next && cores.at(i + 1) && OF_HEADS.has(next.text.toLowerCase())) join = Join.Token;
      else {
        cur = addPart(cur, core);
        if (core.possessive) {
          cur = endRun(runs, cur, core.possessive);
          continue;
        }
        // Web names: "Gawker.com".
        const after = i + 2 < tokens.length ? tokens[i + 2] : undefined;
        if (next !== undefined && next.text === '.' && next.start === core.end && after && DOMAIN.test(after.text) && after.start === next.end) {
          const last = cur[cur.length - 1]!;
          last.end = after.end;
          last.text = last.text + '.' + after.text;
          last.lower = last.text.toLowerCase();
          i += 2;
          continue;
        }
        // A sentence-final dotted acronym swallows the full stop ("... to the U.S. The President"): the
        // run ends there unless a name word that can follow it comes next ("U.S. Navy", "U.S. Secretary").
        if (!(core.text.endsWith('.') && next && cores.at(i + 1) && endsAfterAcronym(tokens, i + 1))) continue;
      }
    } else if (cur.length) join = joinsRun(cur, tokens, i);
    if (join !== Join.No) {
      cur = addPart(cur, tokenPart(tok, i));
      if (join === Join.TokenAndThe) {
        cur = addPart(cur, tokenPart(next!, i + 1));
        i++;
      }
      continue;
    }
    cur = endRun(runs, cur);
  }
  endRun(runs, cur);
  return runs;
}
