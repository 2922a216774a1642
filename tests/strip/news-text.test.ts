import { describe, expect, it } from 'vitest';
import { stripCorpus } from '../../src/strip/index.js';
import { decide, doc } from './fixtures.js';
import { isDateLine, isDateStamp } from '../../src/strip/patterns.js';

// Plain-text news articles (title, dateline, text), as wire services and wikis print them. Invented text.

const P1 =
  'A landslide after two days of heavy rain buried part of the mountain village of Ostrava Dolna on Tuesday, killing at least twelve people, according to the regional fire service.';
const P2 =
  'Rescue teams from three neighbouring towns searched the mud through the night, and the fire service said on Wednesday morning that nine people were still missing in the village.';
const P3 =
  'The village lies below a slope that geologists had warned about for years; residents said the council had promised to build a retaining wall but never found the money to do it.';

describe('a plain-text article that opens with its title over a dateline', () => {
  it('keeps the title as the headline, not a fragment between the dateline and the text', () => {
    const text = ['At least twelve killed as landslide buries mountain village', '', 'Tuesday, March 4, 2031', '', 'rescuers at the village square in 2029.', '', P1, '', P2, '', P3].join('\n');
    const d = decide(text);
    expect(d.get(1)).toEqual({ line: 1, keep: true, reason: 'headline' });
    expect(d.get(3)?.keep).toBe(false);
    expect(d.get(5)?.reason).not.toBe('headline');
  });

  it('never takes the dateline itself for the headline', () => {
    const text = ['Reports: rescuers search mud for missing villagers after landslide in mountain region', '', 'Wednesday, March 5, 2031', '', 'Rescuers at the edge of the village on March 4, 2031. Image: Lee Sample.', '', P1, '', P2, '', P3].join('\n');
    const d = decide(text);
    expect(d.get(1)).toEqual({ line: 1, keep: true, reason: 'headline' });
    expect(d.get(3)).toMatchObject({ keep: false });
  });

  it('reads datelines and date stamps, not headlines that name a month', () => {
    expect(isDateLine('Saturday, September 12, 2031')).toBe(true);
    expect(isDateLine('12. März 2031')).toBe(true);
    expect(isDateLine('2031-09-12')).toBe(true);
    expect(isDateLine('Landslide in March 2031')).toBe(false);
    expect(isDateStamp('Published Nov 18, 2031 at 4:07 PM', 7)).toBe(true);
    expect(isDateStamp('Harvest festival returns to the valley in May 2031', 9)).toBe(false);
    expect(isDateStamp('Council may cut 3 bus lines in 2031', 8)).toBe(false);
  });
});

describe('account words in reports and in site furniture', () => {
  const around = (line: string) => decide([P1, '', line, '', P2, '', P3].join('\n')).get(3)!;

  it('keeps report sentences that mention an account, a register or a password', () => {
    expect(around('The fire service posted photographs of the rescue from its official account on Wednesday morning.').keep).toBe(true);
    expect(around('The mayor wrote using his @ExampleMayor account:').keep).toBe(true);
    expect(around('The village was added to the national register of protected sites in 1998.').keep).toBe(true);
    expect(around('Investigators said the stolen password had been used to open the council’s email server.').keep).toBe(true);
  });

  it('still drops account furniture: labels, buttons and lines that speak to the reader', () => {
    for (const line of ['Create an account', 'Forgot your password?', 'My Account', 'Login / Register', 'Sign in to continue reading this article', 'Already have an account? Log in to read more.', 'Registrieren Sie sich jetzt kostenlos:']) {
      expect(around(line), line).toMatchObject({ keep: false, reason: 'subscription' });
    }
  });
});

describe('photo captions (the strip benchmarks count them out of the article)', () => {
  it('drops a caption with its credit and a bare credit, so no photographer reaches the analyses', () => {
    const text = [P1, '', 'Rescuers carry a survivor out of the mud. Photo: Dana Example.', '', P2, '', 'Image: Lee Sample', '', P3].join('\n');
    const d = decide(text);
    expect(d.get(3)).toEqual({ line: 3, keep: false, reason: 'photo-credit' });
    expect(d.get(7)).toEqual({ line: 7, keep: false, reason: 'photo-credit' });
    expect(stripCorpus([doc('t', text)])[0]!.text).not.toMatch(/Dana Example|Lee Sample/);
  });
});
