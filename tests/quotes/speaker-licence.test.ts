import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractQuotes, resolveQuotes, type Quote } from '../../src/quotes/index.js';
import { analyseSpeaker, sourceKind } from '../../src/quotes/phrase.js';

const parse = (text: string, id = 'doc.txt') => new ParsedDocument({ id, source: null, text, origin: id });
const quotesOf = (text: string): Quote[] => resolveQuotes([extractQuotes(parse(text))], []);
const brief = (qs: Quote[]) => qs.map((q) => ({ kind: q.kind, speaker: q.speaker, content: q.content }));

describe('a speaker phrase ends where a new clause or an aside begins', () => {
  it.each([
    ['spaced hyphens', 'The fire spread to four houses, according to firefighters - - the owners were away.'],
    ['a double hyphen', 'The fire spread to four houses, according to firefighters -- the owners were away.'],
    ['an em dash', 'The fire spread to four houses, according to firefighters \u2014 the owners were away.'],
    ['a new subject', 'The fire spread to four houses, according to firefighters the owners were away.'],
  ])('"according to" stops at %s, and the words past it are the writer\'s', (_, text) => {
    expect(brief(quotesOf(text))).toEqual([{ kind: 'according-to', speaker: 'firefighters', content: 'The fire spread to four houses' }]);
  });

  it('keeps a hyphen that joins a word ("U.K.- based") inside the speaker', () => {
    const [q] = quotesOf('Shelling killed 40 people, according to the U.K.- based Lantern Monitoring Group.');
    expect(q?.speaker).toBe('Lantern Monitoring Group');
  });

  it('leaves a relative clause after "according to" out of the content', () => {
    const [q] = quotesOf('The ferry left an hour late, according to Marisol who works at the pier.');
    expect(q?.speaker).toBe('Marisol');
    expect(q?.content).toBe('The ferry left an hour late');
  });

  it('ends a subject at a dateline dash and reads an aside between dashes like an apposition', () => {
    expect(quotesOf('KENT, Wash. -- Kent police said they found the second car.')[0]?.speaker).toBe('Kent police');
    expect(quotesOf('Ames -- co-author of a book about the harbour -- said the pier would close.')[0]?.speaker).toBe('Ames');
  });

  it('takes the subject noun phrase, not its clause, as the speaker of a participle', () => {
    const [q] = quotesOf('The statement expresses sympathy for the families, saying, "We are heartbroken."');
    expect(q?.speaker).toBe('statement');
    expect(q?.content).toBe('We are heartbroken.');
  });
});

describe('what licenses a reported-speech reading', () => {
  it('reads no quote in a participle with a prepositional object', () => {
    expect(quotesOf('The second warning came after he left a long voice mail, complaining about the noise.')).toEqual([]);
  });

  it('reads no quote in a coordinated cue with its object ("arrested him and charged him with")', () => {
    expect(quotesOf('On Friday, detectives found and arrested Lee Moss, 30, and charged him with arson.')).toEqual([]);
  });

  it('keeps a contact relative clause inside an "according to" source', () => {
    const [q] = quotesOf('The shop closed early, according to figures they published on Monday.');
    expect(q?.content).toBe('The shop closed early');
    expect(q?.mention).toBe('figures they published on Monday');
  });

  it('reads a cue word after a plural noun as the noun of a compound ("weapons charges")', () => {
    expect(quotesOf('He got 18 months for felony weapons charges for the 2019 robbery of a pharmacy.')).toEqual([]);
    const [q] = quotesOf('The lawyer said he had asked for all documents, including police reports, from the city.');
    expect(q?.content).toBe('he had asked for all documents, including police reports, from the city.');
  });

  it('reads a cue word after "be" or a finite verb as a noun ("there were reports", "denies claims")', () => {
    expect(quotesOf('The march became unruly near the precinct\u2014there were reports that bottles were thrown.')).toEqual([]);
    expect(quotesOf('The group is active in the north - it denies claims that it works for the army.')).toEqual([]);
    expect(quotesOf('Harbour police are reporting that the road is closed.')[0]?.speaker).toBe('Harbour police');
  });

  it('reads no quote in a plural noun closing a list of charges', () => {
    expect(quotesOf('She was charged with burglary, one count of arson, criminal trespass and other charges.')).toEqual([]);
    expect(quotesOf('He was charged with two counts of robbery, one count of fraud, and felony weapons charges.')).toEqual([]);
  });

  it('still reads a sentence-final cue whose subject can speak', () => {
    const [q] = quotesOf('The road will stay closed until March, county engineers said.');
    expect(q?.speaker).toBe('county engineers');
    expect(q?.content).toBe('The road will stay closed until March');
  });

  it('still reads a complaint with a clause', () => {
    const [q] = quotesOf('Tenants complained the heating had failed for weeks.');
    expect(q?.speaker).toBe('Tenants');
    expect(q?.content).toBe('the heating had failed for weeks.');
  });

  it('names the kind of source a phrase stands for, or none', () => {
    expect(sourceKind(analyseSpeaker('aggravated assault and other'))).toBeNull();
    expect(sourceKind(analyseSpeaker('the other suspension'))).toBeNull();
    expect(sourceKind(analyseSpeaker('county prosecutors'))).toBe('body');
    expect(sourceKind(analyseSpeaker('site engineers'))).toBe('person');
    expect(sourceKind(analyseSpeaker('one of the witnesses'))).toBe('body');
    expect(sourceKind(analyseSpeaker('the indictment'))).toBe('document');
    expect(sourceKind(analyseSpeaker('Loretta Vance of the city police'))).toBe('name');
  });
});

describe('one span of content, one quote', () => {
  it('gives a quotation attributed in its sentence no second source from "according to"', () => {
    const qs = quotesOf('The hearing lasted an hour.\n\n"I feel nothing at all," he said, according to the transcript.');
    expect(brief(qs)).toEqual([{ kind: 'direct', speaker: 'he', content: 'I feel nothing at all' }]);
  });

  it('gives a quotation relayed by a second cue ("…, police said") one quote', () => {
    const qs = quotesOf('Intro.\n\n"What I did, I cannot undo," Jon Walker told his brother by phone, police said.');
    expect(brief(qs)).toEqual([{ kind: 'direct', speaker: 'Jon Walker', content: 'What I did, I cannot undo' }]);
  });
});

describe('headlines', () => {
  it('reads no quote in a headline verb with its object', () => {
    const qs = quotesOf('Clerk Charged With Two Counts Of Fraud\n\nThe clerk was arrested on Friday.');
    expect(qs.find((q) => /Two Counts/.test(q.content))).toBeUndefined();
    expect(quotesOf('Driver Accused In Death Of Cyclist\n\nThe driver was arrested.')).toEqual([]);
  });

  it('still reads a headline that reports a statement', () => {
    const [q] = quotesOf('Harbour Mayor Says Bridge Will Reopen In Spring\n\nThe bridge closed in May.');
    expect(q?.content).toBe('Bridge Will Reopen In Spring');
  });
});
