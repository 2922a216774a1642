import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractClaims } from '../../src/figures/index.js';

/** Whether V8 stores the string in one byte per character (its serializer writes one-byte strings with tag '"'). */
const storedInOneByte = (s: string): boolean => serialize(s)[2] === 0x22;

describe('claims of a text with curly quotes', () => {
  it('give their texts in one byte per character when they fit, as the text says them', () => {
    // Invented: the curly quotes store the whole text, and every slice of it, in two bytes per character.
    const text = '“We were lucky,” the mayor said. Floods damaged 40 homes and 3 bridges in the valley on Tuesday.';
    const claims = extractClaims(new ParsedDocument({ id: 'v', source: null, text, origin: 'v' }));
    expect(claims.map((c) => c.text)).toEqual(['40 homes', '3 bridges']);
    for (const c of claims) {
      expect(c.text).toBe(text.slice(c.start, c.end));
      expect(storedInOneByte(c.text)).toBe(true);
    }
  });
});
