/**
 * The event filters of `events`, `export` and others: the options are made from the events
 * contract's input (the filters the API takes, `--review` among them, plus --limit and --offset),
 * and read by it, so the command line and GET /api/events accept the same values.
 */
import type { Command } from 'commander';
import type { z } from 'zod';
import { eventsContract } from '../contracts/reads/events.js';
import { eventQuery as queryOf } from '../operations/reads/events.js';
import type { EventQuery, Store } from '../store/store.js';
import { addInputOptions, readParams } from './operation-command.js';

/** The filters and the window of a listing (the contract's input without its format). */
export const EventSelection = eventsContract.input.omit({ format: true });
export type EventSelection = z.output<typeof EventSelection>;

/** What commander gives: each option's text by its attribute name. */
export type EventOptions = Record<string, unknown>;

const HELP = {
  limit: 'at most this many events (default: all)',
};

export function addEventOptions(cmd: Command): Command {
  addInputOptions(cmd, EventSelection, { help: HELP });
  return cmd;
}

/** The checked filters, with actor names resolved to ids (other options of the command are left out). */
export async function eventParams(store: Store, o: EventOptions): Promise<EventSelection> {
  const raw = Object.fromEntries(Object.keys(EventSelection.shape).map((k) => [k, o[k]]));
  return readParams(store, EventSelection, raw);
}

/** The store's query for the options (limit and offset included). */
export async function eventQuery(store: Store, o: EventOptions): Promise<EventQuery> {
  const p = await eventParams(store, o);
  return { ...queryOf(p), limit: p.limit, offset: p.offset };
}
