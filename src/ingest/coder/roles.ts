/**
 * Who does what to whom around a trigger word, by shallow rules over the token sequence (no full
 * parse; in the spirit of TABARI's shallow parsing, Schrodt 2001):
 *
 * - subject: walk left from the verb over auxiliaries, adverbs, negation, "to" and catenative verbs
 *   ("decided to send") and parenthetical commas ("Armenia, backed by France, ...") to the nearest
 *   actor mention or noun phrase holding one ("Armenia's foreign minister");
 * - passive: a form of "be" before a participle makes the subject the recipient and the "by"
 *   phrase the actor ("Armenia was attacked by Azerbaijan"); a participle directly followed by
 *   "by" is a reduced passive ("the offensive launched by Azerbaijan");
 * - recipient: the pattern's slots in order: the direct object, or the mention after a preposition
 *   (with, to, against...) inside the clause;
 * - groups: mentions joined by commas, "and", "or" act together ("Aliyev and Pashinyan signed").
 */
import type { Mention, MentionResult } from './mentions.js';
import type { Slot } from './patterns.js';
import type { Token } from './tokens.js';
import { looksPast } from './inflect.js';
import {
  ADVERBS,
  AUX,
  BE,
  CATENATIVES,
  CLAUSE_BREAKS,
  CONNECTORS,
  DETERMINERS,
  NEGATORS,
  PREPOSITIONS,
  REPORTING,
  REPORTED_PRONOUNS,
} from './words.js';

const PLACE_SLOTS = new Set(['in', 'at', 'into', 'near', 'along']);

export interface Group {
  /** Indexes into the mention list. */
  members: number[];
  start: number;
  end: number;
}

const isSkippable = (w: string): boolean =>
  AUX.has(w) ||
  ADVERBS.has(w) ||
  NEGATORS.has(w) ||
  w.endsWith("n't") ||
  w === 'to' ||
  CATENATIVES.has(w) ||
  (w.length > 4 && w.endsWith('ly'));

/**
 * Mentions listed together with mention `k` ("A, B and C", "A and B", "Aliyev-Pashinyan"). A list
 * is closed by its word connector: "A and B, C" is the list A and B followed by C, and commas
 * alone ("If Turkey attacks Armenia, France...") make no list. Places are left out.
 */
export function groupAt(tokens: Token[], ms: MentionResult, k: number): Group {
  // The chain of neighbours joined to each other, with how each link is made.
  let lo = k;
  let hi = k;
  const link = (j: number): 'word' | 'comma' | null => {
    const a = ms.mentions[j] as Mention;
    const b = ms.mentions[j + 1] as Mention;
    if (a.location || b.location) return null;
    return b.start < a.end ? 'word' : joined(tokens, a.end, b.start);
  };
  while (lo > 0 && link(lo - 1)) lo--;
  while (hi < ms.mentions.length - 1 && link(hi)) hi++;
  // A headline's "Armenia, Azerbaijan hold talks": a comma pair opening the sentence before a verb.
  const first = ms.mentions[lo] as Mention;
  const after = tokens[(ms.mentions[hi] as Mention).end];
  if (
    hi === lo + 1 &&
    first.start === 0 &&
    link(lo) === 'comma' &&
    after?.kind === 'word' &&
    !after.cap &&
    (k === lo || k === hi)
  ) {
    return { members: [lo, hi], start: first.start, end: (ms.mentions[hi] as Mention).end };
  }
  // A list is commas then one or more word links; the link after it separates the next list.
  let segStart = lo;
  let j = lo;
  while (j < hi) {
    let e = j;
    while (e < hi && link(e) === 'comma') e++;
    if (e === hi) break;
    while (e + 1 < hi && link(e + 1) === 'word') e++;
    if (k >= segStart && k <= e + 1) {
      const members = Array.from({ length: e + 2 - segStart }, (_, x) => segStart + x);
      return { members, start: (ms.mentions[segStart] as Mention).start, end: (ms.mentions[e + 1] as Mention).end };
    }
    segStart = e + 2;
    j = e + 2;
  }
  const m0 = ms.mentions[k] as Mention;
  return { members: [k], start: m0.start, end: m0.end };
}

/**
 * How tokens [a, b) join two mentions: 'word' (and, or, as well as, the "-" of "Armenia-Azerbaijan"
 * or a shared token), 'comma', or null when something else stands between.
 */
function joined(tokens: Token[], a: number, b: number): 'word' | 'comma' | null {
  if (b < a) return null;
  if (b === a) return 'word';
  let how: 'word' | 'comma' | null = null;
  for (let i = a; i < b; i++) {
    const w = (tokens[i] as Token).low;
    if (CONNECTORS.has(w) || w === '-' || w === '/' || (w === 'with' && i > a)) how = 'word';
    else if (w === ',' || w === '—') how ??= 'comma';
    else if (!(w === 'the' || w === 'both' || w === 'as' || w === 'well' || w === 'together' || w === 'along'))
      return null;
  }
  return how;
}

function actorGroup(tokens: Token[], ms: MentionResult, k: number): Group | null {
  const m = ms.mentions[k] as Mention;
  if (m.location) return null;
  return groupAt(tokens, ms, k);
}

/** A mention inside the noun phrase ending at token `i` ("Armenia's foreign minister", "the Azerbaijani side"). */
function mentionInPhrase(tokens: Token[], ms: MentionResult, i: number, span = 4): number {
  for (let j = i; j >= 0 && i - j < span; j--) {
    const w = (tokens[j] as Token).low;
    if (ms.at[j]! >= 0) return possessorBefore(tokens, ms, ms.mentions[ms.at[j]!]!) ?? ms.at[j]!;
    // A known name that is not an actor here heads the phrase ("the US state of Georgia"): no actor.
    if (ms.known.has(j)) return -1;
    if (PREPOSITIONS.has(w) && w !== 'of') return possessorBefore(tokens, ms, j + 1) ?? -1;
    if (CLAUSE_BREAKS.has(w) || w === ',') return -1;
  }
  return -1;
}

/**
 * "Georgia's request for NATO membership": a name inside a phrase after the head noun belongs to
 * that phrase; the head's possessor, named just before it, is the one the phrase is about. `at` is
 * the mention inside the phrase, or the token right after its preposition.
 */
function possessorBefore(tokens: Token[], ms: MentionResult, at: number | { start: number }): number | undefined {
  const p = (typeof at === 'number' ? at : at.start) - 1;
  const w = tokens[p]?.low ?? '';
  if (!PREPOSITIONS.has(w) || w === 'of') return undefined;
  for (let j = p - 1; j >= 0 && p - j <= 3; j--) {
    if (tokens[j]!.low === "'s" && ms.at[j - 1]! >= 0 && !ms.mentions[ms.at[j - 1]!]!.location) return ms.at[j - 1]!;
    if (tokens[j]!.kind !== 'word' || ms.at[j]! >= 0) return undefined;
  }
  return undefined;
}

/** The reporting verb a subject pronoun at `p` follows, over "that", a comma or a date phrase; -1 if none. */
function reportingVerbBefore(tokens: Token[], ms: MentionResult, p: number): number {
  let j = p - 1;
  while (j >= 0 && (tokens[j]!.low === 'that' || tokens[j]!.low === ',' || ms.dates?.[j])) j--;
  return j >= 0 && REPORTING.has(tokens[j]!.low) ? j : -1;
}

export interface SubjectResult {
  group: Group | null;
  /** Token where the walk stopped: the start of the subject, or where it gave up. */
  stop: number;
  /** Capitalised unknown words in subject position (a candidate name). */
  unknown: [number, number] | null;
  direct: boolean;
  /** The subject is a known name that is no actor here (Georgia the US state): no fallback subject. */
  blocked?: boolean;
}

/** Heads of domestic groups that a place after "in" attaches to its state ("students in Tehran"). */
const GROUP_HEADS = new Set(
  (
    'parties groups opposition protesters demonstrators students workers residents villagers supporters ' +
    'rebels militants insurgents guerrillas activists refugees police authorities officials leaders ' +
    'lawmakers politicians journalists farmers miners unions sides factions'
  ).split(' '),
);

/** Is the word the head of a group of a place's people or parties ("sides", "rebels", "authorities")? */
export const groupHead = (w: string): boolean => GROUP_HEADS.has(w);

/** The grammatical subject of the verb at token `v`. */
export function findSubject(tokens: Token[], ms: MentionResult, v: number): SubjectResult {
  let i = v - 1;
  let commas = 0;
  /** The last parenthetical skipped, [first, last] tokens between its commas. */
  let aside: [number, number] | null = null;
  while (i >= 0) {
    const t = tokens[i] as Token;
    const w = t.low;
    if (ms.at[i]! >= 0) {
      const k = ms.at[i]!;
      const m = ms.mentions[k] as Mention;
      // "Opposition parties in Nepal", "demonstrators in Baghdad": a group of the place's state.
      if (m.location && tokens[m.start - 1]?.low === 'in' && GROUP_HEADS.has(tokens[m.start - 2]?.low ?? ''))
        return {
          group: { members: [k], start: m.start - 2, end: m.end },
          stop: m.start - 2,
          unknown: null,
          direct: true,
        };
      const g = actorGroup(tokens, ms, k);
      return { group: g, stop: g?.start ?? i, unknown: null, direct: true };
    }
    if (isSkippable(w) || ms.dates?.[i]) {
      i--;
      continue;
    }
    if (w === ')') {
      // "The International Labour Office (ILO) said": a short bracket after the subject is its
      // acronym or a gloss; the name before it is the subject.
      let j = i - 1;
      while (j >= 0 && i - j <= 6 && tokens[j]!.low !== '(' && tokens[j]!.low !== ')') j--;
      if (j >= 0 && tokens[j]!.low === '(' && i - j <= 6) {
        i = j - 1;
        continue;
      }
      break;
    }
    if (w === ',' || w === '—') {
      // A parenthetical between commas: "Armenia, which France backs, signed".
      let j = i - 1;
      while (j >= 0 && i - j < 16 && tokens[j]!.low !== ',' && tokens[j]!.low !== '—' && tokens[j]!.low !== ';') j--;
      if (j >= 0 && (tokens[j]!.low === ',' || tokens[j]!.low === '—') && commas < 2) {
        commas++;
        aside = [j + 1, i - 1];
        i = j - 1;
        continue;
      }
      break;
    }
    if ((w === 'which' || w === 'who' || w === 'that') && i > 0) {
      // A relative clause: its subject is what the pronoun refers to.
      let j = i - 1;
      if (tokens[j]?.low === ',') j--;
      if (j >= 0 && ms.at[j]! >= 0) {
        const g = actorGroup(tokens, ms, ms.at[j]!);
        return { group: g, stop: g?.start ?? j, unknown: null, direct: true };
      }
      break;
    }
    if (ms.known.has(i)) return { group: null, stop: i, unknown: null, direct: false, blocked: true };
    if (REPORTED_PRONOUNS.has(w)) {
      // "Turkey said on Monday (that) it would ...": the pronoun is the reporting verb's subject.
      const r = reportingVerbBefore(tokens, ms, i);
      if (r >= 0) {
        const s = findSubject(tokens, ms, r);
        if (s.group) return { ...s, direct: true };
        return { group: null, stop: i, unknown: s.unknown, direct: false };
      }
    }
    if (t.kind === 'word' && t.cap) {
      let s = i;
      while (s > 0 && nameToken(tokens[s - 1]!) && ms.at[s - 1]! < 0) s--;
      // An unknown name in apposition to a known affiliation ("Kenyan President Daniel Moi", "Iran's
      // supreme leader Ali Khamenei"): the affiliation is the actor, as in CAMEO and PLOVER coding.
      const k = affiliationBefore(tokens, ms, s);
      if (k >= 0) {
        const g = actorGroup(tokens, ms, k);
        if (g) return { group: g, stop: g.start, unknown: null, direct: true };
      }
      // "Jane Doe, Chile's foreign minister, said": the office in apposition right after the name.
      const a = aside && aside[0] === i + 2 ? appositionActor(tokens, ms, aside) : -1;
      if (a >= 0) {
        const g = actorGroup(tokens, ms, a);
        if (g) return { group: g, stop: s, unknown: null, direct: true };
      }
      // "The United States and Freedonia agreed": the known partner still acts; the unknown name
      // is kept for the curator (an unknown partner no longer sinks the whole event).
      const link = tokens[s - 1]?.low;
      if ((link === 'and' || link === ',') && s >= 2 && ms.at[s - 2]! >= 0 && !ms.mentions[ms.at[s - 2]!]!.location) {
        const g = actorGroup(tokens, ms, ms.at[s - 2]!);
        if (g) return { group: g, stop: g.start, unknown: [s, i + 1], direct: true };
      }
      return { group: null, stop: s, unknown: [s, i + 1], direct: false };
    }
    if (t.kind === 'word' && !CLAUSE_BREAKS.has(w) && !PREPOSITIONS.has(w)) {
      const k = mentionInPhrase(tokens, ms, i);
      if (k >= 0) {
        const g = actorGroup(tokens, ms, k);
        return { group: g, stop: g?.start ?? i, unknown: null, direct: true };
      }
    }
    break;
  }
  return { group: null, stop: Math.max(i, 0), unknown: null, direct: false };
}

/** A word of a personal name: capitalised, or a name particle or hyphen inside one. */
const nameToken = (t: Token): boolean =>
  (t.kind === 'word' && t.cap) || NAME_PARTICLES.has(t.low) || (t.text === '.' && t.start > 0);
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'la', 'du', 'da', '-']);
/** Lower-case words that may stand between an affiliation and a name: "Iran's supreme leader Ali ...". */
const TITLE_FILLER = new Set([
  "'s",
  'leader',
  'leaders',
  'supreme',
  'religious',
  'spiritual',
  'opposition',
  'rebel',
  'former',
  'ousted',
  'deputy',
  'vice',
  'junior',
  'senior',
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'prime',
  'minister',
  'president',
  'secretary',
  'chief',
  'head',
  'official',
  'spokesman',
  'spokeswoman',
  'envoy',
  'ambassador',
  'general',
  'commander',
  'army',
  'military',
  'security',
  'top',
  'new',
  // offices named with "of" and portfolios: "US Secretary of State ...", "Russia's Minister of Justice ..."
  'of',
  'affairs',
  'premier',
  'chancellor',
  'speaker',
  'negotiator',
  'representative',
  'delegate',
  'police',
  'intelligence',
  'justice',
  'trade',
  'energy',
  'economy',
  'coordinator',
  'commissioner',
  'rapporteur',
  'director',
  'director-general',
  'secretary-general',
  'administrator',
  'mediator',
  'governor',
  'mayor',
]);

/**
 * The affiliation named in an apposition [a, b] after a name: "the Chilean foreign minister", "Chile's
 * ambassador to the UN", "the head of the UN refugee agency": the first actor mention, when a title
 * word comes before the first preposition other than "of" and no verb-like word stands in it.
 */
function appositionActor(tokens: Token[], ms: MentionResult, [a, b]: [number, number]): number {
  let titled = false;
  for (let j = a; j <= b; j++) {
    const w = tokens[j]!.low;
    if (TITLE_FILLER.has(w) && w !== 'of' && w !== "'s") titled = true;
    if (ms.at[j]! >= 0) {
      if (ms.mentions[ms.at[j]!]!.location) return -1;
      // the affiliation comes with its title: "the Chilean foreign minister", "Chile's envoy", "head of the UN"
      const rest = tokens.slice(j, b + 1).some((t) => TITLE_FILLER.has(t.low) && t.low !== 'of' && t.low !== "'s");
      return titled || rest ? ms.at[j]! : -1;
    }
    if (PREPOSITIONS.has(w) && w !== 'of') return -1;
  }
  return -1;
}

/** The mention (index) a name starting at token `s` is in apposition to, or -1. */
function affiliationBefore(tokens: Token[], ms: MentionResult, s: number): number {
  for (let j = s - 1; j >= 0 && s - j <= 6; j--) {
    if (ms.at[j]! >= 0) return ms.at[j]!;
    const t = tokens[j]!;
    if (!(TITLE_FILLER.has(t.low) || (t.kind === 'word' && t.cap))) return -1;
  }
  return -1;
}

/** Nearest actor group to the left of `v` anywhere in the sentence (a weak fallback subject). */
export function nearestLeftGroup(tokens: Token[], ms: MentionResult, v: number): Group | null {
  for (let i = v - 1; i >= 0; i--) {
    const k = ms.at[i]!;
    if (k < 0) continue;
    const m = ms.mentions[k] as Mention;
    const before = tokens[m.start - 1]?.low ?? '';
    if (
      m.location ||
      ['with', 'against', 'to', 'by', 'than', 'from', 'between', 'towards', 'toward', 'on', 'of', 'over'].includes(
        before,
      )
    ) {
      i = m.start;
      continue;
    }
    return groupAt(tokens, ms, k);
  }
  return null;
}

/** Participles that are adjectives after "be" and keep an active reading: "Kenya is opposed to the plan". */
const STATIVE = new Set(['opposed', 'committed', 'determined', 'resolved', 'prepared', 'inclined']);

/** True when the verb at `v` is in the passive voice ("was attacked", "has been sanctioned"). */
export function isPassive(tokens: Token[], v: number, participle: boolean): boolean {
  if (!participle) return false;
  if (STATIVE.has(tokens[v]!.low) && tokens[v + 1]?.low === 'to') return false;
  for (let i = v - 1; i >= 0 && v - i <= 4; i--) {
    const w = tokens[i]!.low;
    if (BE.has(w)) return w !== "'s" || tokens[i - 1]?.kind === 'word';
    if (!(ADVERBS.has(w) || NEGATORS.has(w) || w.endsWith("n't") || (w.length > 4 && w.endsWith('ly')))) return false;
  }
  return false;
}

/** The "by" agent after the verb at `v` (within a few words). */
export function byAgent(tokens: Token[], ms: MentionResult, v: number, reach = 7): Group | null {
  for (let i = v + 1; i < tokens.length && i - v <= reach; i++) {
    const w = tokens[i]!.low;
    if (CLAUSE_BREAKS.has(w) || w === '.') return null;
    if (w !== 'by') continue;
    // "accused of spending funds stolen by smugglers": that "by" is the nearer participle's agent
    const prev = tokens[i - 1]!;
    if (i - 1 > v && prev.kind === 'word' && !prev.cap && looksPast(prev.low)) return null;
    for (let j = i + 1; j < tokens.length && j - i <= 5; j++) {
      if (ms.at[j]! >= 0) return actorGroup(tokens, ms, ms.at[j]!);
      const x = tokens[j]!.low;
      if (CLAUSE_BREAKS.has(x) || x === '.' || (PREPOSITIONS.has(x) && x !== 'of')) break;
    }
    return null;
  }
  return null;
}

/**
 * A passive's agent set off by a comma after a long adjunct: "has been accused of misusing funds, much
 * of it stolen, by Haitian officials". A "by" with no comma before it may belong to a verb in the
 * adjunct ("stolen by aides"), so only ", by" counts, and the search stops at a clause break.
 */
export function commaByAgent(tokens: Token[], ms: MentionResult, v: number, reach = 30): Group | null {
  for (let i = v + 1; i < tokens.length && i - v <= reach; i++) {
    const w = tokens[i]!.low;
    if (CLAUSE_BREAKS.has(w) || w === '.' || w === ';') return null;
    if (w === 'by' && tokens[i - 1]?.low === ',') return byAgent(tokens, ms, i - 1, 2);
  }
  return null;
}

/** The end of the clause that starts after token `v`: where object search stops. */
export function clauseEnd(tokens: Token[], v: number, reach = 12): number {
  for (let i = v + 1; i < tokens.length && i - v <= reach; i++) {
    const w = tokens[i]!.low;
    // "denounced as a crime Chile's crackdown": an "as" right after the verb is its complement, no new clause
    if (w === 'as' && i === v + 1) continue;
    if (CLAUSE_BREAKS.has(w) || w === '.' || w === '!' || w === '?') return i;
  }
  return Math.min(tokens.length, v + reach + 1);
}

const NOT_A_SLOT_AFTER = new Set([
  'line',
  'accordance',
  'compliance',
  'keeping',
  'response',
  'reference',
  'addition',
  'according',
  'due',
  'owing',
  'together',
  'along',
  'contrast',
  'comparison',
  'compared',
]);

/** The recipient found through the pattern's slots, searching tokens (from, to). */
export function findRecipient(
  tokens: Token[],
  ms: MentionResult,
  from: number,
  to: number,
  slots: readonly Slot[],
): { group: Group; slot: Slot } | null {
  for (const slot of slots) {
    if (slot === 'object') {
      for (let i = from; i < to; i++) {
        const k = ms.at[i]!;
        const w = tokens[i]!.low;
        if (k >= 0) {
          const g = actorGroup(tokens, ms, k);
          if (g) return { group: g, slot };
          i = (ms.mentions[k] as Mention).end - 1;
          continue;
        }
        if (PREPOSITIONS.has(w) || w === ',') break;
        if (!(DETERMINERS.has(w) || tokens[i]!.kind === 'word' || tokens[i]!.kind === 'num')) break;
      }
      continue;
    }
    for (let i = from; i < to; i++) {
      // A phrase after a comma belongs to something else ("negotiated from strength, with Turkey as...").
      if (tokens[i]!.low === ',') break;
      if (tokens[i]!.low !== slot) continue;
      // "in line with Western efforts", "in response to", "according to": no target after these.
      if (NOT_A_SLOT_AFTER.has(tokens[i - 1]?.low ?? '')) continue;
      for (let j = i + 1; j < to + 4 && j < tokens.length && j - i <= 5; j++) {
        const k = ms.at[j]!;
        if (k >= 0) {
          // After "in", "at", "into" a place is the target ("opened an embassy in Armenia").
          const m = ms.mentions[k] as Mention;
          const g =
            m.location && PLACE_SLOTS.has(slot)
              ? { members: [k], start: m.start, end: m.end }
              : actorGroup(tokens, ms, k);
          if (g) return { group: g, slot };
          break;
        }
        const x = tokens[j]!.low;
        if ((PREPOSITIONS.has(x) && x !== 'of') || CLAUSE_BREAKS.has(x) || x === ',') break;
      }
    }
  }
  return null;
}

export function actorsOf(ms: MentionResult, g: Group | null): string[] {
  if (!g) return [];
  return [...new Set(g.members.map((k) => (ms.mentions[k] as Mention).actor))];
}
