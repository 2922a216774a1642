import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/corpus/types.js';
import { captionWithoutCredit, creditSpans } from '../../src/strip/captions.js';
import { creditNameSpans } from '../../src/strip/credit-names.js';
import { collectLineStats, stripDocument } from '../../src/strip/index.js';
import { formatStripExplain } from '../../src/format/text/index.js';
import { makeStyle } from '../../src/format/style.js';
import { CAPTIONED_ARTICLE } from '../fixtures/captioned-article.js';

/** What the entity layer reads of a caption line: its kept parts, joined. */
const read = (line: string) => captionWithoutCredit(line).map(([a, b]) => line.slice(a, b).trim()).join(' | ');

describe('captionWithoutCredit', () => {
  it('blanks a labelled credit to the end of the line', () => {
    expect(read('Engineer Tomas Okafor shows the plans to residents. Photo: Lena Marsh/Nordbild')).toBe('Engineer Tomas Okafor shows the plans to residents.');
    expect(read('Skaters on the frozen lake Image: Pavel Drummond.')).toBe('Skaters on the frozen lake');
    expect(read('A ferry leaves Varnholm. Photograph by Ada Brennan/Harbour Pictures')).toBe('A ferry leaves Varnholm.');
  });

  it('blanks credits in brackets, stock agencies and © signs, keeping the caption around them', () => {
    expect(read('Mayor Ingrid Solberg (NORDPIX/Karl Vint) at the harbour')).toBe('Mayor Ingrid Solberg | at the harbour');
    expect(read('Flood water in the old town. Erik Lund/Getty Images')).toBe('Flood water in the old town.');
    expect(read('The new sea wall, seen from the pier © Mira Holt')).toBe('The new sea wall, seen from the pier');
  });

  it('blanks names shaped like a credit after the caption sentence, in a closing bracket, or glued to it', () => {
    expect(read('Ingrid Solberg speaks to residents in Varnholm. Jonas Weir / Nordbild file')).toBe('Ingrid Solberg speaks to residents in Varnholm.');
    expect(read('Tomas Okafor at the harbour on Tuesday. (Jonas Weir/Nordbild)')).toBe('Tomas Okafor at the harbour on Tuesday.');
    expect(read('Tomas Okafor, engineer of the harbour boardJonas Weir')).toBe('Tomas Okafor, engineer of the harbour board');
    // A name in a closing bracket that is not a credit's shape stays.
    expect(read('Ingrid Solberg (left) greets the engineers (from the harbour board)')).toBe('Ingrid Solberg (left) greets the engineers (from the harbour board)');
  });

  it('reads nothing of a line that is all credit', () => {
    expect(captionWithoutCredit('Photo: Lena Marsh/Nordbild')).toEqual([]);
    expect(captionWithoutCredit('Erik Lund | Getty Images')).toEqual([]);
  });
});

const ARTICLE = CAPTIONED_ARTICLE;
const doc: Document = { id: 'harbour.txt', text: ARTICLE, source: null, origin: 'harbour.txt' };

describe('stripDocument and captions', () => {
  const res = stripDocument(doc, collectLineStats([doc]));

  it('drops the caption from the text, and says the entity layer reads it', () => {
    expect(res.lineDecisions.find((d) => d.line === 7)).toEqual({ line: 7, keep: false, reason: 'photo-credit' });
    expect(res.text).not.toContain('Okafor');
    expect(res.captions).toEqual([{ line: 7, reason: 'caption-read-for-entities', text: 'Engineer Tomas Okafor shows the plans to 60 residents.' }]);
  });

  it('gives the entity layer the caption at its place, credit and everything else blanked', () => {
    const text = res.captionText!;
    expect(text.length).toBe(ARTICLE.length);
    const at = ARTICLE.indexOf('Engineer');
    expect(text.slice(at, at + 'Engineer Tomas Okafor'.length)).toBe('Engineer Tomas Okafor');
    expect(text).not.toContain('Lena Marsh');
    expect(text).not.toContain('Varnholm');
    expect(text.split('\n').length).toBe(ARTICLE.split('\n').length);
  });

  it('shows the caption read under its line in strip --explain', () => {
    const out = formatStripExplain(doc.id, ARTICLE, res, makeStyle(false));
    expect(out).toContain('7 drop photo-credit');
    expect(out).toContain('  read caption-read-for-entities Engineer Tomas Okafor shows the plans to 60 residents.');
    expect(out).toContain('  name credit-name-for-entities Lena Marsh');
  });

  it("hands the entity layer the credit's person-shaped name, at its place", () => {
    const at = ARTICLE.indexOf('Lena Marsh');
    expect(res.credits).toEqual([{ line: 7, column: at - ARTICLE.lastIndexOf('\n', at), start: at, end: at + 10, reason: 'credit-name-for-entities', text: 'Lena Marsh' }]);
  });
});

/** The person-shaped names strip finds in a caption line's credits. */
const creditNames = (line: string) => creditNameSpans(line, creditSpans(line), []).map(([a, b]) => line.slice(a, b));

describe('creditNameSpans', () => {
  it('finds the name in each form of credit, without labels, agencies and outlets', () => {
    expect(creditNames('Skaters on the frozen lake. Image: Pavel Drummond.')).toEqual(['Pavel Drummond']);
    expect(creditNames('Flood water in the old town. Erik Lund/Getty Images')).toEqual(['Erik Lund']);
    expect(creditNames('Mayor Ingrid Solberg (NORDPIX/Karl Vint) at the harbour')).toEqual(['Karl Vint']);
    expect(creditNames('A ferry leaves Varnholm. Photograph by Ada Brennan/Harbour Pictures')).toEqual(['Ada Brennan']);
    expect(creditNames('Divers check the hull. Video: Mira Holt.')).toEqual(['Mira Holt']);
    expect(creditNames('The quay at dawn. Credit: Jonas M. Weir / Nordbild file')).toEqual(['Jonas M. Weir']);
    expect(creditNames('The quay at dawn. (Photo: Courtesy of Tove Aas)')).toEqual(['Tove Aas']);
    // No label: names shaped like a credit after the caption's sentence.
    expect(creditNames('Crowds gather in the square. Mira Holt for The Varnholm Courier')).toEqual(['Mira Holt']);
  });

  it('gives outlets after "for", "The", two names and a "Staff" credit apart, and no one-word name', () => {
    expect(creditNames('Crews at work. Photo: Mira Holt for The Varnholm Courier')).toEqual(['Mira Holt']);
    // An outlet's name without its outlet word is the entity layer's to refuse (no given name, no person's rule).
    expect(creditNames('Crews at work. Photo: Mira Holt for Varnholm Fjordposten')).toEqual(['Mira Holt', 'Varnholm Fjordposten']);
    expect(creditNames('Photos by Ada Brennan, left, and Erik Lund/Nordbild')).toEqual(['Ada Brennan', 'Erik Lund']);
    expect(creditNames('The new pier. Photo: Erik Lund, Staff')).toEqual(['Erik Lund']);
    expect(creditNames('The new pier. Photo: Erik Lund / Carmen Sentinel')).toEqual(['Erik Lund']);
    expect(creditNames('The new pier. Photo: Nordbild')).toEqual([]);
    expect(creditNames('The new pier. Image: AP Photo/NORDPIX')).toEqual([]);
  });

  it("reads the credit's first sentence only", () => {
    expect(creditNames('Photo: Ada Brennan. Crews of Varnholm Harbour repair the pier as Mayor Ingrid Solberg looks on')).toEqual(['Ada Brennan']);
  });
});
