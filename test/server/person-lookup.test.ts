/** The API resolves names and titles at the date a request is about, as the CLI does. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { personRecords } from '../helpers/persons.js';
import { forEachBackend, type Fixture } from './fixture.js';

type Err = { error: { code: string; message: string } };

forEachBackend(({ miniApp }) => {
  describe('person look-ups in the API', () => {
    let f: Fixture;
    before(async () => (f = await miniApp({}, personRecords())));
    after(() => f.close());

    it('GET /api/actors/Aliyev?at= is Heydar in 1995 and Ilham in 2025', async () => {
      const early = await f.json<{ actor: { id: string } }>('/api/actors/Aliyev?at=1995-05-04');
      assert.equal(early.status, 200);
      assert.equal(early.body.actor.id, 'heydar-aliyev');
      const late = await f.json<{ actor: { id: string } }>('/api/actors/Aliyev?at=2025');
      assert.equal(late.body.actor.id, 'ilham-aliyev');
    });

    it('a title resolves to its holder at the date', async () => {
      const r = await f.json<{ actor: { id: string } }>(
        `/api/actors/${encodeURIComponent('the Armenian prime minister')}?at=2023`,
      );
      assert.equal(r.status, 200);
      assert.equal(r.body.actor.id, 'nikol-pashinyan');
    });

    it('GET /api/events?actor=Aliyev uses the from/to of the request', async () => {
      const r = await f.json<{ items: Array<{ id: string }> }>('/api/events?actor=Aliyev&from=1995&to=1995');
      assert.equal(r.status, 200);
      assert.deepEqual(
        r.body.items.map((e) => e.id),
        ['aliyev-ankara-1995'],
      );
    });

    it('a shared name without a date is a 400 naming the candidates', async () => {
      const { status, body } = await f.json<Err>('/api/actors/Aliyev');
      assert.equal(status, 400);
      assert.match(body.error.message, /ambiguous/);
      assert.match(body.error.message, /heydar-aliyev/);
      assert.match(body.error.message, /ilham-aliyev/);
    });
  });
});
