/**
 * The shapes of the writes that are not read operations: the review queue's items, a reviewed event,
 * an ingest job and the report it ends with. The server's ingest, job and review routes answer with
 * these, and the web app's ingest and review views take their types from them, so neither side types
 * them by hand. Browser-safe: zod and the record schemas only.
 */
import { z } from 'zod';
import { CitationRef, ExchangeEvent, Source } from './records.js';

/** A coded event as the review queue shows it: the exchange form, its version, rule, confidence and sentences. */
export const ReviewItem = z
  .object({
    event: ExchangeEvent,
    version: z.string(),
    confidence: z.number().nullable(),
    rule: z.string().nullable().describe('the coding rule that produced the event'),
    passages: z.array(CitationRef.extend({ text: z.string().nullable() })).describe('the sentences the event cites'),
  })
  .meta({ id: 'ReviewItem' });

/** The review queue, a page at a time (GET /api/review). */
export const ReviewQueue = z.object({ total: z.number().int(), items: z.array(ReviewItem) });

/** An event after a decision, with its new version. */
export const Reviewed = z.object({ event: ExchangeEvent, version: z.string() });

/** What one ingested document gave. */
export const IngestReport = z
  .object({
    source: Source,
    duplicate: z.boolean(),
    created: z.array(z.string()),
    corroborated: z.array(z.string()),
    conflicts: z.array(z.string()),
    candidates: z
      .array(z.object({ name: z.string(), count: z.number().int() }))
      .describe('proper names that acted like actors but are not known'),
    warnings: z.array(z.string()),
    format: z.string().optional(),
    sentences: z.number().int().optional(),
    events: z.array(ReviewItem).describe('the coded events created, with their sentences and rules'),
  })
  .meta({ id: 'IngestReport' });

export const JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;

/** A background job (an ingest) as GET /api/jobs/{id} reports it. */
export const Job = z
  .object({
    id: z.string(),
    kind: z.string(),
    state: z.enum(JOB_STATES),
    created: z.string(),
    started: z.string().nullable(),
    finished: z.string().nullable(),
    progress: z.object({
      stage: z
        .string()
        .describe(
          'queued, reading, coding (sentences), matching (candidates against the store), storing, reporting, done or cancelled',
        ),
      done: z.number().int(),
      total: z.number().int(),
    }),
    result: IngestReport.optional().describe(
      'when done: the ingest report (duplicate: true when the same text was already stored)',
    ),
    error: z
      .object({ code: z.string(), message: z.string(), details: z.array(z.unknown()).optional() })
      .optional()
      .describe('when failed: the error, as the API answers errors'),
  })
  .meta({ id: 'Job' });
