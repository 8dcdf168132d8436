/**
 * Schemas only the server has: the error body. The records the operations answer with are in
 * src/contracts/records.ts (re-exported here for the routes that are not operations: ingest, review).
 */
import { z } from 'zod';

export * from '../contracts/records.js';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum([
        'invalid',
        'not_found',
        'conflict',
        'unauthorized',
        'forbidden',
        'too_large',
        'too_costly',
        'unavailable',
        'internal',
      ]),
      message: z.string(),
      details: z
        .array(
          z.object({
            where: z.string(),
            record: z.string().optional(),
            field: z.string().optional(),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .meta({
    id: 'Error',
    description:
      'what went wrong, and where (details: one entry per problem, with the part of the request and the field)',
  });
