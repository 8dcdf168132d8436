/** `power`: the capability index (after CINC) and power ratios at a date. */
import { z } from 'zod';
import { Citation } from '../../model/citation.js';
import { PowerParams } from '../../analysis/power.js';
import { analysisContract } from './define.js';
import { Count } from './parts.js';

export const IndicatorFigure = z
  .strictObject({
    indicator: z.string(),
    metric: z.string(),
    value: z.number().describe('in the base unit (midpoint of a range)'),
    unit: z.string(),
    date: z.string(),
    range: z.tuple([z.number(), z.number()]).nullable(),
    approximate: z.boolean(),
    bound: z.enum(['exact', 'lower', 'upper']),
    citations: z.array(Citation),
  })
  .meta({ id: 'IndicatorFigure', description: 'the latest indicator figure on or before the date' });

export const CapabilityRow = z
  .strictObject({
    id: z.string(),
    index: z.number().nullable().describe('mean of the shares it has; null when it has none'),
    available: Count.describe('how many components it has'),
    components: z.record(
      z.string(),
      IndicatorFigure.extend({ share: z.number().describe('share of the system total, 0..1') }).nullable(),
    ),
  })
  .meta({ id: 'CapabilityRow' });

export const PowerRatio = z
  .strictObject({
    a: z.string(),
    b: z.string(),
    metric: z.string().describe('a metric, or "index" for the capability index'),
    valueA: z.number().nullable(),
    valueB: z.number().nullable(),
    ratio: z.number().nullable(),
    unit: z.string().nullable(),
    evidence: z.strictObject({ a: IndicatorFigure.nullable(), b: IndicatorFigure.nullable() }),
    note: z.string().optional().describe('why the ratio is null'),
  })
  .meta({ id: 'PowerRatio' });

export const PowerResult = z
  .strictObject({
    date: z.string(),
    components: z.array(z.string()),
    system: z.array(z.string()),
    actors: z.array(CapabilityRow),
    ratios: z.array(PowerRatio),
    notes: z.array(z.string()),
  })
  .meta({ id: 'PowerResult' });

export const powerContract = analysisContract({
  id: 'power',
  title: 'Balance of power at a date',
  description:
    "A composite capability index after the Correlates of War CINC: per component the actor's share of the system total, averaged over the components it has (missing stays missing); and power ratios for pairs, on one metric or on the index.",
  input: PowerParams,
  result: PowerResult,
  tables: {
    actors: "one row per actor: index and each component's share and value",
    ratios: 'one row per requested ratio',
  },
});
