/** The event filters shared by `events`, `timeline` and others: declared once, parsed once. */
import type { Command } from 'commander';
import { EVENT_TYPES, STATUSES, dateProblem, UsageError, type EventType, type Status } from '../model/index.js';
import type { EventQuery, OriginKind, Store } from '../store/store.js';
import { resolveActor, resolvePair } from '../store/find-actor.js';

export interface EventOptions {
  actor?: string;
  pair?: string;
  type?: string;
  from?: string;
  to?: string;
  text?: string;
  status?: string;
  origin?: string;
  limit?: string;
  offset?: string;
}

export function addEventOptions(cmd: Command): Command {
  return cmd
    .option('--actor <ids>', 'events involving any of these actors (ids or names, comma-separated)')
    .option('--pair <a,b>', 'events between two actors, either direction')
    .option('--type <types>', `PLOVER event types, comma-separated (${EVENT_TYPES.join(', ')})`)
    .option('--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'on or before this date')
    .option('--text <words>', 'full-text search in summaries')
    .option('--status <statuses>', `statuses, comma-separated (${STATUSES.join(', ')})`)
    .option('--origin <origins>', 'curated, coded, imported (comma-separated; default: all)')
    .option('--limit <n>', 'at most this many events')
    .option('--offset <n>', 'skip this many events first');
}

function csvList(text: string | undefined): string[] | undefined {
  return text
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}

function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = dateProblem(value);
  if (problem) throw new UsageError(`${flag}: ${problem}`);
  return value;
}

function checkInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return n;
}

export async function eventQuery(store: Store, o: EventOptions): Promise<EventQuery> {
  const types = csvList(o.type)?.map((t) => t.toUpperCase());
  const badType = types?.find((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (badType) throw new UsageError(`--type: "${badType}" is not a PLOVER type; use one of ${EVENT_TYPES.join(', ')}`);
  const statuses = csvList(o.status);
  const badStatus = statuses?.find((s) => !(STATUSES as readonly string[]).includes(s));
  if (badStatus) throw new UsageError(`--status: "${badStatus}" is not one of ${STATUSES.join(', ')}`);
  const origins = csvList(o.origin);
  const badOrigin = origins?.find((s) => !['curated', 'coded', 'imported'].includes(s));
  if (badOrigin) throw new UsageError(`--origin: "${badOrigin}" is not one of curated, coded, imported`);
  const actors = csvList(o.actor);
  // Names and titles resolve to the persons of the dates asked about ("Aliyev" in 1995 is Heydar Aliyev).
  const when = o.from || o.to ? { from: checkDate('--from', o.from), to: checkDate('--to', o.to) } : undefined;
  return {
    actor: actors ? await Promise.all(actors.map((a) => resolveActor(store, a, when))) : undefined,
    pair: o.pair ? await resolvePair(store, o.pair, when) : undefined,
    types: types as EventType[] | undefined,
    from: checkDate('--from', o.from),
    to: checkDate('--to', o.to),
    text: o.text,
    status: statuses as Status[] | undefined,
    origin: origins as OriginKind[] | undefined,
    limit: checkInt('--limit', o.limit),
    offset: checkInt('--offset', o.offset),
  };
}
