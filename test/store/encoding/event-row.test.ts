/**
 * The stored form of events (store/encoding/event-row.ts) and the derivation of imported rows
 * (ingest/exchange/wire/derived-columns.ts): every shipped event survives the compact JSON
 * unchanged, and a batch of rows derives, row by row, to the same record and the same JSON text as
 * the general path.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDatasetOrThrow } from '../../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../../src/dataset/paths.js';
import { deriveEvent, SCHEMAS, type Event, type StoredEvent } from '../../../src/model/index.js';
import { CODINGS, codingNumber } from '../../../src/store/encoding/coding-numbers.js';
import { deriveRows, slimRows } from '../../../src/ingest/exchange/wire/derived-columns.js';
import { emptyRows, pushRow, rowEvent, type ImportedRow } from '../../../src/ingest/exchange/wire/row-batch.js';
import { eventFromRow, eventJson, eventRow } from '../../../src/store/encoding/event-row.js';
import { miniDataset } from '../conformance.js';

function roundTrip(e: StoredEvent): StoredEvent {
  return eventFromRow(eventRow(e));
}

test('event JSON: every shipped event reads back exactly as written, from fewer bytes', () => {
  const { dataset } = loadDatasetOrThrow(defaultDataDir(), defaultSourcesDir());
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  let whole = 0;
  let compact = 0;
  for (const e of dataset.events) {
    const stored = deriveEvent(e, (id) => actors.get(id));
    assert.deepEqual(roundTrip(stored), stored, e.id);
    whole += JSON.stringify(stored).length;
    compact += eventJson(stored).length;
  }
  assert.ok(dataset.events.length > 100);
  assert.ok(compact < whole * 0.8, `compact ${compact} bytes against ${whole}`);
});

test('event JSON: a row written whole by an earlier version reads back the same', () => {
  const [e] = miniDataset().events as Event[];
  const stored = deriveEvent(e!, () => undefined);
  // Earlier versions wrote the whole record (and later ones every side and origin), with or without lone columns.
  for (const lone of [true, false]) {
    const row = { ...eventRow(stored), ...(lone ? {} : { lone_actor: null, lone_recipient: null }) };
    assert.deepEqual(eventFromRow({ ...row, json: JSON.stringify(stored) }), stored);
    assert.deepEqual(
      eventFromRow({ ...row, json: JSON.parse(JSON.stringify(stored)) as Record<string, unknown> }),
      stored,
    );
  }
});

test('event JSON: non-default fields and a quad class off the table survive', () => {
  const [e] = miniDataset().events as Event[];
  const stored: StoredEvent = {
    ...deriveEvent(e!, () => undefined),
    end_date: '2024-02',
    modality: 'negated',
    counter_claims: ['x-1'],
    note: 'a note',
    quad_class: 'material-conflict',
    actor_country: [],
    recipient_country: ['ZZZ'],
  };
  assert.deepEqual(roundTrip(stored), stored);
});

test('derived rows: the same record and JSON text as deriveEvent and eventJson, row by row', () => {
  const data = miniDataset();
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const lookup = (id: string) => actors.get(id);
  const rows = emptyRows('icews', 'rows-source');
  const base: ImportedRow = {
    id: 'r-1',
    external_id: 'R 1',
    date: '2019-06-01',
    actor: 'leader-a',
    recipient: 'NNN',
    event_type: 'CONSULT',
    mode: 'visit',
    context: [],
    place: 'Town "Ä", \\ North',
    place_actor: 'AAA',
    lat: 40.25,
    lon: -44.5,
    summary: 'sum',
    start: 3,
    end: 9,
    sha256: 'e'.repeat(64),
  };
  const variants: Array<Partial<ImportedRow>> = [
    {},
    { date: '2012', actor: 'leader-a' },
    { actor: 'TERR', date: '2019-01', recipient: null },
    { recipient: 'TERR', date: '2021-03-01' },
    { actor: 'UNKNOWN_CODE', recipient: 'UNKNOWN_CODE' },
    { place: null },
    { lat: null },
    { place_actor: null, lon: null },
    { context: ['territory', 'military'], event_type: 'AID', mode: 'military' },
    { event_type: 'ASSAULT', mode: null },
    { id: 'icews-r1', external_id: 'r1' },
    { id: 'icews-r1', external_id: 'r1', actor: 'TERR' },
    { id: 'gdelt-r1', external_id: 'r1' },
  ];
  variants.forEach((v, i) => pushRow(rows, { ...base, ...v, id: v.id ?? `r-${i}` }));
  const derived = deriveRows(rows, lookup);
  const slim = slimRows(rows, lookup);
  for (let i = 0; i < rows.id.length; i++) {
    const event = SCHEMAS.events.parse(rowEvent(rows, i)) as Event;
    const want = deriveEvent(event, lookup);
    assert.equal(derived.json[i], eventJson(want), `row ${i}: JSON text`);
    const c = CODINGS[derived.coding[i]!]!;
    assert.deepEqual(
      [c.event_type, c.mode, c.quad_code, c.intensity],
      [want.event_type, want.mode, want.quad_code, want.intensity],
      `row ${i}: coding`,
    );
    const row = eventRow(want);
    assert.deepEqual(
      [derived.lone_actor[i] || null, derived.lone_recipient[i] || null],
      [row.lone_actor, row.lone_recipient],
      `row ${i}: lone sides`,
    );
    assert.deepEqual(eventFromRow({ ...eventRow(want), json: derived.json[i]! }), want, `row ${i}: reads back`);
    assert.deepEqual(rowEvent(slim, i), rowEvent(rows, i), `row ${i}: the slim batch stands for the same event`);
  }
  assert.deepEqual(slim.place, [], 'the slim batch leaves out what its JSON holds');
});

test('event JSON: lone sides and an origin the id tells are left to the columns, and only those', () => {
  const [e] = miniDataset().events as Event[];
  const base = deriveEvent(e!, () => undefined);
  const imported = (id: string, dataset: string, external_id: string): StoredEvent => ({
    ...base,
    id,
    actor: ['AAA'],
    recipient: ['BBB'],
    actor_country: ['AAA'],
    recipient_country: ['BBB'],
    origin: { kind: 'imported', dataset, external_id },
  });
  const told = imported('gdelt-1100000000', 'gdelt', '1100000000');
  const json = JSON.parse(eventJson(told)) as Record<string, unknown>;
  assert.equal(json.origin, undefined);
  assert.equal(json.actor, undefined);
  assert.equal(json.recipient, undefined);
  assert.deepEqual(eventRow(told).lone_actor, 'AAA');
  assert.deepEqual(roundTrip(told), told);
  // Ids that do not tell the origin exactly keep it in the JSON.
  for (const [id, dataset, external] of [
    ['gdelt-11', 'gdelt', '1'],
    ['my-set-7', 'my-set', '7'],
    ['x-7', 'gdelt', '7'],
    ['icews-7-b', 'icews', '7'],
  ] as const) {
    const ev = imported(id, dataset, external);
    assert.deepEqual((JSON.parse(eventJson(ev)) as { origin: unknown }).origin, ev.origin, id);
    assert.deepEqual(roundTrip(ev), ev, id);
  }
  // Sides that are not lone stay in the JSON: two actors, an actor standing for a state, no actor.
  const sides: Array<Partial<StoredEvent>> = [
    { actor: ['AAA', 'CCC'], actor_country: ['AAA', 'CCC'] },
    { actor_country: ['ZZZ'] },
    { recipient: [], recipient_country: ['BBB'] },
    { actor: [], actor_country: [] },
  ];
  for (const v of sides) {
    const ev = { ...told, ...v };
    assert.equal(eventRow(ev).lone_actor, null, JSON.stringify(v));
    assert.deepEqual(roundTrip(ev), ev, JSON.stringify(v));
  }
  // A lone actor without a recipient.
  const alone = { ...told, recipient: [], recipient_country: [] };
  assert.equal(eventRow(alone).lone_recipient, null);
  assert.deepEqual(roundTrip(alone), alone);
});

test('event JSON: one citation is left to the cite columns; none or several stay as they are', () => {
  const [e] = miniDataset().events as Event[];
  const base = deriveEvent(e!, () => undefined);
  const c = (start: number) => ({ source: 'src-1', start, end: start + 5, sha256: 'a'.repeat(64) });
  const one = { ...base, citations: [c(3_000_000_000)] };
  const row = eventRow(one);
  assert.equal((JSON.parse(row.json) as { citations?: unknown }).citations, undefined);
  assert.deepEqual(
    [row.cite_source, row.cite_start, row.cite_end, row.cite_sha256],
    ['src-1', 3_000_000_000, 3_000_000_005, 'a'.repeat(64)],
  );
  assert.deepEqual(roundTrip(one), one);
  // PostgreSQL gives bigint columns back as strings.
  assert.deepEqual(eventFromRow({ ...row, cite_start: '3000000000', cite_end: '3000000005' }), one);
  for (const citations of [[], [c(1), c(20)]]) {
    const ev = { ...base, citations };
    const r = eventRow(ev);
    assert.equal(r.cite_source, null);
    assert.deepEqual(
      (JSON.parse(r.json) as { citations?: unknown }).citations,
      citations.length ? citations : undefined,
    );
    assert.deepEqual(roundTrip(ev), ev);
  }
  // A row written before the cite columns holds its one citation in the JSON and reads the same.
  const before = {
    ...row,
    cite_source: null,
    cite_start: null,
    cite_end: null,
    cite_sha256: null,
    json: JSON.stringify({ ...JSON.parse(row.json), citations: one.citations }),
  };
  assert.deepEqual(eventFromRow(before), one);
});

test('codings: every type and mode has one number, and the number gives back its coding', () => {
  const seen = new Set<string>();
  CODINGS.forEach((c, k) => {
    assert.equal(codingNumber(c.event_type, c.mode), k);
    const want = deriveEvent(
      { ...(miniDataset().events[0] as Event), event_type: c.event_type, mode: c.mode },
      () => undefined,
    );
    assert.deepEqual([c.quad_code, c.intensity], [want.quad_code, want.intensity], `${c.event_type}/${c.mode}`);
    seen.add(c.event_type);
  });
  assert.equal(seen.size, 16);
  assert.equal(codingNumber('CONSULT', 'no-such-mode'), undefined);
});

test('event JSON keeps how co-actors stand and the external references behind a date', () => {
  const e = deriveEvent(
    {
      ...miniDataset().events[0]!,
      actor: ['AAA', 'BBB'],
      recipient: ['NNN'],
      co_actors: 'counterparts',
      references: [
        {
          title: 'A yearbook of the region',
          publisher: 'A press',
          year: 2024,
          note: 'recalled, not fetched; gives the day',
        },
      ],
    } as Event,
    () => undefined,
  );
  const back = roundTrip(e);
  assert.equal(back.co_actors, 'counterparts');
  assert.deepEqual(back.references, e.references);
  const plain = deriveEvent({ ...miniDataset().events[0]! } as Event, () => undefined);
  assert.equal('references' in JSON.parse(eventJson(plain)), false, 'nothing written when there are none');
});
