import { BE_FORMS, FUNCTION_WORDS, hasTag, wordLexicon } from '../corpus/lexicon.js';
import type { ParsedDocument } from '../corpus/parsed.js';
import type { Token } from '../corpus/types.js';
import { CLAUSE_VERBS, COORDINATORS, CUE_FORMS, CUE_MODIFIERS, NOMINAL_DETERMINERS, NOUN_CUES, PERSON_NOUNS, RELATIVES, SUBJECT_STOPS, WEEKDAYS_AND_MONTHS } from './lexicon.js';
import { findQuotations, type Quotation } from './marks.js';
import { analyseSpeaker, type SpeakerPhrase } from './phrase.js';
import type { QuoteKind } from './types.js';
import { startsLower, startsUpper } from '../corpus/text.js';

export const MAX_SUBJECT = 24;
export const MAX_ATTRIBUTION_WINDOW = 30;
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2018', '\u2019', '\u2033']);
export const SENTENCE_END = new Set(['.', '!', '?', ';']);
/** Characters trimmed from both ends of a content span (the trailing sentence period is kept). */
const EDGE_CHARS = new Set([...' \t\n\r\u00a0,;:"\'\u201c\u201d\u2018\u2019\u00ab\u00bb-\u2013\u2014']);
/** Longest reported clause taken around one cue, in tokens: keeps hostile one-line inputs linear. */
export const MAX_CLAUSE = 400;

// compromise's lexicon is built on first use (wordLexicon caches it), not when the module loads.
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Gerund']);

/** A lower-case word that reads as a verb (a relative clause or a finite clause starts here). */
export function isVerbish(w: string | undefined): boolean {
  if (!w || !startsLower(w)) return false;
  if (CLAUSE_VERBS.has(w) || CUE_FORMS.has(w)) return true;
  const lexicon = wordLexicon();
  const t = lexicon.get(w);
  // A known word is a verb when one of its tags says so.
  if (t !== undefined) return hasTag(t, VERB_TAGS);
  return /[^e]ed$/.test(w) || (w.endsWith('es') && lexicon.get(w.slice(0, -1)) === 'Infinitive');
}

const ADJECTIVE = new Set(['Adjective']);
/** Words of a time adverbial that may open a sentence before its subject ("Last week,", "Early on Monday,"). */
const FRONTED_TIME = /^(?:last|this|next|past|early|earlier|late|later|on|in|at|during|the|week|weeks|month|months|year|years|weekend|morning|afternoon|evening|night|day|days|ago|\d+)$/;
const PRESENT_TENSE = new Set(['PresentTense']);
const PLURAL = new Set(['Plural']);
const FINITE_FORMS = new Set(['PresentTense', 'PastTense']);

/** A finite verb of the main clause seen while scanning a subject backwards: is, was, has, past tenses. */
const FINITE_TAGS = new Set(['PastTense', 'Copula', 'Modal']);
export function isFiniteVerb(w: string): boolean {
  if (CLAUSE_VERBS.has(w)) return true;
  return hasTag(wordLexicon().get(w), FINITE_TAGS);
}

export interface Attribution {
  speaker: Readonly<SpeakerPhrase>;
  /** Token range of the speaker words. */
  from: number;
  to: number;
  cue: number;
}

/**
 * Why a speaker phrase read forward ("according to police", "said a police spokesman") ends at a token: a
 * speaker is a name or a noun phrase, so punctuation that opens an aside or a new clause ends it.
 */
export type PhraseStop = 'quotation' | 'boundary' | 'colon' | 'bracket' | 'dash' | 'relative' | 'clause';

const BRACKETS = new Set(['(', ')', '[', ']', '{', '}']);
const DASH_TOKENS = new Set(['\u2013', '\u2014', '--', '\u2015']);
const DETERMINERS_OPENING = new Set(['the', 'a', 'an', 'this', 'these', 'those']);
const NEW_SUBJECT = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'this', 'these', 'those']);

/** First character upper case; ASCII fast path (this runs on every word). */
function upperInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[0]!;
  return ch !== ch.toLowerCase();
}

/** Everything the rules need about one document, computed once. */
export class Scanner {
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
    const toks = (this.toks = doc.tokens);
    const n = toks.length;
    const lower = new Array<string>(n);
    // Words as the document lower-cased them once (figures read the same); other tokens as written.
    const lowered = doc.lowerTokens;
    const sentences = doc.sentences;
    // Locals, not fields, in the loops below: they run on every token, mostly before the code is optimised.
    const sentenceStart = (this.sentenceStart = new Int32Array(n));
    const sentenceEnd = (this.sentenceEnd = new Int32Array(n));
    const paragraphOfToken = (this.paragraphOfToken = new Int32Array(n));
    const titleLike = (this.titleLike = new Uint8Array(sentences.length));
    // One pass over the sentences fills the per-token tables, lower-cases the words and counts capitalised ones.
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const start = s.tokenStart;
      const end = s.tokenEnd;
      const paragraph = s.paragraph;
      let words = 0;
      let caps = 0;
      for (let k = start; k < end; k++) {
        sentenceStart[k] = start;
        sentenceEnd[k] = end;
        paragraphOfToken[k] = paragraph;
        const t = toks[k]!;
        if (t.kind !== 'word') {
          lower[k] = t.text;
          continue;
        }
        lower[k] = lowered[k]!;
        words++;
        if (upperInitial(t.text)) caps++;
      }
      titleLike[s.index] = words >= 3 && caps / words >= 0.7 ? 1 : 0;
    }
    this.lower = lower;
    const found = findQuotations(doc.text, toks, this.paragraphOfToken, doc.paragraphs);
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

  /** A dash written as punctuation: "–", "—", "--", or a hyphen with space on both sides ("police - - the women"). */
  isDash(k: number): boolean {
    const t = this.toks[k]!;
    if (t.kind !== 'punct') return false;
    if (DASH_TOKENS.has(t.text)) return true;
    if (t.text !== '-') return false;
    const text = this.doc.text;
    // "--" written as two hyphens.
    if (text[t.start - 1] === '-' || text[t.end] === '-') return true;
    // "U.K.- based": a hyphen touching a word on one side joins it; a dash stands apart on both.
    return (t.start === 0 || /\s/.test(text[t.start - 1]!)) && (t.end >= text.length || /\s/.test(text[t.end]!));
  }

  /** The dash that opens an aside closed by the dash at k, within a short span of the sentence; -1 when none. */
  private openingDash(k: number, limit: number): number {
    let close = k;
    while (close > limit && this.lower[close - 1] === '-') close--;
    for (let m = close - 2; m >= limit && k - m < 30; m--) {
      if (this.inside[m]! >= 0 || this.isBoundary(m)) return -1;
      if (this.lower[m] !== '-' || !this.isDash(m)) continue;
      while (m > limit && this.lower[m - 1] === '-') m--;
      return m;
    }
    return -1;
  }

  /**
   * Whether a speaker phrase read forward from `from` ends at token k, and why. A clause starts at a finite verb,
   * or at a determiner or pronoun right after a content word ("according to police the women were hit").
   */
  phraseStop(k: number, from: number): PhraseStop | null {
    if (this.inside[k]! >= 0) return 'quotation';
    const w = this.lower[k]!;
    if (this.isBoundary(k)) return 'boundary';
    if (this.toks[k]!.kind === 'punct') {
      if (w === ':') return 'colon';
      if (BRACKETS.has(w)) return 'bracket';
      return this.isDash(k) ? 'dash' : null;
    }
    if (k === from) return null;
    if (w === 'who' || w === 'which') return 'relative';
    const prev = this.lower[k - 1]!;
    if (!startsLower(this.toks[k]!.text)) return null;
    // Only an auxiliary or "be" is sure to be a verb here: "a complaint filed by …", "a book analyzing its
    // debates" keep their participles and plural nouns.
    if (CLAUSE_VERBS.has(w)) return 'clause';
    if (NEW_SUBJECT.has(w) && this.toks[k - 1]!.kind === 'word' && !FUNCTION_WORDS.has(prev) && !/['\u2019]s$/.test(prev)) {
      // "information they released" is a contact relative clause; "police he was" a new clause.
      if (!DETERMINERS_OPENING.has(w) && !CLAUSE_VERBS.has(this.lower[k + 1] ?? '')) return null;
      return 'clause';
    }
    return null;
  }

  isQuoteMark(k: number): boolean {
    return this.toks[k]!.kind === 'punct' && QUOTE_MARKS.has(this.toks[k]!.text);
  }

  /** A lower-case speech verb at k used as a verb (not "the added cost", not "declined to say"). */
  isCue(k: number): boolean {
    const t = this.toks[k]!;
    if (t.kind !== 'word') return false;
    // Headlines capitalise their verbs ("Former Doctor Says Clinton Hid …"). (The sentence's start is read
    // first, for every word: read only after a title-like sentence, the read deoptimised the callers.)
    const sentenceStart = this.sentenceStart[k]!;
    const form = this.titleLike[t.sentence] && k > sentenceStart ? this.lower[k]! : t.text;
    // One map look-up: before the code is optimised it costs less than any hand-written pre-test.
    if (!CUE_FORMS.has(form)) return false;
    const prev = k > sentenceStart ? this.lower[k - 1]! : '';
    if (NOMINAL_DETERMINERS.has(prev)) return false;
    if (prev === 'to') return false;
    if (NOUN_CUES.has(CUE_FORMS.get(form)!) && this.nominalBefore(k)) return false;
    // A possessive before any cue makes it a noun ("Trump's tweet", "Obama's remarks").
    if (/\p{L}['\u2019]s$/u.test(prev)) return false;
    // "call" reports speech only as "called on" / "called for".
    if (CUE_FORMS.get(form) === 'call') return this.lower[k + 1] === 'on' || this.lower[k + 1] === 'for';
    return true;
  }

  /** "their central demand", "on international demands": the cue word is a noun here. */
  nominalBefore(k: number): boolean {
    const start = this.sentenceStart[k]!;
    const prev = k - 1 >= start ? this.lower[k - 1]! : '';
    const prev2 = k - 2 >= start ? this.lower[k - 2]! : '';
    if (/^(of|on|for|to|with|in|at|by|from|about|'s|\u2019s|those|these|such)$/.test(prev)) return true;
    // A possessive before the word: "Bill Clinton's comments", "Editor's note".
    if (/\p{L}['\u2019]s$|s['\u2019]$/u.test(prev)) return true;
    if (PERSON_NOUNS.has(prev) || !startsLower(this.toks[k - 1]?.text ?? '')) return false;
    const t = wordLexicon().get(prev);
    // "it denies claims that …", "there were reports …": the object of a finite verb or a complement of "be"
    // (a participle after an auxiliary is a verb: "is reporting", "had repeated"; so is a base form after a modal).
    const participleForm = /(?:ing|ed)$/.test(this.lower[k]!);
    if (BE_FORMS.has(prev)) return !participleForm;
    if (!CLAUSE_VERBS.has(prev) && !participleForm && hasTag(t, FINITE_FORMS)) return true;
    // "felony weapons charges": a plural noun takes no "-s" verb, so the cue word is the compound's noun.
    if (this.lower[k]!.endsWith('s') && (hasTag(t, PLURAL) || (t === undefined && /[^su]s$/.test(prev)))) return true;
    const adjective = hasTag(t, ADJECTIVE) || (t === undefined && /(al|ive|ous|ful|ic|ary)$/.test(prev));
    return adjective && (NOMINAL_DETERMINERS.has(prev2) || /^(of|on|for|to|with|in|at|by|from|about)$/.test(prev2));
  }

  text(from: number, to: number): string {
    return to > from ? this.doc.slice(this.toks[from]!.start, this.toks[to - 1]!.end) : '';
  }

  /**
   * The subject written before the cue at `cue`, scanning back over auxiliaries and adverbs, then a noun
   * phrase (with appositions and relative clauses), to a clause boundary. Null when there is none.
   */
  subjectBefore(cue: number, limit = this.sentenceStart[cue]!): { from: number; to: number } | null {
    let j = cue - 1;
    while (j >= limit && this.toks[j]!.kind === 'word' && (CUE_MODIFIERS.has(this.lower[j]!) || /^\p{Ll}+ly$/u.test(this.toks[j]!.text))) j--;
    // "listeners who said …": the speaker is the antecedent of the relative pronoun.
    if (j > limit && (this.lower[j] === 'who' || this.lower[j] === 'which')) {
      j--;
      if (this.lower[j] === ',') j--;
    }
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
        if (w === '-' && this.isDash(k)) {
          // "Kall -- co-editor of a book -- said": an aside between dashes, like an apposition between commas.
          const open = k === to - 1 ? this.openingDash(k, limit) : -1;
          if (open > limit) { k = open - 1; continue; }
          // "KENT, Wash. -- Kent police said": a dash ends the subject; a hyphen inside a name does not.
          break;
        }
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
      if (t.kind === 'word' && startsLower(t.text)) {
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
  subjectAfter(cue: number, stopAtThat = false): { from: number; to: number } | null {
    const end = this.sentenceEnd[cue]!;
    let k = cue + 1;
    const from = k;
    while (k < end && k - from < MAX_SUBJECT) {
      const w = this.lower[k]!;
      const stop = this.phraseStop(k, from);
      if (stop && stop !== 'clause' && stop !== 'relative') break;
      if (w === ',' && !/^(a|an|the)$/.test(this.lower[k + 1] ?? '') && !startsUpper(this.toks[k + 1]?.text ?? '')) break;
      k++;
    }
    if (k === from) return null;
    const first = this.toks[from]!;
    if (first.kind !== 'word') return null;
    // Must read as a noun phrase: a determiner, a capitalised word or a pronoun, no finite verb.
    if (!startsUpper(first.text) && !/^(a|an|the|one|two|three|some|several|many|he|she|they|it|we|i|his|her|their|its)$/.test(this.lower[from]!)) return null;
    // "said Ronald Fieldstone, a lawyer who has been involved …": the relative clause is not the speaker.
    for (let m = from + 1; m < k; m++) if (RELATIVES.has(this.lower[m]!) && (stopAtThat || this.lower[m] !== 'that')) { k = m; break; }
    for (let m = from; m < k; m++) if (CLAUSE_VERBS.has(this.lower[m]!)) return null;
    if (this.lower[from] === 'that') return null;
    return { from, to: k };
  }

  /**
   * A present-tense verb right after a determiner and a noun: "The statement expresses condolences …". Plural
   * nouns carry the same tag ("rights", "debates"), so only this short pattern is read as subject and verb.
   */
  private verbAfterHead(m: number, from: number): boolean {
    if (m !== from + 2 || !NOMINAL_DETERMINERS.has(this.lower[from]!) || !startsLower(this.toks[m]!.text)) return false;
    const noun = wordLexicon().get(this.lower[m - 1]!);
    return !hasTag(noun, ADJECTIVE) && hasTag(wordLexicon().get(this.lower[m]!), PRESENT_TENSE);
  }

  /** "police considered Dixon …": a past form after a word that no determiner or adjective makes a modifier of. */
  private pastAfterNoun(m: number, from: number): boolean {
    const w = this.lower[m]!;
    // Most words do not end in "ed": test the last two letters before anything else (this runs on sentence subjects).
    if (m === from || w.charCodeAt(w.length - 1) !== 100 || w.charCodeAt(w.length - 2) !== 101 || !/^\p{Ll}+ed$/u.test(this.toks[m]!.text)) return false;
    const prev = this.lower[m - 1]!;
    return this.toks[m - 1]!.kind === 'word' && !NOMINAL_DETERMINERS.has(prev) && !FUNCTION_WORDS.has(prev) && !hasTag(wordLexicon().get(prev), ADJECTIVE);
  }

  /** The noun phrase at the start of a sentence (for "..., saying ..."): up to its first verb. */
  sentenceSubject(k: number): { from: number; to: number } | null {
    const start = this.sentenceStart[k]!;
    let from = start;
    while (from < k && from - start < 10 && (this.toks[from]!.kind === 'punct' || /^(but|and|so|yet|however|meanwhile|still|also|then|now)$/.test(this.lower[from]!))) from++;
    // "Last week, the government lodged a complaint, arguing …": a fronted time and its comma precede the subject.
    let t = from;
    while (t < k && t - from < 6 && (WEEKDAYS_AND_MONTHS.has(this.lower[t]!) || FRONTED_TIME.test(this.lower[t]!))) t++;
    if (t > from && t + 1 < k && this.lower[t] === ',') from = t + 1;
    let m = from;
    while (m < k && m - from < MAX_SUBJECT) {
      const w = this.lower[m]!;
      if (this.toks[m]!.kind === 'punct' && w !== '.' && w !== "'" && w !== '\u2019' && w !== '-') break;
      if (CUE_MODIFIERS.has(w) || isFiniteVerb(w) || CUE_FORMS.has(w) || this.verbAfterHead(m, from) || this.pastAfterNoun(m, from)) break;
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

export function spanText(sc: Scanner, start: number, end: number): { start: number; end: number; text: string } | null {
  const t = sc.doc.text;
  while (start < end && EDGE_CHARS.has(t[start]!)) start++;
  while (end > start && EDGE_CHARS.has(t[end - 1]!)) end--;
  return end > start ? { start, end, text: t.slice(start, end) } : null;
}

export interface Draft {
  kind: QuoteKind;
  attribution: Attribution | null;
  /** The phrase to use when the speaker is inherited from another quotation. */
  inherited?: Draft;
  cue: string | null;
  parts: Array<{ start: number; end: number; text: string }>;
  paragraph: number;
  quotation?: number;
}

const isWordChar = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(s[i]!));
};

/** Number of words in a text, counted up to `cap` (the rules only ask "at least two / three words?"). */
export function wordCount(s: string, cap = 3): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = isWordChar(s, i);
    if (w && !inWord && ++n >= cap) return n;
    inWord = w;
  }
  return n;
}

export function kindOf(sc: Scanner, from: number, to: number): QuoteKind {
  let quoted = 0;
  let plain = 0;
  for (let k = from; k < to; k++) {
    if (sc.toks[k]!.kind !== 'word') continue;
    if (sc.inside[k]! >= 0) quoted++;
    else plain++;
  }
  return quoted === 0 ? 'indirect' : plain === 0 ? 'direct' : 'mixed';
}

