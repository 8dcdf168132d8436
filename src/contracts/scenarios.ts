/**
 * Scenarios: the list of scenario files (each with its problems, if any), and what one scenario
 * changes against the evidence alone at a date, across the engines: ties, blocs, balance and
 * polarisation, exposures and routes.
 */
import { z } from 'zod';
import { ScenarioMark, SCENARIO_CHANGES } from '../model/index.js';
import { dateParam } from '../model/param-kinds.js';
import { defineContract } from './contract.js';
import { number } from './text.js';

export const ScenarioSummary = z
  .strictObject({
    id: z.string(),
    file: z.string(),
    title: z.string().nullable(),
    description: z.string().nullable(),
    from: z.string().nullable(),
    changes: z.array(
      z.strictObject({ change: z.enum(SCENARIO_CHANGES), what: z.string(), on: z.string(), rationale: z.string() }),
    ),
    usable: z.boolean().describe('false when the file has problems; such a scenario is never applied'),
    problems: z.array(z.string()),
  })
  .meta({ id: 'ScenarioSummary' });

export const scenariosContract = defineContract({
  id: 'scenarios',
  title: 'Scenarios',
  description:
    'the scenario files: hypothetical changes over the evidence, each with its rationale, and any problems that keep one from being applied',
  tag: 'scenarios',
  method: 'get',
  path: '/api/scenarios',
  input: z.object({}).strict(),
  result: z.array(ScenarioSummary),
});

const Move = { before: z.number().nullable(), after: z.number().nullable(), delta: z.number().nullable() };

export const TieMove = z
  .strictObject({
    a: z.string(),
    b: z.string(),
    ...Move,
    change: z.enum(['strengthens', 'weakens', 'flips', 'appears', 'vanishes']),
    hypothetical: z.boolean().describe('true when a hypothetical record contributes to the tie under the scenario'),
  })
  .meta({ id: 'TieMove' });

export const BlocMove = z
  .strictObject({
    actor: z.string(),
    before: z.array(z.string()).describe('its bloc-mates on the evidence alone'),
    after: z.array(z.string()).describe('its bloc-mates under the scenario'),
  })
  .meta({ id: 'BlocMove' });

export const ExposureMove = z
  .strictObject({ actor: z.string(), supplier: z.string(), commodity: z.string(), ...Move })
  .meta({ id: 'ExposureMove' });

export const RouteMove = z
  .strictObject({
    from: z.string(),
    to: z.string(),
    change: z.enum(['lengthens', 'shortens', 'vanishes', 'appears', 'reroutes']),
    beforeKm: z.number().nullable(),
    afterKm: z.number().nullable(),
    beforeVia: z.array(z.string()).describe('countries crossed on the evidence alone'),
    afterVia: z.array(z.string()).describe('countries crossed under the scenario'),
  })
  .meta({ id: 'RouteMove' });

export const IssueMove = z
  .strictObject({
    issue: z.string(),
    title: z.string(),
    model: z.string().describe('the bargaining model (docs/forecasts-bargaining.md)'),
    ...Move,
  })
  .meta({ id: 'IssueMove' });

export const ScenarioDiff = z
  .strictObject({
    scenario: ScenarioMark,
    at: z.string(),
    ties: z.array(TieMove),
    blocs: z.strictObject({
      moved: z.array(BlocMove),
      balance: z.strictObject(Move),
      polarisation: z.strictObject(Move),
      modularity: z.strictObject(Move),
    }),
    exposures: z.array(ExposureMove),
    routes: z.array(RouteMove),
    routePairs: z.number().int().describe('how many place pairs were routed (docs/scenarios.md lists them)'),
    issues: z
      .array(IssueMove)
      .describe("each model's forecast of every bargaining issue the scenario's set-position changes touch"),
  })
  .meta({ id: 'ScenarioDiff' });

export const scenarioDiffContract = defineContract({
  id: 'scenario-diff',
  title: 'What a scenario changes',
  description:
    'what a scenario changes against the evidence alone at a date: ties that strengthen, weaken or flip; actors that change bloc; balance and polarisation; exposures that move; routes between the main hubs that lengthen, shorten or vanish; bargaining forecasts that move',
  tag: 'scenarios',
  method: 'get',
  path: '/api/scenarios/:id/diff',
  positional: ['id'],
  input: z
    .object({
      id: z.string().describe('the scenario id'),
      at: dateParam('the date to compare at'),
      threshold: number().min(0).default(0.05).describe('smallest tie or exposure change listed'),
    })
    .strict(),
  result: ScenarioDiff,
});
