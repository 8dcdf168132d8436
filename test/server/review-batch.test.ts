/**
 * The review API's atomic decisions: POST /api/review accepts or rejects several coded events, all
 * of them or none, and a failure names each failing id with its reason, with the status of its
 * kind; PATCH /api/review/:id with a mode its type does not have is a 400 naming the field.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { forEachBackend, type Fixture } from './fixture.js';

type Item = { event: { id: string; review: string }; version: string };
type Err = { error: { code: string; message: string } };

const TEXT =
  'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\nBetaland accused Alphaland of shelling its border posts on 2 March 2024.\n';

const send = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

forEachBackend(({ miniApp }) => {
  describe('review API: several events at once, all or none', () => {
    let f: Fixture;
    let items: Item[];
    beforeEach(async () => {
      f = await miniApp();
      await ingestDocument(f.ctx.store, { text: TEXT, filename: 'wire.txt', published: '2024-03-05' });
      items = (await f.json<{ items: Item[] }>('/api/review')).body.items;
      assert.ok(items.length >= 2, 'two coded events pending');
    });
    afterEach(() => f.close());

    const pending = async (): Promise<string[]> =>
      (await f.json<{ items: Item[] }>('/api/review')).body.items.map((i) => i.event.id).sort();

    it('a missing id: 404, every id named, nothing accepted', async () => {
      const before = await pending();
      const r = await f.json<Err>(
        '/api/review',
        send('POST', {
          action: 'accept',
          items: [
            { id: items[0]!.event.id, if_match: items[0]!.version },
            { id: 'no-such-event', if_match: 'x' },
          ],
        }),
      );
      assert.equal(r.status, 404);
      assert.match(r.body.error.message, /nothing was changed: 1 of 2 event\(s\) cannot be accepted/);
      assert.match(r.body.error.message, /no-such-event: not found/);
      assert.match(r.body.error.message, new RegExp(`\\(${items[0]!.event.id}\\) were not accepted either`));
      assert.deepEqual(await pending(), before);
    });

    it('a stale version: 409 naming it; a curated event: 400; then all of them at once', async () => {
      const before = await pending();
      const [a, b] = items as [Item, Item];
      const stale = await f.json<Err>(
        '/api/review',
        send('POST', {
          action: 'reject',
          items: [
            { id: a.event.id, if_match: a.version },
            { id: b.event.id, if_match: '0000000000000000' },
          ],
        }),
      );
      assert.equal(stale.status, 409);
      assert.match(stale.body.error.message, new RegExp(`${b.event.id}: version mismatch`));
      const curated = await f.json<Err>(
        '/api/review',
        send('POST', {
          action: 'reject',
          items: [
            { id: a.event.id, if_match: a.version },
            { id: 'border-protocol-2024', if_match: 'x' },
          ],
        }),
      );
      assert.equal(curated.status, 400);
      assert.match(curated.body.error.message, /border-protocol-2024: not coded/);
      assert.deepEqual(await pending(), before);
      const ok = await f.json<{ items: Item[] }>(
        '/api/review',
        send('POST', { action: 'reject', items: items.map((i) => ({ id: i.event.id, if_match: i.version })) }),
      );
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.deepEqual(
        ok.body.items.map((i) => i.event.review),
        items.map(() => 'rejected'),
      );
      assert.deepEqual(await pending(), []);
    });

    it('an edit with a mode the type does not have: 400 naming the field and the allowed modes', async () => {
      const a = items[0]!;
      const r = await f.json<Err>(`/api/review/${a.event.id}`, send('PATCH', { mode: 'bogus', if_match: a.version }));
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'invalid');
      assert.match(r.body.error.message, /mode: "bogus" is not a mode of [A-Z]+; allowed: /);
      assert.deepEqual((await pending()).length, items.length);
    });
  });
});
