/**
 * The target of an act that governs a "to"-complement: "agreed to send aid to Chile", "threatened to
 * cut off gas to Armenia", "agreed to open a trade office in Lima". PLOVER codes the agreement, the
 * threat or the refusal as directed at whoever the act it names is directed at; with no other
 * recipient found, that is the first party named in the complement clause (a place included).
 */
import type { MentionResult } from './mentions.js';
import { groupAt, type Group } from './roles.js';
import type { Token } from './tokens.js';
import { CLAUSE_BREAKS, DETERMINERS } from './words.js';

/** How far after the trigger its "to" may stand ("agreed in principle on Saturday to ..."). */
const TO_REACH = 7;
/** How far the complement clause is searched for a party. */
const CLAUSE_REACH = 16;

/**
 * The party named in the "to"-complement after the trigger ending at token `last`, or null.
 * `isVerb(k)` says whether token k is a verb (the word after "to" must be one: "agreed to the plan"
 * is no complement clause).
 */
export function complementRecipient(
  tokens: Token[],
  ms: MentionResult,
  last: number,
  isVerb: (k: number) => boolean,
): Group | null {
  let to = -1;
  for (let i = last + 1; i < tokens.length && i - last <= TO_REACH; i++) {
    const w = tokens[i]!.low;
    if (w === 'to') {
      to = i;
      break;
    }
    // A coordinated verb has its own complement ("met and decided to ...").
    if (w === ',' || w === ';' || w === 'and' || w === 'or' || CLAUSE_BREAKS.has(w)) return null;
    if (ms.at[i]! >= 0 && !ms.dates?.[i]) return null;
  }
  const verb = tokens[to + 1];
  if (to < 0 || !verb || verb.kind !== 'word' || verb.cap || DETERMINERS.has(verb.low) || !isVerb(to + 1)) return null;
  for (let i = to + 2; i < tokens.length && i - to <= CLAUSE_REACH; i++) {
    const w = tokens[i]!.low;
    if (w === ',' || w === ';' || w === '.' || w === 'according' || CLAUSE_BREAKS.has(w)) return null;
    const k = ms.at[i]!;
    if (k < 0) continue;
    const m = ms.mentions[k]!;
    // An agent ("by the UN") is not the target.
    if (tokens[m.start - 1]?.low === 'by') {
      i = m.end - 1;
      continue;
    }
    return m.location ? { members: [k], start: m.start, end: m.end } : groupAt(tokens, ms, k);
  }
  return null;
}
