/**
 * Evidence sums (type probabilities, see Evidence), countries acting as agents, capitals standing for
 * their country. (Typing itself is learned: typing.ts, model.ts.)
 */
import type { Token } from '../corpus/types.js';
import type { Part } from './chunker.js';
import { CAPITAL_OF, COMMON_WORDS, DICTIONARY } from './gazetteer.js';
import { PERSON_VERBS, PLACE_PREPS } from './lexicon.js';
import { BE_FORMS, HAVE_FORMS, MODAL_VERBS } from '../corpus/lexicon.js';
import type { Evidence } from './extract.js';
import { low } from './shape.js';
import { startsLower } from '../corpus/text.js';

/** compromise tags of verbs that show a name acting ("Sweden defeated", "Tehran says"). */
export const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Modal', 'Copula', 'Infinitive', 'Auxiliary']);

/** A copy of evidence to sum into. */
export const copyEvidence = (ev: Evidence): Evidence => [ev[0], ev[1], ev[2], ev[3]];

/** Adds evidence `from` into `into`. */
export function addEvidence(into: Evidence, from: Evidence): void {
  for (let i = 0; i < 4; i++) into[i]! += from[i]!;
}

const POSSESSIVE_END = /['\u2019]s?$/;
const DASH = /^[-\u2013\u2014]$/;
const AGENT_VERBS = /^(?:says|wants|lost|won|beat|made|took|gave|drew)$/;
const GOVERNMENT_VERBS = /^(has|is|was|says|wants|accused|backed)$/;

export const isVerb = (w: string) => VERB_TAGS.has(COMMON_WORDS.get(w) ?? '') || PERSON_VERBS.has(w) ||
  AGENT_VERBS.test(w) ||
  (w.length > 4 && w.endsWith('ed') && DICTIONARY.has(w));

/** A country acting as an agent, which news annotation types as an organisation. */
export function actsAsAgent(parts: Part[], tokens: Token[]): 0 | 1 | 2 {
  const last = parts[parts.length - 1]!;
  const tok = tokens[last.token]!;
  const next = tokens[last.token + 1];
  const prev = tokens[parts[0]!.token - 1];
  const after = tokens[last.token + 2];
  if (next?.kind === 'number' && after && DASH.test(after.text)) return 2;
  const before = tokens[parts[0]!.token - 2];
  if (prev?.kind === 'number' && before !== undefined && DASH.test(before.text)) return 2;
  if (tok.end > last.end) return 0; // possessive
  if (prev && PLACE_PREPS.has(low(prev.text))) return 0; // "the meeting in Amman will ..."
  return next && startsLower(next.text) && isVerb(next.text) && !isAuxiliary(next.text) ? 1 : 0;
}

/** Forms of "be" and "have" and the modals: they describe a place ("York is an ancient city") as often as they show an actor. */
const AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS, ...MODAL_VERBS]);
const isAuxiliary = (w: string) => AUXILIARIES.has(w) || AUXILIARY_TAGS.has(COMMON_WORDS.get(w) ?? '');
const AUXILIARY_TAGS = new Set(['Modal', 'Copula', 'Auxiliary']);

/** A capital used for its country's government: "Tehran says", "Washington and Moscow". `lowSpan`: the name in lower case. */
export function metonymOf(parts: Part[], tokens: Token[], lowSpan: string): string | undefined {
  if (parts.length > 2) return undefined;
  const country = CAPITAL_OF.get(lowSpan);
  if (!country) return undefined;
  const first = parts[0]!.token;
  const lastTok = parts[parts.length - 1]!.token;
  const prev = tokens[first - 1];
  if (prev && PLACE_PREPS.has(low(prev.text))) return undefined;
  const tok = tokens[lastTok]!;
  if (tok.end > parts[parts.length - 1]!.end && POSSESSIVE_END.test(tok.text)) return country;
  const next = tokens[lastTok + 1];
  if (!next) return undefined;
  const nw = low(next.text);
  if (VERB_TAGS.has(COMMON_WORDS.get(nw) ?? '') || PERSON_VERBS.has(nw) || GOVERNMENT_VERBS.test(nw)) return country;
  // "Washington and Moscow": two capitals coordinated.
  const other = lastTok + 2 < tokens.length ? tokens[lastTok + 2] : undefined;
  if (nw === 'and' && other && CAPITAL_OF.has(low(other.text))) return country;
  if (prev && low(prev.text) === 'and' && tokens[first - 2] && CAPITAL_OF.has(low(tokens[first - 2]!.text))) return country;
  return undefined;
}
