import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { compareWithDecisions, extractClaims, type Claim } from '../../src/figures/index.js';
import { publicationDate } from '../../src/figures/dates.js';
import { clockSeconds, normalize } from '../../src/figures/normalize.js';

const parse = (text: string, id = 'doc.txt') => new ParsedDocument({ id, source: null, text, origin: id });
const claimsOf = (text: string, id?: string) => extractClaims(parse(text, id));
const find = (text: string, needle: string) => claimsOf(text).find((c) => c.text.includes(needle));

describe('claim model', () => {
  it('normalises lengths, durations and masses to base units, money keeps its currency', () => {
    expect(normalize('measure', 'mi', 7, 7, 7)).toEqual({ dimension: 'length', normalized: { value: 11265.408, low: 11265.408, high: 11265.408, unit: 'm' } });
    expect(normalize('duration', 'minute', 8, 8, 8).normalized.value).toBe(480);
    expect(normalize('measure', 'lb', 200, 200, 200).normalized.value).toBeCloseTo(90.718, 3);
    expect(normalize('money', 'EUR', 5, 5, 5)).toEqual({ dimension: 'money', normalized: { value: 5, low: 5, high: 5, unit: 'EUR' } });
    expect(clockSeconds('2:10 a.m.')).toBe(7800);
    expect(clockSeconds('11:45 p.m.')).toBe(42300 + 43200);
  });

  it('extracts ages with the person they belong to', () => {
    const varga = find('Tom Varga, 53, was arrested on Sunday.', '53')!;
    expect(varga).toMatchObject({ value: 53, measure: 'age', dimension: 'age', subject: 'Tom Varga' });
    expect(find('Police said the 52-year-old suspect fled.', '52')!.subject).toBe('suspect');
    expect(find('Smith (25) was hurt.', '25')!).toMatchObject({ measure: 'age', subject: 'Smith' });
  });

  it('reads zeros and counts written with an article as tolls', () => {
    expect(find('No one was injured in the blast.', 'No one')!).toMatchObject({ value: 0, measure: 'injured' });
    expect(find('There were no casualties.', 'no casualties')!).toMatchObject({ value: 0, measure: 'casualties' });
    expect(find('There had been no reports of damage or injuries.', 'no reports')!).toMatchObject({ value: 0, measure: 'injured' });
    expect(find('A 4-year-old girl has died after the shooting.', 'A 4-year-old')!).toMatchObject({ value: 1, measure: 'deaths' });
    // an article without a toll is not a claim
    expect(claimsOf('A man walked into the store.').length).toBe(0);
  });

  it('reads who was shot, killed or wounded, and asides', () => {
    expect(find('Three people were shot dead.', 'Three')!.measure).toBe('deaths');
    expect(find('Nine people were shot on Friday.', 'Nine')!.measure).toBe('shot');
    expect(find('Five people, including a pregnant woman, were killed.', 'Five')!.measure).toBe('deaths');
    expect(find('Four were killed and three more injured.', 'three')!.measure).toBe('injured');
    expect(find('Police arrested two gunmen.', 'two')!.measure).toBe('perpetrators');
    expect(find('Four people, including a 13-year-old girl, were injured.', 'Four')!.measure).toBe('injured');
    expect(find('Nine additional victims were hospitalized.', 'Nine')!.measure).toBe('injured');
    expect(find('Police are investigating the deaths of four people.', 'four')!.measure).toBe('deaths');
  });

  it('marks figures that are not the story toll', () => {
    expect(find('Two people remain hospitalized in critical condition.', 'Two')!.hints!.marks).toContain('part-of-whole');
    expect(find('Initial reports said two people were killed.', 'two')!.hints!.marks).toContain('earlier-report');
  });

  it('finds a dateline when the input gives no date', () => {
    expect(publicationDate('2013-07-02', 'text')).toBe('2013-07-02');
    expect(publicationDate(null, 'By Staff\nJuly 3, 2013\nThe quake...')).toBe('2013-07-03');
    expect(publicationDate(undefined, 'No date here.')).toBeNull();
  });
});

describe('comparison notes and decisions', () => {
  const docs = (pairs: Array<[string, string]>) => pairs.flatMap(([id, text]) => claimsOf(text, id));

  it('compares a distance given in kilometres and in miles', () => {
    const claims = docs([['a.txt', 'The village lies 12 kilometres from Tripoli.'], ['b.txt', 'The village lies 7.5 miles from Tripoli.']]);
    const { comparisons } = compareWithDecisions(claims, { tolerance: 5 });
    const cmp = comparisons.find((c) => c.measure === 'distance')!;
    expect(cmp.verdict).toBe('agree');
    expect(cmp.notes).toContain('unit-converted');
    expect(cmp.subject).toBe('Tripoli');
  });

  it('orders reports by document date and notes the earlier report', () => {
    const claims = docs([['a.txt', 'Two people were killed in the quake.'], ['b.txt', 'The quake killed 31 people.']]);
    const documentDates = new Map([['a.txt', '2013-07-02'], ['b.txt', '2013-07-03']]);
    const [cmp] = compareWithDecisions(claims, { tolerance: 5, documentDates }).comparisons;
    expect(cmp!.verdict).toBe('disagree');
    expect(cmp!.notes).toEqual(['earlier-report']);
    expect(cmp!.summary).toMatch(/^first reports: 2 \(a\.txt, 2013-07-02\); later: 31 \(b\.txt, 2013-07-03\)/);
  });

  it('compares currencies only with rates, and then notes the conversion', () => {
    const claims = docs([['a.txt', 'The jewels were worth $3.1 million.'], ['b.txt', 'The jewels were worth 2.9 million euros.']]);
    const without = compareWithDecisions(claims, { tolerance: 5 });
    expect(without.comparisons).toEqual([]);
    expect(without.decisions.map((d) => d.reason)).toEqual(['currency']);
    const rated = compareWithDecisions(claims, { tolerance: 5, rates: { USD: 1, EUR: 1.08 } });
    expect(rated.comparisons[0]!.notes).toEqual(['currency-converted']);
    expect(rated.comparisons[0]!.verdict).toBe('agree'); // 2.9 million euros at 1.08 is 3.13 million dollars
  });

  it('keeps a toll of those still in hospital apart from the injured, with a reason', () => {
    const claims = docs([['a.txt', 'Five people were injured.'], ['b.txt', 'Eight people were injured.'], ['c.txt', 'Two people injured remain hospitalized.']]);
    const { comparisons, decisions } = compareWithDecisions(claims, { tolerance: 5 });
    expect(comparisons.map((c) => c.claims.length)).toEqual([2]);
    expect(decisions).toEqual([{ measure: 'injured', claims: [claims[2]!.id, claims[0]!.id], compared: false, reason: 'part-of-whole' }]);
  });

  it('counts a copied text once and notes it', () => {
    const text = 'Headline\nByline\nFour people were killed and 12 were injured. Police arrested two men. About 300 rounds were fired.';
    const claims: Claim[] = docs([['a.txt', text], ['b.txt', text]]);
    const { comparisons, decisions } = compareWithDecisions(claims, { tolerance: 5 });
    expect(comparisons.every((c) => c.notes.includes('copies'))).toBe(true);
    expect(decisions.some((d) => d.reason === 'copy')).toBe(true);
  });

  it('compares the clock time of the event, not of a call or an arrival', () => {
    const claims = docs([['a.txt', 'The shooting happened at 2:10 a.m. Officers arrived at 2:20 a.m.'], ['b.txt', 'Shots were fired about 2:40 a.m., police said.']]);
    expect(claims.filter((c) => c.measure === 'time').map((c) => c.normalized.value)).toEqual([7800, 9600]);
    const [cmp] = compareWithDecisions(claims, { tolerance: 5 }).comparisons;
    expect(cmp).toMatchObject({ measure: 'time', verdict: 'disagree' });
    expect(cmp!.summary).toMatch(/^a\.txt says 2:10 a\.m\.; b\.txt says 2:40 a\.m\./);
  });

  it('compares ages of one named person, never of two people sharing a surname', () => {
    const claims = docs([['a.txt', 'Kaleigh Green, 4, and Koi Green, 6, were found.'], ['b.txt', 'Police named Kaleigh Green, 5, as one victim.']]);
    const { comparisons } = compareWithDecisions(claims, { tolerance: 5 });
    expect(comparisons).toMatchObject([{ measure: 'age', subject: 'Kaleigh Green', verdict: 'disagree' }]);
    expect(comparisons[0]!.claims).toHaveLength(2);
  });

  it('lists a group of many equal claims once (linear output)', () => {
    const claims = docs(Array.from({ length: 300 }, (_, i) => [`d${i}.txt`, 'Three people were killed.'] as [string, string]));
    const { comparisons } = compareWithDecisions(claims, { tolerance: 5 });
    expect(comparisons.length).toBe(1);
    expect(comparisons[0]!.claims.length).toBe(300);
  });
});

describe('measures from the clause around a count', () => {
  it('reads the verb past a modifier with no noun, and not across another clause', () => {
    expect(find('A man was killed and four more were wounded.', 'four')!.measure).toBe('injured');
    expect(find('He was shot and killed as he and three other teens played with the gun.', 'three')!.measure).toBe('teen');
    expect(find('The gunman killed as many as 20 people.', '20')!.measure).toBe('deaths');
  });

  it('reads past a model name to the counted noun and does not count the model number', () => {
    expect(find('Police seized six AK-47 rifles.', 'six')!.measure).toBe('rifle');
    const spaced = claimsOf('Police seized six AK 47 rifles.');
    expect(spaced.map((c) => [c.value, c.measure])).toEqual([[6, 'rifle']]);
  });

  it('reads a hyphenated size describing a person as height or weight', () => {
    expect(find('He is a 6-foot, 200-pound black male.', '6-foot')!.measure).toBe('height');
    expect(find('He is a 6-foot, 200-pound black male.', '200-pound')!.measure).toBe('weight');
    expect(find('They built a 6-foot wall.', '6-foot')!.measure).toBeNull();
  });
});

describe('crowds, cumulative tolls and quake sizes', () => {
  it('reads the size of a crowd from what the people did', () => {
    expect(find('As many as 20,000 people took to the streets of Athens.', '20,000')!.measure).toBe('crowd');
    expect(find('More than 100 people joined together for a candlelit vigil.', '100')!.measure).toBe('crowd');
    expect(find('NBC estimated the crowd at 70.', '70')!.measure).toBe('crowd');
    expect(find('Two protesters were killed.', 'Two')!.measure).toBe('deaths');
  });

  it('marks a toll summed over a series of shootings as another event', () => {
    const c = find('A series of back-and-forth shootings have left three people dead.', 'three')!;
    expect(c.measure).toBe('deaths');
    expect(c.hints?.marks).toContain('other-event');
  });

  it('reads a decimal before a quake noun as its magnitude', () => {
    expect(find('A 6.7-strength quake killed more than 26,000 people.', '6.7')!.measure).toBe('magnitude');
    expect(find('Bam was razed by a 6.7 degree quake.', '6.7')!.measure).toBe('magnitude');
  });
});

describe('scope of a sentence that goes on about the previous one', () => {
  it('takes the place and time of the previous sentence when its subject is a pronoun', () => {
    const text = 'In February, a strong quake hit villages in Kerman province. It killed 612 people and injured more than 1,400.';
    const injured = find(text, '1,400')!;
    expect(injured.measure).toBe('injured');
    expect(injured.scope).toContain('kerman');
    expect(find('A strong quake hit villages in Kerman province. Rescuers said 20 people were injured.', '20')!.scope ?? '').not.toContain('kerman');
  });
});

describe('falls', () => {
  it('reads how far someone fell as a fall, a distance from a place as a distance', () => {
    expect(find('He fell about 2,000ft to his death.', '2,000')!.measure).toBe('fall');
    expect(find('The climber fell 200ft off a ridge.', '200')!.measure).toBe('fall');
    expect(find('The town lies 58 km from Tehran.', '58')!.measure).toBe('distance');
  });
});
