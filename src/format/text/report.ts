import type { CorpusAnalysis } from '../../pipeline/analyze.js';
import { plural, renderTable, type Style } from '../style.js';
import { formatEntitiesTable } from './entities.js';
import { formatClaimsMatrix, formatComparisons } from './figures.js';
import { formatQuotesText } from './quotes.js';
import { countKept } from './strip.js';

const section = (style: Style, title: string) => `\n${style.c.bold.underline(title)}\n`;

/** The terminal summary of a corpus: documents, entities, quotes, the claims matrix and the conflicts. */
export function formatReportText(a: CorpusAnalysis, style: Style): string {
  const { c } = style;
  const conflicts = a.comparisons.filter((x) => x.verdict === 'disagree');
  const chars = a.documents.reduce((n, d) => n + d.chars, 0);
  const out: string[] = [];
  out.push(
    c.bold(`concord report: ${plural(a.documents.length, 'document')}, ${(chars / 1024).toFixed(1)} KB`) +
      ` \u2014 ${plural(a.entities.length, 'entity', 'entities')}, ${plural(a.quotes.length, 'quote')}, ` +
      `${plural(a.claims.length, 'numeric claim')}, ` +
      (conflicts.length ? c.red.bold(plural(conflicts.length, 'conflict')) : c.green('no conflicts')) +
      '\n',
  );

  out.push(section(style, 'Documents'));
  const dated = a.documents.some((d) => d.date);
  const rows = a.documents.map((d, i) => {
    const s = a.strip[i]!;
    const kept = countKept(s);
    const date = dated ? [d.date ?? c.dim('\u2013')] : [];
    return [d.id, d.source ?? c.dim('\u2013'), ...date, String(kept), String(s.lineDecisions.length - kept), String(d.chars)];
  });
  out.push(renderTable(style, ['document', 'source', ...(dated ? ['date'] : []), 'lines kept', 'dropped', 'chars'], rows) + '\n');

  out.push(section(style, 'Top entities'));
  out.push(formatEntitiesTable(a.entities, style, 15, true));

  out.push(section(style, 'Quotes by speaker'));
  out.push(formatQuotesText(a.quotes, style, { perSpeaker: 2, speakers: 8, contentWidth: 90 }));

  out.push(section(style, 'Figures across sources'));
  out.push(formatClaimsMatrix(a.comparisons, a.claims, a.documents, style));

  if (conflicts.length) {
    out.push(section(style, 'Conflicts'));
    out.push(formatComparisons(conflicts, a.claims, style));
  }
  return out.join('');
}
