import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractEntities, mergeEntities, type Entity } from '../../src/entities/index.js';

const parse = (id: string, text: string) => new ParsedDocument({ id, source: null, text, origin: id });
const run = (...texts: string[]): Entity[] => mergeEntities(texts.map((t, i) => extractEntities(parse(`doc${i}.txt`, t))));
const byName = (ents: Entity[], name: string) => ents.find((e) => e.name === name);
const typed = (ents: Entity[]) => ents.map((e) => `${e.name}/${e.type}`).sort();
const reasonsOf = (e: Entity | undefined) => (e ? e.evidence.map((x) => x.reason) : []);

describe('names with a written ordinal', () => {
  it('keeps the ordinal of a numbered police or army unit, an organisation', () => {
    const ents = run('Officers of the 44th Precinct met troops of the 212th Airborne Division and the 9th Mountain Regiment in Dunmore.');
    for (const name of ['44th Precinct', '212th Airborne Division', '9th Mountain Regiment']) {
      expect(byName(ents, name)?.type).toBe('organization');
      expect(reasonsOf(byName(ents, name))).toContain('numbered-unit');
    }
    expect(ents.map((e) => e.name)).not.toContain('Precinct');
    expect(ents.map((e) => e.name)).not.toContain('Airborne Division');
    // Not before a month, not before a counted plural.
    const counted = run('On the 4th July parade the 6th and 7th Wards voted in Dunmore, beside the 44th Precinct.');
    expect(counted.map((e) => e.name).filter((n) => /\d/.test(n))).toEqual(['44th Precinct']);
  });

  it('reads numbered streets as places, without the house number', () => {
    const ents = run('The shop at 618 West 147th Street faced 3rd Avenue, two blocks from East 88th St. near the river.');
    expect(byName(ents, 'West 147th Street')?.type).toBe('place');
    expect(byName(ents, '3rd Avenue')?.type).toBe('place');
    expect(byName(ents, 'East 88th St')?.type).toBe('place');
    expect(reasonsOf(byName(ents, 'West 147th Street'))).toEqual(['numbered-place']);
    const names = ents.map((e) => e.name);
    expect(names).not.toContain('West');
    expect(names).not.toContain('Street');
    expect(names.some((n) => /^\d+$/.test(n.split(' ').pop()!))).toBe(false);
  });

  it('keeps a numbered street after its compass word when the street word is small or missing', () => {
    const ents = run('The car stopped near South 41st and Maple streets, then on East 73rd street.');
    expect(typed(ents)).toEqual(expect.arrayContaining(['South 41st/place', 'East 73rd street/place']));
    expect(ents.map((e) => e.name)).not.toContain('South');
    expect(ents.map((e) => e.name)).not.toContain('East');
  });
});

describe('a nickname inside a full name', () => {
  it('makes one person of "Given (Nick) Surname" with the nickname and the short forms as aliases', () => {
    const ents = run('The aunt of Daquell (Dee) Marbury said Daquell had never owned a gun. Marbury was 17. Dee loved football.');
    const person = byName(ents, 'Daquell Marbury')!;
    expect(person.type).toBe('person');
    expect(person.aliases).toEqual(expect.arrayContaining(['Daquell Marbury', 'Dee', 'Daquell', 'Marbury']));
    expect(reasonsOf(person)).toContain('nickname-of-full-name');
    expect(ents.filter((e) => e.type === 'person')).toHaveLength(1);
    // An acronym in parentheses is left to the acronym rules.
    const org = run('Daquell (Dee) Marbury left the Dunmore Tenants Union (DTU) Council.');
    expect(org.flatMap((e) => e.aliases)).not.toContain('Dunmore Tenants Union Council');
    expect(byName(org, 'Daquell Marbury')?.aliases).toContain('Dee');
  });

  it('joins a bare given name to the full name even where the model alone reads it as a place', () => {
    const ents = run('Daquell (Dee) Marbury was 16. The officer started firing at Daquell.');
    const person = byName(ents, 'Daquell Marbury')!;
    expect(person.aliases).toEqual(expect.arrayContaining(['Dee', 'Daquell']));
    expect(ents.map((e) => e.name)).not.toContain('Daquell');
  });

  it('joins the nickname with the surname, in any document, to the full name', () => {
    const ents = run('The pitcher Harlan Wendell (Buck) Korvath won 31 games.', 'Fans still talk about Buck Korvath and his arm.');
    const person = byName(ents, 'Harlan Wendell Korvath')!;
    expect(person.aliases).toEqual(expect.arrayContaining(['Buck', 'Buck Korvath']));
    expect(person.documents).toEqual(['doc0.txt', 'doc1.txt']);
  });

  it('reads a nickname in quotation marks, straight or curly', () => {
    const ents = run('Torrance "Tank" Whitlow, 29, was charged. Whitlow denied it.', 'Police named Orlena \u201cLena\u201d Pasquell as the driver.');
    expect(byName(ents, 'Torrance Whitlow')?.aliases).toEqual(expect.arrayContaining(['Tank', 'Whitlow']));
    expect(byName(ents, 'Orlena Pasquell')?.aliases).toContain('Lena');
    expect(ents.map((e) => e.name)).not.toContain('Tank');
    expect(ents.map((e) => e.name)).not.toContain('Lena');
  });
});

describe('a bare word that is the body of a place name', () => {
  it('is that place when the corpus names it with a compass word and nothing shows a person', () => {
    const ents = run('The fire started in North Brenning on Sunday.', 'Residents of Brenning gathered later.');
    expect(byName(ents, 'North Brenning')?.type).toBe('place');
    const bare = byName(ents, 'Brenning')!;
    expect(bare.type).toBe('place');
    expect(reasonsOf(bare)).toEqual(['body-of-place-name']);
    const borough = run('The fire started in Brenning Borough on Sunday.', 'Residents of Brenning gathered later.');
    expect(byName(borough, 'Brenning')?.type).toBe('place');
    // Not beside a building or a street, often named after a person.
    const hall = run('The band played in Brenning Hall on Sunday.', 'Residents of Brenning gathered later.');
    expect(byName(hall, 'Brenning')?.type).toBe('person');
    // It stays a person with a person's cue beside it or a full name ending in it.
    const cued = run('The fire started in North Brenning on Sunday.', 'Residents of Brenning gathered later. Brenning said he would return.');
    expect(byName(cued, 'Brenning')?.type).not.toBe('place');
    const named = run('The fire started in North Brenning on Sunday.', 'Darnell Brenning spoke. Residents of Brenning gathered later.');
    expect(named.find((e) => e.aliases.includes('Brenning'))?.type).toBe('person');
  });
});

describe('acronyms', () => {
  it('keeps an acronym defined after its expansion as a form of it, even where the model alone reads no name', () => {
    const ents = run('The state news agency Northern Central News Agency (NCNA) reported the shelling. "We will respond," said NCNA.');
    const agency = byName(ents, 'Northern Central News Agency');
    expect(agency?.type).toBe('organization');
    expect(agency?.aliases).toContain('NCNA');
    expect(agency?.mentions.length).toBe(3);
  });

  it('reads an acronym naming a person\'s affiliation as an organisation', () => {
    const ents = run('Anna Lee of the DPLB and Tom Wu of NWPC were elected, while Jane Fong of ADLP lost. DPLB\'s Anna Lee thanked voters.');
    for (const name of ['DPLB', 'NWPC', 'ADLP']) {
      expect(byName(ents, name)?.type).toBe('organization');
      expect(reasonsOf(byName(ents, name))).toContain('affiliation-acronym');
    }
  });

  it('leaves a state abbreviation after "of" a place, and capitals with no person beside them to the model', () => {
    const ents = run('Mark Doyle of PA spoke first. The NWPC plan passed.');
    expect(reasonsOf(byName(ents, 'PA'))).not.toContain('affiliation-acronym');
    expect(reasonsOf(byName(ents, 'NWPC'))).not.toContain('affiliation-acronym');
  });
});

describe('street names', () => {
  it('reads a name ending in a street word as a place, whatever its body', () => {
    const ents = run('Officers found the car on Corrigan Street near Maddox Drive, and a witness on Halvorsen Boulevard called them.');
    for (const name of ['Corrigan Street', 'Maddox Drive', 'Halvorsen Boulevard']) {
      expect(byName(ents, name)?.type).toBe('place');
      expect(reasonsOf(byName(ents, name))).toContain('street-name');
    }
  });
});

describe('spelling variants', () => {
  it('never joins two places the gazetteer lists apart, however alike they are spelt', () => {
    const ents = run('Officials in Colombia said the shipment left Bogota.', 'Police in Columbia, S.C., seized the shipment.');
    expect(byName(ents, 'Colombia')?.aliases ?? []).not.toContain('Columbia');
    expect(byName(ents, 'Columbia')?.type).toBe('place');
  });
});

describe('vehicles', () => {
  it('reads a make and model as a product, with no place or firm inside it', () => {
    const ents = run('The driver of a silver Toyota Camry fled. Police found a Ford F-350 and a Chevy Malibu nearby.');
    for (const name of ['Toyota Camry', 'Ford F-350', 'Chevy Malibu']) {
      expect(byName(ents, name)?.type).toBe('other');
      expect(reasonsOf(byName(ents, name))).toContain('vehicle-make');
    }
    expect(byName(ents, 'Toyota')).toBeUndefined();
  });

  it('leaves people whose given name is a make, and makes that are given names without a model number', () => {
    const ents = run('Kia Johnson, 23, and Mercedes Alvarez-Ortiz, 31, were hurt. Gerald Ford spoke.');
    expect(byName(ents, 'Kia Johnson')?.type).toBe('person');
    expect(reasonsOf(byName(ents, 'Mercedes Alvarez-Ortiz'))).not.toContain('vehicle-make');
  });
});

describe('people of a place, and streets named first', () => {
  it('keeps the place, not the people, from a sentence opening "Residents of ..."', () => {
    const ents = run('Residents of the Old Town district gathered on Monday. Members of Harlow County voted.');
    expect(byName(ents, 'Old Town')?.type).toBe('place');
    expect(ents.map((e) => e.name)).not.toContain('Residents of the Old Town');
    expect(ents.map((e) => e.name).some((n) => n.startsWith('Members'))).toBe(false);
  });

  it('reads a name opening with a street word as a street', () => {
    const ents = run('The shop on Rue Lafarge and a cafe on Via Corvina were closed.');
    for (const name of ['Rue Lafarge', 'Via Corvina']) expect(byName(ents, name)?.type).toBe('place');
  });
});

describe('unknown acronyms', () => {
  it('keeps three to six capitals that spell no word as a name, and joins them to their expansion in another document', () => {
    const ents = run('The Harlow Transit Authority raised fares.', 'Riders said the HTA ignored them.');
    expect(byName(ents, 'Harlow Transit Authority')?.aliases).toContain('HTA');
  });
});
