/** The review queue: pending events with their sentences, decisions, edits, and concurrent reviewers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, NotFoundError, UsageError, plainEvent } from '../../src/model/index.js';
import { eventVersion } from '../../src/store/event-version.js';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { listPending, reviewEvent, reviewEvents, type ReviewBatchFailure } from '../../src/ingest/review.js';
import { filterEvents, EventFilterParams } from '../../src/analysis/filters.js';
import { miniStore } from './helpers/store.js';

const TEXT =
  'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\nBetaland accused Alphaland of shelling its border posts on 2 March 2024.\n';

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
  const [visit, accuse] = [
    r.created.find((i) => i.startsWith('consult'))!,
    r.created.find((i) => i.startsWith('accuse'))!,
  ];
  const counted = async (): Promise<string[]> =>
    filterEvents(await store.listEvents(), EventFilterParams.parse({}))
      .map((e) => e.id)
      .filter((id) => r.created.includes(id));
  assert.deepEqual(await counted(), [], 'pending events do not count');
  await reviewEvent(store, visit, 'accept');
  await reviewEvent(store, accuse, 'reject');
  assert.deepEqual(await counted(), [visit]);
  assert.deepEqual((await listPending(store)).length, 0);
  const edited = await reviewEvent(store, accuse, {
    edit: {
      type: 'threaten',
      actor: ['BBB'],
      recipient: ['AAA', 'NNN'],
      date: '2024-03',
      summary: 'Betaland threatens its neighbours.',
    },
  });
  assert.deepEqual(
    [
      edited.event.event_type,
      edited.event.mode,
      edited.event.date,
      edited.event.recipient_country,
      edited.event.quad_class,
    ],
    ['THREATEN', null, '2024-03', ['AAA', 'NNN'], 'verbal-conflict'],
  );
  assert.equal(
    edited.event.origin.kind === 'coded' && edited.event.origin.review,
    'accepted',
    'an edit accepts the corrected record',
  );
  await assert.rejects(() => reviewEvent(store, accuse, { edit: { type: 'WAVE' } }), UsageError);
  await assert.rejects(() => reviewEvent(store, accuse, { edit: { date: '2024-13' } }), UsageError);
  await assert.rejects(() => reviewEvent(store, accuse, { edit: { actor: ['ZZZ'] } }), NotFoundError);
  await assert.rejects(
    () => reviewEvent(store, accuse, { edit: { type: 'ASSAULT', mode: 'phone' } }),
    /not a mode of ASSAULT/,
  );
  await assert.rejects(() => reviewEvent(store, 'border-protocol-2024', 'accept'), /curated, not coded/);
  await assert.rejects(() => reviewEvent(store, 'no-such-event', 'accept'), NotFoundError);
  await store.close();
});

test('two reviewers on one event: the second, working from the old version, is refused and nothing is lost', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: TEXT, filename: 'a.txt', published: '2024-03-05' });
  const item = (await listPending(store)).find((p) => p.event.id === r.created[0])!;
  // Both reviewers loaded the queue: both hold item.version.
  const first = await reviewEvent(
    store,
    item.event.id,
    { edit: { summary: 'Corrected by the first reviewer.' } },
    { ifMatch: item.version },
  );
  await assert.rejects(() => reviewEvent(store, item.event.id, 'reject', { ifMatch: item.version }), ConflictError);
  const now = (await store.getEvent(item.event.id))!;
  assert.equal(now.summary, 'Corrected by the first reviewer.');
  assert.equal(now.origin.kind === 'coded' && now.origin.review, 'accepted');
  // With the new version the second reviewer may go on.
  const second = await reviewEvent(store, item.event.id, 'reject', { ifMatch: first.version });
  assert.equal(second.event.origin.kind === 'coded' && second.event.origin.review, 'rejected');
  await store.close();
});

test('several ids are decided all or none: one failing id changes nothing and is named with its reason', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: TEXT, filename: 'a.txt', published: '2024-03-05' });
  const [good, other] = r.created as [string, string];
  const pending = async (): Promise<string[]> => (await listPending(store)).map((p) => p.event.id).sort();
  const before = await pending();
  assert.deepEqual(before, [good, other].sort());

  const missing = await reviewEvents(store, [good, 'no-such-event'], 'accept').then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(missing instanceof NotFoundError, 'a missing id is a not-found error (exit 3, 404)');
  assert.match(missing.message, /nothing was changed: 1 of 2 event\(s\) cannot be accepted/);
  assert.match(missing.message, /no-such-event: not found/);
  assert.match(missing.message, new RegExp(`the others \\(${good}\\) were not accepted either`));
  assert.deepEqual(
    (missing as unknown as ReviewBatchFailure).failures.map((f) => [f.id, f.reason]),
    [['no-such-event', 'not found']],
  );
  assert.deepEqual(await pending(), before, 'the good id was not accepted');

  const curated = await reviewEvents(store, [good, 'border-protocol-2024'], 'reject').then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(curated instanceof UsageError);
  assert.match(curated.message, /border-protocol-2024: not coded/);

  const stale = await reviewEvents(store, [good, other], 'accept', { ifMatch: [undefined, '0000000000000000'] }).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(stale instanceof ConflictError);
  assert.match(stale.message, new RegExp(`${other}: version mismatch`));
  assert.deepEqual(await pending(), before);

  const mixed = await reviewEvents(store, ['gone', 'border-protocol-2024', other], 'accept', {
    ifMatch: [undefined, undefined, 'ffffffffffffffff'],
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(mixed instanceof NotFoundError, 'not found comes first');
  assert.deepEqual(
    (mixed as unknown as ReviewBatchFailure).failures.map((f) => f.reason),
    ['not found', 'not coded', 'version mismatch'],
  );

  const done = await reviewEvents(store, [good, other], 'accept');
  assert.deepEqual(
    done.map((d) => d.event.origin.kind === 'coded' && d.event.origin.review),
    ['accepted', 'accepted'],
  );
  assert.deepEqual(await pending(), []);
  await store.close();
});

test('a write that fails inside the transaction undoes the events written before it', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: TEXT, filename: 'a.txt', published: '2024-03-05' });
  const [a, b] = r.created as [string, string];
  const before = (await store.getEvent(a))!;
  const bEvent = (await store.getEvent(b))!;
  const bVersion = eventVersion(bEvent);
  await assert.rejects(
    () =>
      store.updateEvents([
        { event: { ...plainEvent(before), summary: 'Changed.' }, ifMatch: eventVersion(before) },
        { event: plainEvent(bEvent), ifMatch: 'not-its-version' },
      ]),
    ConflictError,
  );
  assert.equal((await store.getEvent(a))!.summary, before.summary, 'the first write was rolled back');
  assert.equal(eventVersion((await store.getEvent(b))!), bVersion);
  await store.close();
});

test('an edit with a mode the type does not have is a usage error naming the field and the allowed modes', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: TEXT, filename: 'a.txt', published: '2024-03-05' });
  const visit = r.created.find((i) => i.startsWith('consult'))!;
  const error = await reviewEvent(store, visit, { edit: { mode: 'bogus' } }).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof UsageError, String(error));
  assert.match(error.message, /^mode: "bogus" is not a mode of CONSULT; allowed: phone, visit, host/);
  const summary = await reviewEvent(store, visit, { edit: { summary: 'x'.repeat(500) } }).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(summary instanceof UsageError, String(summary));
  assert.match(summary.message, /summary:/);
  const after = (await store.getEvent(visit))!;
  assert.equal(after.origin.kind === 'coded' && after.origin.review, 'pending', 'nothing was written');
  await store.close();
});
