/** GET /api/events (filters, pages, JSON lines, CSV), /api/events/:id and /api/conflicts on the mini dataset. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MINI_TEXT, cite } from '../helpers/mini.js';
import { forEachBackend, type Fixture } from './fixture.js';

type Page = {
  total: number;
  limit: number;
  offset: number;
  items: Array<{ id: string; date: string; actor_country: string[]; status: string; citations: unknown[] }>;
};
type Err = { error: { code: string; message: string; details?: Array<{ where: string; field?: string }> } };

forEachBackend(({ miniApp }) => {
  describe('events API', () => {
    let f: Fixture;
    before(async () => (f = await miniApp()));
    after(() => f.close());

    it('pages through every event with the total', async () => {
      const all = await f.json<Page>('/api/events');
      assert.equal(all.status, 200);
      assert.equal(all.body.total, 3);
      assert.equal(all.body.limit, 50);
      assert.equal(all.body.items.length, 3);
      const first = await f.json<Page>('/api/events?limit=2&offset=0');
      const second = await f.json<Page>('/api/events?limit=2&offset=2');
      assert.equal(first.body.total, 3);
      assert.deepEqual(
        [...first.body.items, ...second.body.items].map((e) => e.id),
        all.body.items.map((e) => e.id),
      );
    });

    it('filters as the CLI does: actors by name, pair, type, dates, status, text', async () => {
      const ids = async (q: string): Promise<string[]> =>
        (await f.json<Page>(`/api/events?${q}`)).body.items.map((e) => e.id).sort();
      assert.deepEqual(await ids('actor=Northland'), ['leader-visit-2019'], 'a person resolves to her state');
      assert.deepEqual(await ids('pair=Alphaville,Betaville'), ['border-protocol-2024', 'troop-move-denied-2024']);
      assert.deepEqual(await ids('type=AGREE,CONSULT'), ['border-protocol-2024', 'leader-visit-2019']);
      assert.deepEqual(await ids('from=2024-02&to=2024'), ['troop-move-denied-2024']);
      assert.deepEqual(await ids('status=denied'), ['troop-move-denied-2024']);
      assert.deepEqual(await ids('text=protocol'), ['border-protocol-2024']);
      assert.deepEqual(
        await ids('actor=AAA&actor=NNN&type=CONSULT'),
        ['leader-visit-2019'],
        'a repeated parameter is a list',
      );
      assert.deepEqual(await ids('origin=coded'), []);
    });

    it('rejects malformed filters, naming each', async () => {
      const cases: Array<[string, string]> = [
        ['type=HUG', 'type.0'],
        ['from=2024-13', 'from'],
        ['to=24', 'to'],
        ['status=rumoured', 'status.0'],
        ['origin=scraped', 'origin.0'],
        ['limit=0', 'limit'],
        ['limit=ten', 'limit'],
        ['offset=-3', 'offset'],
        ['format=xml', 'format'],
        ['pair=AAA', 'pair'],
        ['colour=red', 'colour'],
      ];
      for (const [q, field] of cases) {
        const { status, body } = await f.json<Err>(`/api/events?${q}`);
        assert.equal(status, 400, q);
        assert.equal(body.error.code, 'invalid', q);
        assert.ok(
          body.error.details?.some((d) => d.where === 'query' && d.field === field),
          `${q}: ${JSON.stringify(body.error.details)}`,
        );
      }
      const unknown = await f.json<Err>('/api/events?actor=Omegaland');
      assert.equal(unknown.status, 404);
      assert.match(unknown.body.error.message, /Omegaland/);
    });

    it('refuses pages over 1000 as too costly', async () => {
      const { status, body } = await f.json<Err>('/api/events?limit=1001');
      assert.equal(status, 422);
      assert.equal(body.error.code, 'too_costly');
      assert.match(body.error.message, /1000/);
      assert.equal((await f.get('/api/events?limit=1000')).status, 200);
    });

    it('streams JSON lines and CSV, every match unless a limit is given', async () => {
      const jsonl = await f.get('/api/events?format=jsonl&actor=AAA');
      assert.equal(jsonl.status, 200);
      assert.match(jsonl.headers.get('content-type') ?? '', /application\/x-ndjson/);
      const lines = (await jsonl.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string });
      const page = await f.json<Page>('/api/events?actor=AAA');
      assert.deepEqual(
        lines.map((l) => l.id),
        page.body.items.map((e) => e.id),
      );
      const csv = await f.get('/api/events?format=csv&limit=1&offset=1');
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      const rows = (await csv.text()).trim().split('\n');
      assert.equal(rows.length, 2, 'header and one row');
      assert.match(rows[0]!, /^id,date,date_precision,/);
      const all = await f.json<Page>('/api/events');
      assert.ok(rows[1]!.startsWith(`${all.body.items[1]!.id},`));
      const none = await f.get('/api/events?format=csv&origin=imported');
      assert.equal(await none.text(), `${rows[0]}\n`, 'no match: the header alone');
      assert.equal(await (await f.get('/api/events?format=jsonl&origin=imported')).text(), '');
    });

    it('gives one event with its passages read from the source, its conflicts and its sources', async () => {
      type One = {
        event: { id: string; status: string };
        passages: Array<{ source: string; start: number; end: number; text: string | null }>;
        conflicts: Array<{ id: string }>;
        corroborating_sources: string[];
      };
      const { status, body } = await f.json<One>('/api/events/border-protocol-2024');
      assert.equal(status, 200);
      assert.equal(body.event.status, 'disputed');
      const c = cite('The two neighbours signed a border protocol in the capital of the first on 12 January 2024.');
      assert.deepEqual(
        body.passages.map((p) => [p.start, p.end, p.text]),
        [[c.start, c.end, MINI_TEXT.slice(c.start, c.end)]],
      );
      assert.deepEqual(
        body.conflicts.map((x) => x.id),
        ['border-protocol-date'],
      );
      assert.deepEqual(body.corroborating_sources, ['mini']);
    });

    it('answers 404 for an unknown event', async () => {
      const { status, body } = await f.json<Err>('/api/events/no-such-event');
      assert.equal(status, 404);
      assert.match(body.error.message, /no-such-event/);
    });

    it("lists conflicts with the text of every claim's passages", async () => {
      type C = Array<{ id: string; claims: Array<{ says: string; passages: Array<{ text: string | null }> }> }>;
      const { status, body } = await f.json<C>('/api/conflicts');
      assert.equal(status, 200);
      assert.deepEqual(
        body.map((c) => c.id),
        ['border-protocol-date'],
      );
      assert.deepEqual(
        body[0]!.claims.map((cl) => cl.passages[0]!.text),
        ['on 12 January 2024', 'A second report put the signing in December 2023 instead.'],
      );
      assert.deepEqual((await f.json<C>('/api/conflicts?record=leader-visit-2019')).body, []);
      assert.equal((await f.json<C>('/api/conflicts?record=border-protocol-2024')).body.length, 1);
      assert.equal(
        (await f.get('/api/conflicts?record=Not%20An%20Id!')).status,
        200,
        'an id that matches nothing lists nothing',
      );
    });
  });
});
