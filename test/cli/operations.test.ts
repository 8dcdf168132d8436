/**
 * Issue 14: the command line and the API run the same operations, so where they had drifted they now
 * answer alike: the event filters (the CLI gains --review), the corridor rows (read from the store,
 * with the dataset's records), one CSV writer (CRLF), and text read as parameters once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { integer, readText, textErrors } from '../../src/contracts/text.js';
import { eventsContract } from '../../src/contracts/reads/events.js';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';
import { miniApp, shippedApp, type Fixture } from '../server/fixture.js';

const env = miniEnv(writeMini());

describe('events: one set of filters', () => {
  let f: Fixture;
  before(async () => (f = await miniApp()));
  after(() => f.close());

  test('--review filters as ?review= does, and a bad state is a usage error naming --review', async () => {
    for (const review of ['pending', 'accepted', 'rejected,pending']) {
      const cli = orrery(['events', '--review', review, '--format', 'jsonl'], env);
      assert.equal(cli.code, 0, cli.stderr);
      const api = await (await f.get(`/api/events?review=${review}&format=jsonl`)).text();
      assert.equal(cli.stdout.trim(), api.trim(), review);
    }
    const bad = orrery(['events', '--review', 'maybe'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--review must be one of pending, accepted, rejected, not "maybe"/);
    const api = await f.json<{ error: { details: Array<{ field: string }> } }>('/api/events?review=maybe');
    assert.equal(api.status, 400);
    assert.equal(api.body.error.details[0]!.field, 'review.0');
  });

  test('event types read in any letter case on both fronts', async () => {
    const cli = orrery(['events', '--type', 'consult', '--format', 'jsonl'], env).stdout.trim();
    const api = (await (await f.get('/api/events?type=consult&format=jsonl')).text()).trim();
    assert.ok(cli.length > 0);
    assert.equal(cli, api);
  });

  test('CSV is one writer: the CLI and the API give the same bytes, every line ending in CRLF', async () => {
    const cli = orrery(['events', '--format', 'csv'], env).stdout;
    const api = await (await f.get('/api/events?format=csv')).text();
    assert.equal(cli, api);
    assert.ok(cli.endsWith('\r\n'));
    assert.equal(cli.split('\r\n').length - 1, 4, 'the header and three events');
  });
});

describe('corridors: one implementation, the store with its records', () => {
  let f: Fixture;
  let db: string;
  before(async () => {
    f = await shippedApp();
    db = mkdtempSync(join(tmpdir(), 'orrery-corridors-'));
  });
  after(async () => {
    await f.close();
    rmSync(db, { recursive: true, force: true });
  });

  test('orrery corridors --json is GET /api/corridors, records and closures included', async () => {
    const cli = orrery(['--db', join(db, 'o.db'), 'corridors', '--json', '--at', '2025-06-01']);
    assert.equal(cli.code, 0, cli.stderr);
    const rows = JSON.parse(cli.stdout) as Array<{
      id: string;
      record: { names: unknown[] } | null;
      closed_to: object;
    }>;
    const api = await f.json<typeof rows>('/api/corridors?at=2025-06-01');
    assert.deepEqual(rows, api.body);
    assert.ok(
      rows.some((r) => r.record && Array.isArray(r.record.names)),
      'rows carry the Corridor records',
    );
    assert.ok(rows.every((r) => typeof r.closed_to === 'object'));
  });
});

describe('text read as parameters once', () => {
  const schema = z.object({ limit: integer(1, 10).optional(), on: z.boolean().optional(), at: z.string().optional() });

  test('each value reads as its field type; what does not read is left for the schema to report', () => {
    assert.deepEqual(readText(schema, { limit: '3', on: 'no', at: '2020' }), { limit: 3, on: false, at: '2020' });
    const r = schema.safeParse(readText(schema, { limit: '1e3' }));
    assert.equal(r.success, false);
    assert.equal(r.error!.issues[0]!.message, 'must be an integer between 1 and 10 (got "1e3")');
  });

  test('the events contract reads lists, enums in any case and integers from text', () => {
    const p = eventsContract.input.parse(
      readText(eventsContract.input, { type: 'agree, consult', limit: '5', format: 'CSV' }),
    );
    assert.deepEqual(p.type, ['AGREE', 'CONSULT']);
    assert.equal(p.limit, 5);
    assert.equal(p.format, 'csv');
  });

  test('a number that does not read says so, the same on the CLI and in the API, never "expected number"', async () => {
    const plain = z.object({ window: z.number().positive(), on: z.boolean() });
    const r = plain.safeParse(readText(plain, { window: 'soon', on: 'maybe' }), { error: textErrors });
    assert.deepEqual(
      r.error!.issues.map((i) => i.message),
      ['must be a number (got "soon")', 'must be true or false (got "maybe")'],
    );
    const dirs = writeMini();
    try {
      const cli = orrery(['network', '--at', '2024', '--window', 'soon'], miniEnv(dirs));
      assert.equal(cli.code, 2);
      assert.match(cli.stderr, /--window must be a number \(got "soon"\)/);
      assert.doesNotMatch(cli.stderr, /expected number/);
    } finally {
      rmSync(dirs.root, { recursive: true, force: true });
    }
    const f = await miniApp();
    try {
      const api = await f.json<{ error: { message: string } }>('/api/analyses/network?at=2024&window=soon');
      assert.equal(api.status, 400);
      assert.match(api.body.error.message, /window must be a number \(got "soon"\)/);
    } finally {
      await f.close();
    }
  });
});

describe('search and stats: one operation each, the same on the CLI and in the API', () => {
  let f: Fixture;
  let db: string;
  before(async () => {
    f = await shippedApp();
    db = mkdtempSync(join(tmpdir(), 'orrery-catalog-'));
  });
  after(async () => {
    await f.close();
    rmSync(db, { recursive: true, force: true });
  });

  test('orrery search --json is GET /api/search, and finds what the words name', async () => {
    const cli = orrery(['--db', join(db, 'o.db'), 'search', 'Lachin', 'corridor', '--limit', '5', '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    const hits = JSON.parse(cli.stdout) as Array<{ kind: string; id: string; text: string }>;
    assert.ok(hits.length > 0 && hits.length <= 5);
    assert.ok(hits.every((h) => /lachin/i.test(h.text)));
    const api = await f.json<typeof hits>('/api/search?words=Lachin%20corridor&limit=5');
    assert.equal(api.status, 200);
    assert.deepEqual(api.body, hits);
    const none = await f.json<{ error: { message: string } }>('/api/search?limit=5');
    assert.equal(none.status, 400);
    assert.match(none.body.error.message, /words/);
  });

  test('orrery timeline A,B --json is GET /api/timeline, in date order, names resolved', async () => {
    const cli = orrery(['--db', join(db, 'o.db'), 'timeline', 'Yerevan,Moscow', '--from', '2020', '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    const t = JSON.parse(cli.stdout) as { subject: string[]; rows: Array<{ date: string }>; events: unknown[] };
    assert.deepEqual(t.subject, ['ARM', 'RUS']);
    assert.ok(t.events.length > 0);
    const days = t.rows.map((r) => r.date.padEnd(10, '-'));
    assert.deepEqual(days, [...days].sort());
    const api = await f.json<typeof t>('/api/timeline?who=Yerevan,Moscow&from=2020');
    assert.deepEqual(api.body, t);
  });

  test('orrery stats --json is GET /api/stats, and counts the shipped events', async () => {
    const cli = orrery(['--db', join(db, 'o.db'), 'stats', '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    const stats = JSON.parse(cli.stdout) as {
      counts: { events: number };
      events_by_type: Record<string, number>;
    };
    const api = await f.json<typeof stats>('/api/stats');
    assert.deepEqual(api.body, stats);
    const byType = Object.values(stats.events_by_type).reduce((a, b) => a + b, 0);
    assert.equal(byType, stats.counts.events);
  });
});
