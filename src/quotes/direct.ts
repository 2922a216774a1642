import { startsLower } from '../corpus/text.js';
import type { Quotation } from './marks.js';
import { analyseSpeaker } from './phrase.js';
import { MAX_ATTRIBUTION_WINDOW, SENTENCE_END, spanText, wordCount, type Attribution, type Draft, type Scanner } from './scanner.js';

const DASHES = new Set(['-', '\u2013', '\u2014']);

/** Attribution written after a quotation: `"…," Kerry said` / `"…," said Kerry` / `"…," one of them told Reuters`. */
function attributionAfter(sc: Scanner, q: Quotation): Attribution | null {
  if (q.close < 0) return null;
  const lastInside = q.close - 1 > q.open ? sc.lower[q.close - 1]! : '';
  let k = q.close + 1;
  if (k >= sc.toks.length || sc.paragraphOfToken[k] !== q.paragraph) return null;
  if (sc.lower[k] === ',') k++;
  else if (!/^[,?!\-\u2013\u2014]$/.test(lastInside) && !DASHES.has(sc.lower[k]!)) {
    // `"…." he said.` happens too, but only when a lower-case word follows.
    if (!startsLower(sc.toks[k]!.text)) return null;
  }
  if (DASHES.has(sc.lower[k]!)) k++;
  const end = Math.min(sc.toks.length, k + MAX_ATTRIBUTION_WINDOW);
  for (let c = k; c < end; c++) {
    const w = sc.lower[c]!;
    if (sc.paragraphOfToken[c] !== q.paragraph || sc.inside[c]! >= 0 || sc.isBoundary(c) || w === ':') break;
    if (!sc.isCue(c)) continue;
    const before = sc.subjectBefore(c, k);
    if (before) return sc.attribution(before, c);
    return sc.attribution(sc.subjectAfter(c), c);
  }
  return null;
}

/** Attribution written before a quotation: `Kerry said: "…"` / `told Reuters: "…"` / `Kerry said, "…"`. */
function attributionBefore(sc: Scanner, q: Quotation): Attribution | null {
  let k = q.open - 1;
  if (k < 0) return null;
  const samePara = sc.paragraphOfToken[k] === q.paragraph;
  // A paragraph ending in a colon introduces the quotation that opens the next one.
  if (!samePara && sc.lower[k] !== ':') return null;
  const punct = sc.lower[k] === ':' || sc.lower[k] === ',';
  if (!punct && !sc.isCue(k)) return null;
  if (punct) k--;
  const para = sc.paragraphOfToken[k];
  const start = Math.max(0, k - MAX_ATTRIBUTION_WINDOW);
  for (let c = k; c >= start; c--) {
    if (sc.paragraphOfToken[c] !== para || sc.inside[c]! >= 0 || sc.isBoundary(c)) break;
    if (!sc.isCue(c)) continue;
    // The words between the cue and the colon must not be a clause of their own.
    const before = sc.subjectBefore(c, sc.sentenceStart[c]!);
    if (before) return sc.attribution(before, c);
    const after = sc.subjectAfter(c);
    if (after && after.to <= k + 1) return sc.attribution(after, c);
    return null;
  }
  return null;
}

/** Whether a quotation closes its sentence (`…."` or `…". `). */
function endsSentence(sc: Scanner, q: Quotation): boolean {
  if (q.close < 0) return true;
  if (SENTENCE_END.has(sc.lower[q.close - 1]!)) return true;
  const next = sc.lower[q.close + 1];
  return next === undefined || SENTENCE_END.has(next) || sc.paragraphOfToken[q.close + 1] !== q.paragraph;
}


/** Direct quotations: attributed by a cue beside them, or by another quotation of the same paragraph or passage. */
export function directQuotes(sc: Scanner, consumed: Uint8Array, orphans: Draft[] = []): Draft[] {
  const drafts: Draft[] = [];
  const byQuotation = new Map<number, Draft>();
  sc.quotations.forEach((q, qi) => {
    const prev = q.open > 0 ? sc.toks[q.open - 1]! : null;
    const prevInPara = prev && sc.paragraphOfToken[q.open - 1] === q.paragraph;
    // A quotation that continues a phrase ("would be "a last chance"") belongs to reported speech, not here.
    const embedded = prevInPara && prev.kind === 'word' && !sc.isCue(q.open - 1);
    if (embedded) return;
    // `Kerry says "all civilized countries" call on ...`: a quotation right after the cue that does not end
    // the sentence is part of reported speech.
    if (prevInPara && prev.kind === 'word' && !endsSentence(sc, q)) return;
    const part = spanText(sc, q.start, q.end);
    if (!part) return;
    const attribution = attributionAfter(sc, q) ?? attributionBefore(sc, q);
    if (!attribution && wordCount(part.text) < 3) return;
    if (attribution) {
      consumed[attribution.cue] = 1;
      for (let k = attribution.from; k < attribution.to; k++) consumed[k] = 1;
    }
    const d: Draft = {
      kind: 'direct', attribution, cue: attribution ? sc.lower[attribution.cue]! : null, parts: [part], paragraph: q.paragraph, quotation: qi,
    };
    drafts.push(d);
    byQuotation.set(qi, d);
  });
  // Unattributed quotations take the speaker of an attributed one in the same paragraph, or continue the
  // quotation of the previous paragraph when it was left open.
  const attributedInParagraph = new Map<number, Draft>();
  for (const d of drafts) if (d.attribution && !attributedInParagraph.has(d.paragraph)) attributedInParagraph.set(d.paragraph, d);
  let previous: Draft | null = null;
  for (const d of drafts) {
    if (!d.attribution) {
      const q = sc.quotations[d.quotation!]!;
      const prevQ = d.quotation! > 0 ? sc.quotations[d.quotation! - 1] : undefined;
      const opensParagraph = q.open === 0 || sc.paragraphOfToken[q.open - 1] !== q.paragraph;
      const sameParagraph = attributedInParagraph.get(d.paragraph);
      if (sameParagraph) d.inherited = sameParagraph;
      else if (previous && opensParagraph && prevQ && prevQ.continues && prevQ.paragraph === q.paragraph - 1 && (previous.attribution || previous.inherited)) {
        d.inherited = previous.attribution ? previous : previous.inherited;
      }
    }
    previous = d;
  }
  for (const d of drafts) if (!d.attribution && !d.inherited) orphans.push(d);
  return drafts.filter((d) => d.attribution || d.inherited);
}

/**
 * A quotation with no cue of its own that follows reported speech in the same paragraph continues it:
 * `X, Schiff said. "The other factor …"` is one attribution.
 */
export function attachOrphans(orphans: Draft[], reported: Draft[]): void {
  let r = 0;
  let current: Draft | undefined;
  for (const o of orphans) {
    const at = o.parts[0]!.start;
    while (r < reported.length && reported[r]!.parts[0]!.start < at) current = reported[r++];
    if (!current || current.paragraph !== o.paragraph || current.kind === 'according-to' || !current.attribution) continue;
    current.parts.push(...o.parts);
    current.kind = 'mixed';
  }
}

const LABEL_WORD = /^\p{Lu}[\p{Lu}'\u2019.-]+$/u;
/** A word of a speaker label in capitals ("WALLACE", "O'BRIEN"); a lower-case second letter rules most words out first. */
function isLabelWord(w: string): boolean {
  const c = w.length > 1 ? w.charCodeAt(1) : 0;
  return !(c >= 97 && c <= 122) && LABEL_WORD.test(w);
}

/** Interview transcripts: a paragraph opening with a speaker label in capitals ("WALLACE: ..."). */
export function transcriptTurns(sc: Scanner, consumed: Uint8Array): Draft[] {
  const out: Draft[] = [];
  const paragraphs = sc.doc.paragraphs;
  const sentences = sc.doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const first = s.tokenStart;
    if (first > 0 && sc.paragraphOfToken[first - 1] === s.paragraph) continue;
    const labelStart = sc.isQuoteMark(first) ? first + 1 : first;
    let k = labelStart;
    while (k < s.tokenEnd && k - labelStart < 3 && sc.toks[k]!.kind === 'word' && isLabelWord(sc.toks[k]!.text)) k++;
    if (k === labelStart || sc.lower[k] !== ':' || consumed[k]) continue;
    const label = sc.text(labelStart, k).toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
    const part = spanText(sc, sc.toks[k]!.end, paragraphs[s.paragraph]!.end);
    if (!part || wordCount(part.text) < 2) continue;
    const speaker = analyseSpeaker(label);
    if (DASHES.has(sc.lower[k + 1] ?? '')) continue;
    out.push({ kind: 'direct', attribution: { speaker, from: labelStart, to: k, cue: k }, cue: null, parts: [part], paragraph: s.paragraph });
  }
  // A transcript has turns by at least two speakers; a lone label is a dateline ("KATHMANDU:").
  return new Set(out.map((d) => d.attribution!.speaker.text)).size >= 2 ? out : [];
}

/** Direct quotations of one paragraph with the same speaker are one attribution (`"A," he said. "B."`). */
export function mergeParagraphQuotes(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // Quotations attributed by one cue ("A," Schiff told X, "B.") belong together.
  const owner = (x: Draft) => (x.attribution ?? x.inherited?.attribution)?.cue;
  // The last direct quotation of each paragraph, past any reported speech between ("…," she said, adding …).
  const lastDirect = new Map<number, Draft>();
  for (const d of drafts) {
    const last = lastDirect.get(d.paragraph);
    if (last && last.kind === 'direct' && d.kind === 'direct' && last.paragraph === d.paragraph && owner(last) !== undefined && owner(last) === owner(d)) {
      last.parts.push(...d.parts);
      if (!last.attribution && d.attribution) {
        last.attribution = d.attribution;
        last.cue = d.cue;
        last.inherited = undefined;
      }
      continue;
    }
    out.push(d);
    if (d.kind === 'direct') lastDirect.set(d.paragraph, d);
  }
  return out;
}
