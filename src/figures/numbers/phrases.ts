// Multi-token phrase lookup ("more than", "per cent", "square kilometres"), longest phrase first.
import { Gap, type Token } from './tokens.js';

export interface PhraseTable<T> {
  byFirst: Map<string, Array<[string[], T]>>;
}

export function phraseTable<T>(entries: Array<[string[], T]>): PhraseTable<T> {
  const byFirst = new Map<string, Array<[string[], T]>>();
  for (const e of entries) {
    const list = byFirst.get(e[0][0]!) ?? [];
    list.push(e);
    byFirst.set(e[0][0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirst };
}

/** The longest phrase of the table starting at token k (no line break inside), or null. */
export function phraseAt<T>(toks: Token[], k: number, table: PhraseTable<T>, limit = Infinity): { value: T; end: number } | null {
  const first = toks[k];
  if (!first) return null;
  const list = table.byFirst.get(first.lower);
  if (!list) return null;
  // indexed loops: this runs at most tokens, mostly before the code is optimised
  for (let e = 0; e < list.length; e++) {
    // read by index: array destructuring runs the iterator protocol until the code is optimised
    const entry = list[e]!;
    const words = entry[0];
    const value = entry[1];
    let ok = true;
    for (let i = 1; i < words.length; i++) {
      const t = toks[k + i];
      if (!t || t.lower !== words[i] || t.gap === Gap.Break || t.end > limit) { ok = false; break; }
      // abbreviations written with points ("U.S.") keep their parts glued
      if ((words[i] === '.' || words[i - 1] === '.') && t.gap !== Gap.None) { ok = false; break; }
    }
    if (ok && first.end <= limit) return { value, end: k + words.length };
  }
  return null;
}
