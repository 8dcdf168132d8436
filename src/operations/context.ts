/**
 * What every operation is given: the store, and the data read from it and from the dataset and
 * source files, loaded once per process and dropped on writes (data.ts). The server keeps one for
 * its life; a CLI command makes one for its run.
 */
import type { Store } from '../store/store.js';
import type { OperationData } from './data.js';

export interface OperationContext {
  store: Store;
  data: OperationData;
}
