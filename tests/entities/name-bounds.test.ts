import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractEntities, mergeEntities, type Entity } from '../../src/entities/index.js';

const parse = (id: string, text: string) => new ParsedDocument({ id, source: null, text, origin: id });
const run = (...texts: string[]): Entity[] => mergeEntities(texts.map((t, i) => extractEntities(parse(`doc${i}.txt`, t))));
const names = (ents: Entity[]) => ents.map((e) => e.name).sort();

describe('a group word before a name', () => {
  it('stays when only ordinary words follow it: they name nothing alone', () => {
    const ents = names(run('Nurses of the Danish Blue Shield worked through Korean New Year, while the Nordic Lighthouse Museum stayed shut.'));
    expect(ents).toContain('Danish Blue Shield');
    expect(ents).toContain('Korean New Year');
    expect(ents).not.toContain('Blue Shield');
    // Nor is a group word ending in -ian split off as a person before a given name that is an ordinary word.
    const crescent = run('Medics of the Norwegian Rose Crescent reached Vardal.');
    expect(names(crescent)).toContain('Norwegian Rose Crescent');
    expect(names(crescent)).not.toContain('Norwegian');
  });

  it('goes before a lone ordinary word that modifies a noun after it', () => {
    expect(names(run('A Chilean Naval vessel docked at Puerto Lirquen.'))).not.toContain('Chilean Naval');
  });

  it('goes before a title, a person, an unknown name and a plural of ordinary words', () => {
    const ents = names(run('Dutch Foreign Minister Aldo Verhoeven met the Somali Halwaqa militia. Italian Renzo Baldacci said nearly all Republican Councillors agreed.'));
    expect(ents).toContain('Aldo Verhoeven');
    expect(ents).toContain('Halwaqa');
    expect(ents).toContain('Renzo Baldacci');
    expect(ents).not.toContain('Republican Councillors');
  });
});

describe('a year before a name', () => {
  it('is part of the name between "the" and a name that ends its phrase: the edition', () => {
    const ents = names(run('Tickets for the 2031 Baltic Winter Games sold out, and the 1987 Harvest Jamboree was recalled.'));
    expect(ents).toContain('2031 Baltic Winter Games');
    expect(ents).toContain('1987 Harvest Jamboree');
  });

  it('is not when a common noun follows the name, nor without "the"', () => {
    const ents = names(run('Voters recalled the 2029 Ostrava mayoral race. In 2026 Marek Dvorny won.'));
    expect(ents).toContain('Ostrava');
    expect(ents.filter((n) => /\d/.test(n))).toEqual([]);
  });
});

describe('a dotted acronym before capitalised words', () => {
  it('goes on with the name up to an organisation head, and ends a sentence otherwise', () => {
    const ents = names(run('Two inspectors from the U.S. Coastal Fisheries Agency arrived. The firm moved its plant to the U.S. Coastal towns protested.'));
    expect(ents).toContain('U.S. Coastal Fisheries Agency');
    expect(ents).not.toContain('Coastal Fisheries Agency');
    expect(ents).toContain('U.S.');
  });

  it('leaves out a car model year', () => {
    expect(names(run('He sold the 2009 Toyota Corolla to a neighbour.'))).toContain('Toyota Corolla');
  });
});

describe('regions and lists of organisations', () => {
  it('keeps a compass adjective before a place as one name', () => {
    const ents = names(run('Storms hit Northern Uganda and Western Idaho on Sunday.'));
    expect(ents).toContain('Northern Uganda');
    expect(ents).toContain('Western Idaho');
  });

  it('does not join a second organisation to an "of" name at "and"', () => {
    const ents = names(run('Teams from the Royal Institute of Mining and Dorval State College of Canada met the Bureau of Weights, Measures and Standards.'));
    expect(ents).toContain('Royal Institute of Mining');
    expect(ents).toContain('Bureau of Weights, Measures and Standards');
    expect(ents.some((n) => n.includes('Mining and'))).toBe(false);
  });
});
