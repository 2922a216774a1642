import type { DocEntities, Evidence, RawMention } from './extract.js';
import type { TypeReason } from './typing.js';

/**
 * The corpus's entity mentions as columns (typed arrays and interned strings), filled one document at a
 * time: what the corpus-level merge reads of each mention, without an object per mention. On a large corpus
 * the mentions of every document are held until the last one is read, and as objects they were half of
 * the memory. Texts, reason lists, role lists and evidence vectors repeat from mention to mention and are
 * stored once.
 */
export class MentionTable {
  /** Number of mentions. */
  size = 0;
  /** Document number (order of `addDocument`). */
  doc = new Int32Array(1024);
  /** Number of the mention's text in `texts`. */
  text = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  line = new Int32Array(1024);
  column = new Int32Array(1024);
  /** Number of the evidence vector in `evidence`. */
  ev = new Int32Array(1024);
  /** Number of the reason list in `reasonLists`. */
  reasons = new Int32Array(1024);
  /** Number of the role list in `roleLists`, or -1 when the mention has none. */
  roles = new Int32Array(1024);
  /** Number of the country text in `texts` for a capital standing for its country, or -1. */
  metonymOf = new Int32Array(1024);
  /** 1 when the mention is a country acting (see RawMention.agent). */
  agent = new Uint8Array(1024);
  /** 1 when a town's cue stands around the mention ("in Marrero", "a Marrero man"; see RawMention.placeCue). */
  placeCue = new Uint8Array(1024);
  /** 1 when a generation suffix had its full stop ("Jr."; see RawMention.suffixStop). */
  suffixStop = new Uint8Array(1024);

  /** Number of the full name's text in `texts`, by mention, for the few mentions that are a nickname written inside it. */
  readonly nicknameOf = new Map<number, number>();

  /** The mentions with a person's cue beside them (see RawMention.personCue). */
  readonly personCue = new Set<number>();

  /** The other name's text, by mention, for the few one-word mentions of a bare crossing (see RawMention.crossingPartner). */
  readonly crossingPartner = new Map<number, string>();

  readonly texts: string[] = [];
  readonly evidence: Evidence[] = [];
  readonly reasonLists: TypeReason[][] = [];
  readonly roleLists: string[][] = [];
  /** Per document: its id and the acronyms it defines. */
  readonly documents: string[] = [];
  readonly definitions: [string, string][][] = [];

  private readonly textIds = new Map<string, number>();
  private readonly evIds = new Map<number, number>();
  private readonly reasonIds = new Map<string, number>();
  private readonly roleIds = new Map<string, number>();

  /** Adds a document's mentions, in text order (as extraction gives them; others are sorted, stably). */
  addDocument(part: DocEntities): void {
    const d = this.documents.length;
    this.documents.push(part.document);
    this.definitions.push(part.definitions.map(([a, b]) => [this.own(a), this.own(b)]));
    const mentions = inTextOrder(part.mentions);
    this.reserve(this.size + mentions.length);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const n = this.size++;
      this.doc[n] = d;
      this.text[n] = this.textId(m.text);
      this.start[n] = m.start;
      this.end[n] = m.end;
      this.line[n] = m.line;
      this.column[n] = m.column;
      this.ev[n] = this.evId(m.ev);
      this.reasons[n] = this.listId(this.reasonIds, this.reasonLists as string[][], m.reasons);
      this.roles[n] = m.roles ? this.listId(this.roleIds, this.roleLists, m.roles) : -1;
      this.metonymOf[n] = m.metonymOf !== undefined ? this.textId(m.metonymOf) : -1;
      this.agent[n] = m.agent ? 1 : 0;
      this.placeCue[n] = m.placeCue ? 1 : 0;
      this.suffixStop[n] = m.suffixStop ? 1 : 0;
      if (m.personCue) this.personCue.add(n);
      if (m.crossingPartner !== undefined) this.crossingPartner.set(n, m.crossingPartner);
      if (m.nicknameOf !== undefined) this.nicknameOf.set(n, this.textId(m.nicknameOf));
    }
  }

  get documentCount(): number {
    return this.documents.length;
  }

  textOf(i: number): string {
    return this.texts[this.text[i]!]!;
  }

  evOf(i: number): Evidence {
    return this.evidence[this.ev[i]!]!;
  }

  reasonsOf(i: number): TypeReason[] {
    return this.reasonLists[this.reasons[i]!]!;
  }

  rolesOf(i: number): string[] | undefined {
    const r = this.roles[i]!;
    return r < 0 ? undefined : this.roleLists[r];
  }

  metonymOfAt(i: number): string | undefined {
    const t = this.metonymOf[i]!;
    return t < 0 ? undefined : this.texts[t];
  }

  /** Gives mention `i` new typing evidence and reasons (a corpus-level override). */
  retype(i: number, ev: Evidence, reasons: TypeReason[]): void {
    this.ev[i] = this.evId(ev);
    this.reasons[i] = this.listId(this.reasonIds, this.reasonLists as string[][], reasons);
  }

  private reserve(n: number): void {
    if (n <= this.doc.length) return;
    let cap = this.doc.length;
    // By half again, not double: the columns of a large corpus are its largest arrays, and the spare room
    // (with the old copy while growing) is what a doubling wastes.
    while (cap < n) cap = Math.ceil(cap * 1.5);
    const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as { new (n: number): T })(cap);
      b.set(a);
      return b;
    };
    this.doc = grow(this.doc);
    this.text = grow(this.text);
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.line = grow(this.line);
    this.column = grow(this.column);
    this.ev = grow(this.ev);
    this.reasons = grow(this.reasons);
    this.roles = grow(this.roles);
    this.metonymOf = grow(this.metonymOf);
    this.agent = grow(this.agent);
    this.placeCue = grow(this.placeCue);
    this.suffixStop = grow(this.suffixStop);
  }

  private textId(s: string): number {
    let id = this.textIds.get(s);
    if (id === undefined) {
      id = this.texts.length;
      const own = this.own(s);
      this.texts.push(own);
      this.textIds.set(own, id);
    }
    return id;
  }

  private evId(ev: Evidence): number {
    // Keyed by a hash of the four numbers (a string key per distinct vector would cost more than the vector):
    // on a collision the vector is stored again, unshared, so a value is never confused with another.
    const key = hashEvidence(ev);
    const id = this.evIds.get(key);
    if (id !== undefined) {
      const e = this.evidence[id]!;
      if (e[0] === ev[0] && e[1] === ev[1] && e[2] === ev[2] && e[3] === ev[3]) return id;
    }
    const own = this.evidence.length;
    this.evidence.push([ev[0], ev[1], ev[2], ev[3]]);
    if (id === undefined) this.evIds.set(key, own);
    return own;
  }

  private listId(ids: Map<string, number>, lists: string[][], xs: readonly string[]): number {
    const key = xs.join('\u0000');
    let id = ids.get(key);
    if (id === undefined) {
      id = lists.length;
      lists.push(xs.map((x) => this.own(x)));
      ids.set(key, id);
    }
    return id;
  }

  /** A flat copy of a short string: a slice of a document's text would keep the whole text alive. */
  private own(s: string): string {
    return s.length < 13 ? s : s.split('').join('');
  }
}

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/** A 31-bit hash of an evidence vector's numbers. */
function hashEvidence(ev: Evidence): number {
  let h = 0;
  for (let i = 0; i < 4; i++) {
    bits[0] = ev[i]!;
    h = (Math.imul(h ^ words[0]!, 0x9e3779b1) ^ words[1]!) | 0;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  }
  return h >>> 1;
}

/** A document's mentions in text order, as extraction gives them (any others are sorted, stably, first). */
function inTextOrder(mentions: RawMention[]): RawMention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i]!.start < mentions[i - 1]!.start) return mentions.slice().sort((a, b) => a.start - b.start);
  }
  return mentions;
}

/** The table of the given documents' mentions. */
export function mentionTable(parts: DocEntities[]): MentionTable {
  const table = new MentionTable();
  for (let i = 0; i < parts.length; i++) table.addDocument(parts[i]!);
  return table;
}
