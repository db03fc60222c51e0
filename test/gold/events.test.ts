import { describe, expect, it } from 'vitest';
import { readGoldJsonl, scoreEvents } from '../../src/app/event-eval.js';
import { checkRuleExamples } from '../../src/app/rule-check.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { PloverType } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { engine, eventCodes } from '../helpers/front-end.js';

// Committed floors, below what the coder scores today so that a regression fails CI; raise them as
// the coder improves (the issue's target for this set is 0.85). `communique eval --gold
// test/gold/events.jsonl --errors` shows each miss and false alarm with its rule.
const FLOOR = { f1: 0.85, wire: 0.70, examples: 0.95 };

const lexicon = loadLexicon();

describe('event gold sentences (test/gold/events.jsonl)', () => {
  const gold = readGoldJsonl(new URL('./events.jsonl', import.meta.url).pathname);

  it('has at least 250 sentences covering every PLOVER type', () => {
    expect(gold.length).toBeGreaterThanOrEqual(250);
    const types = new Set(gold.flatMap((g) => g.events.map((e) => e.plover)));
    expect(PloverType.options.filter((t) => !types.has(t))).toEqual([]);
  });

  it(`scores an F1 of ${FLOOR.f1} or better`, () => {
    const s = scoreEvents(gold, lexicon, engine);
    console.log(`events gold: ${s.sentences} sentences, precision ${s.overall.precision.toFixed(3)}, recall ${s.overall.recall.toFixed(3)}, F1 ${s.overall.f1.toFixed(3)}`);
    expect(s.overall.f1).toBeGreaterThanOrEqual(FLOOR.f1);
  });
});

// Sentences in the manner of wire reports from 1979 to 2025 (each later batch written after the ones
// before had been used to improve the coder, and scoring lower at first), written to test the coder on long leads,
// appositions, group names and the conventions of event datasets (a domestic act is done to the
// country itself). Each was coded by hand before the coder was run on it; the constructions it then
// missed were fixed with sentences of their own (the constructions below), not by editing these.
describe('wire-style gold sentences (test/gold/events-wire.jsonl)', () => {
  const gold = readGoldJsonl(new URL('./events-wire.jsonl', import.meta.url).pathname);

  it(`scores an F1 of ${FLOOR.wire} or better`, () => {
    expect(gold.length).toBeGreaterThanOrEqual(150);
    const s = scoreEvents(gold, lexicon, engine);
    console.log(`wire gold: ${s.sentences} sentences, precision ${s.overall.precision.toFixed(3)}, recall ${s.overall.recall.toFixed(3)}, F1 ${s.overall.f1.toFixed(3)}`);
    expect(s.overall.f1).toBeGreaterThanOrEqual(FLOOR.wire);
  });
});

describe('the verb-pattern rules', () => {
  it(`code at least ${FLOOR.examples * 100}% of the examples they were written for`, () => {
    const { examples, failures } = checkRuleExamples(lexicon, engine);
    console.log(`rule examples: ${examples - failures.length} of ${examples} coded by their rule (npx tsx scripts/check-events.ts lists the rest)`);
    expect(examples).toBeGreaterThan(500);
    expect(1 - failures.length / examples).toBeGreaterThanOrEqual(FLOOR.examples);
  });

  it('cover every PLOVER type and every CAMEO root', () => {
    const rules = lexicon.data.events.rules;
    const cameo = lexicon.events.ontology.cameo;
    const types = new Set(rules.map((r) => cameo.get(r.cameo)!.plover));
    expect(PloverType.options.filter((t) => !types.has(t))).toEqual([]);
    const roots = new Set(rules.map((r) => r.cameo.slice(0, 2)));
    expect([...cameo.keys()].filter((c) => c.length === 2 && !roots.has(c))).toEqual([]);
  });

  it('read appeals as PLOVER requests, as demands are', () => {
    // PLOVER's REQUEST is "all requests, demands, and orders"; the 2021 crosswalk leaves CAMEO's appeals out
    const cameo = lexicon.events.ontology.cameo;
    const requests = [...cameo].filter(([code]) => code.startsWith('02') || code.startsWith('10'));
    expect(requests.filter(([, e]) => e.plover !== 'REQUEST').map(([code]) => code)).toEqual([]);
    expect(cameo.get('0233')!.ploverMode).toBe(cameo.get('1033')!.ploverMode);
  });
});

describe('constructions the package lexicon codes', () => {
  const pipeline = createPipeline({ nlp: engine, lexicon });
  const events = (text: string) => eventCodes(pipeline, text, '2024-05-14');
  // [sentence, events]: sentences written for these tests, one construction each.
  const rows: [string, string[]][] = [
    ['The summit between Kenya and Tanzania was called off on Monday.', ['not KEN→TZA 040', 'not TZA→KEN 040']],
    // a relative clause's subject is what its pronoun stands for, unless the clause names its own
    ['Senegal hosted talks with Mali, which has refused to withdraw its troops from the border.', ['SEN→MLI 040', 'MLI→- 1246']],
    ['Kenya welcomed the Ugandan president, who later accused Tanzania of harbouring rebels.', ['KEN→UGAGOV 043', 'UGAGOV→TZA 112']],
    ['Peru expelled the envoy of Bolivia, which Chile accused of spying.', ['PER→BOLGOV 166', 'CHL→BOLGOV 1125']],
    // a participle after the object of another verb tells what was done before
    ['Nepal freed hundreds of opposition activists detained during the protests.', ['NPL→NPL 0841']],
    ["Mali's military-led government called on France to withdraw its troops.", ['MLIGOV→FRA 1056']],
    // a participle clause between commas before the verb: the subject stands before it
    ['The Lebanese president, speaking alongside the French foreign minister in Beirut, thanked Paris for its aid.', ['LBNGOV→FRAGOV 051']],
    // a participle that describes people before a slot's actor; destroying a state, said of the future, is a threat
    ['The Thai king received visiting Japanese Prime Minister Shinzo Abe in Bangkok.', ['THAGOV→JPNGOV 043']],
    ['Iraq said it would destroy Kuwait if the emirate did not lower its oil output.', ['IRQ→KWT 1384']],
    // what charges or reports say happened is not coded as done
    ['Inspectors flew to Baku to look into charges that Armenia had shelled civilian areas.', []],
    // sides that halt fighting or fight duels do it to each other; talks held for days are talks
    ['Kyrgyz and Tajik forces halted fighting along their border on Friday.', ['KGZMIL→TJKMIL 0871', 'TJKMIL→KGZMIL 0871']],
    ['Ethiopian and Eritrean forces fought artillery duels along the border.', ['ETHMIL→ERIMIL 190', 'ERIMIL→ETHMIL 190']],
    ['The foreign ministers of Peru and Ecuador concluded three days of talks in Brasilia.', ['PERGOV→ECU 046', 'ECU→PERGOV 046']],
    // troops that crossed out of a country left it; missiles fired into waters are a test
    ['The last Cuban soldiers crossed the border out of Angola on Sunday.', ['CUBMIL→AGO 0874']],
    ['North Korea fired two missiles into waters off its east coast.', ['PRK→- 150']],
    // sides that pull back each pull back from the other
    ['Armenian and Azerbaijani troops began pulling back from the line of contact on Monday.', ['ARMMIL→AZEMIL 0874', 'AZEMIL→ARMMIL 0874']],
    // a participle that describes an actor is background where the news is another act
    ['Britain sent rifles to Kenyan troops fighting al-Shabaab militants.', ['GBR→KENMIL 072']],
    ['African Union ministers, meeting in Addis Ababa, suspended Mali from the bloc.', ['IGOAFRAFU→MLI 160']],
    ['Thousands of Chileans protesting against pension cuts marched on the presidential palace.', ['CHL→CHL 1412']],
    // an act whose first word describes its actor ("peacekeeping troops"); bombs fired at a place
    ['A first contingent of Nepalese peacekeeping troops arrived in Lebanon on Tuesday.', ['NPLMIL→LBN 074']],
    ['Syrian tanks fired several mortar bombs at targets in Hama.', ['SYRMIL→- 194']],
    // a show of force that names no target is aimed at the one other country the sentence names
    ['Chile put its navy on high alert as a dispute with Peru over fishing rights deepened.', ['CHL→PER 152']],
    ['Kenya put its army on alert after clashes between Somalia and Ethiopia.', ['KEN→- 152']],
    // a name the lexicon does not know before a role word; people fighting in a place are its own
    ['Iran sent rifles to Shiite militias operating in Iraq.', ['IRN→IRQUAF 072']],
    // a person the lexicon does not know, of the country before the name or of the description after it
    ['Norway granted asylum to Belarusian opposition blogger Ivan Petrov.', ['NOR→BLROPP 075']],
    ['Sweden granted asylum to Omar Haddad, a Syrian army defector.', ['SWE→SYRMIL 075']],
    // the passive of lifting; praise and condemnation drawn from others
    ['The state of emergency in Ecuador was lifted on Tuesday by the president.', ['ECUGOV→ECU 0814']],
    ['Botswana won praise from the African Union for its election.', ['IGOAFRAFU→BWA 051']],
    // a word describing the second of two actors joined by "and" keeps them one compound
    ['The Colombian government and the leftist FARC signed a peace accord in Havana.', ['COLGOV→COLREB 057', 'COLREB→COLGOV 057']],
    // an act named by a noun belongs to its doer after "by"
    ['The UN condemned attacks by Russia on Kyiv.', ['IGOUNO→RUS 111']],
    ['Bosnian police opened an investigation into the acts committed by Serbian forces.', ['BIHCOP→SRBMIL 090']],
    // a name the lexicon does not know, and a description set off by commas, count as one word in a gap
    ['Colombia extradited Dairo Antonio Usuga, the leader of a cartel known as Otoniel, to the United States.', ['COL→USA 063']],
    // "after" opens a clause whose subject phrase may end in a noun
    ['Pakistan closed the crossing after Afghan Taliban guards opened fire on Pakistani troops.', ['AFGREB→PAKMIL 193']],
    // a noun event takes the frame of the verb that gives it
    ['Norway said it would send a medical team and $3 million in humanitarian assistance to Sudan.', ['NOR→SDN 0333']],
    ['Norway will not send humanitarian aid to Sudan.', ['NOR→SDN 1223']],
    // a participle after a noun inside another verb's object describes it; so does one right after
    // an actor that is another verb's object, where the news is that verb's act
    ['Morocco handed Spanish investigators files on five men arrested over the bombings.', ['MAR→ESP 064']],
    ['US soldiers arrived to train Filipino troops battling Abu Sayyaf guerrillas.', ['USAMIL→PHLMIL 062']],
    // a demand the marchers voice is their protest's, not an act of its own; an appeal is a request
    ['Thousands of nurses marched through Nairobi on Friday demanding higher pay.', ['KENHLH→KEN 141']],
    ['Chad appealed to the World Food Programme for food aid.', ['TCD→IGOUNOWFP 0233']],
    // a quoted phrase inside an object is no quotation; participles joined by "and" share the subject
    ['The Kurdish PKK declared a "permanent ceasefire" with Turkey on Sunday.', ['TURREB→TUR 0871']],
    ['Sudan closed its border on Monday, expelling Chadian traders and warning Chad that it would use force against the rebels.', ['SDN→TCDBUS 174', 'SDN→TCD 130']],
    // "since" with no verb after it opens no clause between a participle and its subject
    ['Ethiopia ordered its first expulsion of diplomats since the 1998 war on Tuesday, accusing Eritrea of arming rebels.', ['ETH→- 166', 'ETH→ERI 112']],
    ['Peru and Ecuador began direct talks on their border in Brasilia.', ['PER→ECU 046', 'ECU→PER 046']],
    // ", and" after a lone actor opens a clause with its own subject
    ['The United States offered to meet Iran, and Tehran accepted the invitation.', ['USA→IRN 036', 'IRNGOV→- 036']],
    // between an actor and the noun event it does, a phrase of time, articles, adjectives and amounts count as no words
    ['Eurozone ministers on Monday approved a 10-billion-euro emergency loan for Cyprus.', ['IGOEUREUU→CYP 071']],
    ['Ankara on Friday ordered an immediate halt to imports of Syrian cotton.', ['TURGOV→SYR 163']],
    // a condition reaches past a long subject phrase
    ['Hamas said no city would be safe if Israel launched an all-out war on Gaza.', ['PSEREB→- 010']],
    // a gap stops at a verb joined by "and" after an object, not between two verbs that share one
    ["Lithuania's parliament voted to override the president's veto and impose sanctions on Belarus.", ['LTULEG→BLR 163']],
    ['British officers will train and advise Kenyan troops.', ['GBR→KENMIL 0312']],
    // "and his counterpart" joins a compound
    ['The Kenyan president and his Ugandan counterpart opened talks in Arusha.', ['KENGOV→UGAGOV 046', 'UGAGOV→KENGOV 046']],
    // deaths an attack caused are the attack's; a role word the subject's own country fills is no agent; a reason is no act
    ['M23 rebels ambushed a Congolese army convoy near Goma, killing four soldiers.', ['CODREB→CODMIL 190']],
    ['Somali troops backed by tanks moved into the town of Beledweyne.', []],
    ['Japan rewarded Thailand for backing its candidacy.', []],
    // a verb after "and" shares the subject of the verb before it; the doer after "by" is whom a condemnation targets
    ['Houthi rebels on Sunday announced a truce from midnight and urged Saudi Arabia to respond in kind.', ['YEMREB→YEM 0871', 'YEMREB→SAU 100']],
    ["Sudan's army said RSF fighters shelled the town and killed five civilians.", ['SDNREB→- 194', 'SDNREB→- 190']],
    ['Pakistan condemned the killing of civilians by Indian troops in Kashmir.', ['PAK→INDMIL 111']],
    ['Jordanian students hurled stones and eggs at the Israeli embassy in Amman.', ['JOREDU→ISRGOV 145']],
    // troops that arrive somewhere deploy, they do not visit
    ['Nigerian troops arrived in Liberia on Saturday.', []],
    // the main clause's verb of saying does not hide its subject from a participle after a comma
    ['Iran on Monday announced new enrichment work, brushing aside calls from the IAEA to halt it.', ['IRN→IGOUNOIAE 120']],
    // what a warning says may come is a threat; troops that leave a country withdraw; an announced expulsion is one
    ["Kenya's foreign minister warned that Kenyan traders could boycott Ugandan goods.", ['KENBUS→UGA 133']],
    ['The last French troops left Mali on Monday.', ['FRAMIL→MLI 0874']],
    ['Warsaw said on Monday it would expel four Belarusian diplomats.', ['POLGOV→BLRGOV 166']],
    // an act others allege is no act; a participle restating the act before it is no other act
    ['Russia defended Syria against Western accusations of a chemical attack.', ['RUS→SYR 052']],
    ['ECOWAS imposed sanctions on Mali on Sunday, freezing its assets at the regional central bank.', ['IGOWAFWAS→MLI 163']],
    // two who meet at a gathering meet each other; amounts in words; troops sent to help
    ['The Indian and Chinese foreign ministers met on the sidelines of the G20 meeting in Bali.', ['INDGOV→CHNGOV 044', 'CHNGOV→INDGOV 044']],
    ['The IMF approved a 3 billion dollar loan for Egypt.', ['IGOBUSIMF→EGY 071']],
    ['Australia sent police and troops to the Solomon Islands to help restore order.', ['AUS→SLB 074']],
    // sanctions a body agreed on or voted for are imposed, not threatened; "plans to" still threatens
    ['EU foreign ministers agreed on Monday to impose travel bans on Belarusian officials.', ['IGOEUREAS→BLRGOV 163']],
    ['The European Union plans to impose sanctions on Belarus.', ['IGOEUREUU→BLR 1312']],
    // "each other" makes each side the other's target; an agent may be "suspected"; soldiers seized are abducted
    ['Armenia and Azerbaijan blamed each other on Sunday for the shelling.', ['ARM→AZE 1123', 'AZE→ARM 1123']],
    ['Dozens of Nigerian villagers were abducted by suspected Boko Haram gunmen.', ['NGAREB→NGACVL 181']],
    ['Al-Shabaab fighters seized two Kenyan soldiers near the border.', ['SOMREB→KENMIL 181']],
    ['A ceasefire between Thailand and Cambodia took effect at midnight.', ['THA→KHM 0871', 'KHM→THA 0871']],
    ['Jordanian planes dropped food and medicine over Gaza.', ['JOR→PSE 073']],
    // rebels that march into a town or rampage through it do not demonstrate or riot
    ['M23 rebels marched into the town of Bunagana.', []],
    // "…, an attack that Sudan condemned": the noun sums up the main clause, whose doer is condemned
    ['Chadian troops shelled a border village on Monday, an attack that Sudan condemned as a violation of its sovereignty.', ['TCDMIL→- 194', 'SDN→TCDMIL 111']],
    // the words of a list count as one in a gap; a border reopened by two is reopened to each other
    ['Chad closed all of its land, river and air borders with Sudan on Friday.', ['TCD→SDN 191']],
    ['Colombia and Venezuela reopened their shared border to cargo trucks on Monday.', ['COL→VEN 081', 'VEN→COL 081']],
    // a nickname in quotes is part of the name a gap counts as one word
    ["Colombia extradited the drug lord Dairo 'Otoniel' Usuga to the United States.", ['COL→USA 063']],
    // an act named before "of" is its doer's: the doer is condemned, not what the act befell
    ['Jordan condemned the Israeli seizure of the Rafah crossing.', ['JOR→ISR 111']],
    ["Germany condemned Russia's invasion of Ukraine.", ['DEU→RUS 111']],
    // "prompting X to act": X acts; a comma ends what a trigger governs
    ['Georgian forces shelled the town, prompting Russia to threaten military intervention.', ['GEOMIL→- 194', 'RUS→GEOMIL 138']],
    // a subject phrase may open with an amount or a hedge; "his army" is the speaker's
    ['About 300 Kenyan doctors began a hunger strike on Tuesday.', ['KENHLH→KEN 142']],
    ['Eight soldiers were killed when suspected PKK rebels detonated a roadside bomb.', ['TURREB→- 183']],
    ['Sudanese President Omar al-Bashir vowed on Sunday that his army would fight any foreign troops.', ['SDNGOV→- 1384']],
    // "Saudi-led warplanes" are Saudi Arabia's; what they pound is attacked; a rally broken up is repressed
    ['Saudi-led warplanes pounded Houthi rebel positions on Thursday.', ['SAUMIL→YEMREB 190']],
    ['Zimbabwean police violently broke up an opposition rally.', ['ZWECOP→ZWE 175']],
    ['The IMF approved a $17.5 billion loan to help Ukraine rebuild its economy.', ['IGOBUSIMF→UKR 071']],
    // ", and threatened" goes back to the main clause's subject; an agent may stand far after a passive
    ['ECOWAS demanded that the junta in Niger free President Bazoum, and threatened to use force.', ['IGOWAFWAS→NERGOV 1053', 'IGOWAFWAS→NERGOV 138']],
    ['Dozens of Nigerian students were abducted from their school late on Monday by suspected Boko Haram militants.', ['NGAREB→NGAEDU 181']],
    // "X, on a visit to Y,": the visit is X's
    ['The German foreign minister, on a visit to Tirana on Saturday, praised Albania.', ['DEUGOV→ALB 042', 'DEUGOV→ALB 051']],
    // a relative clause in the past perfect tells what had happened before
    ['Malian rebels said they would free the minister, whom they had seized two weeks ago.', ['MLIREB→MLIGOV 0353']],
    // a slot's actor may own the noun phrase that fills it
    ['The European Union recognised the breakaway republics of Slovenia and Croatia.', ['IGOEUREUU→SVN 054', 'IGOEUREUU→HRV 054']],
    // deciding not to is declining to; moving troops to a border faces the country across it
    ["Israel's cabinet decided on Tuesday not to cooperate with the UN mission.", ['ISRGOV→IGOUNO 121']],
    ['Greece moved thousands of troops and tanks to its border with Turkey.', ['GRC→TUR 154']],
    // an amount counts as no word between a pattern's words
    ['The World Bank on Friday approved a $450 million emergency loan for Ghana.', ['IGOUNODEVWBK→GHA 071']],
    // a domestic act is done in a place of its own clause
    ['Algeria lifted its state of emergency, meeting a demand of groups inspired by the revolt in Tunisia.', ['DZA→DZA 0814']],
    ['Colombia cancelled a visit by the Venezuelan foreign minister.', ['COL→VENGOV 160']],
    ['Ghana called off a meeting with Togo.', ['GHA→TGO 164']],
    ['Nigeria denied reports that its jets bombed a village in Niger.', ['NGA→- 016', 'not NGA→NER 195']],
    ['Washington warned Beijing against any attempt to blockade Taiwan.', ['USAGOV→CHNGOV 130']],
    ['Somali forces retook the town of Jilib from al-Shabaab.', ['SOMMIL→SOMREB 192']],
    ['Pakistani troops killed six militants near the Afghan border.', ['PAKMIL→- 190']],
    ['Egypt\'s foreign minister met his Sudanese counterpart in Cairo.', ['EGYGOV→SDNGOV 040']],
    ['Greek and Turkish warships began naval drills in the Aegean on Monday.', ['GRCMIL→TURMIL 062', 'TURMIL→GRCMIL 062']],
    ['Russia and Belarus held drills near Lithuania.', ['RUS→LTU 150', 'BLR→LTU 150']],
    ['Iran held snap drills in the Gulf.', ['IRN→PGS 150']],
    ['Iranian boats harassed a British tanker in the Gulf of Oman.', ['IRN→GBR 170']],
    ['Nigerian troops attacked rebels near Lake Chad.', ['NGAMIL→NGAREB 190']],
    ['Seoul tracked Chinese naval patrols in the Yellow Sea.', ['CHN→- 150']],
    ['Serbia accused Albania of supporting the rebels.', ['SRB→ALB 112']],
    ['Laos rejected a Thai proposal for signing a border treaty.', ['LAO→THA 120']],
    ['Venezuela withdrew its ambassador from Guyana.', ['VEN→GUY 161']],
    ['India and China agreed to disengage troops along the border.', ['IND→CHN 0356', 'CHN→IND 0356']],
    // The clause a saying reports has its own subject: Sudan's army attacked no one.
    ['Sudan\'s army said the RSF had attacked a hospital.', []],
    // A saying is about the others it names, not the speaker's country as the subject of the clause.
    ['Biden said the United States would send officials to Peru.', ['USAGOV→PER 010']],
    ['The Indian prime minister told Parliament that the budget was ready.', ['INDGOV→INDLEG 010']],
    // who does it decides between rules that match alike: crowds obstruct, armies blockade
    ['Kyrgyz protesters besieged the government headquarters in Bishkek.', ['KGZCVL→KGZ 144']],
    ['Moroccan troops besieged the rebel town for a month.', ['MARMIL→- 191']],
    ['Fighters of the rebel alliance conceded defeat to the Ethiopian army.', ['ETHREB→ETHMIL 0874']],
    ['Malawi\'s opposition leader conceded defeat on Sunday.', ['MWIOPP→MWI 080']],
    // a warning without "that"; a withdrawal from positions; a high commissioner recalled; a strike joined
    ['Iran warned Israel it would pay a heavy price for any attack.', ['IRN→ISR 130']],
    ['Ethiopian troops pulled out of their bases in central Somalia.', ['ETHMIL→SOM 0874']],
    ['Britain recalled its high commissioner from Harare on Monday.', ['GBR→ZWEGOV 161']],
    ['Thousands of Argentine teachers joined a national strike over pay.', ['ARGEDU→ARG 143']],
    ['Sri Lanka suspended the constitution on Monday.', ['LKA→LKA 1721']],
    // the doer of a noun act after "by", past a long object: its name counts as one word
    ['The release of the twelve Filipino sailors by Somali pirates ended their ordeal.', ['SOMCRM→PHLMIL 0841']],
    // a warning that names no one answers the act before it, and is aimed at its doer
    ['Iran seized a Greek tanker, and Athens warned of serious consequences.', ['IRN→GRC 171', 'GRCGOV→IRN 130']],
    // a threat with a condition is aimed at the condition's subject rather than at a region
    ['Serbia threatened to cut gas supplies to the Balkans if Montenegro joined the sanctions.', ['SRB→MNE 130']],
    // what others demand is no act: no resignation here
    ["Armenia's president rejected demands that the prime minister resign.", ['ARMGOV→- 120']],
    // "what X called" only names the thing struck
    ['Turkish jets bombed what Ankara called a rebel camp in northern Iraq.', ['TUR→IRQ 195']],
    // police sent abroad to help deploy there; they pay no visit
    ['The first Kenyan police officers arrived in Haiti on Tuesday to lead the mission.', ['KENCOP→HTI 074']],
    // "it" after a verb is its object, "its neighbour" the other country; "said it would" is no object
    ['Tunisia cut diplomatic ties with Libya, accusing it of harbouring militants.', ['TUN→LBY 161', 'TUN→LBY 112']],
    ['Algeria broke off relations with Morocco, accusing its neighbour of hostile acts.', ['DZA→MAR 161', 'DZA→MAR 112']],
    // a participle after "other" describes its noun; what a pact is for is no act of its own
    ['Norway urged Iran to release the Norwegian journalist and other detained foreigners.', ['NOR→IRN 1053']],
    ['Kenya and Uganda signed a pact to cut tariffs on maize.', ['KEN→UGA 057', 'UGA→KEN 057']],
    // kept from an act, or answered by one, an act is no news of its own
    ['Ecuador and Peru signed a treaty that bars them from attacking each other.', ['ECU→PER 057', 'PER→ECU 057']],
    ['Japan suspended aid to Pakistan in response to its nuclear tests.', ['JPN→PAK 162']],
    // parties signing together sign with each other, whatever the accord is about
    ['Sudan and Chad signed an accord on Darfuri refugees.', ['SDN→TCD 057', 'TCD→SDN 057']],
    ['Venezuela banned all contacts with the Colombian government.', ['VEN→COLGOV 125']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(events(text).sort()).toEqual([...expected].sort());
  });
});
