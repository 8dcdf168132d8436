/** GET /api/sources, /api/sources/:id and /api/passages on the mini dataset. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '../../src/dataset/hash.js';
import { MINI_TEXT, cite, miniRecords } from '../helpers/mini.js';
import { forEachBackend, type Fixture } from './fixture.js';

forEachBackend(({ miniApp }) => {
  describe('sources API', () => {
    let f: Fixture;
    before(async () => (f = await miniApp()));
    after(() => f.close());

    it('lists the sources', async () => {
      const { status, body } = await f.json<Array<{ id: string; sha256: string }>>('/api/sources');
      assert.equal(status, 200);
      assert.deepEqual(
        body.map((s) => s.id),
        ['mini'],
      );
      assert.equal(body[0]!.sha256, sha256(MINI_TEXT));
    });

    it('gives one source with its text and every cited passage with the records citing it', async () => {
      type Detail = {
        source: { id: string };
        text: string | null;
        text_problem?: string;
        passages: Array<{
          start: number;
          end: number;
          sha256: string;
          records: Array<{ kind: string; id: string; summary: string }>;
        }>;
      };
      const { status, body } = await f.json<Detail>('/api/sources/mini');
      assert.equal(status, 200);
      assert.equal(body.text, MINI_TEXT);
      assert.equal(body.text_problem, undefined);
      const starts = body.passages.map((p) => p.start);
      assert.deepEqual(
        starts,
        [...starts].sort((a, b) => a - b),
        'passages in text order',
      );
      const base = cite('The northern power opened a base in the first state in 1995 and keeps it there.');
      const p = body.passages.find((x) => x.start === base.start && x.end === base.end);
      assert.ok(p, "the relation's passage is listed");
      assert.deepEqual(
        p.records,
        [
          { kind: 'relation', id: 'northland-base-in-alphaland', summary: 'Northland keeps a base in Alphaland.' },
          {
            kind: 'claim',
            id: 'northland-backs-alphaland',
            summary: 'Northland stands by Alphaland: its base makes their tie a friendly one.',
          },
        ],
        'a claim resting on the passage is listed with its statement',
      );
      const kinds = new Set(body.passages.flatMap((x) => x.records.map((r) => r.kind)));
      assert.deepEqual([...kinds].sort(), ['claim', 'conflict', 'event', 'relation']);
      for (const x of body.passages) assert.equal(sha256(MINI_TEXT.slice(x.start, x.end)), x.sha256);
    });

    it('says where the text was expected when it is missing', async () => {
      const g = await miniApp({ sourcesDir: '/nonexistent/sources' });
      try {
        const { status, body } = await g.json<{ text: null; text_problem: string }>('/api/sources/mini');
        assert.equal(status, 200);
        assert.equal(body.text, null);
        assert.match(body.text_problem, /\/nonexistent\/sources\/mini\.txt/);
        const passage = await g.json<{ error: { code: string } }>('/api/passages?source=mini&start=0&end=4');
        assert.equal(passage.status, 503);
        assert.equal(passage.body.error.code, 'unavailable');
      } finally {
        await g.close();
      }
    });

    it('answers 404 for an unknown source', async () => {
      const { status, body } = await f.json<{ error: { code: string; message: string } }>('/api/sources/no-such-doc');
      assert.equal(status, 404);
      assert.equal(body.error.code, 'not_found');
      assert.match(body.error.message, /no-such-doc/);
    });

    it('reads a passage by offsets, with its hash', async () => {
      const c = cite('signed a border protocol');
      const { status, body } = await f.json<{ text: string; sha256: string }>(
        `/api/passages?source=mini&start=${c.start}&end=${c.end}`,
      );
      assert.equal(status, 200);
      assert.equal(body.text, 'signed a border protocol');
      assert.equal(body.sha256, c.sha256);
    });

    it('rejects malformed passage requests with what is wrong', async () => {
      const cases: Array<[string, number, RegExp]> = [
        ['/api/passages?source=mini&start=10&end=5', 400, /end \(5\) must be greater than start \(10\)/],
        ['/api/passages?source=mini&start=0&end=999999', 400, /past the end/],
        ['/api/passages?source=mini&start=-1&end=5', 400, /start/],
        ['/api/passages?source=mini&start=abc&end=5', 400, /start/],
        ['/api/passages?start=0&end=5', 400, /source/],
        ['/api/passages?source=nope&start=0&end=5', 404, /nope/],
      ];
      for (const [path, code, message] of cases) {
        const { status, body } = await f.json<{ error: { message: string } }>(path);
        assert.equal(status, code, path);
        assert.match(body.error.message, message, path);
      }
    });

    it('returns markup in a source text as JSON-escaped text, never as HTML', async () => {
      const records = miniRecords();
      const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & more';
      const g = await miniApp({}, records);
      try {
        // The store keeps ingested texts; put one holding markup and read it back through the API.
        const text = `A report. ${hostile}`;
        await g.ctx.store.putSource(
          {
            ...records.sources[0]!,
            id: 'hostile',
            title: '<b>bold</b> title',
            file: 'hostile.txt',
            sha256: sha256(text),
          } as never,
          text,
        );
        g.ctx.data.changed();
        const r = await g.get('/api/sources/hostile');
        assert.equal(r.status, 200);
        assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
        const raw = await r.text();
        assert.ok(!raw.includes('<'), 'no raw < in the body');
        assert.ok(!raw.includes('>'), 'no raw > in the body');
        const body = JSON.parse(raw) as { text: string; source: { title: string } };
        assert.equal(body.text, text, 'the text comes back exactly');
        assert.equal(body.source.title, '<b>bold</b> title');
      } finally {
        await g.close();
      }
    });
  });
});
