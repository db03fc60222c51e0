// Inflected forms of the verb-pattern words, made once when patterns compile: matching then compares
// a token's lower-case form with a set, and never asks the tagger for a lemma.

/** English irregular verbs: base, past, past participle (and other forms after them). */
const IRREGULAR = `
arise arose arisen|awake awoke awoken|be was were been being am is are|bear bore borne born|beat beat beaten
become became become|begin began begun|bend bent|bet bet|bid bid|bind bound|bite bit bitten|bleed bled
blow blew blown|break broke broken|breed bred|bring brought|broadcast broadcast|build built|burn burnt burned
burst burst|buy bought|cast cast|catch caught|choose chose chosen|cling clung|come came come|cost cost
creep crept|cut cut|deal dealt|dig dug|do did done does|draw drew drawn|dream dreamt|drink drank drunk
drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled
fling flung|fly flew flown flies|forbid forbade forbidden|forecast forecast|foresee foresaw foreseen
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone goes
grind ground|grow grew grown|hang hung|have had has|hear heard|hide hid hidden|hit hit|hold held|hurt hurt
keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|leave left
lend lent|let let|lie lay lain|light lit|lose lost|make made|mean meant|meet met|mislead misled|mistake mistook mistaken
overcome overcame|overrun overran|oversee oversaw overseen|overthrow overthrew overthrown|pay paid|prove proved proven
put put|quit quit|read read|rebuild rebuilt|redo redid redone|rend rent|repay repaid|reset reset|retake retook retaken
rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran|say said says|see saw seen|seek sought|sell sold
send sent|set set|shake shook shaken|shed shed|shine shone|shoot shot|show showed shown|shrink shrank shrunk
shut shut|sing sang sung|sink sank sunk|sit sat|slay slew slain|sleep slept|slide slid|sling slung|slit slit
speak spoke spoken|speed sped|spend spent|spill spilt|spin spun|split split|spread spread|spring sprang sprung
stand stood|steal stole stolen|stick stuck|sting stung|strike struck stricken|string strung|strive strove striven
swear swore sworn|sweep swept|swell swelled swollen|swim swam swum|swing swung|take took taken|teach taught
tear tore torn|tell told|think thought|throw threw thrown|thrust thrust|tread trod trodden|undergo underwent undergone
understand understood|undertake undertook undertaken|undo undid undone|uphold upheld|upset upset|wake woke woken
wear wore worn|weave wove woven|weep wept|win won|wind wound|withdraw withdrew withdrawn|withhold withheld
withstand withstood|wring wrung|write wrote written`;

/** Irregular plurals the pattern words may take. */
const PLURALS = 'crisis crises|analysis analyses|thesis theses|man men|woman women|child children|person people|militia militias|leaf leaves|thief thieves|life lives|wife wives';

const table = (text: string) => {
  const map = new Map<string, string[]>();
  for (const entry of text.trim().split(/[|\n]/)) {
    const [base, ...forms] = entry.trim().split(/\s+/);
    map.set(base!, forms);
  }
  return map;
};
const VERBS = table(IRREGULAR);
/** The past and participle forms of the irregular verbs: "held", "struck", "sought". */
export const IRREGULAR_FORMS: ReadonlySet<string> = new Set([...VERBS.values()].flat().filter((f) => !f.endsWith('s') && !f.endsWith('ing')));
const NOUNS = table(PLURALS);
const VOWEL = /[aeiou]/;

/**
 * The forms a pattern word may take in text: itself, its plural or third person, past and
 * participles, and "-ing" forms ("sign" → signs, signed, signing; "hold" → held; "ban" → banned).
 * Too many forms cost nothing; a missing one loses a match.
 */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  if (word.includes(' ') || !/^[a-z]+$/.test(word) || word.length < 2) return [...forms];
  for (const f of VERBS.get(word) ?? []) forms.add(f);
  for (const f of NOUNS.get(word) ?? []) forms.add(f);
  const last = word.at(-1)!, before = word.at(-2)!;
  // -s, -es, -ies
  if (/(s|x|z|ch|sh|o)$/.test(word)) forms.add(word + 'es');
  else if (last === 'y' && !VOWEL.test(before)) forms.add(word.slice(0, -1) + 'ies');
  else forms.add(word + 's');
  // -ed, -ing
  if (last === 'e') {
    forms.add(word + 'd');
    forms.add(word.slice(0, -1) + 'ing');
    if (word.endsWith('ie')) forms.add(word.slice(0, -2) + 'ying');
  } else if (last === 'y' && !VOWEL.test(before)) {
    forms.add(word.slice(0, -1) + 'ied');
    forms.add(word + 'ing');
  } else {
    forms.add(word + 'ed');
    forms.add(word + 'ing');
    // "ban" → banned, "commit" → committed, "travel" → travelled: doubling, where it may apply.
    if (!VOWEL.test(last) && !/[wxy]/.test(last) && VOWEL.test(before)) {
      forms.add(word + last + 'ed');
      forms.add(word + last + 'ing');
    }
  }
  return [...forms];
}

/** Every form of every word in `words`: the set a token's lower-case form is looked up in. */
export function formsOf(words: Iterable<string>): Set<string> {
  return new Set([...words].flatMap(inflections));
}
