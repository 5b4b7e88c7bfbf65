/**
 * Word lists the extractors share: titles, speech verbs, stance verbs,
 * event verbs, words that are never names. General English, not tuned to
 * any article.
 */

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
	'representative',
	'rep.',
	'speaker',
	'judge',
	'chairman',
	'chairwoman',
	'chair',
	'ceo',
	'premier',
	'counterpart',
	'mr',
	'mrs',
	'ms',
	'dr'
];

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
	'call'
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
	'cry foul': 'critical'
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
	opposition: 'critical',
	complaint: 'critical',
	complaints: 'critical',
	objection: 'critical',
	objections: 'critical'
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
	'signaled'
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
	write: ['writes', 'wrote', 'writing', 'written'],
	meet: ['meets', 'met', 'meeting'],
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
	shoot: ['shoots', 'shot', 'shooting'],
	seize: ['seizes', 'seized', 'seizing'],
	withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
	die: ['dies', 'died', 'dying'],
	free: ['frees', 'freed', 'freeing'],
	agree: ['agrees', 'agreed', 'agreeing'],
	quip: ['quips', 'quipped', 'quipping'],
	ban: ['bans', 'banned', 'banning'],
	slam: ['slams', 'slammed', 'slamming'],
	stand: ['stands', 'stood', 'standing'],
	lash: ['lashes', 'lashed', 'lashing'],
	side: ['sides', 'sided', 'siding'],
	rally: ['rallies', 'rallied', 'rallying'],
	sue: ['sues', 'sued', 'suing'],
	table: ['tables', 'tabled', 'tabling'],
	open: ['opens', 'opened', 'opening'],
	sour: ['sours', 'soured', 'souring'],
	soften: ['softens', 'softened', 'softening'],
	question: ['questions', 'questioned', 'questioning'],
	appeal: ['appeals', 'appealed', 'appealing'],
	travel: ['travels', 'travelled', 'traveled', 'travelling', 'traveling'],
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

/** Last words that make a name an organisation ("… Ministry", "… Council", a club's "… United"). */
export const ORG_HEADS = new Set(
	'ministry department office council commission committee court parliament congress senate assembly union bank agency organisation organization institute university party army forces force navy police service fund federation association alliance group company corporation inc ltd reuters news times post guardian tribunal authority board league programme program network foundation cabinet government administration kremlin pentagon international watch society coalition confederation cross chamber systems technologies airlines media treasury ministries embassy club united rovers athletic wanderers hotspur fc'.split(
		' '
	)
);

/** Lower-case particles inside personal names ("Erik van Dalen", "Ana de Souza"). */
export const NAME_PARTICLES = new Set(
	'van von de der den da di du del della dos das bin ibn ter'.split(' ')
);

/** Words of a minister's portfolio ("Secretary of State …", "Minister for Foreign Affairs …"): never part of a name. */
export const PORTFOLIO_WORDS = new Set(
	'State Foreign Home Affairs Defence Defense Finance Health Education Justice Trade Energy Transport Interior Labour Labor Agriculture Environment Natural Resources Economy Housing Culture Industry Commerce Security Homeland Veterans Internal External Public Works Information Science Technology Tourism Water Mines Land Lands Fisheries Sport Youth Women Social Development Planning Infrastructure Immigration War Communications'.split(
		' '
	)
);

/** Last words of the names of laws and documents ("the Political Funds Control Law", "the Paris Agreement"): never actors. */
export const DOCUMENT_HEADS = new Set(
	'Law Laws Act Acts Bill Bills Treaty Convention Agreement Accord Accords Charter Constitution Code Directive Protocol Amendment Declaration Resolution Ordinance Decree Regulation Regulations Statute'.split(
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

/** Verbs that report what an actor said or did about the story: speech verbs, stance verbs and a few more. */
export const REPORTING_VERBS = [
	...new Set([
		...SPEECH_VERBS.filter((v) => v !== 'call' && v !== 'post' && v !== 'describe'),
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
		'agree',
		'concede',
		'describe'
	])
];

/**
 * Words that carry a stance in what an actor says (a quote or a reported
 * clause). A negation just before ("not", "never", "did not") turns the
 * word's stance over; a clause with both kinds is mixed.
 */
export const STANCE_WORDS: Record<'critical' | 'supportive', string[]> = {
	critical: [
		'condemn',
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
		// An inquiry demanded, not one under way: "a thorough and transparent investigation".
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
	/\b(?:not|never|no|nor|without|didn['’]t|don['’]t|doesn['’]t|won['’]t|isn['’]t|wasn['’]t|aren['’]t|cannot|can['’]t|hardly|refused to|declined to)\s+(?:\w+\s+){0,2}$/i;

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
	'workers'
];

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
	'families',
	'relatives',
	'parents',
	'friends',
	'fans',
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
	'voters',
	'locals',
	'communities'
];
