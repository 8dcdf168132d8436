/**
 * The conflict forecast of one country: deaths in organised violence 1 to 6 months after an origin
 * month (UCDP, spliced GED and VIEWS series), as the probability of any death, of 25 or more, the
 * expected count and quantiles (src/forecast/conflict, docs/forecasts-conflict.md).
 */
import { z } from 'zod';
import { actorParam, dateParam } from '../../model/param-kinds.js';
import { defineContract } from '../contract.js';
import { integer } from '../text.js';

export const MonthForecast = z
  .object({
    horizon: z.number().int().describe('months after the origin'),
    month: z.string().describe('the month forecast, YYYY-MM'),
    pAny: z.number().describe('probability of at least one death'),
    pThreshold: z.number().describe('probability of at least `threshold` deaths'),
    mean: z.number().describe('expected deaths'),
    quantiles: z.record(z.string(), z.number()).describe('quantiles of the count: q5, q25, q50, q75, q95'),
  })
  .meta({ id: 'ConflictMonthForecast' });

export const conflictForecastContract = defineContract({
  id: 'forecast-conflict',
  title: 'Conflict forecast',
  description:
    'deaths in organised violence in a country (Armenia, Azerbaijan, Georgia, Iran, Russia, Turkey), 1 to 6 months after an origin month: P(any death), P(25 or more) and the predictive distribution, from UCDP data and Orrery’s own conflict series',
  tag: 'forecasts',
  method: 'get',
  path: '/api/forecast/conflict/:country',
  input: z
    .object({
      country: actorParam('the country: an id or a name (AZE, Azerbaijan, Baku…)'),
      horizon: integer(1, 6).default(6).describe('forecast every month up to this many months ahead (1–6)'),
      at: dateParam(
        'the origin: the last month the forecast may use (default: the last month of the UCDP data)',
      ).optional(),
      model: z
        .string()
        .min(1)
        .max(40)
        .default('pooled')
        .describe('zero, last, average, resample, hurdle, pooled or hurdle-orrery'),
    })
    .strict(),
  result: z.object({
    country: z.string(),
    name: z.string(),
    model: z.string(),
    method: z.string(),
    origin: z.string().describe('the origin month, YYYY-MM'),
    threshold: z.number(),
    recent: z.array(z.number()).describe('deaths in the 12 months up to the origin, oldest first'),
    months: z.array(MonthForecast),
    data: z.string().describe('where the deaths series come from'),
  }),
  positional: ['country'],
});
