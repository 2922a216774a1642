import type { TokenWords } from './scope.js';
import type { ScopeMark } from './types.js';

// Scope evidence in a claim's own clause that sets its figure apart from the story's toll: an earlier
// report ("initial reports said two were killed"), another event recalled ("in last year's attack"), a part
// of the whole ("two remain hospitalized", "including two children"), a toll with or without the perpetrator.

const EARLIER_REPORT = /\b(?:initial(?:ly)?|preliminary|early|earlier|first) (?:reports?|figures?|counts?|estimates?|accounts?)\b|\binitially\b|\bat first\b/;
// (Not "deadliest" or "worst since 1990": those compare this event with others, and its own toll follows.)
const EVENT_NOUNS = '(?:shooting|attack|incident|quake|earthquake|bombing|flood|storm|hurricane|fire|eruption|crash|disaster)';
// ("last week" is left out: a follow-up story's "the three killed last week" is most often this event's toll)
const OTHER_EVENT = new RegExp(`\\b(?:last (?:year|month)|previous|prior|another ${EVENT_NOUNS}|(?:a |an )?(?:separate|similar|earlier) ${EVENT_NOUNS}|(?:last|previous) (?:\\w+ )?${EVENT_NOUNS})\\b`);
// "police do not know if a drive-by shooting ... is connected": an event introduced as maybe linked is another one
const MAYBE_LINKED = new RegExp(`\\b(?:if|whether) (?:a|an) (?:\\S+ ){0,3}${EVENT_NOUNS}\\b.*\\b(?:is|was|are|were) (?:connected|related|linked)\\b`);
// "a series of shootings that have left three people dead": a sum over several events, not this one's toll
const SERIES = /\b(?:series|string|spate|wave|rash|cycle) of (?:\S+ ){0,2}(?:shootings|attacks|killings|bombings|incidents|murders|homicides)\b/;
// "in their five operations so far", "during the five operations it carried out": a total over several operations
const OPERATION_NOUNS = ['operations', 'missions', 'raids', 'patrols', 'deployments', 'sorties', 'interceptions', 'seizures'];
const OPERATIONS = new RegExp(`\\b(?:in|during|over|across|from) (?:all |the |their |its |his |her |these |those )*(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\\d+) (?:\\w+ )?(?:${OPERATION_NOUNS.join('|')})\\b`);
/**
 * OPERATIONS.test, asked only of a clause that names one of its nouns: most clauses name none, and the
 * pattern, tried at every word, cost more than the few substring searches.
 */
function namesOperations(clause: string): boolean {
  for (let i = 0; i < OPERATION_NOUNS.length; i++) if (clause.includes(OPERATION_NOUNS[i]!)) return OPERATIONS.test(clause);
  return false;
}
const STILL = /\b(?:still|remain(?:s|ed)?|remaining)\b.{0,25}\b(?:hospitali[sz]ed|in (?:the )?hospital|in (?:critical|serious|stable|fair|grave) condition)\b|\b(?:in (?:critical|serious|grave) condition)\b/;
const WITH_PERPETRATOR = /\b(?:including|counting|among them) (?:(?:the |a )?(?:gunman|shooter|suspect|attacker|assailant|perpetrator|bomber)|himself|herself)\b/;
const WITHOUT_PERPETRATOR = /\b(?:not (?:including|counting)|excluding|besides|in addition to|plus|as well as) (?:the |a )?(?:gunman|shooter|suspect|attacker|assailant|perpetrator|bomber)\b/;
// "killed two people and then himself": the toll of the victims, the perpetrator told apart
const AND_HIMSELF = /^(?:\S+ ){0,3}and (?:then )?(?:himself|herself)\b/;
// "An ex-officer was found dead after he allegedly killed his wife": the one counted is the perpetrator
const PERPETRATOR_OWN = /^(?:\S+ ){0,12}(?:after|before) (?:he|she) (?:had )?(?:allegedly |reportedly |apparently )?(?:killed|shot|murdered|stabbed|opened fire)\b/;
const THE_OTHER = /^(?:\S+ ){0,3}[,;] (?:and |while |but )?the other\b/;
const ONE_PERSON = new Set(['a', 'an', 'one']);
// "the death toll rose to 55": the figure is a later report, so a lower one elsewhere is an earlier report
const RISEN_TO = /\b(?:rose|risen|climbed|jumped|increased|grew|grown|mounted|soared|swelled|swollen) to (?:(?:at least|more than|over|about|around|nearly|some) )?$/;
const CLAUSE_ENDS = new Set([';', ':', '(', ')', '.', '\u2014']);
const CLAUSE_WINDOW = 25;

/** The marks of the claim at tokens [first, last] of a sentence. */
export function scopeMarks(view: TokenWords, first: number, last: number): ScopeMark[] {
  const low = view.low;
  let from = first;
  while (from > 0 && first - from < CLAUSE_WINDOW && !CLAUSE_ENDS.has(low[from - 1]!)) from--;
  let to = last;
  while (to + 1 < low.length && to - last < CLAUSE_WINDOW && !CLAUSE_ENDS.has(low[to + 1]!)) to++;
  const clause = low.slice(from, to + 1).join(' ');
  const after = low.slice(last + 1, to + 1).join(' ');
  const marks: ScopeMark[] = [];
  if (EARLIER_REPORT.test(clause)) marks.push('earlier-report');
  else if (RISEN_TO.test(`${low.slice(from, first).join(' ')} `)) marks.push('later-report');
  const series = SERIES.test(clause) || namesOperations(clause);
  if (series || OTHER_EVENT.test(clause) || MAYBE_LINKED.test(clause)) marks.push('other-event');
  // a sum over the series the story belongs to: outlets giving it name one total (compared among themselves)
  if (series) marks.push('series-total');
  // "two remain hospitalized" counts those still there, not the injured; "including two children" a part
  // "two women on the porch - one dead, the other critically injured": one of a group split in two
  const split = THE_OTHER.test(after);
  if (STILL.test(after.split(/ [,;] /)[0]!) || low[first - 1] === 'including' || low[first - 2] === 'including' || split) marks.push('part-of-whole');
  if (WITHOUT_PERPETRATOR.test(clause) || AND_HIMSELF.test(after)) marks.push('excludes-perpetrator');
  else if (WITH_PERPETRATOR.test(clause) || (ONE_PERSON.has(low[first]!) && PERPETRATOR_OWN.test(after))) marks.push('includes-perpetrator');
  return marks;
}
