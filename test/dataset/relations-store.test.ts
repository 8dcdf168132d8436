/**
 * The shipped relations go into each store backend and come back unchanged, phases and their
 * summaries included (relations are kept as JSON beside their indexed columns): what the briefing
 * prints for a phase is what the curator wrote, on SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { loadDataset } from '../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { forEachStoreBackend } from '../helpers/store-backends.js';

const { dataset: ds } = loadDataset(defaultDataDir(), defaultSourcesDir());

forEachStoreBackend((backend) => {
  test('the shipped relations read back with their phases and phase summaries', async () => {
    const { store, dir } = await backend.fresh();
    try {
      await store.loadDataset(ds);
      const back = new Map((await store.listRelations()).map((r) => [r.id, r]));
      let summaries = 0;
      for (const r of ds.relations) {
        assert.deepEqual(back.get(r.id)?.phases, r.phases, r.id);
        summaries += back.get(r.id)!.phases.filter((p) => p.summary).length;
      }
      assert.ok(summaries >= 70, `${summaries} phase summaries read back`);
      assert.match(
        back.get('arm-csto-membership')!.phases.find((p) => p.state === 'frozen')!.summary ?? '',
        /^Armenia .*CSTO/,
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
