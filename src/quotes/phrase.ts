import { hasTag, isStopwordOf, wordLexicon } from '../corpus/lexicon.js';
import { isSpaceCode, lowerCase, startsUpper } from '../corpus/text.js';
import {
  DEPARTMENT_WORDS, NAME_CONNECTORS, PERSONAL_PRONOUNS, PERSON_NOUNS, SOURCE_DOCUMENT_NOUNS, SPEAKING_NOUNS, TITLE_WORDS, WEEKDAYS_AND_MONTHS,
} from './lexicon.js';

export type Gender = 'm' | 'f' | null;

/** What the words at a cue say about the speaker. */
export interface SpeakerPhrase {
  /** The surface form, trimmed ("Colonel Abdel-Hamid Zakaria, a spokesman for the Free Syrian Army"). */
  mention: string;
  /** The name without titles ("Abdel-Hamid Zakaria") or the description without its article ("U.S. official"). */
  text: string;
  /** A proper name rather than a description. */
  named: boolean;
  /** A pronoun to resolve ('he', 'she', 'they', 'it', 'we', 'i'), or null. */
  pronoun: string | null;
  plural: boolean;
  gender: Gender;
  /** Looks like a person (a first name, a title, a person noun). */
  person: boolean;
}

const LEADING_FILLERS = new Set(
  ('but and so yet or nor meanwhile however also now still then later earlier instead separately nonetheless ' +
    'nevertheless moreover furthermore indeed thus hence besides finally today yesterday in on at by while when as ' +
    'even only ' +
    'after before since though although because if').split(' '),
);
const ARTICLES = new Set(['the', 'a', 'an']);
const TRAILING_JUNK = /^(on|in|at|for|from|with|by|to|of|and|or|but|last|this|\p{Ll}+ly)$/u;
const PREPOSITIONS = new Set(['in', 'at', 'during', 'after', 'before', 'on', 'from', 'with', 'since', 'following']);
const NAME_UNLIKE_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Gerund', 'Copula', 'Modal', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun']);

/** A capitalised word that compromise knows only as a verb or function word ("Hold", "Goes") is not a name. */
export const nameLikeWord = (w: string) =>
  !hasTagIn(w, NAME_UNLIKE_TAGS) && !/^(day|night)$/i.test(w) && !WEEKDAYS_AND_MONTHS.has(lowerCase(w));
/** Words after which a capitalised run is a complement, not the speaker ("leader of Hizballah"). */
const COMPLEMENT_MARKERS = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'by', 'the', 'a', 'an', 'to', 'and', 'or', "'s", 'close', 'near']);
const ORG_WORDS = new Set(
  ('department ministry council coalition army party committee organization organisation union agency commission ' +
    'observatory government nations house court company inc corp corporation times news post journal network bank ' +
    'fund institute university college association federation league group office bureau service services administration ' +
    'campaign foundation center centre board authority forces force senate congress parliament assembly court police ' +
    'command front movement alliance church state states kingdom republic').split(' '),
);

/** English stopwords of stopwords-iso (MIT), from the table strip uses to guess languages. */
const isStopword = (w: string) => isStopwordOf('en', w);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Organization', 'Demonym', 'Plural']);
const tagsOfWord = (w: string) => wordLexicon().get(lowerCase(w));
/** Does compromise's lexicon give the word one of these tags? */
const hasTagIn = (w: string, wanted: ReadonlySet<string>) => hasTag(tagsOfWord(w), wanted);
const DEMONYM = new Set(['Demonym']);

/**
 * "al-Assad", "bin-Laden": a particle and a hyphen (at index 2 or 3, tested first) before a capital; such a
 * word has at least four characters (no character is read past the end: that deoptimises the callers).
 */
const PARTICLE_NAME = /^(al|el|bin|ibn|de|van|von)-\p{Lu}/u;
export const isCapitalised = (w: string) =>
  startsUpper(w) || (w.length >= 4 && (w.charCodeAt(2) === 45 || w.charCodeAt(3) === 45) && PARTICLE_NAME.test(w));
const bareWord = (w: string) => lowerCase(w).replace(/\.$/, '');
const isTitle = (w: string) => {
  const b = bareWord(w);
  const titleish = (x: string) => TITLE_WORDS.has(x) || PERSON_NOUNS.has(x);
  return titleish(b) || (b.endsWith('s') && titleish(b.slice(0, -1)));
};

const MALE_NAME = new Set(['MaleName']);
const FEMALE_NAME = new Set(['FemaleName']);

/** Gender given by a first name (compromise's lexicon) or an honorific. */
export function genderOfName(words: string[]): Gender {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const b = bareWord(w);
    if (b === 'mr' || b === 'sir' || b === 'lord' || b === 'king' || b === 'prince') return 'm';
    if (b === 'mrs' || b === 'ms' || b === 'miss' || b === 'dame' || b === 'lady' || b === 'queen' || b === 'princess') return 'f';
    // The last word of a longer name is the surname, whatever given name it also is ("Rakeyia Scott").
    if (i > 0 && i === words.length - 1) break;
    const tags = tagsOfWord(w);
    if (hasTag(tags, MALE_NAME)) return 'm';
    if (hasTag(tags, FEMALE_NAME)) return 'f';
  }
  return null;
}

function genderOfDescription(words: string[]): Gender {
  const head = bareWord(words[words.length - 1] ?? '');
  if (/(woman|women|spokeswoman|chairwoman|congresswoman|mother|daughter|wife|sister|queen)$/.test(head)) return 'f';
  if (/(^man|spokesman|chairman|congressman|father|son|husband|brother|king)$/.test(head)) return 'm';
  return null;
}

/**
 * The name inside a capitalised phrase: the trailing capitalised run, without the titles before it
 * ("U.S. Secretary of State John Kerry" → "John Kerry"). Null when the phrase does not end in a name.
 */
export function nameOf(words: string[]): { name: string[]; titled: boolean; start: number } | null {
  let i = words.length;
  while (i > 0 && (isCapitalised(words[i - 1]!) || (NAME_CONNECTORS.has(lowerCase(words[i - 1]!)) && i < words.length))) i--;
  while (i < words.length && !isCapitalised(words[i]!)) i++;
  const start = i;
  let run = words.slice(i);
  while (run.length > 1 && (WEEKDAYS_AND_MONTHS.has(lowerCase(run[0]!)) || /-based$/i.test(run[0]!))) run = run.slice(1);
  if (!run.length) return null;
  let lastTitle = -1;
  run.forEach((w, k) => { if (isTitle(w)) lastTitle = k; });
  if (lastTitle < 0 || lastTitle === run.length - 1) return { name: run, titled: false, start };
  let rest = run.slice(lastTitle + 1);
  if (rest[0]?.toLowerCase() === 'of') {
    rest = rest.slice(1);
    const before = rest.length;
    while (rest.length > 1 && DEPARTMENT_WORDS.has(lowerCase(rest[0]!))) rest = rest.slice(1);
    if (rest.length === before && rest.length >= 3) rest = rest.slice(1);
  }
  return rest.length ? { name: rest, titled: true, start } : { name: run, titled: false, start };
}

const looksOrganisation = (words: string[]) =>
  words.some((w) => ORG_WORDS.has(lowerCase(w))) || (words.length === 1 && /^[\p{Lu}.&]{2,}$/u.test(words[0]!));

const MEDIA_NOUNS = /^(news|agency|newspaper|daily|weekly|television|tv|radio|broadcaster|channel|network|website|magazine|paper)$/i;
const NATIONALITY = /^(\p{Lu}\p{Ll}+(ian|ese|ish|ic|i|an))$/u;

/** "Turkey's state-run Anatolia news agency" → "Anatolia": the outlet's own name before the media nouns. */
function mediaName(words: string[]): string | null {
  let end = words.length;
  while (end > 0 && MEDIA_NOUNS.test(words[end - 1]!)) end--;
  if (end === words.length || end === 0) return null;
  let start = end;
  while (start > 0 && isCapitalised(words[start - 1]!) && !/['\u2019]s$/.test(words[start - 1]!)) start--;
  const run = words.slice(start, end);
  if (!run.length || (run.length === 1 && (NATIONALITY.test(run[0]!) || hasTagIn(run[0]!, DEMONYM)))) return null;
  return run.join(' ');
}

const FRAGMENT_HEAD_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Possessive', 'Copula', 'Modal', 'QuestionWord']);
const FRAGMENT_OPENERS = /^(?:prior|due|thanks|according|as|than|such|like|about)$/;

/**
 * A description that cannot name a source: it ends in a function word ("many as a") or opens like an
 * adverbial ("Prior to his death", "in the past", "as a result").
 */
function endsInFunctionWord(desc: string[]): boolean {
  const last = desc[desc.length - 1]!;
  return ARTICLES.has(lowerCase(last)) || hasTagIn(last, FRAGMENT_HEAD_TAGS);
}

function isFragment(desc: string[]): boolean {
  if (!desc.length) return true;
  const first = lowerCase(desc[0]!);
  const last = desc[desc.length - 1]!;
  if (ARTICLES.has(lowerCase(last)) || hasTagIn(last, FRAGMENT_HEAD_TAGS)) return true;
  if (desc.length > 1 && (FRAGMENT_OPENERS.test(first) || PREPOSITIONS.has(first))) return true;
  // A quantifier alone ("many" of "many as a") names nobody.
  if (desc.length === 1 && /^(?:many|much|some|most|several|few|all|both|each|more|less|any)$/.test(first)) return true;
  return false;
}

/**
 * Analyses already made, by phrase: the same few phrases ("He", "the President") name most speakers, and
 * the analysis depends on the words alone. Emptied when full, so hostile inputs cannot grow it without bound.
 */
const analysed = new Map<string, Readonly<SpeakerPhrase>>();
const MAX_ANALYSED = 4096;

/** Analyse the words naming a speaker. The result is shared between calls: do not modify it. */
export function analyseSpeaker(raw: string): Readonly<SpeakerPhrase> {
  let phrase = analysed.get(raw);
  if (!phrase) {
    if (analysed.size >= MAX_ANALYSED) analysed.clear();
    phrase = analyseUncached(raw);
    analysed.set(raw, phrase);
  }
  return phrase;
}

/** Spaces, punctuation and quotation marks trimmed from both ends of a phrase. */
const EDGES = /^[\s,;:'"\u2018\u2019\u201c\u201d-]+|[\s,;:'"\u2018\u2019\u201c\u201d-]+$/g;
/** Is the character one of EDGES' class? */
function isEdgeCode(c: number): boolean {
  return isSpaceCode(c) || c === 44 || c === 59 || c === 58 || c === 39 || c === 34 || c === 45 || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d);
}

const RELATIVE_CLAUSE = /\s+(?:who|which|that|whose|whom)\s+/i;

/** The part before a relative clause, trimmed ("the official who briefed reporters" → "the official"). */
function beforeRelativeClause(part: string): string {
  // The text before the first match, as split(RELATIVE_CLAUSE)[0] gives, without the array of all pieces.
  const cut = part.search(RELATIVE_CLAUSE);
  return (cut < 0 ? part : part.slice(0, cut)).trim();
}

function analyseUncached(raw: string): SpeakerPhrase {
  // Each replacement runs only when the character it looks for is there (most phrases need none).
  const mention = raw.length > 0 && !isEdgeCode(raw.charCodeAt(0)) && !isEdgeCode(raw.charCodeAt(raw.length - 1)) ? raw : raw.replace(EDGES, '');
  let core = mention.charCodeAt(mention.length - 1) === 115 ? mention.replace(/['\u2019]s$/, '') : mention; // "s"
  const leading = core.split(/\s+/);
  while (leading.length > 1 && LEADING_FILLERS.has(lowerCase(leading[0]!)) && !PREPOSITIONS.has(lowerCase(leading[0]!))) leading.shift();
  // A fronted adverbial without a comma ("In an interview with RT he", "A few days ago Trump"): the subject is
  // its last word when that is a pronoun.
  const lastWord = lowerCase(leading[leading.length - 1]!);
  if (leading.length > 1 && PERSONAL_PRONOUNS.has(lastWord) && !/^(and|or)$/.test(lowerCase(leading[leading.length - 2]!))) leading.splice(0, leading.length - 1);
  core = leading.join(' ');
  const lower = lowerCase(core);
  const pronoun = PERSONAL_PRONOUNS.get(lower);
  if (pronoun) {
    return { mention, text: core, named: false, pronoun: lower, plural: pronoun === 'p', gender: pronoun === 'm' || pronoun === 'f' ? pronoun : null, person: pronoun !== 'n' };
  }
  if (/^(one|some|many|most|several|two|three|both|all|each|none|either|neither|any) of (them|those|these|us)$/.test(lower)) {
    return { mention, text: mention, named: false, pronoun: 'they', plural: true, gender: null, person: true };
  }
  // Parentheses (acronyms) and relative clauses are not part of the name or description.
  const cleaned = core.includes('(') ? core.replace(/\([^()]*\)/g, ' ') : core;
  // Coordinated names ("Mr. Grassley and Mr. Leahy") stay together.
  // The pattern needs " and ": most phrases skip it.
  if (/\sand\s/.test(cleaned) && /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]*\s+and\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]*$/u.test(cleaned.trim())) {
    return { mention, text: cleaned.trim(), named: true, pronoun: null, plural: true, gender: null, person: true };
  }
  // Most phrases hold no comma or semicolon: no split then.
  // An aside between dashes is split off like one between commas ("Kall -- co-editor of a book -- said").
  const rawParts = cleaned.includes(',') || cleaned.includes(';') || cleaned.includes(' -') || /[\u2013\u2014]/.test(cleaned)
    ? cleaned.split(/\s*[,;\u2013\u2014]\s*|\s+-{1,2}\s+/) : [cleaned];
  // "BLOOMFIELD - Police": a dateline in capitals before a dash is no part of the speaker.
  if (rawParts.length > 1 && /^\p{Lu}[\p{Lu}\s.'-]+$/u.test(rawParts[0]!) && !/[,;]/.test(cleaned)) rawParts.shift();
  const single = rawParts.length === 1;
  const parts = rawParts.map(beforeRelativeClause).filter(Boolean);
  const words = (p: string) => {
    let ws = p.split(/\s+/).filter(Boolean);
    // "In a March meeting with the board Trump": a fronted adverbial, then the name.
    if (single && ws.length > 2 && PREPOSITIONS.has(lowerCase(ws[0]!))) {
      const n = nameOf(ws);
      // A long run there joins the adverbial's own names to the speaker's ("the Washington Post Trump").
      if (n && n.start > 1) ws = n.name.length >= 3 && !n.titled ? ws.slice(-1) : ws.slice(n.start);
    }
    while (ws.length > 1 && LEADING_FILLERS.has(lowerCase(ws[0]!))) ws.shift();
    // Trailing time words, prepositions, conjunctions and adverbs are not part of the speaker ("… on Friday").
    while (ws.length > 1 && (WEEKDAYS_AND_MONTHS.has(lowerCase(ws[ws.length - 1]!)) || TRAILING_JUNK.test(ws[ws.length - 1]!))) ws.pop();
    return ws;
  };
  const candidates = parts.map(words).filter((w) => w.length);
  if (!candidates.length) return { mention, text: mention, named: false, pronoun: null, plural: false, gender: null, person: false };
  // Prefer the part that is a proper name: "Louay Safi, a member of ..." / "The leader of X, Hassan Nasrallah".
  const named = candidates.map((ws) => {
    const body = ARTICLES.has(lowerCase(ws[0]!)) ? ws.slice(1) : ws;
    const trimmed = body.length > 1 && SOURCE_DOCUMENT_NOUNS.has(lowerCase(body[body.length - 1]!)) ? body.slice(0, -1) : body;
    const allCaps = trimmed.length > 0 && trimmed.every((w, k) => isCapitalised(w) || (k > 0 && k < trimmed.length - 1 && NAME_CONNECTORS.has(lowerCase(w))));
    const n = nameOf(trimmed);
    // A name after a lower-case description ("intelligence chief Gerhard Schindler") or a fully capitalised phrase.
    const before = n && n.start > 0 ? lowerCase(trimmed[n.start - 1]!) : '';
    const ok = n && (allCaps || (before !== '' && !COMPLEMENT_MARKERS.has(before))) && isCapitalised(trimmed[trimmed.length - 1]!);
    return ok ? { n: n!, ws: trimmed, article: body !== ws } : null;
  });
  // A lone function word ("Since", "While") or a long title-case run is not a name.
  named.forEach((x, k) => {
    if (x && ((x.n.name.length === 1 && isStopword(x.n.name[0]!.toLowerCase().replace(/\u2019/g, "'"))) || x.n.name.filter((w) => !NAME_CONNECTORS.has(lowerCase(w))).length > 6)) named[k] = null;
  });
  const pick = named.findIndex((x, k) => x && (k === 0 || !x.article));
  if (pick >= 0 && (pick === 0 || !named[0])) {
    const { n, ws } = named[pick]!;
    const name = n.name.join(' ');
    const org = looksOrganisation(n.name);
    const gender = genderOfName(ws);
    const place = n.name.length === 1 && hasTagIn(name, PLACE_TAGS);
    const person = !org && !place && n.name.length <= 4;
    return { mention, text: name, named: true, pronoun: null, plural: false, gender, person };
  }
  const ws = candidates[0]!;
  const outlet = mediaName(ws);
  if (outlet) return { mention, text: outlet, named: true, pronoun: null, plural: false, gender: null, person: false };
  let desc = ws;
  if (desc.length > 1 && (ARTICLES.has(lowerCase(desc[0]!)) || (lowerCase(desc[0]!) === 'one' && lowerCase(desc[1]!) !== 'of'))) desc = desc.slice(1);
  // Function words left at the end are no part of it: "attorneys for the" → "attorneys", "leaders who" → "leaders".
  while (desc.length > 1 && (endsInFunctionWord(desc) || TRAILING_JUNK.test(desc[desc.length - 1]!))) desc = desc.slice(0, -1);
  // A fragment is no speaker: "many as a", "Prior to his death" (a source is a name or a noun phrase).
  if (isFragment(desc)) return { mention, text: '', named: false, pronoun: null, plural: false, gender: null, person: false };
  const head = (desc[desc.length - 1] ?? '').toLowerCase();
  const plural = (/[^s]s$/.test(head) && !/(ss|us|is)$/.test(head)) || (desc.length <= 5 && desc.some((w) => lowerCase(w) === 'and'));
  const person = PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/, ''));
  return { mention, text: desc.join(' '), named: false, pronoun: null, plural, gender: genderOfDescription(desc), person };
}

/** What kind of source a speaker phrase names; null when it names nothing that can speak or write. */
export type SourceKind = 'name' | 'pronoun' | 'person' | 'body' | 'document';

/** Words that open a complement after the head of a description. */
const HEAD_COMPLEMENTS = new Set(['of', 'for', 'to', 'in', 'at', 'with', 'from', 'on', 'familiar', 'close', 'involved', 'who']);
/** Writings that report ("the indictment says", "his manifesto claimed") besides SOURCE_DOCUMENT_NOUNS. */
const WRITTEN_SOURCES = new Set(
  ('indictment suit lawsuit warrant release affidavit complaint filing brief submission manifesto biography book ' +
    'column article editorial program programme video letter memo email e-mail message tweet post blog order lease ' +
    'review investigation').split(' '),
);
/** "a book analyzing Trump's debates": an "-ing" word with its own object after the head. */
const participleWithObject = (words: string[], k: number) =>
  /^\p{Ll}+ing$/u.test(words[k]!) && k + 1 < words.length && (ARTICLES.has(lowerCase(words[k + 1]!)) || isCapitalised(words[k + 1]!));
const NOT_AGENT_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Adjective', 'Comparative', 'Determiner', 'Preposition', 'Conjunction', 'Adverb']);
const QUANTIFIERS = /^(?:one|two|three|some|many|most|several|all|both|each|none|any|few)$/i;
const ACTOR_TAGS = new Set(['Actor', 'Person', 'Organization', 'Demonym']);
/** Agent nouns: "investigator", "analyst", "resident", "trustee" (not "-ment": "statement" is a document). */
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|[^m]ent|eer|ee|ite)$/;

/** Singular forms a plural head may have: "authorities" → "authority", "witnesses" → "witness", "cops" → "cop". */
function singulars(head: string): string[] {
  if (head.endsWith('ies')) return [head, `${head.slice(0, -3)}y`];
  if (head.endsWith('es')) return [head, head.slice(0, -2), head.slice(0, -1)];
  return head.endsWith('s') ? [head, head.slice(0, -1)] : [head];
}

/**
 * The source a phrase names: a name, a pronoun, a person or a body of people ("investigators", "the company"),
 * or a document ("the statement"). "aggravated assault and other", "the other suspension" name none.
 */
export function sourceKind(p: Readonly<SpeakerPhrase>): SourceKind | null {
  if (p.named) return 'name';
  if (p.pronoun) return 'pronoun';
  if (p.person) return 'person';
  let words = p.text.split(/\s+/);
  // "The Times and the newspaper chain": the first conjunct decides.
  const and = words.indexOf('and');
  if (and > 0) words = words.slice(0, and);
  // "one of the witnesses": the head is the group's.
  if (words.length > 2 && words[1] === 'of' && QUANTIFIERS.test(words[0]!)) words = words.slice(2);
  while (words.length > 1 && /^(?:there|here)$/.test(words[words.length - 1]!)) words = words.slice(0, -1);
  // The head comes before a complement: "spokesman for the project", "witnesses to the shooting".
  let end = words.findIndex((w, k) => k > 0 && (HEAD_COMPLEMENTS.has(w) || /^\p{Ll}+ed$/u.test(w) || participleWithObject(words, k)));
  if (end < 0) end = words.length;
  // "Loretta Cool of the city police": a name before its complement.
  if (words.slice(0, end).every((w) => isCapitalised(w))) return 'name';
  // "ex-wife", "co-founder": the last part of a compound.
  const head = lowerCase(words[end - 1]!).replace(/['\u2019]s?$/, '').replace(/^.*-(?=\p{L}{3})/u, '');
  if (/-year-old$|^(?:someone|somebody|anyone|ones|others)$/.test(head)) return 'person';
  for (const form of singulars(head)) {
    if (SOURCE_DOCUMENT_NOUNS.has(form) || WRITTEN_SOURCES.has(form) || MEDIA_NOUNS.test(form)) return 'document';
    if (SPEAKING_NOUNS.has(form) || ORG_WORDS.has(form) || hasTagIn(form, ACTOR_TAGS)) return 'body';
  }
  // An agent noun the lexicon knows as no other noun or adjective ("prosecutors", "engineers"; not "murder", "other").
  return singulars(head).some((f) => AGENT_SUFFIX.test(f) && !hasTagIn(f, NOT_AGENT_TAGS)) ? 'person' : null;
}