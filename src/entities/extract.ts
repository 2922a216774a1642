/**
 * Per-document work: candidate name spans, titles and roles, typing evidence from the words around each
 * name, acronym definitions and capital-for-country metonyms. The result is plain data (DocEntities).
 */
import type { ParsedDocument } from '../corpus/parsed.js';
import type { Token } from '../corpus/types.js';
import { chunkSentence, isNameWord, makePart, type Part } from './chunker.js';
import { countryOf, countryOfLowered, DICTIONARY, FIRST_NAMES, isListedPlaceLowered, isPlaceName, LAST_NAMES, loadGazetteer } from './gazetteer.js';
import { isSingleCapital, isSpaceCode, startsUpper } from '../corpus/text.js';
import { RESIDENT_NOUNS } from '../corpus/lexicon.js';
import { acronymLetters, initials, nameKey, splitSpaces } from './keys.js';
import { BUREAU_WORDS, NEVER_NAMES, ORG_HEADS, OTHER_HEADS, PERSON_NOUNS, PERSON_VERBS, PLACE_HEADS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';
import { headlineMentions, isTitleCaseLine } from './headline.js';
import { bareCrossingPartner } from './place-cues.js';
import { docWords, isInitial, opensName, ordinaryInitial, startsWithKnownName, type DocWords } from './initial.js';
import { lastWord, low, spanText, spanWords } from './shape.js';
import { actsAsAgent, addEvidence, copyEvidence, metonymOf } from './evidence.js';
import { typeCandidate, type TypeReason } from './typing.js';
import { adjectiveUse, ageAfterRun, isDatelineCredit, isJunk, isLanguageUse, splitAtStops, stripGroupWords, trimEdges, withEditionYear } from './filters.js';
import { splitTitle } from './titles.js';
import { joinEnumeratedNames, joinNicknames, trimGluedWords } from './glued.js';
import { innerNames, placePersonSplit } from './nesting.js';

/**
 * Type probabilities of one mention, in the order person, organization, place, other: the learned typer's
 * (model.ts), or the override layer's where a reason decides (typing.ts). Summed over mentions they are votes.
 */
export type Evidence = [number, number, number, number];

/** One name found in a document. */
export interface RawMention {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  ev: Evidence;
  /** Why the type is what it is (the model, or an override). */
  reasons: TypeReason[];
  /** The model's probability that the words name nothing. */
  none: number;
  /** The typer's features (kept only for training). */
  features?: string[];
  /** Titles met with the name ("Secretary of State"). */
  roles?: string[];
  /** The country this capital stands for here ("Tehran says" → "Iran"). */
  metonymOf?: string;
  /** Found only by matching a known form in a headline-like line. */
  headline?: boolean;
  /** A town's cue: right after a place preposition ("in Marrero", ", of Magnolia,"), or "a Marrero man"; not a possessive. */
  placeCue?: boolean;
  /** A generational suffix written with its full stop ("Anthony Harmon Jr."): that form is an alias too. */
  suffixStop?: boolean;
  /** A country acting: subject of a verb ("Sweden defeated"), a side of a score ("Belgium 3 - 0 Panama"). */
  agent?: boolean;
  /** A one-word name the model types a person with a person's cue beside it ("Flatbush said", ", who"). */
  personCue?: boolean;
  /** The full name this nickname was written inside ("Kiki" of "Kimani (Kiki) Gray"). */
  nicknameOf?: string;
  /** The other name of a bare crossing ("Snyder" of "at Church and Snyder"), for the corpus to judge (corpus-overrides.ts). */
  crossingPartner?: string;
  /** Working flag: the country is a side of a score. */
  team?: boolean;
}

/** Per-document result (plain data: sent between worker threads). */
export interface DocEntities {
  document: string;
  mentions: RawMention[];
  /** Acronyms defined in the text: [acronym, expansion] ("SNC", "Syrian National Coalition"). */
  definitions: [string, string][];
}

const MAX_NAME_PARTS = 12;

/** `/\s/.test(s)`, as a loop (asked of every mention ending in "s"). */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** The texts of the mentions that are one word. */
function oneWordTexts(mentions: RawMention[]): Set<string> {
  const texts = new Set<string>();
  for (let i = 0; i < mentions.length; i++) if (!hasSpace(mentions[i]!.text)) texts.add(mentions[i]!.text);
  return texts;
}

/**
 * A mention with every field of RawMention, the optional ones undefined, always in this order: one object
 * shape for all mentions. (Fields added as found gave mentions a dozen shapes, and the code reading them,
 * here and in the merge, was deoptimised as each new shape first came.) Optional fields are cleared by
 * setting them undefined, never deleted: a delete turns the object into a slow dictionary.
 */
export function newMention(text: string, start: number, end: number, line: number, column: number, ev: Evidence, reasons: TypeReason[], none: number): RawMention {
  return {
    text, start, end, line, column, ev, reasons, none,
    features: undefined, roles: undefined, metonymOf: undefined, headline: undefined, placeCue: undefined,
    suffixStop: undefined, agent: undefined, personCue: undefined, nicknameOf: undefined, crossingPartner: undefined, team: undefined,
  };
}

/** No roles (shared: emit never keeps an empty list). */
const NO_ROLES: readonly string[] = [];

/** Acronym defined right after its expansion: "Syrian National Coalition (SNC)". */
function definitionAfter(parts: Part[], tokens: Token[], text: string): [string, string] | undefined {
  const lastTok = parts[parts.length - 1]!.token;
  const open = tokens[lastTok + 1];
  const acr = tokens[lastTok + 2];
  const close = tokens[lastTok + 3];
  if (!open || open.text !== '(' || !acr || !close || close.text !== ')') return undefined;
  const letters = acronymLetters(acr.text);
  const long = spanText(parts, text);
  if (letters && letters === initials(long).toLowerCase()) return [acr.text, long];
  return undefined;
}

/**
 * The summed evidence of the first `count` mentions, by name key. Summed by text first, then by key over
 * the distinct texts (about half as many): one name-key look-up per text, not per mention.
 */
function evidenceByName(mentions: RawMention[], count: number): Map<string, Evidence> {
  const byText = new Map<string, Evidence>();
  for (let i = 0; i < count; i++) {
    const m = mentions[i]!;
    const ev = byText.get(m.text);
    if (ev) addEvidence(ev, m.ev);
    else byText.set(m.text, copyEvidence(m.ev));
  }
  const known = new Map<string, Evidence>();
  byText.forEach((ev, text) => {
    const k = nameKey(text);
    const sum = known.get(k);
    if (sum) addEvidence(sum, ev);
    else known.set(k, ev);
  });
  return known;
}

// Not "at": "at Google", "at Christmas".
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'outside']);

/**
 * A town's cue around a name: a place preposition before it ("in Marrero", "near Magnolia", "Hall, of
 * Magnolia,"), no possessive after; or "a" before it and a resident's noun after it ("a Marrero man").
 */
function placeCue(parts: Part[], tokens: Token[]): boolean {
  const first = parts[0]!.token;
  const last = parts[parts.length - 1]!;
  const prev = tokens[first - 1]?.text;
  if (tokens[last.token]!.end > last.end) return false; // "in Smith's house"
  if (prev === 'of') return tokens[first - 2]?.text === ',';
  if (prev === 'a' || prev === 'A' || prev === 'an' || prev === 'An') return RESIDENT_NOUNS.has(tokens[last.token + 1]?.text ?? '');
  return prev !== undefined && PLACE_PREPOSITIONS.has(prev);
}

const ABBREVIATED_SUFFIX = /^(?:Jr|Sr)$/;

/**
 * A bureau word right after a post's possessive is the post's bureau, no name of its own: "Office" of "the
 * County Sheriff's Office", "the Coroner's Office" ("King's College" keeps its head).
 */
function bureauOfPost(part: Part, tokens: Token[]): boolean {
  if (!BUREAU_WORDS.has(part.lower)) return false;
  const prev = tokens[part.token - 1]?.text ?? '';
  const post = /['\u2019]s$/.test(prev) ? prev.slice(0, -2) : prev === "'s" || prev === '\u2019s' ? (tokens[part.token - 2]?.text ?? '') : '';
  const lowPost = low(post);
  // A title or an agent noun: "Sheriff's Office", "Medical Examiner's Office", "Coroner's Office".
  return post !== '' && (TITLE_WORDS.has(lowPost) || (DICTIONARY.has(lowPost) && (lowPost.endsWith('er') || lowPost.endsWith('or'))));
}

/** A person's cue beside a one-word name: a speech or person verb after it ("Gray said"), ", who" after it, a person noun before it ("actor Gray"). */
function personCueAround(part: Part, tokens: Token[]): boolean {
  const next = tokens[part.token + 1]?.text;
  if (next !== undefined && (PERSON_VERBS.has(next) || (next === ',' && tokens[part.token + 2]?.text === 'who'))) return true;
  const prev = tokens[part.token - 1]?.text;
  return prev !== undefined && PERSON_NOUNS.has(prev);
}

/** "Rev." or "Sen." written right before token `first` (a capitalised title word and its full stop), or undefined. */
function abbreviatedTitleBefore(first: number, tokens: Token[]): string | undefined {
  const stop = tokens[first - 1];
  const word = tokens[first - 2];
  if (stop?.text !== '.' || !word || word.end !== stop.start || !startsUpper(word.text) || word.text.length > 5) return undefined;
  const w = low(word.text);
  return TITLE_WORDS.has(`${w}.`) ? `${word.text}.` : undefined;
}

/** A name of more than one word, kept to look for names inside it once the body is read. */
interface Container {
  parts: Part[];
  tokens: Token[];
  m: RawMention;
}

/**
 * The mentions of one document as they are found, and what finding one adds beside it (an acronym's
 * definition, a container of inner names). A class rather than a closure in one long function: each phase
 * of the scan below is then a function of its own, which V8 optimises on its own (one long function was
 * compiled again and again, each time whole, while the phases after its first loop had not run yet).
 */
class MentionCollector {
  readonly mentions: RawMention[] = [];
  readonly definitions: [string, string][] = [];
  readonly containers: Container[] = [];
  /** The parts and tokens of each mention emitted, by its index in `mentions` (see addMetonyms). */
  readonly partsOf: Part[][] = [];
  readonly tokensOf: Token[][] = [];
  /** Each mention's text in lower case, as emit made it (addMetonyms reads it again). */
  readonly lowOf: string[] = [];
  readonly text: string;

  constructor(
    readonly doc: ParsedDocument,
    private readonly keepFeatures: boolean,
  ) {
    this.text = doc.text;
  }

  /** Types the name of `parts` and records it (nested: found inside a longer name). */
  emit(parts: Part[], tokens: Token[], roles: readonly string[], titled: boolean, nested = false): void {
    if (!parts.length) return;
    const text = this.text;
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    const surface = this.doc.slice(start, end);
    if (surface.length < 2 && !startsUpper(surface)) return;
    if (surface.length <= 2 && isSingleCapital(surface)) return;
    const pos = this.doc.position(start);
    // What the gazetteer says of the whole name, asked once for the evidence and the agent test.
    const lowSurface = low(surface);
    const country = countryOfLowered(lowSurface);
    const place = !country && isListedPlaceLowered(lowSurface);
    const typed = typeCandidate(parts, tokens, { titled, country: country !== undefined, place, nested, headline: false }, lowSurface, this.keepFeatures);
    const m = newMention(surface, start, end, pos.line, pos.column, typed.ev, typed.reasons, typed.none);
    // Every flag is stored on every mention (true or undefined): a store first reached late, in a rare case,
    // deoptimised this function.
    if (this.keepFeatures) m.features = typed.features;
    m.placeCue = !nested && placeCue(parts, tokens) ? true : undefined;
    m.personCue = parts.length === 1 && !nested && typed.ev[0] >= 0.5 && personCueAround(parts[0]!, tokens) ? true : undefined;
    m.crossingPartner = parts.length === 1 && !nested && typed.reasons[0] === 'model' ? bareCrossingPartner(parts[0]!, tokens) || undefined : undefined;
    m.suffixStop = parts.length > 1 && text.charCodeAt(end) === 46 && ABBREVIATED_SUFFIX.test(parts[parts.length - 1]!.text) ? true : undefined;
    m.roles = roles.length ? (roles as string[]) : undefined;
    const acting = !nested && (country || place) ? actsAsAgent(parts, tokens) : 0;
    m.agent = acting ? true : undefined;
    m.team = acting === 2 ? true : undefined;
    this.mentions.push(m);
    this.partsOf.push(parts);
    this.tokensOf.push(tokens);
    this.lowOf.push(lowSurface);
    if (parts.length > 1 && !nested) this.containers.push({ parts, tokens, m });
    const def = definitionAfter(parts, tokens, text);
    if (def) this.definitions.push(def);
  }
}

/** Per-document entity candidates with evidence (see DocEntities). */
export function extractDocEntities(doc: ParsedDocument, options: { keepFeatures?: boolean } = {}): DocEntities {
  loadGazetteer();
  const found = new MentionCollector(doc, !!options.keepFeatures);
  const headlineSentences = scanBody(found, docWords(doc));
  addInnerNames(found);
  addMetonyms(found);
  if (headlineSentences.length) addHeadlineMentions(found, headlineSentences);
  const mentions = found.mentions;
  dropPluralsOfNames(mentions, found.text);
  dropCapitalsNamingPeople(mentions);
  spreadTeams(mentions);
  // Training needs every candidate (the `none` examples too); a run keeps the names the model believes in.
  const kept = options.keepFeatures ? mentions : withoutNonNames(mentions, found.definitions);
  kept.sort((a, b) => a.start - b.start);
  return { document: doc.id, mentions: kept, definitions: found.definitions };
}

/** Finds the names of the body's sentences; returns the sentences of title-case lines (headlines), read later. */
function scanBody(found: MentionCollector, words: DocWords): number[] {
  const doc = found.doc;
  const titleLines = titleLineNumbers(doc);
  const headlineSentences: number[] = [];
  // Index loops in this hot part: for-of allocates an iterator result per step until optimised.
  const sentences = doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (titleLines.size && titleLines.has(doc.position(s.start).line)) {
      headlineSentences.push(s.index);
      continue;
    }
    const tokens = doc.sentenceTokens(s);
    const runs = joinNicknames(joinEnumeratedNames(chunkSentence(tokens), tokens), tokens);
    for (let ri = 0; ri < runs.length; ri++) {
      const run = runs[ri]!;
      const before = found.mentions.length;
      namesOfRun(found, run.parts, tokens, words);
      if (run.nickname) addNickname(found, run.parts, run.nickname, before, tokens);
    }
  }
  return headlineSentences;
}

/**
 * The numbers of the document's title-case lines. A function of its own: the first title-case line, met after
 * the scan below was optimised, deoptimised it.
 */
function titleLineNumbers(doc: ParsedDocument): Set<number> {
  const titleLines = new Set<number>();
  const lines = doc.lines;
  for (let li = 0; li < lines.length; li++) if (isTitleCaseLine(lines[li]!.text)) titleLines.add(lines[li]!.number);
  return titleLines;
}

/**
 * The nickname of a name written with it inside ("Kimani (Kiki) Gray"): the name's mention, found among those
 * emitted from `before` on, takes the words without the nickname as its text, and the nickname is a mention
 * of the same person. Nothing when the name was not read as one person's.
 */
function addNickname(found: MentionCollector, parts: Part[], nickname: Part, before: number, tokens: Token[]): void {
  const mentions = found.mentions;
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  let full: RawMention | undefined;
  for (let i = before; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < start || m.start >= nickname.start || m.end !== end || m.ev[0] < Math.max(m.ev[1], m.ev[2], m.ev[3])) continue;
    m.text = spanWords(found.partsOf[i]!);
    found.lowOf[i] = low(m.text);
    full = m;
  }
  if (!full) return;
  found.emit([nickname], tokens, NO_ROLES, false, true);
  const nick = mentions[mentions.length - 1]!;
  if (nick.start !== nickname.start) return;
  nick.ev = copyEvidence(full.ev);
  nick.reasons = full.reasons;
  nick.none = 0;
  nick.nicknameOf = full.text;
}

/** The names in one run of capitalised words. */
function namesOfRun(found: MentionCollector, runParts: Part[], tokens: Token[], words: DocWords): void {
  // Runs of many more name words than any name has are lists or furniture, not one name.
  if (runParts.length > 3 * MAX_NAME_PARTS) return;
  if (isDatelineCredit(runParts, tokens)) return;
  let parts = withoutOrdinaryStart(runParts, tokens, words);
  // A caption label ends the name: "Black Widow Image: ...", "Belle Photo: ...".
  const lastPart = parts[parts.length - 1];
  if (parts.length > 1 && tokens[lastPart!.token + 1]?.text === ':' && DICTIONARY.has(lastPart!.lower)) parts = parts.slice(0, -1);
  // Ten or more name words in a row are a list or furniture, not one name.
  if (parts.length > MAX_NAME_PARTS) return;
  const shortened = parts.length < runParts.length;
  parts = trimGluedWords(parts, tokens);
  const segs = splitAtStops(parts);
  for (let gi = 0; gi < segs.length; gi++) {
    const seg = segs[gi]!;
    namesOfSegment(found, seg, tokens, shortened || segs.length > 1 || seg.length < parts.length);
  }
}

/** The run without its sentence-initial ordinary words ("Meanwhile", "Government"): they are not names. */
function withoutOrdinaryStart(parts: Part[], tokens: Token[], words: DocWords): Part[] {
  while (parts.length && isInitial(tokens, parts[0]!.token) && ordinaryInitial(parts[0]!.lower, words, parts.length === 1)) {
    const w0 = parts[0]!.lower;
    if (startsWithKnownName(parts) || opensName(parts, tokens, words)) break;
    // "Kelvin Jackson, 38, died": a name and an age; the first word is a given name, however ordinary.
    if (ageAfterRun(parts, tokens) && !NEVER_NAMES.has(w0)) break;
    // Titles are split off later ("Secretary of State John Kerry"); adjectives may start org names.
    const titleStart = TITLE_WORDS.has(w0) || (TITLE_MODIFIERS.has(w0) && TITLE_WORDS.has((parts[1]?.lower ?? '')));
    const headed = ORG_HEADS.has(lastWord(parts)) || PLACE_HEADS.has(lastWord(parts)) || OTHER_HEADS.has(lastWord(parts));
    // "Residents of the Old Town district": people of a place, not part of its name.
    const peopleOf = parts[1]?.lower === 'of' && w0.endsWith('s') && PERSON_NOUNS.has(w0.slice(0, -1));
    const keep = parts.length >= 2 && !peopleOf && (titleStart || (headed && !NEVER_NAMES.has(w0)));
    if (keep) break;
    parts = parts.slice(1);
    while (parts.length && !isNameWord(parts[0]!.text)) parts = parts.slice(1);
    if (parts.length && !isInitial(tokens, parts[0]!.token)) break;
  }
  return parts;
}

/**
 * The names of one segment of a run: a title split off ("Secretary of State John Kerry"), the name typed
 * with its roles. `partial`: the segment is only part of its run.
 */
function namesOfSegment(found: MentionCollector, seg: Part[], tokens: Token[], partial: boolean): void {
  // A lone ordinary word left over from "Last Year" or "Saturday Night" is no name.
  if (partial && seg.length === 1 && DICTIONARY.has(seg[0]!.lower) && !isPlaceName(seg[0]!.text)) return;
  const title = splitTitle(seg);
  if (title && title.prefix.length) {
    const pre = stripGroupWords(trimEdges(title.prefix), tokens);
    // Before a title, a lone ordinary word is part of the title ("Emeritus Professor", "Shadow Home Secretary").
    const plainWord = pre.length === 1 && DICTIONARY.has(pre[0]!.lower) && !isPlaceName(pre[0]!.text);
    if (pre.length && !plainWord && !isJunk(pre, tokens)) found.emit(pre, tokens, NO_ROLES, false);
  }
  const titled = title !== undefined;
  const trimmed = trimEdges(title ? title.name.parts : seg);
  const core = isLanguageUse(trimmed, tokens) ? trimmed : withEditionYear(stripGroupWords(trimmed, tokens), tokens);
  let roles = title ? title.name.roles : NO_ROLES;
  // An abbreviated title ends the run before it at its full stop: "Rev. Clementa Pinckney", "Sen. Ann Cole".
  const dotted = titled || !core.length ? undefined : abbreviatedTitleBefore(core[0]!.token, tokens);
  if (dotted) roles = [dotted];
  else if (!titled) {
    // A lower-case role right before the name: "spokesman Louay Safi".
    const before = core.length ? tokens[core[0]!.token - 1] : undefined;
    const role = before && !startsUpper(before.text) ? low(before.text) : undefined;
    if (role && TITLE_WORDS.has(role)) roles = [role];
  }
  if (adjectiveUse(core, tokens) || isJunk(core, tokens)) return;
  if (core.length === 1 && bureauOfPost(core[0]!, tokens)) return;
  const cut = titled || dotted ? 0 : placePersonSplit(core);
  if (cut) {
    found.emit(core.slice(0, cut), tokens, NO_ROLES, false);
    found.emit(core.slice(cut), tokens, roles, false);
  } else found.emit(core, tokens, roles, titled || dotted !== undefined);
}

/**
 * Names inside longer names: "Texas" in "University of Texas", "Andy Warhol" in "Andy Warhol Foundation".
 * The evidence of each name of the body is summed only when a container asks (most never do), and only
 * over the mentions found before the inner names are added.
 */
function addInnerNames(found: MentionCollector): void {
  const mentions = found.mentions;
  const containers = found.containers;
  const bodyMentions = mentions.length;
  let known: Map<string, Evidence> | undefined;
  const knownNames = () => (known ??= evidenceByName(mentions, bodyMentions));
  for (let ci = 0; ci < containers.length; ci++) {
    const c = containers[ci]!;
    // A make and model names no place or firm inside it ("Toyota" of "Toyota Camry").
    if (c.m.reasons[0] === 'vehicle-make') continue;
    const subs = innerNames(c.parts, c.m.ev, knownNames);
    for (let k = 0; k < subs.length; k++) found.emit(subs[k]!, c.tokens, NO_ROLES, false, true);
  }
}

/**
 * Capitals standing for their country ("Tehran says"), asked of every mention emitted once all are found
 * (before the headlines' are added). Asked here rather than as each is emitted: the test reads further only
 * for a capital, a case met late, which deoptimised the emitting function when first met.
 */
function addMetonyms(found: MentionCollector): void {
  const mentions = found.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const met = metonymOf(found.partsOf[i]!, found.tokensOf[i]!, found.lowOf[i]!);
    if (met) m.metonymOf = met;
  }
}

/** Headlines and title-case lines: only forms known from the body or the gazetteer. */
function addHeadlineMentions(found: MentionCollector, headlineSentences: number[]): void {
  const { doc, text, mentions } = found;
  const known = new Map<string, RawMention>();
  for (const m of mentions) {
    known.set(nameKey(m.text), m);
    const ws = splitSpaces(m.text);
    if (ws.length > 1 && m.ev[0] > Math.max(m.ev[1], m.ev[2])) known.set(nameKey(ws[ws.length - 1]!), m);
  }
  for (const si of headlineSentences) {
    const s = doc.sentences[si]!;
    const toks = doc.sentenceTokens(s);
    for (const h of headlineMentions(toks, known, text)) {
      const pos = doc.position(h.start);
      const m = newMention(h.text, h.start, h.end, pos.line, pos.column, h.ev, h.reasons, h.none);
      m.headline = true;
      const first = toks.findIndex((t) => t.start === h.start);
      const last = toks.findIndex((t) => t.end >= h.end);
      // A headline's "killed in Marrero" is a town's cue as the body's is.
      if (first >= 0 && first === last && placeCue([{ text: h.text, lower: h.text.toLowerCase(), start: h.start, end: h.end, token: first }], toks)) m.placeCue = true;
      if (first >= 0 && last >= first && (countryOf(h.text) || isPlaceName(h.text))) {
        const ps: Part[] = [makePart(h.text, h.text.toLowerCase(), h.start, h.end, first)];
        if (last > first) ps.push(makePart('', '', h.end, h.end, last));
        if (actsAsAgent(ps, toks) === 2) {
          m.agent = true;
          m.team = true;
        }
      }
      mentions.push(m);
    }
  }
}

/**
 * "Polaroids" beside "Polaroid": a plural of a name is a common noun (the things, not the name), unless the
 * model reads it as people and "the" comes before it ("the Kennedys"). A name whose plural is such a common
 * noun names a thing, not a person ("the Polaroid camera"). (The one-word texts are gathered when the first
 * candidate plural shows up.)
 */
function dropPluralsOfNames(mentions: RawMention[], text: string): void {
  let singles: Set<string> | undefined;
  let things: Set<string> | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const t = m.text;
    if (!(t.length > 3 && t.endsWith('s') && !hasSpace(t))) continue;
    singles ??= oneWordTexts(mentions);
    const single = t.slice(0, -1);
    if (!singles.has(single)) continue;
    // A surname that is a given name and "s" ("Richards", "Rodgers"), or a family ("the Kennedys"), stays a person.
    const person = m.ev[0] >= 0.5;
    if (person && (wordBefore(text, m.start).toLowerCase() === 'the' || LAST_NAMES.has(low(t)) || FIRST_NAMES.has(low(single)))) continue;
    if (person) (things ??= new Set()).add(single);
    mentions.splice(i, 1);
  }
  if (!things) return;
  // The name, or a longer one ending in it or its plural ("Warhol Polaroid exhibits", "Warhol Polaroids").
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.ev[0] < Math.max(m.ev[1], m.ev[2], m.ev[3]) || m.reasons[0] !== 'model') continue;
    const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
    if (!things.has(last) && !(last.endsWith('s') && things.has(last.slice(0, -1)))) continue;
    m.ev = [0, 0, 0, 1];
    m.reasons = ['plural-common-noun'];
  }
}

/** The word right before `start` (across spaces only), or "". */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let from = end;
  while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
  return text.slice(from, end);
}

/**
 * "Paris was born ...": no capital-for-country reading where the document names a person so (the
 * surnames are gathered only when some capital stands for its country).
 */
function dropCapitalsNamingPeople(mentions: RawMention[]): void {
  let anyMetonym = false;
  for (let i = 0; i < mentions.length && !anyMetonym; i++) anyMetonym = mentions[i]!.metonymOf !== undefined;
  if (!anyMetonym) return;
  const surnames = new Set<string>();
  for (const m of mentions) {
    const ws = splitSpaces(m.text);
    const headed = ws.some((w) => {
      const lw = low(w);
      return ORG_HEADS.has(lw) || PLACE_HEADS.has(lw) || lw === 'of' || lw === 'for';
    });
    if (ws.length > 1 && ws.length <= 3 && !headed && !isPlaceName(m.text)) surnames.add(low(ws[ws.length - 1]!));
  }
  for (const m of mentions) if (m.metonymOf && surnames.has(low(m.text))) m.metonymOf = undefined;
}

/** A country on one side of a score ("Belgium 3 - 0 Panama") is a team throughout the document. */
function spreadTeams(mentions: RawMention[]): void {
  let teams: Set<string> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!m.team) continue;
    if (m.agent) (teams ??= new Set()).add(nameKey(m.text));
    m.team = undefined;
  }
  if (teams) {
    for (let i = 0; i < mentions.length; i++) if (teams.has(nameKey(mentions[i]!.text))) mentions[i]!.agent = true;
  }
}

/**
 * Above this mean probability of `none` over a text's mentions in one document, the candidate is a
 * capitalised word that names nothing ("Mhm", "Court" as a form of address); chosen by cross-validation on
 * the training set (scripts/train-entities.mjs --cv). Overridden mentions have `none` 0.
 */
const NONE_LIMIT = 0.9;

/** A lower-case particle joined to a surname by a hyphen ("al-", "el-", "bin-"). */
const PARTICLE_PREFIX = /^\p{Ll}+-(?=\p{Lu})/u;

/**
 * Three to six capitals that spell no word ("IMF", "NRF"): a name, whatever the typer says of its context. The
 * corpus stage may join it to the name whose initials it spells in another document.
 */
function isUnknownAcronym(text: string): boolean {
  return text.length >= 3 && text.length <= 6 && /^[A-Z]+$/.test(text) && !DICTIONARY.has(text.toLowerCase());
}

/** The mentions whose text, over the document, the model does not take for a non-name. */
function withoutNonNames(mentions: RawMention[], definitions: [string, string][]): RawMention[] {
  const byText = new Map<string, { sum: number; n: number }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const s = byText.get(m.text);
    if (s) {
      s.sum += m.none;
      s.n++;
    } else byText.set(m.text, { sum: m.none, n: 1 });
  }
  // The last word of a longer name in the document stays: a bare surname ("Reyes" after "Maria Reyes").
  const alwaysKept = new Set<string>();
  for (const t of byText.keys()) {
    const space = t.lastIndexOf(' ');
    if (space > 0) {
      const last = t.slice(space + 1);
      alwaysKept.add(last);
      // And without its particle: "Haddad" after "Tarek al-Haddad".
      const particle = PARTICLE_PREFIX.exec(last);
      if (particle) alwaysKept.add(last.slice(particle[0].length));
    }
  }
  // An acronym defined after a name in the document names what that name names ("... Agency (NCNA)").
  for (let i = 0; i < definitions.length; i++) alwaysKept.add(definitions[i]![0]);
  return mentions.filter((m) => {
    const s = byText.get(m.text)!;
    return s.sum / s.n <= NONE_LIMIT || alwaysKept.has(m.text) || isUnknownAcronym(m.text);
  });
}
