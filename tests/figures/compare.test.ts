import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { compareClaims, extractClaims, findingsFor, RULES, type Claim, type ScopeHints } from '../../src/figures/index.js';

let n = 0;
/** A claim as extractClaims would give it; only what comparison reads is set. */
function claim(document: string, value: number | null, measure: string | null, extra: Partial<Claim> & { hints?: ScopeHints } = {}): Claim {
  n++;
  return {
    id: `${document}#${n}`, document, text: `${value} things`, value, low: value, high: value, qualifier: 'exact', unit: null,
    measure, scope: null, attributedTo: null, start: n * 10, end: n * 10 + 5, line: n, column: 3,
    hints: { places: [], when: [], periodDays: null }, ...extra,
  };
}
const hints = (h: Partial<ScopeHints>): ScopeHints => ({ places: [], when: [], periodDays: null, ...h });
const opts = { tolerance: 5 };
/** The claims of one invented document. */
const claimsOfDoc = (text: string, id: string) => extractClaims(new ParsedDocument({ id, source: null, text, origin: id }));

describe('compareClaims', () => {
  it('flags "more than 40,000" against 50,000 and names who says what', () => {
    const a = claim('a.txt', 40000, 'deaths', { qualifier: 'more-than', high: null, attributedTo: 'Red Cross' });
    const b = claim('b.txt', 50000, 'deaths', { qualifier: 'at-least', high: null });
    const c = claim('c.txt', 50000, 'deaths');
    const [cmp, ...rest] = compareClaims([c, a, b], opts);
    expect(rest).toEqual([]);
    expect(cmp!.verdict).toBe('disagree');
    expect(cmp!.claims).toEqual([a.id, b.id, c.id]);
    expect(cmp!.summary).toMatch(/^a\.txt says more than 40,000 \(citing Red Cross\); b\.txt, c\.txt say 50,000/);
    expect(cmp!.figures!.map((f) => f.documents)).toEqual([['b.txt', 'c.txt'], ['a.txt']]);
  });

  it('agrees within the tolerance and honours --tolerance', () => {
    const a = claim('a.txt', 100, 'injured');
    const b = claim('b.txt', 104, 'injured');
    expect(compareClaims([a, b], opts)[0]!.verdict).toBe('agree');
    expect(compareClaims([a, b], { tolerance: 2 })[0]!.verdict).toBe('disagree');
  });

  it('does not depend on the order claims come in', () => {
    const claims = [claim('a.txt', 10, 'deaths'), claim('b.txt', 12, 'deaths'), claim('c.txt', 10, 'deaths'), claim('b.txt', 300, 'deaths')];
    const forward = compareClaims(claims, opts);
    expect(compareClaims([...claims].reverse(), opts)).toEqual(forward);
    expect(forward).toHaveLength(1);
  });

  it('never compares different measures, places, periods, years or orders of magnitude', () => {
    const claims = [
      claim('a.txt', 25, 'deaths', { hints: hints({ places: ['northport'] }) }),
      claim('b.txt', 22, 'deaths', { hints: hints({ places: ['rebel-held areas'] }) }),
      claim('c.txt', 90, 'deaths', { hints: hints({ periodDays: 3 }) }),
      claim('d.txt', 95, 'deaths', { hints: hints({ periodDays: 30 }) }),
      claim('e.txt', 70000, 'deaths'),
      claim('f.txt', 8000, 'deaths', { hints: hints({ when: ['y:1999'] }) }),
      claim('h.txt', 8100, 'deaths', { hints: hints({ when: ['y:2004'] }) }),
      claim('g.txt', 21, 'injured'),
    ];
    expect(compareClaims(claims, opts)).toEqual([]);
  });

  it('lets a country-wide figure meet one from a town, and a story year meet no year', () => {
    const a = claim('a.txt', 10, 'deaths', { hints: hints({ places: ['freedonia'] }) });
    const b = claim('b.txt', 10, 'deaths', { hints: hints({ places: ['eastport'], when: ['y:2031'] }) });
    const c = claim('c.txt', 10, 'deaths', { hints: hints({ when: ['y:2031'] }) });
    const d = claim('d.txt', 10, 'deaths', { hints: hints({ places: ['Iran'.toLowerCase()] }) });
    const cmps = compareClaims([b, c, d], opts);
    expect(cmps).toHaveLength(1);
    expect(cmps[0]!.claims).toEqual([b.id, c.id, d.id]);
    expect(compareClaims([a, b], opts)).toEqual([]); // "freedonia" is no country: two towns
  });

  it('keeps a document from disagreeing with itself and needs two documents', () => {
    expect(compareClaims([claim('a.txt', 10, 'deaths'), claim('a.txt', 12, 'deaths')], opts)).toEqual([]);
  });

  it('compares a vague amount with the figures it allows, and never calls it a conflict', () => {
    const v1 = claim('a.txt', null, 'deaths', { qualifier: 'vague', low: 200, high: 999 });
    const v2 = claim('b.txt', null, 'deaths', { qualifier: 'vague', low: 200, high: 999 });
    const x = claim('c.txt', 90000, 'deaths');
    const cmps = compareClaims([v1, v2, x], opts);
    expect(cmps).toHaveLength(1);
    expect(cmps[0]).toMatchObject({ verdict: 'agree', claims: [v1.id, v2.id] });

    const dozens = claim('a.txt', null, 'injured', { qualifier: 'vague', low: 24, high: null, text: 'dozens' });
    const eighty = claim('b.txt', 80, 'injured');
    const fifty = claim('c.txt', 50, 'injured');
    const [injured] = compareClaims([dozens, eighty, fifty], opts);
    expect(injured).toMatchObject({ verdict: 'disagree', claims: [dozens.id, eighty.id, fifty.id] });
    expect(injured!.figures!.map((f) => f.label)).toEqual(['50', '80']);
    expect(injured!.figures![0]!.claims).toEqual([dozens.id, fifty.id]);
  });

  it('reports a conflict on a counted noun outside the lexicon too, but keeps figures far apart apart', () => {
    const a = claim('a.txt', 60, 'servers');
    const b = claim('b.txt', 86, 'servers');
    const c = claim('c.txt', 86, 'servers');
    const cmps = compareClaims([a, b, c], opts);
    expect(cmps).toHaveLength(1);
    expect(cmps[0]).toMatchObject({ verdict: 'disagree', claims: [a.id, b.id, c.id] });
    expect(compareClaims([a, claim('d.txt', 600, 'servers')], opts)).toEqual([]);
  });

  it('compares far-apart tolls of one story ("two dead" early, "31 dead" later)', () => {
    const early = claim('a.txt', 2, 'deaths');
    const later = claim('b.txt', 31, 'deaths');
    expect(compareClaims([early, later], opts)).toMatchObject([{ verdict: 'disagree', claims: [early.id, later.id] }]);
  });

  it('honours ignoreMeasures and leaves tallies and money in other units alone', () => {
    const claims = [claim('a.txt', 10, 'deaths'), claim('b.txt', 20, 'deaths'),
      claim('a.txt', 5, 'money: price', { unit: 'USD' }), claim('b.txt', 5, 'money: price', { unit: 'EUR' }),
      claim('a.txt', null, 'vote', { value: [7, 2], unit: 'tally' }), claim('b.txt', null, 'vote', { value: [7, 3], unit: 'tally' })];
    expect(compareClaims(claims, { tolerance: 5, ignoreMeasures: ['deaths'] })).toEqual([]);
  });
});

describe('findingsFor', () => {
  it('reports an error at each outlying figure, none for agreement', () => {
    const a = claim('a.txt', 40000, 'deaths', { qualifier: 'more-than', high: null, line: 11, column: 60 });
    const b = claim('b.txt', 50000, 'deaths');
    const c = claim('c.txt', 50000, 'deaths');
    const r1 = claim('a.txt', 900, 'refugees');
    const r2 = claim('b.txt', 900, 'refugees');
    const claims = [a, b, c, r1, r2];
    const findings = findingsFor(claims, compareClaims(claims, opts));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'concord/figure-conflict', severity: 'error', document: 'a.txt', line: 11, column: 60 });
    expect(findings[0]!.message).toContain('b.txt, c.txt say 50,000');
  });

  it('points at every side when no figure has a majority', () => {
    const claims = [claim('a.txt', 10, 'injured'), claim('b.txt', 20, 'injured')];
    expect(findingsFor(claims, compareClaims(claims, opts)).map((f) => f.document)).toEqual(['a.txt', 'b.txt']);
  });

  it('warns on figures that differ within the tolerance and on qualifiers that exclude each other', () => {
    const m1 = claim('a.txt', 5.9, 'magnitude');
    const m2 = claim('b.txt', 6.1, 'magnitude');
    const q1 = claim('a.txt', 90, 'deaths', { qualifier: 'more-than', high: null });
    const q2 = claim('b.txt', 90, 'deaths');
    const claims = [m1, m2, q1, q2];
    const rules = findingsFor(claims, compareClaims(claims, opts)).map((f) => `${f.rule} ${f.severity}`);
    expect(rules.sort()).toEqual(['concord/figure-near-tolerance warning', 'concord/figure-qualifier-mismatch warning']);
  });

  it('makes a toll that rose ("rose to 55") against a lower one an earlier report, a warning', () => {
    const low = claim('a.txt', 40, 'deaths', { qualifier: 'more-than', high: null });
    const risen = claim('b.txt', 55, 'deaths', { hints: hints({ marks: ['later-report'] }) });
    const same = claim('c.txt', 55, 'deaths');
    const claims = [low, risen, same];
    const [cmp] = compareClaims(claims, opts);
    expect(cmp!.verdict).toBe('disagree');
    expect(cmp!.notes).toContain('earlier-report');
    expect(cmp!.summary).toContain('b.txt says the figure rose to 55');
    expect(findingsFor(claims, [cmp!]).map((f) => `${f.rule} ${f.severity} ${f.document}`)).toEqual(['concord/figure-earlier-report warning a.txt']);
    // a "rose to" figure that is not the highest explains nothing: still a conflict
    const higher = claim('d.txt', 70, 'deaths');
    const cmps = compareClaims([low, risen, higher], opts);
    expect(cmps[0]!.notes).not.toContain('earlier-report');
    expect(findingsFor([low, risen, higher], cmps).every((f) => f.severity === 'error')).toBe(true);
  });

  it('documents every rule it can emit', () => {
    expect(RULES.map((r) => r.id)).toEqual(['concord/figure-conflict', 'concord/figure-earlier-report', 'concord/figure-qualifier-mismatch', 'concord/figure-near-tolerance']);
    expect(RULES.every((r) => r.description.length > 20)).toBe(true);
  });
});

describe('compareClaims: rules of like with like', () => {
  it('compares two named sources of one text ("police: none injured; the Post: three")', () => {
    const a = claim('a.txt', 0, 'injured', { attributedTo: 'police', line: 7 });
    const b = claim('a.txt', 3, 'injured', { attributedTo: 'Post', line: 7 });
    const c = claim('b.txt', 0, 'injured');
    const [cmp, ...rest] = compareClaims([a, b, c], opts);
    expect(rest).toEqual([]);
    expect(cmp!.verdict).toBe('disagree');
    expect(cmp!.claims).toEqual([a.id, b.id, c.id]);
    // the same sources far apart in the text: a part, not a contradiction
    const d = claim('a.txt', 3, 'injured', { attributedTo: 'Post', line: 30, start: 2000, end: 2005 });
    expect(compareClaims([a, d, c], opts).map((x) => `${x.verdict} ${x.claims.length}`)).toEqual(['agree 2']);
    // unnamed money in one text is two amounts, whoever gives them
    const m1 = claim('a.txt', 22, 'money', { attributedTo: 'Merkel', dimension: 'money', unit: 'EUR' });
    const m2 = claim('a.txt', 30, 'money', { attributedTo: 'unions', dimension: 'money', unit: 'EUR' });
    const m3 = claim('b.txt', 30, 'money', { dimension: 'money', unit: 'EUR' });
    expect(compareClaims([m1, m2, m3], opts).map((x) => x.verdict)).toEqual(['agree']);
  });

  it('compares lengths and spans of time that name no measure, not a span that is its sentence\'s period', () => {
    const a = claim('a.txt', 10, null, { dimension: 'duration', unit: 'minute' });
    const b = claim('b.txt', 9, null, { dimension: 'duration', unit: 'minute' });
    const c = claim('c.txt', 3, null, { dimension: 'duration', unit: 'day', hints: hints({ periodDays: 3 }) });
    const d = claim('d.txt', 4, null, { dimension: 'duration', unit: 'day', hints: hints({ periodDays: 4 }) });
    const cmps = compareClaims([a, b, c, d], opts);
    expect(cmps.map((x) => `${x.measure} ${x.verdict}`)).toEqual(['time span disagree']);
    expect(cmps[0]!.claims).toEqual([a.id, b.id]);
  });

  it('compares a distance with no named reference point only where both sentences name the same place', () => {
    const village = claim('a.txt', 9, 'distance', { dimension: 'length', unit: 'km' });
    const camp = claim('b.txt', 25, 'distance', { dimension: 'length', unit: 'km', qualifier: 'less-than', low: null });
    expect(compareClaims([village, camp], opts)).toEqual([]);
    const x = claim('a.txt', 100, 'distance', { dimension: 'length', unit: 'm', hints: hints({ places: ['yida'] }) });
    const y = claim('b.txt', 100, 'distance', { dimension: 'length', unit: 'm', hints: hints({ places: ['yida'] }) });
    expect(compareClaims([x, y], opts).map((c) => c.verdict)).toEqual(['agree']);
  });

  it('keeps a sum over several operations apart from one operation\'s figure', () => {
    const one = claim('a.txt', 6, 'rifle');
    const other = claim('b.txt', 6, 'rifle');
    const total = claim('b.txt', 14, 'rifle', { hints: hints({ marks: ['other-event'] }) });
    const cmps = compareClaims([one, other, total], opts);
    expect(cmps.map((x) => `${x.verdict} ${x.claims.length}`)).toEqual(['agree 2']);
  });

  it('compares counted nouns that name one kind of thing in one family', () => {
    const a = claim('a.txt', 7, 'employee');
    const b = claim('b.txt', 7, 'worker');
    expect(compareClaims([a, b], opts).map((x) => `${x.measure} ${x.verdict}`)).toEqual(['worker agree']);
  });
});

describe('compareClaims: scope rules', () => {
  it('keeps a placed figure apart from an unplaced one whose document is elsewhere', () => {
    const a = claim('a.txt', 12, 'deaths', { hints: hints({ docPlaces: ['yarrow'] }) });
    const b = claim('b.txt', 7, 'deaths', { hints: hints({ places: ['kells'], docPlaces: ['yarrow'] }) });
    const c = claim('c.txt', 11, 'deaths', { hints: hints({ places: ['yarrow camp'] }) });
    const cmps = compareClaims([a, b, c], opts);
    expect(cmps.map((x) => x.claims)).toEqual([[a.id, c.id]]);
  });

  it('keeps a past figure apart from today’s, and magnitudes a step apart', () => {
    const now = claim('a.txt', 3, 'injured');
    const past = claim('b.txt', 2, 'injured', { hints: hints({ when: ['past:earlier this year'] }) });
    const m1 = claim('a.txt', 4.6, 'magnitude');
    const m2 = claim('b.txt', 2, 'magnitude');
    expect(compareClaims([now, past, m1, m2], opts)).toEqual([]);
  });

  it('ignores the story’s own year but not another year', () => {
    const y = (d: string, v: number, year: string) => claim(d, v, 'deaths', { hints: hints({ when: [year] }) });
    // 2031 is named around the figures of three documents out of five: the story's year.
    const claims = [y('a.txt', 10, 'y:2031'), y('b.txt', 10, 'y:2031'), y('c.txt', 10, 'y:2031'), y('d.txt', 12, 'y:2019'), claim('e.txt', 10, 'deaths')];
    const cmps = compareClaims(claims, opts);
    expect(cmps).toHaveLength(1);
    expect(cmps[0]!.claims).toEqual([claims[0]!.id, claims[1]!.id, claims[2]!.id, claims[4]!.id]);
  });

  it('takes a street for a detail of the story, not another place', () => {
    const street = claim('a.txt', 3, 'victims', { hints: hints({ places: ['roosevelt boulevard'], docPlaces: ['northport'] }) });
    const plain = claim('b.txt', 3, 'victims', { hints: hints({ docPlaces: ['northport', 'kells'] }) });
    const town = claim('c.txt', 3, 'victims', { hints: hints({ places: ['yarrow'], docPlaces: ['northport'] }) });
    const elsewhere = claim('d.txt', 3, 'victims', { hints: hints({ docPlaces: ['kells'] }) });
    expect(compareClaims([street, plain], opts).map((x) => x.claims)).toEqual([[street.id, plain.id]]);
    expect(compareClaims([town, elsewhere], opts)).toEqual([]);
  });

  it('compares a named part of a sum with the same part elsewhere, but not a part of a toll', () => {
    const part = { hints: hints({ marks: ['part-of-whole'] }) };
    const cashA = claim('a.txt', 281e6, 'money: cash', part);
    const cashB = claim('b.txt', 281e6, 'money: cash');
    const childrenA = claim('a.txt', 4, 'deaths', part);
    const childrenB = claim('b.txt', 4, 'deaths', part);
    expect(compareClaims([cashA, cashB, childrenA, childrenB], opts).map((x) => x.claims)).toEqual([[cashA.id, cashB.id]]);
  });

  it('compares a figure that names no year with one that names a past year', () => {
    // "two extra life sentences for the 1999 stabbing" and "two additional life sentences": silence is no other time.
    const dated = claim('a.txt', 2, 'sentence', { hints: hints({ when: ['y:1999'] }) });
    const undated = claim('b.txt', 2, 'sentence');
    expect(compareClaims([dated, undated], opts).map((x) => x.claims)).toEqual([[dated.id, undated.id]]);
  });
});

describe('compareClaims: a person\'s record', () => {
  it('compares prior arrests with prior arrests, not with the story\'s arrests nor a count since a date', () => {
    const a = claimsOfDoc('Police said Lee had previously been arrested four times. One person was arrested at the protest.', 'a.txt');
    const b = claimsOfDoc('Lee has four prior arrests, police said. Two people were arrested at the protest.', 'b.txt');
    const c = claimsOfDoc('Lee had been arrested three times since October, police said.', 'c.txt');
    expect(a[0]!.measure).toBe('prior arrests');
    expect(b[0]!.measure).toBe('prior arrests');
    expect(c[0]!.measure).toBe('prior arrests');
    const cmps = compareClaims([...a, ...b, ...c], opts);
    const prior = cmps.filter((x) => x.measure === 'prior arrests');
    expect(prior.map((x) => [x.verdict, x.claims])).toEqual([['agree', [a[0]!.id, b[0]!.id]]]);
  });
});

describe('compareClaims: items of one list', () => {
  it('compares far-apart items of two lists of the same kinds of things, not a lone figure', () => {
    const a = claimsOfDoc('Customs seized six pistols, 12 knives and about 300 cartridges from the van.', 'a.txt');
    const b = claimsOfDoc('Officers took 14 pistols, 31 knives and 923 cartridges from the van, a spokesman said.', 'b.txt');
    const lone = claimsOfDoc('A box of 1,000 cartridges was found in the van.', 'c.txt');
    expect(a.map((c) => c.hints?.list)).toEqual([a[0]!.id, a[0]!.id, a[0]!.id]);
    const cartridges = compareClaims([...a, ...b, ...lone], opts).filter((x) => x.measure === 'cartridge');
    expect(cartridges.map((x) => [x.verdict, x.claims])).toEqual([['disagree', [a[2]!.id, b[2]!.id]]]);
  });
});

describe('compareClaims: calibers', () => {
  it('compares calibers however they are written, in inches, with no unit conversion noted', () => {
    const a = claimsOfDoc('She carried a .357 Magnum, police said on Monday in Easton.', 'a.txt');
    const b = claimsOfDoc('She carried a .38-caliber revolver, police said on Monday in Easton.', 'b.txt');
    const [cmp] = compareClaims([...a, ...b], opts).filter((x) => x.measure === 'caliber');
    expect([cmp!.verdict, cmp!.notes]).toEqual(['disagree', []]);
    expect(cmp!.summary).toContain('.357 caliber');
    // a count of kinds of caliber is no caliber
    expect(claimsOfDoc('Officers found casings in five calibers.', 'c.txt')[0]!.measure).toBe('calibers');
  });
});

describe('compareClaims: a range against a bound', () => {
  it('tells "at least six" from "10 or 11" (stated figures differ) but not "five or six" from 6', () => {
    const atLeast = claim('a.txt', 6, 'shots fired', { qualifier: 'at-least', low: 6, high: null });
    const range = claim('b.txt', null, 'shots fired', { qualifier: 'range', low: 10, high: 11 });
    const [x] = compareClaims([atLeast, range], opts);
    expect([x!.verdict, x!.notes]).toEqual(['disagree', ['qualifiers-compatible']]);
    const six = claim('c.txt', 6, 'shots fired');
    const fiveOrSix = claim('d.txt', null, 'shots fired', { qualifier: 'range', low: 5, high: 6 });
    expect(compareClaims([six, fiveOrSix], opts).map((c) => c.verdict)).toEqual(['agree']);
  });
});
