/**
 * `orrery check` and the atomic commands on PostgreSQL, against a throw-away cluster: a healthy store
 * with an ingested document and an imported file is sound; a tampered citation hash, a deleted
 * source and a dropped index are found; several review decisions are all or none; an import with no
 * usable row stores nothing.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';
import { withPostgres } from '../helpers/postgres.js';
import { initStore } from '../../src/store/init.js';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { reviewEvents } from '../../src/ingest/review.js';
import { NotFoundError } from '../../src/model/index.js';
import { openStore } from '../../src/store/open.js';
import { GDELT_ROWS, gdeltText } from '../ingest/exchange/gdelt-file.js';

type Report = {
  ok: boolean;
  backend: string;
  problems: Array<{ check: string; message: string; repair: string }>;
  counts: { citations_checked: number; imported_citations_sampled: number };
};

const TEXT =
  'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\nBetaland accused Alphaland of shelling its border posts on 2 March 2024.\n';

await withPostgres('check on postgres', (cluster) => {
  test('postgres: check finds a healthy store sound, then each kind of damage; review is all or none', async () => {
    const dirs = writeMini();
    const url = cluster.url(await cluster.createDatabase());
    const env = { ...miniEnv(dirs), ORRERY_DB: url };
    const store = await openStore(url);
    await initStore(store, dirs.data, dirs.sources);
    const ingested = await ingestDocument(store, { text: TEXT, filename: 'wire.txt', published: '2024-03-05' });
    const [good] = ingested.created as [string];
    const failed = await reviewEvents(store, [good, 'no-such-event'], 'accept').then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(failed instanceof NotFoundError);
    const still = await store.getEvent(good);
    assert.equal(
      still?.origin.kind === 'coded' && still.origin.review,
      'pending',
      'nothing accepted on PostgreSQL either',
    );
    await store.close();

    const file = join(dirs.root, 'events.CSV');
    writeFileSync(file, gdeltText(GDELT_ROWS));
    assert.equal(orrery(['import', file, '--format', 'gdelt'], env).code, 0);
    const png = join(dirs.root, 'x.png');
    writeFileSync(
      png,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 3)]),
    );
    const bad = orrery(['import', png, '--format', 'gdelt'], env);
    assert.equal(bad.code, 4, bad.stderr);
    assert.match(bad.stderr, /no usable gdelt row/);

    const healthy = orrery(['check', '--json'], env);
    const report = JSON.parse(healthy.stdout) as Report;
    assert.equal(healthy.code, 0, JSON.stringify(report.problems));
    assert.equal(report.backend, 'postgres');
    assert.ok(report.counts.citations_checked > 5);
    assert.equal(report.counts.imported_citations_sampled, 5);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('UPDATE events SET cite_sha256 = $1 WHERE id = $2', ['0'.repeat(64), 'gdelt-1160000002']);
      await admin.query('DELETE FROM sources WHERE id = $1', [ingested.source.id]);
      await admin.query('DROP INDEX events_lone_actor');
    } finally {
      await admin.end();
    }
    const damaged = orrery(['check', '--json'], env);
    assert.equal(damaged.code, 1);
    const problems = (JSON.parse(damaged.stdout) as Report).problems;
    const find = (check: string, re: RegExp): void =>
      assert.ok(
        problems.some((p) => p.check === check && re.test(p.message)),
        `${check} ${re}: ${JSON.stringify(problems)}`,
      );
    find('citations', /1 citation\(s\) of source "gdelt-[0-9a-f]{12}" do not match its text.*event gdelt-1160000002/);
    find(
      'references',
      new RegExp(`citation\\(s\\) point at source "${ingested.source.id}", which the store does not hold`),
    );
    find('indexes', /index events_lone_actor is missing/);
    assert.match(
      problems.find((p) => p.check === 'indexes')!.repair,
      /CREATE INDEX events_lone_actor ON events \(lone_actor\)/,
    );
  });
});
