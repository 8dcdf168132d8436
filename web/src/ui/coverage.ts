/**
 * What the data covers, for the first screen: the date of the newest event in the record (the date
 * the views open at when the URL names none), the oldest, and the sources. Read from the API's own
 * answers (/api/stats gives the years; /api/events, in date order, the days of the first and last
 * year), once per page load.
 */
import { useEffect, useState } from 'react';
import { eventsContract, sourcesContract, statsContract } from '../../../src/contracts/reads/index';
import type { ResultOf } from '../../../src/contracts/contract';
import { call } from '../api/call';
import type { Source } from '../api/types';

export interface Coverage {
  /** The date of the newest event (YYYY-MM-DD; an event dated only by month or year counts from its first day, so it never moves the date past what is known). */
  newest: string;
  /** The date of the oldest event. */
  oldest: string;
  events: number;
  sources: Source[];
}

/** The first day a date of any precision can mean: "2026-03" → "2026-03-01", "2026" → "2026-01-01". */
export function firstDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}-${m ?? '01'}-${d ?? '01'}`.slice(0, 10);
}

async function load(): Promise<Coverage> {
  const [stats, sources] = await Promise.all([
    call(statsContract, {}) as Promise<ResultOf<typeof statsContract>>,
    call(sourcesContract, {}) as Promise<Source[]>,
  ]);
  const years = Object.keys(stats.events_by_year).sort();
  const first = years[0] ?? '1988';
  const last = years[years.length - 1] ?? String(new Date().getUTCFullYear());
  const [head, tail] = await Promise.all([
    call(eventsContract, { from: first, to: first, limit: 1 }),
    call(eventsContract, { from: last, to: last, limit: 1000 }),
  ]);
  const dates = tail.items.map((e) => firstDay(e.date)).sort();
  return {
    newest: dates[dates.length - 1] ?? `${last}-12-31`,
    oldest: head.items[0]?.date ?? first,
    events: Object.values(stats.events_by_year).reduce((a, b) => a + b, 0),
    sources,
  };
}

let pending: Promise<Coverage> | null = null;

/** The coverage, loaded once and shared. */
export function coverage(): Promise<Coverage> {
  if (!pending) {
    pending = load();
    pending.catch(() => (pending = null));
  }
  return pending;
}

export function useCoverage(): { data: Coverage | undefined; error: Error | undefined } {
  const [state, setState] = useState<{ data?: Coverage; error?: Error }>({});
  useEffect(() => {
    let live = true;
    coverage().then(
      (data) => live && setState({ data }),
      (error: Error) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return { data: state.data, error: state.error };
}
