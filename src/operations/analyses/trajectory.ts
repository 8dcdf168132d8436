/** The `trajectory` analysis: one tie's weight over time, and when it turned. */
import { trajectoryContract } from '../../contracts/analyses/trajectory.js';
import { citeCell, defineAnalysis } from './analysis.js';
import { trajectory } from '../../analysis/trajectory.js';
import { pick } from './table-columns.js';

export const trajectoryAnalysis = defineAnalysis(trajectoryContract, {
  needs: ['events', 'relations', 'actors'],
  run: trajectory,
  tables: (r) => ({
    points: r.points.map((p) => ({ a: r.a, b: r.b, ...p })),
    turns: r.turns.flatMap((t) =>
      t.explanation.map((x) => ({
        ...pick(t, ['date', 'previous', 'from', 'to']),
        ...pick(x, ['kind', 'id', 'type']),
        recordDate: x.date,
        delta: x.delta,
        citations: citeCell(x.citations),
      })),
    ),
  }),
});
