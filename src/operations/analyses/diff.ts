/** The `diff` analysis: how the alignment network changed between two dates, and why. */
import { diffContract } from '../../contracts/analyses/diff.js';
import { citeCell, defineAnalysis } from './analysis.js';
import { networkDiff } from '../../analysis/diff.js';
import { tieEdge } from './signed-graph.js';
import { pick, topIds } from './table-columns.js';

const CHANGE = ['before', 'after', 'delta'] as const;

export const diffAnalysis = defineAnalysis(diffContract, {
  needs: ['events', 'relations', 'actors'],
  run: networkDiff,
  tables: (r) => ({
    changes: r.changes.map((c) => ({
      ...pick(c, ['source', 'target', ...CHANGE, 'signFlip']),
      top: topIds(c.explanation),
    })),
    actors: r.actors.map((a) => ({
      ...pick(a, ['id', 'change', 'blocBefore', 'blocAfter']),
      gained: a.blocPartnersGained,
      lost: a.blocPartnersLost,
      ties: a.ties.map((t) => `${t.other}:${t.delta.toFixed(3)}`),
      top: topIds(a.explanation),
    })),
    explanation: r.changes.flatMap((c) =>
      c.explanation.map((x) => ({
        ...pick(c, ['source', 'target']),
        ...pick(x, ['kind', 'id', 'type', 'date', ...CHANGE]),
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
        attributes: pick(a, ['change', 'blocBefore', 'blocAfter']),
      })),
      edges: r.changes.map((c) =>
        tieEdge(c, c.delta, { ...pick(c, ['before', 'after', 'signFlip']), absWeight: Math.abs(c.delta) }),
      ),
    }),
  },
});
