import { startsUpper } from '../corpus/text.js';
import { firstAtOrAfter } from '../corpus/sorted.js';
import type { PersonNames } from './names.js';
import type { RawQuote } from './extract.js';
import { analyseSpeaker, genderOfName, nameLikeWord, type SpeakerPhrase } from './phrase.js';
import type { Draft, Scanner } from './scanner.js';

/** Keep candidates in text order when sentence subjects join speakers already listed. */
function insertByOffset(list: Candidate[], c: Candidate): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.offset > c.offset && list.length - i < 64) i--;
  list.splice(i, 0, c);
}

/**
 * Only the end of the candidate list is ever read (40 back for a pronoun, 64 back for an insertion), so a
 * long document keeps the last KEEP_CANDIDATES of them: memory stays bounded on a one-line 5 MB input.
 */
const KEEP_CANDIDATES = 256;
function trimCandidates(list: Candidate[]): void {
  if (list.length > 2 * KEEP_CANDIDATES) list.splice(0, list.length - KEEP_CANDIDATES);
}

interface Candidate {
  offset: number;
  phrase: Readonly<SpeakerPhrase>;
  name: string;
}

/** Resolve pronouns to the nearest compatible earlier speaker or named subject, and short names to full ones. */
export function resolveInDocument(sc: Scanner, drafts: Draft[], names: PersonNames): RawQuote[] {
  const expand = (p: SpeakerPhrase) => {
    if (!p.named || /\s/.test(p.text)) return p.text;
    const full = names.fullName(p.text);
    // "Mr. Obama" is not "Michelle Obama": an honorific's gender must agree with the first name.
    if (!full || (p.gender && genderOfName(full.split(/\s+/)) && genderOfName(full.split(/\s+/)) !== p.gender)) return p.text;
    return full;
  };
  const candidates: Candidate[] = [];
  const learnt = new Map<string, 'm' | 'f'>();
  // Named sentence subjects join the candidates only around a pronoun: the few sentences before it.
  const subjectSeen = new Set<number>();
  const out: RawQuote[] = [];
  for (const d of drafts) {
    const a = d.attribution ?? d.inherited?.attribution ?? null;
    const start = d.parts[0]!.start;
    const end = d.parts[d.parts.length - 1]!.end;
    const cueOffset = a ? sc.toks[a.cue]!.start : start;
    const at = Math.min(start, cueOffset);
    let speaker: string | null = null;
    let named = false;
    if (a) {
      const p = a.speaker;
      if (p.pronoun) {
        const here = sc.toks[a.cue]!.sentence;
        for (let si = Math.max(0, here - SUBJECT_WINDOW); si <= here; si++) {
          if (subjectSeen.has(si)) continue;
          subjectSeen.add(si);
          const c = subjectName(sc, si, names);
          if (c && c.offset < at) insertByOffset(candidates, c);
          trimCandidates(candidates);
        }
        const found = resolvePronoun(p, candidates, learnt) ?? personMentioned(sc, p, here, at, names, learnt);
        if (found) {
          // "she" fixes the gender of a name with no known first name, for the next "he".
          if ((p.pronoun === 'he' || p.pronoun === 'she') && !learnt.has(found.name)) learnt.set(found.name, p.pronoun === 'he' ? 'm' : 'f');
          speaker = found.name;
          named = found.phrase.named;
          // The pronoun is now a mention of that person: the next "she" may be resolved through it.
          const gender = p.pronoun === 'he' ? 'm' : p.pronoun === 'she' ? 'f' : found.phrase.gender;
          if (!d.inherited) candidates.push({ offset: cueOffset, phrase: { ...found.phrase, gender }, name: found.name });
        } else speaker = p.text;
      } else {
        speaker = p.text ? expand(p) : null;
        named = p.named;
        const gender = p.gender ?? (speaker && speaker !== p.text ? genderOfName(speaker.split(/\s+/)) : null);
        if (!d.inherited && speaker) candidates.push({ offset: sc.toks[a.from]!.start, phrase: { ...p, gender }, name: speaker });
        trimCandidates(candidates);
      }
      // "Chief Hale said the victim told officers she ...": the victim, not the chief, is the nearer antecedent
      // of a "she" inside or after the relayed statement.
      const source = d.kind === 'indirect' ? relayedSource(sc, start, end, expand) : null;
      if (source) candidates.push(source);
    }
    const content = d.parts.map((p) => p.text).join(' ');
    // A dateline opening the sentence is not what anyone said: "RIVERTON, Ohio (AP) — Police said ...".
    const skip = datelineLength(content);
    out.push({
      kind: d.kind,
      mention: a ? a.speaker.mention : null,
      speaker,
      named,
      cue: d.cue,
      content: skip ? content.slice(skip) : content,
      start: start + (skip && d.parts[0]!.text.length > skip ? skip : 0),
      end,
      line: sc.doc.position(start).line,
    });
  }
  return out;
}

function resolvePronoun(p: SpeakerPhrase, candidates: Candidate[], learnt: Map<string, 'm' | 'f'>): Candidate | null {
  const limit = Math.max(0, candidates.length - 40);
  for (let i = candidates.length - 1; i >= limit; i--) {
    const c = candidates[i]!;
    const q = c.phrase;
    if (q.pronoun) continue;
    if (p.pronoun === 'he' || p.pronoun === 'she') {
      const g = p.pronoun === 'he' ? 'm' : 'f';
      if (q.plural || !q.person) continue;
      const known = q.gender ?? learnt.get(c.name);
      if (known && known !== g) continue;
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

const SUBJECT_WINDOW = 8;

/** Sentences back in which a person merely mentioned (not a subject or speaker) may be a "he" or "she". */
const MENTION_WINDOW = 3;

/**
 * When no speaker or subject before a "he"/"she" agrees with it: the person the entity layer names in the
 * sentences just before, when exactly one of them can be meant ("... met Sarah Lindqvist. 'We will rebuild,'
 * she said."): the only full name of that gender by given name, honorific or an earlier pronoun, or the only
 * full name at all when none has a known gender. Two candidates leave the pronoun as it is.
 */
function personMentioned(sc: Scanner, p: SpeakerPhrase, sentence: number, at: number, names: PersonNames, learnt: Map<string, 'm' | 'f'>): Candidate | null {
  if (p.pronoun !== 'he' && p.pronoun !== 'she') return null;
  const g = p.pronoun === 'he' ? 'm' : 'f';
  // Within this paragraph and the one before: further back, a story has turned to someone else.
  const sentences = sc.doc.sentences;
  let first = sentence;
  while (first > 0 && sentence - first < MENTION_WINDOW && sentences[first - 1]!.paragraph >= sentences[sentence]!.paragraph - 1) first--;
  const from = sentences[first]!.start;
  const mentioned = names.fullNamesBetween(from, at);
  if (!mentioned.length) return null;
  const distinct = new Map<string, number>();
  for (const m of mentioned) distinct.set(m.text, m.start);
  const genders = [...distinct.keys()].map((t) => genderOfName(t.split(/\s+/)) ?? learnt.get(t) ?? null);
  const agreeing = [...distinct.keys()].filter((_, i) => genders[i] === g);
  const unknown = genders.every((x) => x === null);
  const chosen = agreeing.length === 1 ? agreeing[0]! : unknown && distinct.size === 1 ? [...distinct.keys()][0]! : null;
  if (!chosen) return null;
  const phrase = analyseSpeaker(chosen);
  return { offset: distinct.get(chosen)!, phrase: { ...phrase, person: true, gender: g }, name: chosen };
}
/** How far into a reported statement a relayed speaker's cue may come ("the victim's mother told him"). */
const RELAY_WINDOW = 12;

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function tokenFrom(sc: Scanner, offset: number): number {
  return firstAtOrAfter(sc.toks, offset, tokenStart);
}
const tokenStart = (t: { start: number }) => t.start;

/**
 * The person whose statement an indirect quotation relays ("[Chief Hale said] the victim told officers she was
 * afraid"): a person-like subject of a speech verb opening the content, with the gender of the "he"/"she"
 * right after the verb and its addressee (the relayed speaker speaking of themself). Null when there is none.
 */
function relayedSource(sc: Scanner, start: number, end: number, expand: (p: SpeakerPhrase) => string): Candidate | null {
  const from = tokenFrom(sc, start);
  const limit = Math.min(from + RELAY_WINDOW, sc.sentenceEnd[from] ?? from);
  for (let k = from + 1; k < limit && sc.toks[k]!.end <= end; k++) {
    if (sc.isBoundary(k) || sc.lower[k] === 'that') return null;
    if (!sc.isCue(k)) continue;
    const range = sc.subjectBefore(k, from);
    if (!range || range.from !== from) return null;
    const p = analyseSpeaker(sc.text(range.from, range.to));
    if (p.pronoun || !p.text || !p.person) return null;
    let gender = p.gender;
    for (let m = k + 1; m < Math.min(k + 5, limit + 4) && !gender; m++) {
      const w = sc.lower[m]!;
      if (w === 'he' || w === 'she') gender = w === 'he' ? 'm' : 'f';
      else if (sc.toks[m]!.kind === 'punct' && w !== ',') break;
    }
    return { offset: sc.toks[range.from]!.start, phrase: { ...p, gender }, name: p.named ? expand(p) : p.text };
  }
  return null;
}

/** A dateline: a place in capitals, maybe a region and an agency in parentheses, then a dash. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s*(?:\([^()]{1,30}\)\s*)?[-\u2013\u2014]+\s*/u;

/** Whether a code unit may be one of a dateline's opening capitals ([\p{Lu} .'-]): ASCII ones are told here. */
function mayOpenDateline(c: number): boolean {
  return c >= 128 || (c >= 65 && c <= 90) || c === 32 || c === 46 || c === 39 || c === 45;
}

/** Length of a dateline opening `content`, or 0. */
export function datelineLength(content: string): number {
  // A start that no dateline has (most contents), or no dash at all, rules it out before the pattern: the
  // pattern then runs, and is compiled, only for the few contents that may open with a dateline.
  if (!startsUpper(content)) return 0;
  const c0 = content.charCodeAt(0);
  const next = c0 >= 0xd800 && c0 <= 0xdbff ? 2 : 1;
  if (!mayOpenDateline(content.charCodeAt(next)) || !mayOpenDateline(content.charCodeAt(next + 1))) return 0;
  if (!(content.includes('-') || content.includes('\u2013') || content.includes('\u2014'))) return 0;
  const m = DATELINE.exec(content);
  return m && m[0].length < content.length ? m[0].length : 0;
}

/** The named person opening a sentence, if any: an antecedent for "he" and "she" besides earlier speakers. */
function subjectName(sc: Scanner, index: number, names: PersonNames): Candidate | null {
  const s = sc.doc.sentences[index]!;
  if (sc.titleLike[s.index] || s.tokenEnd <= s.tokenStart) return null;
  const range = sc.sentenceSubject(s.tokenEnd - 1);
  if (!range || range.to - range.from > 8) return null;
  if (!startsUpper(sc.toks[range.to - 1]!.text)) return null;
  // Cheap test first: a name is capitalised words (and "of", "al-", initials' periods), nothing else.
  for (let k = range.from; k < range.to; k++) {
    const t = sc.toks[k]!;
    const ok = t.kind === 'punct' ? t.text === '.' || t.text === '-' : startsUpper(t.text) || /^(of|al|de|van|von|bin)\b/.test(t.text);
    if (!ok) return null;
  }
  // The entity layer must read the subject as a person's name.
  if (!names.personEndingAt(sc.toks[range.from]!.start, sc.toks[range.to - 1]!.end)) return null;
  const p = analyseSpeaker(sc.text(range.from, range.to));
  return p.named && p.text.split(/\s+/).every(nameLikeWord) ? { offset: sc.toks[range.from]!.start, phrase: { ...p, person: true }, name: p.text } : null;
}
