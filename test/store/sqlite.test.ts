/** The conformance suite on a real SQLite file. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { storeConformance } from './conformance.js';
import { monitoringConformance } from './monitoring-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-sqlite-'));
let n = 0;
const paths = new WeakMap<Store, string>();

storeConformance(
  'sqlite',
  async () => {
    const path = join(dir, `store-${n++}.db`);
    const s = await openStore(path);
    paths.set(s, path);
    return s;
  },
  async (s) => {
    const path = paths.get(s)!;
    await s.close();
    return openStore(path);
  },
);

monitoringConformance('sqlite', () => openStore(join(dir, `store-${n++}.db`)));
