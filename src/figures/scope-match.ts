import { countryOf, isCountry } from './countries.js';
import type { ScopeHints } from './types.js';

// Do the scope hints of two figures contradict each other (another place, year, month, weekday, period)?
// Hints are prepared once per claim, so that comparing thousands of figures stays cheap.

/** Periods whose lengths differ more than this factor cover different spans of time. */
const MAX_PERIOD_RATIO = 1.5;

/** Articles of transliterated names: "Al-Qusair" and "Qusair" are one town. */
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'an', 'ash', 'at', 'az', 'ul', 'de', 'la', 'le', 'du', 'san', 'st']);
const GENERIC_PLACE_WORDS = new Set(['island', 'city', 'town', 'province', 'state', 'county', 'areas', 'area', 'region', 'village', 'villages', 'the', 'of']);

/** Last words of street names: a street locates a figure inside its town, it names no other town. */
const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'boulevard', 'blvd', 'road', 'rd', 'drive', 'lane', 'highway', 'parkway']);
const isStreet = (place: string) => {
  const words = place.split(/\s+/);
  return words.length > 1 && STREET_WORDS.has(words[words.length - 1]!.replace(/\.$/, ''));
};

interface Prepared {
  places: Set<string>;
  /** Every place named is a street. */
  onlyStreets: boolean;
  words: Set<string>;
  countries: Set<string>;
  onlyCountries: boolean;
  noCountry: boolean;
  /** Places below countries, and their words. */
  own: Set<string>;
  ownWords: Set<string>;
  docPlaces: Set<string> | null;
  docPlaceWords: Set<string> | null;
  docCountries: Set<string> | null;
  years: string[];
  months: string[];
  days: string[];
  past: string[];
  periodDays: number | null;
}

const placeWords = (places: Iterable<string>) => {
  const out = new Set<string>();
  for (const p of places) for (const w of p.split(/[\s-]+/)) if (w && !GENERIC_PLACE_WORDS.has(w) && !NAME_PARTICLES.has(w)) out.add(w);
  return out;
};
const meets = <T>(a: Set<T>, b: Set<T>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
};
const anyShared = (a: string[], b: string[]) => a.some((x) => b.includes(x));

export type ScopeConflict = 'other-place' | 'other-period';

/** One empty set and list for every claim without such hints (most): a prepared scope is kept per claim. */
const NO_STRINGS: Set<string> = new Set();
const NO_LIST: string[] = [];
const setOf = (xs: Iterable<string>) => {
  const s = new Set(xs);
  return s.size ? s : NO_STRINGS;
};
const nonEmpty = (s: Set<string>) => (s.size ? s : NO_STRINGS);
const withPrefix = (when: string[], prefix: string) => {
  const out = when.filter((w) => w.startsWith(prefix));
  return out.length ? out : NO_LIST;
};

export class ScopeMatcher {
  private readonly cache = new Map<ScopeHints, Prepared>();
  /** Sets of a document's places and countries, by list (a document's claims share their lists). */
  private readonly docSets = new Map<readonly string[], { set: Set<string>; words: Set<string> }>();


  compatible(ha: ScopeHints | undefined, hb: ScopeHints | undefined): boolean {
    return this.conflict(ha, hb) === null;
  }

  /** Why the two scopes cannot be one (another place, another time), or null when they may be. */
  conflict(ha: ScopeHints | undefined, hb: ScopeHints | undefined): ScopeConflict | null {
    if (!ha || !hb) return null;
    const a = this.prepare(ha);
    const b = this.prepare(hb);
    if (!this.placesAgree(a, b)) return 'other-place';
    // "earlier this year", "two years ago": only the same past meets.
    if ((a.past.length || b.past.length) && !anyShared(a.past, b.past)) return 'other-period';
    // Two figures that name years meet only in a shared year. A figure that names none is not placed in
    // another time by that silence: the other sentence may simply be dated ("the 1999 stabbing").
    if (a.years.length && b.years.length && !anyShared(a.years, b.years)) return 'other-period';
    if (a.months.length && b.months.length && !anyShared(a.months, b.months)) return 'other-period';
    if (a.days.length && b.days.length && !anyShared(a.days, b.days)) return 'other-period';
    if (a.periodDays !== null && b.periodDays !== null) {
      const [lo, hi] = a.periodDays < b.periodDays ? [a.periodDays, b.periodDays] : [b.periodDays, a.periodDays];
      if (lo <= 0 || hi / lo > MAX_PERIOD_RATIO) return 'other-period';
    }
    return null;
  }

  /** Shared place hints, for choosing the best group among compatible ones. */
  shared(ha: ScopeHints | undefined, hb: ScopeHints | undefined): number {
    if (!ha || !hb) return 0;
    const a = this.prepare(ha);
    const b = this.prepare(hb);
    let n = 0;
    for (const p of a.places) if (b.places.has(p)) n++;
    return n + ha.when.filter((w) => hb.when.includes(w)).length;
  }

  private placesAgree(a: Prepared, b: Prepared): boolean {
    if (a.places.size && b.places.size) {
      // A country against places below countries: the places may lie in it, if their document is there.
      if (a.onlyCountries && b.noCountry) return !b.docCountries || meets(a.countries, b.docCountries);
      if (b.onlyCountries && a.noCountry) return !a.docCountries || meets(b.countries, a.docCountries);
      return meets(a.countries, b.countries) || meets(a.words, b.words) || meets(a.places, b.places);
    }
    // Neither is placed: two documents about different countries tell different stories.
    // (Unless both documents are mostly about the same places: one names the navy's country most, the other
    // the pirates', both the gulf where it happened.)
    if (!a.places.size && !b.places.size) {
      return !a.docCountries || !b.docCountries || meets(a.docCountries, b.docCountries) || (!!a.docPlaceWords && !!b.docPlaceWords && meets(a.docPlaceWords, b.docPlaceWords));
    }
    // One figure is placed, the other not: the other is taken to be where its document mostly is.
    const [placed, other] = a.places.size ? [a, b] : [b, a];
    // "at Roosevelt Boulevard and Byberry Road" against no place: as if neither were placed.
    if (placed.onlyStreets) return !placed.docCountries || !other.docCountries || meets(placed.docCountries, other.docCountries);
    // Two documents mostly about the same places tell one story: a town one names as its own main place is
    // a detail of that story (not a past event elsewhere, which its document names in passing).
    const sameStory = !!placed.docPlaceWords && !!other.docPlaceWords && meets(placed.docPlaceWords, other.docPlaceWords)
      && meets(placed.ownWords, placed.docPlaceWords);
    if (placed.own.size) return !other.docPlaces || sameStory || meets(placed.ownWords, other.docPlaceWords!) || meets(placed.own, other.docPlaces);
    return !other.docCountries || meets(placed.countries, other.docCountries);
  }

  private prepare(h: ScopeHints): Prepared {
    let p = this.cache.get(h);
    if (p) return p;
    const countries: string[] = [];
    const own: string[] = [];
    for (const place of h.places) {
      const c = countryOf(place);
      if (c) countries.push(c);
      else own.push(place);
    }
    const docPlaces = h.docPlaces?.length ? this.docSet(h.docPlaces) : null;
    p = {
      places: setOf(h.places),
      onlyStreets: h.places.length > 0 && h.places.every(isStreet),
      words: nonEmpty(placeWords(h.places)),
      countries: setOf(countries),
      onlyCountries: h.places.length > 0 && h.places.every(isCountry),
      noCountry: countries.length === 0,
      own: setOf(own),
      ownWords: nonEmpty(placeWords(own)),
      docPlaces: docPlaces?.set ?? null,
      docPlaceWords: docPlaces?.words ?? null,
      docCountries: h.docCountries?.length ? this.docSet(h.docCountries).set : null,
      years: withPrefix(h.when, 'y:'),
      months: withPrefix(h.when, 'm:'),
      days: withPrefix(h.when, 'd:'),
      past: withPrefix(h.when, 'past:'),
      periodDays: h.periodDays,
    };
    this.cache.set(h, p);
    return p;
  }

  private docSet(list: readonly string[]): { set: Set<string>; words: Set<string> } {
    let d = this.docSets.get(list);
    if (!d) this.docSets.set(list, (d = { set: new Set(list), words: placeWords(list) }));
    return d;
  }
}
