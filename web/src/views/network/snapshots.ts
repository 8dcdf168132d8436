/**
 * Network snapshots for the slider: `/api/analyses/network?at=…&explain=false` (the ties without their
 * evidence, a few kB each), kept in the client cache, with the next months fetched ahead so that
 * stepping and playing draw from memory. An answer that has arrived is also at hand synchronously
 * (`now`), so a slider step to a fetched month is drawn in the same task as the key press, without
 * waiting for a promise to settle and a second render.
 */
import { urlFor } from '../../api/call';
import { cachedJson, isCached } from '../../api/client';
import type { ResultOf } from '../../../../src/contracts/contract';
import { networkContract } from '../../../../src/contracts/analyses/network';
import { monthEnd, MONTHS } from '../../url/dates';

export type NetworkResult = ResultOf<typeof networkContract>;

export function snapshotPath(at: string): string {
  return urlFor(networkContract, { at, explain: false });
}

// The value each settled request gave, keyed by the client cache's own promise: when the cache forgets
// a path (after a write) the next request is a new promise, so a stale answer is never read from here.
const settled = new WeakMap<Promise<unknown>, NetworkResult>();
const tracked = new WeakSet<Promise<unknown>>();

function track(p: Promise<NetworkResult>): Promise<NetworkResult> {
  if (!tracked.has(p)) {
    tracked.add(p);
    p.then(
      (v) => settled.set(p, v),
      () => undefined,
    );
  }
  return p;
}

export interface Snapshot {
  /** Whether the request had been made before (by a prefetch or an earlier visit). */
  cached: boolean;
  result: Promise<NetworkResult>;
  /** The answer, when it has already arrived. */
  now: NetworkResult | undefined;
}

export function loadSnapshot(at: string): Snapshot {
  const path = snapshotPath(at);
  const cached = isCached(path);
  const result = track(cachedJson<NetworkResult>(path));
  return { cached, result, now: settled.get(result) };
}

/** The snapshot at `at` if it has arrived already, without asking for it. */
export function snapshotNow(at: string): NetworkResult | undefined {
  const path = snapshotPath(at);
  return isCached(path) ? settled.get(track(cachedJson<NetworkResult>(path))) : undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/** Fetch the months around `index` (the next ones first) one after another, behind what the view asks for. */
export function prefetchAround(index: number, ahead = 4, behind = 1): void {
  const wanted: number[] = [];
  for (let d = 1; d <= Math.max(ahead, behind); d++) {
    if (d <= ahead) wanted.push(index + d);
    if (d <= behind) wanted.push(index - d);
  }
  for (const i of wanted) {
    if (i < 0 || i >= MONTHS) continue;
    const path = snapshotPath(monthEnd(i));
    if (isCached(path)) continue;
    queue = queue.then(() => track(cachedJson<NetworkResult>(path)).catch(() => undefined));
  }
}
