import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { attributeClaims, extractClaims } from '../../src/figures/index.js';
import type { Quote } from '../../src/quotes/types.js';

const parse = (text: string) => new ParsedDocument({ id: 'n.txt', source: null, text, origin: 'n.txt' });

function quote(text: string, content: string, speaker: string | null): Quote {
  const start = text.indexOf(content);
  return { document: 'n.txt', kind: 'direct', speaker, speakerEntity: null, mention: speaker, cue: 'said', content, start, end: start + content.length, line: 1 };
}

describe('attribution', () => {
  it('takes the source of an "according to" phrase, without article, descriptor or "estimates"', () => {
    const one = extractClaims(parse('Floods have displaced 3,000 families, according to the Geneva-based Relief Agency estimates.'));
    expect(one[0]!.attributedTo).toBe('Relief Agency');
    const two = extractClaims(parse('The clashes left 17 dead, according to a hospital official who asked not to be named.'));
    expect(two[0]!.attributedTo).toBe('hospital official');
  });

  it('gives a claim inside a quotation the quote’s speaker, innermost first', () => {
    const text = 'The mayor said: "We counted 41 injured in the square." Later 5 more were found.';
    const claims = extractClaims(parse(text));
    const inner = quote(text, 'We counted 41 injured in the square.', 'Ann Ortiz');
    const outer = quote(text, text, 'Town Hall');
    const out = attributeClaims(claims, [outer, inner, quote(text, 'Later', null)]);
    expect(out.find((c) => c.value === 41)!.attributedTo).toBe('Ann Ortiz');
    expect(out.find((c) => c.value === 5)!.attributedTo).toBe('Town Hall');
  });

  it('keeps an attribution the sentence already gives', () => {
    const text = 'According to the coroner, 6 people died.';
    const claims = extractClaims(parse(text));
    expect(claims[0]!.attributedTo).toBe('coroner');
    expect(attributeClaims(claims, [quote(text, '6 people died', 'Police')])[0]!.attributedTo).toBe('coroner');
  });
});
