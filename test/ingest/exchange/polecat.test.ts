/** PLOVER/POLECAT JSON lines: Orrery's own lines and POLECAT-style keys, bad lines, and a round trip. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../../src/ingest/exchange/importer.js';
import { exportLines } from '../../../src/ingest/exchange/exporter.js';
import { forEachStoreBackend, miniStoreOn } from '../../helpers/store-backends.js';

const LINES = [
  JSON.stringify({
    id: 'pc-1',
    date: '2024-03-04',
    event_type: 'CONSULT',
    mode: 'visit',
    context: ['diplomatic'],
    actor: ['leader-a'],
    recipient: ['NNN'],
    summary: 'The Alphan leader visits Northland.',
  }),
  JSON.stringify({
    'Event ID': '20240302-0001-ab12',
    'Event Date': '2024-03-02',
    'Event Type': 'ACCUSE',
    'Event Mode': 'war crimes',
    Contexts: 'military;cyber',
    'Actor Name': 'Betaland',
    'Actor Country': 'BBB',
    'Recipient Name': 'Republic of Alphaland',
    'Recipient Country': 'AAA',
    Placename: 'Betaville',
    Latitude: 41.2,
    Longitude: 44.9,
  }),
  '[1, 2, 3]',
  '{"id": "pc-3", "date": "2024-03-05", ',
  JSON.stringify({
    id: 'pc-4',
    date: '2024-03-06',
    event_type: 'DEMAND',
    actor_country: 'NNN',
    recipient_country: 'BBB',
  }),
  JSON.stringify({ id: 'pc-5', date: '2024-03-07', event_type: 'PARTY', actor: ['AAA'] }),
  JSON.stringify({ id: 'pc-6', date: 'yesterday', event_type: 'AGREE', actor: ['AAA'] }),
  '"just a string"',
  JSON.stringify({
    id: 'pc-7',
    date: '2024-03-08',
    event_type: 'SUPPORT',
    mode: 'moral',
    actor_country: ['CAN'],
    recipient_country: 'XYZ',
  }),
];

forEachStoreBackend((backend) => {
  const miniStore = () => miniStoreOn(backend);

  test('JSON lines in Orrery and POLECAT spellings arrive; bad lines are named by number', async () => {
    const { store, dir } = await miniStore();
    const path = join(dir, 'events.jsonl');
    writeFileSync(path, `${LINES.join('\n')}\n`);
    const r = await importFile(store, path, 'polecat');
    assert.equal(r.imported, 4);
    assert.deepEqual(
      r.problems.map((p) => [p.record, p.message.replace(/\(.*\)/, '(...)')]),
      [
        ['line 3', 'a JSON array, not an object'],
        ['line 4', 'not JSON (...)'],
        ['line 6', 'event type "PARTY" is not a PLOVER type'],
        ['line 7', 'date: "yesterday" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
        ['line 8', 'a JSON string, not an object'],
      ],
    );
    const visit = (await store.getEvent('polecat-pc-1'))!;
    assert.deepEqual(
      [visit.actor, visit.actor_country, visit.recipient, visit.mode, visit.context, visit.summary],
      [['leader-a'], ['AAA'], ['NNN'], 'visit', ['diplomatic'], 'The Alphan leader visits Northland.'],
    );
    const accuse = (await store.getEvent('polecat-20240302-0001-ab12'))!;
    assert.deepEqual(
      [accuse.actor, accuse.recipient, accuse.mode, accuse.context, accuse.location],
      [['BBB'], ['AAA'], 'war-crimes', ['military'], { name: 'Betaville', lat: 41.2, lon: 44.9 }],
    );
    assert.deepEqual(accuse.origin, { kind: 'imported', dataset: 'polecat', external_id: '20240302-0001-ab12' });
    const demand = (await store.getEvent('polecat-pc-4'))!;
    assert.deepEqual(
      [demand.event_type, demand.actor, demand.recipient],
      ['REQUEST', ['NNN'], ['BBB']],
      'an older PLOVER type is folded in',
    );
    const support = (await store.getEvent('polecat-pc-7'))!;
    assert.deepEqual(
      [support.actor, support.recipient, support.mode],
      [['CAN'], ['XYZ'], null],
      'a code in countries.yaml maps; an unknown one is kept',
    );
    assert.deepEqual(
      r.dropped.sort((a, b) => a.what.localeCompare(b.what)),
      [
        { what: 'context cyber', count: 1 },
        { what: 'mode SUPPORT/moral', count: 1 },
      ],
    );
    assert.deepEqual(r.unknown_actors, [{ code: 'XYZ', count: 1 }]);
    await store.close();
  });

  test('round trip: export as JSON lines, import elsewhere: types, modes, dates, actors and summaries survive', async () => {
    const { store, dir } = await miniStore();
    const lines: string[] = [];
    for await (const page of exportLines(store, 'polecat', {}, 2)) lines.push(...page);
    assert.equal(lines.length, 3, 'paged export gives every event once');
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, `${lines.join('\n')}\n`);
    const other = await miniStore();
    const r = await importFile(other.store, out, 'polecat');
    assert.equal(r.imported, 3);
    const before = await store.listEvents({ origin: ['curated'] });
    const after = await other.store.listEvents({ origin: ['imported'] });
    const key = (e: (typeof before)[number]) =>
      JSON.stringify([
        e.date,
        e.event_type,
        e.mode,
        e.context,
        e.actor,
        e.recipient,
        e.actor_country,
        e.summary,
        e.status,
      ]);
    assert.deepEqual(after.map(key).sort(), before.map(key).sort());
    assert.deepEqual(
      after.map((e) => e.origin.kind === 'imported' && e.origin.external_id).sort(),
      before.map((e) => e.id).sort(),
    );
    await store.close();
    await other.store.close();
  });
});
