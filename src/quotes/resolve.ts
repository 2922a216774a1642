import { foldKey } from '../corpus/normalize.js';
import type { Entity } from '../entities/types.js';
import type { RawQuote } from './extract.js';
import { TITLE_WORDS } from './lexicon.js';
import type { Quote } from './types.js';

/** Lookup of every entity surface form (folded) to its entity; people first when a form is shared. */
function aliasIndex(entities: Entity[]): Map<string, Entity> {
  const index = new Map<string, Entity>();
  const ordered = [...entities].sort((a, b) => rank(a) - rank(b) || b.mentions.length - a.mentions.length);
  for (const e of ordered) {
    for (const form of [e.name, ...e.aliases]) {
      const key = foldKey(form).replace(/^the /, '');
      if (key && !index.has(key)) index.set(key, e);
    }
  }
  return index;
}
const rank = (e: Entity) => (e.type === 'person' ? 0 : e.type === 'organization' ? 1 : e.type === 'place' ? 2 : 3);

/** Forms to try for a speaker: as written, without titles, its trailing words ("Secretary Kerry" → "Kerry"). */
function lookupForms(speaker: string): string[] {
  const words = speaker.split(/\s+/);
  const forms = [speaker];
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  if (i > 0) forms.push(words.slice(i).join(' '));
  return forms;
}

/**
 * Corpus-level speakers: a named speaker becomes its entity's canonical name and id (every alias counts,
 * so "Kerry" is "John Kerry"); descriptions stay as they are.
 */
export function resolveSpeakers(parts: Array<{ document: string; quotes: RawQuote[] }>, entities: Entity[]): Quote[] {
  const index = aliasIndex(entities);
  const out: Quote[] = [];
  for (const part of parts) {
    for (const q of part.quotes) {
      let speaker = q.speaker;
      let speakerEntity: string | null = null;
      if (speaker) {
        for (const form of lookupForms(speaker)) {
          const e = index.get(foldKey(form).replace(/^the /, ''));
          if (e && (q.named || e.type !== 'other')) {
            speaker = e.name;
            speakerEntity = e.id;
            break;
          }
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
