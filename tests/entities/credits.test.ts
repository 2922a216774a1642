import { describe, expect, it } from 'vitest';
import { analyze, entities } from '../../src/api/index.js';
import { loadHtmlParser } from '../../src/corpus/html.js';

/** An invented article whose picture captions carry their credits in the usual forms, one a line. */
const ARTICLE = [
  'Harbour board opens the new ferry terminal',
  '',
  'The harbour board of Varnholm opened its ferry terminal on Monday, two years after the storm that wrecked the old one. The first boat left for the islands at noon.',
  '',
  'The first ferry leaves the new terminal. Image: Rosalind Ferber.',
  '',
  'Passengers wait on the quay. Photo: Daniel Okonjo/Getty Images',
  '',
  'Engineers inspect the pier on Sunday. (NORDPIX/Henrik Salo)',
  '',
  'Harbour master Ingrid Solberg greets the crew. Credit: Thomas Brandt / Nordbild',
  '',
  'A crane lifts the gangway into place. Photo: Nordbild',
  '',
  'The board chair, Peter Lind, said the terminal would carry 400,000 passengers a year.',
].join('\n');

const names = (out: Awaited<ReturnType<typeof entities>>) => out.entities.map((e) => `${e.name}/${e.type}`);

describe('people named in picture credits', () => {
  it('reads a credit\'s person-shaped name in each form as a person', async () => {
    const out = names(await entities([{ id: 'ferry.txt', text: ARTICLE }]));
    for (const person of ['Rosalind Ferber', 'Daniel Okonjo', 'Henrik Salo', 'Thomas Brandt']) expect(out).toContain(`${person}/person`);
  });

  it('keeps agencies, outlets and credit words out, as before', async () => {
    const out = (await entities([{ id: 'ferry.txt', text: ARTICLE }])).entities.map((e) => e.name).join(' | ');
    expect(out).not.toMatch(/Getty|NORDPIX|Nordbild|Image|Photo/);
  });

  it('places the mention on the credit and says why (--explain: named-in-credit, not named-in-caption)', async () => {
    const out = await entities([{ id: 'ferry.txt', text: ARTICLE }], { explain: true });
    const ferber = out.entities.find((e) => e.name === 'Rosalind Ferber')!;
    expect(ferber.mentions).toEqual([{ document: 'ferry.txt', text: 'Rosalind Ferber', start: ARTICLE.indexOf('Rosalind Ferber'), end: ARTICLE.indexOf('Rosalind Ferber') + 15, line: 5, column: 49 }]);
    expect(ferber.evidence.map((e) => e.reason)).toEqual(['named-in-credit']);
    // The caption's own name is the caption's.
    const solberg = out.entities.find((e) => e.name === 'Ingrid Solberg')!;
    expect(solberg.evidence.map((e) => e.reason)).toContain('named-in-caption');
  });

  it('reads no name that is an organisation, a place, an outlet or one word', async () => {
    const text = [
      'Council backs the harbour plan',
      '',
      'The council of Varnholm backed the harbour plan on Tuesday by nine votes to two.',
      '',
      'The old quay before the storm. Photo: Harbour Authority',
      '',
      'Boats in the outer basin. Image: Ferbercam.',
      '',
      'The new breakwater. Photo: New Zealand Herald',
      '',
      'Divers check the hull. Photo: Varnholm Ferry Company',
      '',
      'The harbour at night. Photo: Austin American-Statesman',
      '',
      'The harbour at dawn. Photo: Carmen Sentinel',
    ].join('\n');
    const out = await entities([{ id: 'council.txt', text }], { explain: true });
    expect(out.entities.filter((e) => e.evidence.some((v) => v.reason === 'named-in-credit')).map((e) => e.name)).toEqual([]);
    expect(out.entities.map((e) => e.name).join(' | ')).not.toMatch(/Authority|Herald|Ferbercam|Company|Statesman|Sentinel/);
  });

  it('reads a credit of a line that is all credit', async () => {
    const text = ['Ferry strike ends', '', 'Crews of the island ferries went back to work on Friday after a three-day strike over pay.', '', 'Photo: Rosalind Ferber', '', 'The union said the deal gave crews a raise of 4 per cent.'].join('\n');
    expect(names(await entities([{ id: 'strike.txt', text }]))).toContain('Rosalind Ferber/person');
  });

  it('reads "Video:" and "Photo by ... for The Outlet" credits in the captions of an HTML page', async () => {
    await loadHtmlParser();
    const html = `<html><body><article><h1>Ferry terminal opens</h1>
<p>The harbour board of Varnholm opened its ferry terminal on Monday, two years after the storm that wrecked the old one.</p>
<figure><video src="v.mp4"></video><figcaption>The first ferry leaves the new quay for the islands with two hundred passengers on board. Video: Rosalind Ferber.</figcaption></figure>
<p>The first boat left for the islands at noon, with the mayor and two hundred passengers on board.</p>
<figure><img src="a.jpg"><figcaption>Passengers wait on the quay in the rain before the first crossing to the islands. Photo by Margaret Ellwood for The Varnholm Courier</figcaption></figure>
<p>The board said the terminal would carry more passengers than the old one, and that fares would not rise this year.</p>
</article></body></html>`;
    const out = names(await entities([{ id: 'ferry.html', html }]));
    expect(out).toContain('Rosalind Ferber/person');
    expect(out).toContain('Margaret Ellwood/person');
    expect(out.join(' ')).not.toMatch(/Courier/);
  });
});

describe('a photographer who shares a surname with a person of the story', () => {
  const text = [
    'Ferry captain praised for rescue',
    '',
    'Captain Anna Ferber steered the ferry through the storm and brought 80 passengers home, the harbour board said.',
    '',
    'The ferry left the islands at dusk on Saturday, when the wind was already rising, and reached the harbour of Varnholm four hours late.',
    '',
    'The ferry returns to Varnholm. Photo: Rosalind Ferber/Nordbild',
    '',
    'Ferber said the crew had done the work. "They never stopped," Ferber said.',
    '',
    'The harbour board said it would give the crew a medal at its next meeting, and that the ferry would be back in service next week.',
  ].join('\n');

  it('is a person of her own, and the bare surname stays with the person of the story', async () => {
    const out = await entities([{ id: 'rescue.txt', text }]);
    const anna = out.entities.find((e) => e.name === 'Anna Ferber')!;
    const rosalind = out.entities.find((e) => e.name === 'Rosalind Ferber')!;
    expect(rosalind.type).toBe('person');
    expect(rosalind.aliases).toEqual(['Rosalind Ferber']);
    expect(anna.aliases).toContain('Ferber');
    expect(anna.mentions.length).toBe(3);
  });

  it('also in another document that names only the photographer in full', async () => {
    const other = ['Storm damages harbour', '', 'The storm tore two boats from their moorings, and Ferber told reporters the quay was closed.', '', 'The quay after the storm. Photo: Rosalind Ferber/Nordbild'].join('\n');
    const out = await entities([{ id: 'rescue.txt', text }, { id: 'storm.txt', text: other }]);
    const rosalind = out.entities.find((e) => e.name === 'Rosalind Ferber')!;
    expect(rosalind.aliases).toEqual(['Rosalind Ferber']);
    expect(rosalind.mentions.map((m) => m.document)).toEqual(['rescue.txt', 'storm.txt']);
  });

  it("gives no quote to the photographer: a bare surname's speaker stays the story's (report reads credits too)", async () => {
    const storm = ['Storm damages harbour', '', 'The storm tore two boats from their moorings overnight, and the harbour of Varnholm stayed closed on Sunday.', '', '"The quay is closed until we know it is safe," Ferber told reporters on the pier.', '', 'The quay after the storm. Photo: Rosalind Ferber/Nordbild', '', 'The board expects to reopen the quay next week, once divers have checked the walls.'].join('\n');
    const out = await analyze([{ id: 'storm.txt', text: storm }]);
    expect(out.entities.find((e) => e.name === 'Rosalind Ferber')?.type).toBe('person');
    expect(out.quotes.map((q) => q.speaker)).toEqual(['Ferber']);
  });
});
