/** The `trajectory` analysis: one tie's weight over time, and when it turned. */
import { trajectoryContract } from '../../contracts/analyses/trajectory.js';
import { citeCell, defineAnalysis } from '../analysis.js';
import { trajectory } from '../trajectory.js';

export const trajectoryAnalysis = defineAnalysis(trajectoryContract, {
  needs: ['events', 'relations', 'actors'],
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
