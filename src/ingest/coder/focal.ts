/**
 * The focal act, as the PLOVER manual codes it, where a sentence reports an act that has not (yet)
 * happened:
 *
 * - intent: "will provide aid", "offered to mediate", "is ready to withdraw", "promised to free"
 *   declare an intention to cooperate, coded AGREE by the one who declares it (the embedded act is
 *   kept too, marked future); the same declaration of a hostile act ("vowed to strike", "will impose
 *   sanctions") is THREATEN;
 * - obligation: "X said that Y must ...", "Y must ..., X insisted" is REQUEST by X of Y (the
 *   demanded act is coded by its own verb, marked demanded or hypothetical).
 */
import type { Event, EventType } from '../../model/index.js';
import type { MentionResult } from './mentions.js';
import { VerbPattern, type CompiledPattern, type Trigger } from './patterns.js';
import { findSubject, groupAt, type Group } from './roles.js';
import type { Token } from './tokens.js';
import { MESSAGE_NOUNS, MESSAGE_VERBS, REPORTED_PRONOUNS, REPORTING as REPORTING_VERBS } from './words.js';

const INTENT = new Set(
  (
    "will shall 'll offer offered offers offering promise promised promises pledge pledged pledges agree agreed agrees " +
    'ready willing prepared plan plans planned intend intends intended commit committed commits vow vowed vows'
  ).split(' '),
);
const HOSTILE_MODE: Partial<Record<EventType, string>> = {
  ASSAULT: 'force',
  SANCTION: 'sanction',
  COERCE: 'restrict',
};
const AGREE_MODES = new Set(['ceasefire', 'peace', 'settle', 'treaty', 'declaration', 'mediate']);
const NOT_INTENDED = new Set<EventType>(['REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'PROTEST']);

export interface FocalAct {
  type: EventType;
  mode: string | null;
  flag: string;
}

/**
 * The act a future or hypothetical event declares, or null when it declares none. `reported`: the
 * clause is what someone said ("Iraq said it would allow ..."), where "would" is the future of
 * reported speech, an intent as much as "will".
 */
export function intentAct(
  type: EventType,
  mode: string | null,
  modality: string,
  cue: string | null,
  reported = false,
): FocalAct | null {
  if (!cue || (modality !== 'future' && modality !== 'hypothetical')) return null;
  if (reported && (cue === 'would' || cue === "'d")) modality = 'future';
  else if (!INTENT.has(cue)) return null;
  const hostile = HOSTILE_MODE[type];
  if (hostile) return { type: 'THREATEN', mode: hostile, flag: `intent:${cue}` };
  if (modality !== 'future' || NOT_INTENDED.has(type)) return null;
  return { type: 'AGREE', mode: mode && AGREE_MODES.has(mode) ? mode : null, flag: `intent:${cue}` };
}

const MAY = new Set(['may', 'might', 'could']);
const CONDITIONS = new Set(['if', 'unless']);

/**
 * A conditional hostile act ("may halt the talks if ...", "could cut supplies unless ...") is a
 * warning with repercussions: THREATEN, as the manual defines it, by the one who would act. A bare
 * "may" with no condition is speculation and stays only hypothetical.
 */
export function conditionalThreat(
  tokens: Token[],
  at: number,
  type: EventType,
  modality: string,
  cue: string | null,
  actorStart = 0,
): FocalAct | null {
  const hostile = HOSTILE_MODE[type];
  if (!hostile || modality !== 'hypothetical' || !cue || !MAY.has(cue)) return null;
  // "Observers believe Iran could retaliate if ...": someone else's guess, not a warning by the actor.
  if (tokens.slice(0, actorStart).some((t) => GUESSING.has(t.low))) return null;
  for (let k = at + 1; k < tokens.length; k++) {
    const w = tokens[k]!.low;
    if (w === ';' || w === '.') break;
    if (CONDITIONS.has(w)) return { type: 'THREATEN', mode: hostile, flag: `conditional:${cue}` };
  }
  return null;
}

/** Verbs of others' belief or guess before the actor: the conditional is their speculation. */
const GUESSING = new Set(
  'believe believes believed think thinks thought fear fears feared expect expects expected suspect suspects argue argues predict predicts speculate speculated say says said'.split(
    ' ',
  ),
);

const COOPERATIVE = new Set<EventType>(['AGREE', 'CONCEDE', 'RETREAT', 'COOPERATE', 'CONSULT', 'AID', 'SUPPORT']);
const REFUSING = /^(?:refuse[sd]?|refusing|decline[sd]?|declining)$/;
const WILL = new Set(['would', 'will', 'wo']);
const WARNING = new Set(['warn', 'warns', 'warned', 'warning', 'threaten', 'threatens', 'threatened', 'threatening']);

/**
 * A refusal: a cooperative act refused ("refused to sign", "declined to meet") or negated with will
 * ("would not meet the demands", "will not accept") is REJECT by the one refusing, as the manual's
 * REJECT ("all rejections and refusals"). Not a refusal: "has not accepted" (not yet), a denial
 * ("denied signing"), or a warning ("warned it would not accept": THREATEN).
 */
export function refusalAct(
  tokens: Token[],
  at: number,
  type: EventType,
  modality: string,
  cue: string | null,
): FocalAct | null {
  if (modality !== 'negated' || !cue || !COOPERATIVE.has(type)) return null;
  const before = tokens.slice(Math.max(0, at - 4), at).map((t) => t.low);
  const willed = cue === "won't" || ((cue === 'not' || cue === "n't") && before.some((w) => WILL.has(w)));
  if (!REFUSING.test(cue) && !willed) return null;
  if (tokens.slice(0, at).some((t) => WARNING.has(t.low))) return null;
  return { type: 'REJECT', mode: null, flag: `refusal:${cue}` };
}

/** Verbs that introduce reported speech: the shared reporting verbs, and telling, concluding, demanding. */
const REPORTING = new Set([...REPORTING_VERBS, ...['told', 'tells', 'concluded', 'demanded', 'demands']]);

/** Words that may stand between a reporting verb and its clause: "said here on Monday that". */
const REPORT_FILLER = new Set([
  'that',
  'the',
  ',',
  'here',
  'also',
  'again',
  'later',
  'earlier',
  'publicly',
  'today',
  'yesterday',
]);

const PRONOUNS = new Set([...REPORTED_PRONOUNS, 'we']);

/** Whether the clause whose subject starts at token `stop` is reported speech ("X said (that) ..."). */
export function reportedAt(tokens: Token[], ms: MentionResult, stop: number): boolean {
  for (let j = stop; j >= 0 && stop - j <= 7; j--) {
    const x = tokens[j]!.low;
    if (REPORTING.has(x)) return true;
    if (!(REPORT_FILLER.has(x) || PRONOUNS.has(x) || x === 'would' || ms.dates?.[j])) return false;
  }
  return false;
}

export const OBLIGATION_PATTERN: CompiledPattern = {
  ...VerbPattern.parse({ id: 'obligation-clause', forms: ['must'], type: 'REQUEST', confidence: 0.6 }),
  cues: [],
  vetoes: [],
  modeCues: [],
};
const OBLIGATION_TRIGGER: Trigger = {
  pattern: OBLIGATION_PATTERN,
  lemma: 'must',
  particle: [],
  participle: false,
  noun: false,
  form: 'base',
};

export interface Obligation {
  /** The reporting verb (where the act is dated and its modality read). */
  at: number;
  actor: Group;
  recipient: Group;
  trigger: Trigger;
}

/**
 * "X issued a reminder to Y that it must ...": the message's addressee is the one who must act and
 * the sender is the one asking; null when the sentence has no such message before the pronoun at `p`.
 */
function messageObligation(
  tokens: Token[],
  ms: MentionResult,
  p: number,
): { actor: Group; recipient: Group; at: number } | null {
  if (!REPORTED_PRONOUNS.has(tokens[p]?.low ?? '') || tokens[p - 1]?.low !== 'that') return null;
  const k = ms.at[p - 2] ?? -1;
  if (k < 0 || ms.mentions[k]!.location) return null;
  const m = ms.mentions[k]!;
  if (tokens[m.start - 1]?.low !== 'to') return null;
  let noun = -1;
  for (let j = m.start - 2; j >= 0 && m.start - j <= 6; j--)
    if (MESSAGE_NOUNS.has(tokens[j]!.low)) {
      noun = j;
      break;
    }
  if (noun < 0) return null;
  let verb = -1;
  for (let j = noun - 1; j >= 0 && noun - j <= 4; j--)
    if (MESSAGE_VERBS.has(tokens[j]!.low)) {
      verb = j;
      break;
    }
  if (verb < 0) return null;
  const actor = findSubject(tokens, ms, verb).group;
  return actor ? { actor, recipient: groupAt(tokens, ms, k), at: verb } : null;
}

/** "X said Y must ...": X requests of Y. */
export function obligations(tokens: Token[], ms: MentionResult): Obligation[] {
  const out: Obligation[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.low;
    if (w !== 'must' && !(w === 'should' && tokens[i + 1]?.low !== 'be')) continue;
    const message = messageObligation(tokens, ms, i - 1);
    if (message) {
      out.push({ ...message, trigger: OBLIGATION_TRIGGER });
      continue;
    }
    const subject = findSubject(tokens, ms, i);
    if (!subject.group || !subject.direct) continue;
    let reporter: Group | null = null;
    let at = -1;
    // Reporting verb before: "X said (on Tuesday) (that) Y must".
    for (let j = subject.stop - 1; j >= 0 && subject.stop - j <= 6; j--) {
      const x = tokens[j]!.low;
      if (REPORTING.has(x)) {
        reporter = findSubject(tokens, ms, j).group;
        at = j;
        break;
      }
      if (!(REPORT_FILLER.has(x) || ms.dates?.[j])) break;
    }
    // Reporting verb after: "Y must ..., X said" or "..., said X".
    if (!reporter)
      for (let j = i + 1; j < tokens.length; j++) {
        if (!REPORTING.has(tokens[j]!.low) || tokens[j - 1]?.low === 'that') continue;
        if (tokens[j - 1]?.low === ',') {
          const k = ms.at[j + 1] ?? -1;
          reporter = k >= 0 ? groupAt(tokens, ms, k) : null;
        } else reporter = findSubject(tokens, ms, j).group;
        at = j;
        break;
      }
    if (!reporter || at < 0) continue;
    const a = new Set(reporter.members.map((k) => ms.mentions[k]!.actor));
    if (subject.group.members.every((k) => a.has(ms.mentions[k]!.actor))) continue;
    out.push({ at, actor: reporter, recipient: subject.group, trigger: OBLIGATION_TRIGGER });
  }
  return out;
}

/**
 * Which of a sentence's events is its focal one, the single event PLOVER codes for a sentence: an
 * event reported as having happened before one that is not (the threat, not the attack threatened),
 * then one the sentence reports before one it names as background ("following the downing of ..."),
 * then the first in the sentence (wire news leads with the main clause), then the most confident.
 * Returns the index, or -1 for no events.
 */
export function pickFocal(events: ReadonlyArray<{ event: Event; at: number; background?: boolean }>): number {
  const rank = (x: { event: Event; at: number; background?: boolean }): number[] => [
    x.event.modality === 'actual' ? 1 : 0,
    x.background ? 0 : 1,
    -x.at,
    x.event.origin.kind === 'coded' ? x.event.origin.confidence : 1,
  ];
  /** The first place where a and b differ decides; equal ranks keep the earlier event. */
  const above = (a: number[], b: number[]): boolean => {
    const i = a.findIndex((x, k) => x !== b[k]);
    return i >= 0 && a[i]! > b[i]!;
  };
  let best = -1;
  let bestRank: number[] = [];
  events.forEach((x, k) => {
    const r = rank(x);
    if (best < 0 || above(r, bestRank)) [best, bestRank] = [k, r];
  });
  return best;
}
