/**
 * Making a watched feed's record from what `watch add` is given: the target (an http(s) URL, or a
 * directory that exists), a name (from the URL's host and path, or the directory's name, when none
 * is given) and its id (the name in kebab-case, made unique), and the period (`--every 1h`).
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { FeedState, idFromText, UsageError, type Feed } from '../../model/index.js';
import { checkLiteralHost, checkUrl } from './address.js';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds in a period like `90s`, `15m`, `1h`, `1d` (a bare number is minutes). */
export function parseEvery(raw: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(raw);
  const seconds = m ? Math.round(Number(m[1]) * UNITS[(m[2] || 'm').toLowerCase()]!) : NaN;
  if (!(seconds >= 1)) throw new UsageError(`--every: give a period like 30m, 1h or 1d, not "${raw}"`);
  return seconds;
}

/** A period in the largest unit that divides it. */
export function formatEvery(seconds: number): string {
  for (const [unit, n] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const)
    if (seconds % n === 0) return `${seconds / n}${unit}`;
  return `${seconds}s`;
}

const slug = (s: string): string => idFromText(s) || 'feed';

export interface NewFeed {
  target: string;
  name?: string;
  every?: string;
  publicOnly?: boolean;
  now?: Date;
}

/** The record for a new feed; `taken` are the ids already used. */
export async function newFeed(o: NewFeed, taken: Set<string>): Promise<Feed> {
  const every = parseEvery(o.every ?? '1h');
  let kind: Feed['kind'];
  let target: string;
  let name: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(o.target)) {
    let url: URL;
    try {
      url = checkUrl(o.target);
      if (o.publicOnly) checkLiteralHost(url);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    kind = 'url';
    target = url.href;
    name = o.name ?? `${url.hostname}${url.pathname === '/' ? '' : url.pathname}`;
  } else {
    target = resolve(o.target);
    const info = await stat(target).catch(() => undefined);
    if (!info) throw new UsageError(`${o.target}: no such directory (give an http(s) URL or a directory)`);
    if (!info.isDirectory())
      throw new UsageError(
        `${o.target} is a file, not a directory: ingest it with \`orrery ingest\`, or watch its folder`,
      );
    kind = 'directory';
    name = o.name ?? basename(target);
  }
  const base = slug(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return {
    id,
    name,
    kind,
    target,
    every,
    public_only: Boolean(o.publicOnly),
    added: (o.now ?? new Date()).toISOString(),
    state: FeedState.parse({}),
  };
}
