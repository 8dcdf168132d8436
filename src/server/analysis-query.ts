/**
 * An analysis's parameters as a query string: each field of the analysis's contract, read from text
 * by its JSON type (src/contracts/text.ts: lists comma-separated, numbers, booleans), then checked
 * by the field itself, so the API accepts exactly what `orrery <analysis>` does. Also what one
 * request may cost: the window, the number of actors and the number of dates computed.
 */
import { z } from 'zod';
import type { Analysis } from '../operations/analyses/analysis.js';
import { textField } from '../contracts/text.js';
import { firstDay, lastDay } from '../model/index.js';
import { LIMITS, atMost } from './limits.js';

export const EXPORT_QUERY = {
  format: z
    .enum(['json', 'csv', 'gexf', 'graphml'])
    .default('json')
    .describe('json (default), csv (one table), gexf or graphml (graph-shaped analyses)'),
  table: z.string().optional().describe('the CSV table to return (default: the first; see outputs.tables)'),
};

export function analysisQuery(a: Analysis): z.ZodObject {
  const shape = Object.fromEntries(Object.entries(a.params.shape).map(([k, f]) => [k, textField(f as z.ZodType)]));
  return z.object({ ...shape, ...EXPORT_QUERY }).strict();
}

const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

function monthsBetween(from: string, to: string): number {
  const [a, b] = [firstDay(from), lastDay(to)];
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
}

/** Throws TooCostlyError when the parameters ask for more than LIMITS allow. */
export function analysisCost(p: Record<string, unknown>): void {
  if (typeof p.window === 'number') atMost('window (days)', p.window, LIMITS.windowDays);
  if (Array.isArray(p.actors)) atMost('the number of actors', p.actors.length, LIMITS.actors);
  const step = (p.step ?? p.granularity) as keyof typeof MONTHS | undefined;
  if (step && typeof p.from === 'string' && typeof p.to === 'string') {
    atMost(
      `the number of dates from ${p.from} to ${p.to} by ${step}`,
      Math.ceil(monthsBetween(p.from, p.to) / MONTHS[step]),
      LIMITS.analysisPoints,
    );
  }
}
