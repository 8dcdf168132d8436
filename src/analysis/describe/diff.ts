/** The `diff` analysis: how the alignment network changed between two dates, and why. */
import { diffContract } from '../../contracts/analyses/diff.js';
import { citeCell, defineAnalysis } from '../analysis.js';
import { networkDiff } from '../diff.js';
import { tieEdge } from './graph.js';

/** The ids of the records that explain a change most. */
const top = (x: { explanation: Array<{ id: string }> }): string[] => x.explanation.slice(0, 5).map((e) => e.id);

export const diffAnalysis = defineAnalysis(diffContract, {
  needs: ['events', 'relations', 'actors'],
  run: (data, p) => networkDiff(data, p),
  tables: (r) => ({
    changes: r.changes.map((c) => ({
      source: c.source,
      target: c.target,
      before: c.before,
      after: c.after,
      delta: c.delta,
      signFlip: c.signFlip,
      top: top(c),
    })),
    actors: r.actors.map((a) => ({
      id: a.id,
      change: a.change,
      blocBefore: a.blocBefore,
      blocAfter: a.blocAfter,
      gained: a.blocPartnersGained,
      lost: a.blocPartnersLost,
      ties: a.ties.map((t) => `${t.other}:${t.delta.toFixed(3)}`),
      top: top(a),
    })),
    explanation: r.changes.flatMap((c) =>
      c.explanation.map((x) => ({
        source: c.source,
        target: c.target,
        kind: x.kind,
        id: x.id,
        type: x.type,
        date: x.date,
        before: x.before,
        after: x.after,
        delta: x.delta,
        citations: citeCell(x.citations),
      })),
    ),
  }),
  graph: {
    about: 'undirected; edge weight = change (after − before), with before, after and signFlip',
    of: (r) => ({
      directed: false,
      meta: { analysis: 'diff', from: r.from, to: r.to },
      nodes: r.actors.map((a) => ({
        id: a.id,
        label: a.id,
        attributes: { change: a.change, blocBefore: a.blocBefore, blocAfter: a.blocAfter },
      })),
      edges: r.changes.map((c) =>
        tieEdge(c, c.delta, { before: c.before, after: c.after, signFlip: c.signFlip, absWeight: Math.abs(c.delta) }),
      ),
    }),
  },
});
