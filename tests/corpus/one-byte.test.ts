import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByteString, splitLines, splitParagraphs, splitSentences, TextCutter } from '../../src/corpus/text.js';
import { SortedWordMap } from '../../src/entities/sorted-words.js';

/** Whether V8 stores the string in one byte per character (its serializer writes one-byte strings with tag '"'). */
const storedInOneByte = (s: string): boolean => serialize(s)[2] === 0x22;

// Invented text: curly quotes make the whole text, and every slice of it, two bytes per character.
const TEXT = 'The council said “repairs cost 12,500 dollars” on Monday, and Renée agreed.\nThe vote was 7-2.';

describe('one-byte pieces of a text with curly quotes', () => {
  it('cuts numbers and accented words in one byte per character, the quotes in two', () => {
    expect(storedInOneByte(TEXT)).toBe(false);
    const cutter = new TextCutter(TEXT);
    const { tokens } = splitSentences(TEXT, splitParagraphs(splitLines(TEXT, cutter)), cutter);
    const byText = new Map(tokens.map((t) => [t.text, t]));
    for (const w of ['12,500', 'Renée', '7', 'council']) expect(storedInOneByte(byText.get(w)!.text)).toBe(true);
    expect(storedInOneByte(byText.get('“')!.text)).toBe(false);
    expect(storedInOneByte(cutter.cut(0, 16))).toBe(true);
    expect(cutter.cut(0, 16)).toBe('The council said');
  });

  it('copies a string to one byte per character only when every character fits', () => {
    const piece = 'aud\ncent€'.slice(0, 3);
    expect(storedInOneByte(piece)).toBe(false);
    expect(oneByteString(piece)).toBe('aud');
    expect(storedInOneByte(oneByteString(piece))).toBe(true);
    expect(oneByteString('€uro')).toBe('€uro');
  });

  it('gives the values of a sorted list holding a character past one byte in one byte per character', () => {
    // Long enough to be cut into blocks: the first holds only one-byte characters, the last "zł" and "€".
    const fillers = Array.from({ length: 60 }, (_, i) => `word${String(i).padStart(2, '0')}\tNoun`);
    const list = new SortedWordMap(['about\tPreposition', ...fillers, 'zł\tCurrency', '€\tCurrency'].join('\n'));
    expect(list.get('about')).toBe('Preposition');
    expect(storedInOneByte(list.get('about')!)).toBe(true);
    expect(list.get('€')).toBe('Currency');
    expect(list.get('zł')).toBe('Currency');
    expect(list.get('dollar')).toBeUndefined();
  });
});
