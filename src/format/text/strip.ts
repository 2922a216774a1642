import { FIGURES_ALL_DROPPED, figureLines, figuresAllDropped } from '../../strip/figure-lines.js';
import type { StripResult } from '../../strip/types.js';
import { splitLines } from '../../corpus/text.js';
import type { Style } from '../style.js';

/** Every non-blank input line with its decision and reason: what `strip --explain` shows. */
export function formatStripExplain(id: string, inputText: string, result: Pick<StripResult, 'lineDecisions' | 'captions' | 'credits'>, style: Style): string {
  const { c } = style;
  const lines = splitLines(inputText);
  const width = String(lines.length).length;
  const out = [c.bold(`== ${id}: ${countKept(result)} of ${result.lineDecisions.length} lines kept`)];
  let caption = 0;
  let credit = 0;
  for (const d of result.lineDecisions) {
    const text = lines[d.line - 1]?.text ?? '';
    const num = String(d.line).padStart(width);
    const mark = d.keep ? c.green('keep') : c.red('drop');
    const reason = d.reason.padEnd(24);
    const element = d.element ? `${c.dim(`<${d.element}>`)} ` : '';
    out.push(`${c.dim(num)} ${mark} ${c.dim(reason)} ${element}${d.keep ? text : c.dim(text)}`);
    // Widget controls at a kept line's ends: cut from the text, not read by the analysis.
    for (const run of d.controls ?? []) out.push(`${' '.repeat(width)} ${c.yellow('cut ')} ${run.reason.padEnd(24)} ${c.dim(run.text)}`);
    // A dropped caption the entity layer reads all the same: what it reads, below the line.
    while (caption < result.captions.length && result.captions[caption]!.line < d.line) caption++;
    const read = result.captions[caption];
    if (read?.line === d.line) out.push(`${' '.repeat(width)} ${c.cyan('read')} ${read.reason.padEnd(24)} ${read.text}`);
    // The person-shaped names of its credit, which the entity layer types.
    while (credit < result.credits.length && result.credits[credit]!.line < d.line) credit++;
    for (; credit < result.credits.length && result.credits[credit]!.line === d.line; credit++) {
      const name = result.credits[credit]!;
      out.push(`${' '.repeat(width)} ${c.cyan('name')} ${name.reason.padEnd(24)} ${name.text}`);
    }
  }
  const figures = figureLines(inputText, result.lineDecisions);
  if (figuresAllDropped(figures)) {
    const n = figures.withFigures;
    out.push(c.yellow(`${FIGURES_ALL_DROPPED}: all ${n} line${n === 1 ? '' : 's'} with figures dropped; figures, check and report read no figure from this document (--keep-boilerplate reads them)`));
  }
  return out.join('\n') + '\n';
}

export const countKept = (r: Pick<StripResult, 'lineDecisions'>) => r.lineDecisions.filter((d) => d.keep).length;
