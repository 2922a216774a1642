import { MentionTable } from '../entities/table.js';
import { attributingQuotes } from '../figures/attribution.js';
import type { Claim, ScopeHints } from '../figures/types.js';
import type { LineDecision } from '../strip/index.js';
import type { DocumentAnalysis } from './analyze.js';

/** Strings at most this long are shared across documents (names, measures, places repeat; sentences do not). */
const SHARED_STRING_CHARS = 48;

export interface CompactOptions {
  /** False when the command prints no quote: it reads them only to attribute claims (their spans and speakers). */
  keepQuotes?: boolean;
  /** False when the command prints no line decisions (only report does). */
  keepLineDecisions?: boolean;
}

const NO_DECISIONS: LineDecision[] = [];

/**
 * Makes the per-document results kept for the corpus stage small, without changing a value: the results of
 * every document are held until the corpus is read, and on a large corpus they are most of the memory.
 * Entity mentions go into one table of columns; equal short strings and hint lists become one shared copy;
 * what the command does not print (quote texts, quotes that attribute no claim, line decisions) is let go.
 */
export class ResultCompactor {
  private readonly keepQuotes: boolean;
  private readonly keepLineDecisions: boolean;
  /** Every document's entity mentions, as columns: the documents' own lists are let go. */
  readonly mentions = new MentionTable();

  constructor(opts: CompactOptions = {}) {
    this.keepQuotes = opts.keepQuotes ?? true;
    this.keepLineDecisions = opts.keepLineDecisions ?? true;
  }

  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly decisions = new Map<string, LineDecision>();
  private readonly sharedHints = new Interner<ScopeHints>(hintsKey);
  private readonly sharedNormalized = new Interner<Claim['normalized']>(normalizedKey);

  /**
   * The analysis of one document, compacted. Kept objects are copied here, so that the objects the analyses
   * made die young: V8 allocates straight into the old generation at an allocation site whose objects mostly
   * survive, and the candidates the analyses drop from those same sites were then garbage there (on 25 MB of
   * JSONL, peak memory fell by a fifth when V8 was told not to do that; copying gets the same without a flag).
   */
  compact(part: DocumentAnalysis): DocumentAnalysis {
    part.strip = { ...part.strip, lineDecisions: this.keepLineDecisions ? part.strip.lineDecisions.map((d) => this.decision(d)) : NO_DECISIONS };
    if (part.entities) {
      this.mentions.addDocument(part.entities);
      part.entities = undefined;
    }
    if (part.quotes && part.claims && !this.keepQuotes) this.keepAttributing(part);
    if (part.quotes) {
      part.quotes = {
        ...part.quotes,
        quotes: part.quotes.quotes.map((q) => {
          const copy = { ...q };
          copy.mention = this.maybe(q.mention);
          copy.speaker = this.maybe(q.speaker);
          copy.cue = this.maybe(q.cue);
          copy.content = this.keepQuotes ? this.detached(q.content) : '';
          return copy;
        }),
      };
    }
    if (part.claims) part.claims = part.claims.map((c) => this.claim(c));
    return part;
  }

  /**
   * When no quote is printed, a document keeps only the quotes that attribute one of its claims, and which
   * quote does so for each claim (the choice needs only the document; the speaker's name is resolved later).
   */
  private keepAttributing(part: DocumentAnalysis): void {
    const quotes = part.quotes!.quotes;
    const chosen = attributingQuotes(part.claims!, quotes);
    const kept: typeof quotes = [];
    const keptIndex = new Map<number, number>();
    for (let i = 0; i < chosen.length; i++) {
      const q = chosen[i]!;
      if (q < 0) continue;
      let k = keptIndex.get(q);
      if (k === undefined) {
        keptIndex.set(q, (k = kept.length));
        kept.push(quotes[q]!);
      }
      chosen[i] = k;
    }
    part.quotes = { ...part.quotes!, quotes: kept };
    part.attribution = chosen;
  }

  private decision(d: LineDecision): LineDecision {
    const key = `${d.line}${d.keep ? '+' : '-'}${d.reason}`;
    let shared = this.decisions.get(key);
    if (!shared) this.decisions.set(key, (shared = { ...d }));
    return shared;
  }

  private claim(c: Claim): Claim {
    const copy = { ...c };
    copy.text = this.detached(c.text);
    copy.unit = this.maybe(c.unit);
    copy.measure = this.maybe(c.measure);
    copy.scope = this.maybe(c.scope);
    copy.attributedTo = this.maybe(c.attributedTo);
    if (c.hints) copy.hints = this.hints(c.hints);
    copy.normalized = this.sharedNormalized.get(c.normalized, () => ({ ...c.normalized }));
    return copy;
  }

  /**
   * Equal hints become one object: the comparison prepares each hints object once and keeps it (several
   * sets), so a copy per claim cost more than the claim.
   */
  private hints(h: ScopeHints): ScopeHints {
    return this.sharedHints.get(h, () => {
      const out: ScopeHints = { ...h, places: this.list(h.places), when: this.list(h.when) };
      if (h.docPlaces) out.docPlaces = this.list(h.docPlaces);
      if (h.docCountries) out.docCountries = this.list(h.docCountries);
      return out;
    });
  }

  private list(xs: string[]): string[] {
    const key = `${xs.length}:${xs.join('\u0000')}`;
    let shared = this.lists.get(key);
    if (!shared) {
      shared = xs.map((x) => this.string(x));
      this.lists.set(key, shared);
    }
    return shared as string[];
  }

  private string(s: string): string {
    if (s.length > SHARED_STRING_CHARS) return s;
    const shared = this.strings.get(s);
    if (shared !== undefined) return shared;
    // The kept copy is flat: a slice of the document's text would keep the whole text alive.
    const own = s.length < 13 ? s : s.split('').join('');
    this.strings.set(own, own);
    return own;
  }

  /** A string that keeps no document text alive: shared when short, else a flat copy. */
  private detached(s: string): string {
    return s.length <= SHARED_STRING_CHARS ? this.string(s) : s.split('').join('');
  }

  private maybe(s: string | null): string | null {
    return s === null ? null : this.string(s);
  }
}

/** Numbers as String gives them (null, NaN and Infinity stay apart), strings quoted, absent lists apart from empty. */
const numbersKey = (xs: (number | null)[]) => xs.map(String).join(',');
const listKey = (xs: readonly string[] | undefined) => (xs === undefined ? '-' : JSON.stringify(xs));
// The key order too: records print the hints as they are, and the analyses add fields in different orders.
const hintsKey = (h: ScopeHints) =>
  `${Object.keys(h).join(',')}|${listKey(h.places)}|${listKey(h.when)}|${String(h.periodDays)}|${listKey(h.docPlaces)}|${listKey(h.docCountries)}|${listKey(h.marks)}|${JSON.stringify(h.list ?? null)}`;
const normalizedKey = (n: Claim['normalized']) => `${numbersKey([n.value, n.low, n.high])}|${n.unit === null ? '-' : JSON.stringify(n.unit)}`;

/**
 * One shared copy of equal plain values, found by a hash of their key (a key string per distinct value
 * would be kept as long as the value): a hash met before is confirmed against the key of the kept value,
 * and on a collision the value is simply not shared.
 */
class Interner<T> {
  private readonly byHash = new Map<number, T>();

  constructor(private readonly keyOf: (value: T) => string) {}

  get(value: T, copy: () => T): T {
    const key = this.keyOf(value);
    const h = hashString(key);
    const kept = this.byHash.get(h);
    if (kept !== undefined && this.keyOf(kept) === key) return kept;
    const own = copy();
    if (kept === undefined) this.byHash.set(h, own);
    return own;
  }
}

/** FNV-1a over the string's code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
