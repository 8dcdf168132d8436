/** POST /api/ingest with match_imported: imported rows are corroborated only when asked, and only exactly. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { sha256 } from '../../src/dataset/hash.js';
import { SCHEMAS, type Event, type Source } from '../../src/model/index.js';
import { forEachBackend, type Fixture } from './fixture.js';
import { importSource } from '../helpers/import-source.js';

type Job = { id: string; state: string; result?: { corroborated: string[]; created: string[] }; error?: unknown };

const ARTICLE = 'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\n';

async function importOneRow(f: Fixture): Promise<void> {
  const line = 'row 0';
  const source: Source = importSource('wire-import', sha256(line), { published: '2024-04-01' });
  const session = await f.ctx.store.beginImport(source);
  await session.appendText(line);
  await session.addEvents([
    SCHEMAS.events.parse({
      id: 'imp-0',
      date: '2024-03-04',
      actor: ['AAA'],
      recipient: ['NNN'],
      event_type: 'CONSULT',
      mode: null,
      summary: 'Imported row 0.',
      citations: [{ source: source.id, start: 0, end: line.length, sha256: sha256(line) }],
      origin: { kind: 'imported', dataset: 'imp', external_id: '0' },
    }) as Event,
  ]);
  await session.commit();
  f.ctx.data.changed();
}

async function ingest(f: Fixture, extra: Record<string, unknown>): Promise<Job> {
  const r = await f.json<Job>('/api/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: ARTICLE, filename: 'wire.txt', published: '2024-03-25', ...extra }),
  });
  assert.equal(r.status, 202, JSON.stringify(r.body));
  for (;;) {
    const job = (await f.json<Job>(`/api/jobs/${r.body.id}`)).body;
    if (!['queued', 'running'].includes(job.state)) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

forEachBackend(({ miniApp }) => {
  describe('ingest and imported rows', () => {
    let f: Fixture;
    beforeEach(async () => {
      f = await miniApp();
      await importOneRow(f);
    });
    afterEach(() => f.close());

    it('leaves imported rows alone by default', async () => {
      const job = await ingest(f, {});
      assert.equal(job.state, 'done', JSON.stringify(job.error));
      assert.deepEqual(job.result!.corroborated, []);
      assert.equal((await f.ctx.store.getEvent('imp-0'))!.citations.length, 1);
    });

    it('corroborates the exactly matching row when match_imported is set', async () => {
      const job = await ingest(f, { match_imported: true });
      assert.equal(job.state, 'done', JSON.stringify(job.error));
      assert.deepEqual(job.result!.corroborated, ['imp-0']);
      assert.equal((await f.ctx.store.getEvent('imp-0'))!.citations.length, 2);
    });

    it('refuses a match_imported that is not a boolean, naming the field', async () => {
      const r = await f.json<{ error: { message: string } }>('/api/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: ARTICLE,
          filename: 'wire.txt',
          published: '2024-03-25',
          match_imported: 'sometimes',
        }),
      });
      assert.equal(r.status, 400);
      assert.match(r.body.error.message, /match_imported/);
    });
  });
});
