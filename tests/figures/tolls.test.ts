import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { compareClaims, extractClaims } from '../../src/figures/index.js';

// Death tolls in shooting reports: who was counted (victims, the perpetrator, a part of the dead) and who
// reports the figure. Sentences are invented; each stands for a shape seen in real multi-outlet news.

const parse = (text: string, id = 'doc.txt') => new ParsedDocument({ id, source: null, text, origin: id });
const claimsOf = (text: string) => extractClaims(parse(text));
const find = (text: string, needle: string) => claimsOf(text).find((c) => c.text.includes(needle));
const LEAD = 'A shooting happened in Easton on Sunday night near the bar on Harbor Street. ';

describe('who a toll counts', () => {
  it('reads a sex or age noun as a part only beside another part', () => {
    expect(find(`${LEAD}Police said 4 men were found fatally shot in the house.`, '4 men')!.measure).toBe('deaths');
    expect(find(`${LEAD}A man and two women were killed in the house.`, 'two women')!.measure).toBe('deaths: women');
    expect(find(`${LEAD}Ana Ruiz, her husband and six children were shot and killed at home.`, 'six children')!.measure).toBe('deaths: children');
    expect(find(`${LEAD}Neighbours heard that at least one child was killed.`, 'one child')!.measure).toBe('deaths: child');
    // the count after another people count in a list is a part as well, whatever its noun
    expect(find(`${LEAD}Two bystanders and one deputy were killed at the bar.`, 'one deputy')!.measure).toBe('deaths: deputy');
    expect(find(`${LEAD}The gunman killed his wife and two neighbors.`, 'two neighbors')!.measure).toBe('deaths');
  });

  it('counts the agent of an active verb as a perpetrator, not a toll', () => {
    expect(find(`${LEAD}A man shot three officers - one fatally - near the casino.`, 'three officers')!.measure).toBe('shot');
    expect(claimsOf(`${LEAD}An 18-year-old man fatally shot his friend at the lake.`).some((c) => c.measure === 'deaths')).toBe(false);
    expect(claimsOf(`${LEAD}Police arrested a man suspected of fatally shooting the clerk.`).some((c) => c.measure === 'deaths')).toBe(false);
    expect(find(`${LEAD}Two men accused of killing the clerk appeared in court.`, 'Two men')!.measure).toBe('perpetrators');
    expect(claimsOf(`${LEAD}The gunman opened fire before being killed by a deputy.`).some((c) => c.measure === 'deaths')).toBe(false);
  });

  it('tells a toll with the perpetrator from the victims', () => {
    expect(find(`${LEAD}The gunman killed two people and then himself in the lobby.`, 'two people')!.hints?.marks).toContain('excludes-perpetrator');
    expect(find(`${LEAD}A former guard was found dead after he allegedly killed his wife.`, 'A former guard')!.hints?.marks).toContain('includes-perpetrator');
    const text = 'Two dead in Easton shooting.\n\nThe gunman opened fire at the bar on Sunday, leaving one person dead. The shooter was also killed by an officer.';
    expect(find(text, 'Two dead')!.hints?.marks).toContain('includes-perpetrator');
    expect(find(text, 'one person')!.hints?.marks).toBeUndefined();
  });

  it('reads one person killed in a relative clause, an apposition or after "of"', () => {
    expect(find(`${LEAD}A man was charged in the death of a 3-year-old boy who was killed at home.`, 'a 3-year-old boy')!.measure).toBe('deaths');
    expect(find(`${LEAD}Jon Vale, a 23-year-old man, was fatally shot outside.`, 'a 23-year-old')!.measure).toBe('deaths');
    expect(find(`${LEAD}Police are investigating the fatal shooting of one man at the bar.`, 'one man')!.measure).toBe('deaths');
    expect(find(`${LEAD}The gunfire resulted in one boy dying at the scene.`, 'one boy')!.measure).toBe('deaths');
  });

  it('sets apart one of a group split in two, and a single when an ordinal victim is named', () => {
    expect(find(`${LEAD}Police found two women on the porch, one dead, the other critically injured.`, 'one dead')!.hints?.marks).toContain('part-of-whole');
    const single = find('Third victim in Easton shootings identified.\n\nA man shot and killed Sunday night in Easton has been identified.', 'A man')!;
    expect(single.measure).toBe('deaths');
    expect(single.hints?.marks).toContain('part-of-whole');
  });

  it('does not read a toll from another clause, a quote, a possession or a verb "lives"', () => {
    expect(find(`${LEAD}He went to check on a friend who lives in the neighborhood.`, 'a friend')).toBeUndefined();
    expect(find(`${LEAD}Two were killed Sunday after the gunman opened fire at two buildings.`, 'two buildings')!.measure).not.toBe('deaths');
    expect(find(`${LEAD}The slain officer had two grown children.`, 'two grown')!.measure).toBeNull();
    expect(find(`${LEAD}Her slain sister called them “two beautiful girls, sweet girls.”`, 'two beautiful')!.measure).not.toMatch(/^deaths/);
    expect(find(`${LEAD}They claimed to own at least one pistol.`, 'one')?.measure ?? null).toBeNull();
  });

  it('marks an event whose link to the story is in question as another event', () => {
    const c = find(`${LEAD}Police do not know if a drive-by shooting Saturday that left two men dead is connected.`, 'two men')!;
    expect(c.hints?.marks).toContain('other-event');
  });

  it('counts the dead at a funeral or vigil as the toll, not a capacity', () => {
    expect(find(`${LEAD}Funeral services were held for four dead in the shooting.`, 'four dead')!.measure).toBe('deaths');
  });
});

describe('figures of a recalled event', () => {
  const both = (a: string, b: string) => compareClaims([...extractClaims(parse(a, 'a.txt')), ...extractClaims(parse(b, 'b.txt'))], { tolerance: 5 });
  it('compares them only when a place or a calendar date names the event', () => {
    const unnamed = 'Police said another shooting last month left two dead.';
    expect(both(`${LEAD}${unnamed}`, `${LEAD}${unnamed}`).filter((c) => c.measure === 'deaths')).toEqual([]);
    const named = 'In 2012 another shooting in Marlow left 12 dead.';
    expect(both(`${LEAD}${named}`, `${LEAD}${named}`).filter((c) => c.measure === 'deaths')).toHaveLength(1);
  });

  it('compares outlets\' totals over the story\'s series, named or not', () => {
    const total = 'In their five operations so far, the crew have confiscated 14 rifles.';
    const rifles = both(total, total).filter((c) => c.measure === 'rifle');
    expect(rifles).toHaveLength(1);
    expect(rifles[0]!.verdict).toBe('agree');
  });
});

describe('tolls with and without the perpetrator', () => {
  const both = (a: string, b: string) => compareClaims([...extractClaims(parse(a, 'a.txt')), ...extractClaims(parse(b, 'b.txt'))], { tolerance: 5 });
  it('keeps "killed two people and then himself" apart from another text\'s "3 dead"', () => {
    const victims = `${LEAD}The gunman killed two people and then himself.`;
    expect(both(victims, `${LEAD}Police said 3 dead after the shooting.`).filter((c) => c.measure === 'deaths')).toEqual([]);
    expect(both(victims, `${LEAD}Police said 2 dead after the shooting.`).filter((c) => c.measure === 'deaths')).toHaveLength(1);
  });
});

describe('people attacked', () => {
  it('counts the people an attack was on as victims, not a toll', () => {
    expect(find('Police said one person had been attacked outside a store.', 'one person')!.measure).toBe('victims');
  });
});

describe('displaced people and reporting clauses', () => {
  it('reads people forced from or fleeing their homes as displaced', () => {
    expect(find('The flood swept through Marlow, forcing 12,000 residents from their homes.', '12,000')!.measure).toBe('displaced');
    expect(find('About 5,000 people fled their homes as the river rose in Marlow.', '5,000')!.measure).toBe('displaced');
  });

  it('attributes a figure to the body named in a reporting clause after it', () => {
    expect(find('At least 55 people died in the flood in Marlow, the interior ministry said on Wednesday.', '55')!.attributedTo).toBe('interior ministry');
    expect(find('Two people were killed in the crash in Marlow, police said.', 'Two')!.attributedTo).toBe('police');
    // a person's name is left to the quote layer, which resolves it
    expect(find('Two people were killed in the crash in Marlow, Anna Berg said.', 'Two')!.attributedTo).toBeNull();
  });
});

describe('falls that end in death', () => {
  it('reads "have fallen to their deaths" as a toll, after an auxiliary too', () => {
    expect(find('Two hikers have fallen to their deaths in the Marlow hills.', 'Two hikers')!.measure).toBe('deaths');
    expect(find('A worker had plunged to his death from the roof.', 'A worker')!.measure).toBe('deaths');
    expect(find('Four workers have fallen behind on the bridge repairs.', 'Four workers')?.measure ?? null).not.toBe('deaths');
  });
});

describe('a part of a group', () => {
  it('reads "three of the workers were killed" as a part of the toll, not the toll', () => {
    expect(find('Three of the workers were killed in the blast at the Marlow plant.', 'Three')!.measure).toBe('deaths: workers');
    expect(find('Two of the passengers were hospitalized after the crash.', 'Two')!.measure).toBe('injured: passengers');
    expect(find('One of the guests left early.', 'One')?.measure ?? null).toBe(null);
  });
});

describe('nationals among the dead', () => {
  it('reads "two Australians were killed" as a part of the toll, not the toll', () => {
    expect(find('Two Australians were killed in the blast in Marlow on Monday.', 'Two Australians')!.measure).toBe('deaths: australian');
    expect(find('The blast in Marlow killed three Germans on Monday.', 'three Germans')!.measure).toBe('deaths: german');
  });

  it('reads a nationality adjective before the person as the same part', () => {
    expect(find('A Canadian woman was killed in the avalanche near Brenna.', 'A Canadian woman')!.measure).toBe('deaths: canadian');
    expect(find('Two German tourists were injured in the crash in Marlow.', 'Two German tourists')!.measure).toBe('injured: german');
    // a nation that is not a sovereign country names people all the same
    expect(find('Rescuers said a Welsh woman died on the ridge.', 'a Welsh woman')!.measure).toBe('deaths: welsh');
    // without a nationality the person is the whole toll
    expect(find('A woman was killed in the avalanche near Brenna.', 'A woman')!.measure).toBe('deaths');
  });

  it('lets nationals listed side by side share the verb after the list', () => {
    const claims = claimsOf('One Italian and one Scottish hiker have fallen to their deaths in the Alps.');
    expect(claims.map((c) => c.measure)).toEqual(['deaths: italian', 'deaths: scottish']);
    // other lists keep their reading: the first count of "two civilians and an officer" is not the toll
    expect(find('Two civilians and an officer were killed at the clinic.', 'Two civilians')!.measure).not.toMatch(/^deaths/);
  });

  it('does not set a national among the dead against the toll', () => {
    const a = extractClaims(parse('Three hikers were killed in the avalanche near Brenna on Sunday.', 'a.txt'));
    const b = extractClaims(parse('A Canadian woman was killed in the avalanche near Brenna on Sunday.', 'b.txt'));
    expect(compareClaims([...a, ...b], { tolerance: 5 }).filter((x) => x.verdict === 'disagree')).toEqual([]);
  });
});
