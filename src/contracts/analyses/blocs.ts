/** `blocs`: the structure of the alignment network at a date: blocs, balance, polarisation and roles. */
import { z } from 'zod';
import { StructureParams } from '../../analysis/structure.js';
import { analysisContract } from './define.js';
import { Count, WeightedTie } from './parts.js';

const share = z.number().nullable();

export const ActorRole = z
  .strictObject({
    id: z.string(),
    bloc: z.number().int().nullable(),
    positive: z.number(),
    negative: z.number(),
    positiveTies: Count,
    negativeTies: Count,
    brokerage: z.number().nullable(),
    bridging: z.number(),
    multiVector: z.number(),
    hostilePairs: z
      .array(z.strictObject({ a: z.string(), b: z.string(), weight: z.number() }))
      .describe('the strongest pairs of mutually hostile friends (up to five)'),
  })
  .meta({ id: 'ActorRole' });

export const BlocsResult = z
  .strictObject({
    date: z.string(),
    modularity: z.number(),
    blocs: z.array(z.strictObject({ bloc: z.number().int(), members: z.array(z.string()) })),
    balance: share.describe('weighted share of balanced triangles (0..1); null without a triangle'),
    balanceUnweighted: share.describe('share of balanced triangles, each counting once'),
    triangles: Count,
    bySigns: z.strictObject({ '+++': Count, '++-': Count, '+--': Count, '---': Count }),
    frustration: share,
    polarisation: share,
    positiveWithin: z.number(),
    positiveBetween: z.number(),
    negativeWithin: z.number(),
    negativeBetween: z.number(),
    actors: z.array(ActorRole),
    edges: z.array(WeightedTie),
  })
  .meta({ id: 'BlocsResult' });

export const blocsContract = analysisContract({
  id: 'blocs',
  title: 'Blocs, balance and roles at a date',
  description:
    'Signed blocs (Traag & Bruggeman signed modularity, seeded Louvain), structural balance (weighted share of balanced triangles), frustration and polarisation, and per actor: positive and negative degree, brokerage between blocs and the multi-vector score.',
  input: StructureParams,
  result: BlocsResult,
  tables: {
    actors: 'one row per actor and its role',
    blocs: 'one row per bloc',
    summary: 'one row: balance, polarisation, modularity',
  },
  graph: true,
});
