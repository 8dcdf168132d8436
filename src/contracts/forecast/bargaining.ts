/**
 * The bargaining forecasts of the South Caucasus issues (data/caucasus/issues): the list, and one issue
 * forecast by every model with each input's support (citations or an estimate's reasoning) and a ±10
 * sensitivity table (src/forecast/bargaining, docs/forecasts-bargaining.md).
 */
import { z } from 'zod';
import { IssueActor, SalienceScale, SourcedValue } from '../../model/bargaining.js';
import { scenarioParam, withScenarioMark } from '../scenario.js';
import { defineContract } from '../contract.js';
import { id } from '../text.js';

export const IssueForecast = z
  .object({
    id: z.string(),
    title: z.string(),
    file: z.string().describe('the issue file, relative to the project'),
    asOf: z.string().describe('the date the positions describe'),
    scale: z.object({ low: z.string(), high: z.string() }).describe('what 0 and 100 mean'),
    salienceScale: SalienceScale,
    capabilityMeaning: z.string(),
    reference: SourcedValue.nullable().describe('the outcome without agreement, when given'),
    inputs: z.array(IssueActor).describe('each actor’s position, salience and capability, cited or estimated'),
    forecasts: z.array(z.object({ name: z.string(), method: z.string(), forecast: z.number() })),
    sensitivity: z
      .array(
        z.object({
          input: z.string().describe('ACTOR.position, ACTOR.salience, ACTOR.capability or reference'),
          range: z.record(z.string(), z.array(z.number())).describe('per model: [lowest, highest] forecast'),
        }),
      )
      .describe('each input moved by ±10 on its scale, one at a time'),
  })
  .meta({ id: 'BargainingIssueForecast' });

export const bargainingIssueContract = defineContract({
  id: 'forecast-issue',
  title: 'Bargaining forecast of an issue',
  description:
    'where bargaining over a South Caucasus issue settles on its 0–100 scale, by every model (compromise, weighted median, Nash, Bueno de Mesquita, probabilistic Condorcet), with each input’s citation or estimate and a ±10 sensitivity table',
  tag: 'forecasts',
  method: 'get',
  path: '/api/forecast/issues/:id',
  input: z.object({ id: id.describe('the issue id (see /api/forecast/issues)'), scenario: scenarioParam }).strict(),
  result: withScenarioMark(IssueForecast),
  positional: ['id'],
});

export const bargainingIssuesContract = defineContract({
  id: 'forecast-issues',
  title: 'Bargaining issues',
  description: 'the South Caucasus bargaining issues: id, title, date and actors',
  tag: 'forecasts',
  method: 'get',
  path: '/api/forecast/issues',
  input: z.object({}).strict(),
  result: z.array(
    z.object({ id: z.string(), title: z.string(), asOf: z.string(), actors: z.array(z.string()), file: z.string() }),
  ),
});
