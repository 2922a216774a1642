import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import type { Entity } from '../../src/entities/types.js';
import { extractQuotes, resolveQuotes, type Quote } from '../../src/quotes/index.js';
import { analyseSpeaker } from '../../src/quotes/phrase.js';

const parse = (text: string, id = 'doc.txt') => new ParsedDocument({ id, source: null, text, origin: id });
const quotesOf = (text: string, entities: Entity[] = []): Quote[] => resolveQuotes([extractQuotes(parse(text))], entities);
const find = (qs: Quote[], piece: string) => qs.find((q) => q.content.includes(piece));

const entity = (name: string, aliases: string[], type: Entity['type'] = 'person'): Entity => ({
  id: name.toLowerCase().replace(/\W+/g, '-'), name, type, aliases, roles: [], documents: ['doc.txt'], mentions: [], evidence: [],
});

describe('direct quotations', () => {
  it('attributes a quotation to the speaker after it, with an apposition, and keeps offsets', () => {
    const text = 'Intro line.\n\n\u201cThe bridge will reopen in spring,\u201d Marta Olsen, a spokeswoman for the harbour board, told reporters on Monday.';
    const [q] = quotesOf(text);
    expect(q).toBeDefined();
    expect(q!.kind).toBe('direct');
    expect(q!.speaker).toBe('Marta Olsen');
    expect(q!.cue).toBe('told');
    expect(q!.content).toBe('The bridge will reopen in spring');
    expect(text.slice(q!.start, q!.end)).toBe(q!.content);
    expect(q!.line).toBe(3);
  });

  it('handles inverted order and a description speaker without its article', () => {
    const qs = quotesOf('"We are not going back to the old timetable," said a senior ferry official.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker).toBe('senior ferry official');
    expect(qs[0]!.mention).toBe('a senior ferry official');
  });

  it('reads a colon introduction and merges the quotations of one paragraph', () => {
    const qs = quotesOf('The mayor, Ines Baptiste, said: "Nobody was hurt." Later she added nothing.\n\n"First part," Ines Baptiste said. "Second part of it."');
    const merged = find(qs, 'First part');
    expect(merged?.content).toContain('Second part of it.');
    expect(merged?.speaker).toBe('Ines Baptiste');
    expect(find(qs, 'Nobody was hurt')?.speaker).toBe('Ines Baptiste');
  });

  it('keeps a quotation interrupted by its attribution as one', () => {
    const qs = quotesOf('"The first half is here," Lena Park told the council on Monday, "and the second half is here."');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.content).toContain('and the second half is here.');
    expect(qs[0]!.speaker).toBe('Lena Park');
  });

  it('gives a quotation without a cue to the reported speech before it in the paragraph', () => {
    const qs = quotesOf('The council may delay the vote, Lena Park said. "Nobody wants another year of this."');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.kind).toBe('mixed');
    expect(qs[0]!.content).toContain('Nobody wants another year');
  });

  it('continues a quotation whose closing mark is left out at the paragraph end', () => {
    const text = '"The first paragraph of the statement goes on here," Paul Ferrand said. "And more follows\n\n"The second paragraph of the statement ends here."';
    const qs = quotesOf(text);
    const second = find(qs, 'second paragraph');
    expect(second?.speaker).toBe('Paul Ferrand');
    expect(second?.kind).toBe('direct');
  });

  it('resolves "he said" to the nearest named speaker', () => {
    const qs = quotesOf('Governor Tomas Riedel says the budget is balanced. "We kept every promise we made to the voters," he said.');
    const q = find(qs, 'kept every promise');
    expect(q?.speaker).toBe('Tomas Riedel');
    expect(q?.mention).toBe('he');
  });
});

describe('quotation marks and layouts', () => {
  it('reads British single quotes and guillemets', () => {
    expect(quotesOf('\u2018We are back where we started,\u2019 a harbour pilot told the inquiry.')[0]?.speaker).toBe('harbour pilot');
    const [g] = quotesOf('\u00abNous sommes pr\u00eats \u00e0 partir\u00bb, said Claire Morel.');
    expect(g?.speaker).toBe('Claire Morel');
    expect(g?.content).toBe('Nous sommes pr\u00eats \u00e0 partir');
  });

  it('reads interview transcripts with speaker labels', () => {
    const qs = quotesOf('HOST: Welcome back to the programme tonight.\n\nRIVERA: Thank you for having me here.');
    expect(qs.map((q) => q.speaker)).toEqual(['Host', 'Rivera']);
    expect(qs[1]!.content).toBe('Thank you for having me here.');
  });

  it('attributes fiction dialogue with verbs that never introduce reported speech', () => {
    const qs = quotesOf('Anna Berg opened the door. "Come in quickly," she whispered. The wind continued to blow.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker).toBe('Anna Berg');
    expect(qs[0]!.cue).toBe('whispered');
  });

  it('does not take a lone dateline label for a transcript', () => {
    expect(quotesOf('OSLO: The ferry service resumed on Tuesday after repairs.')).toHaveLength(0);
  });
});

describe('reported speech', () => {
  it('gives "…, adding that" the speaker of the quotation before it', () => {
    const qs = quotesOf('"The harvest is lost," the farmer said, adding that prices would rise soon.');
    expect(find(qs, 'prices would rise')?.speaker).toBe('farmer');
    expect(find(qs, 'prices would rise')?.cue).toBe('adding');
  });

  it('reads the passive "it was said by"', () => {
    const [q] = quotesOf('It was said by the organisers that the march would go ahead.');
    expect(q?.speaker).toBe('organisers');
    expect(q?.content).toBe('the march would go ahead.');
  });

  it('finds indirect speech after "told X that" and skips the addressee', () => {
    const [q] = quotesOf('Analyst Rosa Lind told the newspaper that prices would fall by autumn.');
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker).toBe('Rosa Lind');
    expect(q?.content).toBe('prices would fall by autumn.');
  });

  it('skips a one-word addressee without "that" and keeps the apposition name', () => {
    const [q] = quotesOf('The fire chief, Dan Ortiz, told reporters the road would reopen by noon.');
    expect(q?.speaker).toBe('Dan Ortiz');
    expect(q?.content).toBe('the road would reopen by noon.');
  });

  it('resolves "she" and "he" in dialogue to the named people before them', () => {
    const qs = quotesOf('Mary walked into the kitchen. "Where is the bread?" she asked. John looked up from his paper. "I ate it this morning," he said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Mary', 'John']);
  });

  it('marks partly quoted content as mixed', () => {
    const [q] = quotesOf('The minister said the plan was "a last chance" for the valley.');
    expect(q?.kind).toBe('mixed');
    expect(q?.speaker).toBe('minister');
  });

  it('takes content before a sentence-final attribution', () => {
    const [q] = quotesOf('The dam can hold another metre of water, engineers on site said.');
    expect(q?.speaker).toBe('engineers on site');
    expect(q?.content).toBe('The dam can hold another metre of water');
  });

  it('reads "according to" with the source as speaker', () => {
    const [q] = quotesOf('Turnout reached 71 percent, according to the Electoral Office.');
    expect(q?.kind).toBe('according-to');
    expect(q?.speaker).toBe('Electoral Office');
    expect(q?.content).toBe('Turnout reached 71 percent');
  });

  it('ignores nouns and infinitives that look like cue verbs', () => {
    expect(quotesOf('The added cost worried nobody in the town.')).toHaveLength(0);
    expect(quotesOf('The officials declined to say when the road would reopen.')).toHaveLength(0);
  });
});

describe('speaker phrases', () => {
  it('strips titles and keeps names', () => {
    expect(analyseSpeaker('Deputy Foreign Minister Anna Kowal').text).toBe('Anna Kowal');
    expect(analyseSpeaker('Secretary of State Lena Ortiz').text).toBe('Lena Ortiz');
    expect(analyseSpeaker('The head of the port authority, Jonas Berg').text).toBe('Jonas Berg');
    expect(analyseSpeaker('the sources').text).toBe('sources');
    expect(analyseSpeaker('But they').pronoun).toBe('they');
    expect(analyseSpeaker('Norway\u2019s state-run Vestlys news agency').text).toBe('Vestlys');
    expect(analyseSpeaker('Danish state television').text).toBe('Danish state television');
  });
});

describe('corpus resolution', () => {
  it('maps a short name to its entity and sets speakerEntity', () => {
    const ents = [entity('Tomas Riedel', ['Tomas Riedel', 'Riedel', 'Governor Tomas Riedel'])];
    const [q] = quotesOf('Riedel said the budget was balanced after all.', ents);
    expect(q?.speaker).toBe('Tomas Riedel');
    expect(q?.speakerEntity).toBe('tomas-riedel');
  });

  it('leaves descriptions unlinked', () => {
    const [q] = quotesOf('A court official said the hearing would resume next week.', [entity('Court', ['Court'], 'organization')]);
    expect(q?.speaker).toBe('court official');
    expect(q?.speakerEntity).toBeNull();
  });
});

describe('robustness', () => {
  it('stays fast on 200,000 quotation marks', () => {
    const text = '"a" '.repeat(100000) + ' said Kerry.';
    const t0 = performance.now();
    const out = extractQuotes(parse(text));
    expect(performance.now() - t0).toBeLessThan(15000);
    expect(Array.isArray(out.quotes)).toBe(true);
    // Plain data: survives structured cloning (worker threads).
    expect(structuredClone(out)).toEqual(out);
  });
});

describe('speakers that are names or noun phrases, content without datelines', () => {
  it('keeps a dateline out of the content', () => {
    const text = 'RIVERTON, Ohio (AP) \u2014 The shooting left three dead, police said.';
    const [q] = quotesOf(text);
    expect(q!.content).toBe('The shooting left three dead');
    expect(text.slice(q!.start, q!.start + 12)).toBe('The shooting');
    expect(q!.speaker).toBe('police');
  });

  it('never takes a fragment as the speaker, and trims function words off a description', () => {
    expect(analyseSpeaker('many as a').text).toBe('');
    expect(analyseSpeaker('Prior to his death').text).toBe('');
    expect(analyseSpeaker('attorneys for the').text).toBe('attorneys');
    expect(analyseSpeaker('Central European leaders who').text).toBe('Central European leaders');
  });
});

describe('pronouns across relayed statements', () => {
  const speakers = (text: string) => quotesOf(text).map((q) => q.speaker);

  it('gives a pronoun after a relayed statement to the person relayed, not to the one relaying', () => {
    expect(speakers('Police Chief Anna Hale said the victim told officers she was afraid of her neighbor. She said the neighbor had a gun.'))
      .toEqual(['Anna Hale', 'victim']);
    expect(speakers('Sheriff Dan Cole said the driver told deputies he swerved to avoid a deer. He said the road was icy.'))
      .toEqual(['Dan Cole', 'driver']);
  });

  it('checks gender: the pronoun the relayed speaker used for themself rules them out', () => {
    expect(speakers('Police Chief Anna Hale said the driver told deputies he swerved to avoid a deer. She said the road was icy.'))
      .toEqual(['Anna Hale', 'Anna Hale']);
  });

  it('does not read a passive with a person as its subject as an attribution', () => {
    const qs = quotesOf('Police said the woman had been threatened by her former boyfriend.');
    expect(qs.map((q) => q.speaker)).toEqual(['Police']);
    expect(qs[0]!.content).toBe('the woman had been threatened by her former boyfriend.');
  });
});

describe('content around a sentence-final cue', () => {
  it('takes the clause before "X said on Wednesday, and …", not the writer\'s clause joined after it', () => {
    const [q] = quotesOf('At least 55 people died when the river burst its banks, the interior ministry said on Wednesday, and 12,000 were evacuated.');
    expect(q!.speaker).toBe('interior ministry');
    expect(q!.content).toBe('At least 55 people died when the river burst its banks');
  });
});

describe('a pronoun for a person only mentioned', () => {
  it('gives "she" to the one woman named just before when no speaker or subject agrees, and the next "she" too', () => {
    const text = 'Mayor Daniel Okafor met Sarah Lindqvist at the depot on Monday.\n\n\u201cWe will rebuild,\u201d she said. \u201cIt will take a year,\u201d she added.';
    const qs = quotesOf(text);
    expect(find(qs, 'We will rebuild')!.speaker).toBe('Sarah Lindqvist');
    expect(find(qs, 'take a year')!.speaker).toBe('Sarah Lindqvist');
  });

  it('leaves the pronoun when two people of that gender are named, and does not look back past the paragraph before', () => {
    const two = quotesOf('Daniel Okafor met Sarah Lindqvist and Maria Reyes on Monday.\n\n\u201cWe will rebuild,\u201d she said.');
    expect(find(two, 'We will rebuild')!.speaker).toBe('she');
    const far = quotesOf('The mayor thanked Sarah Lindqvist at the depot.\n\nThe depot opened in 1950.\n\nIt was closed in May.\n\n\u201cWe will rebuild,\u201d she said.');
    expect(find(far, 'We will rebuild')!.speaker).toBe('she');
  });
});

describe('gender by given name', () => {
  it('reads the gender of a full name from its given name, not from a surname that is also a given name', () => {
    const qs = quotesOf('Police spokeswoman Alicia Brandt spoke first.\n\n\u201cWe just sat there,\u201d said Kerra Dillon, one of the drivers.\n\nDillon said the crash happened near the store. She said she heard gunshots.');
    expect(find(qs, 'heard gunshots')!.speaker).toBe('Kerra Dillon');
  });
});
