/** `network`: the alignment network at a date, with blocs, as JSON, CSV, GEXF or GraphML. */
import { z } from 'zod';
import { NetworkParams } from '../../analysis/network.js';
import { BlocParams } from '../../analysis/structure.js';
import { analysisContract } from './define.js';
import { Contribution, Count, WeightedTie } from './parts.js';

export const NetworkNode = z
  .strictObject({
    id: z.string(),
    name: z.string().optional(),
    kind: z.string().optional(),
    bloc: z.number().int().nullable().describe('its signed-Louvain bloc; null when it has none'),
  })
  .meta({ id: 'NetworkNode' });

export const NetworkEdge = WeightedTie.extend({
  weight: z.number().describe('relationWeight + eventWeight'),
  relationWeight: z.number(),
  eventWeight: z.number(),
  eventCount: Count,
  relationCount: Count,
  sources: z
    .array(z.string())
    .describe('distinct sources cited by its relations and events (listed when explained or minSources is set)'),
  contributions: z.array(Contribution).describe('the relations and events behind the tie, strongest first'),
}).meta({ id: 'NetworkEdge' });

export const NetworkResult = z
  .strictObject({
    date: z.string(),
    modularity: z.number(),
    nodes: z.array(NetworkNode),
    edges: z.array(NetworkEdge),
  })
  .meta({ id: 'NetworkResult' });

export const networkContract = analysisContract({
  id: 'network',
  title: 'Alignment network at a date',
  description:
    'Signed, weighted ties between actors at a date: relations in force plus decayed events in a trailing window; each edge lists the relations and events behind it; nodes carry their bloc (signed Louvain).',
  input: NetworkParams.extend(BlocParams.shape),
  result: NetworkResult,
  tables: {
    edges: 'one row per tie',
    nodes: 'one row per actor',
    contributions: 'one row per relation or event behind a tie',
  },
  graph: true,
});
