import { describe, expect, it } from 'vitest';
import { splitLines, splitParagraphs, splitSentences, TextCutter, tokenize } from '../../src/corpus/text.js';

// Invented text: curly quotes (past U+00FF), Latin-1 letters, a narrow no-break space in a number, an emoji.
const TEXT = 'Mayor Zoë Brandt said “the bridge reopens Monday”.\nCrews moved 12\u202f000 tonnes of gravel 🚧 near Östermalm.\nNo one was hurt.';

describe('TextCutter', () => {
  it('cuts the same pieces as slice, with or without characters past one byte in them', () => {
    const cutter = new TextCutter(TEXT);
    for (let start = 0; start < TEXT.length; start += 3) {
      for (let end = start; end <= TEXT.length; end += 7) expect(cutter.cut(start, end)).toBe(TEXT.slice(start, end));
    }
  });

  it('keeps a text with no character past ASCII as it is', () => {
    const plain = 'Crews moved the gravel.';
    expect(new TextCutter(plain).narrow).toBe(plain);
  });

  it('leaves lines, sentences and tokens as they were', () => {
    const lines = splitLines(TEXT);
    expect(lines.map((l) => l.text)).toEqual(TEXT.split('\n'));
    const { sentences, tokens } = splitSentences(TEXT, splitParagraphs(lines));
    for (const s of sentences) expect(s.text).toBe(TEXT.slice(s.start, s.end));
    expect(tokens.map((t) => t.text)).toEqual(tokenize(TEXT).map((t) => t.text));
    for (const t of tokens) expect(t.text).toBe(TEXT.slice(t.start, t.end));
    expect(tokens.map((t) => t.text)).toContain('12\u202f000');
    expect(tokens.map((t) => t.text)).toContain('Östermalm');
  });
});
