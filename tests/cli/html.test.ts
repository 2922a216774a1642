import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { concord, tempFiles } from '../helpers.js';

// An invented page, written for this test only, in Windows-1252 (the é of "Café").
const P1 = 'The harbour council of Northport voted on Tuesday to rebuild the sea wall that failed during the storm last month, after a debate that lasted well into the night.';
const P2 = 'The new wall will be two metres higher than the old one and is expected to cost about 14 million euros, the town engineer told the meeting on Tuesday evening.';
const page = Buffer.concat([
  Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Sea wall</title>
<meta property="article:published_time" content="2031-03-04"><link rel="canonical" href="https://gazette.example/sea-wall"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Northport votes to rebuild its sea wall</h1><p>${P1}</p><p>${P2}</p><p>Caf`),
  Buffer.from([0xe9]),
  Buffer.from(` owners on the quay welcomed the decision and said the harbour would be busy again by the summer.</p></article></body></html>`),
]);
const dir = tempFiles({ 'pages/sea-wall.html': page, 'pages/notes.txt': 'A plain text note about the harbour wall and the vote of the council.\n' });

describe('HTML pages on the command line', () => {
  it('finds .html files in a directory and fills title, date, url and source', () => {
    const r = concord(['strip', '--format', 'json', path.join(dir, 'pages')]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout).documents;
    const html = docs.find((d: { id: string }) => d.id === 'sea-wall.html');
    expect(html).toMatchObject({ title: 'Sea wall', date: '2031-03-04', url: 'https://gazette.example/sea-wall', source: 'gazette.example' });
    expect(html.text).toContain(P1);
    expect(html.text).toContain('Café owners');
    expect(html.text).not.toContain('Sport');
    expect(docs.find((d: { id: string }) => d.id === 'notes.txt')).toMatchObject({ date: null, title: null, url: null });
  });

  it('--keep-boilerplate prints the rendered text that line numbers refer to; --explain names the element', () => {
    const file = path.join(dir, 'pages', 'sea-wall.html');
    const rendered = concord(['strip', '--keep-boilerplate', '--format', 'text', file]).stdout.split('\n');
    expect(rendered.slice(0, 4)).toEqual(['Home Sport', '', 'Northport votes to rebuild its sea wall', '']);
    const explain = concord(['strip', '--explain', '--no-color', file]).stdout;
    expect(explain).toMatch(/^ *1 drop html-navigation +<nav> Home Sport$/m);
    const line = rendered.indexOf(P1) + 1;
    expect(explain).toContain(`${line} keep article-text`);
    expect(explain).toContain(`<article>p> ${P1}`);
  });

  it('reads a JSONL document with an html field', () => {
    const jsonl = JSON.stringify({ id: 'a', source: 'courier', html: `<p>${P1}</p><p>${P2}</p>` });
    const r = concord(['strip', '--jsonl', '--format', 'json'], { input: jsonl + '\n' });
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.stdout).documents;
    expect(doc).toMatchObject({ id: 'a', source: 'courier', text: `${P1}\n${P2}` });
  });
});
