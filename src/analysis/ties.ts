/**
 * How events make ties: the one rule every pair analysis (series, network, blocs, diff, trajectory
 * and what is built on them) reads an event by. docs/analysis.md, "How events make ties", states it
 * for users; in short:
 *
 * - Sides. At the `state` level (the default) each side of an event is the states or bodies its
 *   actors stood for at the event's date (`actor_country`, `recipient_country`: persons by their
 *   office, ministries and missions by their parent, airlines, churches, parties and media by their
 *   country, territories by whoever held them). At the `actor` level the sides are the actors as
 *   written. A pair whose two ends are the same is domestic and makes no tie.
 * - Actor × recipient: every actor-side party gets the event's intensity with every recipient-side one.
 * - Co-actors (two or more parties on the actor side) are either counterparts of a mutual act (a
 *   ceasefire, an agreement, a summit, a war between them), each pair getting the event's intensity,
 *   or partners acting together, each pair getting +|intensity| × PARTNER_SHARE: acting together,
 *   even against a third party, is cooperation between the partners, but the act is not about their
 *   tie, so it counts for half. By default co-actors are counterparts when the event has no recipient,
 *   and partners when it has one or when its type is one that parties do side by side (MOBILIZE,
 *   PROTEST, AID, SANCTION). An event's `co_actors` field overrides the default.
 * - One party alone (a statement about a process, with no recipient) makes no tie.
 */
import { z } from 'zod';
import type { AnalysisEvent } from './input.js';

export const LEVELS = ['state', 'actor'] as const;
export type Level = (typeof LEVELS)[number];

export const LevelParam = z
  .enum(LEVELS)
  .default('state')
  .describe(
    'state: persons, bodies, territories and media roll up to the state or organization they stood for at the date; actor: keep them apart',
  );

/** Share of a joint act's |intensity| that counts between its partners. */
export const PARTNER_SHARE = 0.5;

/** Types whose co-actors act side by side when nothing says otherwise. */
const SIDE_BY_SIDE = new Set(['MOBILIZE', 'PROTEST', 'AID', 'SANCTION']);

export type TieRole = 'directed' | 'counterparts' | 'partners';

/** One event's contribution to one tie: `a` acts on `b` when the role is `directed`. */
export interface TieTerm {
  a: string;
  b: string;
  weight: number;
  role: TieRole;
}

type TieEvent = Pick<
  AnalysisEvent,
  'actor_country' | 'recipient_country' | 'actor' | 'recipient' | 'intensity' | 'event_type' | 'co_actors'
>;

/** The two sides of an event at a level, each without repeats. */
export function eventSides(e: TieEvent, level: Level): [string[], string[]] {
  const actors = level === 'actor' ? (e.actor ?? e.actor_country) : e.actor_country;
  const recipients = level === 'actor' ? (e.recipient ?? e.recipient_country) : e.recipient_country;
  return [[...new Set(actors)], [...new Set(recipients)]];
}

/** How the co-actors of an event stand to each other. */
export function coActorRole(
  e: Pick<TieEvent, 'co_actors' | 'event_type'>,
  hasRecipient: boolean,
): 'counterparts' | 'partners' {
  if (e.co_actors) return e.co_actors;
  return hasRecipient || SIDE_BY_SIDE.has(e.event_type ?? '') ? 'partners' : 'counterparts';
}

/** Every tie an event makes at a level, each unordered pair once (actor × recipient first). */
export function eventTies(e: TieEvent, level: Level): TieTerm[] {
  const [actors, recipients] = eventSides(e, level);
  const out: TieTerm[] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string, weight: number, role: TieRole): void => {
    if (a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ a, b, weight, role });
  };
  for (const a of actors) for (const r of recipients) add(a, r, e.intensity, 'directed');
  if (actors.length > 1) {
    const role = coActorRole(e, recipients.length > 0);
    const weight = role === 'counterparts' ? e.intensity : Math.abs(e.intensity) * PARTNER_SHARE;
    for (let i = 0; i < actors.length; i++)
      for (let j = i + 1; j < actors.length; j++) add(actors[i]!, actors[j]!, weight, role);
  }
  return out;
}

/** The term of an event for the pair {x, y} at a level, if the event makes that tie. */
export function pairTerm(e: TieEvent, level: Level, x: string, y: string): TieTerm | undefined {
  return eventTies(e, level).find((t) => (t.a === x && t.b === y) || (t.a === y && t.b === x));
}
