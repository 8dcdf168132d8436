/**
 * Reading an import in a worker thread: the worker and the inline reader give the same store; an
 * error in the worker arrives as the same typed error naming the file and line, and leaves nothing
 * written; the worker keeps a bounded number of batches in flight.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ValidationError } from '../../../src/model/index.js';
import { projectRoot } from '../../../src/dataset/paths.js';
import { importFile, type ImportOptions, type ImportReport } from '../../../src/ingest/exchange/importer.js';
import { readBatches, type BatchOptions, type ImportBatch } from '../../../src/ingest/exchange/batches.js';
import { workerBatches, type WorkerWatch } from '../../../src/ingest/exchange/worker-batches.js';
import type { ExchangeFormat } from '../../../src/ingest/exchange/row.js';
import { forEachStoreBackend, miniStoreOn, sqliteStores, type StoreBackend } from '../../helpers/store-backends.js';
import { GDELT_ROWS, manyGdeltRows } from './gdelt-file.js';

const ICEWS = join(projectRoot(), '..', 'shared', 'data', 'icews', 'events.2018.sample.tab');

/** Import `path` into two fresh stores, inline and through the worker; return both reports and what both stores hold. */
async function bothWays(path: string, format: ExchangeFormat, opts: ImportOptions, backend: StoreBackend) {
  const out = [];
  for (const threads of [false, true]) {
    const { store } = await miniStoreOn(backend);
    const report: Partial<ImportReport> = await importFile(store, path, format, { ...opts, threads });
    delete report.seconds;
    const events = await store.listEvents({ origin: ['imported'] });
    const text = await store.getSourceText(report.source!);
    const counts = await store.counts();
    await store.close();
    out.push({ report, events, text, counts });
  }
  return out as [(typeof out)[number], (typeof out)[number]];
}

forEachStoreBackend((backend) => {
  const miniStore = () => miniStoreOn(backend);

  test('the worker and the inline reader import the same GDELT rows, bad ones included, to the same events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orrery-worker-'));
    const rows = manyGdeltRows(10_000).map((r) => r.join('\t'));
    rows[2500] = rows[2500]!.split('\t').slice(0, 40).join('\t');
    for (let i = 3000; i < 3150; i++) rows[i] = `${i}\tnot a row`;
    const text = `${rows.join('\n')}\n`;
    const path = join(dir, 'many.export.CSV');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(text),
        Buffer.from([0x31, 0x09, 0xff, 0x0a]),
        Buffer.from(`${GDELT_ROWS[1]!.join('\t')}\n`),
      ]),
    );
    const [inline, worker] = await bothWays(path, 'gdelt', {}, backend);
    assert.ok(text.length > 2 << 20, 'the file is read in several pieces');
    const coded = rows.filter((r) => r.split('\t').length === 61 && r.split('\t')[26] !== '010').length + 1;
    assert.equal(inline.report.imported, coded);
    assert.equal(inline.events.length, coded);
    assert.equal(inline.report.problem_count, 152);
    assert.deepEqual(
      inline.report.problems?.map((p) => p.record),
      ['line 2501', ...Array.from({ length: 99 }, (_, i) => `line ${3001 + i}`)],
      'the first 100 are listed',
    );
    assert.equal(inline.text, readFileSync(path, 'utf8'), 'the whole file is the source text');
    assert.deepEqual(worker.report, inline.report);
    assert.deepEqual(worker.counts, inline.counts);
    assert.equal(worker.text, inline.text);
    assert.deepEqual(worker.events, inline.events);
  });

  test('the worker and the inline reader import the same POLECAT lines: events, dropped modes and contexts, unknown actors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orrery-worker-'));
    const lines = Array.from({ length: 2500 }, (_, i) =>
      JSON.stringify({
        id: `w-${i}`,
        date: `2024-02-${String(1 + (i % 29)).padStart(2, '0')}`,
        event_type: ['CONSULT', 'ACCUSE', 'AID'][i % 3],
        mode: i % 5 === 0 ? 'telepathy' : null,
        context: i % 7 === 0 ? ['orbital'] : ['diplomatic'],
        actor_country: ['AAA', 'BBB', 'QQQ'][i % 3],
        recipient_country: 'NNN',
        placename: i % 2 ? 'Betaville' : undefined,
      }),
    );
    lines[1200] = '{"id": ';
    const path = join(dir, 'events.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const [inline, worker] = await bothWays(path, 'polecat', { batchSize: 300 }, backend);
    assert.equal(inline.report.imported, 2499);
    assert.ok(inline.report.dropped!.some((d) => d.what === 'context orbital'));
    assert.deepEqual(inline.report.unknown_actors, [{ code: 'QQQ', count: 833 }]);
    assert.deepEqual(worker.report, inline.report);
    assert.equal(worker.text, inline.text);
    assert.deepEqual(worker.events, inline.events);
  });

  test('an error in the worker arrives as the same typed error naming file and line, and nothing is written', async () => {
    const { store, dir } = await miniStore();
    const before = await store.counts();
    const notIcews = join(dir, 'not-icews.tab');
    writeFileSync(notIcews, 'a\tb\tc\n1\t2\t3\n');
    const header = await importFile(store, notIcews, 'icews', { threads: true }).catch((e: unknown) => e);
    assert.ok(header instanceof ValidationError, String(header));
    assert.match(header.message, /not-icews\.tab, record line 1: not an ICEWS header: missing column\(s\) Event ID/);
    assert.deepEqual(header.problems, [
      {
        where: notIcews,
        record: 'line 1',
        message:
          'not an ICEWS header: missing column(s) Event ID, Event Date, Source Name, Source Country, CAMEO Code, Target Name, Target Country',
      },
    ]);

    // Three batches are written before the worker meets a line too long to be a row.
    const long = join(dir, 'long.CSV');
    writeFileSync(
      long,
      `${manyGdeltRows(3000)
        .map((r) => r.join('\t'))
        .join('\n')}\n${'x'.repeat(17 << 20)}\n`,
    );
    const tooLong = await importFile(store, long, 'gdelt', { threads: true }).catch((e: unknown) => e);
    assert.ok(tooLong instanceof ValidationError, String(tooLong));
    assert.match(tooLong.message, /long\.CSV, record line 3001: a line longer than 16 MB/);

    const strict = join(dir, 'strict.CSV');
    writeFileSync(
      strict,
      `${manyGdeltRows(2000)
        .map((r) => r.join('\t'))
        .join('\n')}\n1\t2\n`,
    );
    await assert.rejects(
      () => importFile(store, strict, 'gdelt', { threads: true, strict: true }),
      /1 malformed row\(s\) in .*strict\.CSV; nothing imported/,
    );
    assert.deepEqual(await store.counts(), before, 'no event, no source, no text kept');

    // Without --strict the same file imports; a second time it is recognised before the worker reads anything.
    const done = await importFile(store, strict, 'gdelt', { threads: true });
    assert.deepEqual([done.imported, done.problem_count], [1667, 1]);
    const again = await importFile(store, strict, 'gdelt', { threads: true });
    assert.deepEqual([again.duplicate, again.source, again.imported], [true, done.source, 0]);
    assert.equal((await store.counts()).events_by_origin.imported, 1667);
    await store.close();
  });

  test('errors in the worker keep their class, message and system fields (a missing file, a directory)', async () => {
    const { dir, store } = await miniStore();
    await store.close();
    mkdirSync(join(dir, 'folder'));
    for (const path of [join(dir, 'missing.CSV'), join(dir, 'folder')]) {
      const opts: BatchOptions = { path, format: 'gdelt', sourceId: 'gdelt-x', actors: [] };
      const drain = async (batches: AsyncIterable<ImportBatch>): Promise<unknown> => {
        for await (const b of batches) assert.fail(`no batch expected, got ${b.lines} lines`);
        return undefined;
      };
      const inline = (await drain(readBatches(opts)).catch((e: unknown) => e)) as NodeJS.ErrnoException;
      const worker = (await drain(workerBatches(opts)).catch((e: unknown) => e)) as NodeJS.ErrnoException;
      assert.ok(inline instanceof Error && worker instanceof Error);
      assert.deepEqual(
        [worker.constructor, worker.message, worker.code, worker.syscall, worker.path],
        [inline.constructor, inline.message, inline.code, inline.syscall, inline.path],
      );
      assert.match(worker.code!, /^(ENOENT|EISDIR)$/);
    }
  });
});

const miniStore = () => miniStoreOn(sqliteStores);

// SQLite only: this compares the two readers on 3,700 rows; icews.test.ts imports the same sample on both backends.
test(
  'the worker and the inline reader import the real ICEWS sample to the same events',
  { skip: !existsSync(ICEWS) && 'the ICEWS sample is not beside the project' },
  async () => {
    const [inline, worker] = await bothWays(ICEWS, 'icews', { batchSize: 100 }, sqliteStores);
    assert.ok(inline.events.length > 3000);
    assert.deepEqual(worker.report, inline.report);
    assert.equal(worker.text, inline.text);
    assert.deepEqual(worker.events, inline.events);
  },
);

test('the worker waits for acknowledgements: at most `window` batches are in flight', { timeout: 60_000 }, async () => {
  const { dir, store } = await miniStore();
  await store.close();
  const path = join(dir, 'forty.CSV');
  // Rows 1-4 and 6 of GDELT_ROWS are events: 40 rows give 34 events, one batch each.
  writeFileSync(
    path,
    `${manyGdeltRows(40)
      .map((r) => r.join('\t'))
      .join('\n')}\n`,
  );
  const watch: WorkerWatch = { inFlight: 0, maxInFlight: 0, stalls: 0 };
  let events = 0;
  let first = true;
  for await (const batch of workerBatches(
    { path, format: 'gdelt', sourceId: 'gdelt-x', actors: [], batchSize: 1 },
    2,
    watch,
  )) {
    events += batch.rows?.count ?? 0;
    if (first) {
      first = false;
      // Hold the first batch until the worker stops (or, were it not held back, runs past the window).
      await new Promise<void>((resolve) => {
        watch.onMessage = () => (watch.stalls > 0 || watch.inFlight > 2) && resolve();
        watch.onMessage();
      });
      assert.equal(watch.stalls, 1);
      assert.equal(watch.inFlight, 2, 'the batch held here and one more');
    }
  }
  assert.equal(events, 34);
  assert.equal(watch.maxInFlight, 2);
  assert.ok(watch.stalls >= 1);
});

// SQLite only: a child process opens the store file by its path.
test(
  'a failure on the writing side rolls back and stops the worker: the process then ends by itself',
  { timeout: 60_000 },
  async () => {
    const { dir, store } = await miniStore();
    await store.close();
    const path = join(dir, 'rows.CSV');
    writeFileSync(
      path,
      `${manyGdeltRows(5000)
        .map((r) => r.join('\t'))
        .join('\n')}\n`,
    );
    const src = (p: string): string => JSON.stringify(pathToFileURL(join(projectRoot(), 'src', p)).href);
    // A child process imports with a progress callback that fails after the first batch, and does nothing else.
    const script = join(dir, 'fail.mts');
    writeFileSync(
      script,
      [
        `import { importFile } from ${src('ingest/exchange/importer.ts')};`,
        `import { openStore } from ${src('store/open.ts')};`,
        `const store = await openStore(${JSON.stringify(join(dir, 'orrery.db'))});`,
        `const before = (await store.counts()).events;`,
        `const failed = await importFile(store, ${JSON.stringify(path)}, 'gdelt', { threads: true, progress: () => { throw new Error('disk full'); } }).catch((e) => e.message);`,
        `console.log(JSON.stringify({ failed, kept: (await store.counts()).events - before }));`,
        `await store.close();`,
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.signal, null, 'the process ended by itself, no thread left running');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').at(-1)!), { failed: 'disk full', kept: 0 });
  },
);
