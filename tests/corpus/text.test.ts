import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { normalizeText, foldKey } from '../../src/corpus/normalize.js';
import { codeUnitTest, countLines, isSpaceCode, splitLines, tokenize } from '../../src/corpus/text.js';

const doc = (text: string) => new ParsedDocument({ id: 'd.txt', source: null, text, origin: 'd.txt' });

describe('normalizeText', () => {
  it('folds quotes, dashes and spaces without changing the length', () => {
    const input = '\u201cWe\u2019re here\u201d \u2013 he said\u00a0today\u2026';
    const out = normalizeText(input);
    expect(out).toBe('"We\'re here" - he said today.');
    expect(out.length).toBe(input.length);
  });
  it('foldKey lower-cases and collapses whitespace', () => {
    expect(foldKey('  Bashar\u00a0AL\u2011Assad ')).toBe('bashar al-assad');
  });
});

describe('splitLines', () => {
  it('accepts LF, CRLF and CR and keeps offsets into the input', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['one', 'two', 'three', 'four']);
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
  it('counts a trailing line break as ending the last line', () => {
    expect(splitLines('a\nb\n').map((l) => l.text)).toEqual(['a', 'b']);
    expect(splitLines('')).toHaveLength(1);
  });
});

describe('tokenize', () => {
  it('keeps numbers with separators, dotted acronyms and hyphenated names whole', () => {
    const text = 'The U.N. said 70,000 people in al-Qusair died, Kerry\u2019s aide said.';
    const toks = tokenize(text).map((t) => t.text);
    expect(toks).toContain('U.N.');
    expect(toks).toContain('70,000');
    expect(toks).toContain('al-Qusair');
    expect(toks).toContain('Kerry\u2019s');
  });
  it('gives offsets into the text', () => {
    const text = '  Hello, world!';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('reads ASCII by hand exactly as the token pattern does, non-ASCII included', () => {
    const pattern = /(?:\p{Lu}\.){2,}(?!\p{L})|\d+(?:[.,\u00a0\u202f]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
    const text =
      'U.S. A.B.c A. e.g. 1,000.5 3,a 7\u00a0000 x-1 don\u2019t o\'neill re-\u00e9lu caf\u00e9s Zo\u00eb \u00c9.U. ' +
      'a--b rock\u2010n\u2011roll e\u0301t\u00e9 \u0661\u0662 \ud83d\ude00x \u2003\u00a0end. "Q?" (x) 12abc ab12';
    const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
    expect(tokenize(text).map((t) => [t.start, t.text])).toEqual(expected);
    // A range ending inside a token cuts it there.
    expect(tokenize('hello world', 0, 8).map((t) => t.text)).toEqual(['hello', 'wo']);
  });
});

describe('ParsedDocument sentences', () => {
  it('splits at sentence ends but not after abbreviations or initials', () => {
    const d = doc('Mr. Smith met Gen. Lee in the U.S. capital. John F. Kennedy was not there! Was he?\nA new paragraph');
    expect(d.sentences.map((s) => s.text)).toEqual([
      'Mr. Smith met Gen. Lee in the U.S. capital.',
      'John F. Kennedy was not there!',
      'Was he?',
      'A new paragraph',
    ]);
  });
  it('keeps a closing quotation mark with its sentence', () => {
    const d = doc('"We will win." He said it twice.');
    expect(d.sentences.map((s) => s.text)).toEqual(['"We will win."', 'He said it twice.']);
  });
  it('splits a sentence glued to the next after a word, a number or a closing mark, offsets into the text', () => {
    const text = 'The vote was held on the pier.Nobody came in 2019.Later a boat (the ferry).Then rain!Who knew?Me.';
    const d = doc(text);
    expect(d.sentences.map((s) => s.text)).toEqual([
      'The vote was held on the pier.',
      'Nobody came in 2019.',
      'Later a boat (the ferry).',
      'Then rain!',
      'Who knew?',
      'Me.',
    ]);
    for (const s of d.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(d.text).toBe(text);
  });
  it('gives a glued straight quote to the sentence it belongs to', () => {
    const d = doc('The band left early."We are tired," a drummer said."It was long."The crowd waited.');
    expect(d.sentences.map((s) => s.text)).toEqual([
      'The band left early.',
      '"We are tired," a drummer said.',
      '"It was long."',
      'The crowd waited.',
    ]);
    const curly = doc('The band left early.\u201cWe are tired,\u201d a drummer said.');
    expect(curly.sentences.map((s) => s.text)).toEqual(['The band left early.', '\u201cWe are tired,\u201d a drummer said.']);
  });
  it('keeps names with inner dots in one sentence', () => {
    for (const text of [
      'She flew from St.Louis to see Gen.Lee at 9 a.m.Tuesday.',
      'He shops on Amazon.com and reads news.bbc.co.uk daily.',
      'Visit example.Com or www.Sample.org for the file report.Pdf now.',
      'Open the page at site.org/news.Today and the U.S.Navy site.',
      'Version 2.5.1 of the tool costs 3.50 dollars, e.g.Rust ones.',
      'The aide, Mr.Smith, wrote to J.R.Ewing about mail@home.Net today.',
    ]) {
      expect(doc(text).sentences.map((s) => s.text)).toEqual([text]);
    }
  });
  it('maps offsets to 1-based line and column', () => {
    const d = doc('first line\nsecond line');
    expect(d.position(0)).toEqual({ line: 1, column: 1 });
    expect(d.position(11 + 7)).toEqual({ line: 2, column: 8 });
  });
  it('refuses an analysis text of another length', () => {
    expect(() => new ParsedDocument({ id: 'x', source: null, text: 'abc', origin: 'x' }, 'ab')).toThrow();
  });
  it('splits a 1 MB line of sentences in linear time', () => {
    const d = doc('The minister said 12 people died. '.repeat(30_000));
    expect(d.sentences.length).toBe(30_000);
  });
});

describe('countLines', () => {
  it('counts what splitLines gives', () => {
    for (const text of ['', 'a', 'a\n', 'a\r\nb', 'a\rb\r', '\n\n', 'x\r\n\r\ny\n', '\r']) {
      expect(countLines(text)).toBe(splitLines(text).length);
    }
  });
});

describe('code unit tests', () => {
  it('answer as the regular expression does on one character, surrogate halves never', () => {
    const isLetter = codeUnitTest(/^\p{L}$/u);
    for (const ch of ['a', 'Z', 'é', 'ж', '中', '1', ' ', '-', '\u0301']) {
      const c = ch.charCodeAt(0);
      expect(isLetter(c)).toBe(/^\p{L}$/u.test(ch));
      expect(isLetter(c)).toBe(/^\p{L}$/u.test(ch)); // the second answer comes from the table
    }
    expect(isLetter('𝐀'.charCodeAt(0))).toBe(false);
    expect(isLetter('𝐀'.charCodeAt(1))).toBe(false);
  });
  it('isSpaceCode is \\s on one code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
