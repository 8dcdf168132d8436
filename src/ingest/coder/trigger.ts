/**
 * Trying one pattern at one trigger word: the particle ("shoot ... down"), the object cues and
 * vetoes, the mode cues, then actor and recipient by voice (active, passive, reduced passive) or
 * from the noun phrase. The result is a draft event; the sentence coder adds modality, date and
 * citation.
 */
import type { MentionResult } from './mentions.js';
import { nounActor } from './noun-roles.js';
import type { CompiledPattern, Trigger } from './patterns.js';
import {
  byAgent,
  commaByAgent,
  groupHead,
  clauseEnd,
  findRecipient,
  findSubject,
  groupAt,
  isPassive,
  nearestLeftGroup,
  type Group,
} from './roles.js';
import type { Token } from './tokens.js';
import { BE, DETERMINERS, PREPOSITIONS } from './words.js';
import { domesticReason, domesticSubject, namedGroup, titledRuler } from './domestic.js';
import { complementRecipient } from './complement.js';
import { placeOfAct, unnamedAgentBefore } from './unattributed.js';
import { hangingParticiple } from './verb-reading.js';
import { attackAgent, backgroundNoun, conditionSubject, placeAfter, pronounObject, sentenceRest } from './targets.js';

export interface Draft {
  pattern: CompiledPattern;
  trigger: Trigger;
  at: number;
  actor: Group;
  recipient: Group | null;
  mode: string | null;
  cue: string | null;
  how: string;
  confidence: number;
  stop: number;
  /** The recipient is the actor's own state, and why (domestic.ts); set only when none was found. */
  domestic?: string;
  /** The recipient is a place, which may lie in the actor's own state ("imposed a curfew in Turkey"). */
  place?: boolean;
  /** An act named as the background of the report ("following the downing of ..."): kept, never focal. */
  background?: boolean;
}

/** What the sentence coder knows that the token rules do not. */
export interface TriggerAids {
  /** Is token k a verb (the part-of-speech tagger)? */
  bareVerb?: (k: number) => boolean;
  /** The mention of the one state the sentence names, or -1 (domestic.ts). */
  soleState?: () => number;
  /** Read violence with no named perpetrator as the place's (unattributed.ts); tried after every named reading. */
  unattributed?: boolean;
}

/** Verbs that take "to" + another verb; "X seeks to ..." is not a request. */
const TO_COMPLEMENT = new Set([
  'seek',
  'try',
  'attempt',
  'offer',
  'help',
  'want',
  'hope',
  'plan',
  'aim',
  'use',
  'move',
  'begin',
  'start',
  'continue',
  'decide',
  'prepare',
  'promise',
  'pledge',
  'vow',
  'ask',
  'push',
  'press',
  'pay',
  'work',
  'go',
  'come',
]);

/** A word matches a cue word, or its plural ("agreement" / "agreements"). */
function same(word: string, cue: string, last: boolean): boolean {
  return (
    word === cue ||
    (last && (word === `${cue}s` || word === `${cue}es` || (cue.endsWith('y') && word === `${cue.slice(0, -1)}ies`)))
  );
}

/** Where a cue (word sequence) occurs in tokens [a, b); -1 when nowhere. */
function findCue(tokens: Token[], a: number, b: number, cue: string[]): number {
  for (let i = Math.max(a, 0); i + cue.length <= Math.min(b, tokens.length); i++) {
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) ok = same(tokens[i + k]!.low, cue[k] as string, k === cue.length - 1);
    if (ok) return i;
  }
  return -1;
}

function particleEnd(tokens: Token[], i: number, particle: string[]): number {
  if (!particle.length) return i;
  for (let s = i + 1; s <= i + 3 && s < tokens.length; s++) {
    if (findCue(tokens, s, s + particle.length, particle) === s) return s + particle.length - 1;
  }
  return -1;
}

/** Types whose target may be the place where they happen ("an offensive in Nagorno-Karabakh", "lifted the curfew in Sudan"). */
const PLACE_TARGETS = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'CONCEDE', 'SANCTION']);

/** Verbs whose "-ed of" is active ("Chile warned of consequences"), unlike "officials accused of ...". */
const OF_ACTIVE = new Set(['warn', 'complain', 'speak']);

/** Subordinators after which a bare participle is an elliptical passive: "if attacked", "once approved". */
const ELLIPSIS_LEADS = new Set(['if', 'unless', 'once', 'when', 'whenever', 'until', 'though', 'although', 'while']);

/** Words after which a participle is not an active verb with an object ("10 soldiers killed in ..."). */
const AFTER_AGENTLESS = new Set([
  'in',
  'at',
  'on',
  'near',
  'during',
  'when',
  'while',
  'after',
  'as',
  'since',
  ',',
  '.',
  ';',
]);
const VICTIM_TYPES = new Set(['ASSAULT', 'COERCE']);

/**
 * "Ten Russian soldiers killed in Ukraine": a past participle of an attack or a coercion right after
 * its noun phrase, with no object and no "by" agent, is an agentless reduced passive. The noun
 * phrase is the victim, not the perpetrator, and the perpetrator is unknown: nothing is coded.
 */
function victimParticiple(tokens: Token[], ms: MentionResult, i: number, last: number, t: Trigger): boolean {
  if (t.noun || !t.participle || !VICTIM_TYPES.has(t.pattern.type)) return false;
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word' || BE.has(before.low) || AUX_PERFECT.has(before.low)) return false;
  const next = tokens[last + 1];
  if (next && !AFTER_AGENTLESS.has(next.low)) return false;
  // "detained at least 20 ...", "killed on the spot" are active verbs with an object or adverbial.
  if (next && /^(?:least|most|about|around|once|the)$/.test(tokens[last + 2]?.low ?? '')) return false;
  // The noun phrase before holds an actor or a people word ("soldiers", "civilians"): it is the victim.
  return ms.at[i - 1]! >= 0 || /(?:s|men|people|police|personnel)$/.test(before.low);
}
const AUX_PERFECT = new Set(['has', 'have', 'had', 'having', 'and', 'or', 'who', 'which', 'that']);

/**
 * The subject of the clause a closing ", X charged" reports: the first actor (not a place, not the
 * accuser) before the comma that opens the accuser's clause; null when the accuser's clause does
 * not follow a comma.
 */
function reportedSubject(tokens: Token[], ms: MentionResult, actor: Group): Group | null {
  let c = actor.start - 1;
  while (c >= 0 && DETERMINERS.has(tokens[c]!.low)) c--;
  if (c < 1 || tokens[c]!.low !== ',') return null;
  const own = new Set(actor.members.map((k) => ms.mentions[k]!.actor));
  for (let i = 0; i < c; i++) {
    const k = ms.at[i]!;
    if (k < 0) continue;
    const m = ms.mentions[k]!;
    if (m.location || own.has(m.actor)) return null;
    return groupAt(tokens, ms, k);
  }
  return null;
}

/**
 * The first actor named after the verb in its clause when the pattern's slots found none: the
 * object of a possessive or modifier ("rejected Peru's offer", "rejected a Peruvian offer"), as
 * PLOVER codes the party the act is directed at. Places and "by"/"according to" phrases are skipped.
 */
function objectFallback(tokens: Token[], ms: MentionResult, from: number, to: number): Group | null {
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.low;
    // "more than 100 Palestinians" counts the object; "more than Armenia" compares.
    const count = w === 'than' && tokens[i + 1]?.kind === 'num';
    if (w === ',' || (w === 'by' && i === from) || w === 'according' || (w === 'than' && !count) || w === 'despite')
      return null;
    const k = ms.at[i]!;
    if (k < 0) continue;
    const m = ms.mentions[k]!;
    if (m.location) {
      // "urged all sides in Syria", "parties to the conflict in Iraq": the place names whose they are
      if (tokens[m.start - 1]?.low === 'in' && tokens.slice(from, m.start).some((t) => groupHead(t.low)))
        return groupAt(tokens, ms, k);
      i = m.end - 1;
      continue;
    }
    return groupAt(tokens, ms, k);
  }
  return null;
}

/**
 * A purpose clause's subject: in "the UN sent staff to Bosnia to investigate", the name before "to
 * investigate" is the object of a preposition, so it cannot be the one investigating; the subject of
 * the clause is (the first actor not inside a prepositional phrase, before the verb). Null when the
 * name found is a plain subject or object ("urged Armenia to withdraw" keeps Armenia).
 */
function purposeSubject(tokens: Token[], ms: MentionResult, v: number, found: Group): Group | null {
  if (tokens[v - 1]?.low !== 'to') return null;
  // "summoned the Peruvian ambassador to protest": the one summoning protests, not the envoy.
  let b = found.start - 1;
  while (b >= 0 && DETERMINERS.has(tokens[b]!.low)) b--;
  const purposeOfObject = b >= 0 && PURPOSE_VERBS.test(tokens[b]!.low);
  if (!purposeOfObject && !PREPOSITIONS.has(tokens[found.start - 1]?.low ?? '')) return null;
  // "called on Azerbaijan to release", "appealed to Russia to mediate": the named one is asked to act.
  if (ASKING.test(tokens[found.start - 2]?.low ?? '')) return null;
  // "the decision by France to recognise", "a bid by Baku to join": the name is the agent of the
  // noun the infinitive completes, so it is the one who acts.
  if (tokens[found.start - 1]?.low === 'by' && AGENT_NOUNS.test(tokens[found.start - 2]?.low ?? '')) return null;
  // "support for Peru's bid to host": the possessor of the noun the infinitive completes acts.
  if (tokens[found.end]?.low === "'s" && AGENT_NOUNS.test(tokens[found.end + 1]?.low ?? '')) return null;
  let from = found.start;
  while (from > 0 && !CLAUSE_STOP.has(tokens[from - 1]!.low)) from--;
  for (let k = from; k < found.start; k++) {
    const m = ms.at[k]!;
    if (m < 0) continue;
    const mention = ms.mentions[m]!;
    if (!mention.location && !PREPOSITIONS.has(tokens[k - 1]?.low ?? '')) return groupAt(tokens, ms, m);
    k = mention.end - 1;
  }
  return null;
}
const AGENT_NOUNS =
  /^(?:decision|plan|move|bid|attempt|proposal|effort|refusal|threat|intention|offer|promise|pledge|readiness|willingness|determination|push|drive|campaign|initiative|failure|vote|choice)s?$/;
/** Verbs whose object is sent or summoned for the subject's purpose (not asked to act itself). */
const PURPOSE_VERBS = /^(?:summon|send|sent|dispatch|deploy|use|recall|convene)(?:s|ed|ing)?$/;
const ASKING = /^(?:call|appeal|plead|turn|look|signal|writ|wrote|rel[yi]|count|beg|press|lean)/;
const CLAUSE_STOP = new Set([';', ':', '.', 'but', 'while', 'whereas', 'although', 'because']);

/** Try one trigger at token i; a draft event or null. */
/**
 * The verb whose subject a coordinated or participle verb shares: "Armenia recalled its envoy and
 * refused to attend" (refused ← recalled), "Azerbaijani forces fired on a post, killing four" (killing
 * ← fired). -1 when the verb has a subject of its own.
 */
function sharedSubjectVerb(
  tokens: Token[],
  ms: MentionResult,
  i: number,
  t: Trigger,
  isVerb: (k: number) => boolean,
): number {
  let j = i - 1;
  while (j >= 0 && SKIP_TO_LINK.has(tokens[j]!.low)) j--;
  const w = tokens[j]?.low;
  const participle = t.form === 'ing' && (w === ',' || (j === i - 1 && hangingParticiple(tokens, ms, i)));
  const link = w === 'and' || w === 'but' || w === 'then' || participle;
  // (A name right before "and" may be one of two subjects; before ", killing" it is the last verb's object.)
  if (
    !link ||
    j < 1 ||
    (!participle &&
      ms.at[j - 1]! >= 0 &&
      !prepositionalObject(tokens, ms, ms.at[j - 1]!) &&
      !verbObject(tokens, ms, ms.at[j - 1]!, isVerb))
  )
    return -1;
  for (let k = j - 1; k >= 0 && j - k <= 25; k--) {
    if (tokens[k]!.low === ';') return -1;
    if (isVerb(k)) return k;
  }
  return -1;
}

/** The token before mention `k` and its determiners ("the", "its"); -1 at the sentence's start. */
function beforeName(tokens: Token[], ms: MentionResult, k: number): number {
  let p = ms.mentions[k]!.start - 1;
  while (p >= 0 && DETERMINERS.has(tokens[p]!.low)) p--;
  return p;
}

/** A name right after a verb ("summoned the Peruvian envoy and warned him") is its object, not a second subject. */
function verbObject(tokens: Token[], ms: MentionResult, k: number, isVerb: (k: number) => boolean): boolean {
  const p = beforeName(tokens, ms, k);
  return p >= 0 && ms.at[p]! < 0 && isVerb(p);
}

/** A name after a preposition ("ties with Chile and opened ...") is an object, never one of two subjects. */
function prepositionalObject(tokens: Token[], ms: MentionResult, k: number): boolean {
  return PREPOSITIONS.has(tokens[beforeName(tokens, ms, k)]?.low ?? '');
}

const SKIP_TO_LINK = new Set([
  'also',
  'then',
  'later',
  'subsequently',
  'immediately',
  'swiftly',
  'quickly',
  'even',
  'again',
  'finally',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
]);

/** "sent a letter to Bush urging him to send troops": a hanging participle starts another act; the verb's words end before it. */
function participleCut(
  tokens: Token[],
  ms: MentionResult,
  last: number,
  end: number,
  isVerb: (k: number) => boolean,
): number {
  for (let k = last + 2; k < end; k++)
    if (tokens[k]!.low.endsWith('ing') && isVerb(k) && hangingParticiple(tokens, ms, k)) return k;
  return end;
}

export function tryTrigger(
  tokens: Token[],
  ms: MentionResult,
  i: number,
  t: Trigger,
  consumed: Set<number>,
  isVerb: (k: number) => boolean,
  aids: TriggerAids = {},
): Draft | null {
  const bareVerb = aids.bareVerb ?? ((): boolean => true);
  const p = t.pattern;
  const last = particleEnd(tokens, i, t.particle);
  if (last < 0) return null;
  if (!t.noun && tokens[last + 1]?.low === 'to' && TO_COMPLEMENT.has(t.lemma)) return null;
  // "officials accused of corruption": a participle whose object is missing is a reduced passive.
  if (
    !t.noun &&
    t.form === 'past' &&
    tokens[last + 1]?.low === 'of' &&
    p.recipient[0] === 'object' &&
    !OF_ACTIVE.has(t.lemma) &&
    !BE.has(tokens[i - 1]?.low ?? '')
  )
    return null;
  // "if attacked", "unless provoked": an elliptical passive whose subject is elsewhere; no one acts here.
  if (!t.noun && t.form === 'past' && ELLIPSIS_LEADS.has(tokens[i - 1]?.low ?? '')) return null;
  const passive = !t.noun && isPassive(tokens, i, t.participle);
  // "the offensive launched by Azerbaijan" (not "spoke by phone with"): "by" and then an actor.
  const reduced =
    !t.noun && !passive && t.participle && tokens[last + 1]?.low === 'by' && byAgent(tokens, ms, last, 2) !== null;
  // A particle set apart from its verb ("pulled its troops out of") leaves the object between them.
  const split = !t.noun && last > i + t.particle.length;
  const after: [number, number] = [
    split ? i + 1 : last + 1,
    t.noun ? Math.min(tokens.length, last + 4) : participleCut(tokens, ms, last, clauseEnd(tokens, last), isVerb),
  ];
  const before: [number, number] = [Math.max(0, i - (t.noun ? 3 : 6)), i];
  const windows = passive || reduced ? [before, after] : t.noun ? [before, after] : [after];
  let cue: string | null = null;
  let cueAt = -1;
  if (p.cues.length) {
    for (const [a, b] of windows) {
      for (const c of p.cues) {
        const at = findCue(tokens, a, b, c);
        if (at >= 0 && (cueAt < 0 || Math.abs(at - i) < Math.abs(cueAt - i))) {
          cueAt = at;
          cue = c.join(' ');
        }
      }
    }
    if (cueAt < 0) return null;
  }
  for (const [a, b] of windows) if (p.vetoes.some((v) => findCue(tokens, a, b, v) >= 0)) return null;
  let mode = p.mode;
  for (const mc of p.modeCues) {
    if (mc.cue.join(' ') === t.lemma || windows.some(([a, b]) => findCue(tokens, a, b, mc.cue) >= 0)) {
      mode = mc.mode;
      break;
    }
  }
  let actor: Group | null = null;
  let recipient: Group | null = null;
  let how = 'active';
  let confidence = p.confidence;
  let stop = Math.max(0, i - 6);
  if (t.noun) {
    const na = nounActor(tokens, ms, i, p.recipient);
    if (!na) return null;
    actor = na.group;
    how = `noun-${na.how}`;
    // A noun's target follows it closely ("its blockade in Guayaquil following the deaths of two
    // Colombians": the Colombians are not the blockade's target).
    recipient =
      findRecipient(tokens, ms, last + 1, Math.min(clauseEnd(tokens, last), last + 6), p.recipient)?.group ?? null;
  } else if (passive || reduced) {
    actor =
      byAgent(tokens, ms, last) ??
      (passive ? commaByAgent(tokens, ms, last) : null) ??
      (p.type === 'ASSAULT' && passive ? attackAgent(tokens, ms, last) : null);
    how = passive ? 'passive' : 'reduced-passive';
    // "Three soldiers were killed by a roadside bomb near Tacna": the perpetrator is of the place.
    if (!actor && passive && aids.unattributed && p.type === 'ASSAULT' && (actor = placeOfAct(ms))) {
      how = 'unattributed-passive';
      confidence *= 0.5;
    }
    // "Bolivian troops were deployed to the border with Peru": forces moved with no agent named are
    // moved by their own state, and the place they go to is the target.
    if (!actor && passive && p.type === 'MOBILIZE' && cueAt >= 0 && cueAt < i) {
      const subj = findSubject(tokens, ms, i);
      if (!subj.group) return null;
      const end = clauseEnd(tokens, last);
      actor = subj.group;
      stop = subj.stop;
      how = 'passive-own-forces';
      confidence *= 0.8;
      recipient =
        findRecipient(tokens, ms, last + 1, end, p.recipient)?.group ?? objectFallback(tokens, ms, last + 1, end);
    } else if (!actor) return null;
    else if (passive) {
      const subj = findSubject(tokens, ms, i);
      recipient = subj.group;
      stop = subj.stop;
    } else {
      const k = tokens[i - 1]?.low === ',' ? i - 2 : i - 1;
      recipient = k >= 0 && ms.at[k]! >= 0 ? groupAt(tokens, ms, ms.at[k]!) : null;
      confidence *= 0.9;
    }
  } else if (victimParticiple(tokens, ms, i, last, t)) {
    // "Ten soldiers killed in Tacna": victims of a perpetrator the sentence does not name.
    const place = aids.unattributed && p.type === 'ASSAULT' ? placeOfAct(ms) : null;
    if (!place) return null;
    actor = place;
    how = 'unattributed-victims';
    confidence *= 0.5;
    const k = ms.at[i - 1]!;
    recipient = k >= 0 && !ms.mentions[k]!.location ? groupAt(tokens, ms, k) : null;
  } else {
    const shared = sharedSubjectVerb(tokens, ms, i, t, isVerb);
    let subj = findSubject(tokens, ms, shared >= 0 ? shared : i);
    if (shared >= 0 && subj.group) {
      how = 'shared-subject';
      confidence *= 0.9;
    } else if (shared >= 0) subj = findSubject(tokens, ms, i);
    stop = subj.stop;
    actor = subj.group;
    if (actor && subj.unknown) {
      how = 'partial-subject';
      confidence *= 0.8;
    }
    const purpose = actor && shared < 0 ? purposeSubject(tokens, ms, i, actor) : null;
    if (purpose) {
      actor = purpose;
      how = 'purpose';
    }
    if (!actor) {
      if (subj.blocked) return null;
      // "Opposition leaders agreed ...": a domestic group with no state word acts for the sentence's one state.
      actor = domesticSubject(tokens, ms, shared >= 0 ? shared : i, aids.soleState, p.type);
      if (actor) how = 'domestic-subject';
      else if (
        aids.unattributed &&
        p.type === 'ASSAULT' &&
        // a one-word "name" opening the sentence may be a common noun capitalised ("Gunmen killed ...")
        (!subj.unknown || (subj.unknown[0] === 0 && subj.unknown[1] === 1)) &&
        unnamedAgentBefore(tokens, ms, shared >= 0 ? shared : i)
      ) {
        // "A car bomb killed 12 people in Lima", "gunmen ambushed ...": an unnamed perpetrator, of the place.
        actor = placeOfAct(ms);
        if (!actor) return null;
        how = 'unattributed';
      } else if (subj.unknown && (actor = namedGroup(tokens, ms, subj.unknown, i, aids.soleState))) {
        how = 'named-group';
      } else if (subj.unknown) {
        actor = titledRuler(tokens, ms, subj.unknown, p.type, aids.soleState);
        if (!actor) return null;
        how = 'titled-ruler';
      } else {
        actor = nearestLeftGroup(tokens, ms, i);
        if (!actor) return null;
        how = 'active-far';
      }
      confidence *= 0.6;
    }
    recipient = findRecipient(tokens, ms, last + 1, clauseEnd(tokens, last), p.recipient)?.group ?? null;
    // A pattern whose target comes only in a "that" clause ("claimed that X ...") takes no object
    // instead ("claimed the bombing of the embassy" accuses no one).
    const clauseOnly = p.recipient.length > 0 && p.recipient.every((r) => r === 'that');
    if (!recipient && !p.inverse && p.recipient.includes('object') && actor)
      if ((recipient = pronounObject(tokens, ms, last, i, actor))) how = `${how}-pronoun`;
    // "sent a letter to Peru demanding the release of ...": the one written to is the one asked.
    if (!recipient && shared >= 0 && ms.at[i - 1]! >= 0 && hangingParticiple(tokens, ms, i)) {
      recipient = groupAt(tokens, ms, ms.at[i - 1]!);
      how = `${how}-addressee`;
    }
    if (!recipient && !p.symmetric && !p.inverse && !clauseOnly) {
      recipient = objectFallback(tokens, ms, last + 1, clauseEnd(tokens, last));
      if (recipient) how = `${how}-object-fallback`;
    }
    if (!recipient && !p.inverse) {
      recipient = complementRecipient(tokens, ms, last, bareVerb);
      if (recipient) how = `${how}-complement`;
    }
  }
  if (t.noun && !recipient) {
    // "Iran came under Israeli attack": the subject of "came under" is the target.
    const u = [i - 1, i - 2, i - 3].find((k) => tokens[k]?.low === 'under');
    if (u !== undefined && u > 0) recipient = findSubject(tokens, ms, u - 1).group;
  }
  // "Chile is violating the treaty, Peru charged": an accusation whose clause closes the sentence is
  // aimed at the subject of the clause it reports.
  if (!recipient && (p.type === 'ACCUSE' || p.type === 'PROTEST') && actor && !t.noun)
    recipient = reportedSubject(tokens, ms, actor);
  if (p.needs_recipient && !recipient) return null;
  if (p.inverse) {
    if (!recipient) return null;
    [actor, recipient] = [recipient, actor];
    how = `${how}-inverse`;
  }
  // "threatened to strike unless Israel rescinded ...": the one who must comply is the one threatened.
  if (!recipient && p.type === 'THREATEN') recipient = conditionSubject(tokens, ms, last + 1);
  if (!recipient && PLACE_TARGETS.has(p.type))
    // the first place after the verb, in its clause or later in the sentence ("killed nine people ... when
    // their helicopter landed in Arequipa"); a noun's, right after it
    recipient = placeAfter(ms, last + 1, t.noun ? last + 6 : sentenceRest(tokens, last));
  if (cueAt >= 0) for (let k = cueAt; k < cueAt + (cue?.split(' ').length ?? 1); k++) consumed.add(k);
  const draft: Draft = { pattern: p, trigger: t, at: i, actor, recipient, mode, cue, how, confidence, stop };
  // An act named in the phrase that opens the sentence sets the scene for the main clause's own.
  if (t.noun && (backgroundNoun(tokens, ms, i) || how === 'noun-opening-phrase')) {
    draft.background = true;
    draft.confidence *= 0.8;
  }
  if (recipient && recipient.members.every((k) => ms.mentions[k]!.location)) draft.place = true;
  if (how.startsWith('unattributed')) {
    // Victims no state names are of the place too ("a journalist was killed in Beirut").
    if (!recipient || recipient.members.every((k) => actor!.members.includes(k))) {
      draft.recipient = null;
      draft.domestic = 'unattributed';
    }
  } else if (!recipient) {
    const why = domesticReason(p.type, p.symmetric, tokens, ms, last + 1, clauseEnd(tokens, last), cue);
    if (why) draft.domestic = why;
  }
  return draft;
}
