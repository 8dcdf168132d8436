/**
 * The ingest pipeline on a real SQLite store: documents coded and stored whole, recognised when
 * ingested again, corroborating and contradicting what is there, and never half-written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, type Event } from '../../src/model/index.js';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { plainEvent } from '../../src/model/index.js';
import { eventVersion } from '../../src/store/event-version.js';
import type { Store } from '../../src/store/store.js';
import { bytes, miniStore } from './helpers/store.js';

const FIRST =
  'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\nBetaland accused Alphaland of shelling its border posts on 2 March 2024.\n';

test('a document is stored with its text and its coded events, pending review, citing their sentences', async () => {
  const { store } = await miniStore();
  const r = await ingestDocument(store, { text: FIRST, filename: 'first.txt', published: '2024-03-05', kind: 'news' });
  assert.equal(r.duplicate, false);
  assert.match(r.source.id, /^doc-[0-9a-f]{16}$/);
  assert.equal(r.source.title, 'Wire report.');
  assert.equal(await store.getSourceText(r.source.id), FIRST);
  assert.equal(r.created.length, 2);
  for (const id of r.created) {
    const e = (await store.getEvent(id))!;
    assert.equal(e.origin.kind === 'coded' && e.origin.review, 'pending');
    const c = e.citations[0]!;
    assert.equal(c.source, r.source.id);
    assert.match(FIRST.slice(c.start, c.end), /^(Alphaland leaders visited|Betaland accused)/);
  }
  const visit = (await store.listEvents({ origin: ['coded'], types: ['CONSULT'] }))[0]!;
  assert.deepEqual([visit.actor_country, visit.recipient_country, visit.date], [['AAA'], ['NNN'], '2024-03-04']);
  await store.close();
});

test('the same text again is recognised and nothing is duplicated, whatever the file is called', async () => {
  const { store } = await miniStore();
  const first = await ingestDocument(store, { text: FIRST, filename: 'first.txt', published: '2024-03-05' });
  const before = await store.counts();
  const again = await ingestDocument(store, {
    bytes: bytes(FIRST),
    filename: 'copy-of-first.txt',
    published: '2024-03-05',
  });
  assert.equal(again.duplicate, true);
  assert.equal(again.source.id, first.source.id);
  assert.deepEqual(again.created, []);
  assert.deepEqual(await store.counts(), before);
  await store.close();
});

test('a second source reporting the same event adds a citation instead of a duplicate; a different date becomes a conflict', async () => {
  const { store } = await miniStore();
  const first = await ingestDocument(store, { text: FIRST, filename: 'first.txt', published: '2024-03-05' });
  const visitId = first.created.find((id) => id.startsWith('consult-'))!;
  const second = await ingestDocument(store, {
    text: 'Another wire.\nAlphaland visited Northland on 4 March 2024, officials said.\n',
    filename: 'second.txt',
    published: '2024-03-06',
  });
  assert.deepEqual(second.corroborated, [visitId]);
  assert.deepEqual(second.created, []);
  const visit = (await store.getEvent(visitId))!;
  assert.deepEqual(
    visit.citations.map((c) => c.source),
    [first.source.id, second.source.id],
  );
  assert.equal(await store.countEvents({ types: ['CONSULT'], origin: ['coded'] }), 1);

  const third = await ingestDocument(store, {
    text: 'A late report.\nAlphaland leaders visited Northland on 20 March 2024.\n',
    filename: 'third.txt',
    published: '2024-03-25',
  });
  assert.equal(third.conflicts.length, 1);
  assert.equal(third.created.length, 1, 'the contradicting claim is kept as its own record, for review');
  const conflict = (await store.listConflicts({ record: visitId }))[0]!;
  assert.equal(conflict.kind, 'date');
  assert.deepEqual(
    conflict.claims.map((c) => [c.record, c.value]),
    [
      [visitId, '2024-03-04'],
      [third.created[0], '2024-03-20'],
    ],
  );
  const disputed = (await store.getEvent(third.created[0]!))!;
  assert.equal(disputed.status, 'disputed');
  assert.deepEqual(disputed.counter_claims, [conflict.id]);
  await store.close();
});

test('a document that fails to commit leaves nothing behind', async () => {
  const { store } = await miniStore();
  const broken: Store = Object.create(store) as Store;
  broken.commitDocument = (doc) =>
    store.commitDocument({ ...doc, events: [...doc.events, { ...(doc.events[0] as Event), id: 'Not A Valid Id' }] });
  await assert.rejects(() => ingestDocument(broken, { text: FIRST, filename: 'first.txt', published: '2024-03-05' }));
  assert.equal((await store.counts()).sources, 1, 'only the mini source');
  assert.equal(await store.countEvents({ origin: ['coded'] }), 0);
  await store.close();
});

test('an event changed by another writer while a document is planned: the plan is made again, no update is lost', async () => {
  const { store } = await miniStore();
  const first = await ingestDocument(store, { text: FIRST, filename: 'first.txt', published: '2024-03-05' });
  const visitId = first.created.find((id) => id.startsWith('consult-'))!;
  let raced = 0;
  const racing: Store = Object.create(store) as Store;
  racing.commitDocument = async (doc) => {
    if (raced++ === 0) {
      // Another reviewer accepts the event between planning and commit.
      const e = (await store.getEvent(visitId))!;
      await store.updateEvent(
        { ...plainEvent(e), origin: { kind: 'coded', confidence: 0.9, rule: 'x', review: 'accepted' } },
        eventVersion(e),
      );
    }
    return store.commitDocument(doc);
  };
  const second = await ingestDocument(racing, {
    text: 'Another wire.\nAlphaland visited Northland on 4 March 2024.\n',
    filename: 'second.txt',
    published: '2024-03-06',
  });
  assert.equal(raced, 2, 'the first commit was refused and the document planned again');
  assert.deepEqual(second.corroborated, [visitId]);
  const visit = (await store.getEvent(visitId))!;
  assert.equal(visit.origin.kind === 'coded' && visit.origin.review, 'accepted', "the other writer's change stands");
  assert.equal(visit.citations.length, 2, 'and the citation was added');
  const always: Store = Object.create(store) as Store;
  always.commitDocument = async () => {
    throw new ConflictError('always stale');
  };
  await assert.rejects(
    () =>
      ingestDocument(always, {
        text: 'Third.\nBetaland visited Northland on 1 March 2024.\n',
        filename: 'x.txt',
        published: '2024-03-06',
      }),
    ConflictError,
  );
  await store.close();
});

test('no publication date: asked for when a prompt is available, an error otherwise', async () => {
  const { store } = await miniStore();
  await assert.rejects(
    () => ingestDocument(store, { text: FIRST, filename: 'undated.txt' }),
    /undated\.txt: no publication date/,
  );
  const asked: string[] = [];
  const r = await ingestDocument(
    store,
    { text: FIRST, filename: 'undated.txt' },
    { askPublished: async (f) => (asked.push(f), '2024-03-05') },
  );
  assert.deepEqual(asked, ['undated.txt']);
  assert.equal(r.source.published, '2024-03-05');
  const html =
    '<html><head><meta name="date" content="2024-03-07"><title>Dated page</title></head><body><p>Alphaland leaders visited Northland on 4 March 2024.</p></body></html>';
  const fromMeta = await ingestDocument(store, { bytes: bytes(html), filename: 'page.html' });
  assert.equal(fromMeta.source.published, '2024-03-07');
  assert.equal(fromMeta.source.title, 'Dated page');
  await store.close();
});
