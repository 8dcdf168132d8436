/** The review queue: pending events with their sentences, decisions, edits, and concurrent reviewers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, NotFoundError, UsageError } from '../../src/model/index.js';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { listPending, reviewEvent } from '../../src/ingest/review.js';
import { filterEvents, EventFilterParams } from '../../src/analysis/filters.js';
import { miniStore } from './helpers/store.js';

const TEXT = 'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\nBetaland accused Alphaland of shelling its border posts on 2 March 2024.\n';

test('pending events are listed with the sentence they cite, the rule and a version', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: TEXT, filename: 'a.txt', published: '2024-03-05' });
  const pending = await listPending(store);
  assert.deepEqual(pending.map((p) => p.event.id).sort(), [...r.created].sort());
  for (const p of pending) {
    assert.match(p.version, /^[0-9a-f]{16}$/);
    assert.ok(p.rule.length > 0);
    assert.ok(p.confidence > 0 && p.confidence <= 1);
    assert.equal(p.passages[0]!.text, TEXT.slice(p.passages[0]!.start, p.passages[0]!.end));
  }
  await store.close();
});

test('accept, reject and edit; only accepted coded events count in analyses by default', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: TEXT, filename: 'a.txt', published: '2024-03-05' });
  const [visit, accuse] = [r.created.find((i) => i.startsWith('consult'))!, r.created.find((i) => i.startsWith('accuse'))!];
  const counted = async (): Promise<string[]> => filterEvents(await store.listEvents(), EventFilterParams.parse({})).map((e) => e.id).filter((id) => r.created.includes(id));
  assert.deepEqual(await counted(), [], 'pending events do not count');
  await reviewEvent(store, visit, 'accept');
  await reviewEvent(store, accuse, 'reject');
  assert.deepEqual(await counted(), [visit]);
  assert.deepEqual((await listPending(store)).length, 0);
  const edited = await reviewEvent(store, accuse, { edit: { type: 'threaten', actor: ['BBB'], recipient: ['AAA', 'NNN'], date: '2024-03', summary: 'Betaland threatens its neighbours.' } });
  assert.deepEqual([edited.event.event_type, edited.event.mode, edited.event.date, edited.event.recipient_country, edited.event.quad_class],
    ['THREATEN', null, '2024-03', ['AAA', 'NNN'], 'verbal-conflict']);
  assert.equal(edited.event.origin.kind === 'coded' && edited.event.origin.review, 'accepted', 'an edit accepts the corrected record');
  await assert.rejects(() => reviewEvent(store, accuse, { edit: { type: 'WAVE' } }), UsageError);
  await assert.rejects(() => reviewEvent(store, accuse, { edit: { date: '2024-13' } }), UsageError);
  await assert.rejects(() => reviewEvent(store, accuse, { edit: { actor: ['ZZZ'] } }), NotFoundError);
  await assert.rejects(() => reviewEvent(store, accuse, { edit: { type: 'ASSAULT', mode: 'phone' } }), /not a mode of ASSAULT/);
  await assert.rejects(() => reviewEvent(store, 'border-protocol-2024', 'accept'), /curated, not coded/);
  await assert.rejects(() => reviewEvent(store, 'no-such-event', 'accept'), NotFoundError);
  await store.close();
});

test('two reviewers on one event: the second, working from the old version, is refused and nothing is lost', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: TEXT, filename: 'a.txt', published: '2024-03-05' });
  const item = (await listPending(store)).find((p) => p.event.id === r.created[0])!;
  // Both reviewers loaded the queue: both hold item.version.
  const first = await reviewEvent(store, item.event.id, { edit: { summary: 'Corrected by the first reviewer.' } }, { ifMatch: item.version });
  await assert.rejects(() => reviewEvent(store, item.event.id, 'reject', { ifMatch: item.version }), ConflictError);
  const now = (await store.getEvent(item.event.id))!;
  assert.equal(now.summary, 'Corrected by the first reviewer.');
  assert.equal(now.origin.kind === 'coded' && now.origin.review, 'accepted');
  // With the new version the second reviewer may go on.
  const second = await reviewEvent(store, item.event.id, 'reject', { ifMatch: first.version });
  assert.equal(second.event.origin.kind === 'coded' && second.event.origin.review, 'rejected');
  await store.close();
});
