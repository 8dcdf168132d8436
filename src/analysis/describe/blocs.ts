/** The `blocs` analysis: the structure of the alignment network at a date. */
import { defineAnalysis } from '../analysis.js';
import { alignmentNetwork } from '../network.js';
import { StructureParams, structureOf, type Structure } from '../structure.js';

export type BlocsResult = Structure & { edges: Array<{ source: string; target: string; weight: number }> };

export const blocsAnalysis = defineAnalysis({
  id: 'blocs',
  title: 'Blocs, balance and roles at a date',
  description:
    'Signed blocs (Traag & Bruggeman signed modularity, seeded Louvain), structural balance (weighted share of balanced triangles), frustration and polarisation, and per actor: positive and negative degree, brokerage between blocs and the multi-vector score.',
  params: StructureParams,
  positional: [],
  needs: ['events', 'relations', 'actors'],
  outputs: {
    json: '{ date, modularity, blocs: [{ bloc, members }], balance, balanceUnweighted, triangles, bySigns, frustration, polarisation, positiveWithin, positiveBetween, negativeWithin, negativeBetween, actors: [{ id, bloc, positive, negative, positiveTies, negativeTies, brokerage, bridging, multiVector, hostilePairs }], edges: [{ source, target, weight }] }',
    tables: {
      actors: 'one row per actor and its role',
      blocs: 'one row per bloc',
      summary: 'one row: balance, polarisation, modularity',
    },
    graph: "undirected signed network with each actor's role as node attributes",
  },
  run(data, p): BlocsResult {
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
  graph: (r) => ({
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
    edges: r.edges.map((e) => ({
      id: `${e.source}--${e.target}`,
      source: e.source,
      target: e.target,
      weight: e.weight,
      attributes: { sign: Math.sign(e.weight), absWeight: Math.abs(e.weight) },
    })),
  }),
});
