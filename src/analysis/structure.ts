/**
 * The structure of the alignment network at a date: signed blocs (signed-louvain.ts), structural
 * balance (balance.ts), frustration and polarisation (polarisation.ts) and each actor's role
 * (actor-roles.ts), all from one network snapshot.
 */
import { z } from 'zod';
import { actorRoles, type ActorRole } from './actor-roles.js';
import { structuralBalance, type BalanceResult } from './balance.js';
import { toGraph } from './graph.js';
import { NetworkParams, alignmentNetwork, type AlignmentNetwork } from './network.js';
import type { AnalysisData } from './input.js';
import { polarisation, type PolarisationResult } from './polarisation.js';
import { mulberry32 } from './random.js';
import { signedLouvain } from './signed-louvain.js';

export const BlocParams = z.object({
  seed: z
    .number()
    .int()
    .default(1)
    .describe('seed of the random visiting order in bloc detection (same seed, same blocs)'),
  resolutionPositive: z
    .number()
    .positive()
    .default(1)
    .describe('γ⁺ of signed modularity: higher gives more, smaller blocs'),
  resolutionNegative: z
    .number()
    .positive()
    .default(1)
    .describe('γ⁻ of signed modularity: higher tolerates more hostility inside blocs'),
});
export type BlocOptions = z.output<typeof BlocParams>;

export const StructureParams = NetworkParams.extend(BlocParams.shape);
export type StructureOptions = z.output<typeof StructureParams>;

export interface Bloc {
  bloc: number;
  members: string[];
}

export interface Structure extends BalanceResult, PolarisationResult {
  date: string;
  modularity: number;
  blocs: Bloc[];
  actors: ActorRole[];
}

/** Bloc labels for a network's nodes (signed Louvain, seeded). */
export function withBlocs(
  net: AlignmentNetwork,
  o: BlocOptions,
): { network: AlignmentNetwork; blocs: Record<string, number>; modularity: number } {
  const found = signedLouvain(toGraph(net), {
    rng: mulberry32(o.seed),
    resolutionPositive: o.resolutionPositive,
    resolutionNegative: o.resolutionNegative,
  });
  const nodes = net.nodes.map((n) => ({ ...n, bloc: found.communities[n.id] ?? null }));
  return { network: { ...net, nodes }, blocs: found.communities, modularity: found.modularity };
}

/** Structure of an already computed network. */
export function structureOf(net: AlignmentNetwork, o: BlocOptions): Structure {
  const { network, blocs, modularity } = withBlocs(net, o);
  const graph = toGraph(network);
  const members = new Map<number, string[]>();
  for (const n of network.nodes) if (n.bloc !== null) members.set(n.bloc, [...(members.get(n.bloc) ?? []), n.id]);
  return {
    date: net.date,
    modularity,
    blocs: [...members].sort((a, b) => a[0] - b[0]).map(([bloc, ids]) => ({ bloc, members: ids })),
    ...structuralBalance(graph),
    ...polarisation(graph, blocs),
    actors: actorRoles(graph, blocs),
  };
}

export function networkStructure(
  data: Pick<AnalysisData, 'events' | 'relations' | 'actors'>,
  o: StructureOptions,
): Structure {
  return structureOf(alignmentNetwork(data, { ...o, explain: false }), o);
}
