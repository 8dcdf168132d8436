/**
 * Closed word classes the coder's rules look at: auxiliaries, negators, modals, prepositions,
 * titles, connectors. English function words, folded (lower case, straight apostrophes).
 */
import { verbForms } from './inflect.js';

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));
const formsOf = (verbs: string): Set<string> =>
  new Set(
    verbs
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((v) => verbForms(v).all),
  );

export const BE = set("is are was were be been being 's am get got gets getting become became");
export const AUX = set(
  "is are was were be been being am has have had having do does did will would shall should can could may might must 'd 'll",
);
export const NEGATORS = set("not never no neither nor cannot without n't");
export const MODALS_HYPOTHETICAL = set('would could might may should must can ought');
export const FUTURE = set("will shall 'll");
/** Verbs after which a following "to <verb>" is not (yet) a fact. */
export const FUTURE_LEADS = formsOf(
  'plan intend aim expect schedule prepare promise pledge vow agree hope seek want wish mean propose offer decide',
);
export const NEGATED_LEADS = formsOf('refuse decline fail');
/** Verbs that report what their subject says or decided: a pronoun right after one is that subject. */
export const REPORTING = formsOf(
  'say announce confirm declare state warn add insist claim assert reiterate stress indicate signal report argue note explain reply respond acknowledge admit decide',
);
/** Pronouns that can be the subject of a reported clause: "Turkey said on Monday it would ...". */
export const REPORTED_PRONOUNS = set('it they he she');
/** Words that may stand between a subject's head and its verb ("rebels have reportedly agreed"). */
export const HEAD_TO_VERB = set(
  'has have had is are was were will would also reportedly allegedly then later still again jointly today yesterday',
);
/** "threatened to close": the thing threatened has not happened. */
export const THREAT_LEADS = formsOf('threaten warn vow');
export const DEMAND_LEADS = formsOf(
  'urge ask call demand press request insist order instruct appeal require push encourage invite want tell',
);
export const OPINION_WORDS = set(
  'believe believes believed think thinks thought argue argues argued consider considers suggest suggests suggested seem seems seemed appear appears appeared likely unlikely probably perhaps possibly arguably presumably apparently supposedly expect expects view',
);
export const DENIAL_LEADS = formsOf('deny dismiss refute reject rebut contest dispute');
/** Verbs that report an allegation: "charged that Peru had violated ..." is a claim, ACCUSE by the one alleging. */
export const ALLEGATION_LEADS = formsOf('allege claim charge accuse');
export const CONDITIONALS = set('if unless whether');
/** Adverbs and other words that may stand between a subject and its verb. */
export const ADVERBS = set(
  'also still already then later now once again jointly today yesterday recently reportedly allegedly subsequently immediately soon even just further first finally formally officially publicly openly swiftly quickly repeatedly twice thus therefore reportedly initially eventually previously ultimately effectively directly indirectly increasingly actively deliberately largely mostly partly fully nearly almost only both all each together personally unilaterally',
);
/** Verbs that take another verb: "decided to send", "began shelling". */
export const CATENATIVES = formsOf(
  'decide try seek attempt begin start continue plan want intend hope aim move prepare manage fail refuse decline promise pledge vow threaten agree offer expect need choose opt rush dare help resolve wish mean propose go use',
);
export const PREPOSITIONS = set(
  'in at on to from with by for of against over into onto upon between among amid towards toward about through across via within without after before during since until near outside inside under behind beyond despite than per like',
);
export const LOCATIVE = set('in at near via through inside outside across within around');
export const DETERMINERS = set(
  "the a an its their his her our this that these those some any several many two three both all each another other such 's",
);
export const CONNECTORS = set('and or & plus');
export const CLAUSE_BREAKS = set(
  '; : which who whom whose while whereas but because although though when where if unless since as after before until so yet — ( ) "',
);
export const TITLES = set(
  "president prime minister premier foreign defence defense interior economy chancellor leader head of state secretary spokesperson spokesman spokeswoman general commander catholicos patriarch ambassador envoy speaker deputy vice mr mrs ms dr sir counterpart chief king queen emperor pm fm mp senator governor mayor chairman chair representative advisor adviser aide minister's then former late current acting new outgoing incoming",
);
export const GOVERNMENT_SEATS = set(
  'government authorities leadership officials regime administration elite elites establishment politicians',
);
/** Words that often start a sentence with a capital but are not names. */
export const COMMON_CAPITALISED = set(
  'the this that these those it he she they we i in on at but however meanwhile a an after before as its his her their there since when while both all some many most one two three four five six seven eight nine ten yesterday today last next earlier later according also despite although though if so yet thus nevertheless moreover furthermore instead then still once officials analysts experts president prime minister foreign defence minister government authorities sources reports witnesses observers critics state security police army military forces troops',
);
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Nouns of a written or spoken message: "issued a statement urging ...", "a reminder to Iraq that it must ...". */
export const MESSAGE_NOUNS = set(
  'statement statements letter letters declaration resolution message communique note petition appeal motion ' +
    'decree bill memorandum speech address editorial report ruling verdict judgment judgement reminder warning ' +
    'ultimatum notice demand call signal',
);
/** Verbs that put a message out or send it: their subject is its author. */
export const MESSAGE_VERBS = formsOf(
  'issue publish release send adopt pass sign deliver write make submit present table draft circulate read give ' +
    'broadcast approve hand lodge file post convey address',
);
