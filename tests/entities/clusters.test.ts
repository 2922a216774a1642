import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { allWordClusters, wordClusters } from '../../src/entities/clusters.js';
import { candidateFeatures } from '../../src/entities/features.js';
import { extractEntities, mergeEntities, type Entity } from '../../src/entities/index.js';

const parse = (id: string, text: string) => new ParsedDocument({ id, source: null, text, origin: id });
const run = (text: string): Entity[] => mergeEntities([extractEntities(parse('a.txt', text))]);

describe('word clusters from word vectors', () => {
  it('puts words used alike in one cluster, and cities apart from surnames', () => {
    const [chicago, denver, smith, johnson] = ['chicago', 'denver', 'smith', 'johnson'].map(wordClusters);
    expect(chicago?.fine).toMatch(/^\d+\.\d+$/);
    expect(chicago?.fine.startsWith(`${chicago.coarse}.`)).toBe(true);
    expect(denver).toEqual(chicago);
    expect(johnson).toEqual(smith);
    expect(smith?.coarse).not.toBe(chicago?.coarse);
  });

  it('gives no cluster to a word the table lacks', () => {
    expect(wordClusters('blorvingtonix')).toBeUndefined();
    expect(wordClusters('')).toBeUndefined();
    expect(wordClusters('Chicago')).toBeUndefined();
    expect(wordClusters('chicag')).toBeUndefined();
    expect(wordClusters('chicagoo')).toBeUndefined();
  });

  it('finds every word of the front-coded table, in code-unit order', () => {
    const all = allWordClusters();
    expect(all.length).toBeGreaterThan(50_000);
    for (let i = 1; i < all.length; i++) if (!(all[i - 1]![0] < all[i]![0])) expect([all[i - 1]![0], all[i]![0]]).toBe('in order');
    for (let i = 0; i < all.length; i += 7) {
      const [w, clusters] = all[i]!;
      if (wordClusters(w)?.fine !== clusters.fine) expect([w, wordClusters(w)]).toEqual([w, clusters]);
    }
  });

  it('describes a name by the coarse and fine clusters of its first and last words', () => {
    const doc = parse('a.txt', 'Officials in Denver said so.');
    const tokens = doc.sentenceTokens(doc.sentences[0]!);
    const part = { text: 'Denver', lower: 'denver', start: 13, end: 19, token: 2 };
    const facts = { titled: false, country: false, place: false, nested: false, headline: false };
    const denver = wordClusters('denver')!;
    const one = candidateFeatures([part], tokens, facts).filter((x) => x.startsWith('cl-'));
    expect(one).toEqual([`cl-first=${denver.coarse}`, `cl-first=${denver.fine}`]);
    const johnson = wordClusters('johnson')!;
    // (Positions do not matter to the name's own features.)
    const words = ['Denver', 'Harbor', 'Johnson'].map((text, k) => ({ text, lower: text.toLowerCase(), start: 0, end: 0, token: k }));
    const three = candidateFeatures(words, tokens, facts).filter((x) => x.startsWith('cl-'));
    expect(three).toEqual([`cl-first=${denver.coarse}`, `cl-first=${denver.fine}`, `cl-last=${johnson.coarse}`, `cl-last=${johnson.fine}`]);
  });
});

describe('unseen towns typed by their clusters', () => {
  // Towns on no list the recogniser has, in frames with no place word beside them: the model had only the
  // unknown word's shape, which reads as a surname.
  it('types a town the gazetteer lacks as a place', () => {
    for (const text of ['The storm knocked out power across Keokuk overnight.', 'Pocatello has grown quickly since the plant opened.']) {
      const town = run(text).find((e) => e.name === 'Keokuk' || e.name === 'Pocatello');
      expect(town?.type).toBe('place');
      expect(town?.evidence.map((x) => x.reason)).toEqual(['model']);
    }
  });
});
