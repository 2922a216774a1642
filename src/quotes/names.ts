/**
 * The names quotes may resolve to come from the entity layer (no second name finder here): the document's
 * mentions the typer reads as people.
 */
import type { DocEntities } from '../entities/index.js';
import { firstAtOrAfter } from '../corpus/sorted.js';

const startOf = (m: PersonMention) => m.start;

export interface PersonNames {
  /** The first full name (two words or more) of the document ending in this surname. */
  fullName(surname: string): string | undefined;
  /** Whether a person's name ends exactly at `end` and starts at or after `from`. */
  personEndingAt(from: number, end: number): boolean;
  /** The full names (two words or more) of people mentioned in [from, to), nearest last. */
  fullNamesBetween(from: number, to: number): PersonMention[];
}

export interface PersonMention {
  text: string;
  start: number;
}

/** Person names of one document, from its entity candidates. */
export function personNames(entities: DocEntities): PersonNames {
  const full = new Map<string, string>();
  const ends = new Map<number, number>();
  // In text order (the entity layer sorts its mentions by start).
  const fullMentions: PersonMention[] = [];
  for (const m of entities.mentions) {
    const ev = m.ev;
    if (!(ev[0] > 0 && ev[0] >= ev[1] && ev[0] >= ev[2] && ev[0] >= ev[3])) continue;
    ends.set(m.end, Math.max(ends.get(m.end) ?? -1, m.start));
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    if (!full.has(words[words.length - 1]!)) full.set(words[words.length - 1]!, words.join(' '));
    fullMentions.push({ text: m.text, start: m.start });
  }
  return {
    fullName: (surname) => full.get(surname),
    personEndingAt: (from, end) => (ends.get(end) ?? -1) >= from,
    fullNamesBetween: (from, to) => {
      const out: PersonMention[] = [];
      for (let i = firstAtOrAfter(fullMentions, from, startOf); i < fullMentions.length && fullMentions[i]!.start < to; i++) out.push(fullMentions[i]!);
      return out;
    },
  };
}
