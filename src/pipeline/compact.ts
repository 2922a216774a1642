import type { RawMention } from '../entities/extract.js';
import type { Claim, ScopeHints } from '../figures/types.js';
import type { LineDecision } from '../strip/index.js';
import type { DocumentAnalysis } from './analyze.js';

/** Strings at most this long are shared across documents (names, measures, places repeat; sentences do not). */
const SHARED_STRING_CHARS = 48;

/**
 * Makes the per-document results kept for the corpus stage small, without changing a value: the results of
 * every document are held until the corpus is read, and on a large corpus they are most of the memory.
 * Equal short strings, evidence vectors and hint lists become one shared copy (nothing downstream mutates
 * them: the corpus stage copies evidence before adding to it), and lists lose their spare capacity.
 */
export class ResultCompactor {
  /** `keepQuoteText` false: the command prints no quote, it reads them only to attribute claims (their spans and speakers). */
  constructor(private readonly keepQuoteText = true) {}

  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly evidence = new Map<string, RawMention['ev']>();
  private readonly decisions = new Map<string, LineDecision>();

  /**
   * The analysis of one document, compacted. Kept objects are copied here, so that the objects the analyses
   * made die young: V8 allocates straight into the old generation at an allocation site whose objects mostly
   * survive, and the candidates the analyses drop from those same sites were then garbage there (on 25 MB of
   * JSONL, peak memory fell by a fifth when V8 was told not to do that; copying gets the same without a flag).
   */
  compact(part: DocumentAnalysis): DocumentAnalysis {
    part.strip = { ...part.strip, lineDecisions: part.strip.lineDecisions.map((d) => this.decision(d)) };
    if (part.entities) {
      part.entities = { ...part.entities, mentions: part.entities.mentions.map((m) => this.mention(m)), definitions: part.entities.definitions.slice() };
    }
    if (part.quotes) {
      part.quotes = {
        ...part.quotes,
        quotes: part.quotes.quotes.map((q) => {
          const copy = { ...q };
          copy.mention = this.maybe(q.mention);
          copy.speaker = this.maybe(q.speaker);
          copy.cue = this.maybe(q.cue);
          copy.content = this.keepQuoteText ? this.detached(q.content) : '';
          return copy;
        }),
      };
    }
    if (part.claims) part.claims = part.claims.map((c) => this.claim(c));
    return part;
  }

  private decision(d: LineDecision): LineDecision {
    const key = `${d.line}${d.keep ? '+' : '-'}${d.reason}`;
    let shared = this.decisions.get(key);
    if (!shared) this.decisions.set(key, (shared = { ...d }));
    return shared;
  }

  /**
   * Only the fields the corpus stage reads (the typer's features and working flags are left behind); lists of
   * reasons and roles are shared, as they repeat from mention to mention.
   */
  private mention(m: RawMention): RawMention {
    const copy: RawMention = { text: this.string(m.text), start: m.start, end: m.end, line: m.line, column: m.column, ev: this.evidenceOf(m.ev), reasons: this.list(m.reasons) as RawMention['reasons'], none: m.none };
    if (m.roles) copy.roles = this.list(m.roles);
    if (m.metonymOf !== undefined) copy.metonymOf = this.string(m.metonymOf);
    if (m.agent !== undefined) copy.agent = m.agent;
    if (m.afterPlacePreposition !== undefined) copy.afterPlacePreposition = m.afterPlacePreposition;
    if (m.suffixStop !== undefined) copy.suffixStop = m.suffixStop;
    return copy;
  }

  private evidenceOf(ev: RawMention['ev']): RawMention['ev'] {
    const key = `${ev[0]},${ev[1]},${ev[2]},${ev[3]}`;
    let shared = this.evidence.get(key);
    if (!shared) this.evidence.set(key, (shared = [...ev] as RawMention['ev']));
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
    return copy;
  }

  private hints(h: ScopeHints): ScopeHints {
    const out: ScopeHints = { ...h, places: this.list(h.places), when: this.list(h.when) };
    if (h.docPlaces) out.docPlaces = this.list(h.docPlaces);
    if (h.docCountries) out.docCountries = this.list(h.docCountries);
    return out;
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
