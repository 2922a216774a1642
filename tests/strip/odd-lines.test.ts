import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripCorpus } from '../../src/strip/index.js';
import { ROOT } from '../helpers.js';

// A line of figures must not change how the rest of a document is read: the language guess (and with it
// every line's stopword density) is made on a bounded vote per line, and figures vote little.
describe('odd lines do not silence a document', () => {
  const seeds = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const docs = seeds.map((f) => ({ id: f, source: null, origin: f, text: readFileSync(path.join(ROOT, 'seeds', f), 'utf8') }));
  const kept = (text: string) => {
    const [result] = stripCorpus([{ ...docs[0]!, text }, ...docs.slice(1)]);
    return result!.lineDecisions.filter((d) => d.keep).map((d) => d.line);
  };
  const original = kept(docs[0]!.text);

  it('keeps the same article lines with one line of 200 numbers appended', () => {
    expect(original.length).toBeGreaterThan(5);
    const odd = `${docs[0]!.text}\nScores: ${Array(200).fill('1').join(', ')}.\n`;
    expect(kept(odd)).toEqual(original);
  });

  it('keeps them with ten such lines, and with a line of 200 short words of another language', () => {
    const figures = Array.from({ length: 10 }, (_, k) => `Scores: ${Array(200).fill(String(k)).join(', ')}.`).join('\n');
    expect(kept(`${docs[0]!.text}\n${figures}\n`)).toEqual(original);
    const spanish = `Lista: ${Array(200).fill('y').join(', ')}.`;
    expect(kept(`${docs[0]!.text}\n${spanish}\n`)).toEqual(original);
  });
});
