/** GET /api/actors, /api/actors/:id and /api/relations on the mini dataset. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forEachBackend, type Fixture } from './fixture.js';

type Err = { error: { code: string; message: string; details?: Array<{ where: string; field?: string }> } };

forEachBackend(({ miniApp }) => {
  describe('actors API', () => {
    let f: Fixture;
    before(async () => (f = await miniApp()));
    after(() => f.close());

    it('lists actors, optionally of one kind', async () => {
      const all = await f.json<Array<{ id: string }>>('/api/actors');
      assert.equal(all.status, 200);
      assert.deepEqual(all.body.map((a) => a.id).sort(), ['AAA', 'BBB', 'NNN', 'TERR', 'leader-a']);
      const persons = await f.json<Array<{ id: string; kind: string }>>('/api/actors?kind=person');
      assert.deepEqual(
        persons.body.map((a) => a.id),
        ['leader-a'],
      );
    });

    it('rejects an unknown kind, naming the parameter', async () => {
      const { status, body } = await f.json<Err>('/api/actors?kind=planet');
      assert.equal(status, 400);
      assert.equal(body.error.code, 'invalid');
      assert.equal(body.error.details?.[0]?.field, 'kind');
      assert.match(body.error.message, /kind/);
    });

    it('finds one actor by id or by any of its names, with relations and event count', async () => {
      for (const name of ['AAA', 'Alphaland', 'Alphaville', 'alphan']) {
        const { status, body } = await f.json<{
          actor: { id: string };
          relations: Array<{ id: string }>;
          event_count: number;
        }>(`/api/actors/${encodeURIComponent(name)}`);
        assert.equal(status, 200, name);
        assert.equal(body.actor.id, 'AAA');
        assert.deepEqual(
          body.relations.map((r) => r.id),
          ['northland-base-in-alphaland'],
        );
        assert.equal(body.event_count, await f.ctx.store.countEvents({ actor: ['AAA'] }));
        assert.ok(body.event_count >= 2);
      }
    });

    it('answers 404 for an unknown actor', async () => {
      const { status, body } = await f.json<Err>('/api/actors/Omegaland');
      assert.equal(status, 404);
      assert.equal(body.error.code, 'not_found');
      assert.match(body.error.message, /Omegaland/);
    });

    it('lists relations by actor and date', async () => {
      const at2000 = await f.json<Array<{ id: string }>>('/api/relations?actor=Northland&at=2000');
      assert.deepEqual(
        at2000.body.map((r) => r.id),
        ['northland-base-in-alphaland'],
      );
      const at1990 = await f.json<Array<{ id: string }>>('/api/relations?actor=NNN&at=1990-01-01');
      assert.deepEqual(at1990.body, [], 'the base opened in 1995');
      const byType = await f.json<Array<{ id: string }>>('/api/relations?type=alliance');
      assert.deepEqual(byType.body, []);
    });

    it('rejects malformed relation queries', async () => {
      for (const [path, field] of [
        ['/api/relations?at=1995-02-30', 'at'],
        ['/api/relations?type=friendship', 'type'],
        ['/api/relations?colour=red', 'colour'],
      ] as const) {
        const { status, body } = await f.json<Err>(path);
        assert.equal(status, 400, path);
        assert.equal(body.error.details?.[0]?.field, field, path);
      }
      const unknown = await f.json<Err>('/api/relations?actor=Omegaland');
      assert.equal(unknown.status, 404);
    });
  });
});
