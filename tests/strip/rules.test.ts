import { describe, expect, it } from 'vitest';
import { stripCorpus } from '../../src/strip/index.js';
import { decide, doc } from './fixtures.js';


const P1 =
  'The regional parliament approved the new water law on Thursday after months of negotiations between the governing parties and farmers, who had warned that the first draft would leave many small farms without enough water for their fields.';
const P2 =
  'Under the compromise, farms with fewer than twenty hectares will keep their current allowance for another five years, while larger operations must install meters and report their use to the water authority every month.';
const P3 =
  'Environmental groups welcomed the vote but said the law still did too little to protect the river, whose level has fallen in each of the last four summers, and announced that they would challenge parts of it in court.';

describe('lines around the article', () => {
  it('keeps a standfirst and the headline above the text, not the menu above them', () => {
    const text = ['Home', 'Politics', '', 'Parliament approves water law after farmers win compromise', '', 'Small farms keep their allowance for five more years while large farms must meter their water use under the new law.', '', 'Share', 'Tweet', '', P1, '', P2, '', P3].join('\n');
    const d = decide(text);
    expect(d.get(4)).toEqual({ line: 4, keep: true, reason: 'headline' });
    expect(d.get(6)?.keep).toBe(true);
    expect(d.get(1)?.keep).toBe(false);
    expect(d.get(8)?.keep).toBe(false);
  });

  it('drops a closing tagline and an author bio, keeps an agency credit', () => {
    const text = [P1, '', P2, '', P3, '', 'Additional reporting by Sam Example; editing by Alex Example', '', 'Jordan Sample is a reporter covering agriculture and the environment for the paper.'].join('\n');
    const d = decide(text);
    expect(d.get(7)?.keep).toBe(true);
    expect(d.get(9)).toEqual({ line: 9, keep: false, reason: 'author-bio' });
    // A tagline is the outlet's promotion (it names the outlet); a short last paragraph alone is article text.
    const promo = [P1, '', P2, '', P3, '', 'Before it is in print, it is on Riverbend Courier.'].join('\n');
    const tagline = new Map(stripCorpus([doc('t', promo, 'riverbendcourier.example')])[0]!.lineDecisions.map((d) => [d.line, d]));
    expect(tagline.get(7)).toEqual({ line: 7, keep: false, reason: 'closing-tagline' });
    // Without a known outlet, the promotional shape alone (addresses the reader, points to a named product).
    expect(decide(promo).get(7)).toEqual({ line: 7, keep: false, reason: 'closing-tagline' });
    const last = decide([P1, '', P2, '', P3, '', 'The vote on the final text is expected on Friday.'].join('\n'));
    expect(last.get(7)?.keep).toBe(true);
  });

  it('keeps the article around an inline "read more" link but not a comment after it', () => {
    const comment =
      'I live near the river and I have to say that this law is long overdue, although I doubt that the authority will ever check the meters of the big farms.';
    const text = [P1, '', 'Read more: Drought hits river towns', '', P2, '', P3, '', '12 comments', '', 'riverfan', 'Posted 2 hours ago', comment].join('\n');
    const d = decide(text);
    expect(d.get(3)).toEqual({ line: 3, keep: false, reason: 'related-link' });
    expect(d.get(5)?.keep).toBe(true);
    expect(d.get(9)).toEqual({ line: 9, keep: false, reason: 'comments' });
    expect(d.get(11)?.keep).toBe(false);
    expect(d.get(13)?.keep).toBe(false);
  });

  it('drops all-caps promotions and photo credits inside the article', () => {
    const text = [P1, '', 'GET OUR DAILY NEWSLETTER FREE', '', P2, '', 'Photo: Jane Example/Agency', '', P3].join('\n');
    const d = decide(text);
    expect(d.get(3)?.keep).toBe(false);
    expect(d.get(7)).toEqual({ line: 7, keep: false, reason: 'photo-credit' });
    expect(d.get(9)?.keep).toBe(true);
  });

  it('keeps a long prose paragraph two reports of one outlet share when it sits in the article', () => {
    const shared =
      'The law replaces rules that date from the 1970s, when the region had less than half of its current population and most of its water went to industry rather than to farms.';
    const a = [P1, '', shared, '', P2].join('\n');
    const b = [P3, '', shared, '', P2.replace('twenty', 'thirty')].join('\n');
    const res = stripCorpus([doc('a', a, 'gazette'), doc('b', b, 'gazette')]);
    for (const r of res) expect(r.lineDecisions.find((x) => x.line === 3)?.keep).toBe(true);
  });

  it('reads Spanish and Polish pages with their own stopwords', () => {
    const es = [
      'Inicio',
      'Noticias',
      '',
      'El gobierno regional aprobó el jueves la nueva ley del agua después de meses de negociaciones con los agricultores, que habían advertido que el primer borrador dejaría a muchas fincas pequeñas sin agua suficiente.',
      '',
      'Según el acuerdo, las fincas de menos de veinte hectáreas mantendrán su asignación actual durante otros cinco años, mientras que las explotaciones más grandes deberán instalar contadores.',
      '',
      'Compartir en Facebook',
      '© 2024 Diario de Ejemplo. Todos los derechos reservados.',
    ].join('\n');
    const d = decide(es);
    expect([1, 2, 8, 9].map((l) => d.get(l)?.keep)).toEqual([false, false, false, false]);
    expect([4, 6].map((l) => d.get(l)?.keep)).toEqual([true, true]);
    const pl = [
      'Strona główna',
      '',
      'Sejm przyjął w czwartek nową ustawę o wodzie po wielu miesiącach negocjacji z rolnikami, którzy ostrzegali, że pierwszy projekt pozostawi wiele małych gospodarstw bez wystarczającej ilości wody.',
      '',
      'Zgodnie z kompromisem gospodarstwa mniejsze niż dwadzieścia hektarów zachowają obecny przydział przez kolejne pięć lat, a większe będą musiały zainstalować liczniki.',
      '',
      'Czytaj także',
      ' * Susza w dolinie rzeki',
    ].join('\n');
    const p = decide(pl);
    expect([3, 5].map((l) => p.get(l)?.keep)).toEqual([true, true]);
    expect(p.get(7)).toEqual({ line: 7, keep: false, reason: 'related-list' });
  });

  it('joins the rest of the article after a long picture gallery when it speaks of the same things', () => {
    const gallery = Array.from({ length: 40 }, (_, i) => [`Gallery picture ${i + 1} of 40`, `${i + 1} May 2024`]).flat();
    const P4 =
      'Farmers who break the new water rules will face fines, and the water authority will publish every month how much water the larger farms have used under the new law, the regional parliament decided.';
    const P5 =
      'The governing parties said the compromise with the farmers would be reviewed after five years, when the water authority must report to the regional parliament on the allowance of the small farms.';
    const P6 =
      'Several farmers told the regional parliament that the meters for the larger farms would cost more than the water itself, but the governing parties said the water law would not be changed again this year.';
    const text = [P1, '', P2, '', ...gallery, '', P4, '', P5, '', P6].join('\n');
    const lines = text.split('\n');
    const d = decide(text);
    expect(d.get(lines.indexOf(P4) + 1)?.keep).toBe(true);
    expect(d.get(lines.indexOf(P5) + 1)?.keep).toBe(true);
    expect(d.get(5)?.keep).toBe(false);
  });
});
