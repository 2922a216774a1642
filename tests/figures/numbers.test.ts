import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/figures/numbers/index.js';
import type { NumberMatch } from '../../src/figures/types.js';

const one = (text: string): NumberMatch => {
  const all = findNumbers(text);
  expect(all, JSON.stringify(all)).toHaveLength(1);
  return all[0]!;
};
const values = (text: string): Array<number | number[] | null> => findNumbers(text).map((m) => m.value);
const kinds = (text: string): string[] => findNumbers(text).map((m) => m.kind);

describe('digits', () => {
  it('reads thousands separators, decimals and signs', () => {
    expect(values('a crowd of 1,234,567 and 3.75 and -12 and .5')).toEqual([1234567, 3.75, -12, 0.5]);
    expect(values('40\u00a0000 and 12\u202f500 and 2\u2009100')).toEqual([40000, 12500, 2100]);
    expect(values('a population of 1 414 021 100.')).toEqual([1414021100]);
    expect(values('12,34,567.89 and 1.111,11')).toEqual([1234567.89, 1111.11]);
    expect(values('It costs 5,00 there')).toEqual([5]);
    expect(values('items 22,24,26,31.')).toEqual([22, 24, 26, 31]);
  });
  it('keeps the no-break spaces of a number and separates plain lists', () => {
    expect(values('1, 2, 3')).toEqual([1, 2, 3]);
    expect(values('423 0000')).toEqual([423, 0]);
  });
  it('reads scale suffixes and scientific notation', () => {
    expect(values('70k fans, 3bn, 10 bln, 2.33 k, 10M, 1.3e6, 6.23x10^-4')).toEqual([70000, 3e9, 1e10, 2330, 1e7, 1.3e6, 0.000623]);
    expect(one('1.5 million').value).toBe(1.5e6);
    expect(one('1,674.5 million').value).toBe(1674.5e6);
  });
  it('reads vulgar and slash fractions', () => {
    expect(values('2 1/4 cups, 3/4, -4/5, ½ and 2½')).toEqual([2.25, 0.75, -0.8, 0.5, 2.5]);
  });
});

describe('words', () => {
  it('reads compound cardinals', () => {
    expect(values('seventy thousand')).toEqual([70000]);
    expect(values('one hundred and twenty')).toEqual([120]);
    expect(values('Twenty-six people')).toEqual([26]);
    expect(values('twenty-one trillion three hundred')).toEqual([21000000000300]);
    expect(values('two hundred and two thousand')).toEqual([202000]);
    expect(values('3 hundred and 21 yuan')).toEqual([321]);
    expect(values('4 thousand 3 hundred and 21')).toEqual([4321]);
  });
  it('keeps apart numbers that English does not join', () => {
    expect(values('3 hundred and 2 hundred')).toEqual([300, 200]);
    expect(values('4000 3 hundred')).toEqual([4000, 300]);
  });
  it('reads fractions and mixed numbers', () => {
    expect(one('about two-thirds of the town').value).toBeCloseTo(2 / 3);
    expect(values('three fifths')[0]).toBeCloseTo(0.6);
    expect(values('one and a half')).toEqual([1.5]);
    expect(values('five and a half million')).toEqual([5.5e6]);
    expect(values('half a million')).toEqual([5e5]);
    expect(values('a quarter of the vote')).toEqual([0.25]);
    expect(values('two thirds of a million')[0]).toBeCloseTo(666666.667, 2);
    expect(values('one over three')[0]).toBeCloseTo(1 / 3);
    expect(values('one in five adults')[0]).toBeCloseTo(0.2);
    expect(values('one hundred and three quarters')).toEqual([100.75]);
  });
  it('reads dozens and spoken decimals', () => {
    expect(values('a dozen eggs, half a dozen, 3 dozens')).toEqual([12, 6, 36]);
    expect(values('two hundred point zero three')).toEqual([200.03]);
    expect(values('minus five point five')).toEqual([-5.5]);
  });
  it('does not read pronoun "one" or the article as numbers', () => {
    expect(findNumbers('The one you mentioned is the best one')).toEqual([]);
    expect(findNumbers('a man and an hour')).toEqual([]);
    expect(values("Let's try one last time")).toEqual([1]);
  });
});

describe('money, percent, units', () => {
  it('reads currencies before and after the amount', () => {
    expect(one('$2.6m').value).toBe(2.6e6);
    expect(one('$2.6m')).toMatchObject({ kind: 'money', unit: 'USD' });
    expect(one('€3bn')).toMatchObject({ kind: 'money', unit: 'EUR', value: 3e9 });
    expect(one('£40')).toMatchObject({ kind: 'money', unit: 'GBP', value: 40 });
    expect(one('1,500 euros')).toMatchObject({ kind: 'money', unit: 'EUR', value: 1500 });
    expect(one('USD 10 million')).toMatchObject({ kind: 'money', unit: 'USD', value: 1e7 });
    expect(one('two hundred dollars')).toMatchObject({ kind: 'money', unit: 'USD', value: 200 });
  });
  it('reads percentages', () => {
    expect(one('45%')).toMatchObject({ kind: 'percent', value: 45, unit: '%' });
    expect(one('7.5 per cent')).toMatchObject({ kind: 'percent', value: 7.5, unit: '%' });
    expect(one('2 percentage points')).toMatchObject({ kind: 'percent', value: 2, unit: 'pp' });
  });
  it('reads units of measure and durations', () => {
    expect(one('a 29km road')).toMatchObject({ kind: 'measure', value: 29, unit: 'km' });
    expect(one('12 miles')).toMatchObject({ kind: 'measure', value: 12, unit: 'mi' });
    expect(one('500 tonnes')).toMatchObject({ kind: 'measure', value: 500, unit: 't' });
    expect(one('The 26-month conflict')).toMatchObject({ kind: 'duration', value: 26, unit: 'month', low: 26 });
    expect(one('present for 29 years')).toMatchObject({ kind: 'duration', value: 29, unit: 'year' });
    expect(one('three days of clashes')).toMatchObject({ kind: 'duration', value: 3, unit: 'day' });
  });
});

describe('qualifiers', () => {
  it('turns qualifiers into intervals', () => {
    expect(one('more than 70,000 lives')).toMatchObject({ text: 'more than 70,000', value: 70000, low: 70000, high: null, qualifier: 'more-than' });
    expect(one('at least 80,000 people')).toMatchObject({ value: 80000, low: 80000, high: null, qualifier: 'at-least' });
    expect(one('no fewer than 12 ships')).toMatchObject({ qualifier: 'at-least', low: 12 });
    expect(one('up to 700 troops')).toMatchObject({ value: 700, low: null, high: 700, qualifier: 'at-most' });
    expect(one('fewer than 1,000 votes')).toMatchObject({ low: null, high: 1000, qualifier: 'less-than' });
    expect(one('nearly 5,000 homes')).toMatchObject({ value: 5000, high: 5000, qualifier: 'less-than' });
    expect(one('within 80 metres of the hut')).toMatchObject({ value: 80, high: 80, low: null, qualifier: 'at-most' });
    expect(one('an estimated 2 million')).toMatchObject({ value: 2e6, qualifier: 'about' });
    expect(one('70,000 or more')).toMatchObject({ value: 70000, low: 70000, high: null, qualifier: 'at-least' });
  });
  it('reads vague amounts as intervals with no value', () => {
    expect(one('several hundred civilians')).toMatchObject({ value: null, qualifier: 'vague', low: 300, high: 900 });
    expect(one('thousands of people')).toMatchObject({ value: null, qualifier: 'vague', low: 2000 });
    expect(one('tens of thousands')).toMatchObject({ value: null, qualifier: 'vague', low: 20000 });
    expect(one('dozens were hurt')).toMatchObject({ value: null, qualifier: 'vague' });
  });
  it('reads ranges with shared scale and unit', () => {
    expect(one('10-12 people')).toMatchObject({ qualifier: 'range', low: 10, high: 12 });
    expect(one('between 10 and 12 people')).toMatchObject({ qualifier: 'range', low: 10, high: 12 });
    expect(one('from 10 to 12 km')).toMatchObject({ qualifier: 'range', low: 10, high: 12, kind: 'measure', unit: 'km' });
    expect(one('$5-6 billion')).toMatchObject({ qualifier: 'range', low: 5e9, high: 6e9, kind: 'money' });
    expect(one('3-4 days')).toMatchObject({ qualifier: 'range', kind: 'duration', unit: 'day' });
  });
  it('reads a change "from 70 to 80" as two values', () => {
    expect(values('the toll rose from 70 to 80')).toEqual([70, 80]);
  });
});

describe('not counts', () => {
  it('recognises vote tallies and scores', () => {
    expect(one('on a 15-3 vote')).toMatchObject({ kind: 'tally', value: [15, 3], unit: 'tally' });
    expect(one('City won 2-1 at home')).toMatchObject({ kind: 'tally', value: [2, 1] });
    expect(one('by a vote of 60 to 40')).toMatchObject({ kind: 'tally', value: [60, 40] });
  });
  it('recognises dates, years and times', () => {
    expect(kinds('on May 26 and May 20, 2013, 26 May 2013, 5/26/2013, 2013-05-26, the 26th of May')).toEqual(['date', 'date', 'date', 'date', 'date', 'date']);
    expect(findNumbers('the war that ended in 1990.')).toMatchObject([{ kind: 'year', value: 1990 }]);
    expect(kinds('since 2011, the 1990s, mid-2013, 2012-13')).toEqual(['year', 'year', 'year', 'year']);
    expect(kinds('at 10:30, 3 p.m. and 3pm')).toEqual(['time', 'time', 'time']);
    expect(kinds('0:00 0:02:47 0:00')).toEqual(['time', 'time', 'time']);
  });
  it('recognises ordinals, phones, ages and identifiers', () => {
    expect(findNumbers('for the seventh straight day')).toMatchObject([{ kind: 'ordinal', value: 7 }]);
    expect(kinds('the 3rd and twenty-first')).toEqual(['ordinal', 'ordinal']);
    expect(kinds('call 555-123-4567 or +44 20 7946 0958')).toEqual(['phone', 'phone']);
    expect(findNumbers('a 10-year-old boy')).toMatchObject([{ kind: 'other', unit: 'age' }]);
    expect(kinds('Covid-19 and MH17 and Article 51')).toEqual(['other', 'other', 'other']);
  });
  it('never reads a hyphenated duration as a negative number', () => {
    expect(values('The 26-month conflict')).toEqual([26]);
  });
});

describe('offsets and bounds', () => {
  it('returns offsets into the text, sorted and within [from, to)', () => {
    const text = 'Officials said 12 died. Later, more than 70,000 people fled.';
    const all = findNumbers(text);
    for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
    const from = text.indexOf('Later');
    expect(findNumbers(text, from).map((m) => m.text)).toEqual(['more than 70,000']);
    expect(findNumbers(text, 0, from).map((m) => m.text)).toEqual(['12']);
  });
  it('stays linear on hostile input', () => {
    // CPU time for 4x the input must grow about 4x (a quadratic scan would grow 16x)
    const cpu = (f: () => void): number => { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); return c.user + c.system; };
    for (const unit of ['1,', '12-', 'one hundred and ', '1.', '1:', 'twenty ', 'a ']) {
      const best = (n: number): number => Math.min(...[0, 1, 2].map(() => cpu(() => findNumbers(unit.repeat(n)))));
      best(1000); // warm up
      const small = best(5000), large = best(20000);
      expect(large / Math.max(small, 5000), unit).toBeLessThan(10);
    }
  });
});

describe('news shapes', () => {
  it('reads currency names, symbols after the amount and minor units', () => {
    expect(one('100 Syrian pounds')).toMatchObject({ kind: 'money', unit: 'SYP', value: 100 });
    expect(one('3 million pounds')).toMatchObject({ kind: 'money', unit: 'GBP', value: 3e6 });
    expect(one('he weighs 200 pounds')).toMatchObject({ kind: 'measure', unit: 'lb', value: 200 });
    expect(one('a 200-pound bomb')).toMatchObject({ kind: 'measure', unit: 'lb' });
    expect(one('it costs 10 €')).toMatchObject({ kind: 'money', unit: 'EUR', value: 10 });
    expect(one('3 dollars 50 cents')).toMatchObject({ kind: 'money', unit: 'USD', value: 3.5 });
    expect(one('euro110 billion')).toMatchObject({ kind: 'money', unit: 'EUR', value: 110e9 });
    expect(one('75 USD million')).toMatchObject({ kind: 'money', value: 75e6 });
  });
  it('does not take a letter before "$" for a currency unless glued', () => {
    expect(one("AMD's $334 million deal")).toMatchObject({ text: '$334 million', unit: 'USD' });
    expect(one('made a $334 million bet')).toMatchObject({ text: '$334 million', unit: 'USD' });
    expect(one('A$5')).toMatchObject({ unit: 'AUD', value: 5 });
  });
  it('reads earthquake magnitudes as measures', () => {
    expect(one('a magnitude 4.6 earthquake')).toMatchObject({ kind: 'measure', unit: 'magnitude', value: 4.6 });
    expect(one('a magnitude-5.9 quake')).toMatchObject({ kind: 'measure', unit: 'magnitude', value: 5.9 });
    expect(one('the 6.1-magnitude quake')).toMatchObject({ kind: 'measure', unit: 'magnitude', value: 6.1 });
    expect(one('A 4.6 quake rattled the county')).toMatchObject({ kind: 'measure', unit: 'magnitude' });
    expect(one('USGS put the magnitude at 5.9.')).toMatchObject({ kind: 'measure', unit: 'magnitude' });
    expect(one('4 quakes hit')).toMatchObject({ kind: 'count', value: 4 });
  });
  it('reads clock times with zones and meridiems', () => {
    expect(kinds('at 9.25 a.m. (0355 GMT), 05.51AM IST, 03.31 BST')).toEqual(['time', 'time', 'time', 'time']);
  });
  it('reads years in context and spans of years', () => {
    expect(findNumbers('a gray 2013 Toyota Camry')).toMatchObject([{ kind: 'year', value: 2013 }]);
    expect(findNumbers('Between 1991 and 1998, he')).toMatchObject([{ kind: 'year', value: [1991, 1998] }]);
    expect(findNumbers('killed 2013 people')).toMatchObject([{ kind: 'count', value: 2013 }]);
    expect(kinds('SEPTEMBER 16, 2013')).toEqual(['date']);
    expect(findNumbers('the 2013/14 season')).toMatchObject([{ kind: 'year', value: [2013, 2014] }]);
    expect(findNumbers('under the Act of 1958, the FIFA World Cup 2018 day five')).toMatchObject([
      { kind: 'year', value: 1958 }, { kind: 'year', value: 2018 }, { kind: 'count', value: 5 },
    ]);
  });
  it('tells a fraction "a third of" from "wounding a third."', () => {
    expect(one('a third of the town')).toMatchObject({ kind: 'count' });
    expect(kinds('killed two and wounded a third.')).toEqual(['count', 'ordinal']);
  });
  it('reads ages, addresses and emergency numbers as not counted', () => {
    expect(findNumbers('Tanya Wilson, 47; Comeaux Jr., 49, escaped')).toMatchObject([{ unit: 'age' }, { unit: 'age' }]);
    expect(findNumbers('near 473 East 52nd Street')).toMatchObject([{ kind: 'other', unit: 'address' }, { kind: 'ordinal' }]);
    expect(kinds('she dialed 911 from home')).toEqual(['phone']);
    // A block number, written with a space or a hyphen.
    for (const text of ['found shot in the 4200 block of North Elm Avenue', 'found shot in the 4200-block of North Elm Avenue']) {
      expect(findNumbers(text)).toMatchObject([{ kind: 'other', unit: 'address' }]);
    }
  });
  it('reads "half a mile" as a measure and "one in five" as a share', () => {
    expect(one('lived half a mile away')).toMatchObject({ kind: 'measure', value: 0.5, unit: 'mi' });
    expect(one('2 in 5 voters').value).toBeCloseTo(0.4);
    expect(values('5 in 20 minutes')).toEqual([5, 20]);
  });
});

describe('pronoun "one" and line breaks', () => {
  it('reads "one" before a noun as a number, before a verb or pronoun as a pronoun', () => {
    expect(values('He added that one person had been attacked')).toEqual([1]);
    expect(findNumbers('Which one do you prefer? No one believed her.')).toEqual([]);
  });
  it('reads a vague amount at the start of a line', () => {
    expect(findNumbers('BB.\nHundreds of millions of users').map((m) => m.text)).toEqual(['Hundreds of millions']);
  });
});

describe('qualifier pairs and symbols', () => {
  it('joins a lower and an upper bound into one range', () => {
    expect(one('more than 10 but fewer than 20 people')).toMatchObject({ qualifier: 'range', low: 10, high: 20, value: null });
    expect(one('at least 20 and no more than 50')).toMatchObject({ qualifier: 'range', low: 20, high: 50 });
  });
  it('keeps a bound and an exact figure apart', () => {
    expect(findNumbers('at least 12 killed and 20 wounded').map((m) => m.qualifier)).toEqual(['at-least', 'exact']);
  });
  it('reads comparison symbols', () => {
    expect(findNumbers('x>10 and y<20, >= 30')).toMatchObject([
      { qualifier: 'more-than', low: 10 }, { qualifier: 'less-than', high: 20 }, { qualifier: 'at-least', low: 30 },
    ]);
  });
});

describe('hyphenated words', () => {
  it('reads "half-dozen", "one-and-a-half" and friends', () => {
    expect(values('a half-dozen eggs')).toEqual([6]);
    expect(one('one-and-a-half hours')).toMatchObject({ kind: 'duration', value: 1.5, unit: 'hour' });
    expect(values('five and a half million')).toEqual([5.5e6]);
  });
});

describe('ranges after units', () => {
  it('reads "10%-12%" and "$5m to $10m" as ranges, "rose from 5% to 7%" as two values', () => {
    expect(one('10%-12%')).toMatchObject({ kind: 'percent', qualifier: 'range', low: 10, high: 12 });
    expect(one('$5m to $10m')).toMatchObject({ kind: 'money', qualifier: 'range', low: 5e6, high: 1e7, unit: 'USD' });
    expect(values('rose from 5% to 7%')).toEqual([5, 7]);
  });
});

describe('one unit and a half, bounds on spans of time', () => {
  it('reads "a mile and a half" and "three hours and a half" as one amount', () => {
    expect(one('She lived a mile and a half from the school.')).toMatchObject({ value: 1.5, unit: 'mi', kind: 'measure' });
    expect(one('The hearing lasted an hour and a half.')).toMatchObject({ value: 1.5, unit: 'hour', kind: 'duration' });
    expect(one('The search took three hours and a half.')).toMatchObject({ value: 3.5, unit: 'hour' });
    // "a mile" alone is no amount
    expect(findNumbers('A mile from the coast the road ends.')).toEqual([]);
  });

  it('reads "less than six months" as a bound, "over three years" as a period', () => {
    expect(one('Less than six months after the vote, the talks failed.')).toMatchObject({ value: 6, qualifier: 'less-than', unit: 'month' });
    expect(one('The loans are repaid over three years.')).toMatchObject({ value: 3, qualifier: 'exact' });
  });
});

describe('a couple', () => {
  it('reads "a couple of" things as about two, not a couple of people married', () => {
    expect(one('Crews sent a couple of fire engines.')).toMatchObject({ value: 2, qualifier: 'about', text: 'a couple' });
    expect(findNumbers('The couple married in May.')).toEqual([]);
    expect(findNumbers('Only a couple of them stayed.')).toEqual([]);
    expect(one('a couple of hundred people')).toMatchObject({ value: null, low: 200, high: 300, qualifier: 'vague' });
  });
});

describe('two guesses at one amount', () => {
  it('reads "five or six" as a range, not "10 bln or 10 tln" nor "1990 or 1991"', () => {
    expect(one('five or six people')).toMatchObject({ value: null, low: 5, high: 6, qualifier: 'range' });
    expect(one('40 or 50 of them')).toMatchObject({ low: 40, high: 50, qualifier: 'range' });
    expect(values('either 10 bln or 10 tln')).toEqual([1e10, 1e13]);
    expect(findNumbers('in 1990 or 1991').every((m) => m.qualifier !== 'range')).toBe(true);
    expect(one('two or more people')).toMatchObject({ value: 2, qualifier: 'at-least' });
  });
});
