import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/corpus/types.js';
import { controlRuns } from '../../src/strip/controls.js';
import { captionWithoutCredit } from '../../src/strip/captions.js';
import { collectLineStats, stripDocument } from '../../src/strip/index.js';
import { formatStripExplain } from '../../src/format/text/index.js';
import { makeStyle } from '../../src/format/style.js';

/** The runs of a line as [text, reason] pairs. */
const runs = (line: string) => controlRuns(line).map((r) => [r.text, r.reason]);

describe('controlRuns', () => {
  it("finds a gallery's counter and caption toggle before a caption, with the credit printed before them", () => {
    expect(runs('Image 1 of / 3 Caption Close Image 1 of 3 Ferry passengers wait at the pier in Varnholm.')).toEqual([['Image 1 of / 3 Caption Close Image 1 of 3', 'gallery-counter']]);
    expect(runs('Photo: Lena Marsh Image 2 of 7 Ferry passengers wait at the pier.')).toEqual([['Photo: Lena Marsh Image 2 of 7', 'gallery-counter']]);
  });

  it('finds photo-sale buttons at both ends, glued to a credit', () => {
    expect(runs('Buy Photo Firefighters leave the mill in Dunmore on Friday. (Photo: Jo Park / The Dunmore Herald)Buy Photo')).toEqual([
      ['Buy Photo', 'photo-sale-button'],
      ['Buy Photo', 'photo-sale-button'],
    ]);
  });

  it("finds a video player's controls, and the gallery's controls inside a gallery printed as one line", () => {
    expect(runs('CLOSE Skip in Skip x Embed x Share Officers describe the night of the fire.')).toEqual([['CLOSE Skip in Skip x Embed x Share', 'close-button']]);
    expect(runs('EMBED >More News Videos The mayor speaks about the flood.')).toEqual([['EMBED >More News Videos', 'video-player-control']]);
    expect(runs('The mayor speaks. Agency 1 of 4 CLOSE Skip x Embed x Share The crowd listens. 2 / 4 Back to Gallery')).toEqual([
      ['1 of 4 CLOSE Skip x Embed x Share', 'gallery-counter'],
      ['2 / 4 Back to Gallery', 'gallery-navigation'],
    ]);
  });

  it("blanks a caption expander with the picture's credit after it", () => {
    expect(runs('Two men were hurt in the fire, officials said. View Full Caption Herald/Jo Park')).toEqual([['View Full Caption Herald/Jo Park', 'caption-toggle']]);
  });

  it('counts a lone weak word at the start only when the line holds another run', () => {
    expect(runs('Embed Mill Fire Leaves Two Hurt 1:25 autoplay autoplay Copy this code to your website or blog')).toEqual([
      ['Embed', 'video-player-control'],
      ['1:25 autoplay autoplay Copy this code to your website or blog', 'embed-code-prompt'],
    ]);
    expect(runs('Skip Morrow, a ferry captain from Varnholm, said the storm came fast.')).toEqual([]);
  });

  it('leaves prose alone: words of a button in a sentence, lower case, or one alone', () => {
    expect(runs('Close friends of the captain said he would share the prize.')).toEqual([]);
    expect(runs('Watch the video below, the council said, as it gave 3 of 5 seats to newcomers. Next')).toEqual([]);
    expect(runs('Share prices fell after the storm; investors will buy photo equipment instead.')).toEqual([]);
    expect(runs('Previous owners of the mill were never charged.')).toEqual([]);
  });
});

describe('captions', () => {
  it("reads a dropped caption without its widget's buttons", () => {
    const line = 'Buy Photo Firefighters leave the mill in Dunmore. (Photo: Jo Park / The Dunmore Herald)Buy Photo';
    expect(captionWithoutCredit(line).map(([a, b]) => line.slice(a, b).trim())).toEqual(['Firefighters leave the mill in Dunmore.']);
  });
});

const ARTICLE = [
  'Mill fire leaves two hurt in Dunmore',
  '',
  'Two workers were hurt on Friday when a fire broke out at the old paper mill in Dunmore, the fire service said. Crews fought the blaze for six hours before bringing it under control.',
  '',
  'CLOSE Skip in Skip x Embed x Share Fire chief Rosa Delgado describes how the fire spread through the drying hall and why the crews could not reach the roof in time.',
  '',
  'Chief Rosa Delgado said the building had no working sprinklers. The owners will meet inspectors next week, and the mill will stay closed until the inspection is complete.',
  '',
  'Neighbours said they saw smoke from two miles away. The council has opened a shelter at the school for families whose homes were damaged by the water used on the blaze.',
].join('\n');
const doc: Document = { id: 'mill.txt', text: ARTICLE, source: null, origin: 'mill.txt' };

describe('stripDocument and widget controls', () => {
  const res = stripDocument(doc, collectLineStats([doc]));
  const run = 'CLOSE Skip in Skip x Embed x Share';

  it('keeps the line, cut of its controls in the text, and blanks them in the analysis text at their place', () => {
    const d = res.lineDecisions.find((x) => x.line === 5)!;
    expect(d.keep).toBe(true);
    expect(d.controls).toEqual([{ start: 0, end: run.length, reason: 'close-button', text: run }]);
    expect(res.text).toContain('\nFire chief Rosa Delgado describes');
    expect(res.text).not.toContain('Skip');
    expect(res.analysisText.length).toBe(ARTICLE.length);
    const at = ARTICLE.indexOf(run);
    expect(res.analysisText.slice(at, at + run.length + 5)).toBe(' '.repeat(run.length) + ' Fire');
  });

  it('shows the cut run with its reason under the line (--explain)', () => {
    const out = formatStripExplain('mill.txt', ARTICLE, res, makeStyle(false));
    expect(out).toMatch(/^5 keep .*CLOSE Skip in Skip x Embed x Share Fire chief/m);
    expect(out).toMatch(/\n +cut +close-button +CLOSE Skip in Skip x Embed x Share\n/);
  });
});
