import { copyDecisions, findCopies } from './copies.js';
import { countedFamily, isNamedFamily } from './lexicon.js';
import { dateValue } from './dates.js';
import { ScopeMatcher } from './scope-match.js';
import { isNamedSubject, subjectKey, subjectsMeet } from './subject.js';
import type { Claim, Comparison, ComparisonNote, Decision, DecisionReason, FigureSet } from './types.js';

// Cross-source comparison, from claims alone: claims of one measure are grouped when their scopes cannot
// be told apart (no conflicting place, date or period, same unit, similar order of magnitude); a group
// disagrees when two sources give figures further apart than the tolerance.

export interface CompareOptions {
  /** Relative difference in percent (default 5) under which figures agree. */
  tolerance: number;
  /** Measures never compared. */
  ignoreMeasures?: string[];
  /** Value of one unit of each currency in one common reference (`--rates`); without it currencies stay apart. */
  rates?: Readonly<Record<string, number>>;
  /** Publication date of each document (ISO 8601), to tell an earlier report from a later one. */
  documentDates?: ReadonlyMap<string, string | null>;
}

/**
 * A plain counted noun ("boats"), money of no named kind or a bare length or duration says little about
 * what it measures: such figures more than this factor apart are taken to be different things. Named
 * families (tolls, ages, magnitudes, times) are told apart by scope evidence alone.
 */
const GENERIC_MAX_RATIO = 3;

const farApart = (p: number, q: number) => p !== q && (p <= 0 || q <= 0 || Math.max(p, q) / Math.min(p, q) > GENERIC_MAX_RATIO);
const unanchored = (c: Claim) => !c.hints || (!c.hints.places.length && !c.hints.when.length && c.hints.periodDays === null);

/**
 * Scope evidence that two far-apart figures of a named family are one story's ("two dead" early, "31 dead"
 * later): they share a place or a time anchor, or neither names any (both are about the story as a whole).
 */
function sameStory(a: Claim, b: Claim, ctx: CompareContext): boolean {
  return ctx.scopes.shared(a.hints, b.hints) > 0 || (unanchored(a) && unanchored(b));
}

/** Magnitudes further apart than this are different events (agencies differ by a few tenths). */
const MAX_MAGNITUDE_STEP = 0.5;

/** The claim's figure in its base unit (converted when it was compared in another unit). */
const normalOf = (c: Claim) => c.normalized ?? { value: typeof c.value === 'number' ? c.value : null, low: c.low, high: c.high, unit: c.unit };

/** The figure a claim states: its value, the middle of a range, or the known bound (in the base unit). */
export function pointOf(c: Claim): number | null {
  if (Array.isArray(c.value)) return null;
  const n = normalOf(c);
  if (typeof n.value === 'number') return n.value;
  if (n.low !== null && n.high !== null) return (n.low + n.high) / 2;
  return n.low ?? n.high;
}

export const isVague = (c: Claim) => c.qualifier === 'vague' || (c.value === null && pointOf(c) === null);

/** Relative difference of two figures (0 when equal). */
export const relDiff = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

/** The context compareClaims derives from the whole corpus. */
export interface CompareContext {
  tolerance: number;
  scopes: ScopeMatcher;
  /** Document → the first document of its copies (near-identical texts), for documents that have copies. */
  copyOf: Map<string, string>;
  dates: ReadonlyMap<string, string | null>;
  /** List id → the measure families of its items. */
  lists: Map<string, Set<string>>;
}

export interface CompareResult {
  comparisons: Comparison[];
  /** Why claims of one measure family were kept apart (`--explain`). */
  decisions: Decision[];
}

export function compareClaims(claims: Claim[], opts: CompareOptions): Comparison[] {
  return compareWithDecisions(claims, opts).comparisons;
}

/** Comparisons of like with like, and the decisions that kept other claims of a measure family apart. */
export function compareWithDecisions(claims: Claim[], opts: CompareOptions): CompareResult {
  const ctx = contextOf(claims, opts);
  const ignored = new Set((opts.ignoreMeasures ?? []).map((m) => m.toLowerCase()));
  const families = new Map<string, Map<string, Claim[]>>();
  for (const c of [...claims].sort(byPosition)) {
    const measure = c.measure ? countedFamily(c.measure) : unnamedFamily(c);
    if (!measure || ignored.has(measure.toLowerCase()) || Array.isArray(c.value)) continue;
    const key = comparableKey(c, opts.rates);
    if (key === null) continue;
    const byKey = families.get(measure) ?? new Map<string, Claim[]>();
    families.set(measure, byKey);
    const work = opts.rates && c.dimension === 'money' ? converted(c, opts.rates) : c;
    const list = byKey.get(key);
    if (list) list.push(work); // in place: one measure may hold hundreds of thousands of claims
    else byKey.set(key, [work]);
  }
  const out: Comparison[] = [];
  const decisions: Decision[] = [...copyDecisions(claims, ctx)];
  for (const measure of [...families.keys()].sort()) {
    const byKey = families.get(measure)!;
    decisions.push(...unitDecisions(measure, byKey));
    for (const list of byKey.values()) compareFamily(measure, list, ctx, out, decisions);
  }
  return { comparisons: out.sort((a, b) => cmpStr(a.measure, b.measure) || cmpStr(firstOf(a), firstOf(b))), decisions };
}

/**
 * A length or a span of time whose words name no measure ("a crater about two meters wide", "10 minutes
 * after she was escorted out") is still a physical quantity: compared with other such figures of its
 * dimension, on scope and size (a generic family: far-apart figures stay apart).
 */
function unnamedFamily(c: Claim): string | null {
  if (c.dimension === 'length') return 'length';
  // "killed 30 in three days": a span that is its sentence's period frames other figures, it is not one
  if (c.dimension === 'duration' && (c.hints?.periodDays ?? null) === null) return 'time span';
  return null;
}

/** One measure family, one subject, one unit: claims set apart by their marks, the rest grouped by scope. */
function compareFamily(measure: string, list: Claim[], ctx: CompareContext, out: Comparison[], decisions: Decision[]): void {
  if (!spansDocuments(list)) return;
  const kept: Claim[] = [];
  const apart: Array<{ claim: Claim; reason: DecisionReason }> = [];
  const pools = new Map<'recalled' | 'series', Claim[]>();
  const withPerpetrator = perpetratorCounts(list);
  for (const c of list) {
    const reason = markReason(c) ?? (withPerpetrator(c) ? 'part-of-whole' : null);
    if (!reason) kept.push(c);
    else {
      apart.push({ claim: c, reason });
      // a recalled event is one event only when named by a place or a calendar date: "last month" or "Saturday"
      // in two texts may be two past events; a total over the story's series ("in their five operations so far")
      // is one total
      const pool = reason !== 'other-event' ? null : c.hints?.marks?.includes('series-total') ? 'series' : namesEvent(c) ? 'recalled' : null;
      if (pool && pools.has(pool)) pools.get(pool)!.push(c);
      else if (pool) pools.set(pool, [c]);
    }
  }
  // Figures of another event are still compared with each other: two outlets recalling one past event.
  // (Parts are not: "a man was killed" and "a woman was killed" name two of the dead, not two tolls.)
  for (const pool of pools.values()) for (const group of groupClaims(pool, ctx)) if (spansDocuments(group)) out.push(describe(measure, group, ctx));
  const groups = groupClaims(kept, ctx);
  const main = groups.reduce<Claim[] | null>((best, g) => (!best || docCount(g) > docCount(best) ? g : best), null);
  for (const group of groups) {
    if (spansDocuments(group)) out.push(describe(measure, group, ctx));
    if (main && group !== main && group[0]!.document !== main[0]!.document) {
      decisions.push(decision(measure, group[0]!, main[0]!, whyApart(group[0]!, main[0]!, ctx)));
    }
  }
  const anchor = main?.[0] ?? kept[0];
  for (const { claim, reason } of apart) if (anchor && anchor.document !== claim.document) decisions.push(decision(measure, claim, anchor, reason));
}

const namesEvent = (c: Claim) => !!c.hints && (c.hints.places.length > 0 || c.hints.when.some((w) => w.startsWith('y:') || w.startsWith('m:')));
const docCount = (claims: Claim[]) => new Set(claims.map((c) => c.document)).size;
const decision = (measure: string, a: Claim, b: Claim, reason: DecisionReason): Decision => ({ measure, claims: [a.id, b.id], compared: false, reason });

/**
 * "killed two people and then himself" against another text's unmarked "3 dead": the victims alone and a toll
 * that may count the perpetrator differ by him, so the victims' toll is a part (not a conflict).
 */
function perpetratorCounts(list: Claim[]): (c: Claim) => boolean {
  const unmarked = new Map<number, Set<string>>();
  for (const c of list) {
    if (typeof c.value !== 'number' || c.hints?.marks?.length) continue;
    const docs = unmarked.get(c.value) ?? new Set<string>();
    unmarked.set(c.value, docs.add(c.document));
  }
  return (c) => typeof c.value === 'number' && !!c.hints?.marks?.includes('excludes-perpetrator')
    && [...(unmarked.get(c.value + 1) ?? [])].some((d) => d !== c.document);
}

/** Marks that set a claim apart from the story's figure of its measure. */
function markReason(c: Claim): DecisionReason | null {
  const marks = c.hints?.marks ?? [];
  if (marks.includes('other-event')) return 'other-event';
  if (marks.includes('includes-perpetrator')) return 'part-of-whole';
  // "$334 million, including $281 million in cash": the part's kind of money is named, so its family is the
  // part's own ("money: cash"), where it meets the same part told by other outlets.
  if (marks.includes('part-of-whole') && !c.measure?.startsWith('money: ')) return 'part-of-whole';
  return null;
}

/** Why two claims of one family and unit ended in different groups. */
function whyApart(a: Claim, b: Claim, ctx: CompareContext): DecisionReason {
  if (!subjectsMeet(a.subject, b.subject)) return 'different-subject';
  // "initial reports said two; the toll has risen to five": the text itself says which figure is old
  if ([a, b].some((c) => c.hints?.marks?.includes('earlier-report'))) return 'superseded';
  const scope = ctx.scopes.conflict(a.hints, b.hints);
  if (scope) return scope;
  if (a.measure === 'distance' && !a.subject && !b.subject && ctx.scopes.shared(a.hints, b.hints) === 0) return 'other-place';
  if (a.measure === 'magnitude') return 'other-event';
  const p = pointOf(a);
  const q = pointOf(b);
  if (p !== null && q !== null && apartBySize(a, b, p, q, ctx)) return 'far-apart';
  return 'same-document';
}

/**
 * What claims must share to be compared, beyond their measure: the subject (ages of one person) and the
 * base unit (a currency, unless rates convert it). Null when the claim is not comparable at all.
 */
function comparableKey(c: Claim, rates: CompareOptions['rates']): string | null {
  let subject = '';
  if (c.measure === 'distance') {
    // A distance belongs to the place it is measured from, or else to the thing it locates ("the camp, 25 km
    // from the border"); one with neither is compared only where its sentence names the same place (see compatible).
    subject = subjectKey(c.subject) ?? '';
  } else if (c.measure === 'age' || c.subject) {
    // An age belongs to a person: named ones are compared by their last word; unnamed ones cannot be told apart.
    if (!isNamedSubject(c.subject)) return null;
    subject = subjectKey(c.subject) ?? '';
  }
  const dimension = c.dimension ?? 'count';
  let unit = normalOf(c).unit ?? '';
  if (dimension === 'money' && rates && rates[unit] !== undefined) unit = RATED;
  return `${subject}\u0000${dimension}\u0000${unit}`;
}
const RATED = '\u00a4';

/** A money claim restated in the rates' reference unit. */
function converted(c: Claim, rates: Readonly<Record<string, number>>): Claim {
  const n = normalOf(c);
  const rate = n.unit ? rates[n.unit] : undefined;
  if (rate === undefined) return c;
  const x = (v: number | null) => (v === null ? null : v * rate);
  return { ...c, normalized: { value: x(n.value), low: x(n.low), high: x(n.high), unit: RATED } };
}

/** Measure families split by unit: "12 km" and "7 mi" meet (both metres), money in two currencies does not. */
function unitDecisions(measure: string, byKey: Map<string, Claim[]>): Decision[] {
  const lists = [...byKey.values()];
  const first = lists[0]?.[0];
  if (!first) return [];
  const out: Decision[] = [];
  for (const list of lists.slice(1)) {
    const c = list[0]!;
    if (c.document === first.document || (subjectKey(c.subject) ?? '') !== (subjectKey(first.subject) ?? '')) continue;
    out.push(decision(measure, c, first, c.dimension === 'money' && first.dimension === 'money' ? 'currency' : 'unit-dimension'));
  }
  return out;
}

const spansDocuments = (claims: Claim[]) => new Set(claims.map((c) => c.document)).size >= 2;
const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const firstOf = (c: Comparison) => c.claims[0] ?? '';

/** Corpus order, whatever order the claims came in: document id, then offset. */
export const byPosition = (a: Claim, b: Claim) =>
  (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function contextOf(claims: Claim[], opts: CompareOptions): CompareContext {
  return {
    tolerance: Math.max(0, opts.tolerance) / 100, scopes: new ScopeMatcher(),
    copyOf: findCopies(claims), dates: opts.documentDates ?? new Map(), lists: listFamilies(claims),
  };
}

function listFamilies(claims: Claim[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of claims) {
    const id = c.hints?.list;
    if (!id || !c.measure) continue;
    const set = out.get(id) ?? new Set<string>();
    out.set(id, set.add(countedFamily(c.measure)));
  }
  return out;
}

/** Lists that share this many kinds of item besides the one compared tell of one haul or one set of things. */
const SAME_LIST_KINDS = 2;

/**
 * "six rifles, 12 magazines and about 300 rounds" against "14 rifles, 31 magazines and 923 rounds": two outlets
 * listing the same kinds of things describe one set, so its items are compared whatever their sizes.
 */
function sameList(a: Claim, b: Claim, ctx: CompareContext): boolean {
  const la = a.hints?.list ? ctx.lists.get(a.hints.list) : undefined;
  const lb = b.hints?.list ? ctx.lists.get(b.hints.list) : undefined;
  if (!la || !lb || a.document === b.document) return false;
  const own = countedFamily(a.measure ?? '');
  let shared = 0;
  for (const f of la) if (f !== own && lb.has(f)) shared++;
  return shared >= SAME_LIST_KINDS;
}

/**
 * Figures far apart (`p`, `q`) measure different things, unless a named family's figures tell of one story
 * ("two dead" early, "31 dead" later) or both are items of lists of the same kinds of things.
 */
function apartBySize(a: Claim, b: Claim, p: number, q: number, ctx: CompareContext): boolean {
  return farApart(p, q) && !(isNamedFamily(a.measure) && sameStory(a, b, ctx)) && !sameList(a, b, ctx);
}

/** Bounds that keep grouping near-linear on hostile input (thousands of figures of one measure). */
const MAX_CANDIDATE_GROUPS = 60;
const MAX_CHECKED_MEMBERS = 100;

interface Group {
  members: Claim[];
  /** Members that differ in document, figure or hints: only these need a compatibility check. */
  distinct: Claim[];
  /** Signature numbers of the distinct members. */
  keys: Set<number>;
}

/**
 * Groups of mutually compatible claims: each claim joins the group it fits best (every member compatible;
 * most shared scope hints, then the closest figure), or starts a new one. Claims arrive in corpus order.
 */
function groupClaims(claims: Claim[], ctx: CompareContext): Claim[][] {
  const groups: Group[] = [];
  const signatureOf = signatureNumbers();
  // Stated figures first; then vague amounts ("dozens") join a group whose figures they allow, or each other.
  for (const c of [...claims.filter((x) => !isVague(x)), ...claims.filter(isVague)]) {
    const key = signatureOf(c);
    let best: Group | null = null;
    let bestScore = -Infinity;
    // The latest groups only: hostile input (thousands of figures of one measure) stays near-linear.
    for (let k = groups.length - 1; k >= Math.max(0, groups.length - MAX_CANDIDATE_GROUPS); k--) {
      const g = groups[k]!;
      const checked = checkedMembers(g);
      if (!g.keys.has(key) && !checked.every((m) => compatible(c, m, ctx))) continue;
      // Scored on the same bounded sample: a group of thousands of documents must not make grouping quadratic.
      const score = checked.reduce((s, m) => s + ctx.scopes.shared(c.hints, m.hints), 0) / checked.length - closeness(c, g.members);
      if (score >= bestScore) { // walking back, so on a tie the earliest group wins
        best = g;
        bestScore = score;
      }
    }
    if (best) {
      best.members.push(c);
      if (!best.keys.has(key)) {
        best.keys.add(key);
        best.distinct.push(c);
      }
    } else groups.push({ members: [c], distinct: [c], keys: new Set([key]) });
  }
  return groups.map((g) => g.members.sort(byPosition));
}

const signature = (c: Claim) => JSON.stringify([c.document, c.value, c.low, c.high, c.qualifier, c.unit, c.normalized ?? null, c.hints ?? null]);

/**
 * Numbers for claims' signatures (equal signatures, equal numbers) that keep no string per claim, as a set of
 * signature strings did (most of the comparison's memory on a large corpus): a signature is hashed, and a
 * hash met before is confirmed against the signature of the first claim that had it.
 */
function signatureNumbers(): (c: Claim) => number {
  const first = new Map<number, number>();
  /** Numbers of further signatures of a hash already taken (hash collisions). */
  const more = new Map<number, number[]>();
  const holder: Claim[] = [];
  const add = (c: Claim) => holder.push(c) - 1;
  return (c) => {
    const s = signature(c);
    const h = hashString(s);
    const n = first.get(h);
    if (n === undefined) {
      const own = add(c);
      first.set(h, own);
      return own;
    }
    if (signature(holder[n]!) === s) return n;
    const others = more.get(h) ?? [];
    for (const o of others) if (signature(holder[o]!) === s) return o;
    const own = add(c);
    others.push(own);
    more.set(h, others);
    return own;
  };
}

/** FNV-1a over the string's code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function checkedMembers(g: Group): Claim[] {
  const d = g.distinct;
  return d.length <= MAX_CHECKED_MEMBERS ? d : [...d.slice(0, MAX_CHECKED_MEMBERS / 2), ...d.slice(-MAX_CHECKED_MEMBERS / 2)];
}

function closeness(c: Claim, g: Claim[]): number {
  const p = pointOf(c);
  const q = pointOf(g[0]!);
  return p === null || q === null ? 0 : relDiff(p, q);
}


/** Can two claims of one measure be about the same thing? */
export function compatible(a: Claim, b: Claim, ctx: CompareContext): boolean {
  if (!subjectsMeet(a.subject, b.subject)) return false;
  // "nine kilometres from the border" of a village and of a camp: a distance with no named reference point is
  // one figure only where both sentences name the same place ("about 100 metres from a compound in Yida").
  if (a.measure === 'distance' && !a.subject && !b.subject && ctx.scopes.shared(a.hints, b.hints) === 0) return false;
  if ((normalOf(a).unit ?? '') !== (normalOf(b).unit ?? '')) return false; // another unit or currency
  if (isVague(a) !== isVague(b)) {
    // "dozens" and 80 may be one figure: the stated one must lie in what the vague one allows.
    const [v, n] = isVague(a) ? [a, b] : [b, a];
    const x = pointOf(n);
    if (x === null || (v.low !== null && x < v.low) || (v.high !== null && x > v.high) || (v.low === null && v.high === null)) return false;
    return ctx.scopes.compatible(a.hints, b.hints);
  }
  const p = pointOf(a);
  const q = pointOf(b);
  if (p !== null && q !== null) {
    if (apartBySize(a, b, p, q, ctx)) return false;
    // Magnitudes are logarithmic: half a step apart is another quake (or another scale).
    if (a.measure === 'magnitude' && Math.abs(p - q) > MAX_MAGNITUDE_STEP) return false;
    // A document does not contradict itself: two different figures in one text count different things,
    // unless it gives them as two named sources' ("police said none were injured; the Post says three").
    if (a.document === b.document && differ(a, b, ctx.tolerance) && !citesTwoSources(a, b)) return false;
  } else if (!intervalsMeet(a, b, 0)) return false;
  return ctx.scopes.compatible(a.hints, b.hints);
}

/**
 * Two named sources' figures of a named family (a toll) set side by side ("police said none were injured (the
 * Post says three)"): a plain noun or unnamed money in one text is two things, and so are figures the text
 * gives apart ("four counts of murder" in the lead, "police say he killed their two daughters" later: a part).
 */
const SIDE_BY_SIDE = 200;
const citesTwoSources = (a: Claim, b: Claim) => isNamedFamily(a.measure) && !!a.attributedTo && !!b.attributedTo &&
  a.attributedTo.toLowerCase() !== b.attributedTo.toLowerCase() && a.line === b.line && Math.abs(a.start - b.start) <= SIDE_BY_SIDE;

/** The interval a claim asserts (open sides as infinities). */
export function intervalOf(c: Claim): [number, number] {
  const p = pointOf(c);
  const n = normalOf(c);
  let lo = n.low ?? (c.qualifier === 'less-than' || c.qualifier === 'at-most' ? -Infinity : p ?? -Infinity);
  let hi = n.high ?? (c.qualifier === 'more-than' || c.qualifier === 'at-least' ? Infinity : p ?? Infinity);
  if (c.qualifier === 'more-than' && n.high === null) hi = Infinity;
  if (c.qualifier === 'less-than' && n.low === null) lo = -Infinity;
  return [lo, hi];
}

function intervalsMeet(a: Claim, b: Claim, tol: number): boolean {
  const [alo, ahi] = intervalOf(a);
  const [blo, bhi] = intervalOf(b);
  const slack = tol * Math.max(Math.abs(alo === -Infinity ? 0 : alo), Math.abs(bhi === Infinity ? 0 : bhi), Math.abs(blo === -Infinity ? 0 : blo), Math.abs(ahi === Infinity ? 0 : ahi));
  return alo <= bhi + slack && blo <= ahi + slack;
}

/**
 * Do two figures disagree? Stated figures are compared, not the intervals their qualifiers allow: "more
 * than 70,000" and "80,000" disagree (the reports differ in date or source). Ranges disagree only when
 * they do not meet.
 */
export function differ(a: Claim, b: Claim, tol: number): boolean {
  if (isVague(a) || isVague(b)) return false; // a vague amount contradicts no figure it was grouped with
  if (a.qualifier === 'range' && b.qualifier === 'range') return !intervalsMeet(a, b, tol);
  if (a.qualifier === 'range' || b.qualifier === 'range') {
    // "at least six" against "10 or 11": the stated figure outside the range differs, whatever its qualifier allows
    const [r, other] = a.qualifier === 'range' ? [a, b] : [b, a];
    const x = pointOf(other);
    const [lo, hi] = intervalOf(r);
    return x !== null && (x < lo - tol * Math.abs(lo) || x > hi + tol * Math.abs(hi));
  }
  const p = pointOf(a);
  const q = pointOf(b);
  if (p === null || q === null) return false;
  return relDiff(p, q) > tol;
}

/** Members split into sets of figures that agree among themselves, largest (most sources) first. */
export function figureSets(members: Claim[], tol: number): Claim[][] {
  const stated = members.filter((c) => !isVague(c)).sort((a, b) => (pointOf(a) ?? 0) - (pointOf(b) ?? 0) || byPosition(a, b));
  const sets: Claim[][] = [];
  for (const c of stated) {
    // Sorted by figure: the set's first member is the one furthest from c.
    const last = sets[sets.length - 1];
    if (last && !differ(c, last[0]!, tol) && !differ(c, last[last.length - 1]!, tol)) last.push(c);
    else sets.push([c]);
  }
  const docs = (s: Claim[]) => new Set(s.map((c) => c.document)).size;
  sets.sort((x, y) => docs(y) - docs(x) || (pointOf(x[0]!) ?? 0) - (pointOf(y[0]!) ?? 0));
  // A vague amount goes with the first (most sourced) set it allows, or stands alone.
  const vague: Claim[] = [];
  for (const v of members.filter(isVague)) {
    const home = sets.find((s) => s.every((c) => inVague(v, c)));
    if (home) home.push(v);
    else vague.push(v);
  }
  return vague.length ? [...sets, vague] : sets;
}

function inVague(v: Claim, c: Claim): boolean {
  const x = pointOf(c);
  return x !== null && (v.low === null || x >= v.low) && (v.high === null || x <= v.high);
}

/**
 * Do two sources in the group disagree? Members of one document never differ (see compatible), so for
 * stated figures the lowest and the highest decide; ranges are checked pair by pair (bounded).
 */
function groupDisagrees(members: Claim[], tol: number): boolean {
  const ranged = members.filter((c) => c.qualifier === 'range');
  const points = members.filter((c) => c.qualifier !== 'range' && !isVague(c) && pointOf(c) !== null).sort((a, b) => pointOf(a)! - pointOf(b)!);
  if (points.length >= 2) {
    const lo = points[0]!;
    const hi = points[points.length - 1]!;
    if (lo.document !== hi.document && differ(lo, hi, tol)) return true;
    // Both extremes in one text (it cites two sources): each against the other end of the other texts.
    if (lo.document === hi.document) {
      const hiElse = points.findLast((c) => c.document !== lo.document);
      const loElse = points.find((c) => c.document !== hi.document);
      if ((hiElse && differ(lo, hiElse, tol)) || (loElse && differ(loElse, hi, tol))) return true;
    }
  }
  for (const r of ranged.slice(0, MAX_CHECKED_MEMBERS)) {
    for (const m of members.slice(0, MAX_CHECKED_MEMBERS)) if (m !== r && m.document !== r.document && differ(r, m, tol)) return true;
  }
  return false;
}

function describe(measure: string, group: Claim[], ctx: CompareContext): Comparison {
  const sorted = [...group].sort(byPosition);
  const disagree = groupDisagrees(sorted, ctx.tolerance);
  const sets = disagree ? figureSets(sorted, ctx.tolerance) : [sorted];
  const scope = commonScope(sorted);
  // What each source says: the stated figures, then vague amounts in their own words.
  const stated = sets.map((s) => s.filter((c) => !isVague(c))).filter((s) => s.length);
  const vagueByText = new Map<string, Claim[]>();
  for (const c of sorted.filter(isVague)) {
    const same = vagueByText.get(c.text.toLowerCase());
    if (same) same.push(c);
    else vagueByText.set(c.text.toLowerCase(), [c]);
  }
  const parts = [...stated, ...vagueByText.values()]
    .map((s) => [...s].sort(byPosition))
    .sort((x, y) => byPosition(x[0]!, y[0]!))
    .map((s) => {
      const docs = [...new Set(s.map((c) => c.document))];
      const sources = [...new Set(s.map((c) => c.attributedTo).filter((x): x is string => !!x))];
      const cite = sources.length ? ` (citing ${sources.join(', ')})` : '';
      return `${docs.join(', ')} ${docs.length > 1 ? 'say' : 'says'} ${figureLabel(s)}${cite}`;
    });
  const overlap = disagree && stated.every((s) => stated.every((t) => s === t || s.some((a) => t.some((b) => intervalsMeet(a, b, 0)))));
  const history = disagree ? reportOrder(stated, ctx) : null;
  const risen = disagree && !history ? roseTo(stated) : null;
  let summary = history ? historyText(history, ctx) : parts.join('; ');
  if (disagree) {
    summary += risen
      ? ` — ${risenText(risen)}: the lower figure is an earlier report`
      : overlap
        ? ' — the qualifiers leave room for both, but the stated figures differ: the reports may come from different dates or sources'
        : history ? ' — the figure changed between reports' : ' — the figures cannot all be right';
  } else {
    summary = `${summary} — consistent`;
  }
  const figures: FigureSet[] = sets.map((s) => ({
    label: figureLabel(s),
    claims: [...s].sort(byPosition).map((c) => c.id),
    documents: [...new Set([...s].sort(byPosition).map((c) => c.document))],
  }));
  const notes = notesOf(sorted, overlap, !!history || !!risen || sorted.some((c) => c.hints?.marks?.includes('earlier-report')) && disagree, ctx);
  return {
    measure, scope, subject: commonSubject(sorted), verdict: disagree ? 'disagree' : 'agree', notes, claims: sorted.map((c) => c.id), summary, figures,
  };
}

/**
 * "the death toll rose to 55" against "more than 40" elsewhere: the text that says the figure rose gives the
 * highest figure of the comparison, so the lower ones are earlier reports (not a contradiction of sources).
 */
function roseTo(stated: Claim[][]): Claim[] | null {
  const risen = stated.filter((s) => s.some((c) => c.hints?.marks?.includes('later-report')));
  if (risen.length !== 1 || stated.length < 2) return null;
  const top = Math.max(...risen[0]!.map((c) => pointOf(c) ?? -Infinity));
  return stated.every((s) => s === risen[0] || s.every((c) => (pointOf(c) ?? Infinity) < top)) ? risen[0]! : null;
}

/** "eastmark-post.txt says the figure rose to 55": the documents whose wording says so. */
function risenText(set: Claim[]): string {
  const docs = [...new Set(set.filter((c) => c.hints?.marks?.includes('later-report')).map((c) => c.document))];
  return `${docs.join(', ')} ${docs.length > 1 ? 'say' : 'says'} the figure rose to ${figureLabel(set)}`;
}

/** The notes of a comparison, in the contract's order. */
function notesOf(members: Claim[], overlap: boolean, earlier: boolean, ctx: CompareContext): ComparisonNote[] {
  const notes: ComparisonNote[] = [];
  if (overlap) notes.push('qualifiers-compatible');
  if (earlier) notes.push('earlier-report');
  // (a caliber's "caliber" is a word of the figure, not a unit converted)
  const units = new Set(members.filter((c) => c.dimension !== 'money' && c.measure !== 'caliber').map((c) => c.unit ?? ''));
  if (units.size > 1) notes.push('unit-converted');
  const currencies = new Set(members.filter((c) => c.dimension === 'money').map((c) => c.unit ?? ''));
  if (currencies.size > 1) notes.push('currency-converted');
  const originals = members.map((c) => ctx.copyOf.get(c.document)).filter((d): d is string => !!d);
  if (new Set(originals).size < new Set(members.filter((c) => ctx.copyOf.has(c.document)).map((c) => c.document)).size) notes.push('copies');
  return notes;
}

/** The figure sets in order of their first report, when the documents' dates set them apart; else null. */
function reportOrder(sets: Claim[][], ctx: CompareContext): Array<{ set: Claim[]; first: number; date: string }> | null {
  if (sets.length < 2) return null;
  const dated = sets.map((set) => {
    const times = set.map((c) => dateValue(ctx.dates.get(c.document))).filter((t): t is number => t !== null);
    return { set, times };
  });
  if (dated.some((d) => d.times.length === 0)) return null;
  const order = dated.map((d) => ({ set: d.set, first: Math.min(...d.times), last: Math.max(...d.times) })).sort((a, b) => a.first - b.first);
  // Each figure reported only after every report of the one before it: a change over time, not a split.
  for (let i = 1; i < order.length; i++) if (order[i]!.first <= order[i - 1]!.last) return null;
  return order.map((o) => ({ set: o.set, first: o.first, date: new Date(o.first).toISOString().slice(0, 10) }));
}

/** "first reports: 1 (ibtimes, 2013-07-02); later: 24 (bbc, 2013-07-03)". */
function historyText(order: Array<{ set: Claim[]; date: string }>, _ctx: CompareContext): string {
  return order.map((o, i) => {
    const docs = [...new Set(o.set.map((c) => c.document))].join(', ');
    return `${i === 0 ? 'first reports' : 'later'}: ${figureLabel(o.set)} (${docs}, ${o.date})`;
  }).join('; ');
}

function commonSubject(claims: Claim[]): string | null {
  const named = claims.map((c) => c.subject).filter((s): s is string => !!s);
  return named.sort((a, b) => b.length - a.length)[0] ?? null;
}

function commonScope(claims: Claim[]): string | null {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.scope) counts.set(c.scope, (counts.get(c.scope) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [s, k] of [...counts.entries()].sort()) if (k > n) [best, n] = [s, k];
  return best;
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '', about: 'about ', 'more-than': 'more than ', 'at-least': 'at least ', 'less-than': 'less than ', 'at-most': 'at most ', range: '', vague: '',
};

/** "more than 70,000" when every claim of the set says so, "80,000" when their qualifiers differ. */
function figureLabel(all: Claim[]): string {
  const set = all.some((x) => !isVague(x)) ? all.filter((x) => !isVague(x)) : all;
  const c = set[0]!;
  if (isVague(c)) return `"${c.text}"`;
  if (c.dimension === 'time-of-day') return c.text; // "2:10 a.m." as written
  if (c.measure === 'caliber' && typeof c.value === 'number' && c.value < 1) return `.${String(c.value).split('.')[1] ?? ''} caliber`; // ".357 caliber"
  const quals = new Set(set.map((x) => x.qualifier));
  if (c.qualifier === 'range') return `${formatNumber(c.low)}-${formatNumber(c.high)}`;
  const prefix = quals.size === 1 ? QUALIFIER_WORDS[c.qualifier] ?? '' : '';
  const plural = c.unit && /^(?:year|month|week|day|hour|minute|second)$/.test(c.unit) && pointOf(c) !== 1 ? 's' : '';
  const unit = c.unit === 'age' ? '' : c.unit && c.unit !== '%' ? ` ${c.unit}${plural}` : c.unit === '%' ? '%' : '';
  // the figure as written, in the unit it was written in (not the base unit it was compared in)
  const written = typeof c.value === 'number' ? c.value : c.low !== null && c.high !== null ? (c.low + c.high) / 2 : c.low ?? c.high;
  if (c.unit && /^[A-Z]{3}$/.test(c.unit)) return `${prefix}${c.unit} ${formatNumber(written)}`; // "USD 334,000,000"
  return `${prefix}${formatNumber(written)}${unit}`;
}

// Made on first use: building an Intl formatter at module load costs tens of milliseconds in every worker.
let numberFormat: Intl.NumberFormat | undefined;
export const formatNumber = (n: number | null): string => {
  if (n === null) return '?';
  // What Intl writes for positive numbers, without building a formatter (tens of milliseconds): like Intl,
  // round the shortest decimal form of the number half up to three decimals, then group thousands.
  if (n >= 0.001 && n < 1e21) {
    const [int, frac = ''] = String(n).split('.') as [string, string | undefined];
    if (frac.length <= 3) return groupThousands(int) + (frac ? `.${frac}` : '');
    let digits = int + frac.slice(0, 3);
    if (frac.charCodeAt(3) >= 53) digits = incrementDigits(digits); // '5'..'9'
    const whole = digits.slice(0, -3);
    const decimals = digits.slice(-3).replace(/0+$/, '');
    return groupThousands(whole) + (decimals ? `.${decimals}` : '');
  }
  if (n === 0 && !Object.is(n, -0)) return '0';
  return (numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })).format(n);
};

/** "1999" → "2000": one added to a string of decimal digits. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i);
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}
