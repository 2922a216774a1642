/**
 * People named in a picture's credit ("Image: Jane Doe.", "Jane Doe/Getty Images", "(AGENCY/Jane Doe)"): strip
 * blanks the credit from the caption it reads for entities, and hands over the names in it shaped like a
 * person's (strip's `credit-name-for-entities`). A photographer is a person the page names; the agency,
 * the outlet and the credit's words are its furniture and stay out. A name is kept as a person's when it looks
 * like one (a given name and a surname, no organisation's or place's word) and its given name is known or the
 * typer's rules read it as a person's; it is no known organisation, news agency, country or place.
 */
import { makePart, type Part } from './chunker.js';
import { COMMON_WORDS, countryOf, DICTIONARY, isPlaceName, KNOWN_ORGS, LAST_NAMES, loadGazetteer } from './gazetteer.js';
import { newMention, type RawMention } from './extract.js';
import { isFirstName, low, personLike } from './shape.js';
import { NEWS_AGENCIES } from './lexicon.js';
import { typeCandidate } from './typing.js';
import type { Token } from '../corpus/types.js';

/** A name in a credit as strip gives it (its place in the document). */
export interface CreditNameSpan {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** The credit's evidence: a person (the typer's own reading decided whether the name is kept). */
const CREDIT_PERSON = (): [number, number, number, number] => [1, 0, 0, 0];

/** The mentions of the credits' names that read as a person's, typed person with reason `named-in-credit`. */
export function creditMentions(names: readonly CreditNameSpan[]): RawMention[] {
  if (!names.length) return [];
  loadGazetteer();
  const out: RawMention[] = [];
  for (const n of names) {
    if (!readsAsPerson(n)) continue;
    out.push(newMention(n.text, n.start, n.end, n.line, n.column, CREDIT_PERSON(), ['named-in-credit'], 0));
  }
  return out;
}

/**
 * Whether a credit's name is a person's: shaped like one, no organisation's, agency's or place's name, and a
 * person by one of the typer's rules (a known given name before a surname, a known surname), or by the model
 * with a known given name. The model alone reads any two unknown capitalised words out of a sentence as a
 * person's ("Freistaat Sachsen", "Mehr Infos" of a German credit): that is not enough here.
 */
function readsAsPerson(n: CreditNameSpan): boolean {
  const whole = low(n.text);
  if (KNOWN_ORGS.has(whole) || NEWS_AGENCIES.has(whole) || countryOf(n.text) !== undefined || isPlaceName(n.text)) return false;
  const { parts, tokens } = partsOf(n);
  if (!personLike(parts)) return false;
  const rest = parts.slice(1).filter((p) => !INITIAL.test(p.text));
  // No frequent word ends it ("Austin American-Statesman"); after a place's name, no ordinary word but a surname
  // ("Orlando Sentinel", "Virginia Tech"; not "Charlotte Gainsbourg").
  const last = rest[rest.length - 1];
  if (!last || last.lower.split('-').some((w) => COMMON_WORDS.has(w))) return false;
  if (isPlaceName(parts[0]!.text) && DICTIONARY.has(last.lower) && !LAST_NAMES.has(last.lower)) return false;
  const typed = typeCandidate(parts, tokens, { titled: false, country: false, place: false, nested: false, headline: false }, whole);
  const [person, organization, place, other] = typed.ev;
  const typedPerson = person >= 0.5 && person > organization && person > place && person > other;
  if (typed.reasons[0] !== 'model') return typedPerson;
  // A given name that is also an ordinary word ("Mark Wilson", "Nick Moreau"): the rest surnames or no ordinary words ("Man Shoves Snake").
  return typedPerson && isFirstName(parts[0]!.text) && rest.every((p) => LAST_NAMES.has(p.lower) || !DICTIONARY.has(p.lower));
}
const INITIAL = /^\p{Lu}\.$/u;

/** The words of a name as candidate parts, and as the tokens of a sentence that is the name alone. */
function partsOf(n: CreditNameSpan): { parts: Part[]; tokens: Token[] } {
  const parts: Part[] = [];
  const tokens: Token[] = [];
  for (const m of n.text.matchAll(/\S+/gu)) {
    const start = n.start + m.index!;
    parts.push(makePart(m[0], low(m[0]), start, start + m[0].length, tokens.length));
    tokens.push({ text: m[0], kind: 'word', start, end: start + m[0].length, sentence: 0 });
  }
  return { parts, tokens };
}
