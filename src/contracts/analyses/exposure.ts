/** `exposure`: the dependency graph at a date and each actor's exposure to its suppliers. */
import { z } from 'zod';
import { Citation } from '../../model/citation.js';
import { DependencyBasis } from '../../model/dependency.js';
import { ExposureParams } from '../../analysis/exposure.js';
import { analysisContract } from './define.js';
import { Period } from './parts.js';

const share = z.number().nullable();
const estimate = z.boolean().describe('true when the figure is an estimate, not one a source reports');
const dependency = z.string().describe('id of the dependency record');
const series = z.string().describe('its series name, or "supplier>dependent:commodity"');

/** What a dependency record says: who supplies whom with what, as a share or an amount. */
const Figure = {
  id: z.string(),
  source: z.string().describe('the supplier or transit country'),
  target: z.string().describe('the dependent'),
  commodity: z.string(),
  share,
  value: z.number().nullable(),
  unit: z.string().nullable(),
};

export const SomeYears = z
  .strictObject({
    dependency,
    share: share.describe('midpoint of the range'),
    range: z.tuple([z.number(), z.number()]).nullable(),
    period: Period,
    basis: DependencyBasis,
    estimate,
  })
  .meta({ id: 'SomeYears', description: 'a figure for unnamed years within the period (a peak), beside the level' });

export const DependencyEdge = z
  .strictObject({
    ...Figure,
    derived: z.boolean().describe('share derived from amounts of two or more suppliers'),
    period: Period,
    citations: z.array(Citation),
    basis: DependencyBasis.describe('observed or estimated (projections are never edges)'),
    estimate,
    approximate: z.boolean(),
    series,
    someYears: SomeYears.nullable(),
  })
  .meta({ id: 'DependencyEdge' });

export const CommodityExposure = z
  .strictObject({
    actor: z.string(),
    commodity: z.string(),
    suppliers: z.array(
      z.strictObject({
        supplier: z.string(),
        share,
        derived: z.boolean(),
        dependency,
        basis: DependencyBasis,
        estimate,
        someYears: SomeYears.nullable(),
      }),
    ),
    known: z.number().describe('sum of the known shares'),
    concentration: share.describe('Herfindahl–Hirschman index of the known shares'),
    estimated: z.number().describe('the part of `known` that rests on estimates'),
    estimate: z.boolean().describe('true when `known` or `concentration` uses an estimate'),
  })
  .meta({ id: 'CommodityExposure' });

export const SupplierExposure = z
  .strictObject({
    actor: z.string(),
    supplier: z.string(),
    shares: z.record(z.string(), share).describe('per commodity'),
    max: share,
    bases: z.record(z.string(), DependencyBasis).describe("the basis of each commodity's share"),
    basis: DependencyBasis.nullable().describe('the basis of the largest share'),
    estimate: z.boolean().describe('true when `max` is an estimate'),
  })
  .meta({ id: 'SupplierExposure' });

export const Projection = z
  .strictObject({
    ...Figure,
    period: Period.describe('from when it was set to the date it is for'),
    basis: z.literal('projected'),
    estimate: z.literal(false),
    series,
    current: z
      .strictObject({ dependency, share, basis: DependencyBasis, estimate: z.boolean() })
      .nullable()
      .describe("the series' level in force at the date, or null"),
    summary: z.string().nullable(),
    citations: z.array(Citation),
  })
  .meta({ id: 'DependencyProjection', description: 'a target or forecast in its period: never counted in shares' });

export const ExposureResult = z
  .strictObject({
    date: z.string(),
    actor: z.string().nullable(),
    edges: z.array(DependencyEdge),
    byCommodity: z.array(CommodityExposure),
    bySupplier: z.array(SupplierExposure),
    projections: z.array(Projection),
  })
  .meta({ id: 'ExposureResult' });

export const exposureContract = analysisContract({
  id: 'exposure',
  title: 'Dependencies and exposure at a date',
  description:
    "The directed dependency graph (supplier → dependent: gas, oil, arms, trade, transit...) in force at a date, and an actor's exposure to each supplier or transit country: its share of each commodity, and the concentration of each commodity's suppliers. Each figure says whether it is observed or an estimate; targets and forecasts are listed apart and never counted.",
  input: ExposureParams,
  result: ExposureResult,
  positional: ['actor'],
  tables: {
    bySupplier: 'one row per dependent and supplier',
    byCommodity: 'one row per dependent, commodity and supplier',
    edges: 'one row per dependency in force',
    projections: 'one row per target or forecast in its period (not counted in shares)',
  },
  graph: true,
});
