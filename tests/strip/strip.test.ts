import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/corpus/types.js';
import { collectLineStats, stripCorpus, stripDocument } from '../../src/strip/index.js';
import { ARTICLE_DE, ARTICLE_DE_DROP, ARTICLE_DE_KEEP, ARTICLE_EN, ARTICLE_EN_DROP, ARTICLE_EN_KEEP, SAME_SITE_OTHER } from './fixtures.js';

const doc = (id: string, text: string, source: string | null = null): Document => ({ id, text, source, origin: id });
const decisions = (r: { lineDecisions: { line: number; keep: boolean; reason: string }[] }) =>
  new Map(r.lineDecisions.map((d) => [d.line, d]));

describe('stripCorpus on an English page', () => {
  const [res] = stripCorpus([doc('en.txt', ARTICLE_EN)]);
  const byLine = decisions(res!);

  it('keeps the headline and the article paragraphs', () => {
    for (const line of ARTICLE_EN_KEEP) expect(byLine.get(line)?.keep, `line ${line}`).toBe(true);
    expect(byLine.get(10)?.reason).toBe('headline');
    expect(byLine.get(16)?.reason).toBe('article-text');
  });

  it('drops navigation, share buttons, player timestamps, related lists and copyright, saying why', () => {
    for (const [line, reason] of Object.entries(ARTICLE_EN_DROP)) {
      expect(byLine.get(Number(line)), `line ${line}`).toEqual({ line: Number(line), keep: false, reason });
    }
    for (const line of [3, 4, 5, 6, 32, 33, 34]) expect(byLine.get(line)?.keep, `line ${line}`).toBe(false);
  });

  it('keeps a cross-head between two article paragraphs', () => {
    expect(byLine.get(20)).toEqual({ line: 20, keep: true, reason: 'kept-by-context' });
  });

  it('gives one decision per non-blank line, in order', () => {
    const nonBlank = ARTICLE_EN.split('\n').flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(res!.lineDecisions.map((d) => d.line)).toEqual(nonBlank);
  });

  it('joins the kept lines with newlines and blanks dropped lines in the analysis text', () => {
    const lines = ARTICLE_EN.split('\n');
    expect(res!.text).toBe(res!.lineDecisions.filter((d) => d.keep).map((d) => lines[d.line - 1]).join('\n'));
    expect(res!.text.startsWith('Harbour town votes')).toBe(true);
    expect(res!.analysisText.length).toBe(ARTICLE_EN.length);
    expect(res!.analysisText.split('\n')[0]).toBe(' '.repeat('Skip to content'.length));
    const at = ARTICLE_EN.indexOf('NORTHPORT');
    expect(res!.analysisText.slice(at, at + 9)).toBe('NORTHPORT');
  });
});

describe('stripCorpus beyond English', () => {
  it('uses German stopwords and German furniture words', () => {
    const byLine = decisions(stripCorpus([doc('de.txt', ARTICLE_DE)])[0]!);
    for (const line of ARTICLE_DE_KEEP) expect(byLine.get(line)?.keep, `line ${line}`).toBe(true);
    for (const line of ARTICLE_DE_DROP) expect(byLine.get(line)?.keep, `line ${line}`).toBe(false);
    expect(byLine.get(12)?.reason).toBe('share-buttons');
    expect(byLine.get(16)?.reason).toBe('related-list');
  });
});

describe('line ends and byte order marks', () => {
  it('decides CRLF, CR and BOM input exactly as LF input', () => {
    const lf = stripCorpus([doc('a', ARTICLE_EN)])[0]!;
    const crlf = stripCorpus([doc('a', '\ufeff' + ARTICLE_EN.replace(/\n/g, '\r\n'))])[0]!;
    const cr = stripCorpus([doc('a', ARTICLE_EN.replace(/\n/g, '\r'))])[0]!;
    expect(crlf.lineDecisions).toEqual(lf.lineDecisions);
    expect(cr.lineDecisions).toEqual(lf.lineDecisions);
    expect(crlf.analysisText.length).toBe(ARTICLE_EN.length * 1 + ARTICLE_EN.split('\n').length);
  });
});

describe('corpus-level signals', () => {
  it('drops a line that recurs on pages of the same source', () => {
    const res = stripCorpus([doc('a', ARTICLE_EN, 'gazette'), doc('b', SAME_SITE_OTHER, 'gazette')]);
    const b = decisions(res[1]!);
    expect(b.get(4)).toEqual({ line: 4, keep: false, reason: 'repeated-across-source' });
    expect(b.get(10)?.keep).toBe(true);
    expect(b.get(12)?.keep).toBe(true);
  });

  it('counts identical copies of a page once, so a duplicated article is not read as template', () => {
    const alone = stripCorpus([doc('a', ARTICLE_EN, 'gazette')])[0]!;
    const copies = stripCorpus([doc('a', ARTICLE_EN, 'gazette'), doc('a-copy', ARTICLE_EN, 'gazette'), doc('a-again', ARTICLE_EN, 'gazette')]);
    expect(copies.map((r) => r.lineDecisions)).toEqual([alone.lineDecisions, alone.lineDecisions, alone.lineDecisions]);
    expect(copies[2]!.analysisText).toBe(alone.analysisText);
  });

  it('drops short lines shared across the corpus but keeps a wire sentence carried by several outlets', () => {
    const wire =
      'The agency said on Friday that at least 40 people had been rescued from the collapsed building and that the search would continue through the night.';
    const page = (menu: string, own: string) =>
      [menu, 'Weather warnings', '', own, '', wire, '', 'Officials said the cause of the collapse was not yet known and that an inquiry would begin next week, according to a statement.'].join('\n');
    const res = stripCorpus([
      doc('a', page('Menu A', 'Rescuers worked through the rubble on Friday as families waited for news at a nearby school, where the city had set up a shelter.'), 'outlet-a'),
      doc('b', page('Menu B', 'Families gathered outside the damaged block on Friday morning while firefighters cut through steel beams to reach the lower floors.'), 'outlet-b'),
    ]);
    for (const r of res) {
      const d = decisions(r);
      expect(d.get(2)).toEqual({ line: 2, keep: false, reason: 'repeated-across-corpus' });
      expect(d.get(6)?.keep).toBe(true);
    }
  });

  it('gives the same result streamed (collect, then strip each) as for the whole corpus', () => {
    const docs = [doc('a', ARTICLE_EN, 'gazette'), doc('b', SAME_SITE_OTHER, 'gazette'), doc('c', ARTICLE_DE, null)];
    const stats = collectLineStats(docs);
    expect(docs.map((d) => stripDocument(d, stats))).toEqual(stripCorpus(docs));
  });

  it('keeps only the first of two identical headlines (a player title repeats it)', () => {
    const text = ARTICLE_EN.replace('By Jane Placeholder', 'Harbour town votes to rebuild storm wall after record flood');
    const byLine = decisions(stripCorpus([doc('a', text)])[0]!);
    expect(byLine.get(10)?.keep).toBe(true);
    expect(byLine.get(12)?.keep).toBe(false);
  });
});

describe('options and odd input', () => {
  it('keeps everything with keepAll', () => {
    const [res] = stripCorpus([doc('a', ARTICLE_EN)], { keepAll: true });
    expect(res!.lineDecisions.every((d) => d.keep && d.reason === 'kept-as-given')).toBe(true);
    expect(res!.analysisText).toBe(ARTICLE_EN);
  });

  it('handles empty and blank documents', () => {
    const res = stripCorpus([doc('e', ''), doc('b', '\n  \n\t\n')]);
    expect(res.map((r) => [r.lineDecisions, r.text, r.analysisText.length])).toEqual([
      [[], '', 0],
      [[], '', 6],
    ]);
  });

  it('is linear on hostile input: a 5 MB single line, quote runs, capitalised words, number lists', () => {
    const big = 'word '.repeat(1_000_000);
    const quotes = '"'.repeat(200_000);
    const caps = 'Aa Bb-Cc al-Dd '.repeat(15_000);
    const numbers = Array.from({ length: 100_000 }, (_, i) => String(i)).join(', ');
    const t0 = performance.now();
    const res = stripCorpus([doc('big', big), doc('q', quotes), doc('c', caps), doc('n', numbers)]);
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(res.map((r) => r.lineDecisions.length)).toEqual([1, 1, 1, 1]);
    expect(res[0]!.analysisText.length).toBe(big.length);
  });

  it('handles many small documents', () => {
    const docs = Array.from({ length: 2000 }, (_, i) => doc(`d${i}`, `Menu\nStory number ${i} is told here in one sentence that is long enough to read as prose for the stripper.\n© Site`));
    const res = stripCorpus(docs);
    expect(res).toHaveLength(2000);
    expect(res[5]!.lineDecisions[0]).toEqual({ line: 1, keep: false, reason: 'repeated-across-corpus' });
  });
});

describe('a list of people inside the article', () => {
  const text = [
    'Sheriff: Four hurt in shooting at a house party in Marvale',
    '',
    'Deputies said four people were shot early Sunday at a house party on the east side of Marvale, and all of them were taken to the hospital.',
    '',
    'The sheriff identified the people who were wounded in the shooting as the following residents of the town:',
    '',
    '• Dorvan Pellick, 19, who was shot in the back;',
    '',
    '• Tamsie Orlow, 21, who shot in the leg; and',
    '',
    '• Quenby Marsh, 22, who was shot in the leg.',
    '',
    'Investigators said the shooting followed an argument in the yard, and they asked anyone with information to contact the sheriff.',
    '',
    '• Home',
    '• Weather',
  ].join('\n');
  const [res] = stripCorpus([doc('list.txt', text)]);
  const byLine = decisions(res!);

  it('keeps name-and-age items and still drops the menu', () => {
    for (const line of [7, 9, 11]) expect(byLine.get(line)?.keep, `line ${line}`).toBe(true);
    expect(byLine.get(15)?.keep).toBe(false);
  });
});
