import { describe, expect, it } from 'vitest';
import { entities } from '../../src/api/index.js';

const ARTICLE = [
  'Mill fire leaves two hurt in Dunmore',
  '',
  'Two workers were hurt on Friday when a fire broke out at the old paper mill in Dunmore, the fire service said. Crews fought the blaze for six hours before bringing it under control.',
  '',
  'CLOSE Skip in Skip x Embed x Share Fire chief Rosa Delgado describes how the fire spread through the drying hall and why the crews could not reach the roof in time.',
  '',
  'Buy Photo Police officers close the road near the mill in Dunmore on Friday morning while crews fight the fire. (Photo: Jo Park / The Dunmore Herald)Buy Photo',
  '',
  'Chief Rosa Delgado said the building had no working sprinklers. The owners will meet inspectors next week, and the mill will stay closed until the inspection is complete.',
  '',
  'Neighbours said they saw smoke from two miles away. The council has opened a shelter at the school for families whose homes were damaged by the water used on the blaze.',
].join('\n');

describe('entities beside widget controls', () => {
  it("names no button of a video player or a photo sale, and still the people beside them", async () => {
    const out = await entities([{ id: 'mill.txt', text: ARTICLE }]);
    const names = out.entities.map((e) => e.name);
    expect(names.filter((n) => /Skip|Embed|Buy Photo|CLOSE/.test(n))).toEqual([]);
    const delgado = out.entities.find((e) => e.name === 'Rosa Delgado');
    expect(delgado?.type).toBe('person');
    expect(delgado?.mentions.map((m) => m.line)).toContain(5);
  });
});
