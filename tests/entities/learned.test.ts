import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractEntities, mergeEntities, type Entity } from '../../src/entities/index.js';
import { candidateFeatures, wordShape } from '../../src/entities/features.js';
import { MODEL_CLASSES, scoreCandidate, scoresToTypes, scoringSink, addScores } from '../../src/entities/model.js';
import { contextFeaturesTo, nameFeaturesTo } from '../../src/entities/features.js';
import { extractDocEntities } from '../../src/entities/extract.js';

const parse = (id: string, text: string) => new ParsedDocument({ id, source: null, text, origin: id });
const run = (...texts: string[]): Entity[] => mergeEntities(texts.map((t, i) => extractEntities(parse(`doc${i}.txt`, t))));
const find = (ents: Entity[], name: string) => ents.find((e) => e.name === name || e.aliases.includes(name));
const reasons = (e: Entity) => e.evidence.map((x) => x.reason);

describe('learned typer', () => {
  it('scores four types and none from the shipped model', () => {
    expect(MODEL_CLASSES).toEqual(['person', 'organization', 'place', 'other', 'none']);
    const s = scoreCandidate(['bias', 'first:first-name', 'len=2', 'next:speech-verb']);
    expect(s.type.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(s.type[0]).toBeGreaterThan(0.5);
  });

  it('describes a candidate by shape, affixes, context and gazetteer hits', () => {
    expect(wordShape('McCain')).toBe('XxXx');
    expect(wordShape('IE6')).toBe('Xd');
    const doc = parse('a.txt', 'Officials in Bergen said so.');
    const tokens = doc.sentenceTokens(doc.sentences[0]!);
    const part = { text: 'Bergen', lower: 'bergen', start: 13, end: 19, token: 2 };
    const f = candidateFeatures([part], tokens, { titled: false, country: false, place: true, nested: false, headline: false });
    expect(f).toEqual(expect.arrayContaining(['bias', 'prev=in', 'prev:place-prep', 'next=said', 'whole:place', 'shape=Xx', 'suf3=gen']));
  });
});

describe('words further from the name', () => {
  it('gives the words two to four tokens off as a bag, past the neighbours and within the sentence', () => {
    const doc = parse('a.txt', 'The band released the new album Midnight Rivers on Friday. Critics loved it.');
    const tokens = doc.sentenceTokens(doc.sentences[0]!);
    const at = tokens.findIndex((t) => t.text === 'Midnight');
    const parts = [0, 1].map((k) => ({ text: tokens[at + k]!.text, lower: tokens[at + k]!.text.toLowerCase(), start: tokens[at + k]!.start, end: tokens[at + k]!.end, token: at + k }));
    const f = candidateFeatures(parts, tokens, { titled: false, country: false, place: false, nested: false, headline: false });
    const bag = f.filter((x) => x.startsWith('win=')).sort();
    expect(bag).toEqual(['win=friday', 'win=new', 'win=released', 'win=the']);
  });
});

describe('flags given by bits', () => {
  it('gives the name flags and then the neighbour flags in their fixed order', () => {
    const doc = parse('a.txt', 'The talks failed, according to Reuters.');
    const tokens = doc.sentenceTokens(doc.sentences[0]!);
    const at = tokens.findIndex((t) => t.text === 'Reuters');
    const part = { text: 'Reuters', lower: 'reuters', start: tokens[at]!.start, end: tokens[at]!.end, token: at };
    const f = candidateFeatures([part], tokens, { titled: true, country: false, place: false, nested: false, headline: true });
    const flags = f.filter((x) => ['whole:news-agency', 'titled', 'headline', 'prev:according-to'].includes(x));
    expect(flags).toEqual(['whole:news-agency', 'titled', 'headline', 'prev:according-to']);
  });
});

describe('non-names', () => {
  it('drops a capitalised word the model takes for no name, and keeps the names beside it', () => {
    const ents = run('Mhm. I think so. Hmm, Maria Reyes said. Reyes left. Mhm, yes.');
    expect(find(ents, 'Mhm')).toBeUndefined();
    expect(find(ents, 'Hmm')).toBeUndefined();
    expect(find(ents, 'Maria Reyes')!.type).toBe('person');
    expect(find(ents, 'Maria Reyes')!.aliases).toContain('Reyes');
  });

  it('keeps every candidate for training (the none examples too)', () => {
    const doc = parse('a.txt', 'Mhm. Maria Reyes said so.');
    expect(extractDocEntities(doc, { keepFeatures: true }).mentions.map((m) => m.text)).toContain('Mhm');
  });
});

describe('typer scored without feature strings', () => {
  it('gives the scores of the spelled-out features, for every mention of a text', () => {
    const doc = parse('a.txt', 'Syrian Observatory for Human Rights chief Rami Abdulrahman told AFP in Beirut, Lebanon. McCain\'s aide, a spokesman for the U.S. Senate, said so. \u00c9douard Philippe met Ms. \u{1D400}lpha Corp officials.');
    const spelled = extractDocEntities(doc, { keepFeatures: true }).mentions;
    const scored = extractDocEntities(doc).mentions;
    expect(scored.map((m) => m.text)).toEqual(spelled.map((m) => m.text));
    let compared = 0;
    for (let i = 0; i < spelled.length; i++) {
      if (!spelled[i]!.reasons.includes('model')) continue;
      compared++;
      const raw = [0, 0, 0, 0, 0];
      addScores(raw, spelled[i]!.features!);
      expect(scored[i]!.ev).toEqual(scoresToTypes(raw).type);
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('adds through the sink what addScores adds for the same names', () => {
    const doc = parse('b.txt', 'Officials in Bergen said Daniel Okafor of Eastmark Red Cross left.');
    const tokens = doc.sentenceTokens(doc.sentences[0]!);
    const parts = [{ text: 'Daniel', lower: 'daniel', start: 25, end: 31, token: 4 }, { text: 'Okafor', lower: 'okafor', start: 32, end: 38, token: 5 }];
    const facts = { titled: false, country: false, place: false, nested: false, headline: false };
    const bySink = [0, 0, 0, 0, 0];
    const sink = scoringSink(bySink)!;
    nameFeaturesTo(parts, facts, sink);
    contextFeaturesTo(parts, tokens, sink);
    const byName = [0, 0, 0, 0, 0];
    addScores(byName, candidateFeatures(parts, tokens, facts));
    expect(bySink).toEqual(byName);
  });
});

describe('override layer (reason codes)', () => {
  it('types towns by their news cues', () => {
    const ents = run('Shelling hit the border town of Qaryat on Monday. Qaryat police said 20 died. MARLOW, Ohio - Residents of Marlow fled.');
    expect(find(ents, 'Qaryat')!.type).toBe('place');
    expect(reasons(find(ents, 'Qaryat')!)).toEqual(expect.arrayContaining(['place-noun-before', 'place-noun-after']));
    expect(find(ents, 'MARLOW')!.type).toBe('place');
    expect(reasons(find(ents, 'MARLOW')!)).toContain('dateline-city');
  });

  it('types a name followed by an age as a person', () => {
    const ents = run('The dead were Laprida Shears, 25, of Tyler and Lyrik Poike, 2 months old.');
    expect(find(ents, 'Laprida Shears')!.type).toBe('person');
    expect(reasons(find(ents, 'Laprida Shears')!)).toContain('age-after-name');
    expect(find(ents, 'Lyrik Poike')!.type).toBe('person');
  });

  it('keeps a given name that is also a place at the head of a full name', () => {
    const ents = run('Police said 17-year-old Douglas Trey Vantorp was shot. The death of Dallas J. Kerrimond was reviewed.');
    expect(find(ents, 'Douglas Trey Vantorp')!.type).toBe('person');
    expect(find(ents, 'Dallas J. Kerrimond')!.type).toBe('person');
    expect(find(ents, 'Douglas')).toBeUndefined();
    // A country before a full name is still split off.
    const split = run('Troops in Jordan Hamdullah Mohib said so.');
    expect(find(split, 'Hamdullah Mohib')!.type).toBe('person');
  });

  it('types a full name right after an age as a person', () => {
    const ents = run('Police identified 18-year-old Romello Dewain Steward. A 17-year-old Boston man was hurt.');
    expect(find(ents, 'Romello Dewain Steward')!.type).toBe('person');
    expect(reasons(find(ents, 'Romello Dewain Steward')!)).toContain('age-before-name');
    expect(find(ents, 'Boston')!.type).toBe('place');
  });

  it('keeps a group word that is a given name before a surname', () => {
    const ents = run('Police said 16-year-old Christian Vornholt was shot. Christian Vornholt died at the scene.');
    expect(find(ents, 'Christian Vornholt')!.type).toBe('person');
  });

  it('types organisations named with an organisation noun', () => {
    const ents = run('Fighters of the militant group Zorblat attacked. Anatolu news agency reported it.');
    expect(find(ents, 'Zorblat')!.type).toBe('organization');
    expect(find(ents, 'Anatolu')!.type).toBe('organization');
  });
});

describe('junk glued to names', () => {
  it('drops agency initials and count words, and keeps an enumerated organisation whole', () => {
    const ents = run('AP Maria Reyes said the Bureau of Weights, Measures and Standards agreed.', 'Four Riverton Police Department officers were hurt. Three Rivers Stadium was full.');
    expect(find(ents, 'Maria Reyes')).toBeDefined();
    expect(find(ents, 'AP Maria Reyes')).toBeUndefined();
    expect(find(ents, 'Bureau of Weights, Measures and Standards')).toBeDefined();
    expect(find(ents, 'Measures')).toBeUndefined();
    expect(find(ents, 'Riverton Police Department')!.type).toBe('organization');
    expect(find(ents, 'Three Rivers Stadium')).toBeDefined();
  });
});

describe('merges that can say why', () => {
  it('joins a bare surname and a title-only mention to the unique full name', () => {
    const ents = run('Officer Daniel K. Okafor was hurt. Okafor is recovering.', 'Maria Reyes spoke. Chief Reyes said Reyes would stay.');
    expect(find(ents, 'Daniel K. Okafor')!.aliases).toContain('Okafor');
    const reyes = find(ents, 'Maria Reyes')!;
    expect(reyes.aliases).toEqual(expect.arrayContaining(['Chief Reyes', 'Reyes']));
    expect(reasons(reyes)).toContain('surname-of-full-name');
  });

  it('never merges relatives, and gives a shared surname to the nearest full name before it', () => {
    const ents = run('Ana Pruitt and Ava Pruitt were shot. Ana Pruitt, 30, died. Pruitt was a nurse. Later Ava Pruitt spoke. Pruitt said she was scared.');
    const ana = find(ents, 'Ana Pruitt')!;
    const ava = find(ents, 'Ava Pruitt')!;
    expect(ana).not.toBe(ava);
    expect(ana.mentions.some((m) => m.text === 'Pruitt' && m.start < 60)).toBe(true);
    expect(ava.mentions.some((m) => m.text === 'Pruitt' && m.start > 80)).toBe(true);
  });

  it('joins a bare hyphenated surname to its full name', () => {
    const ents = run('Deonte Rasul-Chiono was hurt in the attack. Rasul-Chiono is recovering, his mother said.');
    expect(find(ents, 'Deonte Rasul-Chiono')!.aliases).toContain('Rasul-Chiono');
  });

  it('joins a name without its middle names to the one longer name', () => {
    const ents = run('Katherine Breann Cooper, 22, died.', 'Katherine Cooper was a student. Cooper loved art.');
    const cooper = find(ents, 'Katherine Breann Cooper')!;
    expect(cooper.aliases).toEqual(expect.arrayContaining(['Katherine Cooper', 'Cooper']));
    expect(reasons(cooper)).toContain('middle-names-dropped');
  });
});
