import { foldKey } from '../corpus/normalize.js';
import { mentionCountOf, type Entity } from '../entities/types.js';
import type { RawQuote } from './extract.js';
import { genderOfName } from './phrase.js';
import type { Quote } from './types.js';

/** foldKey with a cache for one resolution pass: names and aliases recur across entities and quotes. */
function memoFold(): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let k = cache.get(s);
    if (k === undefined) cache.set(s, (k = foldKey(s)));
    return k;
  };
}

/** Lookup of every entity surface form (folded) to its entity; people first when a form is shared. */
function aliasIndex(entities: Entity[], fold: (s: string) => string): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  const ordered = [...entities].sort((a, b) => rank(a) - rank(b) || mentionCountOf(b) - mentionCountOf(a));
  for (let i = 0; i < ordered.length; i++) {
    const e = ordered[i]!;
    addForm(index, aliasKey(e.name, fold), e);
    for (let a = 0; a < e.aliases.length; a++) addForm(index, aliasKey(e.aliases[a]!, fold), e);
  }
  return index;
}

/** A surface form as looked up: folded, without a leading "the ". */
function aliasKey(form: string, fold: (s: string) => string): string {
  const key = fold(form);
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** Files entity `e` under `form` once: the forms of one entity are filed one after another, so a form it already
 * has ends its list with it. */
function addForm(index: Map<string, Entity[]>, form: string, e: Entity): void {
  if (!form) return;
  const list = index.get(form);
  if (!list) index.set(form, [e]);
  else if (list[list.length - 1] !== e) list.push(e);
}

/** An entity of the speaker's own document first (a surname shared by two people of the corpus). */
const inDocument = (e: Entity, document: string) => e.documents.length === 0 || e.documents.includes(document);
const rank = (e: Entity) => (e.type === 'person' ? 0 : e.type === 'organization' ? 1 : e.type === 'place' ? 2 : 3);

const HONORIFIC_GENDER: Array<[RegExp, 'm' | 'f']> = [[/\b(Mr|Sir|Lord)\b/, 'm'], [/\b(Mrs|Ms|Miss|Dame|Lady)\b/, 'f']];
const words = (s: string, fold: (s: string) => string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether a speaker may take an entity's name: a person must share a word with it ("Trump" is not "Donald"),
 * and an honorific must agree with the first name ("Mr. Obama" is not "Michelle Obama").
 */
function compatible(q: RawQuote, speaker: string, e: Entity, fold: (s: string) => string): boolean {
  if (e.type !== 'person') return true;
  const own = new Set(words(speaker, fold));
  if (!words(e.name, fold).some((w) => own.has(w))) return false;
  const honorific = HONORIFIC_GENDER.find(([re]) => re.test(q.mention ?? ''))?.[1];
  const given = genderOfName(e.name.split(/\s+/).slice(0, 1));
  return !honorific || !given || honorific === given;
}

/**
 * Corpus-level speakers: a named speaker becomes its entity's canonical name and id (every alias counts,
 * so "Kerry" is "John Kerry"); descriptions stay as they are.
 */
export function resolveSpeakers(parts: Array<{ document: string; quotes: RawQuote[] }>, entities: Entity[]): Quote[] {
  const fold = memoFold();
  const index = aliasIndex(entities, fold);
  const out: Quote[] = [];
  for (const part of parts) {
    for (const q of part.quotes) {
      let speaker = q.speaker;
      let speakerEntity: string | null = null;
      if (speaker) {
        // Titles are already stripped from names at extraction; the speaker is looked up as it stands.
        const e = index.get(aliasKey(speaker, fold))
          ?.find((x) => inDocument(x, part.document) && (q.named || x.type !== 'other') && compatible(q, speaker!, x, fold));
        if (e) {
          speaker = e.name;
          speakerEntity = e.id;
        }
      }
      out.push({
        document: part.document, kind: q.kind, speaker, speakerEntity, mention: q.mention, cue: q.cue,
        content: q.content, start: q.start, end: q.end, line: q.line,
      });
    }
  }
  return out;
}
