/**
 * Loading the shipped dataset into a store: the files are validated and written in one transaction.
 * Shared by the CLI (`orrery init`, and the first use of an empty store) and by tests that set up
 * a server, so that neither front imports the other.
 */
import { loadDatasetOrThrow } from '../dataset/load.js';
import type { Counts } from '../model/index.js';
import type { Store } from './store.js';

/** Validate the dataset files and load them into the store in one transaction. */
export async function initStore(store: Store, dataDir: string, sourcesDir: string): Promise<Counts> {
  const { dataset } = loadDatasetOrThrow(dataDir, sourcesDir);
  return store.loadDataset(dataset);
}
