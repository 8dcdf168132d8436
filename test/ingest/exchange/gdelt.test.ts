/** GDELT 2.0 import and export on rows written by hand in the real 61-column layout, and a round trip. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Event as EventSchema } from '../../../src/model/index.js';
import { importFile } from '../../../src/ingest/exchange/importer.js';
import { exportLines } from '../../../src/ingest/exchange/exporter.js';
import { plainEvent } from '../../../src/model/index.js';
import { forEachStoreBackend, miniStoreOn } from '../../helpers/store-backends.js';
import { GDELT_ROWS, gdeltText } from './gdelt-file.js';

test('the rows written for the tests have the 61 columns of GDELT 2.0', () => {
  for (const r of GDELT_ROWS) assert.equal(r.length, 61);
});

forEachStoreBackend((backend) => {
  const miniStore = () => miniStoreOn(backend);

  test('GDELT rows arrive with mapped actors, PLOVER types, dates, places and their row as citation', async () => {
    const { store, dir } = await miniStore();
    const path = join(dir, '20240316.export.CSV');
    const text = gdeltText(GDELT_ROWS);
    writeFileSync(path, text);
    const report = await importFile(store, path, 'gdelt');
    assert.equal(report.imported, 5);
    assert.deepEqual(report.skipped, { 'CAMEO 01x: not a PLOVER event': 1 });
    assert.equal(report.problem_count, 0);
    const get = async (id: string) => (await store.getEvent(`gdelt-${id}`))!;
    const accuse = await get('1160000001');
    assert.deepEqual(
      [accuse.date, accuse.event_type, accuse.mode, accuse.actor, accuse.recipient],
      ['2024-03-12', 'ACCUSE', 'allege', ['ARM'], ['AZE']],
    );
    assert.deepEqual(accuse.location, { name: 'Yerevan, Yerevan, Armenia', actor: 'ARM', lat: 40.1811, lon: 44.5136 });
    assert.deepEqual(accuse.origin, { kind: 'imported', dataset: 'gdelt', external_id: '1160000001' });
    const c = accuse.citations[0]!;
    assert.equal(text.slice(c.start, c.end), GDELT_ROWS[0]!.join('\t'), 'the citation is the row');
    assert.equal(await store.getSourceText(c.source), text, 'the file is stored as the source text');
    const visit = await get('1160000002');
    assert.deepEqual(
      [visit.event_type, visit.mode, visit.actor, visit.recipient, visit.location?.actor],
      ['CONSULT', 'visit', ['AZE'], ['RUS'], 'RUS'],
    );
    const atlanta = await get('1160000003');
    assert.deepEqual(
      [atlanta.actor, atlanta.recipient, atlanta.location?.actor],
      [['GEO'], ['USA'], 'USA'],
      'Georgia the actor, the US the place',
    );
    const eu = await get('1160000004');
    assert.deepEqual([eu.actor, eu.event_type, eu.mode, eu.context], [['EU'], 'REQUEST', 'assist', ['economic']]);
    const canada = await get('1160000006');
    assert.deepEqual(
      [canada.actor, canada.actor_country],
      [['CAN'], ['CAN']],
      'an actor outside the gazetteer is kept as its code',
    );
    for (const e of await store.listEvents({ origin: ['imported'] })) EventSchema.parse(plainEvent(e));
    assert.equal(await store.countEvents({ origin: ['curated'] }), 3, 'imported events are told apart by origin');
    const again = await importFile(store, path, 'gdelt');
    assert.equal(again.duplicate, true, 'the same file is recognised');
    assert.equal(await store.countEvents({ origin: ['imported'] }), 5);
    await store.close();
  });

  test('round trip: import, export as GDELT, import again: ids, dates, codes, actors and places survive', async () => {
    const { store, dir } = await miniStore();
    const path = join(dir, 'in.CSV');
    writeFileSync(path, gdeltText(GDELT_ROWS));
    await importFile(store, path, 'gdelt');
    const rows: string[] = [];
    for await (const page of exportLines(store, 'gdelt', { origin: ['imported'] })) rows.push(...page);
    assert.equal(rows.length, 5);
    const byId = new Map(rows.map((r) => [r.split('\t')[0], r.split('\t')]));
    for (const r of byId.values()) assert.equal(r.length, 61);
    const visit = byId.get('1160000002')!;
    assert.deepEqual(
      [visit[1], visit[26], visit[27], visit[28], visit[5], visit[15]],
      ['20240313', '042', '042', '04', 'AZE', 'RUS'],
      'event codes keep their leading zero',
    );
    assert.deepEqual([visit[53], visit[56], visit[57]], ['RS', '55.7522', '37.6156'], 'the place keeps its FIPS code');
    const accuse = byId.get('1160000001')!;
    assert.deepEqual([accuse[26], accuse[29], accuse[30]], ['112', '3', '-2']);
    const eu = byId.get('1160000004')!;
    assert.deepEqual(
      [eu[5], eu[8], eu[26]],
      ['IGOEUREEC', 'EEC', '021'],
      'an appeal for economic cooperation comes back as the general appeal for cooperation',
    );
    const out = join(dir, 'out.CSV');
    writeFileSync(out, `${rows.join('\n')}\n`);
    const second = await miniStore();
    await importFile(second.store, out, 'gdelt');
    const before = await store.listEvents({ origin: ['imported'] });
    const after = await second.store.listEvents({ origin: ['imported'] });
    const key = (e: (typeof before)[number]) =>
      JSON.stringify([
        e.id,
        e.date,
        e.event_type,
        e.mode,
        e.actor_country,
        e.recipient_country,
        e.location?.actor,
        e.location?.lat,
        e.location?.lon,
      ]);
    assert.deepEqual(after.map(key), before.map(key));
    await store.close();
    await second.store.close();
  });

  test('bad rows are reported with their line numbers and the good ones kept; --strict keeps nothing', async () => {
    const { store, dir } = await miniStore();
    const truncated = GDELT_ROWS[1]!.slice(0, 40).join('\t');
    const gdelt1 = GDELT_ROWS[0]!.slice(0, 57).join('\t');
    const badDate = [...GDELT_ROWS[0]!];
    badDate[0] = '1160000009';
    badDate[1] = '20240231';
    const lines = [GDELT_ROWS[0]!.join('\t'), truncated, gdelt1, badDate.join('\t'), GDELT_ROWS[1]!.join('\t')];
    const path = join(dir, 'bad.CSV');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0x31, 0x09, 0xff, 0xfe, 0x0a])]),
    );
    const report = await importFile(store, path, 'gdelt');
    assert.equal(report.imported, 2);
    assert.deepEqual(
      report.problems.map((p) => [p.record, p.message]),
      [
        ['line 2', '40 tab-separated columns; a GDELT 2.0 event row has 61 (truncated?)'],
        ['line 3', '57 tab-separated columns; a GDELT 2.0 event row has 61 (this looks like a GDELT 1.0 row)'],
        ['line 4', 'SQLDATE: "2024-02-31" is impossible: that month has 29 days'],
        ['line 6', 'not valid UTF-8'],
      ],
    );
    const { store: strictStore } = await miniStore();
    await assert.rejects(
      () => importFile(strictStore, path, 'gdelt', { strict: true }),
      /4 malformed row\(s\).*nothing imported/,
    );
    assert.equal(await strictStore.countEvents({ origin: ['imported'] }), 0);
    assert.equal((await strictStore.counts()).sources, 1, 'no source record either');
    await store.close();
    await strictStore.close();
  });
});
