import type { Entity } from './types.js';

/**
 * The entities named in picture captions, which strip drops but the entity layer reads (strip's
 * `caption-read-for-entities`): `--explain` says how many of an entity's mentions stand in one, so a name
 * known only from a caption is told from one the article's text gives.
 *
 * `captionLines`: by document id, the numbers of the caption lines read; `creditNames`: by document id, the
 * offsets of the credits' names read (a photographer's name is no name of the caption: its type evidence,
 * `named-in-credit`, says where it comes from).
 */
export function addCaptionEvidence(entities: Entity[], captionLines: ReadonlyMap<string, ReadonlySet<number>>, creditNames: ReadonlyMap<string, ReadonlySet<number>>): void {
  if (!captionLines.size) return;
  for (const e of entities) {
    let inCaptions = 0;
    const where: string[] = [];
    for (const m of e.mentions) {
      if (!captionLines.get(m.document)?.has(m.line) || creditNames.get(m.document)?.has(m.start)) continue;
      inCaptions++;
      if (where.length < 3) where.push(`${m.document}:${m.line}`);
    }
    if (!inCaptions) continue;
    const more = inCaptions > where.length ? ', ...' : '';
    e.evidence.push({ reason: 'named-in-caption', detail: `${inCaptions} of ${e.mentions.length} mentions in picture captions (${where.join(', ')}${more})` });
  }
}
