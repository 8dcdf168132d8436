/** `diff`: how the alignment network changed between two dates, and why. */
import { z } from 'zod';
import { DiffParams } from '../../analysis/diff.js';
import { analysisContract } from './define.js';
import { Change, Explanation, Tie } from './parts.js';

export const TieChange = Tie.extend({
  ...Change,
  signFlip: z.boolean(),
  explanation: z.array(Explanation).describe('the records whose contributions differ, largest change first'),
}).meta({ id: 'TieChange' });

export const ActorChange = z
  .strictObject({
    id: z.string(),
    change: z.number().describe('Σ |Δw| over its ties'),
    blocBefore: z.number().int().nullable(),
    blocAfter: z.number().int().nullable(),
    blocPartnersGained: z.array(z.string()),
    blocPartnersLost: z.array(z.string()),
    ties: z.array(z.strictObject({ other: z.string(), ...Change })),
    explanation: z.array(Explanation),
  })
  .meta({ id: 'ActorChange' });

export const DiffResult = z
  .strictObject({
    from: z.string(),
    to: z.string(),
    changes: z.array(TieChange).describe('sign flips first, then by absolute change'),
    actors: z.array(ActorChange).describe('by how much their ties moved'),
  })
  .meta({ id: 'DiffResult' });

export const diffContract = analysisContract({
  id: 'diff',
  title: 'Change between two dates',
  description:
    'Ties ranked by change (sign flips first) and actors ranked by how much their ties moved, each explained by the relations and events whose contributions differ.',
  input: DiffParams,
  result: DiffResult,
  positional: ['from', 'to'],
  tables: {
    changes: 'one row per tie that changed',
    actors: 'one row per actor',
    explanation: 'one row per record explaining a tie change',
  },
  graph: true,
});
