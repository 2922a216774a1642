/**
 * Corpus-level canonicalisation: mentions from every document are grouped by name key, then groups are
 * joined across spelling variants (consonant skeleton plus small edit distance), acronyms and their
 * expansions, country short forms and capitals used for their country; bare surnames and shortened names
 * attach to the one full name they can belong to (same document first); of two namesakes, only to one
 * whose full name is used at least twice as often. A country that mostly acts (a team, a government) is
 * typed as an organisation, as news annotation does.
 */
import type { Entity, EntityMention, EntityType } from './types.js';
import type { DocEntities, Evidence, RawMention } from './extract.js';
import { REGION_FORMS, countryOf } from './gazetteer.js';
import { acronymLetters, initials, nameKey, skeleton, slug, splitSpaces } from './keys.js';

// A place entity becomes an organisation when at least half of its mentions, and three or more, act.
const AGENT_SHARE = 0.5;
const MIN_AGENTS = 3;
const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

interface Item {
  doc: number;
  m: RawMention;
  key: string;
  facts: TextFacts;
  /** The entity group the mention is finally assigned to. */
  group: string;
}

/** What merging needs to know of a mention's text. */
interface TextFacts {
  key: string;
  /** Initials of a multi-word name that is no acronym itself ("un" for "United Nations"), else undefined. */
  initials: string | undefined;
  /** The text with runs of white space as one space. */
  spaced: string;
}

function textFacts(text: string): TextFacts {
  let ini: string | undefined;
  if (!acronymLetters(text)) {
    const i = initials(text);
    if (i.length >= 2 && splitSpaces(text).length >= 2) ini = i;
  }
  return { key: baseKey(text), initials: ini, spaced: text.replace(/\s+/g, ' ') };
}

/** Disjoint sets over keys. */
class Groups {
  private parent = new Map<string, string>();
  find(k: string): string {
    let r = k;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    // Path compression keeps later finds short.
    let c = k;
    while (c !== r) {
      const n = this.parent.get(c)!;
      this.parent.set(c, r);
      c = n;
    }
    return r;
  }
  add(k: string) {
    if (!this.parent.has(k)) this.parent.set(k, k);
  }
  union(a: string, b: string) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Key of a mention: countries and regions by their common name, everything else by nameKey. */
function baseKey(text: string): string {
  const country = countryOf(text);
  if (country) return nameKey(country);
  const region = REGION_FORMS[text.toLowerCase()];
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

/** Among namesakes, the one whose full name is mentioned at least twice as often as any other. */
function dominantOf(cands: string[], size: Map<string, number>): string | undefined {
  if (cands.length < 2) return undefined;
  const sorted = [...cands].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0));
  return (size.get(sorted[0]!) ?? 0) >= 2 * (size.get(sorted[1]!) ?? 0) ? sorted[0] : undefined;
}
const isPersonish = (ev: Evidence) => ev[0] > 0 && ev[0] >= ev[1] && ev[0] >= ev[2];

/** Merge per-document candidates into corpus entities, most mentioned first. */
export function mergeDocEntities(parts: DocEntities[]): Entity[] {
  const items: Item[] = [];
  // Texts repeat across mentions: their key and acronym facts are worked out once per distinct text.
  const texts = new Map<string, TextFacts>();
  const factsOf = (text: string): TextFacts => {
    let f = texts.get(text);
    if (!f) texts.set(text, (f = textFacts(text)));
    return f;
  };
  parts.forEach((p, doc) => {
    for (const m of p.mentions) {
      const facts = factsOf(m.text);
      items.push({ doc, m, key: facts.key, facts, group: '' });
    }
  });
  const present = new Set(items.map((i) => i.key));
  // Capitals standing for their country join the country when the corpus names it.
  for (const it of items) {
    if (it.m.metonymOf) {
      const ck = nameKey(it.m.metonymOf);
      if (present.has(ck)) it.key = ck;
    }
  }

  const groups = new Groups();
  const evByKey = new Map<string, Evidence>();
  for (const it of items) {
    groups.add(it.key);
    const ev = evByKey.get(it.key) ?? [0, 0, 0, 0];
    addEv(ev, it.m.ev);
    evByKey.set(it.key, ev);
  }
  const keys = [...evByKey.keys()];

  // Spelling variants: same skeleton, same word count, few edits.
  const bySkeleton = new Map<string, string[]>();
  for (const k of keys) {
    const sk = skeleton(k);
    if (sk.replace(/ /g, '').length < 3 || k.length < 5) continue;
    const list = bySkeleton.get(sk) ?? [];
    list.push(k);
    bySkeleton.set(sk, list);
  }
  for (const list of bySkeleton.values()) {
    for (let i = 1; i < list.length; i++) {
      const a = list[0]!;
      const b = list[i]!;
      if (a.split(' ').length !== b.split(' ').length) continue;
      const max = Math.min(3, Math.floor(Math.max(a.length, b.length) * 0.25));
      if (editDistance(a, b, max) <= max) groups.union(a, b);
    }
  }

  // Acronyms: defined in the text, else the one multi-word name whose initials they spell.
  const byInitials = new Map<string, Set<string>>();
  for (const it of items) {
    const ini = it.facts.initials;
    if (ini === undefined) continue;
    const set = byInitials.get(ini) ?? new Set();
    set.add(groups.find(it.key));
    byInitials.set(ini, set);
  }
  for (const p of parts) for (const [acr, long] of p.definitions) {
    const a = baseKey(acr);
    const l = baseKey(long);
    if (evByKey.has(a) && evByKey.has(l)) groups.union(l, a);
  }
  const firstItem = new Map<string, Item>();
  for (const it of items) if (!firstItem.has(it.key)) firstItem.set(it.key, it);
  for (const k of keys) {
    const letters = acronymLetters(firstItem.get(k)!.m.text);
    if (!letters) continue;
    const cands = byInitials.get(letters);
    if (!cands) continue;
    // Several expansions ("Internet Explorer", "Internet Explorer 6"): the one the others extend.
    const list = [...cands];
    const base = list.find((c) => list.every((o) => o === c || o.startsWith(c + ' ')));
    if (base) groups.union(base, k);
  }
  // The groups are final from here on: each key's group, looked up once.
  const rootOf = new Map<string, string>();
  for (const k of keys) rootOf.set(k, groups.find(k));
  const groupOf = (k: string) => rootOf.get(k)!;

  // Shortened person names attach to the full name, per mention, same document first.
  const groupEv = new Map<string, Evidence>();
  for (const k of keys) {
    const g = groupOf(k);
    const ev = groupEv.get(g) ?? [0, 0, 0, 0];
    addEv(ev, evByKey.get(k)!);
    groupEv.set(g, ev);
  }
  const fullNames = new Map<string, Set<string>>(); // short key → full-name groups
  const givenNames = new Map<string, Set<string>>(); // first word → full-name groups
  for (const k of keys) {
    const g = groupOf(k);
    const words = k.split(' ');
    const gev = groupEv.get(g)!;
    if (words.length < 2 || !isPersonish(gev) || gev[0] < 2) continue;
    const shorts = [words[words.length - 1]!];
    if (words.length >= 3) shorts.push(`${words[0]} ${words[words.length - 1]}`);
    for (const s of shorts) {
      const set = fullNames.get(s) ?? new Set();
      set.add(g);
      fullNames.set(s, set);
    }
    // A first word alone ("Ban" for "Ban Ki-moon") only within a document that has the full name.
    const set = givenNames.get(words[0]!) ?? new Set();
    set.add(g);
    givenNames.set(words[0]!, set);
  }
  const docGroups = new Map<number, Set<string>>();
  for (const it of items) {
    const set = docGroups.get(it.doc) ?? new Set();
    set.add(groupOf(it.key));
    docGroups.set(it.doc, set);
  }
  const groupSize = new Map<string, number>();
  for (const it of items) {
    const g = groupOf(it.key);
    groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
  }
  for (const it of items) {
    const g = groupOf(it.key);
    const cands = fullNames.get(it.key);
    if (!cands || cands.has(g)) {
      const named = givenNames.get(it.key);
      const given = named ? [...named].filter((c) => c !== g && docGroups.get(it.doc)!.has(c)) : [];
      // Only a mention without gazetteer or organisation evidence of its own ("Kimani", not "Jordan").
      it.group = given.length === 1 && it.m.ev[2] < 3 && it.m.ev[1] < 3 ? given[0]! : g;
      continue;
    }
    const ev = groupEv.get(g)!;
    const inDoc = [...cands].filter((c) => docGroups.get(it.doc)!.has(c));
    // A bare name that is clearly a place stays itself, unless this document names a person so
    // ("Paris" after "Valeska Paris") and the mention has no place cue of its own.
    if (ev[2] > ev[0] + 2 && !(inDoc.length === 1 && it.m.ev[2] <= 3)) {
      it.group = g;
      continue;
    }
    const dominant = dominantOf(inDoc.length ? inDoc : [...cands], groupSize);
    if (inDoc.length === 1) it.group = inDoc[0]!;
    else if (inDoc.length === 0 && cands.size === 1) it.group = [...cands][0]!;
    // Namesakes: only a full name used far more often than the others takes the bare surname.
    else if (dominant) it.group = dominant;
    else it.group = g;
  }

  // Build entities.
  interface Acc {
    ev: Evidence;
    items: Item[];
  }
  const accs = new Map<string, Acc>();
  for (const it of items) {
    const g = it.group;
    const acc = accs.get(g) ?? { ev: [0, 0, 0, 0] as Evidence, items: [] };
    // A bare surname joined to a person ("Paris" of "Valeska Paris") brings no place evidence along.
    addEv(acc.ev, g === groupOf(it.key) ? it.m.ev : [Math.max(0, it.m.ev[0]), 0, 0, 0]);
    acc.items.push(it);
    accs.set(g, acc);
  }
  const entities: Entity[] = [];
  const usedIds = new Map<string, number>();
  for (const acc of accs.values()) entities.push(toEntity(acc.items, acc.ev, parts, usedIds));
  entities.sort(
    (a, b) => b.mentions.length - a.mentions.length || b.documents.length - a.documents.length || collate(a.name, b.name),
  );
  // Ids follow the final order so that they do not depend on map iteration.
  usedIds.clear();
  for (const e of entities) {
    const base = slug(e.name);
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    e.id = n > 1 ? `${base}-${n}` : base;
  }
  return entities;
}

/** The comparison String.prototype.localeCompare makes, without building a collator per call. */
const collate = new Intl.Collator().compare;

function canonicalName(forms: Map<string, number>): string {
  let best = '';
  let bestScore: number[] = [];
  for (const [f, n] of forms) {
    const words = f.split(/\s+/).length;
    const score = [acronymLetters(f) ? 0 : 1, f === f.toUpperCase() ? 0 : 1, words, f.length, n];
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

function toEntity(items: Item[], ev: Evidence, parts: DocEntities[], _ids: Map<string, number>): Entity {
  items.sort((a, b) => a.doc - b.doc || a.m.start - b.m.start);
  const forms = new Map<string, number>();
  const roles = new Set<string>();
  const aliases = new Set<string>();
  const docs: string[] = [];
  const docSet = new Set<string>();
  const mentions: EntityMention[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const text = it.facts.spaced;
    if (!it.m.metonymOf || it.facts.key === it.key) forms.set(text, (forms.get(text) ?? 0) + 1);
    aliases.add(text);
    for (const r of it.m.roles ?? []) {
      roles.add(r);
      if (/^\p{Lu}/u.test(r)) aliases.add(`${r} ${text}`);
    }
    const document = parts[it.doc]!.document;
    if (!docSet.has(document)) {
      docSet.add(document);
      docs.push(document);
    }
    const k = `${it.doc}:${it.m.start}:${it.m.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    mentions.push({ document, text: it.m.text, start: it.m.start, end: it.m.end, line: it.m.line, column: it.m.column });
  }
  if (!forms.size) for (const it of items) forms.set(it.m.text, 1);
  const name = canonicalName(forms);
  let type = typeOf(ev, [...forms.keys()]);
  // A country that mostly acts (plays, fires, says) is the team or government: an organisation.
  const agents = items.filter((it) => it.m.agent).length;
  if (type === 'place' && agents >= MIN_AGENTS && agents >= items.length * AGENT_SHARE) type = 'organization';
  return {
    id: '',
    name,
    type,
    aliases: [name, ...[...aliases].filter((a) => a !== name)],
    roles: [...roles],
    documents: docs,
    mentions,
  };
}
