import type { Classified, LineClass } from './classify.js';

/**
 * jusText's context rules, on non-blank lines in order: a `short` line takes the class of its
 * neighbours when both agree (a short line between two article paragraphs is article text); a `near`
 * line is article text unless both neighbours are furniture. Document edges count as furniture.
 * Linear: nearest neighbours are precomputed in one pass each way.
 */
export function smooth(classes: Classified[]): boolean[] {
  const n = classes.length;
  const cls = classes.map((c) => c.cls);
  // Nearest class before/after each line, skipping short lines, and skipping short and near lines.
  const prevAny = new Array<LineClass>(n), prevStrong = new Array<LineClass>(n);
  const nextAny = new Array<LineClass>(n), nextStrong = new Array<LineClass>(n);
  let any: LineClass = 'bad', strong: LineClass = 'bad';
  for (let i = 0; i < n; i++) {
    prevAny[i] = any;
    prevStrong[i] = strong;
    if (cls[i] !== 'short') any = cls[i]!;
    if (cls[i] === 'good' || cls[i] === 'bad') strong = cls[i]!;
  }
  any = 'bad';
  strong = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    nextAny[i] = any;
    nextStrong[i] = strong;
    if (cls[i] !== 'short') any = cls[i]!;
    if (cls[i] === 'good' || cls[i] === 'bad') strong = cls[i]!;
  }
  const keep = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const c = cls[i]!;
    if (c === 'good' || c === 'bad') keep[i] = c === 'good';
    else if (c === 'short') {
      const p = prevStrong[i], q = nextStrong[i];
      if (p === 'good' && q === 'good') keep[i] = true;
      else if (p === 'bad' && q === 'bad') keep[i] = false;
      else keep[i] = (p === 'bad' && prevAny[i] === 'near') || (q === 'bad' && nextAny[i] === 'near');
    } else keep[i] = !(prevStrong[i] === 'bad' && nextStrong[i] === 'bad');
  }
  return keep;
}
