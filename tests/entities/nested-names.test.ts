import { describe, expect, it } from 'vitest';
import { entities } from '../../src/api/index.js';
import { ParsedDocument } from '../../src/corpus/parsed.js';
import { extractDocEntities } from '../../src/entities/extract.js';

/** Every mention of a one-document run as [text, type], in text order. */
async function mentionsOf(text: string): Promise<[string, string][]> {
  const out = await entities([{ id: 'story.txt', text }]);
  const found: [number, string, string][] = [];
  for (const e of out.entities) for (const m of e.mentions) found.push([m.start, m.text, e.type]);
  return found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length).map(([, text, type]) => [text, type]);
}

describe('honorifics written without a full stop', () => {
  it('read "Mr Pike" as a title and a surname, even where the surname is an ordinary word', async () => {
    const text = 'Harbour board votes on new ferry\nThe board met on Monday.\nMr Pike opened the meeting with a short speech. Pike said the vote was close.\n';
    const out = await entities([{ id: 'story.txt', text }]);
    const pike = out.entities.find((e) => e.name === 'Pike');
    expect(pike?.type).toBe('person');
    expect(pike?.roles).toEqual(['Mr']);
    expect(pike?.mentions.map((m) => m.start)).toEqual([text.indexOf('Pike'), text.lastIndexOf('Pike')]);
  });

  it('read Mrs, Ms and Dr alike in the middle of a sentence', async () => {
    const text = 'Clinic opens\nThe clinic opened on Monday.\nThe mayor thanked Mrs Baker, Ms Rose and Dr Bell for their work.\n';
    expect(await mentionsOf(text)).toEqual([
      ['Baker', 'person'],
      ['Rose', 'person'],
      ['Bell', 'person'],
    ]);
  });
});

describe('names inside longer names', () => {
  it('finds a place in the middle of a name as well as at its end', async () => {
    const text = 'Campus vigil\nStudents gathered on Monday.\nA chemistry student at University of Ohio Dayton spoke to the crowd on Monday.\n';
    const found = await mentionsOf(text);
    expect(found).toContainEqual(['Ohio', 'place']);
    expect(found).toContainEqual(['Dayton', 'place']);
    expect(found.map(([t]) => t)).not.toContain('Ohio Dayton');
  });

  it('reads the city inside a venue and drops an everyday word before it', async () => {
    const text = 'Comic fair\nCrowds came on Saturday.\nThe fair took place at the Metro Vancouver Exhibition Centre this weekend.\n';
    const found = await mentionsOf(text);
    expect(found).toContainEqual(['Vancouver', 'place']);
    expect(found.map(([t]) => t)).not.toContain('Metro');
  });

  it('reads the named object of a body ("Trust for Zapotec Heritage") and a region of a place', async () => {
    const text = 'Grant awarded\nThe grant was announced on Friday.\nA grant from the Trust for Zapotec Heritage went to the University of Northern Idaho.\n';
    const found = await mentionsOf(text);
    expect(found).toContainEqual(['Trust for Zapotec Heritage', 'organization']);
    expect(found.map(([t]) => t)).toContain('Zapotec Heritage');
    expect(found).toContainEqual(['Northern Idaho', 'place']);
    expect(found.map(([t]) => t)).not.toContain('Idaho');
  });

  it('types an event by its head before the country it is held in, and reads the country', async () => {
    const text = 'Fans gather\nThe doors opened on Friday.\nThe 9th Robot Expo Norway took place in a hall by the harbour this weekend.\n';
    const found = await mentionsOf(text);
    expect(found).toContainEqual(['Robot Expo Norway', 'other']);
    expect(found).toContainEqual(['Norway', 'place']);
  });

  it('reads the place an administrative unit is "of", but not as a body of the unit', async () => {
    const text = 'Tax dispute\nThe ruling came on Friday.\nThe request came from the Municipality of Castelnuovo, officials said. The City of Dunmore Police Department did not comment.\n';
    const found = await mentionsOf(text);
    expect(found).toContainEqual(['Castelnuovo', 'place']);
    expect(found).not.toContainEqual(['Dunmore Police Department', 'place']);
  });

  it('reads a town after an organisation\'s "of", but no country named in another tongue', async () => {
    const text = 'Club news\nThe club met on Friday.\nHe spoke to the Rotary Club of Reading before he left for Long Island University.\n';
    const found = await mentionsOf(text);
    expect(found).toContainEqual(['Reading', 'place']);
    expect(found.map(([t]) => t)).not.toContain('Island');
  });

  it('keeps a town at the head of its police, but not an everyday word inside a county', async () => {
    const text = 'Arrest made\nPolice made an arrest on Monday.\nThe Garland Police Department and the Orange County sheriff worked together.\n';
    const found = (await mentionsOf(text)).map(([t]) => t);
    expect(found).toContain('Garland');
    expect(found).toContain('Orange County');
    expect(found).not.toContain('Orange');
  });
});

describe('ordinary words read as names', () => {
  it('takes two everyday words written as one at a sentence start for an ordinary word', async () => {
    const text = 'Tournament report\nThe final was played on Sunday.\nThe home side won the cup. Matchplay was slow in the second half, said Tom Ridley.\n';
    const found = (await mentionsOf(text)).map(([t]) => t);
    expect(found).toEqual(['Tom Ridley']);
  });

  it('keeps such a word that opens a longer name', async () => {
    const text = 'Garden show\nThe show opened on Friday.\nThe roses bloomed early. Stonebridge Gardens opened its gates to visitors.\n';
    expect((await mentionsOf(text)).map(([t]) => t)).toEqual(['Stonebridge Gardens']);
  });

  it('keeps "Emeritus" with the title it qualifies, before it or after it', async () => {
    const text = 'Honours list\nThe list came out on Friday.\nThe prize went to Emeritus Professor Alan Whitcombe and to Professor Emeritus Ruth Okafor.\n';
    const out = await entities([{ id: 'story.txt', text }]);
    expect(out.entities.map((e) => [e.name, e.type]).sort()).toEqual([
      ['Alan Whitcombe', 'person'],
      ['Ruth Okafor', 'person'],
    ]);
  });
});

describe('plurals of names', () => {
  it('reads a product whose plural is a common noun as a thing, not a person', async () => {
    const text =
      'Gallery opens\nThe gallery opened on Friday.\nThe exhibit of Zandrels and screen prints opened in May. It includes Zandrels of actor Dale Hunter and singer Mia Ross. Curator Ana Lopes said the Zandrel format changed her work. She used the Zandrel for years.\n';
    const out = await entities([{ id: 'story.txt', text }], { explain: true });
    expect(out.entities.map((e) => e.name)).not.toContain('Zandrels');
    const camera = out.entities.find((e) => e.name === 'Zandrel');
    expect(camera?.type).toBe('other');
    expect(camera?.evidence.map((e) => e.reason)).toContain('plural-common-noun');
  });

  it('keeps a family and a surname made of a given name', async () => {
    const text = 'Family reunion\nThe reunion was held on Sunday.\nThe Haverfords came from three states, and Tom Haverford spoke first. Haverford thanked Jane Richards and Richard Lee. Richards said it was a fine day.\n';
    const names = (await entities([{ id: 'story.txt', text }])).entities.map((e) => [e.name, e.type]);
    expect(names).toContainEqual(['Tom Haverford', 'person']);
    expect(names).toContainEqual(['Jane Richards', 'person']);
    expect(names).toContainEqual(['Richard Lee', 'person']);
  });

  it("offers no candidate name in a post's bureau after its possessive", () => {
    const text = "The Tarrow County Sheriff's Office said the man fled. The Coroner's Office named him.";
    const doc = new ParsedDocument({ id: 'a.txt', source: null, text, origin: 'a.txt' });
    const candidates = extractDocEntities(doc, { keepFeatures: true }).mentions.map((m) => m.text);
    expect(candidates).toContain('Tarrow County');
    expect(candidates).not.toContain('Office');
  });
});
