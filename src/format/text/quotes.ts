import type { Quote } from '../../quotes/types.js';
import { plural, type Style } from '../style.js';
import { cutAtWord } from '../view.js';

/** Quotes grouped by speaker (most quoted first), each with kind, document and line. */
export function formatQuotesText(quotes: Quote[], style: Style, opts: { perSpeaker?: number; speakers?: number; contentWidth?: number } = {}): string {
  const { c } = style;
  if (!quotes.length) return c.dim('No quotes found.') + '\n';
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? '(no source)';
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const out: string[] = [];
  const perSpeaker = opts.perSpeaker ?? Infinity;
  for (const [speaker, qs] of ordered.slice(0, opts.speakers ?? Infinity)) {
    out.push(`${c.bold(speaker)} ${c.dim(`(${plural(qs.length, 'quote')})`)}`);
    for (const q of qs.slice(0, perSpeaker)) {
      const where = c.dim(`${q.document}:${q.line}`);
      const width = opts.contentWidth ?? 160;
      const content = q.kind === 'direct' ? `\u201c${cutAtWord(q.content, width)}\u201d` : cutAtWord(q.content, width);
      out.push(`  ${c.cyan(q.kind.padEnd(12))} ${content} ${where}`);
    }
    if (qs.length > perSpeaker) out.push(c.dim(`  \u2026 ${qs.length - perSpeaker} more`));
  }
  if (ordered.length > (opts.speakers ?? Infinity)) out.push(c.dim(`\u2026 and ${plural(ordered.length - opts.speakers!, 'more speaker')}`));
  return out.join('\n') + '\n';
}
