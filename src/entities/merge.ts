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
import type { Entity, EntityMention, EntityType } from './types.js';
import type { DocEntities, Evidence, RawMention } from './extract.js';
import { REGION_FORMS, countryOf } from './gazetteer.js';
import { acronymLetters, initials, isSpaceCode, nameKey, skeleton, slug } from './keys.js';
import { isAllCaps } from './shape.js';

// A place entity becomes an organisation when at least half of its mentions, and three or more, act.
const AGENT_SHARE = 0.5;
const MIN_AGENTS = 3;
const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

interface Item {
  doc: number;
  m: RawMention;
  facts: TextFacts;
  /** Number of the mention's key (its own, or its country's for a capital standing for it). */
  key: number;
  /** The text counts as a form of the entity's name (not a capital merged into its country). */
  isForm: boolean;
  /** The entity group (root key number) the mention is finally assigned to. */
  group: number;
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
  const country = countryOf(text);
  if (country) return nameKey(country);
  const region = REGION_FORMS.get(text.toLowerCase());
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

const addEv = (a: Evidence, b: Evidence) => {
  for (let i = 0; i < 4; i++) a[i]! += b[i]!;
};

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
const isPersonish = (ev: Evidence) => ev[0] > 0 && ev[0] >= ev[1] && ev[0] >= ev[2];

/** Adds a group to the set listed under a name. */
function addTo(map: Map<string, Set<number>>, name: string, group: number): void {
  const set = map.get(name);
  if (set) set.add(group);
  else map.set(name, new Set([group]));
}

/** Merge per-document candidates into corpus entities, most mentioned first. */
export function mergeDocEntities(parts: DocEntities[]): Entity[] {
  const items: Item[] = [];
  // Texts repeat across mentions: their key and acronym facts are worked out once per distinct text.
  const texts = new Map<string, TextFacts>();
  for (let doc = 0; doc < parts.length; doc++) {
    const mentions = parts[doc]!.mentions;
    for (let mi = 0; mi < mentions.length; mi++) {
      const m = mentions[mi]!;
      let facts = texts.get(m.text);
      if (!facts) texts.set(m.text, (facts = textFacts(m.text)));
      items.push({ doc, m, facts, key: -1, isForm: true, group: -1 });
    }
  }
  const present = new Set<string>();
  for (const f of texts.values()) present.add(f.key);

  // Number the keys in order of first appearance, summing their evidence. Capitals standing for their
  // country join the country when the corpus names it.
  const keyNumber = new Map<string, number>();
  const keys: string[] = [];
  const keyEv: Evidence[] = [];
  /** Text of the first mention of each key. */
  const firstText: string[] = [];
  for (let ii = 0; ii < items.length; ii++) {
    const it = items[ii]!;
    let k = it.facts.key;
    if (it.m.metonymOf) {
      const ck = nameKey(it.m.metonymOf);
      if (present.has(ck)) k = ck;
      it.isForm = k === it.facts.key;
    }
    let n = keyNumber.get(k);
    if (n === undefined) {
      n = keys.length;
      keyNumber.set(k, n);
      keys.push(k);
      keyEv.push([0, 0, 0, 0]);
      firstText.push(it.m.text);
    }
    it.key = n;
    addEv(keyEv[n]!, it.m.ev);
  }
  const keyCount = keys.length;
  const groups = new Groups(keyCount);

  // Spelling variants: same skeleton, same word count, few edits.
  const bySkeleton = new Map<string, number[]>();
  for (let n = 0; n < keyCount; n++) {
    const k = keys[n]!;
    if (k.length < 5) continue;
    const sk = skeleton(k);
    if (sk.length - countCode(sk, 0x20) < 3) continue;
    const list = bySkeleton.get(sk);
    if (list) list.push(n);
    else bySkeleton.set(sk, [n]);
  }
  for (const list of bySkeleton.values()) {
    for (let i = 1; i < list.length; i++) {
      const a = keys[list[0]!]!;
      const b = keys[list[i]!]!;
      if (countCode(a, 0x20) !== countCode(b, 0x20)) continue;
      const max = Math.min(3, Math.floor(Math.max(a.length, b.length) * 0.25));
      if (editDistance(a, b, max) <= max) groups.union(list[0]!, list[i]!);
    }
  }

  // Acronyms: defined in the text, else the one multi-word name whose initials they spell.
  const byInitials = new Map<string, Set<number>>();
  for (let ii = 0; ii < items.length; ii++) {
    const it = items[ii]!;
    const ini = it.facts.initials;
    if (ini !== undefined) addTo(byInitials, ini, groups.find(it.key));
  }
  for (const p of parts) for (const [acr, long] of p.definitions) {
    const a = keyNumber.get(baseKey(acr));
    const l = keyNumber.get(baseKey(long));
    if (a !== undefined && l !== undefined) groups.union(l, a);
  }
  for (let n = 0; n < keyCount; n++) {
    const letters = acronymLetters(firstText[n]!);
    if (!letters) continue;
    const cands = byInitials.get(letters);
    if (!cands) continue;
    // Several expansions ("Internet Explorer", "Internet Explorer 6"): the one the others extend.
    const list = [...cands];
    const base = list.find((c) => list.every((o) => o === c || keys[o]!.startsWith(keys[c]! + ' ')));
    if (base !== undefined && keys[base] !== '') groups.union(base, n);
  }
  // The groups are final from here on: each key's group, looked up once.
  const root = new Int32Array(keyCount);
  for (let n = 0; n < keyCount; n++) root[n] = groups.find(n);

  // Shortened person names attach to the full name, per mention, same document first.
  const groupEv: Evidence[] = [];
  for (let n = 0; n < keyCount; n++) {
    const g = root[n]!;
    addEv((groupEv[g] ??= [0, 0, 0, 0]), keyEv[n]!);
  }
  // (Evidence is in quarter points: 8 is two points, 12 three.)
  const fullNames = new Map<string, Set<number>>(); // short key → full-name groups
  const givenNames = new Map<string, Set<number>>(); // first word → full-name groups
  for (let n = 0; n < keyCount; n++) {
    const k = keys[n]!;
    const g = root[n]!;
    const gev = groupEv[g]!;
    if (!isPersonish(gev) || gev[0] < 8 || k.indexOf(' ') < 0) continue;
    const words = k.split(' ');
    const first = words[0]!;
    const last = words[words.length - 1]!;
    addTo(fullNames, last, g);
    if (words.length >= 3) addTo(fullNames, `${first} ${last}`, g);
    // A first word alone ("Ban" for "Ban Ki-moon") only within a document that has the full name.
    addTo(givenNames, first, g);
  }
  const docGroups: Set<number>[] = parts.map(() => new Set<number>());
  const groupSize = new Int32Array(keyCount);
  for (let ii = 0; ii < items.length; ii++) {
    const it = items[ii]!;
    const g = root[it.key]!;
    docGroups[it.doc]!.add(g);
    groupSize[g]!++;
  }
  // The full names and given names each key may shorten, looked up once per key.
  const fullOf: (Set<number> | undefined)[] = new Array(keyCount);
  const givenOf: (Set<number> | undefined)[] = new Array(keyCount);
  if (fullNames.size) {
    for (let n = 0; n < keyCount; n++) {
      fullOf[n] = fullNames.get(keys[n]!);
      givenOf[n] = givenNames.get(keys[n]!);
    }
  }
  for (let ii = 0; ii < items.length; ii++) {
    const it = items[ii]!;
    const g = root[it.key]!;
    const cands = fullOf[it.key];
    if (!cands || cands.has(g)) {
      const named = givenOf[it.key];
      it.group = g;
      // Only a mention without gazetteer or organisation evidence of its own ("Kimani", not "Jordan").
      if (named && it.m.ev[2] < 12 && it.m.ev[1] < 12) {
        const inDoc = docGroups[it.doc]!;
        let given = -1;
        let count = 0;
        for (const c of named) {
          if (c !== g && inDoc.has(c)) {
            given = c;
            count++;
          }
        }
        if (count === 1) it.group = given;
      }
      continue;
    }
    const ev = groupEv[g]!;
    const docHas = docGroups[it.doc]!;
    const inDoc: number[] = [];
    for (const c of cands) if (docHas.has(c)) inDoc.push(c);
    // A bare name that is clearly a place stays itself, unless this document names a person so
    // ("Paris" after "Valeska Paris") and the mention has no place cue of its own.
    if (ev[2] > ev[0] + 8 && !(inDoc.length === 1 && it.m.ev[2] <= 12)) {
      it.group = g;
      continue;
    }
    const dominant = dominantOf(inDoc.length ? inDoc : [...cands], groupSize);
    if (inDoc.length === 1) it.group = inDoc[0]!;
    else if (inDoc.length === 0 && cands.size === 1) it.group = cands.values().next().value!;
    // Namesakes: only a full name used far more often than the others takes the bare surname.
    else if (dominant !== undefined && keys[dominant] !== '') it.group = dominant;
    else it.group = g;
  }

  // Build entities, one per group in order of its first mention.
  const groupItems: Item[][] = new Array(keyCount);
  const entityEv: Evidence[] = new Array(keyCount);
  const order: number[] = [];
  for (let ii = 0; ii < items.length; ii++) {
    const it = items[ii]!;
    const g = it.group;
    let list = groupItems[g];
    if (!list) {
      list = groupItems[g] = [];
      entityEv[g] = [0, 0, 0, 0];
      order.push(g);
    }
    const ev = entityEv[g]!;
    // A bare surname joined to a person ("Paris" of "Valeska Paris") brings no place evidence along.
    if (g === root[it.key]) addEv(ev, it.m.ev);
    else ev[0] += Math.max(0, it.m.ev[0]);
    list.push(it);
  }
  const entities: Entity[] = [];
  for (let oi = 0; oi < order.length; oi++) entities.push(toEntity(groupItems[order[oi]!]!, entityEv[order[oi]!]!, parts));
  sortEntities(entities);
  // Ids follow the final order so that they do not depend on map iteration.
  const usedIds = new Map<string, number>();
  for (let ei = 0; ei < entities.length; ei++) {
    const e = entities[ei]!;
    const base = slug(e.name);
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    e.id = n > 1 ? `${base}-${n}` : base;
  }
  return entities;
}

/** The comparison String.prototype.localeCompare makes, without building a collator per call. */
const collator = new Intl.Collator();
const collate = collator.compare;

/**
 * Whether the collator orders names of ASCII letters and spaces as the root collation does (English does;
 * Danish, Lithuanian or a POSIX variant do not): by the letters regardless of case, a space before any
 * letter, a prefix first; between names equal but for case, small letters first at the first difference.
 */
const ROOT_ORDER_FOR_ASCII = (() => {
  const o = collator.resolvedOptions();
  return /^en(?:-[A-Z]{2})?$/.test(o.locale) && o.sensitivity === 'variant' && !o.ignorePunctuation && !o.numeric && o.caseFirst === 'false' && o.collation === 'default';
})();

const ASCII_NAME = /^[A-Za-z ]*$/;

interface SortEntry {
  entity: Entity;
  /** The name in lower case when it holds only ASCII letters and spaces (and the root order applies), else null. */
  folded: string | null;
}

/** `collate` for two names, answered without ICU when both are plain ASCII (most names; see ROOT_ORDER_FOR_ASCII). */
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
  const entries: SortEntry[] = entities.map((entity) => ({
    entity,
    folded: ROOT_ORDER_FOR_ASCII && ASCII_NAME.test(entity.name) ? entity.name.toLowerCase() : null,
  }));
  entries.sort(
    (a, b) =>
      b.entity.mentions.length - a.entity.mentions.length || b.entity.documents.length - a.entity.documents.length || compareNames(a, b),
  );
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

// An entity has few distinct forms, aliases, roles and documents: short lists searched in order keep
// first-seen order without a Set or Map per entity.
function toEntity(items: Item[], ev: Evidence, parts: DocEntities[]): Entity {
  if (items.length > 1) items.sort((a, b) => a.doc - b.doc || a.m.start - b.m.start);
  const forms: string[] = [];
  const formCounts: number[] = [];
  const roles: string[] = [];
  const aliases: string[] = [];
  const docs: string[] = [];
  const mentions: EntityMention[] = [];
  // Mentions sorted by document and start: a repeated span can only be among those of the same start.
  let runStart = 0;
  let agents = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const m = it.m;
    const text = it.facts.spaced;
    if (m.agent) agents++;
    if (it.isForm) {
      const f = forms.indexOf(text);
      if (f < 0) {
        forms.push(text);
        formCounts.push(1);
      } else formCounts[f]!++;
    }
    if (!aliases.includes(text)) aliases.push(text);
    if (m.roles) {
      for (const r of m.roles) {
        if (!roles.includes(r)) roles.push(r);
        if (/^\p{Lu}/u.test(r)) {
          const titled = `${r} ${text}`;
          if (!aliases.includes(titled)) aliases.push(titled);
        }
      }
    }
    const document = parts[it.doc]!.document;
    if (docs[docs.length - 1] !== document && !docs.includes(document)) docs.push(document);
    const prev = items[i - 1];
    if (!prev || prev.doc !== it.doc || prev.m.start !== m.start) runStart = i;
    let repeated = false;
    for (let j = runStart; j < i && !repeated; j++) repeated = items[j]!.m.end === m.end;
    if (repeated) continue;
    mentions.push({ document, text: m.text, start: m.start, end: m.end, line: m.line, column: m.column });
  }
  if (!forms.length) {
    for (let ii = 0; ii < items.length; ii++) {
      const it = items[ii]!;
      if (!forms.includes(it.m.text)) {
        forms.push(it.m.text);
        formCounts.push(1);
      }
    }
  }
  const name = canonicalName(forms, formCounts);
  let type = typeOf(ev, forms);
  // A country that mostly acts (plays, fires, says) is the team or government: an organisation.
  if (type === 'place' && agents >= MIN_AGENTS && agents >= items.length * AGENT_SHARE) type = 'organization';
  const others = aliases.filter((a) => a !== name);
  others.unshift(name);
  return {
    id: '',
    name,
    type,
    aliases: others,
    roles,
    documents: docs,
    mentions,
  };
}
