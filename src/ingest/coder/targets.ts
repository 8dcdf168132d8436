/**
 * Where the target or the agent of an act is named away from its verb, and when an act is only the
 * background of a report: the place of the act ("an offensive in X", or later in the sentence), the
 * subject of an unless/if condition (the one a threat is aimed at), the attacker named by the attack
 * ("killed in a Chilean air strike"), and an act named after "following", "despite", "in line with".
 */
import type { MentionResult } from './mentions.js';
import { groupAt, type Group } from './roles.js';
import type { Token } from './tokens.js';
import { DETERMINERS, PREPOSITIONS } from './words.js';

/** Where the sentence's own report ends after `v`: a semicolon, else the sentence's end. */
export function sentenceRest(tokens: Token[], v: number): number {
  for (let i = v + 1; i < tokens.length; i++) if (tokens[i]!.low === ';') return i;
  return tokens.length;
}

/** The first place named in tokens [from, to), as a group; null when there is none. */
export function placeAfter(ms: MentionResult, from: number, to: number): Group | null {
  for (let i = from; i < to; i++) {
    const k = ms.at[i]!;
    if (k >= 0 && ms.mentions[k]!.location)
      return { members: [k], start: ms.mentions[k]!.start, end: ms.mentions[k]!.end };
  }
  return null;
}

/** The first actor after "unless" or "if" in the rest of the sentence (the condition's subject), else null. */
export function conditionSubject(tokens: Token[], ms: MentionResult, from: number): Group | null {
  for (let i = from; i < tokens.length; i++) {
    const w = tokens[i]!.low;
    if (w === ';' || w === '.') return null;
    if (w !== 'unless' && w !== 'if') continue;
    for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
      const k = ms.at[j]!;
      if (k >= 0) return ms.mentions[k]!.location ? null : groupAt(tokens, ms, k);
      if (tokens[j]!.kind !== 'word' || PREPOSITIONS.has(tokens[j]!.low)) break;
    }
    return null;
  }
  return null;
}

/** Nouns of an attack whose modifier is the attacker: "killed in a Chilean air strike". */
const ATTACK_NOUNS = new Set(
  'attack attacks strike strikes airstrike airstrikes raid raids bombing bombings shelling ambush offensive assault operation bombardment'.split(
    ' ',
  ),
);

/** The attacker named by "in/during a [X's | X-ian] attack" after a passive verb of violence, else null. */
export function attackAgent(tokens: Token[], ms: MentionResult, v: number): Group | null {
  for (let i = v + 1; i < tokens.length && i - v <= 4; i++) {
    const w = tokens[i]!.low;
    if (w !== 'in' && w !== 'during') continue;
    for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
      const k = ms.at[j]!;
      if (k < 0) continue;
      const m = ms.mentions[k]!;
      const after = [tokens[m.end]?.low, tokens[m.end + 1]?.low, tokens[m.end + 2]?.low];
      return !m.location && after.some((x) => x !== undefined && ATTACK_NOUNS.has(x)) ? groupAt(tokens, ms, k) : null;
    }
    return null;
  }
  return null;
}

/** Prepositions that make the act a noun names the background of the report, not an act it reports. */
const BACKGROUND_LEADS = new Set([
  'despite',
  'amid',
  'following',
  'after',
  'line with',
  'response to',
  'because of',
  'due to',
]);

/** "in line with Chilean demands", "following the downing of ...": the act is the report's background. */
export function backgroundNoun(tokens: Token[], ms: MentionResult, n: number): boolean {
  let j = n - 1;
  while (
    j >= 0 &&
    n - j <= 5 &&
    (ms.at[j]! >= 0 ||
      DETERMINERS.has(tokens[j]!.low) ||
      (tokens[j]!.kind === 'word' &&
        !tokens[j]!.cap &&
        !PREPOSITIONS.has(tokens[j]!.low) &&
        !BACKGROUND_LEADS.has(tokens[j]!.low)))
  )
    j--;
  const w = tokens[j]?.low ?? '';
  return BACKGROUND_LEADS.has(w) || BACKGROUND_LEADS.has(`${tokens[j - 1]?.low ?? ''} ${w}`);
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'it', 'them']);

/**
 * "Chile wrote to Peru, urging it to withdraw": a pronoun right after the verb stands for the last
 * party named before the verb that is not the actor (nor a place). Null when the word after the verb
 * is no object pronoun, or no such party is named.
 */
export function pronounObject(
  tokens: Token[],
  ms: MentionResult,
  last: number,
  at: number,
  actor: Group,
): Group | null {
  if (!OBJECT_PRONOUNS.has(tokens[last + 1]?.low ?? '')) return null;
  for (let k = ms.mentions.length - 1; k >= 0; k--) {
    const m = ms.mentions[k]!;
    if (m.end > at || m.location || m.people || actor.members.includes(k)) continue;
    if (actor.members.some((a) => ms.mentions[a]!.actor === m.actor)) continue;
    return groupAt(tokens, ms, k);
  }
  return null;
}
