import { startsUpper } from '../corpus/text.js';
import { ADDRESSEE_VERBS, CLAUSE_ONLY_CUES, OBJECT_PREPOSITIONS, CLAUSE_VERBS, COORDINATORS, CUE_FORMS, CUE_MODIFIERS, PERSON_NOUNS, QUOTE_ONLY_CUES, WEEKDAYS_AND_MONTHS, isPastForm } from './lexicon.js';
import { sourceKind } from './phrase.js';
import { MAX_CLAUSE, MAX_SUBJECT, isVerbish, kindOf, spanText, wordCount, type Attribution, type Draft, type Scanner } from './scanner.js';

const PREAMBLE_WORDS = new Set(
  ('on in at during last this a an the statement interview letter briefing news conference call email told also ' +
    'repeatedly him her them us me reporters journalists lawmakers week month year earlier later previously ' +
    'publicly privately recently again separately once twice').split(' '),
);

const ADDRESSEE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those']);

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
    if (!startsUpper(sc.toks[m]!.text) && !PREAMBLE_WORDS.has(w) && !WEEKDAYS_AND_MONTHS.has(w) && !(ADDRESSEE_VERBS.has(base) && m - k < 3 && !isVerbish(w) && !/^(he|she|they|it|we|i|there)$/.test(w))) break;
  }
  if (ADDRESSEE_VERBS.has(base)) {
    // Skip the addressee: a short noun phrase ("Reuters", "reporters", "the committee").
    // One noun phrase: a determiner may open it, a second determiner starts the content ("told reporters the road …").
    let m = k;
    if (ADDRESSEE_DETERMINERS.has(sc.lower[m]!)) m++;
    while (m < end && m - k < 4 && sc.toks[m]!.kind === 'word' && !isVerbish(sc.lower[m]) && !ADDRESSEE_DETERMINERS.has(sc.lower[m]!) &&
      !/^(he|she|they|it|we|i|there|whether|if|what|how|why|when|where|who|which)$/.test(sc.lower[m]!)) m++;
    if (m > k && m < end) k = m;
  }
  while (k < end && (WEEKDAYS_AND_MONTHS.has(sc.lower[k]!) || sc.lower[k] === ',' || sc.lower[k] === ':')) k++;
  return k;
}

/** Reported speech around a cue: indirect or mixed ("Kerry said the talks would be "a last chance""). */
export function reportedSpeech(sc: Scanner, consumed: Uint8Array, direct: Draft[]): Draft[] {
  const drafts: Draft[] = [];
  // Speakers already attributed in a sentence: "…," the mayor said, adding that … shares the mayor.
  const bySentence = new Map<number, Attribution>();
  for (const d of direct) if (d.attribution) bySentence.set(sc.toks[d.attribution.cue]!.sentence, d.attribution);
  // Locals for the fields read on every token of the document.
  const { inside, lower } = sc;
  const n = sc.toks.length;
  for (let c = 0; c < n; c++) {
    if (consumed[c] || inside[c]! >= 0) continue;
    if (lower[c] === 'according' && lower[c + 1] === 'to' && inside[c + 1]! < 0) {
      const d = accordingTo(sc, c, consumed);
      if (d) drafts.push(d);
      continue;
    }
    if (!sc.isCue(c)) continue;
    const d = reportedAt(sc, c, consumed, bySentence.get(sc.toks[c]!.sentence));
    if (d && !muteSubject(sc, c, d)) drafts.push(d);
  }
  return drafts;
}

/** Why the words at a cue are not reported speech though the cue reads as a speech verb. */
export type Unlicensed =
  /** "…, aggravated assault and other charges.": the subject names nothing that can speak or write. */
  | 'mute-subject'
  /**
   * "…, complaining about being sprayed.", "was arrested and charged with theft": a cue sharing the sentence's
   * subject, with an object and no clause or quotation.
   */
  | 'participle-object'
  /** "Woman Charged With Two Counts Of Murder": a headline's verb with its object. */
  | 'headline-object';

/**
 * A cue that closes its sentence ("…, aggravated assault and other charges.") or a participle ("…, saying")
 * reads as speech only when its subject can speak: a name, a pronoun, a person, a body or a document. A cue
 * with its content after it keeps any subject ("the crisis highlighted differences" is an attribution in
 * PolNeAR's sense).
 */
function muteSubject(sc: Scanner, c: number, d: Draft): Unlicensed | null {
  const weak = d.parts[d.parts.length - 1]!.end <= sc.toks[c]!.start || (sc.lower[c]!.endsWith('ing') && sc.lower[c - 1] === ',');
  return weak && d.attribution && !sourceKind(d.attribution.speaker) ? 'mute-subject' : null;
}

/** What follows the cue is its object, not content: a preposition after a participle or in a headline. */
function objectNotContent(sc: Scanner, c: number, startTok: number, borrowedSubject: boolean): Unlicensed | null {
  const w = sc.lower[startTok]!;
  if (sc.inside[startTok]! >= 0) return null;
  // "…, complaining about the noise", "arrested him and charged him with murder".
  const objectFirst = /^(?:him|her|them|us|me)$/.test(w) ? startTok + 1 : startTok;
  if (borrowedSubject && OBJECT_PREPOSITIONS.has(sc.lower[objectFirst]!)) return 'participle-object';
  // Headlines drop "was" and "that": "Man Charged In Death Of Boy" is a passive, not a report.
  if (sc.titleLike[sc.toks[c]!.sentence] && (OBJECT_PREPOSITIONS.has(w) || /^(?:in|on|at|to|by)$/.test(w))) return 'headline-object';
  return null;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you']);
const PASSIVE_AUXILIARIES = /^(was|were|is|are|been|be|being|has|have|had|will|would|may|might|could|should|also)$/;

/** Is the subject of the passive cue at c (before its auxiliaries) a person: a pronoun or a person noun? */
function personUnderPassive(sc: Scanner, c: number, sStart: number): boolean {
  let k = c - 1;
  while (k > sStart && PASSIVE_AUXILIARIES.test(sc.lower[k]!)) k--;
  const w = sc.lower[k]!;
  return PERSON_PRONOUNS.has(w) || PERSON_NOUNS.has(w);
}

/**
 * The subject of the cue at c: written before it, or the sentence's, borrowed through a participle ("…,
 * saying") or a coordinator ("was arrested and charged", "urges her husband to come out and says").
 */
function cueSubject(sc: Scanner, c: number, sStart: number, participle: boolean, earlier?: Attribution): { attribution: Attribution | null; borrowed: boolean } {
  if (participle) {
    return { attribution: earlier && earlier.cue < c ? { ...earlier, cue: c } : sc.attribution(sc.sentenceSubject(c), c), borrowed: true };
  }
  const attribution = sc.attribution(sc.subjectBefore(c), c);
  if (attribution) return { attribution, borrowed: false };
  let j = c - 1;
  while (j > sStart && CUE_MODIFIERS.has(sc.lower[j]!)) j--;
  if (j > sStart && COORDINATORS.has(sc.lower[j]!)) return { attribution: sc.attribution(sc.sentenceSubject(c), c), borrowed: true };
  return { attribution: null, borrowed: false };
}

function reportedAt(sc: Scanner, c: number, consumed: Uint8Array, earlier?: Attribution): Draft | null {
  const sStart = Math.max(sc.sentenceStart[c]!, c - MAX_CLAUSE);
  const sEnd = Math.min(sc.sentenceEnd[c]!, c + MAX_CLAUSE);
  const w = sc.lower[c]!;
  const base = CUE_FORMS.get(w)!;
  if (QUOTE_ONLY_CUES.has(base)) return null;
  const prev = c > sStart ? sc.lower[c - 1]! : '';
  // Passive: "it was said by X" names the speaker after "by"; other passives are not attributions here.
  if (isPastForm(w) && /^(was|were|is|are|been|be|being)$/.test(prev)) {
    if (sc.lower[c + 1] !== 'by') return null;
    const by = sc.attribution(sc.subjectAfter(c + 1, true), c);
    if (!by) return null;
    // "It was said by the organisers that X": the content follows; "X, it was said by …": it precedes.
    const after = sc.lower[by.to] === 'that' && by.to + 1 < sEnd;
    // Content before the cue is a statement, not a person: "she had been threatened by her boyfriend" names
    // what was done to her; a clause-only cue ("threaten", "allege") needs its "that" clause.
    if (!after && (personUnderPassive(sc, c, sStart) || CLAUSE_ONLY_CUES.has(base))) return null;
    const part = after
      ? spanText(sc, sc.toks[by.to + 1]!.start, sc.toks[sEnd - 1]!.end)
      : spanText(sc, sc.toks[sStart]!.start, sc.toks[c - 1]!.start);
    return part && wordCount(part.text) >= 3 ? { kind: kindOf(sc, sStart, c), attribution: by, cue: w, parts: [part], paragraph: sc.paragraphOfToken[c]! } : null;
  }
  // A bare "-ing" form reports speech after a comma ("…, saying") or as a progressive ("is saying"), not
  // as a modifier ("a policy urging members to report").
  if (w.endsWith('ing') && prev !== ',' && !/^(is|are|was|were|been|be|am|while|by|after|before|without)$/.test(prev)) return null;
  const participle = w.endsWith('ing') && prev === ',';
  const { attribution, borrowed } = cueSubject(sc, c, sStart, participle, earlier);
  if (!attribution && (participle || !(prev === ',' || c === sStart))) return null;
  const endTok = sentenceContentEnd(sc, c + 1, sEnd);
  const startTok = contentStart(sc, c, endTok);
  let after = startTok < endTok ? spanText(sc, sc.toks[startTok]!.start, sc.toks[endTok - 1]!.end) : null;
  if (after && wordCount(after.text) < 2) after = null;
  // "…, Renzi added on Twitter.": only a place or channel follows; the content was before.
  if (after && endTok - startTok <= 5 && /^(on|in|at|during|via|through|after|before)$/.test(sc.lower[startTok]!)) after = null;
  // "…, the ministry said on Wednesday, and 12,000 were evacuated": a clause joined after the cue's adverbial
  // is the writer's, not the source's; the content was before.
  if (after && coordinatedAfterAdverbial(sc, startTok, endTok)) after = null;
  const weak = CLAUSE_ONLY_CUES.has(base);
  const hasThat = startTok > c + 1 && sc.lower[startTok - 1] === 'that';
  if (attribution && !participle) {
    let beforeSubject = attribution.from - 1;
    // `… "too little," he added`: the comma sits inside the closing quotation mark; `…, as police said`.
    if (beforeSubject > sStart + 1 && sc.isQuoteMark(beforeSubject) && sc.lower[beforeSubject - 1] === ',') beforeSubject--;
    if (beforeSubject > sStart + 1 && sc.lower[beforeSubject] === 'as' && sc.lower[beforeSubject - 1] === ',') beforeSubject--;
    const parenthetical = beforeSubject > sStart && sc.lower[beforeSubject] === ',' && sc.lower[c + 1] === ',';
    if (parenthetical && after) {
      // "Saudi Arabia, the sources said, will want ...": the content is on both sides.
      const left = spanText(sc, sc.toks[sStart]!.start, sc.toks[beforeSubject]!.start);
      if (left) {
        return { kind: kindOf(sc, sStart, endTok), attribution, cue: w, parts: [left, after], paragraph: sc.paragraphOfToken[c]! };
      }
    }
    if (!after && beforeSubject > sStart && sc.lower[beforeSubject] === ',' && !weak) {
      // "…, diplomats and coalition members said." (`"…," Walker told his brother, police said` is one quote.)
      if (holdsAttribution(consumed, sStart, beforeSubject)) return null;
      const left = spanText(sc, sc.toks[sStart]!.start, sc.toks[beforeSubject]!.start);
      if (left && wordCount(left.text) >= 3) return { kind: kindOf(sc, sStart, beforeSubject), attribution, cue: w, parts: [left], paragraph: sc.paragraphOfToken[c]! };
      return null;
    }
  }
  if (!attribution && (prev === ',' || c === sStart) && !participle) {
    // Inverted order after the content: "…, said one diplomat."
    const inv = sc.attribution(sc.subjectAfter(c), c);
    if (inv && c > sStart && !holdsAttribution(consumed, sStart, c)) {
      const left = spanText(sc, sc.toks[sStart]!.start, sc.toks[c - 1]!.start);
      if (left && wordCount(left.text) >= 3) return { kind: kindOf(sc, sStart, c - 1), attribution: inv, cue: w, parts: [left], paragraph: sc.paragraphOfToken[c]! };
    }
    return null;
  }
  if (!attribution || !after) return null;
  // "the slaughter that he said was committed by ...", "Everything Trump says is a lie": the cue sits in a
  // relative clause and what follows is the main verb, not reported content.
  if (CLAUSE_VERBS.has(sc.lower[startTok]!) && !hasThat && sc.lower[attribution.from - 1] !== 'what') return null;
  if (weak && !hasThat && sc.inside[startTok]! < 0) return null;
  if (!hasThat && objectNotContent(sc, c, startTok, borrowed)) return null;
  // "agreed to play a role", "agreed on a plan": an undertaking, not a report.
  if (base === 'agree' && !hasThat && /^(to|on|with|in)$/.test(sc.lower[startTok]!)) return null;
  return { kind: kindOf(sc, startTok, endTok), attribution, cue: w, parts: [after], paragraph: sc.paragraphOfToken[c]! };
}

const ADVERBIAL_OPENERS = /^(on|in|at|during|via|through|after|before|late|early|last|this|earlier|later)$/;

/** After the cue, an optional short adverbial ("on Wednesday"), then a comma and a coordinator ("and", "but"). */
function coordinatedAfterAdverbial(sc: Scanner, from: number, end: number): boolean {
  let k = from;
  if (ADVERBIAL_OPENERS.test(sc.lower[k]!)) {
    while (k < end && k - from < 5 && sc.toks[k]!.kind === 'word') k++;
  }
  // contentStart skips a comma after a weekday: the coordinator may then open the span itself.
  const comma = sc.lower[k] === ',' ? k : k > from || sc.lower[k - 1] === ',' ? k - 1 : -1;
  return comma >= 0 && sc.lower[comma] === ',' && COORDINATORS.has(sc.lower[comma + 1]!);
}

/** Where reported content after a cue ends: the sentence end, or an "according to" / inverted attribution. */
function sentenceContentEnd(sc: Scanner, from: number, sEnd: number): number {
  for (let k = from; k < sEnd; k++) {
    if (sc.lower[k] === ',' && sc.lower[k + 1] === 'according' && sc.lower[k + 2] === 'to') return k;
  }
  return sEnd;
}

/**
 * Does a span hold the speaker or cue of an attribution already made (`"…," she said, according to the
 * statement`)? Its content is that quotation, attributed once: the outer source adds no second quote.
 */
function holdsAttribution(consumed: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (consumed[k]) return true;
  return false;
}

/** "…, according to X." / "According to X, …": the source follows "according to", the content is around it. */
function accordingTo(sc: Scanner, c: number, consumed: Uint8Array): Draft | null {
  const sStart = Math.max(sc.sentenceStart[c]!, c - MAX_CLAUSE);
  const sEnd = Math.min(sc.sentenceEnd[c]!, c + MAX_CLAUSE);
  let k = c + 2;
  const from = k;
  while (k < sEnd && k - from < MAX_SUBJECT && sc.lower[k] !== ',' && !sc.phraseStop(k, from)) k++;
  const attribution = sc.attribution(k > from ? { from, to: k } : null, c);
  if (!attribution) return null;
  const paragraph = sc.paragraphOfToken[c]!;
  const leftEnd = c > sStart && sc.lower[c - 1] === ',' ? c - 1 : c;
  const left = leftEnd > sStart && !holdsAttribution(consumed, sStart, leftEnd) ? spanText(sc, sc.toks[sStart]!.start, sc.toks[leftEnd]!.start) : null;
  const rest = sc.lower[k] === ',' ? k + 1 : k;
  // "X, according to police - - the women were hit": past a dash or a new clause the writer goes on; only a
  // comma ("X, according to police, Y") carries the source's content on both sides.
  const aside = k >= sEnd || sc.lower[k] === ',' || !left || wordCount(left.text) < 2;
  const right = rest < sEnd && aside ? spanText(sc, sc.toks[rest]!.start, sc.toks[sEnd - 1]!.end) : null;
  const parts = [left, right].filter((p): p is { start: number; end: number; text: string } => !!p && wordCount(p.text) >= 2);
  if (!parts.length) return null;
  return { kind: 'according-to', attribution, cue: 'according to', parts, paragraph };
}

/**
 * Reported content ends where the next attribution begins: "Putney told CNN that X, but he said Y" gives
 * X to the first cue and Y to the second, not both to the first.
 */
export function stopAtNextAttribution(sc: Scanner, drafts: Draft[]): void {
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
