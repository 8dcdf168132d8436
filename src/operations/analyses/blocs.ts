/** The `blocs` analysis: the structure of the alignment network at a date. */
import type { ResultOf } from '../../contracts/contract.js';
import { blocsContract } from '../../contracts/analyses/blocs.js';
import { defineAnalysis } from './analysis.js';
import { alignmentNetwork } from '../../analysis/network.js';
import { structureOf } from '../../analysis/structure.js';
import { signedGraph } from './signed-graph.js';
import { pick } from './table-columns.js';

export type BlocsResult = ResultOf<typeof blocsContract>;

export const blocsAnalysis = defineAnalysis(blocsContract, {
  needs: ['events', 'relations', 'actors'],
  run(data, p) {
    const net = alignmentNetwork(data, { ...p, explain: false });
    return { ...structureOf(net, p), edges: net.edges.map((e) => pick(e, ['source', 'target', 'weight'])) };
  },
  tables: (r) => ({
    actors: r.actors.map((a) => ({ ...a, hostilePairs: a.hostilePairs.map((h) => `${h.a}×${h.b}`) })),
    blocs: r.blocs.map((b) => ({ bloc: b.bloc, size: b.members.length, members: b.members })),
    summary: [
      {
        date: r.date,
        blocs: r.blocs.length,
        ...pick(r, ['modularity', 'balance', 'balanceUnweighted', 'triangles', 'frustration', 'polarisation']),
      },
    ],
  }),
  graph: {
    about: "undirected signed network with each actor's role as node attributes",
    of: (r) =>
      signedGraph(
        'blocs',
        r.date,
        r.actors.map((a) => ({
          id: a.id,
          label: a.id,
          attributes: pick(a, ['bloc', 'positive', 'negative', 'brokerage', 'bridging', 'multiVector']),
        })),
        r.edges,
      ),
  },
});
