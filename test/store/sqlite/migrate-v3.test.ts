/**
 * Upgrading a store written before migration 3: its events keep their whole-record JSON and their
 * event_actors rows, and still read back and answer actor, pair, type and origin queries; events
 * written after the upgrade use the lone_* columns, and both kinds are found together.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { deriveEvent, SCHEMAS, type Event } from '../../../src/model/index.js';
import { openStore } from '../../../src/store/open.js';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations.js';
import { importSource } from '../../helpers/import-source.js';

const event = (id: string, actor: string, recipient: string, origin: 'curated' | 'imported'): Event =>
  SCHEMAS.events.parse({
    id,
    date: '2022-05-06',
    actor: [actor],
    recipient: [recipient],
    event_type: 'ACCUSE',
    summary: `${actor} accuses ${recipient}.`,
    citations: [{ source: 'src', start: 0, end: 5, sha256: 'f'.repeat(64) }],
    origin: origin === 'curated' ? { kind: 'curated' } : { kind: 'imported', dataset: 'gdelt', external_id: id },
  }) as Event;

test('sqlite store: a file of schema 2 upgrades, and its events read and query as before', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'orrery-v2-')), 'old.db');
  const raw = new Database(path);
  for (const [i, sql] of MIGRATIONS.slice(0, 2).entries()) {
    raw.exec(sql);
    raw.pragma(`user_version = ${i + 1}`);
  }
  // What schema 2 wrote: the whole derived record as JSON, one event_actors row per side.
  const old = deriveEvent(event('old-one', 'ARM', 'AZE', 'imported'), () => undefined);
  raw
    .prepare(
      `INSERT INTO events (id, date, day_first, day_last, event_type, mode, quad_code, intensity, status, origin, review, summary, json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      old.id,
      old.date,
      old.date,
      old.date,
      old.event_type,
      old.mode,
      old.quad_code,
      old.intensity,
      old.status,
      'imported',
      null,
      old.summary,
      JSON.stringify(old),
    );
  raw
    .prepare('INSERT INTO event_actors (event_id, side, actor_id, country) VALUES (?, ?, ?, ?), (?, ?, ?, ?)')
    .run(old.id, 'actor', 'ARM', 'ARM', old.id, 'recipient', 'AZE', 'AZE');
  raw.close();

  const store = await openStore(path);
  assert.equal(await store.schemaVersion(), MIGRATIONS.length);
  assert.deepEqual(await store.getEvent('old-one'), old);
  const session = await store.beginImport(importSource('src', 'f'.repeat(64), { title: 'Rows' }));
  await session.addEvents([event('new-one', 'AZE', 'ARM', 'imported')]);
  await session.commit();
  await store.putEvents([event('curated-one', 'ARM', 'TUR', 'curated')]);
  assert.equal(await store.countEvents({ actor: ['ARM'] }), 3);
  assert.equal(
    await store.countEvents({ pair: ['ARM', 'AZE'] }),
    2,
    'a pair is found in event_actors rows and in lone columns',
  );
  assert.equal(await store.countEvents({ pair: ['AZE', 'ARM'] }), 2);
  assert.equal(await store.countEvents({ pair: ['ARM', 'TUR'], origin: ['curated'] }), 1);
  assert.equal(await store.countEvents({ types: ['ACCUSE'], origin: ['curated', 'coded'] }), 1);
  assert.equal(await store.countEvents({ types: ['ACCUSE'], origin: ['imported'] }), 2);
  assert.equal(await store.deleteEvent('old-one'), true);
  assert.equal(await store.countEvents({ actor: ['AZE'] }), 1, 'deleting an old event removes its event_actors rows');
  await store.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.prepare('SELECT count(*) FROM event_actors').pluck().get(), 0);
  db.close();
});
