/**
 * Word lists the extractors share: titles, speech verbs, stance verbs,
 * event verbs, words that are never names. General English, not tuned to
 * any article.
 */
import { WEEKDAYS } from './calendar.ts';

/** Titles that name an office, lower-case, longest first. */
export const TITLES = [
	'vice-president',
	'vice president',
	'prime minister',
	'deputy prime minister',
	'foreign minister',
	'foreign secretary',
	'defence minister',
	'defense minister',
	'defence secretary',
	'defense secretary',
	'interior minister',
	'finance minister',
	'health minister',
	'home secretary',
	'secretary of state',
	'secretary-general',
	'secretary general',
	'attorney general',
	'chief executive',
	'opposition leader',
	'house speaker',
	'president',
	'chancellor',
	'minister',
	'secretary',
	'senator',
	'sen.',
	'gov.',
	'governor',
	'mayor',
	'ambassador',
	'envoy',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'leader',
	'king',
	'queen',
	'pope',
	'general',
	'commissioner',
	'councillor',
	'councilor',
	'congressman',
	'congresswoman',
	'mp',
	'mep',
	'lawmaker',
	'legislator',
	'representative',
	'rep.',
	'speaker',
	'judge',
	'chairman',
	'chairwoman',
	'administrator',
	'director',
	'chair',
	'ceo',
	'head coach',
	'coach',
	'manager',
	'captain',
	// Titles by their initials: "PM Jane Roe", "AG Jane Roe", "DA Jane Roe", "VP Jane Roe".
	'pm',
	'ag',
	'da',
	'vp',
	'premier',
	'counterpart',
	'mr',
	'mrs',
	'ms',
	'dr'
];

/**
 * Offices held at home, within one country's government or legislature (the
 * titles of ministers, legislators, mayors, judges): a person holding one, of no
 * stated country, is placed where most of the article's actors are (flagged for
 * review). Not heads of state or government, diplomats or courtesy titles.
 */
export const HOME_OFFICES = TITLES.filter(
	(t) =>
		/minister|secretary|senator|^sen\.$|governor|^gov\.$|mayor|councill?or|congress|^mp$|lawmaker|legislator|representative|^rep\.$|speaker|judge|attorney general|opposition leader|^ag$|^da$/.test(
			t
		) && !/prime minister|secretary[- ]general|secretary of state/.test(t)
);

/** Titles that stand for a head of state or government (and match "leader", "counterpart"). */
export const HEAD_TITLES = new Set([
	'president',
	'prime minister',
	'chancellor',
	'premier',
	'king',
	'queen',
	'leader',
	'counterpart'
]);

/** Verbs that introduce speech, as base forms; inflections are matched by `verbForms`. */
export const SPEECH_VERBS = [
	'say',
	'tell',
	'add',
	'continue',
	'write',
	'post',
	'state',
	'declare',
	'insist',
	'argue',
	'warn',
	'ask',
	'reply',
	'respond',
	'answer',
	'claim',
	'explain',
	'note',
	'tweet',
	'announce',
	'urge',
	'acknowledge',
	'admit',
	'recall',
	'quip',
	'conclude',
	'stress',
	'vow',
	'promise',
	'suggest',
	'describe',
	'call',
	'retort',
	'shout',
	'exclaim',
	// After a quote only: "“…,” she shot back" (before an object they are gunfire).
	'shoot back',
	'fire back',
	'hit back',
	'fume',
	'rage',
	'snap',
	'joke',
	'scoff'
];

/**
 * Measures an actor takes against another ("the league suspended the coach",
 * "the union sued the council"): a reaction in response to the story, but in
 * the article's opening paragraph the story's own event.
 */
export const MEASURE_VERBS = [
	'sue',
	'summon',
	'impose sanctions on',
	'slap sanctions on',
	'recall its ambassador',
	'suspend',
	'fine',
	'ban',
	'punish',
	'expel',
	'discipline',
	'reprimand',
	'penalise',
	'penalize',
	'impeach',
	'censure',
	'withhold',
	'hold back',
	'revoke'
];

/** Stance of a reporting verb toward its object. */
export const STANCE_VERBS: Record<string, 'supportive' | 'critical' | 'mixed' | 'neutral'> = {
	accuse: 'critical',
	condemn: 'critical',
	criticise: 'critical',
	criticize: 'critical',
	denounce: 'critical',
	blame: 'critical',
	attack: 'critical',
	slam: 'critical',
	reject: 'critical',
	mock: 'critical',
	ridicule: 'critical',
	rebuke: 'critical',
	chide: 'critical',
	scold: 'critical',
	berate: 'critical',
	decry: 'critical',
	deplore: 'critical',
	oppose: 'critical',
	challenge: 'critical',
	sanction: 'critical',
	threaten: 'critical',
	'lash out at': 'critical',
	'hit out at': 'critical',
	'call out': 'critical',
	'hit back at': 'critical',
	'take aim at': 'critical',
	'take issue with': 'critical',
	disrespect: 'critical',
	counter: 'critical',
	blast: 'critical',
	lambast: 'critical',
	disagree: 'critical',
	dispute: 'critical',
	contradict: 'critical',
	object: 'critical',
	back: 'supportive',
	support: 'supportive',
	thank: 'supportive',
	welcome: 'supportive',
	praise: 'supportive',
	hail: 'supportive',
	endorse: 'supportive',
	defend: 'supportive',
	congratulate: 'supportive',
	applaud: 'supportive',
	commend: 'supportive',
	salute: 'supportive',
	'stand by': 'supportive',
	'stand with': 'supportive',
	'side with': 'supportive',
	'rally behind': 'supportive',
	reassure: 'supportive',
	urge: 'critical',
	'call on': 'mixed',
	'appeal to': 'mixed',
	question: 'critical',
	press: 'critical',
	'cry foul': 'critical',
	insult: 'critical',
	snub: 'critical',
	rebuff: 'critical',
	fault: 'critical',
	assail: 'critical',
	castigate: 'critical',
	excoriate: 'critical',
	boycott: 'critical',
	'vote against': 'critical',
	'vote for': 'supportive',
	laud: 'supportive',
	champion: 'supportive',
	...Object.fromEntries(MEASURE_VERBS.map((v) => [v, 'critical' as const]))
};

/**
 * Stance verbs that take a side only with an object and then "to", "on",
 * "about", "over" or "for" ("pressed the minister to resign", "pressed her on
 * the budget"); without one they are something else ("the press", "hard
 * pressed", "pressed ahead").
 */
export const OBJECT_STANCE_VERBS = ['press'];

/**
 * Verbs of a concession: granting a point to the other side ("admitted
 * mistakes", "acknowledged the delay"). What an actor concedes, without words
 * that take a side, is mixed.
 */
export const CONCESSION_VERBS = ['admit', 'acknowledge', 'concede'];

/** Verbs of a promise: their stance is that of the act promised ("vowed to punish" is critical). */
export const PLEDGE_VERBS = ['pledge', 'vow', 'promise'];

/** Participles opening an aside between a speaker and the verb: "X, speaking on Holm Radio, said". */
export const ASIDE_PARTICIPLES = ['speaking', 'writing', 'talking', 'appearing'];

/** Acts that go against their object: a pledge "to fight the closure" is critical of the closure. */
export const ACTS_AGAINST = [
	'fight',
	'block',
	'stop',
	'halt',
	'challenge',
	'overturn',
	'reverse',
	'repeal',
	'undo',
	'resist',
	'oppose',
	'scrap',
	'defeat',
	'sue'
];

/**
 * How an actor feels about something, after "was/were": "residents were
 * furious about the closure", "the club is delighted with the ruling".
 */
export const FEELING_STANCES: Record<string, 'supportive' | 'critical'> = {
	angry: 'critical',
	furious: 'critical',
	outraged: 'critical',
	incensed: 'critical',
	livid: 'critical',
	upset: 'critical',
	unhappy: 'critical',
	dismayed: 'critical',
	appalled: 'critical',
	frustrated: 'critical',
	delighted: 'supportive',
	pleased: 'supportive',
	happy: 'supportive',
	thrilled: 'supportive',
	grateful: 'supportive'
};

/** Nouns after "published/expressed/voiced/offered … for/of" that carry a stance. */
export const STANCE_NOUNS: Record<string, 'supportive' | 'critical'> = {
	support: 'supportive',
	solidarity: 'supportive',
	sympathy: 'supportive',
	condolences: 'supportive',
	backing: 'supportive',
	thanks: 'supportive',
	gratitude: 'supportive',
	praise: 'supportive',
	criticism: 'critical',
	condemnation: 'critical',
	anger: 'critical',
	outrage: 'critical',
	concern: 'critical',
	concerns: 'critical',
	fears: 'critical',
	opposition: 'critical',
	complaint: 'critical',
	complaints: 'critical',
	objection: 'critical',
	objections: 'critical',
	protest: 'critical',
	fury: 'critical',
	dismay: 'critical',
	disappointment: 'critical',
	scorn: 'critical',
	derision: 'critical',
	disbelief: 'critical',
	delight: 'supportive'
};

/**
 * Predicates about a target inside reported speech ("said X was to blame",
 * "said X had acted responsibly"), as patterns on the words after the target.
 */
export const CLAUSE_STANCE: [RegExp, 'supportive' | 'critical'][] = [
	// A verdict of blame or danger: "was to blame", "is a threat", "were lying".
	[
		/^(?:was|is|were|are|had been|has been)\s+(?:the\s+)?(?:to blame|responsible|wrong|lying|a liar|a threat|a danger|a dictator|unfit|guilty)/i,
		'critical'
	],
	// Conduct judged good: "had acted responsibly", "behaved correctly".
	[
		/^(?:had\s+|has\s+)?(?:acted|behaved)\s+(?:responsibly|correctly|properly|appropriately|lawfully)/i,
		'supportive'
	],
	// A verdict of merit: "was right", "is a friend".
	[
		/^(?:was|is|were|are|had been|has been)\s+(?:right|correct|brave|courageous|a hero|an ally|a friend)/i,
		'supportive'
	],
	// A wrong done: "had betrayed", "lied", "provoked".
	[
		/^(?:had\s+|has\s+)?(?:disrespected|betrayed|lied|failed|insulted|humiliated|provoked)/i,
		'critical'
	],
	// The target as a victim: "was being attacked", "were bombed".
	[
		/^(?:(?:was|is|were|are)\s+(?:being\s+)?|being\s+)(?:attacked|invaded|bombed|targeted)/i,
		'supportive'
	]
];

/** Groups whose very name says their stance ("critics", "supporters"), read when their words say none. */
export const GROUP_STANCE: Record<string, 'critical' | 'supportive'> = {
	critics: 'critical',
	opponents: 'critical',
	detractors: 'critical',
	sceptics: 'critical',
	skeptics: 'critical',
	supporters: 'supportive',
	backers: 'supportive',
	admirers: 'supportive',
	defenders: 'supportive'
};

/** Phrases of solidarity in a quote addressed to a target ("we stand with you"). */
export const QUOTE_SUPPORT =
	/\b(?:stand with|stands with|standing with|solidarity|we support|thank you|grateful|on your side|behind you)\b/i;

/** Verbs that give a stance noun to a target: "expressed support for", "voiced concern over". */
export const STANCE_NOUN_VERBS = [
	'expressed',
	'voiced',
	'offered',
	'pledged',
	'declared',
	'showed',
	'shown',
	'sent',
	'gave',
	'given',
	'reaffirmed',
	'signalled',
	'signaled',
	// "lodged a protest with", "filed a complaint against", "raised objections to".
	'lodged',
	'filed',
	'raised'
];

/** Words that open a sentence reporting what happened next ("Then", "After that"). */
export const SEQUENCE_OPENERS = [
	'then',
	'later',
	'afterwards',
	'after that',
	'soon after',
	'next',
	'shortly after',
	'not long after'
];

/** Legislatures a member is named "in": "Democrats in Congress", "Labour MPs in Parliament". */
export const LEGISLATURES = ['Congress', 'Parliament', 'the Senate', 'the House'];

/** Verbs that report something happening: the heads of events. */
export const EVENT_VERBS = [
	'meet',
	'sign',
	'agree',
	'announce',
	'vote',
	'attack',
	'strike',
	'launch',
	'kill',
	'leave',
	'resign',
	'elect',
	'win',
	'lose',
	'post',
	'hold',
	'visit',
	'rule',
	'pass',
	'approve',
	'invade',
	'arrest',
	'fire',
	'hit',
	'clash',
	'open',
	'close',
	'raise',
	'cut',
	'ban',
	'release',
	'free',
	'seize',
	'capture',
	'withdraw',
	'deploy',
	'order',
	'sack',
	'appoint',
	'name',
	'impose',
	'lift',
	'suspend',
	'collapse',
	'crash',
	'erupt',
	'begin',
	'end',
	'start',
	'host',
	'call',
	'publish',
	'present',
	'unveil',
	'block',
	'reject',
	'accuse',
	'confirm',
	'deny',
	'escalate',
	'soften',
	'sour',
	'break',
	'storm',
	'evacuate',
	'die',
	'injure',
	'flee',
	'return',
	'arrive',
	'travel',
	'fly',
	'land',
	'fall',
	'rise',
	'shoot',
	'bomb',
	'detain',
	'charge',
	'convict',
	'sentence',
	'sue',
	'file',
	'introduce',
	'table',
	'debate',
	'discuss',
	'talk',
	'negotiate',
	'fine',
	'convene',
	'oversee',
	'activate',
	'send'
];

const IRREGULAR: Record<string, string[]> = {
	say: ['says', 'said', 'saying'],
	tell: ['tells', 'told', 'telling'],
	take: ['takes', 'took', 'taken', 'taking'],
	write: ['writes', 'wrote', 'writing', 'written'],
	meet: ['meets', 'met', 'meeting'],
	see: ['sees', 'saw', 'seen', 'seeing'],
	win: ['wins', 'won', 'winning'],
	lose: ['loses', 'lost', 'losing'],
	leave: ['leaves', 'left', 'leaving'],
	hold: ['holds', 'held', 'holding'],
	strike: ['strikes', 'struck', 'striking'],
	hit: ['hits', 'hit', 'hitting'],
	cut: ['cuts', 'cut', 'cutting'],
	begin: ['begins', 'began', 'begun', 'beginning'],
	break: ['breaks', 'broke', 'broken', 'breaking'],
	flee: ['flees', 'fled', 'fleeing'],
	fly: ['flies', 'flew', 'flown', 'flying'],
	fall: ['falls', 'fell', 'fallen', 'falling'],
	rise: ['rises', 'rose', 'risen', 'rising'],
	seize: ['seizes', 'seized', 'seizing'],
	withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
	die: ['dies', 'died', 'dying'],
	free: ['frees', 'freed', 'freeing'],
	agree: ['agrees', 'agreed', 'agreeing'],
	quip: ['quips', 'quipped', 'quipping'],
	ban: ['bans', 'banned', 'banning'],
	expel: ['expels', 'expelled', 'expelling'],
	slam: ['slams', 'slammed', 'slamming'],
	stand: ['stands', 'stood', 'standing'],
	lash: ['lashes', 'lashed', 'lashing'],
	side: ['sides', 'sided', 'siding'],
	rally: ['rallies', 'rallied', 'rallying'],
	sue: ['sues', 'sued', 'suing'],
	snub: ['snubs', 'snubbed', 'snubbing'],
	table: ['tables', 'tabled', 'tabling'],
	open: ['opens', 'opened', 'opening'],
	sour: ['sours', 'soured', 'souring'],
	soften: ['softens', 'softened', 'softening'],
	question: ['questions', 'questioned', 'questioning'],
	appeal: ['appeals', 'appealed', 'appealing'],
	travel: ['travels', 'travelled', 'traveled', 'travelling', 'traveling'],
	label: ['labels', 'labelled', 'labeled', 'labelling', 'labeling'],
	dub: ['dubs', 'dubbed', 'dubbing'],
	echo: ['echoes', 'echoed', 'echoing'],
	withhold: ['withholds', 'withheld', 'withholding'],
	shoot: ['shoots', 'shot', 'shooting'],
	deny: ['denies', 'denied', 'denying'],
	reply: ['replies', 'replied', 'replying'],
	impose: ['imposes', 'imposed', 'imposing'],
	send: ['sends', 'sent', 'sending'],
	oversee: ['oversees', 'oversaw', 'overseen', 'overseeing'],
	fine: ['fines', 'fined', 'fining'],
	admit: ['admits', 'admitted', 'admitting']
};

/** Inflected forms of a base verb: "accuse" → accuse, accuses, accused, accusing. */
export function verbForms(base: string): readonly string[] {
	let forms = formsOf.get(base);
	if (!forms) formsOf.set(base, (forms = inflect(base)));
	return forms;
}

/** Each base verb's forms, worked out once. */
const formsOf = new Map<string, readonly string[]>();

function inflect(base: string): string[] {
	const [head, ...rest] = base.split(' ');
	const tail = rest.length ? ' ' + rest.join(' ') : '';
	const irregular = IRREGULAR[head!];
	let forms: string[];
	if (irregular) forms = [head!, ...irregular];
	else if (head!.endsWith('e')) forms = [head!, head + 's', head + 'd', head!.slice(0, -1) + 'ing'];
	else if (/[^aeiou]y$/.test(head!))
		forms = [head!, head!.slice(0, -1) + 'ies', head!.slice(0, -1) + 'ied', head + 'ing'];
	else if (/(?:s|sh|ch|x|z)$/.test(head!)) forms = [head!, head + 'es', head + 'ed', head + 'ing'];
	else forms = [head!, head + 's', head + 'ed', head + 'ing'];
	return forms.map((f) => f + tail);
}

/** Alternation of all forms of some base verbs, longest first, for a regex. */
export function verbPattern(bases: readonly string[]): string {
	return bases
		.flatMap(verbForms)
		.sort((a, b) => b.length - a.length)
		.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
		.join('|');
}

/** The base form of an inflected verb among `bases`, if any. */
export function baseOf(word: string, bases: readonly string[]): string | undefined {
	const w = word.toLowerCase().replace(/\s+/g, ' ');
	return bases.find((b) => verbForms(b).includes(w));
}

/** Capitalised words that start sentences or name things other than actors. */
export const NOT_NAMES = new Set(
	`The A An And But Or So Yet For Nor If As At In On Of To By From With Without After Before During While When Where Why How What Who Which That This These Those There Here Then Now Meanwhile However Also Still Even Later Earlier Since Until Although Though Because Despite Instead Indeed Yes No Not It Its He She They We I You His Her Their Our My Your Him Them Us Me Some Many Most Several All Both Each Every Other Another One Two Three Four Five Ten First Second Third Last Next Such Asked Speaking According Under Over Across Around Through Into Outside Inside Amid Following Asked Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Today Tomorrow Yesterday Mr Mrs Ms Dr Read More Share Advertisement Photo Image Getty Reuters AP AFP Watch Related Sign Subscribe Newsletter Copyright Live Breaking Analysis Update Updated Published`.split(
		/\s+/
	)
);

/**
 * A denial in the speaker's own words: a subject pronoun, "do/does/did not"
 * (or "never") and an act ("we don't target civilians", "it does not owe
 * anyone", "I never took a bribe"). Not a negated thought or plan ("we do
 * not know", "they did not expect"), which takes no side.
 */
export const DENIAL =
	/(?:^|[\s"“‘:,(])(?:[Ww]e|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|I)\s+(?:(?:do|does|did)\s*(?:n['’]t|\s+not)|never)\s+(?!know|knew|expect|think|thought|believe|plan|want|wish|see|say|comment|have\s+(?:any|a|the)\b|need|intend|recall|remember|understand)[a-z]+/u;

/** Nouns a bare year dates when it stands right before them ("the 2019 election", "a 2007 contract"). */
export const YEAR_NOUNS = [
	'election',
	'elections',
	'deal',
	'invasion',
	'war',
	'agreement',
	'ceasefire',
	'summit',
	'vote',
	'referendum',
	'census',
	'budget',
	'attack',
	'law',
	'act',
	'treaty',
	'olympics',
	'world cup',
	'campaign',
	'crisis',
	'contract',
	'accord',
	'coup',
	'uprising',
	'revolution',
	'protests',
	'earthquake',
	'flood',
	'floods',
	'crash',
	'trial',
	'merger',
	'takeover',
	'final',
	'season',
	'tournament',
	'report',
	'visit',
	'pact'
];

/**
 * Nouns for word of something that already happened: a date after "reports
 * of …" belongs to the happening reported, even after a future verb ("will
 * look into reports of a landslide on Friday" is last Friday). Not "evidence"
 * or "footage", which are often shown on the day named ("will present
 * evidence of the fraud on Monday").
 */
export const ACCOUNT_NOUNS = [
	'reports',
	'claims',
	'allegations',
	'accounts',
	'sightings',
	'rumours',
	'rumors'
];

/**
 * Phrases after a duration that make it someone's time in a post ("after
 * four years in office"): a span ending at publication that is an event of
 * its own, the tenure.
 */
export const TENURE_PHRASES = [
	'in charge',
	'in office',
	'in power',
	'at the helm',
	'in the job',
	'in the post',
	'in the role'
];

/**
 * Bare plural nouns that name no body when they speak alone ("officials
 * said", "sources said"): not a reaction unless qualified ("US officials").
 */
export const FACELESS_GROUPS = new Set(['officials', 'sources', 'authorities']);

/** Country and place names that are also given names ("Israel Katz", "Jordan Bardella"). */
export const GIVEN_NAMES = new Set([
	'Israel',
	'Jordan',
	'Chad',
	'Georgia',
	'India',
	'Kenya',
	'Ireland'
]);

/** Last words of a club's name ("Vellen Rovers", "Tarn United"): a club, which "the club" means. */
export const CLUB_NAME_WORDS = [
	'united',
	'rovers',
	'athletic',
	'wanderers',
	'hotspur',
	'fc',
	'albion'
];

/** Heads of bodies that may take their city's name after them: "Imperial College London". */
export const SEAT_HEADS = ['university', 'college', 'school', 'hospital', 'institute', 'academy'];

/** Last words that make a name an organisation ("… Ministry", "… Council", a club's "… United"). */
export const ORG_HEADS = new Set([
	...'ministry department office council commission committee court parliament congress senate assembly union bank agency organisation organization museum foods industries energy pharma brands retail logistics resources mining petroleum steel homes entertainment labs electric power telecom insurance software solutions shipping construction properties hotels party army forces force navy police service fund federation association alliance group company corporation inc ltd reuters news times post guardian tribunal authority board league programme program network foundation cabinet government administration kremlin pentagon international watch society coalition confederation cross chamber systems technologies airlines airways airline railways motors holdings partners trust studios pharmaceuticals laboratories media treasury ministries embassy club capital securities investments consulting research analytics economics'.split(
		' '
	),
	...SEAT_HEADS,
	...CLUB_NAME_WORDS
]);

/** Lower-case particles inside personal names ("Erik van Dalen", "Ana de Souza"). */
export const NAME_PARTICLES = new Set(
	'van von de der den da di du del della dos das bin ibn ter ten le la al el'.split(' ')
);

/** Words of a minister's portfolio ("Secretary of State …", "Minister for Foreign Affairs …"): never part of a name. */
export const PORTFOLIO_WORDS = new Set(
	'State Foreign Home Affairs Defence Defense Finance Health Education Justice Trade Energy Transport Interior Labour Labor Agriculture Environment Natural Resources Economy Housing Culture Industry Commerce Security Homeland Veterans Internal External Public Works Information Science Technology Tourism Water Mines Land Lands Fisheries Sport Youth Women Social Development Planning Infrastructure Immigration War Communications'.split(
		' '
	)
);

/** Last words of the names of laws and documents ("the Coastal Waters Act", "the Lisbon Accord"): never actors. */
export const DOCUMENT_HEADS = new Set(
	'Law Laws Act Acts Bill Bills Treaty Convention Agreement Accord Accords Charter Constitution Code Directive Protocol Amendment Declaration Resolution Ordinance Decree Regulation Regulations Statute'.split(
		' '
	)
);

/** Last words of the names of events ("London Fashion Week", "the World Cup"): never actors. */
export const EVENT_HEADS = new Set(
	'Week Festival Summit Games Cup Championship Championships Olympics Awards Expo Marathon Tournament'.split(
		' '
	)
);

/** Last words of the names of places and buildings ("the Red Sea", "Trump Tower"): never actors. */
export const PLACE_HEADS = new Set(
	'Sea Ocean River Mountain Mountains Gulf Strait Peninsula Island Islands Valley Desert Lake Bay Coast Street Square Avenue Road Airport Station Stadium Park Bridge Hall Hospital Canal Province Region County District City Tower Towers Hotel Building'.split(
		' '
	)
);

/** Nouns for a speaker the article does not name ("a senior official", "a lawyer for the family"), longest forms first. */
export const UNNAMED_SPEAKERS = [
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'officials',
	'official',
	'sources',
	'source',
	'diplomats',
	'diplomat',
	'aides',
	'aide',
	'advisers',
	'adviser',
	'analysts',
	'analyst',
	'residents',
	'resident',
	'witnesses',
	'witness',
	'protesters',
	'protester',
	'lawyers',
	'lawyer',
	'attorneys',
	'attorney'
];

/** Social platforms and channels a reaction is made on. */
export const CHANNELS: [RegExp, string][] = [
	[/\bTruth Social\b/, 'Truth Social'],
	[/\bon X\b|\bmessage on X\b|\bX post\b|\bpost(?:ed)? (?:on|to) X\b/, 'X'],
	[/\bTwitter\b|\btweet/i, 'Twitter'],
	[/\bFacebook\b/, 'Facebook'],
	[/\bInstagram\b/, 'Instagram'],
	[/\bTelegram\b/, 'Telegram'],
	[/\bTikTok\b/, 'TikTok'],
	[/\bstatement\b/i, 'statement'],
	[/\bpress conference\b|\bnews conference\b/i, 'press conference'],
	[/\binterview\b/i, 'interview']
];

/**
 * Verbs of a view, which report one only with "as" after their object: "the
 * ministry sees the move as a provocation", "regards the ruling as unjust".
 */
export const OPINION_VERBS = ['see', 'view', 'regard', 'consider'];

/**
 * Verbs that name what their object is, and report a view only when they do:
 * "called the ruling a disgrace", "labelled him a liar", not "called a
 * meeting" or "called the police".
 */
export const NAMING_VERBS = ['call', 'label', 'dub'];

/**
 * Speech verbs that report speech by themselves only after a quote (or, for
 * "call" and "describe", with checks of their own): "posted" a video, "fired
 * back" at gunmen.
 */
export const SPEECH_AFTER_QUOTE = [
	'call',
	'post',
	'describe',
	'shoot back',
	'fire back',
	'hit back',
	'fume',
	'rage',
	'snap',
	'joke',
	'scoff'
];

/** Verbs that report what an actor said or did about the story: speech verbs, stance verbs and a few more. */
export const REPORTING_VERBS = [
	...new Set([
		...SPEECH_VERBS.filter((v) => !SPEECH_AFTER_QUOTE.includes(v)),
		...Object.keys(STANCE_VERBS),
		'deny',
		'confirm',
		'dismiss',
		'express',
		'pledge',
		'demand',
		'refuse',
		'decline',
		'apologise',
		'apologize',
		'testify',
		'complain',
		'allege',
		'point out',
		'maintain',
		'contend',
		'assert',
		'predict',
		'caution',
		'report',
		'reiterate',
		'repeat',
		'call for',
		'ask for',
		'hit back',
		'brand',
		'agree',
		'concede',
		'describe',
		'voice',
		'echo',
		...OPINION_VERBS,
		...NAMING_VERBS
	])
];

/** All forms of the reporting verbs, longest first, as one regex alternation. */
export const REPORTING_PATTERN = verbPattern(REPORTING_VERBS);

/**
 * When a thing was said, written between the speaker and the verb in wire
 * copy: "Norway on Tuesday condemned …", "the ministry last week said …".
 */
export const WHEN_BEFORE_VERB = `(?:on\\s+(?:${WEEKDAYS.join('|')})(?:\\s+(?:night|morning|afternoon|evening))?|yesterday|today|tonight|(?:last|this|earlier\\s+this)\\s+(?:week|weekend|month|year|morning|night))`;

/**
 * Auxiliaries and adverbs that may stand between a subject and its verb
 * ("Norway has also condemned", "she did not deny"); each reader of a
 * subject adds a few of its own.
 */
export const SUBJECT_VERB_GAP = [
	'has',
	'have',
	'had',
	'was',
	'were',
	'is',
	'are',
	'also',
	'both',
	'all',
	'then',
	'later',
	'quickly',
	'immediately',
	'publicly',
	'repeatedly',
	'earlier',
	'again',
	'not',
	'never',
	'would',
	'will',
	'could',
	'did',
	'does',
	'do'
];

/**
 * Words that carry a stance in what an actor says (a quote or a reported
 * clause). A negation just before ("not", "never", "did not") turns the
 * word's stance over; a clause with both kinds is mixed.
 */
export const STANCE_WORDS: Record<'critical' | 'supportive', string[]> = {
	critical: [
		'condemn',
		'abolish',
		'scrap',
		'unacceptable',
		'outrage',
		'outrageous',
		'shameful',
		'disgrace',
		'disgraceful',
		'appalling',
		'deplorable',
		'illegal',
		'unlawful',
		'violation',
		'violates',
		'wrong',
		'false',
		'lie',
		'lies',
		'lied',
		'baseless',
		'nonsense',
		'ridiculous',
		'absurd',
		'threat',
		'provocation',
		'provocative',
		'reckless',
		'dangerous',
		'irresponsible',
		'disappointed',
		'disappointing',
		'regret',
		'regretted',
		'resist',
		'overturn',
		'regrettable',
		'concern',
		'concerned',
		'worried',
		'alarmed',
		'failed',
		'failure',
		'mislead',
		'misled',
		'misleading',
		'corrupt',
		'scandal',
		'attack',
		'hostile',
		'aggression',
		'oppose',
		'opposed',
		'reject',
		'rejected',
		'deny',
		'denied',
		'accuse',
		'accused',
		'blame',
		'blamed',
		'criticise',
		'criticised',
		'criticize',
		'criticized',
		'unfair',
		'unjust',
		'injustice',
		'betray',
		'betrayal',
		'fraud',
		'fake',
		'bad',
		'terrible',
		'worst',
		'damage',
		'damaged',
		'harm',
		'abuse',
		'crime',
		'crimes',
		'disrespect',
		'insult',
		'demand',
		'demanded',
		'must',
		'contrary',
		'scandalous',
		'contradict',
		'stupid',
		'refuse',
		'unsafe',
		'forced',
		'complain',
		'pressure',
		'fear',
		'angry',
		'anger',
		'furious',
		'problem',
		'danger',
		'deceive',
		'deceit',
		'hypocrisy',
		'hypocrite',
		'shocking',
		'shocked',
		'disgust',
		'disgusting',
		'slam',
		'mock',
		'ridicule',
		'insulting',
		'warning',
		'warn',
		'punish',
		'sanction',
		// An inquiry demanded, not one under way: "a swift and transparent investigation".
		'independent investigation',
		'thorough investigation',
		'transparent investigation',
		'impartial investigation',
		'credible investigation',
		'full investigation',
		'urgent investigation',
		'accountable',
		'accountability',
		'deliberate',
		'targeted',
		'killed',
		'kill',
		'destroy',
		'ruin',
		'breach',
		'guilty',
		'no intention',
		'never again',
		'enough is enough',
		'excuse',
		'misconduct',
		'negligence',
		'blatant',
		// Judgements of a decision's wisdom or timing.
		'pathetic',
		'in denial',
		// Appealing a decision (not an appeal for calm, nor "an appeal against it could be made").
		'will appeal',
		'would appeal',
		'appealed against',
		'to appeal the',
		'disaster',
		'disastrous',
		'fiasco',
		'shambles',
		'farce',
		'travesty',
		'madness',
		'disappointment',
		'dismay',
		'dismayed',
		'premature',
		'ill-advised',
		'unwise',
		'misguided',
		'short-sighted',
		'counterproductive'
	],
	supportive: [
		'welcome',
		'welcomed',
		'support',
		'supported',
		'supports',
		'praise',
		'praised',
		'thank',
		'thanks',
		'grateful',
		'gratitude',
		'pleased',
		'proud',
		'delighted',
		'congratulate',
		'congratulations',
		'great',
		'excellent',
		'wonderful',
		'right decision',
		'good',
		'best',
		'success',
		'successful',
		'committed',
		'solidarity',
		'stand with',
		'ally',
		'friend',
		'honour',
		'honoured',
		'privilege',
		'agree',
		'agreed',
		'backed',
		'back',
		'defend',
		'defended',
		'justified',
		'appropriate',
		'legitimate',
		'accomplished',
		'brilliant',
		'assist',
		'help',
		'respect',
		'admire',
		'admiration',
		'trust',
		'delight',
		'happy',
		'thrilled',
		'glad',
		'honest',
		'fair',
		'generous',
		'positive',
		'constructive',
		'productive',
		'progress',
		'peace',
		'cooperation',
		'partner',
		'partnership',
		'friendship'
	]
};

/**
 * What follows a stance word after "the" when it heads its phrase and so names a
 * thing rather than judging one ("the attack on …", "the scandal,"): the end,
 * a stop, or a preposition, verb or conjunction.
 */
export const NAMED_THING_AFTER =
	/^(?:\s*$|\s*[,.;:!?)"”’]|\s+(?:of|on|in|at|against|by|that|which|who|was|were|is|are|has|had|and|or|to|for|from|with|over|into|after|before)\b)/i;

/** Words that turn the stance of the next few words over. */
export const NEGATIONS =
	/\b(?:not|never|no(?!\s+\d)|nor|without|didn['’]t|don['’]t|doesn['’]t|won['’]t|isn['’]t|wasn['’]t|aren['’]t|hasn['’]t|haven['’]t|hadn['’]t|wouldn['’]t|cannot|can['’]t|hardly|refused to|declined to)\s+(?:\w+\s+){0,2}$/i;

/**
 * Plural nouns for groups that take a side on a policy or a decision ("unions",
 * "farmers", "critics"): a group subject of a stance verb ("farmers condemned …").
 */
export const STAKEHOLDER_NOUNS = [
	'parties',
	'groups',
	'lawmakers',
	'MPs',
	'critics',
	'campaigners',
	'unions',
	'activists',
	'protesters',
	'residents',
	'analysts',
	'economists',
	'investors',
	'businesses',
	'employers',
	'doctors',
	'nurses',
	'teachers',
	'farmers',
	'students',
	'workers',
	'passengers',
	'fans',
	'voters',
	'parents',
	'families',
	'players',
	'employees',
	'staff',
	'scientists',
	'researchers',
	'consumers',
	'customers',
	'users',
	'tenants',
	'retailers',
	'drivers',
	'motorists',
	'commuters',
	'travellers',
	'patients',
	'advocates',
	'owners',
	'homeowners',
	'landlords',
	'shareholders',
	'traders',
	'shopkeepers',
	'environmentalists',
	'conservationists',
	'charities',
	'islanders',
	'inhabitants',
	'mourners',
	'onlookers',
	'bystanders',
	'spectators',
	'viewers',
	'listeners',
	'readers',
	'shoppers',
	'tourists',
	'visitors',
	'worshippers',
	'pupils',
	'veterans',
	'migrants',
	'refugees',
	'victims',
	'midwives',
	'paramedics',
	'firefighters',
	'soldiers',
	'fishermen',
	'miners',
	'dockers'
];

/**
 * Nouns that describe a person by what they do, written before the name or in
 * apposition ("entrepreneur Victor Ramos", "Mason Rudd, the quarterback"), and
 * later alone for them ("the entrepreneur said").
 */
export const DESCRIPTOR_NOUNS = [
	'entrepreneur',
	'businessman',
	'businesswoman',
	'billionaire',
	'tycoon',
	'investor',
	'founder',
	'executive',
	'economist',
	'professor',
	'scientist',
	'researcher',
	'author',
	'writer',
	'journalist',
	'broadcaster',
	'presenter',
	'activist',
	'campaigner',
	'actor',
	'actress',
	'singer',
	'rapper',
	'musician',
	'comedian',
	'quarterback',
	'receiver',
	'linebacker',
	'striker',
	'midfielder',
	'defender',
	'goalkeeper',
	'pitcher',
	'boxer',
	'fighter',
	'driver',
	'cyclist',
	'golfer',
	'candidate',
	'nominee',
	'challenger',
	'incumbent',
	'lawyer',
	'attorney',
	'prosecutor',
	'defendant',
	'plaintiff',
	'witness',
	'surgeon',
	'doctor',
	'priest',
	'bishop',
	'cleric',
	'diplomat',
	'veteran',
	'resident',
	'pensioner',
	'homeowner',
	'shopkeeper',
	'student',
	'teacher',
	'nurse',
	'farmer',
	'widow'
];

/**
 * Nouns that describe a company by its trade, written before its name ("carmaker Volta",
 * "Retailer Hallam & Co said"): opening a sentence, capitalised, they are no part of the name.
 */
export const COMPANY_DESCRIPTORS = [
	'carmaker',
	'automaker',
	'chipmaker',
	'drugmaker',
	'planemaker',
	'shipbuilder',
	'housebuilder',
	'retailer',
	'supermarket',
	'airline',
	'lender',
	'insurer',
	'publisher',
	'developer',
	'streamer',
	'manufacturer',
	'supplier',
	'exporter'
];

/** Words for a company by what it is, not its trade: "the ferry operator Tarnline", "tech giant". */
export const COMPANY_WORDS = ['operator', 'owner', 'provider', 'giant', 'chain', 'brand', 'maker'];

/**
 * Nouns that, right after a country, party or body name, make a group of it
 * ("Western allies", "Labour MPs", "Russian forces", "the Polish public").
 */
export const NAME_GROUP_NOUNS = [
	'allies',
	'leaders',
	'officials',
	'lawmakers',
	'legislators',
	'senators',
	'ministers',
	'diplomats',
	'countries',
	'nations',
	'governments',
	'people',
	'public',
	'citizens',
	'forces',
	'troops',
	'authorities',
	'government',
	'voters',
	'members',
	'MPs',
	'councillors',
	'politicians'
];

/** Plural nouns that name a group of people speaking together: stakeholders and these. */
export const GROUP_NOUNS = [
	...STAKEHOLDER_NOUNS,
	'villagers',
	'officials',
	'experts',
	'pilots',
	'legislators',
	'senators',
	'demonstrators',
	'witnesses',
	'survivors',
	'relatives',
	'friends',
	'supporters',
	'opponents',
	'observers',
	'diplomats',
	'investigators',
	'prosecutors',
	'lawyers',
	'leaders',
	'ministers',
	'sources',
	'commentators',
	'locals',
	'communities',
	'officers',
	'medics',
	'rescuers',
	'volunteers',
	'academics',
	'historians',
	'judges',
	'councillors',
	'athletes',
	'insiders',
	'executives',
	'regulators',
	'bankers',
	'neighbours'
];

/** Social platforms: a capitalised run naming one is where words were posted, never who posted them. */
export const SOCIAL_PLATFORMS = [
	'Truth Social',
	'X',
	'Twitter',
	'Facebook',
	'Instagram',
	'Telegram',
	'TikTok',
	'YouTube',
	'WhatsApp',
	'Weibo',
	'Bluesky',
	'Threads'
];

/** Number words for counts in durations ("three years"); "a few" and "several" count as three. */
export const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	several: 3,
	few: 3,
	'a few': 3
};

/** Verbs of appeal, critical of whom they press (unless all they ask for is calm). */
const APPEALS = ['urge', 'call on', 'call for', 'ask for', 'appeal to', 'demand'];

/**
 * The stance of reporting verbs that are not stance verbs on their own (they
 * make no reaction by themselves) but give the statement they report a
 * stance: "denied the claim" is critical of it, "confirmed" takes no side.
 */
export const STATEMENT_VERB_STANCES: Record<string, 'supportive' | 'critical' | 'neutral'> = {
	deny: 'critical',
	dismiss: 'critical',
	refuse: 'critical',
	complain: 'critical',
	allege: 'critical',
	warn: 'critical',
	...Object.fromEntries(APPEALS.map((v) => [v, 'critical' as const])),
	confirm: 'neutral',
	// A finding ("the report found that …") states facts; it takes no side.
	find: 'neutral',
	apologise: 'supportive',
	apologize: 'supportive',
	pledge: 'supportive',
	vow: 'supportive'
};

/** Nouns naming a happening that a stance verb can take as its object ("condemned the launch"). */
export const EVENT_TARGET_NOUNS = [
	'launch',
	'launches',
	'test',
	'tests',
	'talks',
	'fine',
	'decision',
	'pact',
	'ruling',
	'meeting',
	'attack',
	'attacks',
	'strike',
	'strikes',
	'vote',
	'deal',
	'agreement',
	'plan',
	'bill',
	'announcement',
	'law',
	'sanctions',
	'election',
	'invasion',
	'proposal',
	'budget',
	'verdict',
	'visit',
	'treaty',
	'investigation',
	'crackdown'
];

const MEETING_CUES = ['talks', 'met', 'meet', 'hosted', 'meeting'];

/**
 * For some of those nouns, the word beginnings by which an event's own words
 * show it is the happening the noun names: a "launch" is what was "fired" or
 * "tested", a "deal" what was "signed".
 */
export const EVENT_NOUN_CUES: Record<string, string[]> = {
	launch: ['fired', 'launched', 'tested', 'launch', 'test'],
	talks: [...MEETING_CUES, 'negotiat'],
	meeting: MEETING_CUES,
	fine: ['fined', 'fine', 'penalt'],
	decision: ['fined', 'ruled', 'decided', 'decision', 'ruling', 'approved', 'passed'],
	ruling: ['ruled', 'ruling', 'court'],
	bill: ['bill', 'law', 'passed', 'approved'],
	deal: ['deal', 'agreement', 'pact', 'signed', 'agreed', 'accord'],
	vote: ['vote', 'voted', 'approved', 'passed', 'ballot']
};

/** Nouns that name the same kind of happening as one of those, and share its cues. */
export const EVENT_NOUN_SAME_AS: Record<string, string> = {
	test: 'launch',
	law: 'bill',
	pact: 'deal',
	agreement: 'deal'
};

/** Very common English words, for telling English text from other languages (`language.ts`). */
export const COMMON_ENGLISH_WORDS =
	'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
		' '
	);

/** Titles abbreviated with a full stop before a name ("Sen. Roe", "Capt. Doe"). */
export const TITLE_ABBREVIATIONS = [
	'Mr',
	'Mrs',
	'Ms',
	'Dr',
	'Prof',
	'Gen',
	'Sen',
	'Rep',
	'Gov',
	'Lt',
	'Col',
	'Sgt',
	'Capt',
	'Cmdr',
	'Adm',
	'Maj',
	'Rev',
	'Hon',
	'Supt',
	'Insp',
	'Det',
	'St',
	'Jr',
	'Sr'
];

/** Words before a weekday that say which one: "last Thursday", "next Monday", "late on Tuesday". */
export const WEEKDAY_LEAD_WORDS = [
	'last',
	'next',
	'this',
	'on',
	'since',
	'by',
	'until',
	'from',
	'late on',
	'early on'
];

/** Words before a month's name that make it a date: "in January", "since March", "the end of June". */
export const MONTH_LEAD_WORDS = [
	'in',
	'since',
	'by',
	'until',
	'during',
	'early',
	'late',
	'mid-',
	'last',
	'this',
	'from',
	'throughout',
	'before',
	'after',
	'start of',
	'end of',
	'beginning of',
	'middle of'
];

/** Month names abbreviated with a full stop ("Jan.", "Sept."). */
export const MONTH_ABBREVIATIONS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Sept',
	'Oct',
	'Nov',
	'Dec'
];

/** Other words whose full stop ends no sentence ("No. 10", "U.S."). */
export const OTHER_ABBREVIATIONS = ['No', 'vs', 'etc', 'U.S', 'U.K', 'U.N'];

/**
 * Honorifics that stand before a name and can stand with the surname or
 * given name alone ("Sir John", "Lord Smith"): such a short name is the same
 * person as the fuller one that starts with it.
 */
export const HONORIFICS = [
	'Sir',
	'Dame',
	'Lord',
	'Lady',
	'Baroness',
	'Baron',
	'Prince',
	'Princess',
	'King',
	'Queen',
	'Sheikh',
	'Chief',
	'Pope'
];

/**
 * Nouns for a body that "the" or "its" can name once the article has named
 * it ("the company said", "the ministry added"): who speaks is the last body
 * of that kind named before.
 */
export const BODY_NOUNS = [
	'company',
	'firm',
	'group',
	'ministry',
	'government',
	'department',
	'agency',
	'organisation',
	'organization',
	'party',
	'commission',
	'bank',
	'court',
	'council',
	'league',
	'club',
	'union',
	'police',
	'army',
	'military',
	'prosecutor',
	'prosecutors',
	'committee',
	'office',
	'embassy',
	'board',
	'authority',
	'regulator',
	'network',
	'newspaper',
	'paper',
	'broadcaster',
	'airline',
	'carrier',
	'school',
	'university',
	'hospital',
	'charity',
	'campaign',
	'team',
	'federation',
	'association',
	'institute',
	'foundation',
	'panel',
	'tribunal',
	'senate',
	'parliament',
	'assembly',
	'administration',
	'White House',
	'palace'
];

/**
 * Nouns naming a happening that a date can be told by ("after the meeting",
 * "the day before the vote"), singular and plural as written.
 */
export const DATED_EVENT_NOUNS = [
	'meeting',
	'meetings',
	'talks',
	'confrontation',
	'vote',
	'election',
	'attack',
	'attacks',
	'invasion',
	'war',
	'summit',
	'announcement',
	'clash',
	'exchange',
	'speech',
	'deal',
	'signing',
	'strike',
	'strikes',
	'ceasefire',
	'visit',
	'call',
	'interview',
	'ruling',
	'decision',
	'crash',
	'explosion',
	'blast',
	'shooting',
	'protest',
	'protests',
	'raid',
	'verdict',
	'trial',
	'hearing',
	'debate',
	'referendum',
	'coup',
	'storm',
	'earthquake',
	'fire',
	'outbreak',
	'agreement',
	'session',
	'match',
	'incident',
	'arrest',
	'resignation',
	'inauguration',
	'ceremony',
	'launch',
	'conference',
	'report',
	'statement',
	'row',
	'dispute',
	'negotiations'
];

/**
 * Event verbs as often nouns as verbs ("the strike", "workers strike"): one
 * is read as a verb only after an auxiliary, "to" or "and", or after a group.
 */
export const AMBIGUOUS_EVENT_WORDS = [
	'post',
	'end',
	'call',
	'start',
	'order',
	'name',
	'fire',
	'file',
	'table',
	'cut',
	'hit',
	'land',
	'fall',
	'rise',
	'free',
	'talk',
	'close',
	'open',
	'block',
	'charge',
	'return',
	'strike',
	'attack',
	'sign',
	'vote',
	'ban'
];

/** What an appeal for calm asks for: "urged both sides to show restraint" takes no side. */
export const CALM_WORDS = [
	'calm',
	'restraint',
	'dialogue',
	'de-escalation',
	'patience',
	'unity',
	'peace'
];

/** Verbs of appeal: critical of whom they press, unless all they ask for is calm (`CALM_WORDS`). */
export const APPEAL_VERBS = [...APPEALS, ...OBJECT_STANCE_VERBS];

/** Words in a body's name that make it part of a government ("the Foreign Ministry", "the embassy"). */
export const GOVERNMENT_BODY_WORDS = [
	'ministry',
	'government',
	'department',
	'embassy',
	'army',
	'military',
	'police',
	'office'
];

/** Documents that state findings: "the report by X found …" is X's statement. */
export const FINDING_NOUNS = [
	'report',
	'study',
	'analysis',
	'investigation',
	'review',
	'inquiry',
	'audit',
	'survey',
	'assessment'
];

/** Words of degree before a stance noun ("voiced their full support for"). */
export const SUPPORT_DEGREE_WORDS = [
	'formal',
	'full',
	'strong',
	'unwavering',
	'firm',
	'continued',
	'cautious'
];

/** The points of the compass, which alone ("the North") stand for a country or a part of one, never a person. */
export const COMPASS_POINTS = ['North', 'South', 'East', 'West'];

/** Speech verbs whose sentence reports an event rather than being one ("announced that the talks had failed"). */
export const SPOKEN_EVENT_VERBS = ['say', 'tell', 'announce', 'declare', 'warn', 'insist'];

/** Forms of reporting verbs that, before an event verb, make it something reported, not seen. */
export const REPORTED_FORMS = [
	'said',
	'says',
	'told',
	'added',
	'argued',
	'claimed',
	'insisted',
	'announced',
	'reported'
];

/**
 * Word beginnings of a second, contrary statement after "but" ("welcomed the
 * plan, but warned …"): the reaction is mixed.
 */
export const CONTRAST_SPEECH = [
	'warn',
	'said',
	'says',
	'criticis',
	'oppos',
	'complain',
	'question',
	'added',
	'insisted',
	'cautioned'
];
