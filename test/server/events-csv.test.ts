/** GET /api/events?format=csv: the same writer as the CLI (RFC 4180, CRLF) and the same citations column. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cite, miniRecords } from '../helpers/mini.js';
import { csvObjects, readCsv } from '../cli/rfc4180.js';
import { toCsv } from '../../src/operations/export/csv.js';
import { forEachBackend, type Fixture } from './fixture.js';

forEachBackend(({ miniApp }) => {
  describe('events as CSV over the API', () => {
    let f: Fixture;
    before(async () => {
      const r = miniRecords();
      const first = r.events[0] as { citations: unknown[]; summary: string };
      first.citations.push(cite('on 12 January 2024'));
      first.summary = 'A summary, with a comma and a "quote".';
      f = await miniApp({}, r);
    });
    after(() => f.close());

    it('writes one source:start-end per citation, ";"-separated, in RFC 4180 with CRLF', async () => {
      const res = await f.get('/api/events?format=csv');
      assert.equal(res.status, 200);
      const text = await res.text();
      assert.doesNotMatch(text, /\[object Object\]/);
      const rows = csvObjects(text);
      const page = await f.json<{
        items: Array<{ id: string; summary: string; citations: Array<{ source: string; start: number; end: number }> }>;
      }>('/api/events');
      assert.equal(rows.length, page.body.items.length);
      assert.ok(page.body.items.some((e) => e.citations.length === 2));
      for (const e of page.body.items) {
        const row = rows.find((r) => r.id === e.id);
        assert.equal(row?.citations, e.citations.map((c) => `${c.source}:${c.start}-${c.end}`).join(';'));
        assert.equal(row?.summary, e.summary);
      }
    });

    it('streams page by page exactly what the shared writer gives for the whole table', async () => {
      const text = await (await f.get('/api/events?format=csv')).text();
      const [head] = readCsv(text);
      const page = await f.json<{ items: Array<Record<string, unknown>> }>('/api/events');
      assert.equal(text, toCsv(page.body.items, head));
    });
  });
});
