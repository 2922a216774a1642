/**
 * Candidate name spans from the shared tokens: maximal runs of capitalised words, joined across name
 * particles ("Bashar al-Assad"), "&", and "of/for/on (the)" after organisation or place heads ("Syrian
 * Observatory for Human Rights"). Possessives and modifier suffixes ("Hizballah-controlled") end a run.
 * One pass over the tokens: linear time.
 */
import type { Token } from '../corpus/types.js';
import { HYPHEN_PARTICLES, HYPHEN_PREFIXES, HYPHEN_SUFFIXES, OF_HEADS, PARTICLES } from './lexicon.js';
import { COMMON_WORDS } from './gazetteer.js';

/** A capitalised word or a particle-prefixed one ("al-Assad"). */
export const isNameWord = (w: string) => /^\p{Lu}/u.test(w) || /^\p{Ll}+-\p{Lu}/u.test(w);

/** One word of a candidate name, trimmed of possessive and modifier suffixes. */
export interface Part {
  text: string;
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
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

/** The capitalised core of a word token, or null: "al-Qusayr" stays, "anti-Assad" gives "Assad". */
function nameCore(tok: Token): { text: string; start: number; end: number; possessive: boolean; cut: boolean } | null {
  let text = tok.text;
  let start = tok.start;
  let possessive = false;
  let cut = false;
  if (tok.kind !== 'word') return null;
  if (ACRONYM.test(text)) return { text, start, end: tok.end, possessive, cut };
  // Possessive "Assad's" / "Reuters'".
  const pm = /^(.*?\p{L})['\u2019]s$/u.exec(text) ?? (/s['\u2019]$/u.test(text) ? [text, text.slice(0, -1)] : null);
  if (pm) {
    text = pm[1]!;
    possessive = true;
  }
  const hy = text.indexOf('-');
  if (hy > 0) {
    const head = text.slice(0, hy);
    const tail = text.slice(hy + 1);
    if (LOWER.test(head)) {
      if (HYPHEN_PARTICLES.has(head.toLowerCase()) && UPPER.test(tail)) {
        /* "al-Qusayr": whole token is a name */
      } else if (HYPHEN_PREFIXES.has(head.toLowerCase()) || UPPER.test(tail)) {
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
      if (HYPHEN_SUFFIXES.has(suffix) || (LOWER.test(text.slice(lastHy + 1)) && (tag === 'PastTense' || tag === 'Participle'))) {
        text = text.slice(0, lastHy);
        cut = true;
        possessive = false;
      }
    }
  }
  if (!UPPER.test(text) && !/^\p{Ll}+-\p{Lu}/u.test(text)) return null;
  return { text, start, end: start + text.length, possessive, cut };
}

/** Runs of name words in one sentence's tokens. */
export function chunkSentence(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let cur: Part[] = [];
  const close = (possessive = false) => {
    if (cur.length) runs.push({ parts: cur, possessive });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const core = nameCore(tok);
    if (core) {
      // A gap (other than one space) between words breaks a run only at line ends; tokens are per paragraph.
      if (core.cut && cur.length && core.start !== tok.start) close();
      cur.push({ text: core.text, start: core.start, end: core.end, token: i });
      if (core.possessive || (core.cut && core.start === tok.start)) close(core.possessive);
      continue;
    }
    if (cur.length && tok.kind === 'word') {
      const w = tok.text.toLowerCase();
      const next = tokens[i + 1];
      const nextCore = next ? nameCore(next) : null;
      // Particle inside a name: "Ludwig van Beethoven", "Osama bin Laden".
      if (PARTICLES.has(w) && nextCore && !nextCore.cut) {
        cur.push({ text: tok.text, start: tok.start, end: tok.end, token: i });
        continue;
      }
      // "X of (the) Y" after an organisation or place head.
      const last = cur[cur.length - 1]!.text.toLowerCase();
      if ((w === 'of' || w === 'for' || w === 'on') && OF_HEADS.has(last)) {
        const theNext = next && next.text.toLowerCase() === 'the' ? tokens[i + 2] : undefined;
        const after = theNext ? nameCore(theNext) : nextCore;
        if (after && !after.cut) {
          cur.push({ text: tok.text, start: tok.start, end: tok.end, token: i });
          if (theNext) {
            cur.push({ text: next!.text, start: next!.start, end: next!.end, token: i + 1 });
            i++;
          }
          continue;
        }
      }
    }
    if (cur.length && tok.text === '&' && tokens[i + 1] && nameCore(tokens[i + 1]!)) {
      cur.push({ text: tok.text, start: tok.start, end: tok.end, token: i });
      continue;
    }
    close();
  }
  close();
  return runs;
}
