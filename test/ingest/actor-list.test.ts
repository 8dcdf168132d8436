/**
 * The pipeline hands the coder the same actor array while the store's actors are unchanged (so the
 * gazetteer is built once per watch cycle, not once per item), and a new array once they change: an
 * actor added between two ingests is recognised in the second.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { SCHEMAS, type Dataset } from '../../src/model/index.js';
import { miniDataset } from '../store/conformance.js';
import { miniStore } from './helpers/store.js';

const text = (day: number) => `Zetaland accused Alphaland of shelling its border posts on ${day} March 2024.\n`;

test('an actor added to the store between two ingests is coded in the second', async () => {
  const { store } = await miniStore();
  const before = await ingestDocument(store, { text: text(2), filename: 'one.txt', published: '2024-03-05' });
  const actorsOf = async (ids: string[]) =>
    (await Promise.all(ids.map((id) => store.getEvent(id)))).map((e) => e!.actor);
  assert.ok(!(await actorsOf(before.created)).flat().includes('ZZZ'), 'Zetaland is not an actor yet');

  const ds = miniDataset() as Dataset & { actors: unknown[] };
  ds.actors.push(SCHEMAS.actors.parse({ id: 'ZZZ', kind: 'state', name: 'Zetaland' }));
  await store.loadDataset(ds);
  const after = await ingestDocument(store, { text: text(3), filename: 'two.txt', published: '2024-03-05' });
  assert.deepEqual(await actorsOf(after.created), [['ZZZ']]);
  await store.close();
});
