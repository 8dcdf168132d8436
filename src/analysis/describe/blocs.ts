/** The `blocs` analysis: the structure of the alignment network at a date. */
import type { ResultOf } from '../../contracts/contract.js';
import { blocsContract } from '../../contracts/analyses/blocs.js';
import { defineAnalysis } from '../analysis.js';
import { alignmentNetwork } from '../network.js';
import { structureOf } from '../structure.js';
import { tieEdge } from './graph.js';

export type BlocsResult = ResultOf<typeof blocsContract>;

export const blocsAnalysis = defineAnalysis(blocsContract, {
  needs: ['events', 'relations', 'actors'],
  run(data, p) {
    const net = alignmentNetwork(data, { ...p, explain: false });
    return {
      ...structureOf(net, p),
      edges: net.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
    };
  },
  tables: (r) => ({
    actors: r.actors.map((a) => ({ ...a, hostilePairs: a.hostilePairs.map((h) => `${h.a}×${h.b}`) })),
    blocs: r.blocs.map((b) => ({ bloc: b.bloc, size: b.members.length, members: b.members })),
    summary: [
      {
        date: r.date,
        blocs: r.blocs.length,
        modularity: r.modularity,
        balance: r.balance,
        balanceUnweighted: r.balanceUnweighted,
        triangles: r.triangles,
        frustration: r.frustration,
        polarisation: r.polarisation,
      },
    ],
  }),
  graph: {
    about: "undirected signed network with each actor's role as node attributes",
    of: (r) => ({
      directed: false,
      meta: { analysis: 'blocs', date: r.date },
      nodes: r.actors.map((a) => ({
        id: a.id,
        label: a.id,
        attributes: {
          bloc: a.bloc,
          positive: a.positive,
          negative: a.negative,
          brokerage: a.brokerage,
          bridging: a.bridging,
          multiVector: a.multiVector,
        },
      })),
      edges: r.edges.map((e) => tieEdge(e, e.weight, { sign: Math.sign(e.weight), absWeight: Math.abs(e.weight) })),
    }),
  },
});
