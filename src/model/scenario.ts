/**
 * A scenario: a named set of hypothetical changes to the evidence, from a date on ("if Armenia leaves
 * the CSTO in 2026", "if the road through Iran to Nakhchivan closes"). Engines run over the evidence
 * with the changes applied; nothing of a scenario is ever written to the store or mixed into an
 * answer about the evidence alone.
 *
 * A hypothetical record carries a rationale (why the change is worth asking about) instead of
 * citations, and every answer computed under a scenario names it and lists its records as
 * hypothetical (ScenarioMark). The changes, each a `change` kind:
 * - `add-event`: an event that has not happened (its fields as an event's, without citations);
 * - `drop-event`: an event treated as if it had not happened;
 * - `add-relation` / `end-relation`: a state of affairs begun, or ended on a date;
 * - `add-role` / `end-role`: a person taking or leaving an office;
 * - `set-share`: a dependency's share from a date (a new series point, observed in the scenario);
 * - `set-segment`: a transport segment's status from a date (open, close, build);
 * - `set-position`: an actor's position, salience or capability on a bargaining issue
 *   (model/bargaining.ts), as the bargaining forecasts read it.
 */
import { z } from 'zod';
import { PartialDate, firstDay } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { RELATION_TYPES } from './relation.js';
import { CONTEXTS, EVENT_TYPES } from './plover.js';
import { COMMODITIES } from './dependency.js';
import { SEGMENT_STATUSES } from './transport.js';

const rationale = z.string().min(1, 'say why this change is worth asking about').max(600);
/** When a change takes effect; the scenario's `from` when left out. */
const on = PartialDate.optional();

export const SCENARIO_CHANGES = [
  'add-event',
  'drop-event',
  'add-relation',
  'end-relation',
  'add-role',
  'end-role',
  'set-share',
  'set-segment',
  'set-position',
] as const;
export type ScenarioChangeKind = (typeof SCENARIO_CHANGES)[number];

export const ScenarioChange = z.discriminatedUnion('change', [
  z
    .object({
      change: z.literal('add-event'),
      id: RecordId,
      date: PartialDate,
      actor: z.array(ActorId).min(1),
      recipient: z.array(ActorId).default([]),
      event_type: z.enum(EVENT_TYPES),
      mode: z.string().nullable().default(null),
      context: z.array(z.enum(CONTEXTS)).default([]),
      summary: z.string().min(1).max(400),
      rationale,
    })
    .strict(),
  z.object({ change: z.literal('drop-event'), event: RecordId, rationale }).strict(),
  z
    .object({
      change: z.literal('add-relation'),
      id: RecordId,
      type: z.enum(RELATION_TYPES),
      actors: z.array(ActorId).length(2, 'a relation joins exactly two actors'),
      sign: z.union([z.literal(1), z.literal(-1)]),
      strength: z.number().min(0).max(1),
      on,
      to: PartialDate.nullable().default(null),
      summary: z.string().min(1).max(400),
      rationale,
    })
    .strict(),
  z.object({ change: z.literal('end-relation'), relation: RecordId, on, rationale }).strict(),
  z
    .object({ change: z.literal('add-role'), actor: ActorId, title: z.string().min(1), of: ActorId, on, rationale })
    .strict(),
  z.object({ change: z.literal('end-role'), actor: ActorId, of: ActorId, on, rationale }).strict(),
  z
    .object({
      change: z.literal('set-share'),
      from: ActorId,
      to: ActorId,
      commodity: z.enum(COMMODITIES),
      share: z.number().min(0).max(1),
      on,
      rationale,
    })
    .strict(),
  z
    .object({ change: z.literal('set-segment'), segment: RecordId, status: z.enum(SEGMENT_STATUSES), on, rationale })
    .strict(),
  z
    .object({
      change: z.literal('set-position'),
      issue: RecordId,
      actor: ActorId,
      position: z.number().min(0).max(100).optional().describe("on the issue's 0–100 scale"),
      salience: z.number().min(0).max(100).optional().describe("on the issue's salience scale (0–1 or 0–100)"),
      capability: z.number().min(0).optional(),
      on,
      rationale,
    })
    .strict()
    .refine((c) => c.position !== undefined || c.salience !== undefined || c.capability !== undefined, {
      message: 'set-position changes at least one of position, salience and capability',
      path: ['position'],
    }),
]);
export type ScenarioChange = z.infer<typeof ScenarioChange>;

export const Scenario = z
  .object({
    id: RecordId,
    title: z.string().min(1).max(120),
    /** What the scenario supposes, in Orrery's own words. */
    description: z.string().min(1).max(1200),
    /** The date the changes take effect from, unless a change gives its own `on`. */
    from: PartialDate,
    changes: z.array(ScenarioChange).min(1, 'a scenario needs at least one change'),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    s.changes.forEach((c, i) => {
      const start = 'on' in c ? c.on : undefined;
      if (start && firstDay(start) < firstDay(s.from)) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'on'],
          message: `the change takes effect ${start}, before the scenario's start ${s.from}`,
        });
      }
    });
  });
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;

/** When a change takes effect. */
export function changeDate(s: Pick<Scenario, 'from'>, c: ScenarioChange): string {
  if (c.change === 'add-event') return c.date;
  return ('on' in c && c.on) || s.from;
}

/** What a record made or altered by a scenario carries instead of citations. */
export interface Hypothesis {
  scenario: string;
  rationale: string;
}

/** How every answer computed under a scenario says so. */
export const ScenarioMark = z.object({
  id: z.string(),
  title: z.string(),
  hypothetical: z.literal(true),
  from: z.string(),
  /** Each change, in a line, with its rationale. */
  changes: z.array(
    z.object({ change: z.enum(SCENARIO_CHANGES), what: z.string(), on: z.string(), rationale: z.string() }),
  ),
  /** Ids of the records the scenario adds or alters: none of them is evidence. */
  records: z.array(z.string()),
});
export type ScenarioMark = z.infer<typeof ScenarioMark>;
