/**
 * Violence with no named perpetrator, coded as PLOVER codes it. The manual's sector codes UAF
 * ("unidentified armed forces": unknown gunmen) and UNK ("generic unidentified actors": the actor of
 * "two civilians were killed by a bomb") sit under the country where the act happened, so the actor is
 * the state of the place, and the victims are the target, or that state when no state names them.
 *
 * Read here: an attack verb in the passive with no actor after "by" ("three soldiers were killed by a
 * roadside bomb near Tacna"), a victim participle ("ten soldiers killed in ..."), or an active verb
 * whose subject is a weapon or an unnamed attacker ("a car bomb killed 12 people in Lima", "gunmen
 * ambushed a convoy near ..."). Without a place in the sentence nothing is coded: the perpetrator is
 * then unknown and so is the state.
 */
import type { MentionResult } from './mentions.js';
import type { Group } from './roles.js';
import { placeAfter } from './targets.js';
import type { Token } from './tokens.js';
import { HEAD_TO_VERB } from './words.js';

/** Subjects that name a weapon or an attacker no one has named. */
const UNNAMED_AGENTS = new Set(
  (
    'gunmen gunman attackers attacker assailants assailant bomb bombs bomber bombers explosion explosions ' +
    'blast blasts device devices mine mines landmine landmines minefield shell shells shelling rocket rockets ' +
    'missile missiles grenade grenades sniper snipers ambush gunfire militants insurgents kidnappers ' +
    'abductors men'
  ).split(' '),
);

/** The subject's head word before the verb at `v` is a weapon or an unnamed attacker. */
export function unnamedAgentBefore(tokens: Token[], ms: MentionResult, v: number): boolean {
  let k = v - 1;
  // Over auxiliaries, dates and a place phrase after the head ("a mine near the city of Kandahar killed").
  while (
    k >= 0 &&
    v - k <= 10 &&
    (HEAD_TO_VERB.has(tokens[k]!.low) ||
      ms.dates?.[k] ||
      (ms.at[k]! >= 0 && ms.mentions[ms.at[k]!]!.location) ||
      PLACE_PHRASE.has(tokens[k]!.low))
  )
    k--;
  return k >= 0 && ms.at[k]! < 0 && UNNAMED_AGENTS.has(tokens[k]!.low);
}

/** Words of a place phrase between a subject's head and its verb. */
const PLACE_PHRASE = new Set(
  'in near at outside inside on the a of town city village province region district capital border outskirts'.split(
    ' ',
  ),
);

/** The place where the act happened, standing for the unnamed perpetrator's state; null without one. */
export function placeOfAct(ms: MentionResult): Group | null {
  return placeAfter(ms, 0, ms.at.length);
}
