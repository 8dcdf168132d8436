/** A real SQLite store in a temporary directory, loaded with the mini dataset, for ingest tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../src/store/open.js';
import type { Store } from '../../../src/store/store.js';
import { miniDataset } from '../../store/conformance.js';

export async function miniStore(): Promise<{ store: Store; dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-ingest-'));
  const path = join(dir, 'orrery.db');
  const store = await openStore(path);
  await store.loadDataset(miniDataset());
  return { store, dir, path };
}

export const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
