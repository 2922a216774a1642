import type { ParsedDocument } from '../corpus/parsed.js';
import type { Sentence, Token } from '../corpus/types.js';
import { accordingTo, reportingClause, type ReportingClause } from './attribution.js';
import { isNamedFamily, MONTHS, PLACE_NOUNS, TIME_UNIT_DAYS } from './lexicon.js';
import { isNationality, measureOf } from './measure.js';
import { findNumbers } from './numbers/index.js';
import { qualifiedBounds, tidyOrNull } from './numbers/found.js';
import { mayHoldNumber } from './numbers/starters.js';
import { countryOf, isCountry, opensLongCountryName } from './countries.js';
import { claimHints, DocumentWords, mainCountries, mainPlaces, nearestPlaceBefore, SentenceView, sentenceScope, type SentenceScope } from './scope.js';
import type { Claim, Normalized, NumberKind, NumberMatch, ScopeHints } from './types.js';
import { clockSeconds, normalize } from './normalize.js';
import { ageSubject, locatedThing } from './subject.js';
import { articleCounts, zeroCounts } from './word-counts.js';
import { scopeMarks } from './marks.js';
import { startsUpper, type TextCutter } from '../corpus/text.js';

// Numbers of a document become claims: amounts (counts, money, percentages, measures, durations) and
// tallies. Dates, years, times, ordinals and phone numbers never do.

const CLAIM_KINDS = new Set<NumberKind>(['count', 'money', 'percent', 'measure', 'duration', 'tally', 'time']);
/** Measures a count written without a numeral ("a man was killed", "no one was hurt") may have. */
const TOLL_MEASURES = new Set(['deaths', 'injured', 'shot', 'arrested', 'missing', 'casualties', 'victims']);
/** A sentence that may hold such a count. */
const TOLL_WORDS = /\b(?:kill|dead|die|death|fatal|slain|murder|injur|wound|hurt|hospitali|shot|struck|arrest|missing|casualt|victim|no one|nobody)/i;
/**
 * A clock time is the time of the event when the event is named just before it in its clause ("the shooting
 * happened at 2:10 a.m.", "shots were fired about 2:40 a.m."), not the time of a call, an arrival or an arrest.
 */
const EVENT_BEFORE_TIME = /\b(?:shooting|shot|shots|fired|gunfire|happened|occurred|attack|attacked|explosion|exploded|blast|quake|earthquake|struck|erupted|crash|crashed|collapsed|broke out|robbery|stabbing)\b[^,;.:()]{0,40}$/i;
const OTHER_ACTS = /\b(?:called|calls?|arrived?|arriving|responded|responding|dispatched|pronounced|died|arrested|booked|released|transported|taken|conference|vigil|scheduled|briefing|update|updated|posted)\b/i;

function isEventTime(cutter: TextCutter, sentenceStart: number, m: NumberMatch): boolean {
  if (clockSeconds(m.text) === null) return false;
  const before = cutter.cut(Math.max(sentenceStart, m.start - 60), m.start);
  const event = EVENT_BEFORE_TIME.exec(before);
  return !!event && !OTHER_ACTS.test(before.slice(event.index));
}

/** Numeric claims of one document, in text order, ids `<doc>#1`, `<doc>#2`, ... */
export function extractClaims(doc: ParsedDocument): Claim[] {
  const claims: Claim[] = [];
  let docScope: { docPlaces?: string[]; docCountries?: string[] } | undefined;
  // Lower-cased words of the whole document, made when its first amount is met and shared by every claim.
  let words: DocumentWords | undefined;
  const tokens = doc.tokens;
  const sentences = doc.sentences;
  /** Counts written with an article ("a man was killed"): one person each. */
  const singles = new Set<Claim>();
  // An indexed loop: until optimised, for-of makes an iterator result per sentence.
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const numbers = mayHoldNumber(tokens, sentence.tokenStart, sentence.tokenEnd)
      ? withinSentence(findNumbers(doc.text, sentence.start, sentence.end, doc.cutter.narrow), sentence) : [];
    const tolls = TOLL_WORDS.test(sentence.text) ? wordCountsIn(doc.text, sentence, numbers) : NO_WORD_COUNTS;
    const matches = tolls.matches.length ? [...numbers, ...tolls.matches].sort((a, b) => a.start - b.start) : numbers;
    if (!matches.length) continue;
    // The sentence's tokens and context are read only once it holds an amount (dates, years and ordinals do not count).
    let view: SentenceView | undefined;
    let context: SentenceContext | undefined;
    const readings = guardReadings(matches, doc.text, doc.cutter);
    for (let r = 0; r < readings.length; r++) {
      const raw = readings[r]!;
      if (!CLAIM_KINDS.has(raw.kind) && raw.unit !== 'age') continue;
      if (raw.kind === 'duration' && raw.text.includes(':')) continue; // clock durations (0:02:47)
      words ??= new DocumentWords(tokens, sentences.length, doc.lowerTokens);
      view ??= new SentenceView(words, sentence);
      context ??= withAntecedentScope(sentenceContext(view), view, words, sentences[s - 1]);
      const claim = toClaim(doc, sentence, view, raw, context, claims.length + 1, tolls.zeroMeasures.get(raw));
      if (!claim) continue;
      // a count written in words is a claim only as a toll; a clock time only as the time of the event
      if (tolls.matches.includes(raw)) {
        const [family, part] = (claim.measure ?? '').split(': ') as [string, string | undefined];
        if (!TOLL_MEASURES.has(family)) continue;
        // "a boy died" is the whole toll, one boy: a part is named only beside another ("two women and a man");
        // "a British man was killed" names a national among the dead, whatever the toll
        if (!part || !isNationality(part)) claim.measure = family;
      }
      if (raw.kind === 'time' && !claim.measure) continue;
      // The figure just before, when this one restates it in brackets ("58km (36 miles)", "€110bn ($141bn)").
      const restated = restates(claims[claims.length - 1], claim, doc.cutter) ? claims[claims.length - 1]! : null;
      // "110 billion euros ($141 billion)": a conversion the outlet made, at a rate and in a "$" of its own
      if (restated && claim.dimension === 'money') claim.measure = null;
      else if (restated) restatedQuantity(restated, claim);
      if (!claim.measure && claim.dimension === 'count') claim.measure = referentMeasure(claims, claim, doc.cutter);
      if (claim.measure) {
        docScope ??= documentScope(words, sentences);
        claim.hints = { ...claim.hints!, ...docScope };
        // a figure that took its measure from its bracketed conversion needs the document's scope too
        if (restated?.measure === claim.measure) restated.hints = { ...restated.hints!, ...docScope };
      }
      claims.push(claim);
      if (tolls.matches.includes(raw)) singles.add(claim);
    }
  }
  markListItems(claims, doc.text);
  markSinglesOfLargerTolls(claims, singles, doc.text);
  markTollsCountingPerpetrator(claims, doc.text);
  markSameTollsWithPerpetrator(claims);
  return claims;
}

/** Between two items of one list: a comma, "and", "or" ("14 rifles, 31 magazines and 923 rounds"). */
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/** Counted figures listed side by side share a list id (the first item's id), read by comparison. */
function markListItems(claims: Claim[], text: string): void {
  let listId: string | null = null;
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i - 1]!;
    const b = claims[i]!;
    const joined = a.measure && b.measure && a.dimension === 'count' && b.dimension === 'count' && b.start > a.end && b.start - a.end < 12
      && LIST_JOINT.test(text.slice(a.end, b.start));
    if (!joined) {
      listId = null;
      continue;
    }
    listId ??= a.id;
    a.hints = { ...a.hints!, list: listId };
    b.hints = { ...b.hints!, list: listId };
  }
}

/** The text says the perpetrator died: "killed himself", "the gunman was also killed", "took his own life". */
const PERPETRATOR_DIED = /\b(?:killed|shot) (?:himself|herself)\b|\bturned the gun on (?:himself|herself)\b|\btook (?:his|her) own life\b|\bself-inflicted\b|\b(?:gunman|shooter|suspect|attacker|assailant|perpetrator)\b[^.;]{0,40}\b(?:was|were) (?:also )?(?:killed|shot dead|fatally shot|found dead|dead)\b/i;

/**
 * "Two dead" and "leaving one person dead ... the shooter was also killed" in one text: the larger toll
 * counts the perpetrator, the smaller the victims. The larger is set apart so victims' tolls meet.
 */
function markTollsCountingPerpetrator(claims: Claim[], text: string): void {
  const tolls = claims.filter((c) => c.measure === 'deaths' && typeof c.value === 'number' && c.qualifier === 'exact' && !c.hints?.marks?.length);
  const values = new Set(tolls.map((c) => c.value as number));
  if (![...values].some((v) => values.has(v - 1) && v > 1)) return;
  // the victims' toll is the one told beside the perpetrator's death (its sentence or the next)
  const victims = new Set<number>();
  for (const c of tolls) {
    if (!values.has((c.value as number) + 1)) continue;
    const near = text.slice(Math.max(0, c.start - PERPETRATOR_REACH), Math.min(text.length, c.end + PERPETRATOR_REACH));
    if (PERPETRATOR_DIED.test(near)) victims.add(c.value as number);
  }
  for (const c of tolls) if (victims.has((c.value as number) - 1)) c.hints = { ...c.hints!, marks: ['includes-perpetrator'] };
}

/** "Four dead" in the headline and "four people were dead, including the shooter" below: one toll, the perpetrator's in it. */
function markSameTollsWithPerpetrator(claims: Claim[]): void {
  const withHim = new Set(claims.filter((c) => c.measure === 'deaths' && c.hints?.marks?.includes('includes-perpetrator')).map((c) => c.value));
  if (!withHim.size) return;
  for (const c of claims) {
    if (c.measure === 'deaths' && withHim.has(c.value) && !c.hints?.marks?.length) c.hints = { ...c.hints!, marks: ['includes-perpetrator'] };
  }
}
const PERPETRATOR_REACH = 250;

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_VICTIM = new RegExp(`\\b(${ORDINALS.join('|')}) (?:victim|death|body)\\b(?:\\W+\\w+){0,5}?\\W+(?:identified|named|died|dies|killed|dead)\\b`, 'i');

/**
 * "A woman was killed" in a text that also says "two people were killed" names one of the dead, not the
 * toll: a count written with an article is then a part of the whole.
 */
function markSinglesOfLargerTolls(claims: Claim[], singles: Set<Claim>, text: string): void {
  if (!singles.size) return;
  const largest = new Map<string, number>();
  // "Third victim in shootings identified": the text speaks of at least three dead
  const ordinal = ORDINAL_VICTIM.exec(text);
  if (ordinal) largest.set('deaths', ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 2);
  for (const c of claims) {
    // a toll with or without the perpetrator, or a later report, is still a toll of this event
    if (singles.has(c) || !c.measure || typeof c.value !== 'number' || c.hints?.marks?.some((m) => !m.endsWith('-perpetrator') && m !== 'later-report')) continue;
    largest.set(c.measure, Math.max(largest.get(c.measure) ?? 0, c.value));
  }
  for (const c of singles) {
    if (c.value === 1 && (largest.get(c.measure!) ?? 0) > 1) c.hints = { ...c.hints!, marks: [...(c.hints?.marks ?? []), 'part-of-whole'] };
  }
}

/** Characters back to the claim whose things a pronoun count ("two of them") counts. */
const REFERENT_REACH = 300;
const OF_THEM = /^\s+of (?:them|those|these)\b/i;
const THE_REST = /\bthe (?:remaining|other)\s+$/i;

/**
 * "Five skiffs approached … two of them managed to escape; the remaining three were boarded": a count with no
 * noun of its own that points back ("of them", "the remaining") counts what the claim just before it counted.
 * Only a plain counted noun is taken over: "three were killed, two of them children" names a part, not a toll.
 */
function referentMeasure(claims: Claim[], c: Claim, cutter: TextCutter): string | null {
  if (!OF_THEM.test(cutter.cut(c.end, c.end + 16)) && !THE_REST.test(cutter.cut(Math.max(0, c.start - 16), c.start))) return null;
  const before = claims[claims.length - 1];
  if (!before || before.document !== c.document || c.start - before.end > REFERENT_REACH || before.dimension !== 'count') return null;
  const m = before.measure;
  return m && !isNamedFamily(m) && !m.includes(':') && !m.includes(' ') ? m : null;
}

interface WordCounts {
  matches: NumberMatch[];
  /** The measure a zero's own noun names ("no casualties"). */
  zeroMeasures: Map<NumberMatch, string>;
}
const NO_WORD_COUNTS: WordCounts = { matches: [], zeroMeasures: new Map() };

/** Counts written without a numeral in the sentence, except where a number was found. */
function wordCountsIn(text: string, sentence: Sentence, numbers: NumberMatch[]): WordCounts {
  const zeroMeasures = new Map<NumberMatch, string>();
  const zeros = zeroCounts(text, sentence.start, sentence.end, sentence.text);
  for (const z of zeros) if (z.measure) zeroMeasures.set(z.match, z.measure);
  const all = [...zeros.map((z) => z.match), ...articleCounts(text, sentence.start, sentence.end, sentence.text)];
  const matches = all.filter((m) => !numbers.some((n) => n.start < m.end && m.start < n.end && n.kind !== 'other'));
  return { matches, zeroMeasures };
}

/** The matches that lie within the sentence; the array itself when all do (as almost always). */
function withinSentence(matches: NumberMatch[], sentence: Sentence): NumberMatch[] {
  const { start, end } = sentence;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (m.start < start || m.end > end) return matches.filter((x) => x.start >= start && x.end <= end);
  }
  return matches;
}

/** Where the document as a whole is: its main places and countries (fields left out when none stands out). */
function documentScope(words: DocumentWords, sentences: Sentence[]): { docPlaces?: string[]; docCountries?: string[] } {
  const places = mainPlaces(words, sentences, isCountry);
  const countries = mainCountries(words, sentences, countryOf, opensLongCountryName);
  return { ...(places.length ? { docPlaces: places } : {}), ...(countries.length ? { docCountries: countries } : {}) };
}

interface SentenceContext {
  scope: SentenceScope;
  source: string | null;
  /** ", the ministry said": the source of the figures before the clause, when no "according to" names one. */
  reporter: ReportingClause | null;
  titleCase: boolean;
}

function sentenceContext(view: SentenceView): SentenceContext {
  const source = accordingTo(view.tokens);
  return { scope: sentenceScope(view), source, reporter: source ? null : reportingClause(view.tokens), titleCase: view.titleCase };
}

const CONTINUING_SUBJECTS = new Set(['it', 'they']);
/**
 * "It killed 612 people": a sentence whose subject is a pronoun and that names no place or time of its own
 * goes on about the previous sentence's event, and takes its scope (to the clause that opens the sentence).
 */
function withAntecedentScope(ctx: SentenceContext, view: SentenceView, words: DocumentWords, previous: Sentence | undefined): SentenceContext {
  const own = ctx.scope;
  if (!previous || own.places.length || own.when.length || own.periodDays !== null || !CONTINUING_SUBJECTS.has(view.low[0] ?? '')) return ctx;
  const before = sentenceScope(new SentenceView(words, previous));
  if (view.titleCase || (!before.places.length && !before.when.length)) return ctx;
  return { ...ctx, scope: { places: before.places.map((p) => ({ name: p.name, at: 0 })), when: before.when, periodDays: before.periodDays } };
}

/** Characters between a number and the end of its counted noun, at most, for the noun to join its text. */
const PHRASE_TAIL = 64;

function toClaim(doc: ParsedDocument, sentence: Sentence, view: SentenceView, m: NumberMatch, ctx: SentenceContext, n: number, zeroMeasure?: string): Claim | null {
  const tokens = view.tokens;
  const range = tokenRange(tokens, m.start, m.end);
  const first = range[0];
  const last = range[1];
  if (first < 0) return null;
  // an age is a whole number of years (".28-year-old" is a detokenised calibre, not an age)
  const found = m.unit === 'age' ? { measure: Number.isInteger(m.value) && (m.value as number) >= 1 ? 'age' : null, phraseEnd: m.end }
    : m.kind === 'time' ? { measure: isEventTime(doc.cutter, sentence.start, m) ? 'time' : null, phraseEnd: m.end }
    : zeroMeasure ? { measure: zeroMeasure, phraseEnd: m.end }
    : measureOf(tokens, first, last, m.kind, m.unit, m.end, ctx.titleCase);
  const phraseEnd = found.phraseEnd;
  let measure = found.measure;
  const subject = measure === 'age' ? ageSubject(tokens, first, last) : measure === 'distance' ? distanceReference(tokens, last) ?? locatedThing(tokens, first) : null;
  const normal = m.kind === 'time'
    ? { dimension: 'time-of-day' as const, normalized: { value: clockSeconds(m.text), low: null, high: null, unit: 's' } }
    : normalize(m.kind, m.unit, m.value, m.low, m.high);
  // ".38-caliber", "a .357 Magnum", "38 caliber": one kind of figure, in inches, however it was written
  if (measure === 'caliber') Object.assign(normal, { dimension: 'other', normalized: { ...inchCaliber(normal.normalized), unit: 'in' } });
  // "a. 357 Magnum": a detokenised text moved the leading dot away; the figure written is .357
  const detachedDot = measure === 'caliber' && /\.\s$/.test(doc.slice(Math.max(0, m.start - 2), m.start));
  const written = detachedDot ? { value: normal.normalized.value, low: normal.normalized.low, high: normal.normalized.high } : m;
  // Things counted come whole: "wounding a third" is the third person, not a third of a toll.
  // (A quake's "6.7" is a magnitude and a gun's ".357" a caliber, not counts.)
  if (m.kind === 'count' && typeof m.value === 'number' && !Number.isInteger(m.value) && measure !== 'magnitude' && measure !== 'caliber' && !measure?.startsWith('fraction of ')) measure = null;
  // The counted noun ends the claim's text only when it is near: "1, 1, … 1 people" must not give each of
  // its n numbers a text running to "people" (output quadratic in the list).
  const end = Math.min(phraseEnd - m.end > PHRASE_TAIL ? m.end : phraseEnd, sentence.end);
  const pos = doc.position(m.start);
  let hints: ScopeHints = claimHints(tokens, ctx.scope, first);
  // "four prior arrests": the record is the measure itself, not another event set apart from the story
  const marks = measure ? scopeMarks(view, first, last).filter((k) => k !== 'other-event' || !measure!.startsWith('prior ')) : [];
  if (marks.length) hints = { ...hints, marks };
  if (measure === 'population') {
    // A population belongs to the place named just before it, whatever else the sentence names.
    // Without a name it cannot be told which place it counts, and it is not compared.
    const place = nearestPlaceBefore(view, first);
    if (place) hints = { ...hints, places: [place] };
    else measure = null;
  }
  return {
    id: `${doc.id}#${n}`,
    document: doc.id,
    text: doc.slice(m.start, end),
    value: written.value,
    low: written.low,
    high: written.high,
    qualifier: m.qualifier,
    unit: m.unit,
    measure,
    scope: describeScope(hints),
    attributedTo: ctx.source ?? (ctx.reporter && m.end <= ctx.reporter.at ? ctx.reporter.source : null),
    start: m.start,
    end,
    line: pos.line,
    column: pos.column,
    kind: m.kind,
    dimension: normal.dimension,
    normalized: normal.normalized,
    subject,
    hints,
  };
}

/** First and last token index overlapping [start, end); [-1, -1] when none. Binary search: sentences can be huge. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.length || tokens[lo]!.start >= end) return [-1, -1];
  let last = lo;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return [lo, last];
}

/** A readable scope: "Tripoli; on Saturday; over 3 days". Null when the sentence gives no hint. */
export function describeScope(h: ScopeHints): string | null {
  const parts: string[] = [];
  if (h.places.length) parts.push(h.places.join(', '));
  const when = h.when.map((w) => w.slice(w.indexOf(':') + 1));
  if (when.length) parts.push(when.join(', '));
  if (h.periodDays !== null) parts.push(`over ${formatDays(h.periodDays)}`);
  return parts.length ? parts.join('; ') : null;
}

function formatDays(d: number): string {
  const years = d / 365.25;
  if (years >= 3 || (years >= 1 && Math.abs(years - Math.round(years)) < 0.02)) return `${round(years)} years`;
  if (d >= 28) return `${round(d / 30.44)} months`;
  if (d >= 1) return `${round(d)} days`;
  return `${round(d * 24)} hours`;
}
const round = (x: number) => Math.round(x * 10) / 10;

/** "Varga (53)" and "ages 19 and 44": ages the number grammar reads as counts. */
function isBareAge(text: string, cutter: TextCutter, m: NumberMatch): boolean {
  if (!Number.isInteger(m.value) || (m.value as number) < 1 || (m.value as number) > 110 || !/^\d+$/.test(m.text)) return false;
  if (text[m.start - 1] === '(' && text[m.end] === ')' && /\p{Lu}[\p{L}'\u2019.-]*\s*$/u.test(cutter.cut(Math.max(0, m.start - 30), m.start - 1))) return true;
  return /\bages\s+(?:\d{1,3}(?:\s*,\s*|\s+(?:and|&|to)\s+))*$/i.test(cutter.cut(Math.max(0, m.start - 40), m.start));
}

/** The word just before a number ("March 3", "Feb. 3"). */
const WORD_BEFORE = /([A-Za-z]+)\.? $/;

/**
 * Cheap second opinions on the grammar's reading, for shapes whose misreading would create false claims:
 * a count right after a month name is a day of the month, "26-month" is a duration, "15-3 vote" a tally.
 */
function guardReadings(matches: NumberMatch[], text: string, cutter: TextCutter): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (m.kind !== 'count' || typeof m.value !== 'number') {
      out.push(m);
      continue;
    }
    // Each test below first looks at the one character its pattern needs, so most counts take no slice or regex.
    const spaceBefore = text.charCodeAt(m.start - 1) === 32;
    const before = spaceBefore ? cutter.cut(Math.max(0, m.start - 12), m.start) : '';
    const wordBefore = spaceBefore ? WORD_BEFORE.exec(before)?.[1] : undefined;
    const month = wordBefore?.toLowerCase();
    // "in '91": a year; "WDRB 41 Louisville News": a station's name
    if (/^\d\d$/.test(m.text) && /['\u2018\u2019]$/.test(cutter.cut(m.start - 1, m.start))) {
      out.push({ ...m, kind: 'year' });
      continue;
    }
    if (/\b[A-Z]{3,5} $/.test(cutter.cut(Math.max(0, m.start - 7), m.start)) && /^\d+$/.test(m.text) && !/^\s+[a-z]/.test(cutter.cut(m.end, m.end + 3))) {
      out.push({ ...m, kind: 'other' });
      continue;
    }
    // "six AK 47 rifles": a model name written with a space, as "AK-47" is with a hyphen
    if (/\b[A-Z]{2} $/.test(cutter.cut(Math.max(0, m.start - 4), m.start)) && /^\d{2,3}$/.test(m.text) && /^ [a-z]+s\b/.test(cutter.cut(m.end, m.end + 16))) {
      out.push({ ...m, kind: 'other' });
      continue;
    }
    if (isBareAge(text, cutter, m)) {
      out.push({ ...m, kind: 'other', unit: 'age' });
      continue;
    }
    if (month && MONTHS.has(month) && /^[A-Z]/.test(wordBefore!) && m.value >= 1 && m.value <= 31) {
      out.push({ ...m, kind: 'date' });
      continue;
    }
    if (text.charCodeAt(m.end) === 45) { // '-'
      const after = cutter.cut(m.end, m.end + 16);
      const hyphenUnit = /^-([a-z]+)\b/i.exec(after)?.[1]?.toLowerCase();
      if (hyphenUnit && TIME_UNIT_DAYS.has(hyphenUnit)) {
        out.push({ ...m, kind: 'duration', unit: hyphenUnit.replace(/s$/, ''), end: m.end + 1 + hyphenUnit.length, text: m.text + after.slice(0, 1 + hyphenUnit.length) });
        continue;
      }
    }
    const next = matches[i + 1];
    if (next && next.kind === 'count' && typeof next.value === 'number' && /^[-\u2013\u2014]$/.test(cutter.cut(m.end, next.start)) &&
      /^\s+(?:vote|votes|tally|margin|decision|ruling|win|victory|defeat|loss|score|majority)\b/i.test(cutter.cut(next.end, next.end + 12))) {
      const value = [m.value, next.value];
      out.push({ ...m, end: next.end, text: cutter.cut(m.start, next.end), kind: 'tally', value, low: null, high: null, unit: 'tally' });
      i++;
      continue;
    }
    if (m.text.length === 4 && /^(?:1[5-9]|20)\d\d$/.test(m.text) &&
      /\b(?:in|since|of|until|by|from|early|late|mid)\s+$/i.test(spaceBefore ? before : cutter.cut(Math.max(0, m.start - 12), m.start))) {
      out.push({ ...m, kind: 'year' });
      continue;
    }
    out.push(m);
  }
  return out;
}

const REFERENCE_FILLERS = new Set(['the', 'of', 'a', 'nearby', 'northern', 'southern', 'eastern', 'western', 'central']);

/** What a distance is measured from: "58 km from Tehran", "940 miles south of Tehran" → "Tehran"; null when unsaid. */
function distanceReference(tokens: Token[], last: number): string | null {
  for (let j = last + 1; j < tokens.length && j <= last + 7; j++) {
    const w = tokens[j]!.text.toLowerCase();
    if (w !== 'from' && w !== 'of') continue;
    let k = j + 1;
    // "from the town of Guffa", "of the capital Tehran"
    while (k < tokens.length && k <= j + 5 && (REFERENCE_FILLERS.has(tokens[k]!.text.toLowerCase()) || PLACE_NOUNS.has(tokens[k]!.text.toLowerCase()))) k++;
    const names: string[] = [];
    while (k < tokens.length && names.length < 3 && startsUpper(tokens[k]!.text) && tokens[k]!.kind === 'word') names.push(tokens[k++]!.text);
    return names.length ? names.join(' ') : null;
  }
  return null;
}

/** Is `c` a parenthetical restatement of the amount just before it ("€110bn ($141bn)")? */
function restates(before: Claim | undefined, c: Claim, cutter: TextCutter): boolean {
  return !!before && before.dimension === c.dimension && before.document === c.document && /^\s*\($/.test(cutter.cut(before.end, c.start));
}

/** Dimensions whose units convert exactly: a conversion in brackets is the same figure. */
const PHYSICAL = new Set(['length', 'mass', 'speed', 'area', 'temperature']);

/** A figure's interval under the qualifier it inherits, in the figure's own digits; unbounded without a value. */
function inheritedBounds(q: Claim['qualifier'], v: number | null): { low: number | null; high: number | null } {
  const bounds = v === null ? null : qualifiedBounds(q, v);
  return bounds ? { low: tidyOrNull(bounds.low), high: tidyOrNull(bounds.high) } : { low: null, high: null };
}

/**
 * "about 58km (36 miles) from the city": a bracketed conversion restates the figure before it, with its
 * qualifier ("about" holds for both) and its measure (named by the words around either).
 */
function restatedQuantity(before: Claim, c: Claim): void {
  if (!PHYSICAL.has(c.dimension) || before.unit === c.unit) return;
  if (c.qualifier === 'exact' && before.qualifier !== 'exact' && before.qualifier !== 'range' && before.qualifier !== 'vague') {
    const q = before.qualifier;
    Object.assign(c, { qualifier: q }, inheritedBounds(q, typeof c.value === 'number' ? c.value : null));
    c.normalized = { ...c.normalized, ...inheritedBounds(q, c.normalized.value) };
  }
  if (!c.measure && before.measure) c.measure = before.measure;
  else if (c.measure && !before.measure) before.measure = c.measure;
}

/**
 * Calibers in inches are fractions written with a leading dot that sources often drop or detach
 * ("38-caliber", "a. 357 Magnum"): 38 and .38 are one caliber, and 357 is .357 (metric calibers carry "mm").
 */
function inchCaliber(n: Normalized): Normalized {
  const v = n.value;
  if (v === null || !Number.isInteger(v) || v < 1) return n;
  const scale = 10 ** String(v).length;
  return { ...n, value: v / scale, low: n.low === null ? null : n.low / scale, high: n.high === null ? null : n.high / scale };
}
