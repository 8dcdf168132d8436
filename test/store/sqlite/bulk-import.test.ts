/**
 * The bulk path of the SQLite import session on a real file: a large import (secondary indexes
 * dropped and rebuilt, multi-row inserts, journal and sync settings switched) stores exactly the
 * rows and JSON the one-by-one path writes, and leaves the store as it found it.
 * SQLite only: it reads SQLite's own indexes and pragmas; imports on both backends are in
 * test/store/conformance.ts and test/ingest/exchange.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Event, Source } from '../../../src/model/index.js';
import { deriveEvent } from '../../../src/model/index.js';
import { eventJson } from '../../../src/store/encoding/event-row.js';
import { openStore } from '../../../src/store/open.js';
import { BULK_INDEXES } from '../../../src/store/sqlite/bulk-indexes.js';
import { importSource } from '../../helpers/import-source.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-bulk-'));
const ACTORS = ['ARM', 'AZE', 'GEO', 'RUS', 'TUR'];
const TYPES = ['CONSULT', 'ACCUSE', 'AID', 'ASSAULT'] as const;

function source(id: string): Source {
  return importSource(id, 'a'.repeat(64), { title: 'Bulk rows' });
}

function event(i: number, variant = 0): Event {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `bulk-${i}`,
    date: i % 97 === 0 ? '2021-05' : `2020-0${1 + (i % 9)}-${day}`,
    end_date: null,
    actor: [ACTORS[i % 5]!],
    recipient: i % 7 === 0 ? [] : [ACTORS[(i + 1 + variant) % 5]!],
    event_type: TYPES[i % 4]!,
    mode: null,
    context: [],
    modality: 'actual',
    location: i % 3 === 0 ? { name: `Place ${i}`, lat: 40.5, lon: 44.25 } : null,
    summary: `Row ${i}${variant ? ` (v${variant})` : ''}`,
    citations: [{ source: 'bulk', start: i * 10, end: i * 10 + 9, sha256: 'b'.repeat(64) }],
    status: 'asserted',
    counter_claims: [],
    origin: { kind: 'imported', dataset: 'test', external_id: String(i) },
  };
}

const indexNames = (db: Database.Database): string[] =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];

test('sqlite bulk import: same rows and JSON as one by one, indexes rebuilt, settings restored', async () => {
  const path = join(dir, 'bulk.db');
  const store = await openStore(path);
  const peek = new Database(path, { readonly: true });
  const before = indexNames(peek);
  peek.close();
  const session = await store.beginImport(source('bulk'), { commitEvery: 10_000 });
  const all = Array.from({ length: 30_000 }, (_, i) => event(i));
  for (let at = 0; at < all.length; at += 1000) await session.addEvents(all.slice(at, at + 1000));
  // Rows seen again (in a later batch, and twice within one batch) replace the earlier ones.
  await session.addEvents([event(5, 1), event(29_999, 1), event(5, 2)]);
  await session.commit();
  await store.close();

  const db = new Database(path, { readonly: true });
  assert.deepEqual(indexNames(db), before, 'every index dropped for the import is back');
  for (const [name] of BULK_INDEXES) assert.ok(before.includes(name), `${name} is an index of the schema`);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const expected = new Map(all.map((e) => [e.id, e]));
  expected.set('bulk-5', event(5, 2));
  expected.set('bulk-29999', event(29_999, 1));
  assert.equal(db.prepare('SELECT COUNT(*) FROM events').pluck().get(), expected.size);
  const json = db.prepare('SELECT json FROM events WHERE id = ?').pluck();
  const sides = db.prepare('SELECT side, actor_id, country FROM event_actors WHERE event_id = ? ORDER BY rowid');
  const lone = db.prepare('SELECT lone_actor, lone_recipient FROM events WHERE id = ?');
  for (const id of ['bulk-0', 'bulk-5', 'bulk-7', 'bulk-97', 'bulk-12345', 'bulk-29999']) {
    const derived = deriveEvent(expected.get(id)!, () => undefined);
    assert.equal(
      json.get(id),
      eventJson(derived),
      `${id}: the JSON the one-by-one path writes for deriveEvent's record`,
    );
    // One actor and at most one recipient standing for themselves: the event's own columns, no event_actors rows.
    assert.deepEqual(
      lone.get(id),
      { lone_actor: derived.actor[0], lone_recipient: derived.recipient[0] ?? null },
      `${id}: lone sides`,
    );
    assert.deepEqual(sides.all(id), [], `${id}: no event_actors rows`);
  }
  db.close();

  const reopened = await openStore(path);
  const brute = (f: (e: Event) => boolean): number => [...expected.values()].filter(f).length;
  for (const id of ['bulk-0', 'bulk-5', 'bulk-97'])
    assert.deepEqual(
      await reopened.getEvent(id),
      deriveEvent(expected.get(id)!, () => undefined),
    );
  assert.equal(
    await reopened.countEvents({ origin: ['imported'], actor: ['GEO'] }),
    brute((e) => [...e.actor, ...e.recipient].includes('GEO')),
  );
  assert.equal(
    await reopened.countEvents({ types: ['AID'] }),
    brute((e) => e.event_type === 'AID'),
  );
  assert.equal(
    await reopened.countEvents({ pair: ['ARM', 'AZE'] }),
    brute(
      (e) => (e.actor[0] === 'ARM' && e.recipient[0] === 'AZE') || (e.actor[0] === 'AZE' && e.recipient[0] === 'ARM'),
    ),
  );
  assert.equal(
    await reopened.countEvents({ from: '2020-03-01', to: '2020-04-30' }),
    brute((e) => e.date >= '2020-03' && e.date < '2020-05'),
  );
  await reopened.close();
});

test('sqlite bulk import: a rollback after intermediate commits keeps them, with their indexes', async () => {
  const path = join(dir, 'rollback.db');
  const store = await openStore(path);
  const session = await store.beginImport(source('partial'), { commitEvery: 5000 });
  for (let at = 0; at < 25_000; at += 1000)
    await session.addEvents(Array.from({ length: 1000 }, (_, i) => event(at + i)));
  await session.rollback();
  assert.equal(await store.countEvents({ origin: ['imported'] }), 25_000, 'what intermediate commits wrote is kept');
  assert.deepEqual(
    await store.getSource('partial'),
    source('partial'),
    'the source record of the first transaction is kept: no kept event cites a missing source',
  );
  await store.close();
  const db = new Database(path, { readonly: true });
  for (const [name] of BULK_INDEXES) assert.ok(indexNames(db).includes(name), `${name} rebuilt after the rollback`);
  db.close();
});

test('sqlite store: opening a file whose bulk import died rebuilds the missing indexes', async () => {
  const path = join(dir, 'died.db');
  await (await openStore(path)).close();
  const raw = new Database(path);
  for (const [name] of BULK_INDEXES) raw.exec(`DROP INDEX ${name}`);
  raw.close();
  await (await openStore(path)).close();
  const db = new Database(path, { readonly: true });
  for (const [name] of BULK_INDEXES) assert.ok(indexNames(db).includes(name), `${name} is back`);
  db.close();
});
