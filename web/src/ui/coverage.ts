/**
 * What the data covers, for the first screen: the date of the newest event in the record (the date
 * the views open at when the URL names none), the oldest, and the sources. Read from the API's own
 * answers (/api/stats gives the first and last days and the years), once per page load.
 */
import { useEffect, useState } from 'react';
import { sourcesContract, statsContract } from '../../../src/contracts/reads/index';
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

async function load(): Promise<Coverage> {
  const [stats, sources] = await Promise.all([
    call(statsContract, {}) as Promise<ResultOf<typeof statsContract>>,
    call(sourcesContract, {}) as Promise<Source[]>,
  ]);
  const years = Object.keys(stats.events_by_year).sort();
  const first = years[0] ?? '1988';
  const last = years[years.length - 1] ?? String(new Date().getUTCFullYear());
  return {
    newest: stats.newest_event ?? `${last}-12-31`,
    oldest: stats.oldest_event ?? first,
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
