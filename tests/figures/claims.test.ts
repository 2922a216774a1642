import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractClaims } from '../../src/figures/index.js';

const parse = (text: string, id = 'doc.txt') => new ParsedDocument({ id, source: null, text, origin: id });
const claimsOf = (text: string) => extractClaims(parse(text));
const find = (text: string, needle: string) => claimsOf(text).find((c) => c.text.includes(needle));

describe('extractClaims', () => {
  it('numbers the claims of a document and spans the counted noun', () => {
    const text = 'The flood in the river town of Marlow has killed 45 people and injured 120, according to the regional Red Cross.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.id)).toEqual(['doc.txt#1', 'doc.txt#2']);
    const [killed, injured] = claims;
    expect(killed!.value).toBe(45);
    expect(killed!.text).toBe('45 people');
    expect(text.slice(killed!.start, killed!.end)).toBe('45 people');
    expect(killed!.measure).toBe('deaths');
    expect(injured!.value).toBe(120);
    expect(injured!.measure).toBe('injured');
    expect(killed!.attributedTo).toBe('regional Red Cross');
    expect(killed!.hints?.places).toEqual(['marlow']);
    expect(killed!.line).toBe(1);
    expect(killed!.column).toBe(text.indexOf('45') + 1);
  });

  it('reads the measure from the noun, a verb after it, or a head before it', () => {
    expect(find('Storms took 300 lives last winter.', '300')!.measure).toBe('deaths');
    expect(find('Yesterday 12 miners in the valley were rescued.', '12')!.measure).toBe('rescued');
    expect(find('The death toll in the port city rose to 31 on Monday.', '31')!.measure).toBe('deaths');
    expect(find('Police said 12 people were arrested on Friday.', '12')!.measure).toBe('arrested');
    expect(find('The island is home to 40,000 people.', '40,000')).toMatchObject({ value: 40000 });
    expect(find('Greenport, a town of 8,000 people, was spared.', '8,000')!.measure).toBe('population');
    expect(find('The storm destroyed 300 homes.', '300')!.measure).toBe('home') // the counted noun's lemma;
  });

  it('keeps the period, the day and the place of a figure as scope hints', () => {
    const c = find('Shelling killed 14 people in three days of fighting in the northern city of Varna on Sunday.', '14')!;
    expect(c.measure).toBe('deaths');
    expect(c.hints).toEqual({ places: ['varna'], when: ['d:sunday'], periodDays: 3 });
    expect(c.scope).toBe('varna; sunday; over 3 days');
  });

  it('takes places from the figure’s own clause only', () => {
    const c = find('He said 20 people were hurt, while the storm was felt across the bay in Eastport.', '20')!;
    expect(c.measure).toBe('injured');
    expect(c.hints?.places).toEqual([]);
  });

  it('never turns dates, years or tallies into counts', () => {
    const claims = claimsOf('The council approved the plan on June 12 in a 7-2 vote, as it had in 1998.');
    expect(claims.some((c) => c.value === 12 || c.value === 1998)).toBe(false);
    const vote = claims.find((c) => Array.isArray(c.value));
    expect(vote).toMatchObject({ value: [7, 2], unit: 'tally', measure: 'vote' });
  });

  it('reads "14-month" as a duration of the noun it qualifies', () => {
    const c = find('The 14-month drought has ruined 200 farms.', '14')!;
    expect(c.value).toBe(14);
    expect(c.measure).toBe('drought duration');
    expect(c.hints?.periodDays).toBeCloseTo(426.16, 1);
  });

  it('separates a capacity from a count', () => {
    expect(find('The depot holds supplies for 5,000 refugees.', '5,000')!.measure).toBe('refugees (capacity)');
  });

  it('reads no places from title-case headlines', () => {
    const c = find('Storm In Eastport Kills 9 People', '9')!;
    expect(c.hints?.places).toEqual([]);
  });

  it('makes no claim from boilerplate blanked out of the analysis text', () => {
    const text = 'Menu 12 items\nThe quake killed 4 people.';
    const analysis = ' '.repeat(13) + text.slice(13);
    const claims = extractClaims(new ParsedDocument({ id: 'x', source: null, text, origin: 'x' }, analysis));
    expect(claims.map((c) => c.value)).toEqual([4]);
    expect(claims[0]!.line).toBe(2);
  });
});

describe('extractClaims: scope of the document and of the clause', () => {
  it('marks a figure the text says rose ("the toll rose to 55") as a later report', () => {
    expect(find('The death toll in Varnholm rose to 55 on Wednesday.', '55')!.hints?.marks).toEqual(['later-report']);
    expect(find('The death toll has climbed to more than 60.', '60')!.hints?.marks).toEqual(['later-report']);
    expect(find('Floods killed 55 people in Varnholm.', '55')!.hints?.marks).toBeUndefined();
  });

  it('reads a name set beside "a town" as a place ("Varn, a town of 9,000 people in Holm province")', () => {
    expect(find('The quake hit Varn, a town of 9,000 people in Holm province. It killed 55 people.', '55')!.hints?.places).toEqual(['holm', 'varn']);
    expect(find('Anna Berg, a city official, said 55 people died.', '55')!.hints?.places ?? []).toEqual([]);
  });

  it('marks a sum over several operations as another event\'s figure', () => {
    expect(find('In their five operations so far, the crew have confiscated 14 rifles.', '14')!.hints?.marks).toEqual(['other-event', 'series-total']);
    expect(find('The crew confiscated six rifles from the boats.', 'six')!.hints?.marks).toBeUndefined();
    expect(find('SeaMicro put up to 768 Intel Atom cores in a server.', '768')!.measure).toBe('core');
    expect(find('The warship saw five suspicious skiffs approaching.', 'five')!.measure).toBe('skiff');
  });

  it('counts what the claim before counted in "two of them", "the remaining three" (a plain noun only)', () => {
    const text = 'Five skiffs approached the ship. While two of them managed to escape, the crew boarded the remaining three.';
    expect(claimsOf(text).map((c) => `${c.value} ${c.measure}`)).toEqual(['5 skiff', '2 skiff', '3 skiff']);
    expect(find('Three people were killed, two of them children.', 'two')!.measure).not.toBe('deaths');
  });

  it('gives no age the subject of a day before it ("Yesterday, a 36-year-old climber")', () => {
    expect(find('Yesterday, a 36-year-old climber died.', '36')!.subject).toBeNull();
    expect(find('Tom Varga, a 52-year-old climber, died.', '52')!.subject).toBe('Tom Varga');
  });

  it('gives a distance with no named reference point the thing it locates', () => {
    expect(find('The camp is less than 25 kilometres from the border.', '25')!.subject).toBe('camp');
    expect(find('Refugees reach the village, nine kilometres from the border.', 'nine')!.subject).toBe('village');
    expect(find('The quake struck 58 km from Bandar Abbas.', '58')!.subject).toBe('Bandar Abbas');
  });

  it('marks figures of another time ("earlier this year", "two years ago")', () => {
    const c = find('A similar blast earlier this year left 9 people dead.', '9')!;
    expect(c.measure).toBe('deaths');
    expect(c.hints?.when).toEqual(['past:earlier this year']);
  });

  it('gives a participle phrase the places of its clause', () => {
    const c = find('Troops shelled the district of Moravo on Monday, killing at least 7 people.', '7')!;
    expect(c.measure).toBe('deaths');
    expect(c.hints?.places).toEqual(['moravo']);
  });

  it('records the places and countries a document is mostly about', () => {
    const text = 'The flood hit Kestrel in Freedonia on Monday.\nRescuers in Kestrel found 14 people dead.\nKestrel is in Norway, and Norway sent help.';
    const c = extractClaims(parse(text)).find((x) => x.value === 14)!;
    expect(c.hints?.docPlaces).toEqual(['kestrel']);
    expect(c.hints?.docCountries).toEqual(['norway']);
  });

  it('says what money is for, and that a part in cash is not the price', () => {
    const text = 'Acme will buy Widgetco for 50 dollars a share. It is paying 40 dollars in cash and 10 dollars in stock.';
    const byValue = new Map(claimsOf(text).map((c) => [c.value, c.measure]));
    expect(byValue.get(40)).toBe('money: cash');
    expect(byValue.get(10)).toBe('money: stock');
  });

  it('does not read a people count from a verb that the counted things do', () => {
    const c = find('Two trucks were carrying injured villagers to the clinic.', 'Two')!;
    expect(c.measure).not.toBe('injured');
  });
});

describe('extractClaims: charges and calibers', () => {
  it('counts charges per offence, however they are written', () => {
    const text = 'Lane was charged with two counts of murder and one count of attempted murder. Reed faces two murder charges and one attempted murder charge.';
    const measures = claimsOf(text).map((c) => [c.value, c.measure]);
    expect(measures).toEqual([[2, 'murder charges'], [1, 'attempted murder charges'], [2, 'murder charges'], [1, 'attempted murder charges']]);
  });

  it('reads a number before caliber or Magnum as the bore of a gun, decimals included', () => {
    expect(find('He pointed a .38-caliber revolver at the officers.', '.38')).toMatchObject({ value: 0.38, measure: 'caliber' });
    expect(find('She carried a .357 Magnum into the plant.', '.357')).toMatchObject({ value: 0.357, measure: 'caliber' });
    expect(find('He had a .22 caliber rifle.', '.22')!.measure).toBe('caliber');
  });

  it('reads a caliber written without its dot, or with the dot detached, in inches', () => {
    expect(find('He pointed a 38-caliber revolver.', '38')!.normalized.value).toBe(0.38);
    expect(find('She had a. 357 Magnum.', '357')!.normalized).toMatchObject({ value: 0.357, low: 0.357, high: 0.357 });
  });
});

describe('extractClaims: distances, compounds and fractions', () => {
  it('reads a distance from a compass compound or "within ... of"', () => {
    expect(find('The quake struck about 14 miles north-northeast of Healdsburg.', '14')).toMatchObject({ measure: 'distance', subject: 'Healdsburg' });
    expect(find('They got within 80 meters of the hut.', '80')!.measure).toBe('distance');
  });

  it('counts the noun of a hyphenated count that qualifies another noun, but not units or times', () => {
    expect(find('AMD bought Widgetco, an 80-employee startup.', '80')!.measure).toBe('employee');
    expect(find('They lived in a 3-bedroom house.', '3')!.measure).toBe('bedroom');
    expect(find('He got a 2-year sentence.', '2')!.measure).toBe('sentence duration');
    expect(find('They backed a 10-point plan.', '10')!.measure).toBeNull();
  });

  it('names a fraction by its whole, apart from percentages', () => {
    expect(find('Its servers use a quarter of the usual electricity.', 'quarter')).toMatchObject({ value: 0.25, measure: 'fraction of electricity' });
    expect(find('They use one sixth the space of a rack.', 'sixth')!.measure).toBe('fraction of space');
    expect(find('It took two and a half hours.', 'half')!.measure).toBeNull();
  });
});

describe('extractClaims: durations', () => {
  it('names what a hyphenated duration qualifies, and nothing for ages, dates or time left', () => {
    expect(find('A 24-hour strike closed the port.', '24')!.measure).toBe('strike duration');
    expect(find('The vote comes two weeks later than planned.', 'two')!.measure).toBeNull();
    expect(find('He left 12 years ago.', '12')!.measure).toBeNull();
  });

  it('names the period a plural thing is spread over by the thing, but not a toll\'s period', () => {
    expect(find('Greece gets loans over three years from the fund.', 'three')!.measure).toBe('loan duration');
    expect(find('Shelling killed 40 people over three days.', 'three')!.measure).toBeNull();
  });
});

describe('extractClaims: estimates and relative clauses on a place', () => {
  it('reads an estimate "at" a number as the size of the thing estimated', () => {
    expect(find('Organisers put the rally, held to mark the strike, at roughly 8,000 people.', '8,000')!.measure).toBe('crowd');
    expect(find('The turnout was estimated at 12,000 by the city.', '12,000')!.measure).toBe('crowd');
    expect(find('Officials put the death toll at 25 on Tuesday.', '25')!.measure).toBe('deaths');
    expect(find('Officials put the number of dead at 12 on Tuesday.', '12')!.measure).toBe('deaths');
    // "at" a number with no estimate of a crowd or a toll: no such reading
    expect(find('The doors opened at 9 and 400 guests came in.', '400 guests')!.measure).toBe('guest');
  });

  it('scopes a figure in ", where ..." by the place the clause refers to', () => {
    const c = find('Clashes also broke out in Varna, where another 3,000 people marched.', '3,000 people')!;
    expect(c.hints!.places).toEqual(['varna']);
    expect(c.measure).toBe('crowd');
  });
});

describe('extractClaims: vague amounts and what lives in a place', () => {
  it('reads the noun after "of" as what a vague amount counts', () => {
    expect(find('Tens of thousands of protesters marched through Varna.', 'Tens of thousands')!.measure).toBe('crowd');
    expect(find('Dozens of people were killed when the dam broke.', 'Dozens')!.measure).toBe('deaths');
    expect(find('Police said hundreds of houses were damaged.', 'hundreds')!.measure).toBe('house');
    expect(find('Police said a couple of people were hurt.', 'a couple')!.measure).toBe('injured');
  });

  it('reads "home to" a number of particular people as those people, not a population', () => {
    expect(find('The two provinces are home to thousands of fighters loyal to the south.', 'thousands')!.measure).toBe('fighter');
    expect(find('Varna is home to 120,000 people.', '120,000')!.measure).toBe('population');
  });
});

describe('extractClaims: a conversion in brackets', () => {
  it('gives a bracketed conversion the qualifier and measure of the figure it restates', () => {
    const claims = claimsOf('The epicentre lay about 58km (36 miles) from the town of Varna.');
    expect(claims.map((c) => [c.value, c.qualifier, c.measure])).toEqual([[58, 'about', 'distance'], [36, 'about', 'distance']]);
    const [before, after] = claimsOf('The climber fell around 2000ft (609 metres) near the hut.');
    expect(after!.measure).toBe(before!.measure);
    expect(after!.qualifier).toBe('about');
    // an upper bound stays an upper bound in the other unit
    const bound = claimsOf('The camp lies less than 25 km (15 miles) from the border.')[1]!;
    expect([bound.qualifier, bound.low, bound.high]).toEqual(['less-than', null, 15]);
  });

  it('gives a conversion of an "about" figure the same ±10 % interval as the figure, in its own unit', () => {
    const [km, miles] = claimsOf('The epicentre lay about 58km (36 miles) from the town of Varna.');
    expect([km!.low, km!.high]).toEqual([52.2, 63.8]);
    expect([miles!.low, miles!.high]).toEqual([32.4, 39.6]);
    expect(miles!.normalized.low).toBeCloseTo(0.9 * miles!.normalized.value!, 6);
    expect(miles!.normalized.high).toBeCloseTo(1.1 * miles!.normalized.value!, 6);
  });
});

describe('extractClaims: a caliber whose dot a detokeniser moved away', () => {
  it('reads "a. 357 Magnum" as .357', () => {
    expect(find('She drew a. 357 Magnum from her bag.', '357')!.value).toBe(0.357);
    expect(find('She drew a .38-caliber revolver from her bag.', '38')!.value).toBe(0.38);
  });
});

describe('extractClaims: people who work somewhere', () => {
  it('reads "N people work at" and "were at work" as the workers there', () => {
    expect(find('Some 500 people work at the mill in Varna.', '500')!.measure).toBe('worker');
    expect(find('About 80 people were at work at the mill when it caught fire.', '80')!.measure).toBe('worker');
    // what happened to people at work says what they count; working hard is no job
    expect(find('Two people at work were injured in the fire.', 'Two people')!.measure).toBe('injured');
    expect(find('Two men worked to free the driver.', 'Two men')?.measure ?? null).toBe(null);
  });
});
