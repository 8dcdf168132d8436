/**
 * Parameters shared by several analyses, declared once as zod schemas (with defaults and
 * descriptions, so the CLI, the API and the web app show the same help), and the event filter they
 * drive: which origins and statuses count.
 */
import { z } from 'zod';
import { STATUSES, dayNumber, firstDay, lastDay } from '../model/index.js';
import type { AnalysisEvent, AnalysisRelation } from './input.js';
import { LevelParam } from './ties.js';

export const ORIGIN_CHOICES = ['curated', 'coded', 'imported'] as const;
export type OriginChoice = (typeof ORIGIN_CHOICES)[number];

/** Which record statuses count; retracted records are left out by default. */
export function statusesParam(records: string) {
  return z
    .array(z.enum(STATUSES))
    .default(['asserted', 'disputed', 'denied'])
    .describe(`${records} statuses that count (retracted records are left out by default)`);
}

export const EventFilterParams = z.object({
  origins: z
    .array(z.enum(ORIGIN_CHOICES))
    .default(['curated', 'coded'])
    .describe('event origins that count: curated, coded (only those a reviewer accepted), imported'),
  statuses: statusesParam('event and relation'),
  level: LevelParam,
});
export type EventFilter = Pick<z.output<typeof EventFilterParams>, 'origins' | 'statuses'> & {
  level?: z.output<typeof EventFilterParams>['level'];
};

/** True when an event counts under the filter: its origin is chosen (coded ones only when accepted) and its status too. */
export function eventCounts(e: AnalysisEvent, f: EventFilter): boolean {
  if (!f.statuses.includes(e.status ?? 'asserted')) return false;
  const origin = e.origin ?? { kind: 'curated' };
  // Hypothetical events exist only in data a scenario made, and there they count.
  if (origin.kind === 'hypothetical') return true;
  if (!f.origins.includes(origin.kind)) return false;
  return origin.kind !== 'coded' || origin.review === 'accepted';
}

export function filterEvents(events: readonly AnalysisEvent[], f: EventFilter): AnalysisEvent[] {
  return events.filter((e) => eventCounts(e, f));
}

export function filterRelations(relations: readonly AnalysisRelation[], f: EventFilter): AnalysisRelation[] {
  return relations.filter((r) => f.statuses.includes(r.status ?? 'asserted'));
}

/**
 * The day an analysis date stands for. A partial date means its last day: "2022" asks how things
 * stood at the end of 2022, so everything dated within 2022 has happened by then.
 */
export function analysisDay(at: string): string {
  return lastDay(at);
}

/**
 * The day an event is placed on for weighting (days since 1970-01-01): the middle of the days its
 * date can mean. An event known only to the year counts from early July rather than from 1 January
 * (which would let it act months before it may have happened) or from 31 December (months late).
 */
export function eventDay(date: string): number {
  return Math.floor((dayNumber(firstDay(date)) + dayNumber(lastDay(date))) / 2);
}

/** The key of an undirected pair: the two ids in code-point order. */
export function pairKey(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
