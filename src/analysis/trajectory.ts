/**
 * A tie over time: the alignment network's weight between two actors at the end of every month,
 * quarter or year of a range, and the turns, where the sign of the tie changes (zeros skipped), each
 * explained by the records whose contributions changed since the previous nonzero point. It answers
 * "when did Azerbaijan's ties to Russia turn?" with dates and evidence.
 */
import { z } from 'zod';
import { actorParam, dateParam } from '../model/param-kinds.js';
import { lastDay } from '../model/index.js';
import { explain, type Explanation } from './diff.js';
import type { AnalysisData } from './input.js';
import { NetworkParams, alignmentNetwork, emptyEdge } from './network.js';
import { bucketBounds, bucketOf } from './series.js';

export const TrajectoryParams = NetworkParams.omit({ at: true, explain: true, actors: true }).extend({
  a: actorParam('first actor'),
  b: actorParam('second actor'),
  from: dateParam('first date of the range'),
  to: dateParam('last date of the range'),
  step: z
    .enum(['month', 'quarter', 'year'])
    .default('month')
    .describe('one point at the end of every month, quarter or year'),
  explainTop: z.number().int().positive().default(5).describe('at most this many explaining records per turn'),
});
export type TrajectoryOptions = z.output<typeof TrajectoryParams>;

export interface TrajectoryPoint {
  date: string;
  weight: number;
  relationWeight: number;
  eventWeight: number;
}

export interface Turn {
  /** The first point with the new sign, and the last one before it with a sign. */
  date: string;
  previous: string;
  from: 1 | -1;
  to: 1 | -1;
  explanation: Explanation[];
}

export interface Trajectory {
  a: string;
  b: string;
  points: TrajectoryPoint[];
  turns: Turn[];
}

export function trajectory(
  data: Pick<AnalysisData, 'events' | 'relations' | 'actors'>,
  o: TrajectoryOptions,
): Trajectory {
  const dates: string[] = [];
  const end = lastDay(o.to);
  for (let label = bucketOf(lastDay(o.from), o.step); ;) {
    const [, last] = bucketBounds(label);
    dates.push(last < end ? last : end);
    if (last >= end) break;
    const next = new Date(`${last}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    label = bucketOf(next.toISOString().slice(0, 10), o.step);
  }
  const none = emptyEdge(o.a, o.b);
  const edges = dates.map(
    (at) => alignmentNetwork(data, { ...o, at, explain: true, actors: [o.a, o.b] }).edges[0] ?? none,
  );
  const turns: Turn[] = [];
  let last = -1;
  edges.forEach((e, k) => {
    if (e.weight === 0) return;
    const prev = edges[last];
    if (prev && Math.sign(prev.weight) !== Math.sign(e.weight)) {
      turns.push({
        date: dates[k]!,
        previous: dates[last]!,
        from: Math.sign(prev.weight) as 1 | -1,
        to: Math.sign(e.weight) as 1 | -1,
        explanation: explain(prev.contributions, e.contributions, o.explainTop),
      });
    }
    last = k;
  });
  const points = edges.map((e, k) => ({
    date: dates[k]!,
    weight: e.weight,
    relationWeight: e.relationWeight,
    eventWeight: e.eventWeight,
  }));
  return { a: o.a, b: o.b, points, turns };
}
