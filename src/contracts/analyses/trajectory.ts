/** `trajectory`: one tie's weight over time, and when it turned. */
import { z } from 'zod';
import { TrajectoryParams } from '../../analysis/trajectory.js';
import { analysisContract } from './define.js';
import { Explanation } from './parts.js';

const Sign = z.union([z.literal(1), z.literal(-1)]);

export const TrajectoryPoint = z
  .strictObject({ date: z.string(), weight: z.number(), relationWeight: z.number(), eventWeight: z.number() })
  .meta({ id: 'TrajectoryPoint' });

export const Turn = z
  .strictObject({
    date: z.string().describe('the first point with the new sign'),
    previous: z.string().describe('the last point before it with a sign'),
    from: Sign,
    to: Sign,
    explanation: z.array(Explanation),
  })
  .meta({ id: 'TrajectoryTurn' });

export const TrajectoryResult = z
  .strictObject({ a: z.string(), b: z.string(), points: z.array(TrajectoryPoint), turns: z.array(Turn) })
  .meta({ id: 'TrajectoryResult' });

export const trajectoryContract = analysisContract({
  id: 'trajectory',
  title: 'A tie over time',
  description:
    'The alignment weight between two actors at the end of every month, quarter or year of a range, and the turns where its sign changes, each explained by the relations and events that changed.',
  input: TrajectoryParams,
  result: TrajectoryResult,
  positional: ['a', 'b'],
  tables: { points: 'one row per date', turns: 'one row per record explaining a turn' },
});
