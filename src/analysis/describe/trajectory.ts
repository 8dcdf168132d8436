/** The `trajectory` analysis: one tie's weight over time, and when it turned. */
import { citeCell, defineAnalysis } from '../analysis.js';
import { TrajectoryParams, trajectory } from '../trajectory.js';

export const trajectoryAnalysis = defineAnalysis({
  id: 'trajectory',
  title: 'A tie over time',
  description:
    'The alignment weight between two actors at the end of every month, quarter or year of a range, and the turns where its sign changes, each explained by the relations and events that changed.',
  params: TrajectoryParams,
  positional: ['a', 'b'],
  needs: ['events', 'relations', 'actors'],
  outputs: {
    json: '{ a, b, points: [{ date, weight, relationWeight, eventWeight }], turns: [{ date, previous, from, to, explanation: [{ kind, id, type, date, summary, before, after, delta, citations }] }] }',
    tables: { points: 'one row per date', turns: 'one row per record explaining a turn' },
  },
  run: (data, p) => trajectory(data, p),
  tables: (r) => ({
    points: r.points.map((p) => ({ a: r.a, b: r.b, ...p })),
    turns: r.turns.flatMap((t) =>
      t.explanation.map((x) => ({
        date: t.date,
        previous: t.previous,
        from: t.from,
        to: t.to,
        kind: x.kind,
        id: x.id,
        type: x.type,
        recordDate: x.date,
        delta: x.delta,
        citations: citeCell(x.citations),
      })),
    ),
  }),
});
