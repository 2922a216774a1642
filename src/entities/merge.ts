/**
 * Corpus-level canonicalisation: mentions from every document are grouped by name key, then groups are
 * joined across spelling variants (consonant skeleton plus small edit distance), acronyms and their
 * expansions, country short forms and capitals used for their country; bare surnames and shortened names
 * attach to the one full name they can belong to (same document first); of two namesakes, only to one
 * whose full name is used at least twice as often. A country that mostly acts (a team, a government) is
 * typed as an organisation, as news annotation does.
 *
 * Keys are numbered in order of first appearance, so that the per-key and per-group tables are arrays
 * indexed by number rather than maps keyed by string (the merge visits every mention many times). The merge
 * runs once per corpus, cold: loops over the mentions are index loops, as for-of allocates an iterator
 * result per step until the code is optimised.
 */
import { mentionCountOf, typedOnlyBy, type Entity, EntityEvidence, EntityMention, EntityReason, EntityType } from './types.js';
import type { DocEntities, Evidence } from './extract.js';
import { mentionTable, type MentionTable } from './table.js';
import { applyCorpusOverrides } from './corpus-overrides.js';
import { addEvidence, copyEvidence } from './evidence.js';
import type { TypeReason } from './typing.js';
import { DICTIONARY, FIRST_NAMES, REGION_FORMS, countryOfLowered, isPlaceLowered, isPlaceName } from './gazetteer.js';
import { isSpaceCode, startsUpper } from '../corpus/text.js';
import { acronymLetters, initials, nameKey, skeleton, slug } from './keys.js';
import { TITLE_WORDS, US_STATES } from './lexicon.js';
import { isAllCaps, low } from './shape.js';

// A place entity becomes an organisation when at least half of its mentions, and three or more, act.
const AGENT_SHARE = 0.5;
const MIN_AGENTS = 3;
const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

/**
 * The corpus's mentions as columns indexed by item number (corpus order, each document's mentions in text
 * order): no object per mention, and an entity's mentions are a chain through `next`.
 */
interface Items {
  /** The mentions themselves: document, text, place, evidence, reasons, roles. */
  table: MentionTable;
  /** What merging needs of each distinct text, by text number (`table.text`). */
  facts: TextFacts[];
  /** Number of the mention's key (its own, or its country's for a capital standing for it). */
  key: Int32Array;
  /** 1 when the text counts as a form of the entity's name (not a capital merged into its country). */
  isForm: Uint8Array;
  /** The entity group (root key number) the mention is finally assigned to. */
  group: Int32Array;
  /** The next item of the same entity group, or -1. */
  next: Int32Array;
  /** Why the mention was moved to another group than its own key's (a bare surname, a given name). */
  why: (EntityReason | undefined)[];
  /** Why the mention's key joined its group (spelling variant, acronym), else undefined. */
  keyWhy: (EntityReason | undefined)[];
}

/** What merging needs to know of a mention's text. */
interface TextFacts {
  key: string;
  /** Initials of a multi-word name that is no acronym itself ("un" for "United Nations"), else undefined. */
  initials: string | undefined;
  /** The text with runs of white space as one space. */
  spaced: string;
}

/** Number of words of `s.split(/\s+/)`: one more than the runs of white space. */
function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      n++;
      while (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) i++;
    }
  }
  return n;
}

/** `s.replace(/\s+/g, ' ')`, without a new string when the text has only single plain spaces. */
function singleSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 0x20 || (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

function textFacts(text: string): TextFacts {
  let ini: string | undefined;
  if (!acronymLetters(text)) {
    const i = initials(text);
    if (i.length >= 2 && wordCount(text) >= 2) ini = i;
  }
  return { key: baseKey(text), initials: ini, spaced: singleSpaced(text) };
}

/** Disjoint sets over key numbers. */
class Groups {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(k: number): number {
    const parent = this.parent;
    let r = k;
    while (parent[r] !== r) r = parent[r]!;
    // Path compression keeps later finds short.
    let c = k;
    while (c !== r) {
      const n = parent[c]!;
      parent[c] = r;
      c = n;
    }
    return r;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

/** Key of a mention: countries and regions by their common name, everything else by nameKey. */
function baseKey(text: string): string {
  const lower = low(text);
  const country = countryOfLowered(lower);
  if (country) return nameKey(country);
  const region = REGION_FORMS.get(lower);
  if (region) return nameKey(region);
  return nameKey(text);
}

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Occurrences of a character code in a string. */
function countCode(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

function typeOf(ev: Evidence, forms: string[]): EntityType {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < 4; i++) {
    if (ev[i]! > bestScore) {
      bestScore = ev[i]!;
      best = i;
    }
  }
  if (best >= 0) return TYPES[best]!;
  // No evidence either way: several capitalised words without an acronym read as a person's name.
  return forms.some((f) => f.trim().split(/\s+/).length >= 2 && !f.split(/\s+/).some((w) => acronymLetters(w))) ? 'person' : 'organization';
}

/**
 * Among namesakes, the one whose full name is mentioned at least twice as often as any other: the first
 * of the largest (the order a stable sort by size would put first) against the largest of the others.
 */
function dominantOf(cands: number[], size: Int32Array): number | undefined {
  if (cands.length < 2) return undefined;
  let top = 0;
  for (let i = 1; i < cands.length; i++) if (size[cands[i]!]! > size[cands[top]!]!) top = i;
  let second = 0;
  for (let i = 0; i < cands.length; i++) if (i !== top && size[cands[i]!]! > second) second = size[cands[i]!]!;
  return size[cands[top]!]! >= 2 * second ? cands[top] : undefined;
}
/**
 * Mention `ii` is typed by the model alone and its text is no listed place and no ordinary word ("Kimani", not
 * "Mainland" of "Mainland Chinese").
 */
function modelPlaceOfUnlisted(table: MentionTable, ii: number): boolean {
  const reasons = table.reasonsOf(ii);
  if (!typedOnlyBy(reasons, 'model')) return false;
  const text = table.textOf(ii);
  return !isPlaceName(text) && !DICTIONARY.has(low(text));
}

const isGazetteerReason = (r: TypeReason) => r === 'gazetteer-country' || r === 'gazetteer-place' || r === 'known-organization' || r === 'news-agency';
const isPersonish = (ev: Evidence) => ev[0] > 0 && ev[0] >= ev[1] && ev[0] >= ev[2];

/** Generations as a key's last word (a set: asked of every full name's key). */
const GENERATION_KEYS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The surname of a full name's key: its last word, before a generation ("meiko devaughn jr" → "devaughn"). */
function surnameOfKey(k: string): string {
  const space = k.lastIndexOf(' ');
  const last = k.slice(space + 1);
  if (!GENERATION_KEYS.has(last)) return last;
  const before = k.lastIndexOf(' ', space - 1);
  return before < 0 ? last : k.slice(before + 1, space);
}

/** Two person names whose first words are different known given names: relatives sharing a surname, never one person. */
function differentGivenNames(a: string, b: string): boolean {
  const fa = a.slice(0, a.indexOf(' '));
  const fb = b.slice(0, b.indexOf(' '));
  return fa !== fb && fa.length > 0 && fb.length > 0 && FIRST_NAMES.has(fa) && FIRST_NAMES.has(fb);
}

/**
 * The keys of a full name without its middle names: the given name may be of two words ("jean paul okoro" of
 * "Jean-Paul Marvin Okoro"), and a generation stays ("rodney patrick jr" of "Rodney Clay Patrick Jr.").
 * No key twice: a shorter name listed twice for one longer name would look like two.
 */
function shortenedForms(words: string[]): string[] {
  const generation = GENERATION_KEYS.has(words[words.length - 1]!) ? words[words.length - 1]! : '';
  const core = generation ? words.slice(0, -1) : words;
  const tail = generation ? `${core[core.length - 1]} ${generation}` : core[core.length - 1]!;
  // The given name and the last word: "Katherine Cooper", or "Marc Jr." of "Marc Andrews Jr.".
  const out: string[] = [`${words[0]} ${words[words.length - 1]}`];
  for (let given = 1; given <= Math.min(2, core.length - 2); given++) {
    const form = `${core.slice(0, given).join(' ')} ${tail}`;
    if (!out.includes(form)) out.push(form);
  }
  return out;
}

/**
 * "Katherine Cooper" is "Katherine Breann Cooper" when the corpus has one such longer name: the name without
 * its middle names joins it (both read as person names).
 */
function joinShortenedNames(keys: string[], keyNumber: Map<string, number>, keyEv: Evidence[], groups: Groups, joinedBy: (EntityReason | undefined)[]): void {
  const longer = new Map<number, number[]>();
  for (let n = 0; n < keys.length; n++) {
    const words = keys[n]!.split(' ');
    if (words.length < 3 || !isPersonish(keyEv[n]!)) continue;
    for (const shortKey of shortenedForms(words)) {
      const short = keyNumber.get(shortKey);
      if (short === undefined || !isPersonish(keyEv[short]!)) continue;
      const list = longer.get(short);
      if (list) list.push(n);
      else longer.set(short, [n]);
    }
  }
  longer.forEach((list, short) => {
    if (list.length !== 1) return;
    groups.union(list[0]!, short);
    joinedBy[short] = 'middle-names-dropped';
  });
}

/**
 * Adds a group to those listed under a name, once (the lists are short: an array searched in order keeps
 * first-seen order, and is read with index loops, unlike a Set).
 */
function addTo(map: Map<string, number[]>, name: string, group: number): void {
  const list = map.get(name);
  if (!list) map.set(name, [group]);
  else if (!list.includes(group)) list.push(group);
}

export interface MergeOptions {
  /** Give each entity only the count of its mentions (`mentionCount`), not the mentions. */
  countMentionsOnly?: boolean;
  /** Give each entity its evidence (default true); without it `evidence` is empty. */
  evidence?: boolean;
}

/** Merge per-document candidates into corpus entities, most mentioned first. */
/**
 * The full name's key of each nickname written inside one ("Kiki" in "Kimani (Kiki) Gray"), by document and
 * the nickname's key: the nickname and its later bare mentions in that document join the full name; so does,
 * in any document, the nickname with the surname ("Babe Ruth" of "George Herman (Babe) Ruth"; by "*" and the
 * key). A form given to two names joins neither.
 */
function nicknamesByDocument(table: MentionTable, items: Items): Map<string, string> {
  const out = new Map<string, string>();
  const clashes = new Set<string>();
  const add = (at: string, fullKey: string) => {
    const known = out.get(at);
    if (known !== undefined && known !== fullKey) clashes.add(at);
    out.set(at, fullKey);
  };
  table.nicknameOf.forEach((full, ii) => {
    const nickKey = items.facts[table.text[ii]!]!.key;
    const fullKey = nameKey(table.texts[full]!);
    add(`${table.doc[ii]}\t${nickKey}`, fullKey);
    add(`*\t${nickKey} ${surnameOfKey(fullKey)}`, fullKey);
  });
  clashes.forEach((at) => out.delete(at));
  return out;
}

export function mergeDocEntities(parts: DocEntities[], options: MergeOptions = {}): Entity[] {
  return mergeMentionTable(mentionTable(parts), options);
}

/** Merge the mentions of a table (filled document by document) into corpus entities, most mentioned first. */
export function mergeMentionTable(table: MentionTable, options: MergeOptions = {}): Entity[] {
  applyCorpusOverrides(table);
  // The merge runs in phases of its own (each small enough for the optimising compiler on a single pass).
  const present = new Set<string>();
  const items = mergeItems(table, present);
  const kt = numberKeys(items, present);
  const keyCount = kt.keys.length;
  const groups = new Groups(keyCount);
  /** Why a key joined another's group (spelling, acronym), by key number. */
  const joinedBy: (EntityReason | undefined)[] = new Array(keyCount);
  joinSpellingVariants(kt.keys, groups, joinedBy);
  joinAcronyms(items, kt, groups, joinedBy);
  joinShortenedNames(kt.keys, kt.keyNumber, kt.keyEv, groups, joinedBy);
  // The groups are final from here on: each key's group, looked up once.
  const root = new Int32Array(keyCount);
  for (let n = 0; n < keyCount; n++) root[n] = groups.find(n);
  noteKeyReasons(items, root, joinedBy);
  assignMentionGroups(items, shortNames(items, kt, root));
  const entities = buildEntities(items, root, keyCount, options);
  sortEntities(entities);
  assignIds(entities);
  return entities;
}

/** The mention columns the merge fills, with each distinct text's facts; adds every text's key to `present`. */
function mergeItems(table: MentionTable, present: Set<string>): Items {
  const itemCount = table.size;
  const items: Items = {
    table,
    facts: new Array(table.texts.length),
    key: new Int32Array(itemCount),
    isForm: new Uint8Array(itemCount),
    group: new Int32Array(itemCount),
    next: new Int32Array(itemCount),
    why: new Array(itemCount),
    keyWhy: new Array(itemCount),
  };
  // Texts repeat across mentions: their key and acronym facts are worked out once per distinct text.
  for (let ii = 0; ii < itemCount; ii++) {
    const t = table.text[ii]!;
    if (items.facts[t]) continue;
    const facts = (items.facts[t] = textFacts(table.texts[t]!));
    present.add(facts.key);
  }
  return items;
}

/** The corpus's name keys numbered in order of first appearance, with what the merge needs of each, by number. */
interface KeyTable {
  keyNumber: Map<string, number>;
  keys: string[];
  /** Summed evidence of the key's mentions. */
  keyEv: Evidence[];
  /** Text of the first mention of each key. */
  firstText: string[];
}

/**
 * Numbers the keys in order of first appearance, summing their evidence, and gives each item its key.
 * Capitals standing for their country join the country when the corpus names it (`present`).
 */
function numberKeys(items: Items, present: Set<string>): KeyTable {
  const table = items.table;
  const kt: KeyTable = { keyNumber: new Map<string, number>(), keys: [], keyEv: [], firstText: [] };
  const nicknames = table.nicknameOf.size ? nicknamesByDocument(table, items) : undefined;
  for (let ii = 0, itemCount = table.size; ii < itemCount; ii++) {
    const ownKey = items.facts[table.text[ii]!]!.key;
    let k = ownKey;
    const metonymOf = table.metonymOfAt(ii);
    if (metonymOf) {
      const ck = nameKey(metonymOf);
      if (present.has(ck)) k = ck;
    } else if (nicknames) k = nicknames.get(`${table.doc[ii]}\t${ownKey}`) ?? nicknames.get(`*\t${ownKey}`) ?? k;
    items.isForm[ii] = k === ownKey ? 1 : 0;
    let n = kt.keyNumber.get(k);
    if (n === undefined) {
      n = kt.keys.length;
      kt.keyNumber.set(k, n);
      kt.keys.push(k);
      kt.keyEv.push(copyEvidence(table.evOf(ii)));
      kt.firstText.push(table.textOf(ii));
    } else addEvidence(kt.keyEv[n]!, table.evOf(ii));
    items.key[ii] = n;
  }
  return kt;
}

/** Spelling variants: same skeleton, same word count, few edits from the first key of that skeleton. */
function joinSpellingVariants(keys: string[], groups: Groups, joinedBy: (EntityReason | undefined)[]): void {
  const firstOfSkeleton = new Map<string, number>();
  for (let n = 0; n < keys.length; n++) {
    const b = keys[n]!;
    if (b.length < 5) continue;
    const sk = skeleton(b);
    if (sk.length - countCode(sk, 0x20) < 3) continue;
    const first = firstOfSkeleton.get(sk);
    if (first === undefined) {
      firstOfSkeleton.set(sk, n);
      continue;
    }
    const a = keys[first]!;
    if (countCode(a, 0x20) !== countCode(b, 0x20)) continue;
    if (differentGivenNames(a, b)) continue;
    // Two places the gazetteer lists apart are two places, however alike: "Colombia" and "Columbia".
    if (isPlaceLowered(a) && isPlaceLowered(b)) continue;
    const max = Math.min(3, Math.floor(Math.max(a.length, b.length) * 0.25));
    if (editDistance(a, b, max) <= max) {
      groups.union(first, n);
      joinedBy[n] = 'spelling-variant';
    }
  }
}

/** Acronyms: defined in the text, else the one multi-word name whose initials they spell. */
function joinAcronyms(items: Items, kt: KeyTable, groups: Groups, joinedBy: (EntityReason | undefined)[]): void {
  const table = items.table;
  const keys = kt.keys;
  const byInitials = new Map<string, number[]>();
  for (let ii = 0, itemCount = table.size; ii < itemCount; ii++) {
    const ini = items.facts[table.text[ii]!]!.initials;
    if (ini !== undefined) addTo(byInitials, ini, groups.find(items.key[ii]!));
  }
  for (let doc = 0; doc < table.documentCount; doc++) {
    const definitions = table.definitions[doc]!;
    for (let di = 0; di < definitions.length; di++) {
      const a = kt.keyNumber.get(baseKey(definitions[di]![0]));
      const l = kt.keyNumber.get(baseKey(definitions[di]![1]));
      if (a !== undefined && l !== undefined) {
        groups.union(l, a);
        joinedBy[a] = 'acronym-defined';
      }
    }
  }
  // A state's abbreviation after a town ("Dover, N.J.") is that state ("New Jersey"), not the initials of another
  // name ("News Journal").
  const states = new Set<number>();
  for (let ii = 0, itemCount = table.size; ii < itemCount; ii++) if (table.reasonsOf(ii).includes('state-after-place')) states.add(items.key[ii]!);
  for (let n = 0; n < keys.length; n++) {
    const letters = acronymLetters(kt.firstText[n]!);
    if (!letters) continue;
    const found = byInitials.get(letters);
    const list = found && states.has(n) ? found.filter((c) => US_STATES.has(keys[c]!)) : found;
    if (!list) continue;
    // Several expansions ("Internet Explorer", "Internet Explorer 6"): the one the others extend.
    const base = list.find((c) => list.every((o) => o === c || keys[o]!.startsWith(keys[c]! + ' ')));
    if (base !== undefined && keys[base] !== '') {
      groups.union(base, n);
      joinedBy[n] ??= 'acronym-initials';
    }
  }
}

/** Why each mention's key is not its own text's, or joined another key's group. */
function noteKeyReasons(items: Items, root: Int32Array, joinedBy: (EntityReason | undefined)[]): void {
  const table = items.table;
  for (let ii = 0, itemCount = table.size; ii < itemCount; ii++) {
    const k = items.key[ii]!;
    if (!items.isForm[ii]) items.keyWhy[ii] = table.metonymOf[ii]! >= 0 ? 'capital-for-country' : 'nickname-of-full-name';
    else if (root[k] !== k) items.keyWhy[ii] = joinedBy[k] ?? joinedBy[root[k]!] ?? 'spelling-variant';
  }
}

/** What attaching bare surnames and given names to full names looks up, by key or group (root key) number. */
interface ShortNames {
  keys: string[];
  root: Int32Array;
  /** Summed evidence of each group. */
  groupEv: Evidence[];
  /** Full-name groups by the short key that may stand for them (surname, first and last word). */
  fullNames: Map<string, number[]>;
  /** Full-name groups by their first word. */
  givenNames: Map<string, number[]>;
  /** The groups each document mentions, by document number. */
  docGroups: Set<number>[];
  /** Mentions of each group. */
  groupSize: Int32Array;
  /** The full names and given names each key may shorten, looked up once per key. */
  fullOf: (number[] | undefined)[];
  givenOf: (number[] | undefined)[];
}

function shortNames(items: Items, kt: KeyTable, root: Int32Array): ShortNames {
  const keyCount = kt.keys.length;
  const s: ShortNames = {
    keys: kt.keys,
    root,
    groupEv: groupEvidence(kt.keyEv, root),
    fullNames: new Map<string, number[]>(),
    givenNames: new Map<string, number[]>(),
    docGroups: items.table.documents.map(() => new Set<number>()),
    groupSize: new Int32Array(keyCount),
    fullOf: new Array(keyCount),
    givenOf: new Array(keyCount),
  };
  indexFullNames(kt.firstText, s, namedOutsideCredits(items, keyCount));
  for (let ii = 0, itemCount = items.table.size; ii < itemCount; ii++) {
    const g = root[items.key[ii]!]!;
    s.docGroups[items.table.doc[ii]!]!.add(g);
    s.groupSize[g]!++;
  }
  if (s.fullNames.size) {
    for (let n = 0; n < keyCount; n++) {
      const k = kt.keys[n]!;
      const space = k.indexOf(' ');
      const titled = space > 0 && space === k.lastIndexOf(' ') && TITLE_WORDS.has(k.slice(0, space));
      s.fullOf[n] = s.fullNames.get(titled ? k.slice(space + 1) : k);
      s.givenOf[n] = s.givenNames.get(k);
    }
  }
  return s;
}

/** Each group's evidence: its keys' summed. */
function groupEvidence(keyEv: Evidence[], root: Int32Array): Evidence[] {
  const groupEv: Evidence[] = new Array(keyEv.length);
  for (let n = 0; n < keyEv.length; n++) {
    const g = root[n]!;
    const ev = groupEv[g];
    if (ev) addEvidence(ev, keyEv[n]!);
    else groupEv[g] = copyEvidence(keyEv[n]!);
  }
  return groupEv;
}

/**
 * By key number, 1 when a mention outside a picture's credit has the key. A name known only from credits is a
 * photographer's: a bare surname in the text ("Doe said") is not theirs (see indexFullNames).
 */
function namedOutsideCredits(items: Items, keyCount: number): Uint8Array {
  const table = items.table;
  const creditOnly = table.reasonLists.map((r) => typedOnlyBy(r, 'named-in-credit'));
  const out = new Uint8Array(keyCount);
  for (let ii = 0, itemCount = table.size; ii < itemCount; ii++) if (!creditOnly[table.reasons[ii]!]) out[items.key[ii]!] = 1;
  return out;
}

/**
 * Lists the person groups under the short keys that may stand for their full names. (Evidence is summed type
 * probabilities: a full name needs at least half a mention's vote for person.) A name only a credit gives
 * stands for no shorter name: the photographer is not the story's "Doe".
 */
function indexFullNames(firstText: string[], s: ShortNames, outsideCredits: Uint8Array): void {
  for (let n = 0; n < s.keys.length; n++) {
    const k = s.keys[n]!;
    const g = s.root[n]!;
    const gev = s.groupEv[g]!;
    if (!isPersonish(gev) || gev[0] < 0.5 || k.indexOf(' ') < 0 || !outsideCredits[n]) continue;
    const words = k.split(' ');
    // "Chief Reyes" is no full name: a title and a surname (it is looked up by the surname below).
    if (words.length === 2 && TITLE_WORDS.has(words[0]!)) continue;
    const first = words[0]!;
    const last = surnameOfKey(k);
    addTo(s.fullNames, last, g);
    // Not for "Dwayne Jackson Jr.": "Dwayne Jackson" may be his father.
    if (words.length >= 3 && last === words[words.length - 1]) addTo(s.fullNames, `${first} ${last}`, g);
    // A hyphenated surname ("Deonte Rasul-Chiono") is one word of the text but two of the key.
    const text = firstText[n]!;
    const surname = nameKey(text.slice(text.lastIndexOf(' ') + 1));
    if (surname.indexOf(' ') > 0 && surname !== k) addTo(s.fullNames, surname, g);
    // A first word alone ("Ban" for "Ban Ki-moon") only within a document that has the full name.
    addTo(s.givenNames, first, g);
  }
}

/** Shortened person names attach to the full name, per mention, same document first; the rest keep their key's group. */
function assignMentionGroups(items: Items, s: ShortNames): void {
  const table = items.table;
  // The full name of each surname last met in the current document (for namesakes: the nearest preceding one).
  const lastFull = new Map<string, number>();
  for (let ii = 0, itemCount = table.size; ii < itemCount; ii++) {
    const key = items.key[ii]!;
    const g = s.root[key]!;
    const cands = s.fullOf[key];
    if (ii > 0 && table.doc[ii] !== table.doc[ii - 1]) lastFull.clear();
    const k = s.keys[key]!;
    if (k.indexOf(' ') > 0 && s.fullNames.get(surnameOfKey(k))?.includes(g)) lastFull.set(surnameOfKey(k), g);
    if (!cands || cands.includes(g)) {
      const named = s.givenOf[key];
      const given = named ? givenNameGroup(table, ii, g, named, s.docGroups) : -1;
      items.group[ii] = given < 0 ? g : given;
      if (given >= 0) items.why[ii] = 'given-name-of-full-name';
      continue;
    }
    const to = surnameGroup(table, ii, g, k, cands, s, lastFull);
    items.group[ii] = to;
    if (to !== g) items.why[ii] = 'surname-of-full-name';
  }
}

/** The one other full name of this document whose first word mention `ii` (of group `g`) is, else -1. */
function givenNameGroup(table: MentionTable, ii: number, g: number, named: number[], docGroups: Set<number>[]): number {
  const ownEv = table.evOf(ii);
  // Only a mention without gazetteer or organisation evidence of its own ("Kimani", not "Jordan").
  // The model's place reading of a word no gazetteer lists as a place does not count ("firing at Kimani").
  if (!(ownEv[1] < 0.5 && (ownEv[2] < 0.5 || modelPlaceOfUnlisted(table, ii)) && !table.reasonsOf(ii).some(isGazetteerReason))) return -1;
  const inDoc = docGroups[table.doc[ii]!]!;
  let given = -1;
  let count = 0;
  for (let ci = 0; ci < named.length; ci++) {
    const c = named[ci]!;
    if (c !== g && inDoc.has(c)) {
      given = c;
      count++;
    }
  }
  return count === 1 ? given : -1;
}

/** The group of bare surname `k` (mention `ii`, own group `g`) among the full names `cands` it may shorten. */
function surnameGroup(table: MentionTable, ii: number, g: number, k: string, cands: number[], s: ShortNames, lastFull: Map<string, number>): number {
  const ev = s.groupEv[g]!;
  const docHas = s.docGroups[table.doc[ii]!]!;
  const inDoc: number[] = [];
  for (let ci = 0; ci < cands.length; ci++) if (docHas.has(cands[ci]!)) inDoc.push(cands[ci]!);
  // A bare name that is clearly a place stays itself, unless this document names a person so
  // ("Paris" after "Valeska Paris") and the mention has no place cue of its own.
  if (ev[2] > ev[0] + 0.5 && !(inDoc.length === 1 && !table.reasonsOf(ii).includes('gazetteer-country'))) return g;
  const dominant = dominantOf(inDoc.length ? inDoc : cands, s.groupSize);
  const nearest = inDoc.length > 1 ? lastFull.get(k.slice(k.lastIndexOf(' ') + 1)) : undefined;
  if (inDoc.length === 1) return inDoc[0]!;
  // Namesakes in this document: the nearest full name before the bare surname.
  if (nearest !== undefined) return nearest;
  if (inDoc.length === 0 && cands.length === 1) return cands[0]!;
  // Namesakes: only a full name used far more often than the others takes the bare surname.
  if (dominant !== undefined && s.keys[dominant] !== '') return dominant;
  return g;
}

/**
 * One entity per group in order of its first mention. Each group's items are chained in corpus order, which
 * is the order of documents and, within one, of text (see inTextOrder).
 */
function buildEntities(items: Items, root: Int32Array, keyCount: number, options: MergeOptions): Entity[] {
  const firstItem = new Int32Array(keyCount).fill(-1);
  const lastItem = new Int32Array(keyCount);
  const itemsOf = new Int32Array(keyCount);
  const entityEv: Evidence[] = new Array(keyCount);
  const order: number[] = [];
  for (let ii = 0, itemCount = items.table.size; ii < itemCount; ii++) {
    const g = items.group[ii]!;
    const ev = items.table.evOf(ii);
    // A bare surname joined to a person ("Paris" of "Valeska Paris") brings no place evidence along.
    const ownGroup = g === root[items.key[ii]!];
    if (firstItem[g]! < 0) {
      firstItem[g] = ii;
      entityEv[g] = ownGroup ? copyEvidence(ev) : [Math.max(0, ev[0]), 0, 0, 0];
      order.push(g);
    } else {
      items.next[lastItem[g]!] = ii;
      if (ownGroup) addEvidence(entityEv[g]!, ev);
      else entityEv[g]![0] += Math.max(0, ev[0]);
    }
    items.next[ii] = -1;
    lastItem[g] = ii;
    itemsOf[g]!++;
  }
  const entities: Entity[] = new Array(order.length);
  const shape: EntityShape = { countOnly: !!options.countMentionsOnly, evidence: options.evidence !== false };
  for (let oi = 0; oi < order.length; oi++) {
    const g = order[oi]!;
    entities[oi] = toEntity(firstItem[g]!, itemsOf[g]!, entityEv[g]!, items, shape);
  }
  return entities;
}

/** Ids follow the final order so that they do not depend on map iteration. */
function assignIds(entities: Entity[]): void {
  const usedIds = new Map<string, number>();
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei]!;
    const base = slug(e.name);
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    e.id = n > 1 ? `${base}-${n}` : base;
  }
}


const OVERRIDE_DETAIL: Record<string, string> = {
  'gazetteer-country': 'the gazetteer knows it as a country',
  'gazetteer-place': 'the gazetteer knows it as a place',
  'known-organization': 'a known organisation',
  'news-agency': 'a news agency',
  'title-before-name': 'a title before the name',
  'given-name-and-surname': 'a known given name before a surname',
  'known-surname': 'a known surname after a given name',
  'generational-suffix': 'a name followed by Jr., Sr., II or III',
  'age-after-name': 'a name followed by an age ("Laprida Shears, 25,")',
  'age-before-name': 'a full name right after an age ("24-year-old Deashaun Turrentine")',
  'person-apposition': 'a name described as a person right after it ("Lee Tran, a 34-year-old nurse")',
  'prefixed-given-name': 'a given name after a short capitalised prefix ("JaMarcus", "TaShawn") before a surname',
  'dateline-source': 'the source slot of a dateline',
  'dateline-place': 'the place slot of a dateline',
  'dateline-city': 'the city opening a dateline',
  'place-then-region': 'followed by a comma and a state or country',
  'place-noun-after': 'followed by a town noun ("police", "area", "residents")',
  'place-noun-before': 'named as a town ("the town of", ", a ... town")',
  'organization-noun': 'named with an organisation noun ("group", "news agency", "fighters")',
  'affiliation-acronym': 'an acronym naming a person\'s affiliation ("Anna Lee of the DPLB", "DPLB\'s Anna Lee")',
  'vehicle-make': 'a vehicle make and model ("Toyota Camry", "Ford F-350")',
  'street-name': 'a street\'s name ("Finley Street", "Dewees Drive", "Rue Lafarge")',
  'area-name': 'an administrative area\'s name ("Cook County", "Orleans Parish")',
  'numbered-place': 'a numbered street or ward ("East 52nd Street", "5th Avenue", "South 38th", "9th Ward")',
  'numbered-unit': 'an ordinal before a police or military unit ("67th Precinct", "3rd Infantry Division")',
  'place-prefix': 'a place\'s prefix before the name ("Mount Pleasant", "Mt. Hood", "Fort Worth", "St. Louis")',
  'region-of-place': 'a compass word before a country or listed place ("Southern Indiana", "East Java")',
  'head-before-place': 'an event\'s or organisation\'s head word before a country or place ("Fan Expo Canada", "Amnesty International Australia")',
  'unit-of-place': 'the place an administrative unit is "of" ("Municipality of Livorno", "the city of Orange")',
  'versioned-product': 'a product\'s or event\'s head word and its number ("Zorbix Browser 6", "World War 2")',
  'plural-common-noun': 'its plural is a common noun in the document ("Polaroids" beside "the Polaroid camera"): a thing, not a person',
  'state-after-place': 'a US state or its abbreviation after a town and a comma ("Springfield, Ill.")',
  'street-intersection': 'one of two streets joined by "and" with a street cue in reach ("at Penn and Lowry avenues", "near 43rd and Rockwell"; "at Church and Snyder" where the corpus writes "Snyder Ave.")',
  'surname-of-a-person': 'an unknown given name before a surname the corpus uses for a person',
  'body-of-place-name': 'the body of a place name in the corpus ("Flatbush" of "East Flatbush"), with no person cue',
  'named-in-credit': 'a person\'s name in a picture\'s credit ("Photo: Jane Doe", "Jane Doe/Getty Images"); the text\'s bare surnames are not given to it',
  'place-preposition': 'mostly after a place preposition or before a resident in the corpus ("in Marrero", "a Marrero man"), never a full name\'s surname',
};

/** Evidence for an entity's type: the model's summed vote, and the overrides met, each with how often. */
function typeEvidence(ev: Evidence, reasons: Map<TypeReason, number>): EntityEvidence[] {
  const out: EntityEvidence[] = [];
  const total = ev[0] + ev[1] + ev[2] + ev[3] || 1;
  const shares = TYPES.map((t, i) => `${t} ${(ev[i]! / total).toFixed(2)}`).join(', ');
  reasons.forEach((n, reason) => {
    const times = n === 1 ? '1 mention' : `${n} mentions`;
    if (reason === 'model') out.push({ reason, detail: `learned typer over ${times}; all evidence: ${shares}` });
    else out.push({ reason, detail: `${OVERRIDE_DETAIL[reason]} (${times})` });
  });
  return out;
}

/** Records why a form joined the entity, once per form and reason. */
function addMergeEvidence(out: EntityEvidence[], reason: EntityReason | undefined, text: string): void {
  if (!reason) return;
  const detail = `"${text}"`;
  for (let i = 0; i < out.length; i++) if (out[i]!.reason === reason && out[i]!.detail.startsWith(detail)) return;
  out.push({ reason, detail: `${detail} joined` });
}

/** The comparison String.prototype.localeCompare makes, without building a collator per call. */
const collator = new Intl.Collator();
const collate = collator.compare;

/**
 * Whether the collator orders names of ASCII letters, digits, spaces and the marks - . ' & as the root
 * collation does (English does; Danish, Lithuanian or a POSIX variant do not): character by character
 * regardless of case, in the order space, - . ' &, digits, letters; a prefix first; between names equal but
 * for case, small letters first at the first difference.
 */
const ROOT_ORDER_FOR_ASCII = (() => {
  const o = collator.resolvedOptions();
  return /^en(?:-[A-Z]{2})?$/.test(o.locale) && o.sensitivity === 'variant' && !o.ignorePunctuation && !o.numeric && o.caseFirst === 'false' && o.collation === 'default';
})();

const ASCII_NAME = /^[A-Za-z0-9 .'&-]*$/;
const HAS_MARK = /[-.'&]/;
const MARKS = /[-.'&]/g;
/** The marks as characters between the space and the digits, in the root collation's order. */
const MARK_RANKS: Record<string, string> = { '-': '!', '.': '"', "'": '#', '&': '$' };
const rankOfMark = (mark: string) => MARK_RANKS[mark]!;

/** An ASCII name in lower case, its marks replaced so that code-unit order is the root collation's. */
function foldForSort(name: string): string {
  const lower = name.toLowerCase();
  return HAS_MARK.test(lower) ? lower.replace(MARKS, rankOfMark) : lower;
}

interface SortEntry {
  entity: Entity;
  /** Counts of the entity's mentions and documents, read once rather than at every comparison. */
  mentions: number;
  documents: number;
  /** foldForSort of the name when it is an ASCII_NAME (and the root order applies), else null. */
  folded: string | null;
}

/** `collate` for two names, answered without ICU when both are ASCII names (most; see ROOT_ORDER_FOR_ASCII). */
function compareNames(a: SortEntry, b: SortEntry): number {
  if (a.folded === null || b.folded === null) return collate(a.entity.name, b.entity.name);
  if (a.folded !== b.folded) return a.folded < b.folded ? -1 : 1;
  const x = a.entity.name;
  const y = b.entity.name;
  for (let i = 0; i < x.length; i++) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(i);
    if (cx !== cy) return cx > cy ? -1 : 1; // the small letter (higher code) first
  }
  return 0;
}

/** Most mentions first, then most documents, then by name (collated). */
function sortEntities(entities: Entity[]): void {
  const entries: SortEntry[] = new Array(entities.length);
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i]!;
    entries[i] = {
      entity,
      mentions: mentionCountOf(entity),
      documents: entity.documents.length,
      folded: ROOT_ORDER_FOR_ASCII && ASCII_NAME.test(entity.name) ? foldForSort(entity.name) : null,
    };
  }
  entries.sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || compareNames(a, b));
  for (let i = 0; i < entries.length; i++) entities[i] = entries[i]!.entity;
}

/** The fullest form: no acronym, not all capitals, then most words, longest, most frequent; first on ties. */
function canonicalName(forms: string[], counts: number[]): string {
  let best = '';
  let bestScore: number[] = [];
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i]!;
    const score = [acronymLetters(f) ? 0 : 1, isAllCaps(f) ? 0 : 1, wordCount(f), f.length, counts[i]!];
    if (!best || compare(score, bestScore) > 0) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The entity of a group whose one mention has no roles (most entities): its name is the mention's text, and
 * its lists are made at their final size (an array grown by push keeps room for 17).
 */
function singleMentionEntity(i: number, ev: Evidence, items: Items, withEvidence: boolean): Entity {
  const t = items.table;
  const raw = t.textOf(i);
  const text = items.facts[t.text[i]!]!.spaced;
  const name = items.isForm[i] ? text : raw;
  const document = t.documents[t.doc[i]!]!;
  return {
    id: '',
    name,
    type: typeOf(ev, [name]),
    aliases: text === name ? [name] : [name, text],
    roles: [],
    documents: [document],
    mentions: [{ document, text: raw, start: t.start[i]!, end: t.end[i]!, line: t.line[i]!, column: t.column[i]! }],
    evidence: withEvidence ? typeEvidence(ev, new Map(t.reasonsOf(i).map((r) => [r, 1]))) : [],
  };
}

/** An entity's evidence: its type's, why a country is an organisation (`acting`: its mentions that act, of all), its forms and merges. */
function entityEvidence(ev: Evidence, reasons: Map<TypeReason, number>, acting: { agents: number; count: number } | null, forms: string[], merges: EntityEvidence[]): EntityEvidence[] {
  const evidence = typeEvidence(ev, reasons);
  if (acting) evidence.push({ reason: 'country-acting', detail: `${acting.agents} of ${acting.count} mentions act (subject of a verb, side of a score)` });
  if (forms.length > 1) evidence.push({ reason: 'forms', detail: `${forms.length} forms: ${forms.map((f) => `"${f}"`).join(', ')}` });
  for (let i = 0; i < merges.length; i++) evidence.push(merges[i]!);
  return evidence;
}

/** Replaces the entity's mentions by their count (right after it is built, so they die young). */
function countMentionsOnly(entity: Entity): void {
  entity.mentionCount = entity.mentions.length;
  entity.mentions = [];
}

// An entity has few distinct forms, aliases, roles and documents: short lists searched in order keep
// first-seen order without a Set or Map per entity.
/** What an entity is built with: only the count of its mentions (not the mentions), its evidence. */
interface EntityShape {
  countOnly: boolean;
  evidence: boolean;
}

/** The entity of the `count` items chained from `first` (in document and text order). */
function toEntity(first: number, count: number, ev: Evidence, items: Items, shape: EntityShape): Entity {
  const t = items.table;
  if (count === 1 && !t.rolesOf(first) && !t.suffixStop[first]) {
    const single = singleMentionEntity(first, ev, items, shape.evidence);
    if (shape.countOnly) countMentionsOnly(single);
    return single;
  }
  const parts = collectParts(first, items, shape);
  if (!parts.forms.length) formsAsWritten(first, items, parts);
  return assembleEntity(parts, count, ev, shape);
}

/** What the mentions of an entity add up to, collected in one pass over its chain. */
interface EntityParts {
  /** The distinct forms of the name, with how many mentions use each. */
  forms: string[];
  formCounts: number[];
  roles: string[];
  aliases: string[];
  docs: string[];
  /** A set beside the list: an entity named in thousands of documents must not cost a scan per mention. */
  docSet: Set<string>;
  mentions: EntityMention[];
  /** Mentions counted instead of listed (`countOnly`). */
  counted: number;
  /** Mentions that act (subject of a verb, side of a score). */
  agents: number;
  reasons: Map<TypeReason, number>;
  merges: EntityEvidence[];
  /** Summed evidence of the mentions a rule typed. */
  decided: Evidence;
}

function collectParts(first: number, items: Items, shape: EntityShape): EntityParts {
  const t = items.table;
  const p: EntityParts = { forms: [], formCounts: [], roles: [], aliases: [], docs: [], docSet: new Set<string>(), mentions: [], counted: 0, agents: 0, reasons: new Map<TypeReason, number>(), merges: [], decided: [0, 0, 0, 0] };
  // Mentions in document and text order: a repeated span can only be among those of the same start.
  let runStart = first;
  for (let i = first, prev = -1; i >= 0; prev = i, i = items.next[i]!) {
    const doc = t.doc[i]!;
    const text = items.facts[t.text[i]!]!.spaced;
    const mReasons = t.reasonsOf(i);
    const mStart = t.start[i]!;
    if (t.agent[i]) p.agents++;
    if (shape.evidence) {
      for (let r = 0; r < mReasons.length; r++) p.reasons.set(mReasons[r]!, (p.reasons.get(mReasons[r]!) ?? 0) + 1);
      addMergeEvidence(p.merges, items.why[i] ?? items.keyWhy[i], text);
    }
    // Mentions typed by a rule that is right by definition (not moved here as a bare surname) decide.
    if (mReasons[0] !== 'model' && !items.why[i]) addEvidence(p.decided, t.evOf(i));
    if (items.isForm[i]) countForm(p, text);
    addNames(p, text, t.rolesOf(i), t.suffixStop[i] === 1);
    const document = t.documents[doc]!;
    if (p.docs[p.docs.length - 1] !== document && !p.docSet.has(document)) {
      p.docs.push(document);
      p.docSet.add(document);
    }
    if (prev < 0 || t.doc[prev] !== doc || t.start[prev] !== mStart) runStart = i;
    if (repeatsSpan(items, runStart, i)) continue;
    // Only counted when the command prints no mention: on a large corpus these objects were most of the merge's garbage.
    if (shape.countOnly) p.counted++;
    else p.mentions.push({ document, text: t.textOf(i), start: mStart, end: t.end[i]!, line: t.line[i]!, column: t.column[i]! });
  }
  return p;
}

function countForm(p: EntityParts, text: string): void {
  const f = p.forms.indexOf(text);
  if (f < 0) {
    p.forms.push(text);
    p.formCounts.push(1);
  } else p.formCounts[f]!++;
}

/** Adds a mention's text, its roles, and the titled forms they give ("Mayor Reyes") to the entity's names. */
function addNames(p: EntityParts, text: string, mRoles: readonly string[] | undefined, suffixStop: boolean): void {
  const aliases = p.aliases;
  if (!aliases.includes(text)) aliases.push(text);
  // The name keeps no full stop ("Anthony Harmon Jr"); the form as written is an alias.
  if (suffixStop && !aliases.includes(`${text}.`)) aliases.push(`${text}.`);
  if (!mRoles) return;
  for (let ri = 0; ri < mRoles.length; ri++) {
    const r = mRoles[ri]!;
    if (!p.roles.includes(r)) p.roles.push(r);
    if (startsUpper(r)) {
      const titled = `${r} ${text}`;
      if (!aliases.includes(titled)) aliases.push(titled);
      if (suffixStop && !aliases.includes(`${titled}.`)) aliases.push(`${titled}.`);
    }
  }
}

/** Whether mention `i` repeats the span of an earlier one of its run (same document and start). */
function repeatsSpan(items: Items, runStart: number, i: number): boolean {
  const end = items.table.end;
  const mEnd = end[i]!;
  for (let j = runStart; j !== i; j = items.next[j]!) if (end[j] === mEnd) return true;
  return false;
}

/** No mention is a form of the name (all are capitals for their country): the texts as written are. */
function formsAsWritten(first: number, items: Items, p: EntityParts): void {
  for (let i = first; i >= 0; i = items.next[i]!) {
    const text = items.table.textOf(i);
    if (!p.forms.includes(text)) {
      p.forms.push(text);
      p.formCounts.push(1);
    }
  }
}

/** The entity of its collected parts: its name, type and evidence decided. */
function assembleEntity(p: EntityParts, count: number, ev: Evidence, shape: EntityShape): Entity {
  const name = canonicalName(p.forms, p.formCounts);
  const decided = p.decided;
  const byRule = decided[0] + decided[1] + decided[2] + decided[3] > 0;
  let type = typeOf(byRule ? decided : ev, p.forms);
  // A country that mostly acts (plays, fires, says) is the team or government: an organisation.
  const acting = type === 'place' && p.agents >= MIN_AGENTS && p.agents >= count * AGENT_SHARE;
  if (acting) type = 'organization';
  const evidence = shape.evidence ? entityEvidence(ev, p.reasons, acting ? { agents: p.agents, count } : null, p.forms, p.merges) : [];
  const named = [name];
  for (let i = 0; i < p.aliases.length; i++) if (p.aliases[i] !== name) named.push(p.aliases[i]!);
  const entity: Entity = {
    id: '',
    name,
    type,
    aliases: named,
    roles: p.roles,
    documents: p.docs,
    mentions: p.mentions,
    evidence,
  };
  if (shape.countOnly) entity.mentionCount = p.counted;
  return entity;
}
