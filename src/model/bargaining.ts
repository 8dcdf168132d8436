/**
 * Bargaining issues: one question as a 0–100 continuum, with each actor's position, salience and
 * capability. In a dataset file every value either cites the passage that gives it or is marked as an
 * estimate with its reasoning, so a forecast shows which of its inputs the sources support. The
 * numeric shape the models read (`Bargain`) is here too, so readers of other data sets (DEU III) and
 * the engine share it.
 */
import { z } from 'zod';
import { Citation } from './citation.js';
import { ActorId, RecordId } from './ids.js';

/** One actor's stake in an issue, as numbers: position 0–100, salience 0–1, capability ≥ 0. */
export interface Stake {
  id: string;
  position: number;
  salience: number;
  capability: number;
}

/** One issue, ready for the models: the stakes, and the reference point (no-agreement outcome) if known. */
export interface Bargain {
  id: string;
  stakes: Stake[];
  reference?: number;
}

/** A value with its support: citations of the passages that give it, or an estimate with its reasoning. */
export const SourcedValue = z
  .object({
    value: z.number().finite(),
    citations: z.array(Citation).optional(),
    estimate: z.string().min(20, 'an estimate states its reasoning (at least 20 characters)').optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const cited = (v.citations?.length ?? 0) > 0;
    if (cited === (v.estimate !== undefined))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message:
          'a value either cites at least one passage (citations) or is marked as an estimate with its reasoning, not both',
      });
  });
export type SourcedValue = z.infer<typeof SourcedValue>;

export const SalienceScale = z.enum(['0-1', '0-100']);
export type SalienceScale = z.infer<typeof SalienceScale>;

export const IssueActor = z
  .object({
    actor: ActorId,
    position: SourcedValue,
    salience: SourcedValue,
    capability: SourcedValue,
  })
  .strict();
export type IssueActor = z.infer<typeof IssueActor>;

export const BargainingIssue = z
  .object({
    id: RecordId,
    title: z.string().min(1),
    /** What 0 and 100 mean on this issue's continuum. */
    scale: z.object({ low: z.string().min(1), high: z.string().min(1) }).strict(),
    /** The scale saliences are written on; the models read 0–1. */
    salienceScale: SalienceScale,
    /** What capability measures here (e.g. "relative leverage on this issue, 0–100"). */
    capabilityMeaning: z.string().min(1),
    /** Where the issue stands if no agreement is reached. */
    reference: SourcedValue.optional(),
    /** The date the positions describe. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'),
    note: z.string().optional(),
    actors: z.array(IssueActor),
  })
  .strict()
  .superRefine((issue, ctx) => {
    const top = issue.salienceScale === '0-1' ? 1 : 100;
    if (issue.actors.length < 2)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['actors'],
        message: `an issue needs at least two actors to bargain, found ${issue.actors.length}`,
      });
    const seen = new Set<string>();
    issue.actors.forEach((a, i) => {
      if (seen.has(a.actor))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['actors', i, 'actor'],
          message: `${a.actor} is listed twice`,
        });
      seen.add(a.actor);
      if (a.position.value < 0 || a.position.value > 100)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['actors', i, 'position', 'value'],
          message: `position ${a.position.value} is outside the 0–100 scale`,
        });
      if (a.salience.value < 0 || a.salience.value > top)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['actors', i, 'salience', 'value'],
          message: `salience ${a.salience.value} is outside this issue's salience scale ${issue.salienceScale} (salienceScale: '${issue.salienceScale}')`,
        });
      if (a.capability.value < 0)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['actors', i, 'capability', 'value'],
          message: `capability ${a.capability.value} must not be negative`,
        });
    });
    if (issue.reference && (issue.reference.value < 0 || issue.reference.value > 100))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['reference', 'value'],
        message: `reference point ${issue.reference.value} is outside the 0–100 scale`,
      });
  });
export type BargainingIssue = z.infer<typeof BargainingIssue>;

/** The numbers the models read from a sourced issue (salience rescaled to 0–1). */
export function bargainOf(issue: BargainingIssue): Bargain {
  const top = issue.salienceScale === '0-1' ? 1 : 100;
  return {
    id: issue.id,
    stakes: issue.actors.map((a) => ({
      id: a.actor,
      position: a.position.value,
      salience: a.salience.value / top,
      capability: a.capability.value,
    })),
    ...(issue.reference ? { reference: issue.reference.value } : {}),
  };
}
