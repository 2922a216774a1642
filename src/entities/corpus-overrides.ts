/**
 * Override layer at corpus level, decided before merging, each rule with its reason code (`--explain`): what
 * one mention cannot show but the corpus does.
 * - A name of an unknown given name and a surname the corpus uses for a person ("Amorian Hale" beside "Derrick
 *   Hale", "Daquarion Hunter" beside "Hunter said") is a person, whatever the model made of the rare first word.
 * - A one-word name the corpus mostly puts after a place preposition ("in Marrero", "near Magnolia") and never
 *   as a person's surname is a place (a town a surname list also knows).
 * - A one-word name the model types a person that is the body of a place name in the corpus, after a compass
 *   word ("Flatbush" beside "East Flatbush") or before an area's head ("Flatbush Borough"; not a building or a
 *   street, often named after a person: "Beethoven Hall"), is that place when
 *   nothing shows a person: no full name ends in it, no given name, no title, no person's cue beside it.
 * - Two bare names of a crossing ("at Church and Snyder") are streets when the corpus writes either with a
 *   street's head ("Snyder Ave.").
 */
import type { Evidence } from './extract.js';
import type { MentionTable } from './table.js';
import { COMMON_WORDS, DICTIONARY, FIRST_NAMES, isPlaceName } from './gazetteer.js';
import { nameKey } from './keys.js';
import { typedOnlyBy } from './types.js';
import { AREA_HEADS, COMPASS_PREFIXES, GROUP_WORDS, LANGUAGES, NEVER_NAMES, ORG_HEADS, OTHER_HEADS, PLACE_HEADS, STREET_HEADS, TITLE_WORDS } from './lexicon.js';

/**
 * Words with a capital and then small letters only (hyphens, apostrophes), or a second capital after a short
 * prefix ("DeMartrae", "McKenzie", "LaShawn"): no acronym, no "PlayStation".
 */
const NAME_SHAPE = /^\p{Lu}(?:\p{Ll}{1,2}\p{Lu})?\p{Ll}+(?:['\u2019-]\p{L}\p{Ll}*)*(?:\s+\p{Lu}(?:\p{Ll}{1,2}\p{Lu})?\p{Ll}+(?:['\u2019-]\p{L}\p{Ll}*)*){1,2}$/u;
const personish = (ev: Evidence) => ev[0] >= 0.5 && ev[0] >= ev[1] && ev[0] >= ev[2] && ev[0] >= ev[3];
const isHead = (w: string) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w) || TITLE_WORDS.has(w);
/** A first word no word list knows: the shape of a rare given name ("Amorian", "Daquarion"). */
const unknownWord = (w: string) => !DICTIONARY.has(w) && !COMMON_WORDS.has(w) && !NEVER_NAMES.has(w) && !isHead(w) && !isPlaceName(w);

interface KeyFacts {
  /** The first form met: its capitals tell a product ("PlayStation VR") from a name. */
  text: string;
  ev: Evidence;
  modelOnly: boolean;
  mentions: number;
  placeCue: number;
  /** Mentions with a person's cue beside them ("Gray said"). */
  personCue: number;
  /** Every mention is a name in a picture's credit: a photographer's, whose surname the story does not use. */
  creditOnly: boolean;
}

/** Summed evidence, whether every mention was typed by the model alone, and mention counts, by name key. */
function factsByKey(table: MentionTable): { byKey: Map<string, KeyFacts>; keyOfText: string[] } {
  const out = new Map<string, KeyFacts>();
  // A text's key is worked out once: texts repeat from mention to mention.
  const keyOfText: string[] = new Array(table.texts.length);
  for (let i = 0; i < table.size; i++) {
    const t = table.text[i]!;
    const text = table.texts[t]!;
    const k = (keyOfText[t] ??= nameKey(text));
    let e = out.get(k);
    if (!e) out.set(k, (e = { text, ev: [0, 0, 0, 0], modelOnly: true, mentions: 0, placeCue: 0, personCue: 0, creditOnly: true }));
    const ev = table.evOf(i);
    for (let j = 0; j < 4; j++) e.ev[j]! += ev[j]!;
    const reasons = table.reasonsOf(i);
    if (!typedOnlyBy(reasons, 'model')) e.modelOnly = false;
    if (!typedOnlyBy(reasons, 'named-in-credit')) e.creditOnly = false;
    e.mentions++;
    if (table.placeCue[i]) e.placeCue++;
    if (table.personCue.has(i)) e.personCue++;
  }
  return { byKey: out, keyOfText };
}

/** Place-preposition mentions a one-word name needs, at least, and their least share of its mentions. */
const MIN_PLACE_PREPOSITIONS = 2;
const PLACE_PREPOSITION_SHARE = 0.4;

type CorpusReason = 'surname-of-a-person' | 'place-preposition' | 'body-of-place-name' | 'street-intersection';
const placeish = (ev: Evidence) => ev[2] > ev[0] && ev[2] >= ev[1] && ev[2] >= ev[3];

/** The one-word keys that are the body of a place name of the corpus: "flatbush" of "east flatbush" or "flatbush borough". */
function placeBodies(byKey: Map<string, KeyFacts>): Set<string> {
  const out = new Set<string>();
  byKey.forEach(({ ev }, k) => {
    const space = k.indexOf(' ');
    if (space < 0 || space !== k.lastIndexOf(' ') || !placeish(ev)) return;
    const first = k.slice(0, space);
    const second = k.slice(space + 1);
    if (COMPASS_PREFIXES.has(first) && !COMPASS_PREFIXES.has(second)) out.add(second);
    else if (AREA_HEADS.has(second) && !COMPASS_PREFIXES.has(first)) out.add(first);
  });
  return out;
}

/** Whether the one-word key `k`, the body of a place name, has no person's evidence beside the model's. */
function bodyOfPlaceName(k: string, facts: KeyFacts, bodies: Set<string>, surnames: Set<string>): boolean {
  return facts.modelOnly && facts.personCue === 0 && personish(facts.ev) && bodies.has(k) && !surnames.has(k) && !FIRST_NAMES.has(k) &&
    !isHead(k) && !LANGUAGES.has(k) && !GROUP_WORDS.has(k) && !NEVER_NAMES.has(k);
}

/** The keys to retype: as persons (an unknown first word, a person's surname last), as places (see above). */
function keysToRetype(byKey: Map<string, KeyFacts>): Map<string, CorpusReason> {
  const surnames = new Set<string>();
  const fullNameSurnames = new Set<string>();
  byKey.forEach(({ ev, creditOnly }, k) => {
    if (!personish(ev) || creditOnly) return;
    const last = k.slice(k.lastIndexOf(' ') + 1);
    surnames.add(last);
    if (last !== k) fullNameSurnames.add(last);
  });
  const out = new Map<string, CorpusReason>();
  const bodies = placeBodies(byKey);
  byKey.forEach((facts, k) => {
    const { text, ev, modelOnly, mentions, placeCue } = facts;
    if (bodies.size && k.indexOf(' ') < 0 && bodyOfPlaceName(k, facts, bodies, fullNameSurnames)) {
      out.set(k, 'body-of-place-name');
      return;
    }
    if (modelOnly && k.indexOf(' ') < 0 && placeCue >= MIN_PLACE_PREPOSITIONS &&
      placeCue >= PLACE_PREPOSITION_SHARE * mentions && (ev[0] > ev[1] || ev[3] > ev[1]) && !(ev[2] >= ev[0] && ev[2] >= ev[3]) &&
      !fullNameSurnames.has(k) && !FIRST_NAMES.has(k) && !isHead(k) && !LANGUAGES.has(k) && !GROUP_WORDS.has(k)) {
      out.set(k, 'place-preposition');
      return;
    }
    if (!modelOnly || personish(ev)) return;
    const words = k.split(' ');
    if (words.length < 2 || words.length > 3) return;
    const last = words[words.length - 1]!;
    if (!surnames.has(last) || isHead(last) || !unknownWord(words[0]!)) return;
    if (words.some((w) => w.length < 2 || isHead(w)) || isPlaceName(k) || !NAME_SHAPE.test(text)) return;
    out.set(k, 'surname-of-a-person');
  });
  return out;
}

const EVIDENCE: Record<CorpusReason, Evidence> = {
  'surname-of-a-person': [1, 0, 0, 0],
  'place-preposition': [0, 0, 1, 0],
  'body-of-place-name': [0, 0, 1, 0],
  'street-intersection': [0, 0, 1, 0],
};

/** The one-word keys that are the body of a street's name in the corpus: "snyder" of "snyder ave" or "snyder avenue". */
function streetBodies(byKey: Map<string, KeyFacts>): Set<string> {
  const out = new Set<string>();
  byKey.forEach((_, k) => {
    const space = k.indexOf(' ');
    if (space > 0 && space === k.lastIndexOf(' ') && STREET_HEADS.has(k.slice(space + 1).replaceAll('.', ''))) out.add(k.slice(0, space));
  });
  return out;
}

/**
 * The mentions of a bare crossing ("at Church and Snyder") where either name is the body of a street's name in
 * the corpus ("Snyder Ave."): streets, both. A name the corpus uses as a full name's surname is left alone.
 */
function streetCrossings(table: MentionTable, byKey: Map<string, KeyFacts>, keyOfText: string[]): number[] {
  if (!table.crossingPartner.size) return [];
  const bodies = streetBodies(byKey);
  // The last words of the full names typed a person, worked out once (not per crossing: a long input may hold many).
  const surnames = new Set<string>();
  byKey.forEach(({ ev }, k) => {
    const space = k.lastIndexOf(' ');
    if (space > 0 && personish(ev)) surnames.add(k.slice(space + 1));
  });
  const out: number[] = [];
  table.crossingPartner.forEach((partner, i) => {
    const own = keyOfText[table.text[i]!]!;
    if ((bodies.has(own) || bodies.has(nameKey(partner))) && !surnames.has(own)) out.push(i);
  });
  return out;
}

/** Retypes, in the table, the mentions of the names these rules decide (the others untouched). */
export function applyCorpusOverrides(table: MentionTable): void {
  const { byKey, keyOfText } = factsByKey(table);
  for (const i of streetCrossings(table, byKey, keyOfText)) table.retype(i, EVIDENCE['street-intersection'], ['street-intersection']);
  const keys = keysToRetype(byKey);
  if (!keys.size) return;
  for (let i = 0; i < table.size; i++) {
    const reason = keys.get(keyOfText[table.text[i]!]!);
    if (reason) table.retype(i, EVIDENCE[reason], [reason]);
  }
}
