import { describe, expect, it } from 'vitest';
import { analyze, entities } from '../../src/api/index.js';
import { CAPTIONED_ARTICLE } from '../fixtures/captioned-article.js';

const ARTICLE = CAPTIONED_ARTICLE;

describe('entities in picture captions', () => {
  it("reads the names of a caption strip drops, and of its credit only the photographer's", async () => {
    const out = await entities([{ id: 'harbour.txt', text: ARTICLE }]);
    const okafor = out.entities.find((e) => e.name === 'Tomas Okafor');
    expect(okafor?.type).toBe('person');
    expect(okafor?.mentions[0]).toMatchObject({ line: 7, start: ARTICLE.indexOf('Tomas Okafor'), text: 'Tomas Okafor' });
    // The credit's person is a person named on the page (tests/entities/credits.test.ts); its agency is no entity.
    expect(out.entities.find((e) => e.name === 'Lena Marsh')?.type).toBe('person');
    expect(out.entities.map((e) => e.name).join(' ')).not.toMatch(/Nordbild/);
  });

  it('says so in the evidence (--explain)', async () => {
    const out = await entities([{ id: 'harbour.txt', text: ARTICLE }], { explain: true });
    const okafor = out.entities.find((e) => e.name === 'Tomas Okafor')!;
    expect(okafor.evidence).toContainEqual({ reason: 'named-in-caption', detail: '1 of 1 mentions in picture captions (harbour.txt:7)' });
    const solberg = out.entities.find((e) => e.name === 'Ingrid Solberg')!;
    expect(solberg.evidence.map((e) => e.reason)).not.toContain('named-in-caption');
  });

  it("leaves figures to the article's text: the caption's number is no claim, even where its names are read", async () => {
    const out = await analyze([{ id: 'harbour.txt', text: ARTICLE }]);
    expect(out.entities.map((e) => e.name)).toContain('Tomas Okafor');
    expect(out.figures.claims.map((c) => [c.value, c.line])).toEqual([
      [40, 3],
      [12000000, 3],
      [2, 5],
      [3000000, 9],
    ]);
  });
});
