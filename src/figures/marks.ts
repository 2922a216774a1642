import type { TokenWords } from './scope.js';
import type { ScopeMark } from './types.js';

// Scope evidence in a claim's own clause that sets its figure apart from the story's toll: an earlier
// report ("initial reports said two were killed"), another event recalled ("in last year's attack"), a part
// of the whole ("two remain hospitalized", "including two children"), a toll with or without the perpetrator.

const EARLIER_REPORT = /\b(?:initial(?:ly)?|preliminary|early|earlier|first) (?:reports?|figures?|counts?|estimates?|accounts?)\b|\binitially\b|\bat first\b/;
// (Not "deadliest" or "worst since 1990": those compare this event with others, and its own toll follows.)
const EVENT_NOUNS = '(?:shooting|attack|incident|quake|earthquake|bombing|flood|storm|hurricane|fire|eruption|crash|disaster)';
const OTHER_EVENT = new RegExp(`\\b(?:last (?:year|month|week)|previous|prior|another ${EVENT_NOUNS}|(?:a |an )?(?:separate|similar|earlier) ${EVENT_NOUNS}|(?:last|previous) (?:\\w+ )?${EVENT_NOUNS})\\b`);
// "a series of shootings that have left three people dead": a sum over several events, not this one's toll
const SERIES = /\b(?:series|string|spate|wave|rash|cycle) of (?:\S+ ){0,2}(?:shootings|attacks|killings|bombings|incidents|murders|homicides)\b/;
// "in their five operations so far", "during the five operations it carried out": a total over several operations
const OPERATIONS = /\b(?:in|during|over|across|from) (?:all |the |their |its |his |her |these |those )*(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+) (?:\w+ )?(?:operations|missions|raids|patrols|deployments|sorties|interceptions|seizures)\b/;
const STILL = /\b(?:still|remain(?:s|ed)?|remaining)\b.{0,25}\b(?:hospitali[sz]ed|in (?:the )?hospital|in (?:critical|serious|stable|fair|grave) condition)\b|\b(?:in (?:critical|serious|grave) condition)\b/;
const WITH_PERPETRATOR = /\b(?:including|counting|among them) (?:the |a )?(?:gunman|shooter|suspect|attacker|assailant|perpetrator|bomber)\b/;
const WITHOUT_PERPETRATOR = /\b(?:not (?:including|counting)|excluding|besides|in addition to|plus|as well as) (?:the |a )?(?:gunman|shooter|suspect|attacker|assailant|perpetrator|bomber)\b/;
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
  if (OTHER_EVENT.test(clause) || SERIES.test(clause) || OPERATIONS.test(clause)) marks.push('other-event');
  // "two remain hospitalized" counts those still there, not the injured; "including two children" a part
  if (STILL.test(after.split(/ [,;] /)[0]!) || low[first - 1] === 'including' || low[first - 2] === 'including') marks.push('part-of-whole');
  if (WITHOUT_PERPETRATOR.test(clause)) marks.push('excludes-perpetrator');
  else if (WITH_PERPETRATOR.test(clause)) marks.push('includes-perpetrator');
  return marks;
}
