import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locator, splitLines } from '../../src/corpus/text.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { textWindows, WHOLE_DOCUMENT_CHARS } from '../../src/pipeline/windows.js';
import { collectLineStats } from '../../src/strip/index.js';

describe('windows of a long document', () => {
  it('cover the text exactly, cut after line breaks or spaces, and know their line and column', () => {
    const text = 'one two three\r\nfour five\rsix seven eight nine ten eleven\n\ntwelve thirteen fourteen';
    const windows = textWindows(text, 12, 0);
    expect(windows.length).toBeGreaterThan(3);
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    const at = locator(splitLines(text));
    for (let i = 0; i < windows.length; i++) {
      const w = windows[i]!;
      if (i > 0) expect(w.start).toBe(windows[i - 1]!.end);
      expect(w.end - w.start).toBeLessThanOrEqual(12);
      expect(/[\s]/.test(text[w.end - 1]!) || w.end === text.length).toBe(true);
      expect({ line: w.line, column: w.column }).toEqual(at(w.start));
    }
    // A CRLF pair is never cut in two.
    expect(windows.some((w) => text[w.end - 1] === '\r' && text[w.end] === '\n')).toBe(false);
  });

  it('one window for a document up to the whole-document size', () => {
    expect(textWindows('a'.repeat(WHOLE_DOCUMENT_CHARS))).toEqual([{ start: 0, end: WHOLE_DOCUMENT_CHARS, line: 1, column: 1 }]);
    expect(textWindows('')).toEqual([{ start: 0, end: 0, line: 1, column: 1 }]);
  });

  it('a space-less line is cut at the size, never inside a surrogate pair', () => {
    const text = '\u{1F600}'.repeat(20);
    for (const w of textWindows(text, 7, 0)) expect(text.charCodeAt(w.start)).toBe(0xd83d);
  });

  it('results of a windowed document are those of its paragraphs, at their places in the document', () => {
    const seed = readFileSync(path.join(__dirname, '..', '..', 'seeds', '002_097062e19c820223.txt'), 'utf8').trim();
    const unit = `${seed}\n\n`;
    const copies = Math.ceil((WHOLE_DOCUMENT_CHARS + 1) / unit.length);
    const opts = { want: { figures: true, quotes: true }, keepBoilerplate: true };
    const one = analyzeDocument({ id: 'u', source: null, text: unit, origin: 'u' }, collectLineStats([]), opts);
    const text = unit.repeat(copies);
    const all = analyzeDocument({ id: 'd', source: null, text, origin: 'd' }, collectLineStats([]), opts);
    const at = locator(splitLines(text));
    const perCopy = one.claims!.length;
    expect(perCopy).toBeGreaterThan(3);
    // Windows end at line breaks here, so every copy reads as the copy alone does.
    expect(all.claims!.length).toBe(perCopy * copies);
    all.claims!.forEach((c, i) => {
      const own = one.claims![i % perCopy]!;
      expect([c.value, c.measure, c.start]).toEqual([own.value, own.measure, own.start + Math.floor(i / perCopy) * unit.length]);
      expect(c.id).toBe(`d#${i + 1}`);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect({ line: c.line, column: c.column }).toEqual(at(c.start));
    });
    expect(all.quotes!.quotes.length).toBe(one.quotes!.quotes.length * copies);
    for (const q of all.quotes!.quotes) expect(q.line).toBe(at(q.start).line);
    for (const m of all.entities!.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect({ line: m.line, column: m.column }).toEqual(at(m.start));
    }
  });
});
