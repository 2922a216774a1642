import { describe, expect, it } from 'vitest';
import { entities } from '../../src/api/index.js';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractEntities, mergeEntities, type Entity } from '../../src/entities/index.js';

const parse = (id: string, text: string) => new ParsedDocument({ id, source: null, text, origin: id });
const run = (...texts: string[]): Entity[] => mergeEntities(texts.map((t, i) => extractEntities(parse(`doc${i}.txt`, t))));
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name);
const reasonsOf = (e: Entity | undefined) => (e ? e.evidence.map((x) => x.reason) : []);

describe('long names of people kept whole', () => {
  it('keeps a given name, an ordinary middle name and a surname with a generation as one person', () => {
    const ents = run('Deputies charged 22-year-old Rodney Clay Patrick Jr. of Pine Lane with manslaughter on Friday.');
    expect(byName(ents, 'Rodney Clay Patrick Jr')?.type).toBe('person');
    expect(ents.map((e) => e.name)).not.toContain('Rodney Clay');
  });

  it('reads a given name that is a country in another tongue as a given name', () => {
    const ents = run('Officers arrested Dominique Jerard Finch of Oakhurst for the shooting in October.');
    expect(byName(ents, 'Dominique Jerard Finch')?.type).toBe('person');
    expect(ents.map((e) => e.name)).not.toContain('Dominique');
  });
});

describe("a person's age beside a surname that is a street's or a building's word", () => {
  it('types the name a person and merges the bare surname', () => {
    const ents = run('Police said 17-year-old Thomas Lane, a student, was shot near the river. Lane was taken to a hospital and Lane later died.');
    const lane = byName(ents, 'Thomas Lane');
    expect(lane?.type).toBe('person');
    expect(reasonsOf(lane)).toContain('age-before-name');
    expect(lane?.aliases).toContain('Lane');
  });

  it('reads an age after the name too, and leaves an old building a place', () => {
    const ents = run('Troopers said Terrell Street, 31, drove away on Sunday. The 100-year-old Mercer Hall was closed.');
    expect(byName(ents, 'Terrell Street')?.type).toBe('person');
    expect(reasonsOf(byName(ents, 'Terrell Street'))).toContain('age-after-name');
    expect(byName(ents, 'Mercer Hall')?.type).not.toBe('person');
  });
});

describe('slideshow captions', () => {
  const caption = (n: number) => `Image ${n} of 40 The court heard that the dead were Marla Quinto, 6, and Tavo Quinto, 9. Photo: Ann Bell / Valley Herald`;
  const text = [
    'Court hears of family shooting',
    '',
    caption(1),
    '',
    'A man accused of killing two children appeared in court on Monday in Varnholm. His lawyer said he would plead not guilty to all the charges.',
    '',
    caption(2),
    '',
    'Prosecutors said the shooting followed a long dispute over the house, and neighbours told the court they had heard shouting that night.',
    '',
    caption(3),
    '',
    'The hearing will resume next week, when the first witnesses are due to speak. The man remains in custody without bail.',
  ].join('\n');

  it("reads a caption repeated through a slideshow once, its credit's outlet blanked", async () => {
    const out = await entities([{ id: 'slides.txt', text }]);
    const marla = out.entities.find((e) => e.name === 'Marla Quinto');
    expect(marla?.type).toBe('person');
    expect(marla?.mentions.length).toBe(1);
    // The photographer is a person the page names (once, as the caption is read once); the outlet is no entity.
    const bell = out.entities.find((e) => e.name === 'Ann Bell');
    expect([bell?.type, bell?.mentions.length]).toEqual(['person', 1]);
    expect(out.entities.map((e) => e.name).join(' ')).not.toMatch(/Valley Herald/);
  });
});

describe('a full name without its middle names', () => {
  it('joins the longer name when the given name is hyphenated', () => {
    const ents = run('Police named the victim as Jean-Luc Marvin Okoro, 31, of Dunmore. Jean-Luc Okoro was a father of two, and friends said Okoro loved music.');
    const okoro = byName(ents, 'Jean-Luc Marvin Okoro');
    expect(okoro?.aliases).toEqual(expect.arrayContaining(['Jean-Luc Okoro', 'Okoro']));
    expect(reasonsOf(okoro)).toContain('middle-names-dropped');
  });

  it('keeps a generation on both forms', () => {
    const ents = run('Deputies charged Darnell Reese Holloway Jr. with assault. Darnell Holloway Jr. was held in the county jail.');
    expect(byName(ents, 'Darnell Reese Holloway Jr')?.aliases).toContain('Darnell Holloway Jr');
    // The given name and the generation alone join too.
    expect(byName(run('Marlon Keyes Jr. was hurt. Later Marlon Jr. was released.'), 'Marlon Keyes Jr')?.aliases).toContain('Marlon Jr');
  });
});

describe("a town's cues around a one-word name", () => {
  it('counts "a Dorwick man" and "a Dorwick homeowner" with "in Dorwick" (place-preposition)', () => {
    const ents = run('A Dorwick man was shot by officers on Sunday.', 'Officers who shot a Dorwick homeowner returned to work.', 'The man lived alone in Dorwick, neighbours said.');
    const town = byName(ents, 'Dorwick');
    expect(town?.type).toBe('place');
    expect(reasonsOf(town)).toContain('place-preposition');
    // A role is no resident ("a Dorwick spokesman"), and a full name's surname stays a person.
    const person = run('Lena Dorwick said the vote was close. Dorwick said a Dorwick spokesman would speak later in Dorwick.');
    expect(byName(person, 'Lena Dorwick')?.type).toBe('person');
  });
});

describe('two given names and one surname', () => {
  it('reads "Erica & Alejandro Rodriguez" as two people, a firm\'s "&" as one name', () => {
    const ents = run('Relatives said Nadia & Teodoro Ruvalcaba were found at home. Ads for Simon & Schuster ran.');
    expect(byName(ents, 'Teodoro Ruvalcaba')?.type).toBe('person');
    expect(ents.map((e) => e.name)).not.toContain('Nadia & Teodoro Ruvalcaba');
    expect(ents.map((e) => e.name)).toContain('Simon & Schuster');
    expect(run('She was taken to Nadia & Teodoro Ruvalcaba Hospital.').map((e) => e.name)).toContain('Nadia & Teodoro Ruvalcaba Hospital');
  });
});

describe('a name described as a person right after it', () => {
  it('types the name a person whatever place or firm words it holds', () => {
    const ents = run('Dervla Geneva, an Irish woman and former nun, came home on Friday. Halvard Bristol, a retired teacher, was hurt. Tamsin Hale Orchard, his granddaughter, said the house was empty.');
    for (const name of ['Dervla Geneva', 'Halvard Bristol', 'Tamsin Hale Orchard']) {
      expect([name, byName(ents, name)?.type]).toEqual([name, 'person']);
      expect(reasonsOf(byName(ents, name))).toContain('person-apposition');
    }
  });
});

describe('a description after a name that is not of that name', () => {
  it('leaves a department, a street and a speaking description alone', () => {
    const ents = run(
      'He was a captain of the Orland County Fire Department, a husband and a father, officials said. Near Quillan Place, a suspect in the shooting was arrested. In Tarrowby, a woman said the road was shut.',
    );
    expect(reasonsOf(byName(ents, 'Orland County Fire Department'))).not.toContain('person-apposition');
    expect(reasonsOf(byName(ents, 'Quillan Place'))).not.toContain('person-apposition');
    expect(reasonsOf(byName(ents, 'Tarrowby'))).not.toContain('person-apposition');
  });
});

describe("an administrative area's name", () => {
  it('is a place, also where it stands for the area\'s office', () => {
    const ents = run("The victim died at a hospital, according to the Dunmore County medical examiner's office. Deputies in Tallow Parish said the road was closed.");
    for (const name of ['Dunmore County', 'Tallow Parish']) {
      expect([name, byName(ents, name)?.type]).toEqual([name, 'place']);
      expect(reasonsOf(byName(ents, name))).toContain('area-name');
    }
  });
});
