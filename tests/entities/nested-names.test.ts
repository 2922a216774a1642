import { describe, expect, it } from 'vitest';
import { entities } from '../../src/api/index.js';

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
