// Word lists the event coder reads around a trigger, as lower-case forms: lists of base words are
// expanded to every form they take ("threaten" → threatens, threatened, threatening).
import { formsOf } from '../../lexicon/inflect.js';


/** Words a gap never crosses: a pattern stays inside its clause. */
export const GAP_STOPS = new Set(['.', ';', ':', '"', '“', '”', '?', '!', '(', ')', '—', 'that', 'which', 'who', 'whom', 'whose', 'while', 'but', 'although', 'because', 'whereas']);

/** Participles that hedge a noun phrase, not verbs of their own: "suspected PKK rebels". */
export const HEDGES: ReadonlySet<string> = new Set(['suspected', 'alleged']);

/** Words that may stand between a slot and its actor: "on the Kremlin", "against its neighbour Kenya". */
export const SLOT_FILLERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'both', 'fellow', 'neighbouring', 'neighboring', 'rival', 'ally', 'allied', 'neighbour', 'neighbor', 'several', 'two', 'three', 'all', 'other', 'some', 'top', 'senior',
  // participles that describe people: "apologised to visiting Japanese Prime Minister Koizumi"
  'visiting', 'ruling', 'governing', 'warring', 'incoming', 'outgoing', 'striking', 'protesting', 'occupying', 'invading', 'advancing', 'retreating',
  // "abducted by suspected Boko Haram gunmen"
  ...HEDGES, 'unidentified', 'masked',
  // "South Lebanon", "Northern Iraq": the part of a country, named as a proper noun
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Prepositions whose object may be an event's target when the pattern names none. */
export const TARGET_PREPOSITIONS = new Set(['with', 'to', 'against', 'on', 'toward', 'towards', 'at', 'into', 'upon', 'for']);

/** Prepositions that keep a name out of the subject: "the president of Kenya", "talks in Cairo". */
export const PREPOSITIONS = new Set([
  'of', 'in', 'to', 'from', 'with', 'for', 'by', 'against', 'on', 'at', 'between', 'among', 'amongst', 'into', 'toward',
  'towards', 'about', 'over', 'under', 'after', 'before', 'than', 'like', 'including', 'via', 'through', 'across',
  'without', 'within', 'near', 'upon', 'despite', 'amid', 'during', 'behind', 'beyond', 'around', 'throughout',
  'outside', 'inside', 'beside', 'opposite', 'along', 'past', 'off',
]);

/** Words that end the clause a target is looked for in. */
export const CLAUSE_ENDS = new Set([...GAP_STOPS, 'and', 'or', 'after', 'before', 'when', 'where', 'since', 'until', 'if', 'unless', 'as', 'saying', 'adding']);

/** Lemmas before "to" that make the act an intention: "plans to visit", "is ready to sign". */
export const INTENT_FRAMES = formsOf([
  'plan', 'intend', 'ready', 'willing', 'prepared', 'swear', 'sworn', 'prepare', 'pledge', 'promise', 'vow', 'offer', 'agree', 'decide', 'hope',
  'want', 'wish', 'seek', 'aim', 'expect', 'set', 'due', 'schedule', 'eager', 'keen', 'commit', 'committed', 'determined',
  'resolve', 'undertake', 'propose', 'consider', 'mull', 'weigh', 'try', 'attempt', 'move', 'likely', 'going', 'able',
]);
/**
 * An attempt or a decision made is the act: "tried to hack", "attempted to storm", "decided to allow"
 * (but "will try to", "may decide to" are intents).
 */
export const ATTEMPTED = new Set(['tried', 'attempted', 'decided']);
/** Modal verbs of the future: "will visit", "would sign". */
export const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll", 'wo']);
/** Lemmas before "to" that make the act a threat: "threatened to impose sanctions". */
export const THREAT_FRAMES = formsOf(['threaten', 'warn']);
/** Lemmas before "to" that make the act a refusal: "refused to release them". */
export const REFUSAL_FRAMES = formsOf(['refuse', 'decline', 'reject', 'rebuff', 'resist']);
/** Lemmas that deny the act that follows: "denied attacking", "failed to sign". */
export const DENIAL_FRAMES = formsOf(['deny', 'fail', 'neglect', 'stop', 'cease', 'halt', 'avoid']);
/** Lemmas of a failure: "failed to reach agreement". */
export const FAILURES = formsOf(['fail']);
/** Negation words read just before a trigger. */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
/**
 * Participles that call a meeting or a visit off after "was" or "were": "the summit was cancelled",
 * "the talks were postponed". "called off" and "put off" are read as two words.
 */
export const CALLED_OFF = new Set(['cancelled', 'canceled', 'postponed', 'scrapped', 'shelved', 'delayed', 'aborted', 'scuttled', 'deferred', 'suspended']);
/** Forms of "be" and "get" that, before a participle, make it passive: "was attacked". */
export const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets', 'gotten', "'s", "'re"]);
/** Verbs of saying that may follow a quotation with the speaker after them: "…, said X". */
export const SAYING = formsOf(['say', 'tell', 'state', 'add', 'announce', 'declare', 'report']);

/**
 * Nouns before "of" or "in" that leave the actor the subject: "thousands of Kenyan farmers marched",
 * "countries in the region agreed".
 */
export const QUANTITIES = new Set([
  'countries', 'nations', 'states', 'governments',
  'thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'group', 'groups', 'crowd', 'crowds', 'members', 'member',
  'some', 'many', 'most', 'all', 'one', 'two', 'three', 'several', 'number', 'delegation', 'team', 'contingent', 'unit', 'units',
  'representatives', 'leaders', 'officials', 'supporters', 'thousand', 'hundred', 'dozen', 'battalion', 'squad', 'convoy',
]);

/** Words that make what follows a condition: "if Baghdad expelled American troops". */
export const CONDITIONS = new Set(['if', 'unless', 'whether', 'should']);

/** Nouns of gatherings: "the summit" later in a report means the last organisation's summit named. */
export const MEETINGS = new Set(['summit', 'meeting', 'conference', 'forum', 'session', 'assembly', 'ministerial', 'gathering']);

/** Words of quantity before an actor: "more than 100 Palestinians", "at least 20 Afghan soldiers". */
export const NUMBER_WORDS = new Set(['more', 'than', 'at', 'least', 'about', 'some', 'nearly', 'almost', 'up', 'over', 'around', 'roughly', 'approximately', 'dozens', 'hundreds', 'thousands', 'scores', 'of', 'several', 'many', 'dozen', 'hundred', 'thousand', 'million', 'millions']);
/** Subject pronouns: a clause with one refers back to an actor named before it. */
export const PRONOUN_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
/** The parts of speech a noun phrase is made of: "the breakaway Yugoslav republics", "five detained men". */
export const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Pronouns that open a relative clause about the words before them ("that" after a verb opens what it says). */
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom']);
/** Words that open a phrase or clause an event noun may sit in: "following the invasion". */
export const SUBORDINATORS = new Set(['following', 'after', 'before', 'since', 'amid', 'despite', 'during', 'over']);

/** Conjunctions that open a clause with a subject of its own: "after Israeli jets struck …". */
export const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'once', 'as', 'whereas']);

/** Words of an amount, which count as none between a pattern's words: "a $17.8 billion loan". */
export const AMOUNTS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', 'million', 'billion', 'trillion', 'thousand', 'hundred',
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'rupees', 'francs']);

/** The parts of speech of verbs: a verb, or an auxiliary ("is", "has", "will"). */
export const VERBS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
