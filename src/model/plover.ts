/**
 * The PLOVER event ontology (Political Language Ontology for Verifiable Event Records; Schrodt,
 * Open Event Data Alliance, 2018 onward): 16 event types, each with optional modes that say how
 * the event was carried out, plus contexts that say what it was about. Orrery keeps PLOVER's type
 * names and mode names, and the subset of contexts its region needs.
 */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Modes allowed for each type. An empty list means the type takes no mode. */
export const MODES: Record<EventType, readonly string[]> = {
  AGREE: ['ceasefire', 'peace', 'settle', 'treaty', 'declaration', 'mediate'],
  CONSULT: ['phone', 'visit', 'host', 'third-party', 'multilateral', 'meet'],
  SUPPORT: ['praise', 'endorse', 'recognize', 'defend'],
  CONCEDE: [
    'disarm',
    'release',
    'return',
    'ceasefire',
    'power-sharing',
    'ease-sanctions',
    'apologize',
    'territory',
    'policy',
  ],
  COOPERATE: ['economic', 'military', 'intelligence', 'judicial', 'diplomatic', 'energy'],
  AID: ['economic', 'military', 'humanitarian', 'asylum'],
  RETREAT: ['withdraw', 'release', 'return', 'disarm', 'ceasefire', 'de-escalate'],
  REQUEST: ['assist', 'change-policy', 'negotiate', 'settle', 'ceasefire', 'release', 'resign'],
  ACCUSE: ['disapprove', 'investigate', 'allege', 'war-crimes', 'aggression', 'corruption', 'treason'],
  REJECT: ['policy', 'proposal', 'negotiate', 'veto', 'defy'],
  THREATEN: ['non-force', 'restrict', 'sanction', 'force', 'ultimatum'],
  PROTEST: ['demonstrate', 'hunger', 'strike', 'obstruct', 'riot'],
  SANCTION: ['convict', 'discontinue', 'expel', 'withdraw', 'embargo', 'cancel', 'recall'],
  MOBILIZE: ['troops', 'police', 'weapons', 'militia', 'exercise'],
  COERCE: ['seize', 'arrest', 'expel', 'ban', 'censor', 'blockade', 'raid', 'deport'],
  ASSAULT: [
    'beat',
    'firearms',
    'explosives',
    'aerial',
    'drone',
    'offensive',
    'assassinate',
    'torture',
    'shoot-down',
    'crowd-control',
    'destroy',
  ],
};

/** Contexts: what an event is about. Several may apply. */
export const CONTEXTS = [
  'military',
  'diplomatic',
  'economic',
  'energy',
  'transport',
  'territory',
  'peace-process',
  'humanitarian',
  'refugees',
  'human-rights',
  'judicial',
  'election',
  'domestic-politics',
  'religion',
  'culture',
  'intelligence',
  'terrorism',
  'peacekeeping',
  'international-law',
  'aviation',
] as const;
export type Context = (typeof CONTEXTS)[number];

/** The four quad classes of the event-data tradition (CAMEO, ICEWS, PLOVER). */
export const QUAD_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** Quad codes as numbers, 1..4, in the order above (the ICEWS/GDELT convention). */
export const QUAD_CODE: Record<QuadClass, 1 | 2 | 3 | 4> = {
  'verbal-cooperation': 1,
  'material-cooperation': 2,
  'verbal-conflict': 3,
  'material-conflict': 4,
};

/** Each type in plain words, for prose (alerts, briefings): "talks", "armed attacks". */
export const EVENT_TYPE_WORDS: Record<EventType, string> = {
  AGREE: 'agreements',
  CONSULT: 'talks and visits',
  SUPPORT: 'statements of support',
  CONCEDE: 'concessions',
  COOPERATE: 'cooperation',
  AID: 'aid',
  RETREAT: 'withdrawals',
  REQUEST: 'demands and appeals',
  ACCUSE: 'accusations',
  REJECT: 'rejections',
  THREATEN: 'threats',
  PROTEST: 'protests',
  SANCTION: 'sanctions',
  MOBILIZE: 'mobilisations',
  COERCE: 'coercion',
  ASSAULT: 'armed attacks',
};

/** The types in plain words, joined as a reader says them: "agreements or armed attacks". */
export function eventTypeWords(types: readonly string[]): string {
  const words = types.map((t) => EVENT_TYPE_WORDS[t as EventType] ?? t.toLowerCase());
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/**
 * The tag earlier versions of the coder put at the end of a coded event's summary, "(CONSULT, meet;
 * coded)": codes, not prose. Summaries stored then still carry it; readers take it off.
 */
const CODED_TAG = /\s*\([A-Z_]+(?:, [^;()]+)?; coded\)/g;

/** An event's summary as prose: without the coder's old bookkeeping tag. */
export function plainSummary(summary: string): string {
  return summary.replace(CODED_TAG, '').trim();
}
