/**
 * An analysis's parameters as a query string: each field of the analysis's zod description, read
 * from text by its JSON type (lists comma-separated, numbers, booleans), then checked by the
 * description itself, so the API accepts exactly what `orrery <analysis>` does. Also what one
 * request may cost: the window, the number of actors and the number of dates computed.
 */
import { z } from 'zod';
import type { Analysis } from '../analysis/analysis.js';
import { firstDay, lastDay } from '../model/index.js';
import { LIMITS, atMost } from './limits.js';
import { bool, list, number } from './params.js';

function jsonType(field: z.ZodType): string | undefined {
  const s = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as { type?: string };
  return s.type;
}

/** Wrap a parameter so it reads its value from query-string text. */
function fromText(field: z.ZodType): z.ZodType {
  const type = jsonType(field);
  const reader =
    type === 'array'
      ? list(z.unknown())
      : type === 'number' || type === 'integer'
        ? number
        : type === 'boolean'
          ? bool
          : undefined;
  if (!reader) return field;
  return z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    const r = reader.safeParse(v);
    return r.success ? r.data : v;
  }, field);
}

export const EXPORT_QUERY = {
  format: z
    .enum(['json', 'csv', 'gexf', 'graphml'])
    .default('json')
    .describe('json (default), csv (one table), gexf or graphml (graph-shaped analyses)'),
  table: z.string().optional().describe('the CSV table to return (default: the first; see outputs.tables)'),
};

export function analysisQuery(a: Analysis): z.ZodObject {
  const shape = Object.fromEntries(Object.entries(a.params.shape).map(([k, f]) => [k, fromText(f as z.ZodType)]));
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
