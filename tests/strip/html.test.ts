import { beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, loadHtmlParser, renderHtml } from '../../src/corpus/html.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus, parseJsonlLine } from '../../src/corpus/load.js';
import type { Document } from '../../src/corpus/types.js';
import { stripCorpus } from '../../src/strip/index.js';
import { statesFigure } from '../../src/strip/patterns.js';

// Invented pages, written for these tests only.
const P1 = 'The harbour council of Northport voted on Tuesday to rebuild the sea wall that failed during the storm last month, after a debate that lasted well into the night.';
const P2 = 'The new wall will be two metres higher than the old one and is expected to cost about 14 million euros, the town engineer told the meeting on Tuesday evening.';
const P3 = 'Residents said they were worried that the harbour would stay exposed for another winter, and the mayor promised temporary barriers along the quay before December.';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Sea wall vote | Northport Gazette</title>
<meta property="og:site_name" content="Northport Gazette"><link rel="canonical" href="https://gazette.example/sea-wall">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Northport votes to rebuild sea wall","datePublished":"2031-03-04T09:00:00Z","author":{"name":"Jane Placeholder"}}</script>
<script>document.write("never run")</script><style>p{color:red}</style></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Northport votes to rebuild sea wall</h1><p class="byline">By Jane Placeholder</p>
<div class="article-body"><p>${P1}</p><p>${P2}</p><ul><li>Height: 6 metres</li><li>Length: 1.2 km</li></ul><p>${P3}</p>
<figure><img src="x.jpg"><figcaption>The wall failed along 300 metres of the quay.</figcaption></figure></div>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry timetable changes for the summer season.</a></li><li><a href="/b">Bakery wins regional prize for rye bread.</a></li></ul></aside>
</article></main>
<section id="comments"><h2>3 comments</h2><div class="comment"><p>K. Lund wrote:</p><p>I have lived by this quay for forty years and nobody ever listened to us about the wall until it broke.</p><a>Reply</a></div></section>
<footer><p>Copyright 2031 Northport Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<div hidden>Hidden promotion text that no reader sees on the page.</div></body></html>`;

const pageDoc = (html: string, id = 'page.html'): Document => ({ ...(parseJsonlLine(JSON.stringify({ id, html }), 'test', id) as Document), origin: id });

// The HTML parser is loaded on demand (only HTML input needs it).
beforeAll(loadHtmlParser);

describe('HTML pages as input', () => {
  it('renders one block per line, skipping scripts, styles and hidden elements', () => {
    const page = renderHtml(PAGE);
    const lines = page.text.split('\n');
    expect(lines).toContain(P1);
    expect(lines).toContain('* Height: 6 metres');
    expect(lines).toContain('By Jane Placeholder');
    expect(page.text).not.toContain('never run');
    expect(page.text).not.toContain('color:red');
    expect(page.text).not.toContain('Hidden promotion');
    expect(page.layout.lineFlags.length).toBe(lines.length);
  });

  it('reads the metadata: JSON-LD headline and date, canonical URL, site name', () => {
    const page = renderHtml(PAGE);
    expect(page.title).toBe('Northport votes to rebuild sea wall');
    expect(page.date).toBe('2031-03-04T09:00:00Z');
    expect(page.url).toBe('https://gazette.example/sea-wall');
    expect(page.siteName).toBe('Northport Gazette');
    expect(page.author).toBe('Jane Placeholder');
    const doc = pageDoc(PAGE);
    expect(doc.source).toBe('gazette.example');
    expect(doc.date).toBe('2031-03-04T09:00:00Z');
  });

  it('decodes with the declared charset', () => {
    const bytes = new Uint8Array([...Buffer.from('<meta charset="windows-1252"><p>Caf'), 0xe9, ...Buffer.from(' am Hafen</p>')]);
    expect(renderHtml(decodeHtml(bytes, 't.html')).text).toBe('Café am Hafen');
    expect(renderHtml(decodeHtml(Buffer.from('<p>Straße</p>'), 't.html')).text).toBe('Straße');
  });

  it('keeps the article, its list and its figure caption; drops menu, related box, comments and footer', () => {
    const doc = pageDoc(PAGE);
    const [result] = stripCorpus([doc]);
    const kept = result!.text.split('\n');
    expect(kept).toEqual(expect.arrayContaining([P1, P2, P3, '* Height: 6 metres', '* Length: 1.2 km', 'The wall failed along 300 metres of the quay.']));
    for (const gone of ['* Home', 'Ferry timetable', 'K. Lund wrote:', 'forty years', 'Copyright', 'Privacy']) expect(result!.text).not.toContain(gone);
    const lines = doc.text.split('\n');
    const why = (needle: string) => result!.lineDecisions.find((d) => lines[d.line - 1]!.includes(needle))!;
    expect(why('Home')).toMatchObject({ keep: false, reason: 'html-navigation', element: expect.stringContaining('nav') });
    expect(why('Ferry')).toMatchObject({ keep: false, reason: 'html-related-box' });
    expect(why('forty years')).toMatchObject({ keep: false, reason: 'html-comments' });
    expect(why(P1).element).toBe('main>article>div.article-body>p');
    // The headline says what the page's title says: it is the document's title, not body text.
    expect(why('Northport votes to rebuild sea wall')).toMatchObject({ keep: false, reason: 'html-headline-is-title' });
    expect(doc.title).toBe('Northport votes to rebuild sea wall');
  });

  it('a page never scores below its text: a class name that wraps the article does not make it furniture', () => {
    const wrapped = `<html><body><div class="layout-with-sidebar"><div class="post"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <div class="sidebar"><p>Sign up for our morning briefing and never miss a story again.</p></div></div></body></html>`;
    const [result] = stripCorpus([pageDoc(wrapped)]);
    expect(result!.text).toBe([P1, P2, P3].join('\n'));
  });
});

describe('teaser lists and disclaimers by their structure', () => {
  it('drops a list outside the article whose every item links a headline over its summary', () => {
    const ticker = ['Ferry timetable changes', 'Bakery wins regional prize', 'School choir to sing in May']
      .map((h) => `<li><a href="/x">${h}</a> The story behind this headline goes on for a sentence or two, as a ticker prints it.</li>`).join('');
    const page = `<html><body><div class="ticker"><ul>${ticker}</ul></div><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;
    const [r] = stripCorpus([pageDoc(page)]);
    expect(r!.text).toBe([P1, P2, P3].join('\n'));
    expect(r!.lineDecisions.filter((d) => d.reason === 'html-teaser-list')).toHaveLength(3);
  });

  it("keeps an article's own bulleted points, though each carries a link", () => {
    const points = ['Height', 'Length', 'Cost'].map((w) => `<li><a href="/g">${w}</a>: the figure the engineer gave to the council on Tuesday evening.</li>`).join('');
    const page = `<html><body><article><p>${P1}</p><ul>${points}</ul><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const [r] = stripCorpus([pageDoc(page)]);
    expect(r!.text).toContain('* Height: the figure');
    expect(r!.lineDecisions.some((d) => d.reason === 'html-teaser-list')).toBe(false);
  });

  it('drops the page footer inside an <article>, even one long disclaimer under a short article', () => {
    const disclaimer = 'Most market data on this page is delayed by at least fifteen minutes and is provided for information only, not for trading purposes or advice, and the publisher accepts no liability for errors, omissions or delays in any of it, nor for any decision taken on the strength of it.';
    const page = `<html><body><article><div class="story"><p>${P1}</p><p>${P2}</p></div><footer><div class="legal">${disclaimer}</div></footer></article></body></html>`;
    const [r] = stripCorpus([pageDoc(page)]);
    expect(r!.text).toBe([P1, P2].join('\n'));
  });
});

describe('a page whose markup says nothing (every block in a plain div)', () => {
  const blocks = [
    'Harbor Daily', 'Council approves new sea wall for Northport', 'By Jane Placeholder', P1, P2, P3,
    'The vote on the final text is expected on Friday.', 'Most read', 'Bakery on Main Street wins regional prize for its rye bread.',
    'School choir to sing at the national festival in May.', 'Comments', 'K. Lund wrote:',
    'I have lived by this quay for forty years and nobody ever listened to us about the wall until it broke, so I will believe it when I see it.',
    'Reply | Report', 'Comments are moderated and will be approved before they appear.',
  ];
  const html = `<html><body><div class="wrap">${blocks.map((b, i) => `<div class="b${i}"><p>${b}</p></div>`).join('')}</div></body></html>`;

  it('keeps the article and its short last paragraph; teasers and the comment thread go', () => {
    const [r] = stripCorpus([pageDoc(html)]);
    // The byline above the first paragraph is the page's metadata, not its text.
    expect(r!.text.split('\n')).toEqual(['Council approves new sea wall for Northport', P1, P2, P3, 'The vote on the final text is expected on Friday.']);
  });

  it('drops the heading taken for the headline when the page title says something else', () => {
    const page = `<html><head><title>Northport Gazette</title></head><body><article><h1>Council approves new sea wall for Northport</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const doc = pageDoc(page), lines = doc.text.split('\n');
    const [r] = stripCorpus([doc]);
    expect(r!.text.split('\n')).toEqual([P1, P2, P3]);
    expect(r!.lineDecisions.find((d) => lines[d.line - 1]!.startsWith('Council'))).toMatchObject({ keep: false, reason: 'html-headline' });
  });

  it('drops the byline and the date stamp above the first paragraph, not a dated line in the text', () => {
    // The stamp counts 19 words when its clock times split in two ("9 07"): still a stamp.
    const stamped = ['Council approves new sea wall for Northport', 'By Jane Placeholder | Northport Gazette', 'Published Nov 4, 2031 at 9:07 AM | Updated at 11:30 AM CET on Nov 4, 2031',
      P1, P2, 'The council meets again on November 11 at 10:30.', P3];
    const page = `<html><body><article>${stamped.map((b) => `<p>${b}</p>`).join('')}</article></body></html>`;
    const [r] = stripCorpus([pageDoc(page)]);
    const doc = pageDoc(page), lines = doc.text.split('\n');
    expect(r!.text.split('\n')).toEqual(['Council approves new sea wall for Northport', P1, P2, 'The council meets again on November 11 at 10:30.', P3]);
    expect(r!.lineDecisions.find((d) => lines[d.line - 1]!.startsWith('Published'))).toMatchObject({ keep: false, reason: 'html-byline-or-stamp' });
  });
});

describe('an article body split in two boxes', () => {
  const P4 = 'The town engineer said the harbour wall would be built in three sections, starting with the stretch of the quay that failed during the storm.';
  const P5 = 'Council members also asked the engineer to report every month on the cost of the harbour wall and on the progress of the works.';
  const OFF = 'A bakery on Main Street has won the regional prize for its rye bread for the third year running, the jury announced on Sunday.';
  const P6 = 'Fishermen who lost their boats in the flood told the council that the quay should be repaired before the new wall is finished.';
  const P7 = 'The regional government is expected to decide on its share of the cost of the harbour wall before the end of the year.';
  const P8 = 'Work on the temporary barriers along the most exposed part of the quay will begin next week, the mayor said after the vote.';
  const html = `<html><body><div class="a"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P6}</p><p>${P7}</p><p>${P8}</p></div><div class="ad">Advertisement</div>
    <div class="b"><p>${P5}</p></div><div class="c"><p>${OFF}</p></div></body></html>`;

  it('keeps the part after the ad that goes on with the article, not prose on another topic below it', () => {
    const [r] = stripCorpus([pageDoc(html)]);
    expect(r!.text).toContain(P5);
    expect(r!.text).not.toContain('bakery');
  });
});

describe('furniture recognised by what it is (text)', () => {
  const doc = (id: string, text: string, source: string | null = null): Document => ({ id, text, source, origin: id });
  it('drops a related heading with one-sentence teasers on other topics', () => {
    const text = [P1, '', P2, '', P3, '', 'Most read', 'Bakery wins regional prize for its rye bread.', 'Ferry timetable changes for the summer season.'].join('\n');
    const [r] = stripCorpus([doc('t', text)]);
    expect(r!.lineDecisions.slice(-2).map((d) => d.reason)).toEqual(['related-teaser', 'related-teaser']);
  });

  it('drops a comment thread: author line, controls and the moderation notice', () => {
    const text = [P1, '', P2, '', P3, '', 'K. Lund wrote:', 'I have lived by this quay for forty years and nobody listened to us about the wall until it broke.', 'Reply | Report', 'Comments are moderated and will be approved before they appear.'].join('\n');
    const [r] = stripCorpus([doc('t', text)]);
    const d = new Map(r!.lineDecisions.map((x) => [x.line, x]));
    expect(d.get(7)).toMatchObject({ keep: false, reason: 'comment-author' });
    expect(d.get(8)?.keep).toBe(false);
    expect(d.get(9)).toMatchObject({ keep: false, reason: 'comment-controls' });
    expect(d.get(10)).toMatchObject({ keep: false, reason: 'comment-notice' });
  });

  it('keeps a sentence two outlets both carry (syndication), drops a line one outlet repeats', () => {
    const wire = 'The vote on the final text is expected on Friday.';
    const a = doc('a', [P1, '', wire, '', P2, '', 'Get the Courier app'].join('\n'), 'courier.example');
    const b = doc('b', [P3, '', P2.replace('Tuesday', 'Monday'), '', 'Get the Courier app'].join('\n'), 'courier.example');
    const c = doc('c', [P2.replace('two', 'three'), '', wire, '', P1.replace('Tuesday', 'Friday')].join('\n'), 'herald.example');
    const [ra, , rc] = stripCorpus([a, b, c]);
    expect(ra!.text).toContain(wire);
    expect(rc!.text).toContain(wire);
    expect(ra!.lineDecisions.at(-1)).toMatchObject({ keep: false, reason: 'repeated-across-source' });
  });

  it('general player and credit shapes: player messages go, a "with reporting by" credit under the article stays', () => {
    const text = ['Please wait while the player loads', '0:00 / 2:47', '', P1, '', P2, '', P3, '', 'With reporting by Sam Example in Northport; editing by Alex Example'].join('\n');
    const [r] = stripCorpus([doc('t', text)]);
    const d = new Map(r!.lineDecisions.map((x) => [x.line, x]));
    expect(d.get(1)).toMatchObject({ keep: false, reason: 'media-player' });
    expect(d.get(2)).toMatchObject({ keep: false, reason: 'media-timestamp' });
    expect(d.get(10)).toMatchObject({ keep: true, reason: 'article-credit' });
  });

  it('keeps a caption stating a figure that the page prints twice, once', () => {
    const caption = 'Water rose 2.4 metres in the harbour on the night of the storm.';
    const [r] = stripCorpus([doc('t', [caption, '', P1, '', P2, '', caption, '', P3].join('\n'))]);
    expect(r!.text.split('\n').filter((l) => l === caption)).toHaveLength(1);
  });
});

describe('statesFigure', () => {
  it('finds amounts, not years or days of a month', () => {
    expect(statesFigure('Water rose 2.4 metres in the harbour')).toBe(true);
    expect(statesFigure('Repairs will cost $5 million')).toBe(true);
    expect(statesFigure('Prices rose 12% last year')).toBe(true);
    expect(statesFigure('In this Dec. 12, 2031 file photo, the quay at dawn')).toBe(false);
    expect(statesFigure('The quay on 4 March 2031')).toBe(false);
    expect(statesFigure('The quay at dawn')).toBe(false);
  });

  it('reads a year followed by punctuation as a year, not an amount', () => {
    expect(statesFigure('The mayor at the quay in 2031, when she was a councillor')).toBe(false);
    expect(statesFigure('The mayor speaks at the quay on July 25, 2031.J. Doe / Agency file')).toBe(false);
    expect(statesFigure('The harbour, 2031. Repairs will cost 3 million')).toBe(true);
  });
});

describe('the HTML parser, loaded on demand', () => {
  it('is loaded by the corpus loader for a JSONL line that gives a page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'concord-html-'));
    try {
      writeFileSync(path.join(dir, 'page.jsonl'), JSON.stringify({ id: 'p', html: '<p>Harbour wall</p>' }) + '\n');
      const docs = await loadCorpus([path.join(dir, 'page.jsonl')]);
      expect(docs.map((d) => [d.id, d.text])).toEqual([['p', 'Harbour wall']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
