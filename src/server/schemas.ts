/**
 * Response schemas of the API: the model's records (each named, so the OpenAPI document lists it
 * once under components) and the shapes only the API has (pages of events, passages, GeoJSON, routes).
 */
import { z } from 'zod';
import {
  Actor as ActorRecord,
  Conflict as ConflictRecord,
  Corridor as CorridorRecord,
  DATE_PRECISIONS,
  EVENT_TYPES,
  Location,
  TRANSPORT_MODES,
  TransportCorridor as NetworkCorridorRecord,
  Place as PlaceRecord,
  QUAD_CLASSES,
  Relation as RelationRecord,
  SEGMENT_STATUSES,
  Segment as SegmentRecord,
  Source as SourceRecord,
  Status,
} from '../model/index.js';

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
    origin: z.enum(['curated', 'coded', 'imported']),
    confidence: z.number().optional(),
    rule: z.string().optional(),
    review: z.enum(['pending', 'accepted', 'rejected']).optional(),
    dataset: z.string().optional(),
    external_id: z.string().optional(),
    citations: z.array(CitationRef),
  })
  .meta({ id: 'ExchangeEvent', description: 'an event in the exchange format of `orrery events --format jsonl`' });

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

export const RouteSegment = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  mode: z.enum(TRANSPORT_MODES),
  km: z.number(),
  status: z.enum(SEGMENT_STATUSES).nullable(),
  controlled_by: z.array(z.string()),
});

export const Route = z
  .object({
    distance_km: z.number(),
    hours: z.number(),
    countries: z.array(z.string()),
    modes: z.array(z.enum(TRANSPORT_MODES)),
    segments: z.array(RouteSegment),
    territories: z.array(z.string()),
    borders: z.number().int(),
    km_by_country: z.record(z.string(), z.number()),
    geojson: FeatureCollection,
  })
  .meta({ id: 'Route', description: 'one route (the `orrery route --json` shape) with its segments as GeoJSON' });

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

/** Whatever an analysis returns: its shape is described by the analysis (GET /api/analyses). */
export const AnalysisResult = z.record(z.string(), z.unknown()).meta({
  id: 'AnalysisResult',
  description: 'the result as `orrery <analysis> --json` prints it; its shape is in outputs.json of GET /api/analyses',
});

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum([
        'invalid',
        'not_found',
        'conflict',
        'unauthorized',
        'forbidden',
        'too_large',
        'too_costly',
        'unavailable',
        'internal',
      ]),
      message: z.string(),
      details: z
        .array(
          z.object({
            where: z.string(),
            record: z.string().optional(),
            field: z.string().optional(),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .meta({
    id: 'Error',
    description:
      'what went wrong, and where (details: one entry per problem, with the part of the request and the field)',
  });
