/**
 * POST /api/ingest (JSON and multipart uploads, run as jobs followed to their end through
 * GET /api/jobs/:id) and the review queue (GET /api/review, POST and PATCH /api/review/:id) on the
 * mini dataset: coded candidates with their sentences and rules, markup kept as text, oversized
 * uploads, duplicates, stale and concurrent reviews.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { LIMITS } from '../../src/server/limits.js';
import { forEachBackend, type Fixture } from './fixture.js';

type Item = {
  event: { id: string; event_type: string; review: string; summary: string; actor: string[] };
  version: string;
  rule: string;
  confidence: number;
  passages: Array<{ text: string | null }>;
};
type Report = { source: { id: string }; duplicate: boolean; created: string[]; events: Item[] };
type Err = { error: { code: string; message: string } };
type Job = { id: string; state: string; result?: Report; error?: Err['error'] };

/**
 * POST /api/ingest and follow the job to its end: the job's result, or its error, answered the way
 * the request would have answered it when ingest ran in the request (201, 200 for a duplicate, the
 * error's status otherwise). A request refused before any job was made answers as it is.
 */
async function ingestVia(f: Fixture, init: RequestInit): Promise<{ status: number; body: unknown; job?: string }> {
  const r = await f.get('/api/ingest', init);
  const first = (await r.json()) as Job | Err;
  if (r.status !== 202) return { status: r.status, body: first };
  const job = first as Job;
  assert.equal(r.headers.get('location'), `/api/jobs/${job.id}`);
  for (;;) {
    const { body } = await f.json<Job>(`/api/jobs/${job.id}`);
    if (body.state === 'done') return { status: body.result!.duplicate ? 200 : 201, body: body.result, job: job.id };
    if (body.state === 'failed')
      return {
        status: ({ invalid: 400, not_found: 404, conflict: 409 } as Record<string, number>)[body.error!.code] ?? 500,
        body: { error: body.error },
        job: job.id,
      };
    assert.ok(body.state === 'queued' || body.state === 'running', `job state ${body.state}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const WIRE = [
  'Wire report, 2 March 2024.',
  'Alphaland accused Betaland of shelling border villages on 1 March 2024.',
  'Northland sent humanitarian aid to Alphaland on 2 March 2024.',
].join('\n');

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

forEachBackend(({ miniApp }) => {
  describe('ingest and review API', () => {
    let f: Fixture;
    beforeEach(async () => (f = await miniApp()));
    afterEach(() => f.close());

    const ingest = async (text = WIRE): Promise<Report> => {
      const { status, body } = await ingestVia(f, post({ text, filename: 'wire.txt', published: '2024-03-02' }));
      assert.equal(status, 201, JSON.stringify(body));
      return body as Report;
    };

    it('ingests posted text: coded events with their sentences and rules, pending review', async () => {
      const report = await ingest();
      assert.equal(report.duplicate, false);
      assert.ok(report.created.length >= 2, `created ${report.created.join(', ')}`);
      assert.deepEqual(report.events.map((e) => e.event.id).sort(), [...report.created].sort());
      for (const item of report.events) {
        assert.equal(item.event.review, 'pending');
        assert.ok(item.rule.length > 0 && item.confidence > 0 && item.confidence <= 1);
        assert.ok(item.passages.length > 0 && item.passages.every((p) => p.text && WIRE.includes(p.text)));
      }
      const accuse = report.events.find((e) => e.event.event_type === 'ACCUSE');
      assert.ok(accuse, 'the accusation is coded');
      assert.deepEqual(accuse.event.actor, ['AAA']);
      const queue = await f.json<{ total: number; items: Item[] }>('/api/review');
      assert.equal(queue.body.total, report.created.length);
      assert.deepEqual(queue.body.items.map((i) => i.event.id).sort(), [...report.created].sort());
      const source = await f.json<{ text: string }>(`/api/sources/${report.source.id}`);
      assert.equal(source.body.text, WIRE, 'the stored text is served back');
      const again = await ingestVia(f, post({ text: WIRE, filename: 'copy.txt', published: '2024-03-02' }));
      assert.equal(again.status, 200);
      assert.equal((again.body as Report).duplicate, true);
      assert.deepEqual((again.body as Report).created, []);
    });

    it('ingests an uploaded HTML file and keeps its markup out of the answer', async () => {
      const html = `<!doctype html><html><head><title>Border wire</title><script>alert("x")</script></head><body><article><h1>Border wire</h1><p>${WIRE.split('\n').slice(1).join('</p><p>')}</p><p>Reporters saw &lt;b&gt;nothing&lt;/b&gt; else.</p></article></body></html>`;
      const form = new FormData();
      form.set('file', new File([html], 'wire.html', { type: 'text/html' }));
      form.set('published', '2024-03-02');
      const r = await ingestVia(f, { method: 'POST', body: form });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const report = r.body as Report;
      const raw = await (await f.get(`/api/jobs/${r.job!}`)).text();
      assert.ok(!raw.includes('<'), "no raw markup in the job's JSON");
      assert.ok(report.created.length >= 1);
      const source = await f.get(`/api/sources/${report.source.id}`);
      const sourceRaw = await source.text();
      assert.ok(!sourceRaw.includes('<'));
      const text = (JSON.parse(sourceRaw) as { text: string }).text;
      assert.ok(!text.includes('alert('), 'the script is not part of the text');
      assert.match(text, /<b>nothing<\/b>/, 'escaped markup in the page is text, returned as text');
    });

    it('rejects what it cannot ingest, saying why, and stores nothing', async () => {
      const cases: Array<[RequestInit, number, RegExp]> = [
        [post({ text: WIRE, filename: 'wire.txt' }), 400, /publication date/],
        [post({ text: '   ', filename: 'empty.txt', published: '2024' }), 400, /empty/],
        [post({ filename: 'nothing.txt', published: '2024' }), 400, /text/],
        [post({ text: WIRE, filename: 'wire.txt', published: '2024-02-30' }), 400, /published/],
        [post({ text: WIRE, filename: 'wire.txt', published: '2024', colour: 'red' }), 400, /colour/],
        [{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: WIRE }, 400, /multipart\/form-data/],
        [
          {
            method: 'POST',
            body: (() => {
              const fd = new FormData();
              fd.set('published', '2024');
              return fd;
            })(),
          },
          400,
          /no "file"/,
        ],
      ];
      for (const [init, status, message] of cases) {
        const r = await ingestVia(f, init);
        assert.equal(r.status, status, String(init.body));
        assert.match((r.body as Err).error.message, message);
      }
      assert.equal((await f.ctx.store.listSources()).length, 1, 'nothing was stored');
    });

    it('refuses an upload over the limit with 413', async () => {
      const form = new FormData();
      form.set('file', new File(['a'.repeat(LIMITS.uploadBytes + 1)], 'huge.txt', { type: 'text/plain' }));
      form.set('published', '2024');
      const r = await f.json<Err>('/api/ingest', { method: 'POST', body: form });
      assert.equal(r.status, 413);
      assert.equal(r.body.error.code, 'too_large');
      assert.equal((await f.ctx.store.listSources()).length, 1);
    });

    it('needs the token for ingest and review when the server has one', async () => {
      const g = await miniApp({ token: 'a-token-of-some-length' });
      try {
        assert.equal(
          (await g.get('/api/ingest', post({ text: WIRE, filename: 'w.txt', published: '2024' }))).status,
          401,
        );
        assert.equal((await g.get('/api/jobs/job-x', { method: 'DELETE' })).status, 401, 'cancelling is a write too');
        assert.equal((await g.get('/api/review/x', { ...post({ if_match: 'v' }), method: 'PATCH' })).status, 401);
        const ok = await ingestVia(
          g,
          post(
            { text: WIRE, filename: 'w.txt', published: '2024' },
            { authorization: 'Bearer a-token-of-some-length' },
          ),
        );
        assert.equal(ok.status, 201);
      } finally {
        await g.close();
      }
    });

    it('accepts and rejects coded events; only accepted ones count in the analyses', async () => {
      const report = await ingest();
      const a = report.events.find((e) => e.event.event_type === 'ACCUSE')!;
      const b = report.events.find((e) => e.event.event_type === 'AID')!;
      assert.ok(a && b, 'the wire codes an accusation (AAA→BBB) and aid (NNN→AAA)');
      const contributions = async (): Promise<Set<string>> => {
        const network = await f.json<{ edges: Array<{ contributions: Array<{ id: string }> }> }>(
          '/api/analyses/network?at=2024-06-01',
        );
        return new Set(network.body.edges.flatMap((e) => e.contributions.map((c) => c.id)));
      };
      const pending = await contributions();
      assert.ok(!pending.has(a.event.id) && !pending.has(b.event.id), 'pending events do not count');
      const accepted = await f.json<{ event: { review: string }; version: string }>(
        `/api/review/${a.event.id}`,
        post({ action: 'accept', if_match: a.version }),
      );
      assert.equal(accepted.status, 200);
      assert.equal(accepted.body.event.review, 'accepted');
      assert.notEqual(accepted.body.version, a.version);
      const rejected = await f.json<{ event: { review: string } }>(
        `/api/review/${b.event.id}`,
        post({ action: 'reject', if_match: b.version }),
      );
      assert.equal(rejected.body.event.review, 'rejected');
      const queue = await f.json<{ total: number; items: Item[] }>('/api/review');
      assert.equal(queue.body.total, report.created.length - 2);
      assert.ok(!queue.body.items.some((i) => i.event.id === a.event.id || i.event.id === b.event.id));
      const shown = await f.json<{ event: { review: string } }>(`/api/events/${a.event.id}`);
      assert.equal(shown.body.event.review, 'accepted');
      const used = await contributions();
      assert.ok(used.has(a.event.id), 'the accepted event now weighs on the AAA–BBB tie (cached results were dropped)');
      assert.ok(!used.has(b.event.id), 'the rejected event does not count');
    });

    it('edits a coded event, accepting it, and checks the edit', async () => {
      const report = await ingest();
      const item = report.events[0]!;
      const bad = await f.json<Err>(`/api/review/${item.event.id}`, {
        ...post({ type: 'HUG', if_match: item.version }),
        method: 'PATCH',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /type/);
      const unknown = await f.json<Err>(`/api/review/${item.event.id}`, {
        ...post({ actor: ['ZZZ'], if_match: item.version }),
        method: 'PATCH',
      });
      assert.equal(unknown.status, 404);
      const edited = await f.json<{
        event: { event_type: string; summary: string; review: string; recipient: string[] };
      }>(`/api/review/${item.event.id}`, {
        ...post({
          type: 'threaten',
          mode: null,
          summary: 'Alphaland threatens Betaland.',
          recipient: ['BBB'],
          if_match: item.version,
        }),
        method: 'PATCH',
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      assert.equal(edited.body.event.event_type, 'THREATEN');
      assert.equal(edited.body.event.summary, 'Alphaland threatens Betaland.');
      assert.equal(edited.body.event.review, 'accepted');
      assert.deepEqual(edited.body.event.recipient, ['BBB']);
    });

    it('answers 409 to a stale version and to the loser of two concurrent reviews', async () => {
      const report = await ingest();
      const [a, b] = report.events;
      const stale = await f.json<Err>(
        `/api/review/${a!.event.id}`,
        post({ action: 'accept', if_match: '0000000000000000' }),
      );
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'conflict');
      const both = await Promise.all([
        f.get(`/api/review/${b!.event.id}`, post({ action: 'accept', if_match: b!.version })),
        f.get(`/api/review/${b!.event.id}`, post({ action: 'reject', if_match: b!.version })),
      ]);
      assert.deepEqual(both.map((r) => r.status).sort(), [200, 409]);
      const winner = both.find((r) => r.status === 200)!;
      const review = ((await winner.json()) as { event: { review: string } }).event.review;
      const stored = await f.ctx.store.getEvent(b!.event.id);
      assert.equal(
        stored?.origin.kind === 'coded' ? stored.origin.review : undefined,
        review,
        "the winner's decision is what is stored",
      );
      const missing = await f.json<Err>('/api/review/no-such-event', post({ action: 'accept', if_match: 'v' }));
      assert.equal(missing.status, 404);
    });
  });
});
