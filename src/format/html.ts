import type { Claim } from '../figures/types.js';
import type { CorpusAnalysis } from '../pipeline/analyze.js';
import type { Quote } from '../quotes/types.js';
import {
  MATRIX_LEGEND,
  claimLabel,
  claimShort,
  comparisonTitle,
  documentLabels,
  figureHistory,
  figureSetsOf,
  isTally,
  matrixRows,
  noteText,
  type DocumentExcerpts,
  type MatrixRow,
} from './view.js';

// `report --format html`: one self-contained page (inline CSS, no script, no fonts or images from
// anywhere), light and dark by the reader's setting, printable. Everything from the input is escaped.

export interface HtmlReportInput {
  analysis: CorpusAnalysis;
  /** Per document id: dropped lines and claim sentences (without them the page shows claim phrases only). */
  excerpts?: Map<string, DocumentExcerpts>;
  tolerance?: number;
  version?: string;
}

/** Matrices wider than this many documents are shown as lists (measure, figure, documents). */
const MAX_COLUMNS = 16;
/** Entities listed; the rest are counted (all are in --format json). */
const MAX_ENTITIES = 300;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value made safe for HTML. */
export const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

const CSS = `:root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--mute:#59636e;--line:#d1d9e0;--head:#f6f8fa;--bad:#b3261e;--badbg:#ffebe9;--ok:#1a7f37;--mark:#fff1a8;--link:#0550ae}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--mute:#9198a1;--line:#3d444d;--head:#161b22;--bad:#ff8182;--badbg:#3b1618;--ok:#3fb950;--mark:#5a4a00;--link:#79c0ff}}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1280px;padding:1rem 1.5rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
a{color:var(--link)}nav a{margin-right:.8rem}.mute,caption{color:var(--mute)}caption{text-align:left;padding:.3rem 0;caption-side:top}
table{border-collapse:collapse;margin:.3rem 0 1rem;width:100%}th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--head)}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.conflict,.conflict a{color:var(--bad);font-weight:600}tr.conflict>*,td.conflict{background:var(--badbg)}.agree{color:var(--ok)}
.badge{display:inline-block;border-radius:1em;padding:0 .6em;font-weight:600;background:var(--badbg);color:var(--bad)}
mark{background:var(--mark);color:inherit}q{font-style:italic}details summary{cursor:pointer}details{margin:.2rem 0}td code{white-space:nowrap}h3{font-size:1.05rem;margin:1rem 0 .3rem}.legend{font-size:.9em;color:var(--mute)}
.legend span{margin-right:1rem;white-space:nowrap}td.none{color:var(--mute);text-align:center}
@media print{nav{display:none}body{max-width:none;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}a{color:inherit;text-decoration:none}}`;

interface Context {
  a: CorpusAnalysis;
  labels: Map<string, string>;
  docAnchor: Map<string, string>;
  claimAnchor: Map<string, string>;
  byId: Map<string, Claim>;
  excerpts: Map<string, DocumentExcerpts>;
  rows: MatrixRow[];
}

/** The whole page as one string. */
export function formatHtmlReport(input: HtmlReportInput): string {
  const a = input.analysis;
  const ctx: Context = {
    a,
    labels: documentLabels(a.documents),
    docAnchor: new Map(a.documents.map((d, i) => [d.id, `doc-${i + 1}`])),
    claimAnchor: new Map(a.claims.map((q, i) => [q.id, `claim-${i + 1}`])),
    byId: new Map(a.claims.map((q) => [q.id, q])),
    excerpts: input.excerpts ?? new Map(),
    rows: matrixRows(a.comparisons, new Map(a.claims.map((q) => [q.id, q]))),
  };
  const history = figureHistory(ctx.rows, a.documents);
  const sections = [
    conflictsSection(ctx, input.tolerance ?? 5),
    matrixSection(ctx),
    corpusSection(ctx),
    history.length ? historySection(ctx, history) : '',
    claimsSection(ctx),
    entitiesSection(ctx),
    quotesSection(ctx),
  ];
  const nav = [['conflicts', 'Conflicts'], ['matrix', 'Figures'], ['corpus', 'Corpus'], ...(history.length ? [['history', 'History']] : []),
    ['claims', 'Sentences'], ['entities', 'Entities'], ['quotes', 'Quotes']]
    .map(([id, name]) => `<a href="#${id}">${name}</a>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="concord${input.version ? ` ${esc(input.version)}` : ''}"><title>concord report</title>
<style>${CSS}</style></head>
<body><header><h1>concord report</h1>${headline(ctx)}<nav>${nav}</nav></header>
<main>
${sections.join('\n')}
</main></body></html>
`;
}

function headline({ a }: Context): string {
  const conflicts = a.comparisons.filter((c) => c.verdict === 'disagree').length;
  const known = new Set(a.documents.map((d) => d.source).filter(Boolean)).size;
  const dates = a.documents.map((d) => d.date).filter((d): d is string => !!d).sort();
  const span = dates.length ? `, ${dates[0] === dates.at(-1) ? esc(dates[0]) : `${esc(dates[0])} to ${esc(dates.at(-1))}`}` : '';
  const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const from = known ? ` from ${count(known, 'source')}` : '';
  return `<p>${count(a.documents.length, 'document')}${from}${span} \u2014 ${count(a.claims.length, 'numeric claim')}, ` +
    `${count(a.entities.length, 'entity', 'entities')}, ${count(a.quotes.length, 'quote')} \u2014 ` +
    (conflicts ? `<span class="badge">${count(conflicts, 'conflict')}</span>` : '<span class="agree">no conflicts</span>') + '</p>';
}

const docLink = (ctx: Context, id: string) => `<a href="#${ctx.docAnchor.get(id)}">${esc(ctx.labels.get(id) ?? id)}</a>`;
const claimLink = (ctx: Context, q: Claim, text: string) => `<a href="#${ctx.claimAnchor.get(q.id)}">${esc(text)}</a>`;

/** The sentence of a claim with the claim marked, or the claim's phrase when no sentence is known. */
function sentence(ctx: Context, q: Claim): string {
  const s = ctx.excerpts.get(q.document)?.sentences.get(q.id);
  if (!s) return `<q>${esc(q.text)}</q>`;
  const t = s.text;
  return `<q>${esc(t.slice(0, s.claimStart))}<mark>${esc(t.slice(s.claimStart, s.claimEnd))}</mark>${esc(t.slice(s.claimEnd))}</q>`;
}

function conflictsSection(ctx: Context, tolerance: number): string {
  const conflicts = ctx.rows.filter((r) => r.comparison.verdict === 'disagree');
  if (!conflicts.length) {
    return `<section id="conflicts"><h2>Conflicts</h2><p class="agree">No conflicts: the sources agree on every compared figure (tolerance ${tolerance} %).</p></section>`;
  }
  const body: string[] = [];
  for (const { comparison: cmp } of conflicts) {
    const sets = figureSetsOf(cmp, ctx.byId);
    const claims = sets.map((s) => s.claims.map((id) => ctx.byId.get(id)).filter((q): q is Claim => !!q));
    const total = claims.reduce((n, c) => n + c.length, 0);
    const notes = cmp.notes?.length ? `<br><span class="mute">notes: ${esc(cmp.notes.map(noteText).join(', '))}</span>` : '';
    let first = true;
    sets.forEach((set, k) => {
      claims[k]!.forEach((q, i) => {
        const head = first ? `<th scope="rowgroup" rowspan="${total}">${esc(comparisonTitle(cmp))}${notes}</th>` : '';
        const figure = i === 0 ? `<td rowspan="${claims[k]!.length}" class="conflict num">${esc(set.label)}</td>` : '';
        body.push(`<tr>${head}${figure}<td>${docLink(ctx, q.document)}</td><td>${sentence(ctx, q)} ${claimLink(ctx, q, `line ${q.line}`)}</td></tr>`);
        first = false;
      });
    });
  }
  return `<section id="conflicts"><h2>Conflicts</h2>
<table class="conflicts"><caption>Figures the sources give differently (beyond ${tolerance} %), with the sentences that give them</caption>
<thead><tr><th scope="col">Measure</th><th scope="col" class="num">Figure</th><th scope="col">Source</th><th scope="col">Sentence</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table></section>`;
}

function matrixSection(ctx: Context): string {
  const { rows } = ctx;
  if (!rows.length) return `<section id="matrix"><h2>Figures across sources</h2><p class="mute">No figures to compare across sources.</p></section>`;
  let docs = ctx.a.documents.map((d) => d.id);
  if (docs.length > MAX_COLUMNS) docs = docs.filter((d) => rows.some((r) => r.cells.has(d)));
  const legend = `<p class="legend">${MATRIX_LEGEND.map(([sym, what]) => `<span><b>${esc(sym)}</b> ${esc(what)}</span>`).join(' ')}</p>`;
  if (docs.length > MAX_COLUMNS) return matrixAsList(ctx, legend);
  const head = docs.map((d) => `<th scope="col">${docLink(ctx, d)}</th>`).join('');
  const body = rows.map(({ comparison: cmp, cells }) => {
    const bad = cmp.verdict === 'disagree';
    const tds = docs.map((d) => {
      const here = cells.get(d);
      if (!here) return '<td class="none">\u00b7</td>';
      return `<td class="num${bad ? ' conflict' : ''}">${here.map((q) => claimLink(ctx, q, claimShort(q))).join('<br>')}</td>`;
    });
    return `<tr${bad ? ' class="conflict"' : ''}><th scope="row">${bad ? '\u2260' : '='} ${esc(comparisonTitle(cmp))}</th>${tds.join('')}</tr>`;
  });
  return `<section id="matrix"><h2>Figures across sources</h2>
<table class="matrix"><caption>Each compared measure (rows) as each document gives it (columns); a figure links to its sentence</caption>
<thead><tr><th scope="col">Measure</th>${head}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>${legend}</section>`;
}

function matrixAsList(ctx: Context, legend: string): string {
  const body = ctx.rows.flatMap(({ comparison: cmp }) => {
    const bad = cmp.verdict === 'disagree';
    return figureSetsOf(cmp, ctx.byId).map((set, k) => {
      const claims = set.claims.map((id) => ctx.byId.get(id)).filter((q): q is Claim => !!q);
      const head = k === 0 ? `${bad ? '\u2260' : '='} ${esc(comparisonTitle(cmp))}` : '';
      return `<tr${bad ? ' class="conflict"' : ''}><th scope="row">${head}</th><td class="num">${esc(set.label)}</td><td>${claims.map((q) => `${docLink(ctx, q.document)} (${claimLink(ctx, q, `line ${q.line}`)})`).join(', ')}</td></tr>`;
    });
  });
  return `<section id="matrix"><h2>Figures across sources</h2>
<table class="matrix"><caption>Each compared measure, each figure given and the documents that give it</caption>
<thead><tr><th scope="col">Measure</th><th scope="col" class="num">Figure</th><th scope="col">Documents</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table>${legend}</section>`;
}

/** A document's dropped lines with their reasons, collapsed under a summary (full width, below the corpus table). */
function droppedLines(ctx: Context, id: string, anchor: string): string {
  const ex = ctx.excerpts.get(id);
  if (!ex?.dropped.length) return '';
  const rows = ex.dropped.map((l) => `<tr><td class="num">${l.line}</td><td><code>${esc(l.reason)}</code></td><td>${esc(l.text)}</td></tr>`).join('');
  return `<details id="${anchor}"><summary>${esc(ctx.labels.get(id))}: ${ex.dropped.length} line${ex.dropped.length === 1 ? '' : 's'} dropped</summary>` +
    `<table><thead><tr><th scope="col" class="num">Line</th><th scope="col">Reason</th><th scope="col">Text</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

function corpusSection(ctx: Context): string {
  const details: string[] = [];
  const rows = ctx.a.documents.map((d, i) => {
    const decisions = ctx.a.strip[i]?.lineDecisions ?? [];
    const kept = decisions.filter((x) => x.keep).length;
    const dropped = droppedLines(ctx, d.id, `dropped-${i + 1}`);
    if (dropped) details.push(dropped);
    const droppedCount = dropped ? `<a href="#dropped-${i + 1}">${decisions.length - kept}</a>` : String(decisions.length - kept);
    const title = d.url && /^https?:\/\//i.test(d.url) ? `<a href="${esc(d.url)}" rel="noreferrer">${esc(d.title ?? d.url)}</a>` : esc(d.title ?? '');
    return `<tr id="${ctx.docAnchor.get(d.id)}"><th scope="row">${esc(ctx.labels.get(d.id))}<br><span class="mute">${esc(d.id)}</span></th>` +
      `<td>${esc(d.source ?? '\u2013')}</td><td>${esc(d.date ?? '\u2013')}</td><td>${title}</td><td class="num">${kept}</td>` +
      `<td class="num">${droppedCount}</td><td class="num">${d.chars.toLocaleString('en-US')}</td></tr>`;
  });
  return `<section id="corpus"><h2>Corpus</h2>
<table><caption>Documents read; boilerplate lines dropped before the analysis (listed below with their reasons)</caption>
<thead><tr><th scope="col">Document</th><th scope="col">Source</th><th scope="col">Date</th><th scope="col">Title</th><th scope="col" class="num">Lines kept</th><th scope="col" class="num">Dropped</th><th scope="col" class="num">Characters</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${details.length ? `<h3>Dropped lines</h3>\n${details.join('\n')}` : ''}</section>`;
}

function historySection(ctx: Context, history: ReturnType<typeof figureHistory>): string {
  const body = history.flatMap(({ comparison: cmp, points }) =>
    points.map((p, i) => {
      const head = i === 0 ? `<th scope="rowgroup" rowspan="${points.length}">${esc(comparisonTitle(cmp))}</th>` : '';
      return `<tr>${head}<td>${esc(p.date)}</td><td>${docLink(ctx, p.document)}</td><td class="num">${p.claims.map((q) => claimLink(ctx, q, claimLabel(q))).join('<br>')}</td></tr>`;
    }),
  );
  return `<section id="history"><h2>Figure history</h2>
<table><caption>Compared figures in the order of their documents' dates</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">Date</th><th scope="col">Source</th><th scope="col" class="num">Figure</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table></section>`;
}

function claimsSection(ctx: Context): string {
  if (!ctx.a.claims.length) return `<section id="claims"><h2>Sentences behind the figures</h2><p class="mute">No numeric claims found.</p></section>`;
  const rows = ctx.a.claims.map((q) => {
    const measure = isTally(q) ? `${q.measure ?? 'tally'} (tally, not counted)` : q.measure ?? '\u2013';
    return `<tr id="${ctx.claimAnchor.get(q.id)}"><td>${docLink(ctx, q.document)}</td><td class="num">${q.line}</td><td class="num">${esc(claimLabel(q))}</td>` +
      `<td>${esc(measure)}${q.scope ? `<br><span class="mute">${esc(q.scope)}</span>` : ''}</td><td>${sentence(ctx, q)}</td></tr>`;
  });
  return `<section id="claims"><h2>Sentences behind the figures</h2>
<table><caption>Every numeric claim, where it is and the sentence that gives it</caption>
<thead><tr><th scope="col">Document</th><th scope="col" class="num">Line</th><th scope="col" class="num">Figure</th><th scope="col">Measure</th><th scope="col">Sentence</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

/**
 * The columns of the entities table: one per document when there are few; else one per source when every
 * document has one and the sources are few; else none (the counts are listed in one cell).
 */
function entityColumns(ctx: Context): { key: (doc: string) => string; names: string[]; what: string } | null {
  const docs = ctx.a.documents;
  if (docs.length <= MAX_COLUMNS) return { key: (d) => d, names: docs.map((d) => d.id), what: 'document' };
  const sources = [...new Set(docs.map((d) => d.source))];
  if (sources.includes(null) || sources.length > MAX_COLUMNS) return null;
  const sourceOf = new Map(docs.map((d) => [d.id, d.source!]));
  return { key: (d) => sourceOf.get(d) ?? d, names: sources as string[], what: 'source' };
}

function entitiesSection(ctx: Context): string {
  const { entities } = ctx.a;
  if (!entities.length) return `<section id="entities"><h2>Entities</h2><p class="mute">No entities found.</p></section>`;
  const columns = entityColumns(ctx);
  const key = columns?.key ?? ((d: string) => d);
  const name = (k: string) => (columns?.what === 'source' ? k : ctx.labels.get(k) ?? k);
  const head = columns ? columns.names.map((k) => `<th scope="col" class="num">${esc(name(k))}</th>`).join('') : '<th scope="col">Mentions per document</th>';
  const rows = entities.slice(0, MAX_ENTITIES).map((e) => {
    const counts = new Map<string, number>();
    for (const m of e.mentions) counts.set(key(m.document), (counts.get(key(m.document)) ?? 0) + 1);
    const per = columns
      ? columns.names.map((k) => (counts.has(k) ? `<td class="num">${counts.get(k)}</td>` : '<td class="none">\u00b7</td>')).join('')
      : `<td>${[...counts].map(([k, n]) => `${esc(name(k))} ${n}`).join(', ')}</td>`;
    const aliases = e.aliases.filter((x) => x !== e.name).join(', ');
    return `<tr><th scope="row">${esc(e.name)}</th><td>${esc(e.type)}</td><td>${esc(aliases)}</td><td class="num">${e.mentions.length}</td>${per}</tr>`;
  });
  const more = entities.length > MAX_ENTITIES ? `<p class="mute">\u2026 and ${entities.length - MAX_ENTITIES} more (all are in --format json).</p>` : '';
  return `<section id="entities"><h2>Entities</h2>
<table><caption>People, organizations and places, one row per referent, with mentions per ${columns?.what ?? 'document'}</caption>
<thead><tr><th scope="col">Entity</th><th scope="col">Type</th><th scope="col">Aliases</th><th scope="col" class="num">Mentions</th>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>${more}</section>`;
}

/** Quotes grouped by speaker, most quoted first. */
export function quotesBySpeaker(quotes: Quote[]): [string, Quote[]][] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? '(no source)';
    const g = groups.get(key);
    if (g) g.push(q);
    else groups.set(key, [q]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function quotesSection(ctx: Context): string {
  if (!ctx.a.quotes.length) return `<section id="quotes"><h2>Quotes by speaker</h2><p class="mute">No quotes found.</p></section>`;
  const rows = quotesBySpeaker(ctx.a.quotes).flatMap(([speaker, qs]) =>
    qs.map((q, i) => {
      const head = i === 0 ? `<th scope="rowgroup" rowspan="${qs.length}">${esc(speaker)}</th>` : '';
      const content = q.kind === 'direct' ? `<q>${esc(q.content)}</q>` : esc(q.content);
      return `<tr>${head}<td>${esc(q.kind)}</td><td>${content}</td><td>${docLink(ctx, q.document)}:${q.line}</td></tr>`;
    }),
  );
  return `<section id="quotes"><h2>Quotes by speaker</h2>
<table><caption>Who said what, direct and reported</caption>
<thead><tr><th scope="col">Speaker</th><th scope="col">Kind</th><th scope="col">Quote</th><th scope="col">Where</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}
