/**
 * Actors of an event noun ("Erdoğan's visit to Shusha", "the Azerbaijani offensive", "talks
 * between Armenia and Azerbaijan", "an attack by Iran", "the withdrawal of Russian peacekeepers"):
 * a possessive, a modifier just before the noun, a "between" pair, a "by" phrase, or an "of"
 * phrase when "of" is not where the pattern looks for the recipient. A city before the noun is the
 * venue, not an actor ("the Washington agreement").
 */
import type { MentionResult } from './mentions.js';
import type { Slot } from './patterns.js';
import { byAgent, findSubject, groupAt, type Group } from './roles.js';
import type { Token } from './tokens.js';
import { irregularPast, looksPast } from './inflect.js';
import { DENIAL_LEADS, PREPOSITIONS } from './words.js';

function isModifierWord(t: Token): boolean {
  return (
    t.kind === 'word' &&
    !t.cap &&
    // "Armenian prisoners after talks": a preposition ends the noun's modifiers
    !PREPOSITIONS.has(t.low) &&
    t.low.length > 1 &&
    !irregularPast(t.low) &&
    // "Chile denied accusations": the verb governs the noun, and its subject is no modifier of it
    !DENIAL_LEADS.has(t.low) &&
    ![
      'the',
      'a',
      'an',
      'of',
      'to',
      'and',
      'or',
      'in',
      'on',
      'by',
      'with',
      'for',
      'that',
      'which',
      'was',
      'were',
      'is',
      'are',
    ].includes(t.low)
  );
}

export function nounActor(
  tokens: Token[],
  ms: MentionResult,
  n: number,
  slots: readonly Slot[],
): { group: Group; how: string } | null {
  // Possessive or modifier: up to two adjectives between ("Azerbaijan's military offensive").
  let j = n - 1;
  let adjectives = 0;
  while (j >= 0 && adjectives <= 2) {
    const t = tokens[j] as Token;
    if (ms.at[j]! >= 0) {
      const m = ms.mentions[ms.at[j]!]!;
      // "the Washington agreement", "the Moscow talks": a city before the noun names the venue.
      if (m.location || m.kind === 'metonym') break;
      return { group: groupAt(tokens, ms, ms.at[j]!), how: 'modifier' };
    }
    if (t.low === "'s" && j > 0 && ms.at[j - 1]! >= 0) {
      const m = ms.mentions[ms.at[j - 1]!]!;
      if (m.location) break;
      return { group: groupAt(tokens, ms, ms.at[j - 1]!), how: 'possessive' };
    }
    if (t.low === '-' || t.low === '—' || t.low === '/') {
      j--;
      continue;
    }
    if (!isModifierWord(t)) break;
    adjectives++;
    j--;
  }
  const next = tokens[n + 1]?.low;
  if (next === 'between') {
    for (let k = n + 2; k < tokens.length && k <= n + 4; k++) {
      if (ms.at[k]! >= 0) return { group: groupAt(tokens, ms, ms.at[k]!), how: 'between' };
    }
  }
  // "came under attack from Chilean troops": under such a noun, "from" names who does it.
  if (next === 'from' && [n - 1, n - 2, n - 3].some((k) => tokens[k]?.low === 'under')) {
    for (let k = n + 2; k < tokens.length && k <= n + 4; k++) {
      if (ms.at[k]! >= 0 && !ms.mentions[ms.at[k]!]!.location)
        return { group: groupAt(tokens, ms, ms.at[k]!), how: 'under-from' };
      if (!isModifierWord(tokens[k] as Token) && tokens[k]!.low !== 'the') break;
    }
  }
  // "attacks by Chile", not "a ceasefire proposed by the AU" (that "by" is the participle's agent).
  const by = participleBefore(tokens, n) ? null : byAgent(tokens, ms, n, 8);
  if (by) return { group: by, how: 'by' };
  if (next === 'of' && !slots.includes('of')) {
    for (let k = n + 2; k < tokens.length && k <= n + 4; k++) {
      if (ms.at[k]! >= 0) return { group: groupAt(tokens, ms, ms.at[k]!), how: 'of' };
      if (!isModifierWord(tokens[k] as Token) && tokens[k]!.low !== 'the') break;
    }
  }
  return lightVerbSubject(tokens, ms, n) ?? openingPhraseSubject(tokens, ms, n);
}

const OPENERS = new Set(['in', 'during', 'at', 'after']);

/**
 * "In a phone call with his Egyptian counterpart, the Jordanian king ...": a noun in the phrase that
 * opens the sentence is an act of the main clause's subject, the first party named after the comma.
 */
function openingPhraseSubject(tokens: Token[], ms: MentionResult, n: number): { group: Group; how: string } | null {
  if (!OPENERS.has(tokens[0]?.low ?? '')) return null;
  const comma = tokens.findIndex((t, k) => k > n && t.low === ',');
  if (comma < 0 || tokens.slice(0, n).some((t) => t.low === ',')) return null;
  for (let k = comma + 1; k < tokens.length && k <= comma + 5; k++) {
    const x = ms.at[k]!;
    if (x >= 0) return ms.mentions[x]!.location ? null : { group: groupAt(tokens, ms, x), how: 'opening-phrase' };
  }
  return null;
}

/** A participle between the noun at `n` and the next "by": the "by" phrase belongs to it. */
function participleBefore(tokens: Token[], n: number): boolean {
  for (let i = n + 1; i < tokens.length && i - n <= 8; i++) {
    const w = tokens[i]!.low;
    if (w === 'by') return false;
    if (tokens[i]!.kind === 'word' && !tokens[i]!.cap && looksPast(w)) return true;
  }
  return false;
}

/** Verbs that carry out, start, keep up or hasten the act a noun names ("began the withdrawal", "tightened its blockade"). */
const LIGHT = new Set(
  (
    'begin began begun begins start started starts complete completed completes continue continued continues ' +
    'resume resumed resumes carry carried carries conduct conducted conducts launch launched launches ' +
    'speed sped speeded speeds accelerate accelerated accelerates step stepped steps finish finished finishes ' +
    'undertake undertook undertaken undertakes impose imposed imposes reimpose reimposed reimposes ' +
    'tighten tightened tightens intensify intensified intensifies escalate escalated escalates mount mounted ' +
    'mounts wage waged wages stage staged stages enforce enforced enforces maintain maintained maintains ' +
    'reiterate reiterated reiterates renew renewed renews repeat repeated repeats issue issued issues voice voiced voices'
  ).split(' '),
);
const BETWEEN = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'up', 'out', 'on', 'with']);

/** The subject of a light verb governing the noun: "the United States speeded up the withdrawal". */
function lightVerbSubject(tokens: Token[], ms: MentionResult, n: number): { group: Group; how: string } | null {
  let j = n - 1;
  while (
    j >= 0 &&
    n - j <= 4 &&
    !LIGHT.has(tokens[j]!.low) &&
    (BETWEEN.has(tokens[j]!.low) || isModifierWord(tokens[j] as Token))
  )
    j--;
  if (j < 0 || !LIGHT.has(tokens[j]!.low)) return null;
  const subject = findSubject(tokens, ms, j);
  return subject.group ? { group: subject.group, how: 'light-verb' } : null;
}
