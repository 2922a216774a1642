import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractEntities, mergeEntities, type Entity } from '../../src/entities/index.js';

const parse = (id: string, text: string) => new ParsedDocument({ id, source: null, text, origin: id });
const run = (...texts: string[]): Entity[] => mergeEntities(texts.map((t, i) => extractEntities(parse(`doc${i}.txt`, t))));
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name);
const reasonsOf = (e: Entity | undefined) => (e ? e.evidence.map((x) => x.reason) : []);

describe('streets of an intersection', () => {
  it('reads two bare names joined by "and" as streets when a street cue is in reach', () => {
    const ents = run(
      'Two men were hurt at Dorwin and Kellerby avenues late on Sunday, and a third was found near 51st and Hastrick ' +
        'an hour later. Officers closed the corner of Marlowe and Quennell while a crowd gathered at Abbey and Trelawn Ave. nearby.',
    );
    for (const name of ['Dorwin', 'Kellerby', 'Hastrick', 'Marlowe', 'Quennell', 'Abbey']) {
      expect(byName(ents, name)?.type, name).toBe('place');
      expect(reasonsOf(byName(ents, name)), name).toContain('street-intersection');
    }
    // No street cue in reach: two people.
    const people = run('Shots came from Dorwin and Kellerby\'s apartment, and Nadia Kellerby said she ran to Tomas Dorwin at once.');
    expect(reasonsOf(byName(people, 'Tomas Dorwin'))).not.toContain('street-intersection');
    expect(byName(people, 'Nadia Kellerby')?.type).toBe('person');
  });
});

describe('a bare crossing judged by the corpus', () => {
  it('reads "at X and Y" as two streets when the corpus writes one of them with a street head', () => {
    const ents = run(
      'Rioters gathered around Abbey and Trelawn Ave. on Monday evening, witnesses said.',
      'The councilman said he was in the middle of it at Abbey and Trelawn in his district on Monday night.',
    );
    expect(byName(ents, 'Trelawn')?.type).toBe('place');
    expect(reasonsOf(byName(ents, 'Trelawn'))).toContain('street-intersection');
    // Without the street head in the corpus: left to the model and the other rules.
    const alone = run('The councilman said he was in the middle of it at Abbey and Trelawn in his district on Monday night.');
    expect(reasonsOf(byName(alone, 'Trelawn'))).not.toContain('street-intersection');
  });
});

describe('a US state after a town', () => {
  it('reads AP state abbreviations after a town and its comma as places, two-letter ones too', () => {
    const ents = run('The suspect was born in Arlow Falls, Ill., moved to Brenning, La., and was arrested in Cotterby, Mo., on Friday.');
    for (const name of ['Ill', 'La', 'Mo']) {
      expect(byName(ents, name)?.type, name).toBe('place');
      expect(reasonsOf(byName(ents, name)), name).toContain('state-after-place');
    }
    expect(byName(ents, 'Brenning')?.type).toBe('place');
    expect(byName(ents, 'Cotterby')?.type).toBe('place');
  });

  it('does not read a state abbreviation after a town as the initials of a name', () => {
    const ents = run('The Norvale Journal reported the shooting on Monday night. The man lived in Bayworth, N.J., for ten years.');
    expect(byName(ents, 'Norvale Journal')?.aliases).not.toContain('N.J.');
    expect(byName(ents, 'N.J.')?.type).toBe('place');
  });
});

describe('a place prefix', () => {
  it('reads Mount, Mt and Mt. before a name as a place, and keeps "Mt." with the name', () => {
    const ents = run('Two climbers died on Mt. Torvane last winter, a week after a fall on Mt Keldor near the Mount Ashby hut.');
    for (const name of ['Mt. Torvane', 'Mt Keldor', 'Mount Ashby']) {
      expect(byName(ents, name)?.type, name).toBe('place');
      expect(reasonsOf(byName(ents, name)), name).toContain('place-prefix');
    }
    expect(ents.map((e) => e.name)).not.toContain('Torvane');
    // An organisation with a place prefix is left to the model.
    const hospital = run('The boy was taken to Mount Ashby Hospital, where doctors said he was stable on Friday night.');
    expect(reasonsOf(byName(hospital, 'Mount Ashby Hospital'))).not.toContain('place-prefix');
  });
});

describe('a sentence-initial unknown given name', () => {
  it('keeps an unknown first word before a capitalised name, even one ending like a verb', () => {
    const ents = run('Police said a man was held after the shooting on Friday night. Tawaried Oskoli was charged with murder on Saturday afternoon.');
    expect(byName(ents, 'Tawaried Oskoli')?.type).toBe('person');
    expect(ents.map((e) => e.name)).not.toContain('Oskoli');
    // Ordinary sentence-initial words still do not open a name.
    const plain = run('Authorities Rennick and Dale were not named in the report. Police Dorwin said nothing more.');
    expect(plain.map((e) => e.name).some((n) => /^(Authorities|Police)\b/.test(n))).toBe(false);
  });

  it('keeps a sentence-initial ordinary word the document writes with the same name elsewhere', () => {
    const ents = run('Harbor Watchers is offering a reward for tips on the harbor shooting. Anyone with information can call Harbor Watchers at any hour.');
    expect(ents.map((e) => e.name)).toContain('Harbor Watchers');
    expect(ents.map((e) => e.name)).not.toContain('Watchers');
  });

  it('keeps a known given name that is also a word before a surname no list knows', () => {
    const ents = run('Mourners gathered outside the church on Sunday afternoon. Jasmine Torquell, left, shares a hug with a neighbor.');
    expect(byName(ents, 'Jasmine Torquell')?.type).toBe('person');
    expect(ents.map((e) => e.name)).not.toContain('Torquell');
  });

  it('keeps the first word of an organisation named for its place at a sentence start', () => {
    const ents = run('Police asked anyone who saw the crime to call in. Crime Watchers of Dunmore Bay is offering a reward for tips in the case.');
    expect(ents.map((e) => e.name)).toContain('Crime Watchers');
  });
});
