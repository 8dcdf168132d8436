/**
 * The store as a long job on the server's thread should use it: before a call, when the job has
 * held the thread for more than a few milliseconds, it lets the event loop run (setImmediate), so
 * requests that arrived meanwhile are answered between two of the job's reads; and it stops the job
 * (CancelledError) once it is cancelled. Results are the store's own.
 */
import type { Store } from '../../store/store.js';
import { checkCancelled } from './queue.js';

/** Longest run of store calls without letting the event loop turn, in milliseconds. */
export const SLICE_MS = 8;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface YieldingStore {
  store: Store;
  /** Let the event loop turn now if the slice is used up (and check for cancellation). */
  pause(): Promise<void>;
  /** Store calls made through it so far, by method name. */
  calls: Map<string, number>;
}

export function yieldingStore(store: Store, signal: AbortSignal): YieldingStore {
  let since = performance.now();
  const calls = new Map<string, number>();
  const pause = async (): Promise<void> => {
    if (performance.now() - since >= SLICE_MS) {
      await turn();
      since = performance.now();
    }
    checkCancelled(signal);
  };
  const wrapped = new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function' || prop === 'close') return value;
      return async (...args: unknown[]) => {
        await pause();
        if (typeof prop === 'string') calls.set(prop, (calls.get(prop) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, pause, calls };
}
