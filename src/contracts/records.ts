/**
 * The records the operations answer with: the model's records (each named, so the OpenAPI document
 * lists it once under components) and the shapes only the answers have (events in the exchange
 * format, passages, GeoJSON, routes, corridor rows, impact reports, evaluated claims). Browser-safe:
 * the web app types what it reads from these.
 */
import { z } from 'zod';
import { Actor as ActorRecord } from '../model/actor.js';
import { Conflict as ConflictRecord } from '../model/conflict.js';
import { Corridor as CorridorRecord } from '../model/corridor.js';
import { DATE_PRECISIONS } from '../model/dates.js';
import { Location } from '../model/event.js';
import {
  TRANSPORT_MODES,
  TransportCorridor as NetworkCorridorRecord,
  Place as PlaceRecord,
  SEGMENT_STATUSES,
  Segment as SegmentRecord,
} from '../model/transport.js';
import { EVENT_TYPES, QUAD_CLASSES } from '../model/plover.js';
import { Relation as RelationRecord } from '../model/relation.js';
import { Source as SourceRecord } from '../model/source.js';
import { Status } from '../model/status.js';
import { oneOf } from './text.js';

export const Source = SourceRecord.meta({ id: 'Source' });
export const Actor = ActorRecord.meta({ id: 'Actor' });
export const Relation = RelationRecord.meta({ id: 'Relation' });
export const Conflict = ConflictRecord.meta({ id: 'Conflict' });
export const Corridor = CorridorRecord.meta({ id: 'Corridor' });
export const Place = PlaceRecord.meta({ id: 'Place' });
export const Segment = SegmentRecord.meta({ id: 'Segment' });
export const NetworkCorridor = NetworkCorridorRecord.meta({ id: 'NetworkCorridor' });

export const CitationRef = z
  .object({ source: z.string(), start: z.number().int(), end: z.number().int(), sha256: z.string() })
  .meta({ id: 'CitationRef' });

/** A cited passage with its text read from the source, or why it could not be read. */
export const Passage = z
  .object({
    source: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sha256: z.string(),
    text: z.string().nullable(),
    problem: z.string().optional(),
  })
  .meta({
    id: 'Passage',
    description:
      'a cited passage; text is null (and problem says why) when the source text is unavailable or no longer matches',
  });

export const EVENT_ORIGINS = ['curated', 'coded', 'imported'] as const;
export const REVIEW_STATES = ['pending', 'accepted', 'rejected'] as const;

/** The event exchange format (`orrery events --format jsonl`). */
export const ExchangeEvent = z
  .object({
    id: z.string(),
    date: z.string(),
    date_precision: z.enum(DATE_PRECISIONS),
    end_date: z.string().nullable(),
    event_type: z.enum(EVENT_TYPES),
    mode: z.string().nullable(),
    context: z.array(z.string()),
    actor: z.array(z.string()),
    recipient: z.array(z.string()),
    actor_country: z.array(z.string()),
    recipient_country: z.array(z.string()),
    quad_class: z.enum(QUAD_CLASSES),
    quad_code: z.number().int(),
    intensity: z.number(),
    location: Location.nullable(),
    summary: z.string(),
    status: Status,
    counter_claims: z.array(z.string()),
    modality: z.string(),
    origin: z.enum(EVENT_ORIGINS),
    confidence: z.number().optional(),
    rule: z.string().optional(),
    review: z.enum(REVIEW_STATES).optional(),
    dataset: z.string().optional(),
    external_id: z.string().optional(),
    citations: z.array(CitationRef),
  })
  .meta({ id: 'ExchangeEvent', description: 'an event in the exchange format of `orrery events --format jsonl`' });

/** The columns of the events CSV: every field of the exchange format, in its order. */
export const EVENT_CSV_COLUMNS = Object.keys(ExchangeEvent.shape);

/** A conflict whose claims carry the text of their passages. */
export const ConflictWithPassages = z
  .object({
    id: z.string(),
    kind: z.string(),
    topic: z.string(),
    note: z.string().optional(),
    claims: z.array(
      z.object({
        says: z.string(),
        record: z.string().optional(),
        value: z.string().optional(),
        preferred: z.boolean().optional(),
        citations: z.array(CitationRef),
        passages: z.array(Passage),
      }),
    ),
  })
  .meta({ id: 'ConflictWithPassages' });

export const Feature = z
  .object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }).nullable(),
    properties: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'Feature', description: 'a GeoJSON (RFC 7946) feature' });

export const FeatureCollection = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(Feature) })
  .meta({ id: 'FeatureCollection', description: 'a GeoJSON (RFC 7946) feature collection' });

/** A place of the network as a GeoJSON point. */
export const PlaceFeature = z
  .object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()) }),
    properties: z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      country: z.string(),
      territory: z.string().nullable(),
    }),
  })
  .meta({ id: 'PlaceFeature' });

/** A segment of the network as a GeoJSON line, with its status and control at the date. */
export const SegmentFeature = z
  .object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(z.array(z.number())) }),
    properties: z.object({
      id: z.string(),
      name: z.string(),
      mode: z.enum(TRANSPORT_MODES),
      km: z.number(),
      length_basis: z.string(),
      status: z.enum(SEGMENT_STATUSES).nullable(),
      controlled_by: z.array(z.string()),
      countries: z.array(z.string()),
      corridors: z.array(z.string()),
      closed_to: z.array(z.string()).describe('traffic the segment is closed to that day although open to others'),
    }),
  })
  .meta({ id: 'SegmentFeature' });

/** The transport network at a date as GeoJSON. */
export const NetworkGeo = z
  .object({
    type: z.literal('FeatureCollection'),
    at: z.string(),
    features: z.array(z.union([PlaceFeature, SegmentFeature])),
  })
  .meta({ id: 'NetworkGeo', description: 'the transport network at a date: places as points, segments as lines' });

export const RouteSegment = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  mode: z.enum(TRANSPORT_MODES),
  km: z.number(),
  status: z.enum(SEGMENT_STATUSES).nullable(),
  controlled_by: z.array(z.string()),
});

/** One route as the engine finds it. */
export const RouteCore = z.object({
  distance_km: z.number(),
  hours: z.number(),
  countries: z.array(z.string()),
  modes: z.array(z.enum(TRANSPORT_MODES)),
  segments: z.array(RouteSegment),
  territories: z.array(z.string()),
  borders: z.number().int(),
  km_by_country: z.record(z.string(), z.number()),
});

export const Route = RouteCore.extend({ geojson: FeatureCollection }).meta({
  id: 'Route',
  description: 'one route (the `orrery route --json` shape) with its segments as GeoJSON',
});

export const RouteResult = z
  .object({
    from: z.string(),
    to: z.string(),
    at: z.string(),
    by: z.enum(['distance', 'time']),
    routes: z.array(Route),
    reason: z.string().optional(),
  })
  .meta({ id: 'RouteResult' });

export const CorridorRow = z
  .object({
    id: z.string(),
    name: z.string(),
    network: NetworkCorridor.nullable().describe(
      'the corridor of the network (null for a dataset record the network does not draw)',
    ),
    segments: z.array(z.string()),
    km: z.number(),
    statuses: z.record(z.string(), z.number()).describe('how many segments are in each status at the date'),
    closed_to: z
      .record(z.string(), z.number())
      .describe('segments closed to one traffic only that day, by traffic ("AZE–NAKHCHIVAN")'),
    modes: z.array(z.string()),
    countries: z.array(z.string()),
    record: Corridor.nullable().describe(
      "the dataset's Corridor record (names and who uses them, rights, status history, citations)",
    ),
  })
  .meta({ id: 'CorridorRow' });

export const ImpactReport = z
  .object({
    corridor: z.object({ id: z.string(), name: z.string(), segments: z.array(z.string()) }),
    at: z.string(),
    by: z.enum(['distance', 'time']),
    pairs: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        with: RouteCore.nullable(),
        without: RouteCore.nullable(),
        saved_km: z.number().nullable(),
        saved_hours: z.number().nullable(),
        effect: z.enum(['shorter', 'cut-off', 'unaffected', 'no-route']),
        transit: z.array(
          z.object({
            country: z.string(),
            km_with: z.number(),
            km_without: z.number(),
            share_with: z.number(),
            share_without: z.number(),
            transit_with: z.boolean(),
            transit_without: z.boolean(),
          }),
        ),
      }),
    ),
    countries: z.array(
      z.object({
        country: z.string(),
        transit_pairs_with: z.number(),
        transit_pairs_without: z.number(),
        transit_km_with: z.number(),
        transit_km_without: z.number(),
        leverage: z.enum(['gains', 'loses', 'unchanged']),
      }),
    ),
  })
  .meta({ id: 'ImpactReport', description: 'what a corridor changes (`orrery corridors impact --json`)' });

const Figure = z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.string())]);
const Figures = z.record(z.string(), Figure);
export const VERDICTS = ['agrees', 'disagrees', 'undetermined'] as const;
export const Verdict = oneOf(VERDICTS);

export const ClaimResult = z
  .object({
    id: z.string(),
    statement: z.string(),
    verdict: Verdict,
    figures: z
      .union([Figures, z.array(Figures)])
      .describe('the numbers behind the verdict (a list, one per test, when a claim has several tests)'),
    key: z.string().describe('the key figure in one line'),
    checks: z.array(
      z.object({
        kind: z.string(),
        verdict: Verdict,
        figures: Figures,
        key: z.string(),
        reason: z.string().optional(),
      }),
    ),
    sources: z.array(z.string()),
    citations: z.array(CitationRef),
    known_disagreement: z
      .string()
      .optional()
      .describe('why the model keeps disagreeing: the source is contradicted by the others'),
  })
  .meta({ id: 'ClaimResult' });

/** A passage of a source with the records that cite it. */
export const CitedPassage = z.object({
  start: z.number().int(),
  end: z.number().int(),
  sha256: z.string(),
  records: z.array(
    z.object({
      kind: z.string(),
      id: z.string(),
      summary: z.string(),
      basis: z.enum(['estimated', 'projected']).optional(),
    }),
  ),
});
