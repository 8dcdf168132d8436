/**
 * The transport and energy network: places (cities, ports, border crossings, junctions) joined by
 * segments of one mode each. It is a curated schematic of the real lines: a segment follows its line
 * through a few waypoints, enough for its length and for a map, not for navigation.
 *
 * Provenance. A status or a right that one of the five source documents asserts cites it with a
 * Citation (offsets and hash, see citation.ts). Facts the sources do not give (published lengths of
 * pipelines and railways, opening years, the existence of an ordinary road) carry an external
 * `reference` instead: title, publisher, url and year of a public document, as recalled by the
 * curator from public knowledge and not fetched or checked online by Orrery. A reference is never
 * a substitute for a citation where a source speaks; and no figure is given more precision than its
 * reference has.
 *
 * Lengths. `basis: cited` gives the km of a citation or reference. `basis: computed` derives them at
 * load time from the geometry: the haversine length of from → waypoints → to, times a detour factor
 * (the segment's own `detour`, else DEFAULT_DETOUR for its mode) standing for the bends between
 * waypoints.
 */
import { z } from 'zod';
import { Citation, noteAndCitations } from './citation.js';
import { RIGHT_ROLES } from './corridor.js';
import { PartialDate } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Reference } from './reference.js';

export const PLACE_KINDS = ['city', 'port', 'border-crossing', 'junction'] as const;
/** `transfer`: a short link between a city and its own terminals or ports (docs/corridors.md, "Transfers"). */
export const TRANSPORT_MODES = [
  'rail',
  'road',
  'ferry',
  'sea',
  'oil-pipeline',
  'gas-pipeline',
  'power-line',
  'fibre',
  'transfer',
] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export const SEGMENT_STATUSES = [
  'operational',
  'planned',
  'under-construction',
  'closed',
  'blocked',
  'dismantled',
] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** Detour factor by mode for computed lengths: the line's bends between waypoints (documented in docs/corridors.md). */
export const DEFAULT_DETOUR: Record<TransportMode, number> = {
  rail: 1.15,
  road: 1.15,
  ferry: 1.05,
  sea: 1.05,
  'oil-pipeline': 1.08,
  'gas-pipeline': 1.08,
  'power-line': 1.05,
  fibre: 1.1,
  transfer: 1.15,
};

/** An external document for a fact the five sources do not state (moved to reference.ts; re-exported here). */
export { Reference } from './reference.js';

const hasProvenance = (v: { citations: unknown[]; reference?: unknown }): boolean =>
  v.citations.length > 0 || v.reference !== undefined;
const provenanceMessage = {
  message: 'give citations (a source asserts it) or a reference (public knowledge)',
  path: ['citations'],
};

/** A fact with its own fields, a note, and the passages that assert it or a reference: one of the two at least. */
function sourcedFact<S extends z.ZodRawShape>(shape: S) {
  return z
    .object({ ...shape, ...noteAndCitations, reference: Reference.optional() })
    .strict()
    .refine((v) => hasProvenance(v as { citations: unknown[]; reference?: unknown }), provenanceMessage);
}

export const Place = z
  .object({
    id: RecordId,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    kind: z.enum(PLACE_KINDS),
    /** The state the place lies in (ISO 3166-1 alpha-3); a crossing names the side it is listed under. */
    country: ActorId,
    /** A territory within the state (NAKHCHIVAN, SYUNIK, NK), when it matters. */
    territory: ActorId.optional(),
    /** For a border crossing: the two states it joins. */
    border: z.array(ActorId).length(2).optional(),
    note: z.string().optional(),
  })
  .strict();
export type Place = z.infer<typeof Place>;

export const StatusEntry = sourcedFact({
  status: z.enum(SEGMENT_STATUSES),
  from: PartialDate,
  /**
   * Scope: the entry holds only for traffic between these two areas (a state or territory id each;
   * a state stands for its land outside the other id's territory: [AZE, NAKHCHIVAN] is mainland
   * Azerbaijan to or from Nakhchivan). Unscoped entries hold for all traffic.
   */
  traffic: z
    .array(ActorId)
    .length(2)
    .refine((t) => t[0] !== t[1], 'two different areas')
    .optional(),
});
export type StatusEntry = z.infer<typeof StatusEntry>;

export const SegmentLength = z
  .object({
    basis: z.enum(['cited', 'computed']),
    /** Required when cited; filled in at load time when computed. */
    km: z.number().positive().optional(),
    /** Overrides DEFAULT_DETOUR for a computed length. */
    detour: z.number().min(1).max(2).optional(),
    citations: z.array(Citation).default([]),
    reference: Reference.optional(),
  })
  .strict()
  .refine((l) => l.basis === 'computed' || (l.km !== undefined && hasProvenance(l)), {
    message: 'a cited length needs km and citations or a reference',
    path: ['km'],
  });
export type SegmentLength = z.infer<typeof SegmentLength>;

/** A party's standing on a segment over an interval: sovereign, controls, operates, develops, owns... */
export const SegmentParty = sourcedFact({
  party: ActorId,
  role: z.enum(RIGHT_ROLES),
  from: PartialDate.nullable().default(null),
  to: PartialDate.nullable().default(null),
});
export type SegmentParty = z.infer<typeof SegmentParty>;

export const Segment = z
  .object({
    id: RecordId,
    name: z.string().min(1),
    from: RecordId,
    to: RecordId,
    mode: z.enum(TRANSPORT_MODES),
    length: SegmentLength,
    /** Intermediate points [lat, lon] along the line, in order from `from` to `to`. */
    waypoints: z.array(z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)])).default([]),
    /** Pipelines flow one way; everything else runs both ways. */
    oneway: z.boolean().default(false),
    status: z.array(StatusEntry).min(1),
    /** States crossed, in order from `from` to `to` (ISO 3166-1 alpha-3). */
    countries: z.array(ActorId).min(1),
    /** Territories within those states crossed (NAKHCHIVAN, SYUNIK, NK). */
    territories: z.array(ActorId).default([]),
    /** Km in each country when the segment crosses more than one; otherwise split evenly. */
    km_by_country: z.record(z.string(), z.number().nonnegative()).optional(),
    parties: z.array(SegmentParty).default([]),
    /** Ids of the named corridors (network/corridors.yaml) this segment belongs to. */
    corridors: z.array(RecordId).default([]),
    note: z.string().optional(),
  })
  .strict()
  .refine((s) => s.from !== s.to, { message: 'a segment joins two different places', path: ['to'] });
export type Segment = z.infer<typeof Segment>;

/**
 * A named corridor of the network: a group of segments (by their `corridors` field) that an impact
 * analysis can add or remove. `id` matches the Corridor record of data/caucasus/corridors when there is one.
 */
export const TransportCorridor = z
  .object({
    id: RecordId,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    summary: z.string().min(1).max(600),
    /** The date an impact analysis looks at by default (Lachin: mid-2023); today when absent. */
    impact_at: PartialDate.optional(),
    /** Origin–destination pairs (place ids) an impact analysis adds to the standard set. */
    pairs: z.array(z.tuple([RecordId, RecordId])).default([]),
    citations: z.array(Citation).default([]),
    reference: Reference.optional(),
  })
  .strict();
export type TransportCorridor = z.infer<typeof TransportCorridor>;

export interface TransportNetwork {
  places: Place[];
  segments: Segment[];
  corridors: TransportCorridor[];
}
