/** The `diff` analysis: how the alignment network changed between two dates, and why. */
import { citeCell, defineAnalysis } from '../analysis.js';
import { DiffParams, networkDiff } from '../diff.js';

export const diffAnalysis = defineAnalysis({
  id: 'diff',
  title: 'Change between two dates',
  description:
    'Ties ranked by change (sign flips first) and actors ranked by how much their ties moved, each explained by the relations and events whose contributions differ.',
  params: DiffParams,
  positional: ['from', 'to'],
  needs: ['events', 'relations', 'actors'],
  outputs: {
    json: '{ from, to, changes: [{ source, target, before, after, delta, signFlip, explanation: [{ kind, id, type, date, summary, before, after, delta, citations }] }], actors: [{ id, change, blocBefore, blocAfter, blocPartnersGained, blocPartnersLost, ties, explanation }] }',
    tables: {
      changes: 'one row per tie that changed',
      actors: 'one row per actor',
      explanation: 'one row per record explaining a tie change',
    },
    graph: 'undirected; edge weight = change (after − before), with before, after and signFlip',
  },
  run: (data, p) => networkDiff(data, p),
  tables: (r) => ({
    changes: r.changes.map((c) => ({
      source: c.source,
      target: c.target,
      before: c.before,
      after: c.after,
      delta: c.delta,
      signFlip: c.signFlip,
      top: c.explanation.slice(0, 5).map((x) => x.id),
    })),
    actors: r.actors.map((a) => ({
      id: a.id,
      change: a.change,
      blocBefore: a.blocBefore,
      blocAfter: a.blocAfter,
      gained: a.blocPartnersGained,
      lost: a.blocPartnersLost,
      ties: a.ties.map((t) => `${t.other}:${t.delta.toFixed(3)}`),
      top: a.explanation.slice(0, 5).map((x) => x.id),
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
  graph: (r) => ({
    directed: false,
    meta: { analysis: 'diff', from: r.from, to: r.to },
    nodes: r.actors.map((a) => ({
      id: a.id,
      label: a.id,
      attributes: { change: a.change, blocBefore: a.blocBefore, blocAfter: a.blocAfter },
    })),
    edges: r.changes.map((c) => ({
      id: `${c.source}--${c.target}`,
      source: c.source,
      target: c.target,
      weight: c.delta,
      attributes: { before: c.before, after: c.after, signFlip: c.signFlip, absWeight: Math.abs(c.delta) },
    })),
  }),
});
