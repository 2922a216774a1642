import { BE_FORMS, COUNTED_PERSON_NOUNS, DO_FORMS, HAVE_FORMS, MODAL_VERBS, MONTH_NAMES, PERSON_NOUNS as SHARED_PERSON_NOUNS, PERSON_TITLES, WEEKDAYS } from '../corpus/lexicon.js';
/**
 * General-language word lists for attribution: cue verbs (with their inflections), function words that
 * bound a subject, titles that precede names. No names of people or organisations live here.
 */

/** Base forms of verbs that report speech or writing, with irregular forms where they are not regular. */
const SPEECH_VERBS: Array<string | [string, string, string, string]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['swear', 'swears', 'swore', 'swearing'],
  'add', 'note', 'stress', 'announce', 'acknowledge', 'warn', 'insist', 'deny', 'claim', 'state', 'argue',
  'explain', 'declare', 'assert', 'maintain', 'contend', 'suggest', 'report', 'confirm', 'admit', 'concede',
  'predict', 'vow', 'pledge', 'promise', 'urge', 'estimate', 'cite', 'charge', 'allege', 'emphasize',
  'emphasise', 'reiterate', 'observe', 'remark', 'reply', 'respond', 'counter', 'recall', 'reveal', 'disclose',
  'complain', 'threaten', 'boast', 'lament', 'quip', 'joke', 'demand', 'propose', 'recommend', 'appeal',
  'caution', 'concur', 'conclude', 'agree', 'assure', 'inform', 'mention', 'point', 'question', 'wonder',
  'ask', 'suggest', 'indicate', 'signal', 'hint', 'affirm', 'repeat', 'retort', 'shout', 'yell', 'exclaim',
  'testify', 'advise', 'comment', 'muse', 'blast', 'accuse', 'criticize', 'criticise', 'condemn', 'praise',
  'dismiss', 'reject', 'forecast', 'project', 'calculate', 'underscore', 'underline', 'highlight',
  'describe', 'announce', 'proclaim', 'call', 'contend', 'protest', 'object', 'plead', 'pray', 'stress', 'confide',
];

/**
 * Verbs that attribute a quotation beside them but never introduce reported speech ("…," she whispered;
 * "continued to fight" is not speech). Common in fiction, interviews and features.
 */
const QUOTE_ONLY_VERBS = [
  'whisper', 'murmur', 'mutter', 'mumble', 'answer', 'scream', 'snap', 'sigh', 'laugh', 'chuckle', 'gasp', 'growl',
  'groan', 'hiss', 'moan', 'rasp', 'roar', 'snarl', 'sneer', 'stammer', 'stutter', 'howl', 'bark', 'beg', 'inquire',
  'enquire', 'interject', 'interrupt', 'continue', 'begin', 'greet', 'breathe', 'croak', 'smile', 'grin', 'shrug', 'nod',
  'sob', 'cry', 'call', 'recount', 'reason', 'offer', 'volunteer', 'quote', 'retell', 'summarize', 'summarise', 'text',
  'post', 'email', 'message',
];
export const QUOTE_ONLY_CUES = new Set(QUOTE_ONLY_VERBS.filter((v) => v !== 'call'));

/** Verbs whose object is the addressee, not the content ("told Reuters that ..."). */
export const ADDRESSEE_VERBS = new Set(['tell', 'assure', 'inform', 'urge', 'warn', 'remind', 'ask', 'advise']);

/** Cues that report speech only with a "that" clause or a quotation after them ("threatens to spill" is not). */
export const CLAUSE_ONLY_CUES = new Set([
  'threaten', 'deny', 'allege', 'object', 'pray', 'project', 'calculate', 'signal', 'point', 'hint', 'forecast',
  'plead', 'muse', 'protest', 'report', 'state', 'wonder', 'underline', 'estimate', 'confide', 'counter',
]);

/** Cue verbs that are also common nouns ("international demands", "a promise"). */
export const NOUN_CUES = new Set([
  'demand', 'promise', 'pledge', 'question', 'charge', 'comment', 'report', 'estimate', 'vow', 'call', 'claim', 'note',
  'forecast', 'protest', 'object', 'project', 'point', 'signal', 'hint', 'repeat', 'reply', 'remark', 'plea', 'warning',
  'appeal', 'answer', 'statement', 'insist', 'praise', 'blast', 'counter', 'joke', 'boast', 'complain', 'threaten',
]);

function regularForms(base: string): [string, string, string, string] {
  const e = base.endsWith('e');
  const y = /[^aeiou]y$/.test(base);
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : y ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = e ? `${base}d` : y ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = e && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, s, ed, ing];
}

/** Every inflected cue form, mapped to its base verb. */
export const CUE_FORMS = new Map<string, string>();
for (const v of [...SPEECH_VERBS, ...QUOTE_ONLY_VERBS, ['begin', 'begins', 'began', 'beginning'] as [string, string, string, string]]) {
  const forms = typeof v === 'string' ? regularForms(v) : v;
  for (const f of forms) if (!CUE_FORMS.has(f)) CUE_FORMS.set(f, forms[0]);
}
// Doubled consonants and other spelling quirks.
for (const [f, b] of [['quipped', 'quip'], ['quipping', 'quip'], ['referred', 'refer'], ['admitted', 'admit'], ['admitting', 'admit'],
  ['concurred', 'concur'], ['concurring', 'concur'], ['signalled', 'signal'], ['counseled', 'counsel'], ['testified', 'testify'],
  ['replied', 'reply'], ['denied', 'deny'], ['forecast', 'forecast'], ['cried', 'cry'], ['sobbed', 'sob'], ['nodded', 'nod'],
  ['snapped', 'snap'], ['grinned', 'grin'], ['shrugged', 'shrug'], ['begged', 'beg']] as const) CUE_FORMS.set(f, b);

/** Forms that are past participles or past tense (a passive reading is possible: "it was said by"). */
export const isPastForm = (form: string) => /ed$/.test(form) || ['said', 'told', 'wrote', 'written', 'spoke', 'swore'].includes(form);

/** Auxiliaries and adverbs that can sit between a subject and its cue verb ("has also said"). */
export const CUE_MODIFIERS = new Set(
  ('has have had also later repeatedly previously would will did does do not never publicly privately reportedly recently ' +
    'once then further again allegedly frequently often already still even just only first initially subsequently ' +
    'separately earlier had shall should could might may must can is was were are been being n\'t cannot ' +
    'yesterday today tonight reportedly openly simply flatly').split(' '),
);

/** Words that end a subject when scanning backwards from the cue. */
export const SUBJECT_STOPS = new Set(
  ('that which because while although though if when whenever as after before since where whereas but so than ' +
    'whether unless until once however meanwhile instead yet nor despite amid during').split(' '),
);

/** Relative pronouns: a subject may carry a relative clause ("the official who briefed reporters said"). */
export const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Coordinators: "diplomats and coalition members said" vs "the price was high and rebels insisted". */
export const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);

/** Finite verbs and auxiliaries that show a clause, not a noun phrase. */
export const CLAUSE_VERBS = new Set(
  [
    ...BE_FORMS, 'am', 'being', ...HAVE_FORMS, ...MODAL_VERBS, ...DO_FORMS,
    ...('seems seemed remain remains remained became become becomes got gets get refuses refused wants wanted ' +
      "can't cannot won't don't doesn't didn't isn't wasn't aren't weren't hasn't haven't wouldn't couldn't shouldn't").split(' '),
  ].flatMap((w) => [w, w.replace("'", '\u2019')]),
);

/** Determiners that make a preceding cue word a noun or adjective ("the added cost", "a noted author"). */
export const NOMINAL_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'all']);

export const PERSONAL_PRONOUNS = new Map<string, 'm' | 'f' | 'p' | 'n' | 'x'>([
  ['he', 'm'], ['she', 'f'], ['they', 'p'], ['it', 'n'], ['we', 'p'], ['i', 'x'], ['you', 'x'],
]);

/**
 * Titles and roles written before a name; stripped when the speaker is a named person: the shared titles,
 * and the office words that open a title here ("Foreign Minister", "former Secretary", "acting Director").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_TITLES,
  ...'vice prime foreign defense defence interior finance acting former sec candidate nominee'.split(' '),
]);

/** Government departments after "Secretary of" / "Minister of" (general vocabulary). */
export const DEPARTMENT_WORDS = new Set(
  ('state defense defence treasury energy commerce labor labour education agriculture interior justice transportation ' +
    'health homeland security veterans affairs housing foreign finance war navy army trade economy industry culture ' +
    'information home environment'.split(' ')),
);

export const WEEKDAYS_AND_MONTHS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_NAMES, 'today', 'yesterday', 'tonight']);

/** Nouns that name a document or count rather than its author ("United Nations estimates"). */
export const SOURCE_DOCUMENT_NOUNS = new Set(
  ('estimate estimates figure figures data statistics report reports count counts tally tallies numbers statement ' +
    'statements records record survey surveys poll polls analysis study studies documents document calculations ' +
    'reporting accounts account website site').split(' '),
);

/** Singular nouns for people: "he" and "she" may refer back to a description with one of these heads. */
export const PERSON_NOUNS: ReadonlySet<string> = SHARED_PERSON_NOUNS;

/** Connectors allowed inside a proper name ("Syrian Observatory for Human Rights", "Bashar al-Assad"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'von', 'van', 'der', 'bin', 'ibn', 'al', 'el', '&']);

/**
 * Prepositions that open a cue's object, not reported content ("complaining about being sprayed", "Charged
 * With Two Counts"). Time and place ("said on Monday the …") are not among them.
 */
export const OBJECT_PREPOSITIONS = new Set(['about', 'of', 'with', 'for', 'from', 'against', 'over', 'upon', 'into']);

/** Heads of descriptions that name a body of people able to speak ("authorities", "the family", "the court"). */
const AGENCY_NOUNS = new Set(
  ('authority family community court jury panel board council committee government company firm agency department ' +
    'ministry office police military army navy administration campaign team club union group organization organisation ' +
    'prosecution defense defence district county city state party media press network station newspaper paper ' +
    'official sheriff cop crew staff public school university hospital fan').split(' '),
);

/** Every noun for people or speaking bodies the quote rules know (singular forms). */
export const SPEAKING_NOUNS: ReadonlySet<string> = new Set([...SHARED_PERSON_NOUNS, ...PERSON_TITLES, ...COUNTED_PERSON_NOUNS, ...AGENCY_NOUNS]);
