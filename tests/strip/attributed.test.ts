import { describe, expect, it } from 'vitest';
import { decide } from './fixtures.js';

const P1 =
  'A man was arrested on Monday after his young son found a loaded gun on a kitchen table in the family home and was fatally wounded, the police in the small riverside town said in a statement.';
const P2 =
  'The father was not at home at the time of the shooting, but the mother and a younger sibling were in the house, and neighbours said they had heard a single shot shortly after breakfast.';

describe('short attributed sentences', () => {
  it("keeps a sentence of names and a 'said' between paragraphs of the article", () => {
    const text = [P1, '', 'Ortega said the child, Nilo Varga, shot himself Sunday morning.', '', P2].join('\n');
    expect(decide(text).get(3)?.keep).toBe(true);
  });

});
