/**
 * The alignment network at a date: a signed, weighted, undirected graph of actors. An edge's weight
 * is the sum of its contributions, and it keeps them so it can explain itself:
 *
 * - each relation in force at the date adds relationScale·sign·strength (relationWeightAt: a frozen
 *   membership counts less than an active one);
 * - each event between the pair in the trailing window (at − window, at] adds
 *   eventScale·intensity·2^(−age/halfLife): an event weighs half as much one half-life later.
 *
 * Events make ties by the rule of ties.ts (actor × recipient, counterparts and partners) at the chosen
 * level; at the state level a relation's ends roll up the same way at the snapshot's date (a ministry
 * to its state, a territory to its holder). Actors not valid at the date (the Soviet Union after
 * 1991) are left out. Each edge says what it rests on: the distinct sources cited by its relations
 * and events, and how many of each; `minSources` leaves out edges resting on fewer sources.
 */
import { z } from 'zod';
import { actorsParam, dateParam } from '../model/param-kinds.js';
import {
  ACTOR_KINDS,
  coversDate,
  dayNumber,
  relationWeightAt,
  resolveCountry,
  type Actor,
  type Citation,
  type Reference,
  type Relation,
} from '../model/index.js';
import { eventIndexFor, pairOrder, type EventIndex } from './event-index.js';
import { EventFilterParams, analysisDay, filterRelations, pairKey } from './filters.js';
import type { AnalysisActor, AnalysisData, AnalysisRelation } from './input.js';

export const NetworkParams = EventFilterParams.extend({
  at: dateParam('date of the snapshot; a partial date means its last day (2025 → 2025-12-31)'),
  window: z.number().positive().default(1095).describe('trailing window of events, in days (default three years)'),
  halfLife: z.number().nonnegative().default(365).describe("half-life of an event's weight, in days (0: no decay)"),
  eventScale: z
    .number()
    .positive()
    .default(0.1)
    .describe('weight of one intensity point of an event on its day (intensity runs −10..+10)'),
  relationScale: z.number().positive().default(1).describe("multiplier of a relation's signed strength (−1..+1)"),
  minWeight: z.number().nonnegative().default(0).describe('leave out edges whose absolute weight is not above this'),
  actors: actorsParam('only these actors (default: every actor with a tie)').optional(),
  kinds: z
    .array(z.enum(ACTOR_KINDS))
    .optional()
    .describe(
      'kinds of actor shown (default: every kind but persons at the state level, where persons stand for their states; every kind at the actor level)',
    ),
  explain: z.boolean().default(true).describe('list the relations and events behind each edge'),
  minSources: z
    .number()
    .int()
    .nonnegative()
    .default(0)
    .describe('leave out edges whose relations and events cite fewer distinct sources than this'),
});
export type NetworkOptions = z.output<typeof NetworkParams>;

export interface Contribution {
  kind: 'relation' | 'event';
  id: string;
  weight: number;
  /** Relation type (with its phase) or PLOVER event type. */
  type: string;
  /** The event's date, or the relation's start. */
  date: string;
  summary?: string;
  citations: Citation[];
  /** External documents a relation rests on where no source speaks (recalled, not fetched). */
  references?: Reference[];
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  relationWeight: number;
  eventWeight: number;
  eventCount: number;
  relationCount: number;
  /** Distinct source ids cited by the edge's relations and events (listed when the edge is explained or minSources is set). */
  sources: string[];
  contributions: Contribution[];
}

export interface NetworkNode {
  id: string;
  name?: string;
  kind?: string;
  bloc: number | null;
}

export interface AlignmentNetwork {
  date: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

function relationPhase(r: AnalysisRelation, day: string): string {
  const phases = r.phases ?? [];
  for (let i = phases.length - 1; i >= 0; i--) {
    const p = phases[i]!;
    if (coversDate(p.from, p.to, day)) return `${r.type} (${p.state})`;
  }
  return r.type;
}

const NO_PHASES: readonly never[] = [];

/** Signed weight of a relation at a day (relationWeightAt reads only dates, phases, sign and strength). */
export function relationWeight(r: AnalysisRelation, day: string): number {
  return relationWeightAt((r.phases ? r : { ...r, phases: NO_PHASES }) as unknown as Relation, day);
}

function validAt(actor: AnalysisActor | undefined, day: string): boolean {
  return !actor || coversDate(actor.valid_from ?? null, actor.valid_to ?? null, day);
}

/** The analysis' actor records by id, and each as the full Actor record resolve.ts reads (built once). */
interface ActorTable {
  byId: ReadonlyMap<string, AnalysisActor>;
  asActor: (id: string) => Actor | undefined;
}

const actorTables = new WeakMap<readonly AnalysisActor[], ActorTable>();

/**
 * The actor table of an actor array, kept per array as the event index is kept per event array: a
 * time slider's snapshots share one array, and each used to rebuild the map and the records.
 */
function actorTable(actors: readonly AnalysisActor[]): ActorTable {
  let table = actorTables.get(actors);
  if (!table) {
    const byId = new Map(actors.map((a) => [a.id, a]));
    const full = new Map<string, Actor>();
    const asActor = (id: string): Actor | undefined => {
      const a = byId.get(id);
      if (!a) return undefined;
      let x = full.get(id);
      if (!x) full.set(id, (x = { parent: null, country: null, roles: [], held_by: [], ...a } as unknown as Actor));
      return x;
    };
    actorTables.set(actors, (table = { byId, asActor }));
  }
  return table;
}

export function alignmentNetwork(
  data: Pick<AnalysisData, 'events' | 'relations' | 'actors'>,
  options: NetworkOptions,
): AlignmentNetwork {
  return indexedNetwork(eventIndexFor(data.events, options, options.halfLife), data, options);
}

/**
 * The network from an already built event index (the time-slider path: build once, snapshot many
 * times). The index's `events` are only read when `explain` is on.
 */
export function indexedNetwork(
  events: EventIndex,
  data: Pick<AnalysisData, 'relations' | 'actors'>,
  options: NetworkOptions,
): AlignmentNetwork {
  const day = analysisDay(options.at);
  const atDay = dayNumber(day);
  const { byId: actorById, asActor } = actorTable(data.actors);
  const only = options.actors ? new Set(options.actors) : null;
  const kinds = new Set<string>(
    options.kinds ?? (options.level === 'actor' ? ACTOR_KINDS : ACTOR_KINDS.filter((k) => k !== 'person')),
  );
  // Whether an actor is shown, and the state it stands for, asked once per actor in a snapshot.
  const shown = new Map<string, boolean>();
  const keep = (id: string): boolean => {
    let k = shown.get(id);
    if (k === undefined) {
      const actor = actorById.get(id);
      k = (!only || only.has(id)) && (!actor || kinds.has(actor.kind)) && validAt(actor, day);
      shown.set(id, k);
    }
    return k;
  };
  const states = new Map<string, string>();
  const state = (id: string): string => {
    let s = states.get(id);
    if (s === undefined) states.set(id, (s = resolveCountry(id, day, asActor)));
    return s;
  };
  const { index, actors, actorIndex } = events;
  const kept = Uint8Array.from(actors, (id) => (keep(id) ? 1 : 0));
  const byPair: Array<NetworkEdge | undefined> = new Array(index.pairCount);
  const others = new Map<string, NetworkEdge>();
  const newEdge = (x: string, y: string): NetworkEdge => emptyEdge(x < y ? x : y, x < y ? y : x);
  const evidence = options.explain || options.minSources > 0;
  const sourcesOf = new Map<NetworkEdge, Set<string>>();
  const cite = (e: NetworkEdge, citations: readonly Citation[] | undefined): void => {
    if (!evidence) return;
    let set = sourcesOf.get(e);
    if (!set) sourcesOf.set(e, (set = new Set()));
    for (const c of citations ?? []) set.add(c.source);
  };

  for (let p = 0; p < index.pairCount; p++) {
    if (!kept[index.pairA[p]!] || !kept[index.pairB[p]!]) continue;
    const [lo, hi] = index.range(p, atDay, options.window);
    if (lo >= hi) continue;
    const e = (byPair[p] = newEdge(actors[index.pairA[p]!]!, actors[index.pairB[p]!]!));
    e.eventWeight = index.sumRange(p, lo, hi, atDay) * options.eventScale;
    e.eventCount = hi - lo;
    if (!evidence) continue;
    for (let pos = hi - 1; pos >= lo; pos--) {
      const ev = events.events[index.source[pos]!]!;
      cite(e, ev.citations);
      if (!options.explain) continue;
      e.contributions.push({
        kind: 'event',
        id: ev.id,
        weight: index.termAt(pos, atDay) * options.eventScale,
        type: ev.event_type ?? ev.quad_class,
        date: ev.date,
        summary: ev.summary,
        citations: [...(ev.citations ?? [])],
      });
    }
  }

  for (const r of filterRelations(data.relations, options)) {
    const ends = r.actors as [string, string];
    const [x, y] = options.level === 'actor' || !actorById.size ? ends : [state(ends[0]), state(ends[1])];
    const w = relationWeight(r, day) * options.relationScale;
    if (w === 0 || x === y || !keep(x) || !keep(y)) continue;
    const ix = actorIndex.get(x);
    const iy = actorIndex.get(y);
    const p = ix === undefined || iy === undefined ? -1 : index.pairOf(ix, iy);
    const key = pairKey(x, y).join('\u0000');
    const e = p >= 0 ? (byPair[p] ??= newEdge(x, y)) : (others.get(key) ?? others.set(key, newEdge(x, y)).get(key)!);
    e.relationWeight += w;
    e.relationCount += 1;
    cite(e, r.citations);
    if (options.explain) {
      e.contributions.push({
        kind: 'relation',
        id: r.id,
        weight: w,
        type: relationPhase(r, day),
        date: r.from,
        summary: r.summary,
        citations: [...(r.citations ?? [])],
        ...(r.references?.length ? { references: [...r.references] } : {}),
      });
    }
  }

  const ordered: NetworkEdge[] = [];
  for (const p of pairOrder(events)) if (byPair[p]) ordered.push(byPair[p]);
  const edges: NetworkEdge[] = [];
  const present = new Set<string>();
  for (const e of mergeSorted(ordered, [...others.values()].sort(byPairIds))) {
    e.weight = e.relationWeight + e.eventWeight;
    if (Math.abs(e.weight) <= options.minWeight) continue;
    if (evidence) {
      e.sources = [...(sourcesOf.get(e) ?? [])].sort();
      if (e.sources.length < options.minSources) continue;
    }
    if (e.contributions.length > 1)
      e.contributions.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || compare(a.id, b.id));
    edges.push(e);
    present.add(e.source).add(e.target);
  }
  const ids = [...present].sort();
  const nodes = ids.map((id) => {
    const a = actorById.get(id);
    return { id, ...(a ? { name: a.name, kind: a.kind } : {}), bloc: null };
  });
  return { date: day, nodes, edges };
}

/** Code-point order of strings (what Array.prototype.sort uses by default). */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byPairIds = (a: NetworkEdge, b: NetworkEdge): number =>
  compare(a.source, b.source) || compare(a.target, b.target);

function mergeSorted(a: NetworkEdge[], b: NetworkEdge[]): NetworkEdge[] {
  if (!b.length) return a;
  const out: NetworkEdge[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && byPairIds(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!);
  return out;
}

/** A tie with nothing behind it yet: no weight, no relation, no event. */
export function emptyEdge(source: string, target: string): NetworkEdge {
  return {
    source,
    target,
    weight: 0,
    relationWeight: 0,
    eventWeight: 0,
    eventCount: 0,
    relationCount: 0,
    sources: [],
    contributions: [],
  };
}
