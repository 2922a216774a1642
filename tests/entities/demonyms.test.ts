import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { attachDemonyms, findDemonyms } from '../../src/entities/demonyms.js';
import type { Entity } from '../../src/entities/types.js';

const doc = (id: string, text: string) => new ParsedDocument({ id, source: null, text, origin: id });

describe('demonyms (--demonyms)', () => {
  it('finds singular nationality adjectives with their country, not plurals', () => {
    const found = findDemonyms(doc('a.txt', 'Syrian troops and Lebanese fighters met.\nSyrians fled.'));
    expect(found.map((m) => [m.text, m.place, m.line, m.column])).toEqual([
      ['Syrian', 'Syria', 1, 1],
      ['Lebanese', 'Lebanon', 1, 19],
    ]);
  });

  it('attaches mentions to the country entity or creates one', () => {
    const syria: Entity = {
      id: 'syria', name: 'Syria', type: 'place', aliases: ['Syria'], roles: [], documents: ['a.txt'],
      mentions: [{ document: 'a.txt', text: 'Syria', start: 50, end: 55, line: 2, column: 1 }],
    };
    const mentions = findDemonyms(doc('b.txt', 'Syrian and Lebanese officials spoke.'));
    const out = attachDemonyms([syria], mentions);
    expect(out[0]).toMatchObject({ id: 'syria', aliases: ['Syria', 'Syrian'], documents: ['a.txt', 'b.txt'] });
    expect(out[0]!.mentions).toHaveLength(2);
    expect(out[1]).toMatchObject({ id: 'lebanon', name: 'Lebanon', type: 'place', aliases: ['Lebanon', 'Lebanese'] });
    expect(syria.mentions).toHaveLength(1);
  });
});
