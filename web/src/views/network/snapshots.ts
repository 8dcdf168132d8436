/**
 * Network snapshots for the slider: `/api/analyses/network?at=…&explain=false` (the ties without their
 * evidence, a few kB each), kept in the client cache, with the next months fetched ahead so that
 * stepping and playing draw from memory.
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

export function loadSnapshot(at: string): { cached: boolean; result: Promise<NetworkResult> } {
  const path = snapshotPath(at);
  const cached = isCached(path);
  return { cached, result: cachedJson<NetworkResult>(path) };
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
    queue = queue.then(() => cachedJson(path).catch(() => undefined));
  }
}
