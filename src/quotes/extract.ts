import nlp from 'compromise';
import type { ParsedDocument } from '../corpus/parsed.js';
import type { Token } from '../corpus/types.js';
import {
  ADDRESSEE_VERBS, CLAUSE_VERBS, COORDINATORS, CUE_FORMS, CUE_MODIFIERS, NOMINAL_DETERMINERS, RELATIVES, SUBJECT_STOPS,
  CLAUSE_ONLY_CUES, NOUN_CUES, PERSON_NOUNS, WEEKDAYS_AND_MONTHS, isPastForm,
} from './lexicon.js';
import { findQuotations, type Quotation } from './marks.js';
import { analyseSpeaker, nameLikeWord, type SpeakerPhrase } from './phrase.js';
import type { QuoteKind } from './types.js';

/** One attribution found in a document, before corpus-level entity resolution (plain data). */
export interface RawQuote {
  kind: QuoteKind;
  /** Surface form at the cue. */
  mention: string | null;
  /** Name (titles stripped, pronouns resolved in the document) or description without article. */
  speaker: string | null;
  /** Whether `speaker` is a proper name (candidate for an entity). */
  named: boolean;
  cue: string | null;
  content: string;
  start: number;
  end: number;
  line: number;
}

const MAX_SUBJECT = 24;
const MAX_ATTRIBUTION_WINDOW = 30;
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2018', '\u2019', '\u2033']);
const SENTENCE_END = new Set(['.', '!', '?', ';']);
/** Characters trimmed from both ends of a content span (the trailing sentence period is kept). */
const EDGE_CHARS = new Set([...' \t\n\r\u00a0,;:"\'\u201c\u201d\u2018\u2019\u00ab\u00bb-\u2013\u2014']);
/** Longest reported clause taken around one cue, in tokens: keeps hostile one-line inputs linear. */
const MAX_CLAUSE = 400;

const lexicon = ((nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {});
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Gerund']);

/** A lower-case word that reads as a verb (a relative clause or a finite clause starts here). */
function isVerbish(w: string | undefined): boolean {
  if (!w || !/^\p{Ll}/u.test(w)) return false;
  if (CLAUSE_VERBS.has(w) || CUE_FORMS.has(w)) return true;
  const t = lexicon[w];
  const tags = t === undefined ? [] : Array.isArray(t) ? t : [t];
  if (tags.some((x) => VERB_TAGS.has(x))) return true;
  if (tags.length) return false;
  return /[^e]ed$/.test(w) || (w.endsWith('es') && lexicon[w.slice(0, -1)] === 'Infinitive');
}

/** A finite verb of the main clause seen while scanning a subject backwards: is, was, has, past tenses. */
function isFiniteVerb(w: string): boolean {
  if (CLAUSE_VERBS.has(w)) return true;
  const t = lexicon[w];
  const tags = t === undefined ? [] : Array.isArray(t) ? t : [t];
  return tags.includes('PastTense') || tags.includes('Copula') || tags.includes('Modal');
}

interface Attribution {
  speaker: SpeakerPhrase;
  /** Token range of the speaker words. */
  from: number;
  to: number;
  cue: number;
}

/** Everything the rules need about one document, computed once. */
class Scanner {
  readonly toks: Token[];
  readonly lower: string[];
  readonly inside: Int32Array;
  readonly quotations: Quotation[];
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
  readonly paragraphOfToken: Int32Array;
  /** Sentences written in title case (headlines): no names or subjects are learnt from them. */
  readonly titleLike: Uint8Array;

  constructor(readonly doc: ParsedDocument) {
    this.toks = doc.tokens;
    this.lower = this.toks.map((t) => (t.kind === 'word' ? t.text.toLowerCase() : t.text));
    const sentences = doc.sentences;
    this.sentenceStart = new Int32Array(this.toks.length);
    this.sentenceEnd = new Int32Array(this.toks.length);
    this.paragraphOfToken = new Int32Array(this.toks.length);
    for (const s of sentences) {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        this.sentenceStart[k] = s.tokenStart;
        this.sentenceEnd[k] = s.tokenEnd;
        this.paragraphOfToken[k] = s.paragraph;
      }
    }
    this.titleLike = new Uint8Array(sentences.length);
    for (const s of sentences) {
      let words = 0;
      let caps = 0;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (this.toks[k]!.kind !== 'word') continue;
        words++;
        if (/^\p{Lu}/u.test(this.toks[k]!.text)) caps++;
      }
      this.titleLike[s.index] = words >= 3 && caps / words >= 0.7 ? 1 : 0;
    }
    const paragraphs = doc.paragraphs;
    const found = findQuotations(doc.text, this.toks, (s) => sentences[s]!.paragraph, (p) => paragraphs[p]!.end);
    this.quotations = found.quotations;
    this.inside = found.inside;
  }

  /** A token that ends a clause: ";" or a sentence-final ". ! ?" (not the period of "Mr."). */
  isBoundary(k: number): boolean {
    const w = this.lower[k]!;
    if (w === ';') return true;
    if (!SENTENCE_END.has(w)) return false;
    const next = k + 1;
    return next >= this.sentenceEnd[k]! || this.isQuoteMark(next);
  }

  isQuoteMark(k: number): boolean {
    return this.toks[k]!.kind === 'punct' && QUOTE_MARKS.has(this.toks[k]!.text);
  }

  /** A lower-case speech verb at k used as a verb (not "the added cost", not "declined to say"). */
  isCue(k: number): boolean {
    const t = this.toks[k]!;
    if (t.kind !== 'word' || !CUE_FORMS.has(t.text)) return false;
    const prev = k > this.sentenceStart[k]! ? this.lower[k - 1]! : '';
    if (NOMINAL_DETERMINERS.has(prev)) return false;
    if (prev === 'to') return false;
    if (NOUN_CUES.has(CUE_FORMS.get(t.text)!) && this.nominalBefore(k)) return false;
    // "call" reports speech only as "called on" / "called for".
    if (CUE_FORMS.get(t.text) === 'call') return this.lower[k + 1] === 'on' || this.lower[k + 1] === 'for';
    return true;
  }

  /** "their central demand", "on international demands": the cue word is a noun here. */
  nominalBefore(k: number): boolean {
    const start = this.sentenceStart[k]!;
    const prev = k - 1 >= start ? this.lower[k - 1]! : '';
    const prev2 = k - 2 >= start ? this.lower[k - 2]! : '';
    if (/^(of|on|for|to|with|in|at|by|from|about|'s|\u2019s)$/.test(prev)) return true;
    if (PERSON_NOUNS.has(prev) || !/^\p{Ll}/u.test(this.toks[k - 1]?.text ?? '')) return false;
    const t = lexicon[prev];
    const adjective = t === 'Adjective' || (Array.isArray(t) && t.includes('Adjective'));
    return adjective && (NOMINAL_DETERMINERS.has(prev2) || /^(of|on|for|to|with|in|at|by|from|about)$/.test(prev2));
  }

  text(from: number, to: number): string {
    return to > from ? this.doc.text.slice(this.toks[from]!.start, this.toks[to - 1]!.end) : '';
  }

  /**
   * The subject written before the cue at `cue`, scanning back over auxiliaries and adverbs, then a noun
   * phrase (with appositions and relative clauses), to a clause boundary. Null when there is none.
   */
  subjectBefore(cue: number, limit = this.sentenceStart[cue]!): { from: number; to: number } | null {
    let j = cue - 1;
    while (j >= limit && this.toks[j]!.kind === 'word' && (CUE_MODIFIERS.has(this.lower[j]!) || /^\p{Ll}+ly$/u.test(this.toks[j]!.text))) j--;
    // Time expressions between subject and cue ("Kerry on Monday said").
    const to = j + 1;
    let k = j;
    let coordinator = -1;
    let hitVerb = false;
    let appositions = 0;
    while (k >= limit && to - k <= MAX_SUBJECT) {
      const t = this.toks[k]!;
      if (this.inside[k]! >= 0) break;
      const w = this.lower[k]!;
      if (t.kind === 'punct') {
        if (w === '.' || w === '-' || w === '&' || w === "'" || w === '\u2019') { k--; continue; }
        if (w === ')') {
          let m = k - 1;
          while (m >= limit && this.lower[m] !== '(' && k - m < 12) m--;
          if (m >= limit && this.lower[m] === '(') { k = m - 1; continue; }
          break;
        }
        if (w === ',' && (k === to - 1 || appositions > 0) && appositions < 2) {
          // Apposition between commas before the cue: "Louay Safi, a member of the coalition, said".
          let m = k - 1;
          while (m >= limit && this.lower[m] !== ',' && k - m < 20 && this.inside[m]! < 0 && !this.isBoundary(m)) m--;
          if (m > limit && this.lower[m] === ',' && k - m > 1) { k = m - 1; appositions++; continue; }
          if (appositions > 0) { k--; appositions++; continue; }
        }
        break;
      }
      if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) {
        if (RELATIVES.has(w) && isVerbish(this.lower[k + 1])) { k--; continue; }
        if (SUBJECT_STOPS.has(w) || w === 'what' || w === 'how' || w === 'why') break;
        if (COORDINATORS.has(w)) coordinator = k;
        else if (isFiniteVerb(w)) { hitVerb = true; break; }
      }
      k--;
    }
    if (to - k > MAX_SUBJECT) return null;
    let from = k + 1;
    if (hitVerb) {
      // A verb before the cue: the subject is a second conjunct ("the price was high and rebels insisted"),
      // or there is none ("would now focus on international demands").
      if (coordinator < 0) return null;
      from = coordinator + 1;
    }
    while (from < to && this.toks[from]!.kind === 'punct') from++;
    if (from >= to) return null;
    // "… and said", "… who said", "… for said": no subject of its own here.
    if (/^(and|or|but|who|which|that|for|from|to|of|with|by|in|on|at|as|together|after|before)$/.test(this.lower[to - 1]!)) return null;
    // A subject is a noun phrase: it must not start with a preposition-like stop word.
    if (to - from === 1 && this.toks[from]!.kind !== 'word' && this.toks[from]!.kind !== 'number') return null;
    return { from, to };
  }

  /** The speaker written after the cue ("said Kerry", "said one diplomat, who ..."), up to a boundary. */
  subjectAfter(cue: number): { from: number; to: number } | null {
    const end = this.sentenceEnd[cue]!;
    let k = cue + 1;
    const from = k;
    while (k < end && k - from < MAX_SUBJECT) {
      const w = this.lower[k]!;
      if (this.inside[k]! >= 0 || this.isBoundary(k) || w === ':') break;
      if (w === ',' && !/^(a|an|the)$/.test(this.lower[k + 1] ?? '') && !/^\p{Lu}/u.test(this.toks[k + 1]?.text ?? '')) break;
      k++;
    }
    if (k === from) return null;
    const first = this.toks[from]!;
    if (first.kind !== 'word') return null;
    // Must read as a noun phrase: a determiner, a capitalised word or a pronoun, no finite verb.
    if (!/^\p{Lu}/u.test(first.text) && !/^(a|an|the|one|two|three|some|several|many|he|she|they|it|we|i|his|her|their|its)$/.test(this.lower[from]!)) return null;
    for (let m = from; m < k; m++) if (CLAUSE_VERBS.has(this.lower[m]!)) return null;
    if (this.lower[from] === 'that') return null;
    return { from, to: k };
  }

  /** The noun phrase at the start of a sentence (for "..., saying ..."): up to its first verb. */
  sentenceSubject(k: number): { from: number; to: number } | null {
    const start = this.sentenceStart[k]!;
    let from = start;
    while (from < k && from - start < 10 && (this.toks[from]!.kind === 'punct' || /^(but|and|so|yet|however|meanwhile|still|also|then|now)$/.test(this.lower[from]!))) from++;
    let m = from;
    while (m < k && m - from < MAX_SUBJECT) {
      const w = this.lower[m]!;
      if (this.toks[m]!.kind === 'punct' && w !== '.' && w !== "'" && w !== '\u2019' && w !== '-') break;
      if (CUE_MODIFIERS.has(w) || isFiniteVerb(w) || CUE_FORMS.has(w)) break;
      m++;
    }
    return m > from && m - from < MAX_SUBJECT ? { from, to: m } : null;
  }

  attribution(range: { from: number; to: number } | null, cue: number): Attribution | null {
    if (!range) return null;
    const speaker = analyseSpeaker(this.text(range.from, range.to));
    if (!speaker.text || !/\p{L}/u.test(speaker.text)) return null;
    return { speaker, from: range.from, to: range.to, cue };
  }
}

const PREAMBLE_WORDS = new Set(
  ('on in at during last this a an the statement interview letter briefing news conference call email told also ' +
    'repeatedly him her them us me reporters journalists lawmakers week month year earlier later previously ' +
    'publicly privately recently again separately once twice').split(' '),
);

/** Tokens a cue may be followed by before its content: time words, "that", an addressee, prepositional asides. */
function contentStart(sc: Scanner, cue: number, end: number): number {
  let k = cue + 1;
  const base = CUE_FORMS.get(sc.lower[cue]!) ?? '';
  if (base === 'call') return k + 1;
  // "that" within the next few tokens ends the preamble ("told Reuters on Monday that"); the words before
  // it must be an addressee or a time or place, not a clause ("said they won't attend a conference that").
  for (let m = k; m < end && m - k < 7; m++) {
    const w = sc.lower[m]!;
    if (w === 'that') return m + 1;
    if (sc.inside[m]! >= 0 || sc.toks[m]!.kind !== 'word') break;
    if (!/^\p{Lu}/u.test(sc.toks[m]!.text) && !PREAMBLE_WORDS.has(w) && !WEEKDAYS_AND_MONTHS.has(w) && !(ADDRESSEE_VERBS.has(base) && m - k < 3 && !isVerbish(w) && !/^(he|she|they|it|we|i|there)$/.test(w))) break;
  }
  if (ADDRESSEE_VERBS.has(base)) {
    // Skip the addressee: a short noun phrase ("Reuters", "reporters", "the committee").
    let m = k;
    while (m < end && m - k < 4 && sc.toks[m]!.kind === 'word' && !isVerbish(sc.lower[m]) && !/^(he|she|they|it|we|i|there)$/.test(sc.lower[m]!)) m++;
    if (m > k && m < end) k = m;
  }
  while (k < end && (WEEKDAYS_AND_MONTHS.has(sc.lower[k]!) || sc.lower[k] === ',' || sc.lower[k] === ':')) k++;
  return k;
}

function spanText(sc: Scanner, start: number, end: number): { start: number; end: number; text: string } | null {
  const t = sc.doc.text;
  while (start < end && EDGE_CHARS.has(t[start]!)) start++;
  while (end > start && EDGE_CHARS.has(t[end - 1]!)) end--;
  return end > start ? { start, end, text: t.slice(start, end) } : null;
}

interface Draft {
  kind: QuoteKind;
  attribution: Attribution | null;
  /** The phrase to use when the speaker is inherited from another quotation. */
  inherited?: Draft;
  cue: string | null;
  parts: Array<{ start: number; end: number; text: string }>;
  paragraph: number;
  quotation?: number;
}

/** Attribution written after a quotation: `"…," Kerry said` / `"…," said Kerry` / `"…," one of them told Reuters`. */
function attributionAfter(sc: Scanner, q: Quotation): Attribution | null {
  if (q.close < 0) return null;
  const lastInside = q.close - 1 > q.open ? sc.lower[q.close - 1]! : '';
  let k = q.close + 1;
  if (k >= sc.toks.length || sc.paragraphOfToken[k] !== q.paragraph) return null;
  if (sc.lower[k] === ',') k++;
  else if (!/^[,?!\-]$/.test(lastInside) && sc.lower[k] !== '-') {
    // `"…." he said.` happens too, but only when a lower-case word follows.
    if (!/^\p{Ll}/u.test(sc.toks[k]!.text)) return null;
  }
  if (sc.lower[k] === '-') k++;
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

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Direct quotations: attributed by a cue beside them, or by another quotation of the same paragraph or passage. */
function directQuotes(sc: Scanner, consumed: Uint8Array): Draft[] {
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
  return drafts.filter((d) => d.attribution || d.inherited);
}

/** Reported speech around a cue: indirect or mixed ("Kerry said the talks would be "a last chance""). */
function reportedSpeech(sc: Scanner, consumed: Uint8Array): Draft[] {
  const drafts: Draft[] = [];
  const n = sc.toks.length;
  for (let c = 0; c < n; c++) {
    if (consumed[c] || sc.inside[c]! >= 0) continue;
    if (sc.lower[c] === 'according' && sc.lower[c + 1] === 'to' && sc.inside[c + 1]! < 0) {
      const d = accordingTo(sc, c);
      if (d) drafts.push(d);
      continue;
    }
    if (!sc.isCue(c)) continue;
    const d = reportedAt(sc, c);
    if (d) drafts.push(d);
  }
  return drafts;
}

function kindOf(sc: Scanner, from: number, to: number): QuoteKind {
  let quoted = 0;
  let plain = 0;
  for (let k = from; k < to; k++) {
    if (sc.toks[k]!.kind !== 'word') continue;
    if (sc.inside[k]! >= 0) quoted++;
    else plain++;
  }
  return quoted === 0 ? 'indirect' : plain === 0 ? 'direct' : 'mixed';
}

function reportedAt(sc: Scanner, c: number): Draft | null {
  const sStart = Math.max(sc.sentenceStart[c]!, c - MAX_CLAUSE);
  const sEnd = Math.min(sc.sentenceEnd[c]!, c + MAX_CLAUSE);
  const w = sc.lower[c]!;
  const base = CUE_FORMS.get(w)!;
  const prev = c > sStart ? sc.lower[c - 1]! : '';
  // Passive: "it was said by X" names the speaker after "by"; other passives are not attributions here.
  if (isPastForm(w) && /^(was|were|is|are|been|be|being)$/.test(prev)) {
    if (sc.lower[c + 1] !== 'by') return null;
    const by = sc.attribution(sc.subjectAfter(c + 1), c);
    if (!by) return null;
    const part = spanText(sc, sc.toks[sStart]!.start, sc.toks[c - 1]!.start);
    return part && wordCount(part.text) >= 3 ? { kind: kindOf(sc, sStart, c), attribution: by, cue: w, parts: [part], paragraph: sc.paragraphOfToken[c]! } : null;
  }
  let attribution: Attribution | null = null;
  let participle = false;
  if (w.endsWith('ing') && prev === ',') {
    participle = true;
    attribution = sc.attribution(sc.sentenceSubject(c), c);
  } else {
    attribution = sc.attribution(sc.subjectBefore(c), c);
    // "She urges her husband to come out and says …": the cue shares the subject of its sentence.
    let j = c - 1;
    while (j > sStart && CUE_MODIFIERS.has(sc.lower[j]!)) j--;
    if (!attribution && j > sStart && COORDINATORS.has(sc.lower[j]!)) attribution = sc.attribution(sc.sentenceSubject(c), c);
  }
  if (!attribution && (participle || !(prev === ',' || c === sStart))) return null;
  const endTok = sentenceContentEnd(sc, c + 1, sEnd);
  const startTok = contentStart(sc, c, endTok);
  let after = startTok < endTok ? spanText(sc, sc.toks[startTok]!.start, sc.toks[endTok - 1]!.end) : null;
  if (after && wordCount(after.text) < 2) after = null;
  const weak = CLAUSE_ONLY_CUES.has(base);
  const hasThat = startTok > c + 1 && sc.lower[startTok - 1] === 'that';
  if (attribution && !participle) {
    const beforeSubject = attribution.from - 1;
    const parenthetical = beforeSubject > sStart && sc.lower[beforeSubject] === ',' && sc.lower[c + 1] === ',';
    if (parenthetical && after) {
      // "Saudi Arabia, the sources said, will want ...": the content is on both sides.
      const left = spanText(sc, sc.toks[sStart]!.start, sc.toks[beforeSubject]!.start);
      if (left) {
        return { kind: kindOf(sc, sStart, endTok), attribution, cue: w, parts: [left, after], paragraph: sc.paragraphOfToken[c]! };
      }
    }
    if (!after && beforeSubject > sStart && sc.lower[beforeSubject] === ',' && !weak) {
      // "…, diplomats and coalition members said."
      const left = spanText(sc, sc.toks[sStart]!.start, sc.toks[beforeSubject]!.start);
      if (left && wordCount(left.text) >= 3) return { kind: kindOf(sc, sStart, beforeSubject), attribution, cue: w, parts: [left], paragraph: sc.paragraphOfToken[c]! };
      return null;
    }
  }
  if (!attribution && (prev === ',' || c === sStart) && !participle) {
    // Inverted order after the content: "…, said one diplomat."
    const inv = sc.attribution(sc.subjectAfter(c), c);
    if (inv && c > sStart) {
      const left = spanText(sc, sc.toks[sStart]!.start, sc.toks[c - 1]!.start);
      if (left && wordCount(left.text) >= 3) return { kind: kindOf(sc, sStart, c - 1), attribution: inv, cue: w, parts: [left], paragraph: sc.paragraphOfToken[c]! };
    }
    return null;
  }
  if (!attribution || !after) return null;
  // "the slaughter that he said was committed by ...": an aside inside a relative clause, not a report.
  if (attribution.from > sStart && RELATIVES.has(sc.lower[attribution.from - 1]!) && CLAUSE_VERBS.has(sc.lower[startTok]!)) return null;
  if (weak && !hasThat && sc.inside[startTok]! < 0) return null;
  // "agreed to play a role", "agreed on a plan": an undertaking, not a report.
  if (base === 'agree' && !hasThat && /^(to|on|with|in)$/.test(sc.lower[startTok]!)) return null;
  return { kind: kindOf(sc, startTok, endTok), attribution, cue: w, parts: [after], paragraph: sc.paragraphOfToken[c]! };
}

/** Where reported content after a cue ends: the sentence end, or an "according to" / inverted attribution. */
function sentenceContentEnd(sc: Scanner, from: number, sEnd: number): number {
  for (let k = from; k < sEnd; k++) {
    if (sc.lower[k] === ',' && sc.lower[k + 1] === 'according' && sc.lower[k + 2] === 'to') return k;
  }
  return sEnd;
}

function accordingTo(sc: Scanner, c: number): Draft | null {
  const sStart = Math.max(sc.sentenceStart[c]!, c - MAX_CLAUSE);
  const sEnd = Math.min(sc.sentenceEnd[c]!, c + MAX_CLAUSE);
  let k = c + 2;
  const from = k;
  while (k < sEnd && k - from < MAX_SUBJECT) {
    const w = sc.lower[k]!;
    if (sc.inside[k]! >= 0 || w === ',' || sc.isBoundary(k) || w === ':' || w === ')' || w === '(') break;
    if (w === 'who' || w === 'which') break;
    k++;
  }
  const attribution = sc.attribution(k > from ? { from, to: k } : null, c);
  if (!attribution) return null;
  // Skip an apposition or relative clause after the source: ", a group that ...,".
  let rest = k;
  const paragraph = sc.paragraphOfToken[c]!;
  let lead = c;
  while (lead > sStart && /^(and|but|,)$/.test(sc.lower[lead - 1]!)) lead--;
  const leftEnd = c > sStart && sc.lower[c - 1] === ',' ? c - 1 : c;
  const left = leftEnd > sStart ? spanText(sc, sc.toks[sStart]!.start, sc.toks[leftEnd]!.start) : null;
  if (sc.lower[rest] === ',') rest++;
  const right = rest < sEnd ? spanText(sc, sc.toks[rest]!.start, sc.toks[sEnd - 1]!.end) : null;
  const parts = [left, right].filter((p): p is { start: number; end: number; text: string } => !!p && wordCount(p.text) >= 2);
  if (!parts.length) return null;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const kind = kindOf(sc, sStart, sEnd) === 'indirect' ? 'according-to' : 'according-to';
  void first; void last; void lead;
  return { kind, attribution, cue: 'according to', parts, paragraph };
}

export { Scanner };

/** All attributions of one document, speakers resolved inside the document (pronouns, short names). */
export function extractRaw(doc: ParsedDocument): RawQuote[] {
  const sc = new Scanner(doc);
  const consumed = new Uint8Array(sc.toks.length);
  const direct = directQuotes(sc, consumed);
  const reported = reportedSpeech(sc, consumed);
  const turns = transcriptTurns(sc, consumed);
  const turnParagraphs = new Set(turns.map((t) => t.paragraph));
  const drafts = [...direct.filter((d) => !turnParagraphs.has(d.paragraph)), ...reported, ...turns].sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
  stopAtNextAttribution(sc, drafts);
  return resolveInDocument(sc, mergeParagraphQuotes(drafts));
}

/**
 * Reported content ends where the next attribution begins: "Putney told CNN that X, but he said Y" gives
 * X to the first cue and Y to the second, not both to the first.
 */
function stopAtNextAttribution(sc: Scanner, drafts: Draft[]): void {
  const starts = drafts
    .map((d) => (d.attribution && !d.inherited ? sc.toks[Math.min(d.attribution.from, d.attribution.cue)]!.start : -1))
    .filter((x) => x >= 0)
    .sort((a, b) => a - b);
  for (const d of drafts) {
    if (d.kind === 'direct' || d.kind === 'according-to' || d.parts.length !== 1) continue;
    const part = d.parts[0]!;
    // First attribution start strictly inside the content.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= part.start) lo = mid + 1;
      else hi = mid;
    }
    const cut = starts[lo];
    if (cut === undefined || cut >= part.end) continue;
    let head = spanText(sc, part.start, cut);
    const conj = head?.text.match(/\s(?:but|and|while|although|though|as|yet)$/i);
    if (head && conj) head = spanText(sc, head.start, head.end - conj[0].length);
    if (!head || wordCount(head.text) < 2) continue;
    d.parts[0] = head;
  }
}

/** Interview transcripts: a paragraph opening with a speaker label in capitals ("WALLACE: ..."). */
function transcriptTurns(sc: Scanner, consumed: Uint8Array): Draft[] {
  const out: Draft[] = [];
  const paragraphs = sc.doc.paragraphs;
  for (const s of sc.doc.sentences) {
    const first = s.tokenStart;
    if (first > 0 && sc.paragraphOfToken[first - 1] === s.paragraph) continue;
    const labelStart = sc.isQuoteMark(first) ? first + 1 : first;
    let k = labelStart;
    while (k < s.tokenEnd && k - labelStart < 3 && sc.toks[k]!.kind === 'word' && /^\p{Lu}[\p{Lu}'\u2019.-]+$/u.test(sc.toks[k]!.text)) k++;
    if (k === labelStart || sc.lower[k] !== ':' || consumed[k]) continue;
    const label = sc.text(labelStart, k).toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
    const part = spanText(sc, sc.toks[k]!.end, paragraphs[s.paragraph]!.end);
    if (!part || wordCount(part.text) < 2) continue;
    const speaker = analyseSpeaker(label);
    if (sc.lower[k + 1] === '-') continue;
    out.push({ kind: 'direct', attribution: { speaker, from: labelStart, to: k, cue: k }, cue: null, parts: [part], paragraph: s.paragraph });
  }
  // A transcript has turns by at least two speakers; a lone label is a dateline ("KATHMANDU:").
  return new Set(out.map((d) => d.attribution!.speaker.text)).size >= 2 ? out : [];
}

/** Direct quotations of one paragraph with the same speaker are one attribution (`"A," he said. "B."`). */
function mergeParagraphQuotes(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const last = out[out.length - 1];
    const owner = (x: Draft) => (x.attribution ? x : x.inherited);
    if (last && last.kind === 'direct' && d.kind === 'direct' && last.paragraph === d.paragraph && owner(last) && owner(last) === owner(d)) {
      last.parts.push(...d.parts);
      if (!last.attribution && d.attribution) {
        last.attribution = d.attribution;
        last.cue = d.cue;
        last.inherited = undefined;
      }
      continue;
    }
    out.push(d);
  }
  return out;
}

interface Candidate {
  offset: number;
  phrase: SpeakerPhrase;
  name: string;
}

/** Resolve pronouns to the nearest compatible earlier speaker or named subject, and short names to full ones. */
function resolveInDocument(sc: Scanner, drafts: Draft[]): RawQuote[] {
  const fullNames = fullNameIndex(sc);
  const expand = (p: SpeakerPhrase) => {
    if (!p.named) return p.text;
    const words = p.text.split(/\s+/);
    if (words.length === 1) return fullNames.get(words[0]!) ?? p.text;
    return p.text;
  };
  const candidates: Candidate[] = [];
  const subjects = subjectNames(sc);
  let si = 0;
  const out: RawQuote[] = [];
  for (const d of drafts) {
    const a = d.attribution ?? d.inherited?.attribution ?? null;
    const start = d.parts[0]!.start;
    const end = d.parts[d.parts.length - 1]!.end;
    const cueOffset = a ? sc.toks[a.cue]!.start : start;
    const at = Math.min(start, cueOffset);
    while (si < subjects.length && subjects[si]!.offset < at) candidates.push(subjects[si++]!);
    let speaker: string | null = null;
    let named = false;
    if (a) {
      const p = a.speaker;
      if (p.pronoun) {
        const found = resolvePronoun(p, candidates);
        if (found) {
          speaker = found.name;
          named = found.phrase.named;
        } else speaker = p.text;
      } else {
        speaker = expand(p);
        named = p.named;
        if (!d.inherited) candidates.push({ offset: sc.toks[a.from]!.start, phrase: { ...p, gender: p.gender ?? genderFromPronounUse(sc, a) }, name: speaker });
      }
    }
    out.push({
      kind: d.kind,
      mention: a ? a.speaker.mention : null,
      speaker,
      named,
      cue: d.cue,
      content: d.parts.map((p) => p.text).join(' '),
      start,
      end,
      line: sc.doc.position(start).line,
    });
  }
  return out;
}

function genderFromPronounUse(_sc: Scanner, _a: Attribution): SpeakerPhrase['gender'] {
  return null;
}

function resolvePronoun(p: SpeakerPhrase, candidates: Candidate[]): Candidate | null {
  const limit = Math.max(0, candidates.length - 40);
  for (let i = candidates.length - 1; i >= limit; i--) {
    const c = candidates[i]!;
    const q = c.phrase;
    if (q.pronoun) continue;
    if (p.pronoun === 'he' || p.pronoun === 'she') {
      const g = p.pronoun === 'he' ? 'm' : 'f';
      if (q.plural || !q.person) continue;
      if (q.gender && q.gender !== g) continue;
      return c;
    }
    if (p.pronoun === 'they') {
      if (q.plural) return c;
      continue;
    }
    if (p.pronoun === 'it') {
      if (!q.person && !q.plural) return c;
      continue;
    }
    return null;
  }
  return null;
}

/** Capitalised runs of the document: the full name for each surname ("Kerry" → "John Kerry"), first seen wins. */
function fullNameIndex(sc: Scanner): Map<string, string> {
  const map = new Map<string, string>();
  const toks = sc.toks;
  let k = 0;
  while (k < toks.length) {
    if (toks[k]!.kind !== 'word' || !/^\p{Lu}/u.test(toks[k]!.text) || sc.titleLike[toks[k]!.sentence]) { k++; continue; }
    let m = k;
    const words: string[] = [];
    while (m < toks.length && words.length < 6 && sc.sentenceStart[m] === sc.sentenceStart[k] && toks[m]!.kind === 'word' &&
      (/^\p{Lu}/u.test(toks[m]!.text) || /^(al|el|bin|de)-/.test(toks[m]!.text))) {
      words.push(toks[m]!.text);
      m++;
    }
    if (words.length >= 2) {
      const p = analyseSpeaker(words.join(' '));
      const name = p.text.split(/\s+/);
      if (p.named && p.person && name.length >= 2 && name.every(nameLikeWord)) {
        const last = name[name.length - 1]!;
        if (!map.has(last)) map.set(last, p.text);
      }
    }
    k = Math.max(m, k + 1);
  }
  return map;
}

/** Named people at the start of sentences: antecedents for "he" and "she" besides earlier speakers. */
function subjectNames(sc: Scanner): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sc.doc.sentences) {
    if (sc.titleLike[s.index]) continue;
    const range = sc.sentenceSubject(s.tokenStart < s.tokenEnd ? s.tokenEnd - 1 : s.tokenStart);
    if (!range || range.to - range.from > 8) continue;
    if (!/^\p{Lu}/u.test(sc.toks[range.to - 1]!.text)) continue;
    const p = analyseSpeaker(sc.text(range.from, range.to));
    if (p.named && p.person && p.text.split(/\s+/).every(nameLikeWord)) out.push({ offset: sc.toks[range.from]!.start, phrase: p, name: p.text });
  }
  return out;
}
