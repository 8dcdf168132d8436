/**
 * Domestic targets: acts a state's own people or organs direct at each other. PLOVER and CAMEO code
 * them with the state on both sides: a protest with no named target is against the protesters' own
 * government ("Egyptian demonstrators rioted": Egypt → Egypt), and a group of a state's people with
 * no state word of its own ("the government accused rebels", "police dispersed demonstrators")
 * belongs to the state the act happens in. The trigger step (trigger.ts) only says that the
 * recipient is domestic and why; the sentence coder turns that into the actor's state once the
 * actors are resolved at the event's date.
 */
import type { MentionResult } from './mentions.js';
import type { Token } from './tokens.js';
import { CLAUSE_BREAKS, CONNECTORS, HEAD_TO_VERB } from './words.js';

/** Heads of groups of a state's own people or organs. */
export const DOMESTIC_HEADS = new Set(
  (
    'rebels rebel insurgents guerrillas guerillas militants separatists opposition dissidents protesters fighters militiamen ' +
    'demonstrators rioters strikers students activists crowds marchers prisoners detainees inmates journalists ' +
    'journalist reporters'
  ).split(' '),
);

/** Words that end the object window of a verb: a new clause, or a phrase that names no target. */
const STOP = new Set([',', '.', ';', ':', 'according', 'despite', 'than']);

/**
 * The head word of a domestic group in the object window [from, to) of a verb, or null. The window
 * stops at the first actor named there (that one is the target) and at a clause break.
 */
export function domesticObject(tokens: Token[], ms: MentionResult, from: number, to: number): string | null {
  for (let i = from; i < to && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (STOP.has(t.low) || (CLAUSE_BREAKS.has(t.low) && t.low !== 'as')) return null;
    const k = ms.at[i]!;
    if (k >= 0) {
      // A place names where, not whom ("demonstrators in Baghdad"): read on past it.
      if (ms.mentions[k]!.location) {
        i = ms.mentions[k]!.end - 1;
        continue;
      }
      return null;
    }
    if (t.kind === 'word' && DOMESTIC_HEADS.has(t.low)) return t.low;
    // "that President Doe abandon ...": a ruler with a name the gazetteer does not know.
    const next = tokens[i + 1];
    if (RULER_TITLES.has(t.low) && next?.cap && next.kind === 'word' && ms.at[i + 1]! < 0) return 'ruler';
  }
  return null;
}

/**
 * "rebels ... with the government", "accused the authorities of ...": a state organ named with no
 * state after a people's or a group's act stands for their own state's rulers. The organ word, or null.
 */
export function unnamedRulers(tokens: Token[], ms: MentionResult, from: number, to: number): string | null {
  for (let i = from; i < to && i < tokens.length; i++) {
    const w = tokens[i]!.low;
    if (STOP.has(w)) return null;
    if (ms.at[i]! >= 0) return null;
    // ("the government of Peru" names its state: not unnamed)
    const ofState = tokens[i + 1]?.low === 'of' && ms.at[i + 2]! >= 0;
    if (ORGAN_HEADS.has(w) && tokens[i - 1]?.low === 'the' && ms.at[i + 1]! < 0 && !ofState) return w;
  }
  return null;
}

/** Types that need a named partner to have one; their domestic reading is never guessed. */
const PARTNERED = new Set(['CONSULT', 'COOPERATE', 'AID']);

/**
 * Why the recipient of an event with none found is the actor's own state, or null: `protest` for a
 * protest (PLOVER's PROTEST is public dissent, aimed at the protesters' government unless named),
 * `home-rule` for a curfew, state of emergency or martial law imposed or lifted (`cue`: the
 * pattern's cue found), `group:<head>` for a domestic group as the object.
 */
export function domesticReason(
  type: string,
  symmetric: boolean,
  tokens: Token[],
  ms: MentionResult,
  from: number,
  to: number,
  cue: string | null = null,
): string | null {
  if (symmetric || PARTNERED.has(type)) return null;
  if (type === 'PROTEST') return 'protest';
  if (cue && HOME_RULE_CUES.has(cue) && (type === 'COERCE' || type === 'CONCEDE')) return 'home-rule';
  const head = domesticObject(tokens, ms, from, to);
  return head ? `group:${head}` : null;
}

/** Measures a state can only take at home: imposing or lifting them is aimed at its own people. */
const HOME_RULE_CUES = new Set(['curfew', 'emergency', 'state of emergency', 'martial law', 'emergency rule']);

/** Words for a state's people, not its government: who protests against their own state. */
const PEOPLE_WORDS = new Set([
  ...DOMESTIC_HEADS,
  ...(
    'people parties groups unions workers farmers landowners residents villagers citizens refugees supporters youths ' +
    'thousands hundreds teachers doctors nurses miners truckers employees pensioners veterans traders merchants ' +
    'shopkeepers peasants clerics monks lawyers fundamentalists islamists nationalists loyalists hardliners extremists'
  ).split(' '),
]);

/**
 * Is the actor group a state's people or non-governmental groups rather than its government or
 * the state itself? A demonym standing for people ("Egyptian demonstrators"), or with a head that
 * is no government word ("Iraqi Kurds"), a group head before a place ("students in Nairobi"), or
 * people words just before the name ("students throughout Chile").
 */
export function peopleActor(tokens: Token[], ms: MentionResult, members: number[], start: number): boolean {
  for (const k of members) {
    const m = ms.mentions[k]!;
    if (m.people) return true;
    // "Peru's opposition", "Chile's main rebel groups": a possessive before a domestic group.
    if (tokens[m.end]?.low === "'s" && [m.end + 1, m.end + 2].some((j) => DOMESTIC_HEADS.has(tokens[j]?.low ?? '')))
      return true;
    if (m.kind === 'demonym') {
      if (DOMESTIC_HEADS.has(tokens[m.end - 1]!.low)) return true;
      const next = tokens[m.end];
      // "Chilean and Peruvian troops": the head after the last demonym of the list decides.
      if (next && (CONNECTORS.has(next.low) || next.low === ',')) continue;
      if (m.end - m.start === 1 && next?.kind === 'word' && ms.at[m.end]! < 0) return true;
    }
  }
  for (let i = start; i >= 0 && start - i < 4; i--) {
    const t = tokens[i]!;
    if (i < start && (t.kind === 'punct' || CLAUSE_BREAKS.has(t.low))) break;
    if (PEOPLE_WORDS.has(t.low)) return true;
  }
  return false;
}

/**
 * The mention of the one state a sentence names (as a name, capital, demonym or place), or -1 when
 * it names none, several, or a body that is no state. Persons are left out: their office says
 * nothing about which state a group belongs to.
 */
export function soleStateMention(ms: MentionResult, lookup: (id: string) => { kind: string } | undefined): number {
  let first = -1;
  let id = '';
  for (const [k, m] of ms.mentions.entries()) {
    if (m.candidates) continue;
    const kind = lookup(m.actor)?.kind;
    if (kind === 'person') continue;
    if (kind !== 'state' || (id && m.actor !== id)) return -1;
    id = m.actor;
    if (first < 0) first = k;
  }
  return first;
}

/** A state's organs named with no state word ("the army", "police"): the state where they act, as PLOVER's sectors. */
const ORGAN_HEADS = new Set(
  'government authorities army military police troops soldiers forces junta regime cabinet parliament court prosecutors'.split(
    ' ',
  ),
);

/** Is the word a state organ's head ("army", "police"), which acts as the state itself? */
export const organHead = (w: string): boolean => ORGAN_HEADS.has(w);

/** Nouns that are a domestic group when a domestic head comes first ("opposition leaders", "rebel commanders"). */
const GROUP_NOUNS = new Set(
  'leaders leader coalition movement party commanders members figures alliance bloc'.split(' '),
);

/**
 * The subject of the verb at `v` when its head is a domestic group with no state word ("opposition
 * leaders agreed", "fundamentalists continued"): the sentence's one state, as the group it stands for.
 */
export function domesticSubject(
  tokens: Token[],
  ms: MentionResult,
  v: number,
  soleState: (() => number) | undefined,
  type = '',
): { members: number[]; start: number; end: number } | null {
  if (!soleState) return null;
  let j = v - 1;
  while (j >= 0 && (HEAD_TO_VERB.has(tokens[j]!.low) || ms.dates?.[j])) j--;
  const head = tokens[j];
  if (!head || head.kind !== 'word' || ms.at[j]! >= 0 || (head.cap && j > 0)) return null;
  const before = tokens[j - 1];
  const grouped =
    (GROUP_NOUNS.has(head.low) && DOMESTIC_HEADS.has(before?.low ?? '')) ||
    // "The Freedom Front group declared ...": a group by a name the gazetteer does not know.
    (NAMED_GROUP_HEADS.has(head.low) && before?.cap === true && before.kind === 'word' && ms.at[j - 1]! < 0);
  if (!PEOPLE_WORDS.has(head.low) && !ORGAN_HEADS.has(head.low) && !grouped) return null;
  const k = stateOfGroup(tokens, ms, v, soleState, ORGAN_HEADS.has(head.low) ? '' : type);
  return k < 0 ? null : { members: [k], start: j, end: j + 1 };
}

/** Acts of dissent: aimed at a state's own rulers, they are its people's (PLOVER's domestic PROTEST and REQUEST). */
const DISSENT_TYPES = new Set(['PROTEST', 'REQUEST', 'ACCUSE', 'REJECT']);

/**
 * Does the state mention stand for the state's rulers: "the Peruvian government", "Peru's regime",
 * "President Quispe", "the government of Peru"?
 */
function rulersMention(tokens: Token[], m: { start: number; end: number }): boolean {
  const last = tokens[m.end - 1]?.low ?? '';
  let next = m.end;
  if (tokens[next]?.low === "'s" || tokens[next]?.low === "'") next++;
  const after = tokens[next]?.low ?? '';
  const before = tokens[m.start - 1]?.low ?? '';
  const govWords = (w: string): boolean => ORGAN_HEADS.has(w) || RULER_TITLES.has(w);
  return (
    govWords(last) ||
    govWords(after) ||
    RULER_TITLES.has(before) ||
    (before === 'of' && govWords(tokens[m.start - 2]?.low ?? ''))
  );
}

/**
 * The mention of the state a group with no state word of its own stands for: where it acts ("demonstrators
 * ... outside the US embassy in Karachi"), else the one state the sentence names; -1 when neither is clear.
 * A state named only after the verb names the object's people ("rebels freed Italian hostages"), not the
 * group's, except that dissent aimed at a state's rulers is by that state's people ("students demanded
 * the resignation of the Peruvian president": `type` is the act's).
 */
function stateOfGroup(tokens: Token[], ms: MentionResult, v: number, soleState: () => number, type = ''): number {
  const places = [...new Set(ms.mentions.filter((m) => m.location).map((m) => m.actor))];
  const k = places.length === 1 ? ms.mentions.findIndex((m) => m.location) : soleState();
  if (k < 0) return -1;
  const m = ms.mentions[k]!;
  if (!m.location && m.start > v && !(DISSENT_TYPES.has(type) && rulersMention(tokens, m))) return -1;
  return k;
}

/** Lower-case heads that make a capitalised name before them a group ("the Freedom Front group"). */
const NAMED_GROUP_HEADS = new Set('group movement militia faction organisation organization wing'.split(' '));
/** Words before a name that make it an armed or political group ("the militant group X", "the rebel X"). */
const GROUP_WORDS_BEFORE = new Set(
  'group movement militia faction rebel rebels militant armed extremist separatist insurgent guerrilla paramilitary'.split(
    ' ',
  ),
);
/** Last words of a name that make it a group ("... Liberation Front", "... Resistance Army"). */
const GROUP_NAME_ENDS = new Set('front army movement brigade brigades militia faction party league council'.split(' '));

/**
 * An unknown name in subject position that names a group ("the militant group Al-Tayar attacked",
 * "the rebel Northern Liberation Front seized"): PLOVER codes such a group as its state with a sector,
 * and the coder, which has no sectors, as that state: where the group acts, or the sentence's one state.
 * A name with no group word is left alone (it may be a person of any state).
 */
export function namedGroup(
  tokens: Token[],
  ms: MentionResult,
  span: [number, number],
  v: number,
  soleState: (() => number) | undefined,
): { members: number[]; start: number; end: number } | null {
  if (!soleState) return null;
  const [s, e] = span;
  const marked = GROUP_WORDS_BEFORE.has(tokens[s - 1]?.low ?? '') || GROUP_NAME_ENDS.has(tokens[e - 1]?.low ?? '');
  if (!marked) return null;
  const k = stateOfGroup(tokens, ms, v, soleState);
  return k < 0 ? null : { members: [k], start: s, end: e };
}

/** Titles of those who govern a state from within ("President X", "Interior Minister Y"). */
const RULER_TITLES = new Set(
  'president premier minister chancellor governor general king emir sultan prime leader dictator junta'.split(' '),
);
/** Acts a state's rulers take within their own state: the place named is theirs. */
const RULING_TYPES = new Set(['COERCE', 'CONCEDE', 'THREATEN', 'SANCTION', 'ASSAULT', 'MOBILIZE']);

/**
 * A ruler with a title and a name the gazetteer does not know ("President Jane Doe imposed a curfew
 * in Lima"), in a sentence whose one state is named as the place of the act: that state, for acts a
 * state's rulers take at home. Visits, talks and aid are left out (a visitor is named at the host's
 * place), and so is any sentence naming a second state.
 */
export function titledRuler(
  tokens: Token[],
  ms: MentionResult,
  span: [number, number],
  type: string,
  soleState: (() => number) | undefined,
): { members: number[]; start: number; end: number } | null {
  if (!soleState || !RULING_TYPES.has(type)) return null;
  let titled = false;
  for (let j = Math.max(0, span[0] - 2); j < span[1]; j++) if (RULER_TITLES.has(tokens[j]!.low)) titled = true;
  if (!titled) return null;
  const k = soleState();
  if (k < 0 || !ms.mentions.some((m) => m.location && m.actor === ms.mentions[k]!.actor)) return null;
  return { members: [k], start: span[0], end: span[1] };
}
