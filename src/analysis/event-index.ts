/**
 * The pair index built from event records: each event becomes one row per tie it makes at the chosen
 * level (ties.ts: actor × recipient, counterparts, partners), weighted by that tie's term and dated by
 * the middle of the days its date can mean. Built indexes are kept per event array, filter, level and
 * half-life, so a time slider over the same events reuses them.
 */
import { PairEventIndex } from './pair-index.js';
import { eventDay, filterEvents, type EventFilter } from './filters.js';
import type { AnalysisEvent } from './input.js';
import { eventTies, type Level } from './ties.js';

export interface EventIndex {
  index: PairEventIndex;
  /** Actor ids by index, and the reverse. */
  actors: string[];
  actorIndex: Map<string, number>;
  /** The events the index was built from (source rows point into this array). */
  events: readonly AnalysisEvent[];
}

export function buildEventIndex(
  events: readonly AnalysisEvent[],
  halfLife: number,
  level: Level = 'state',
): EventIndex {
  const actors: string[] = [];
  const actorIndex = new Map<string, number>();
  const idOf = (id: string): number => {
    let k = actorIndex.get(id);
    if (k === undefined) {
      k = actors.length;
      actorIndex.set(id, k);
      actors.push(id);
    }
    return k;
  };
  const a: number[] = [];
  const b: number[] = [];
  const day: number[] = [];
  const intensity: number[] = [];
  const source: number[] = [];
  events.forEach((e, i) => {
    const d = eventDay(e.date);
    for (const t of eventTies(e, level)) {
      a.push(idOf(t.a));
      b.push(idOf(t.b));
      day.push(d);
      intensity.push(t.weight);
      source.push(i);
    }
  });
  const index = new PairEventIndex(
    { length: a.length, actorCount: Math.max(actors.length, 1), a, b, day, intensity },
    { halfLife },
  );
  // Rows are pair-expanded: map each entry back to the event it came from.
  for (let pos = 0; pos < index.source.length; pos++) index.source[pos] = source[index.source[pos]!]!;
  return { index, actors, actorIndex, events };
}

const cache = new WeakMap<readonly AnalysisEvent[], Map<string, EventIndex>>();

/** The index of the events that pass `filter`, for this half-life; built once per event array and settings. */
export function eventIndexFor(events: readonly AnalysisEvent[], filter: EventFilter, halfLife: number): EventIndex {
  let built = cache.get(events);
  if (!built) {
    built = new Map();
    cache.set(events, built);
  }
  const level = filter.level ?? 'state';
  const key = JSON.stringify([[...filter.origins].sort(), [...filter.statuses].sort(), level, halfLife]);
  let found = built.get(key);
  if (!found) {
    found = buildEventIndex(filterEvents(events, filter), halfLife, level);
    built.set(key, found);
  }
  return found;
}

const orders = new WeakMap<EventIndex, Int32Array>();

/** The index's pair ids in the order of their actor ids (code points), computed once per index. */
export function pairOrder(ei: EventIndex): Int32Array {
  let order = orders.get(ei);
  if (!order) {
    const { index, actors } = ei;
    const rank = new Int32Array(actors.length);
    [...actors.keys()]
      .sort((x, y) => (actors[x]! < actors[y]! ? -1 : actors[x]! > actors[y]! ? 1 : 0))
      .forEach((k, r) => (rank[k] = r));
    const lo = (p: number): number => Math.min(rank[index.pairA[p]!]!, rank[index.pairB[p]!]!);
    const hi = (p: number): number => Math.max(rank[index.pairA[p]!]!, rank[index.pairB[p]!]!);
    order = Int32Array.from({ length: index.pairCount }, (_, p) => p).sort((p, q) => lo(p) - lo(q) || hi(p) - hi(q));
    orders.set(ei, order);
  }
  return order;
}
