/**
 * The store conformance suite: every backend must pass it. A backend's test file calls
 * `storeConformance(name, open)` where `open()` gives a fresh, empty, migrated store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConflictError,
  NotFoundError,
  SCHEMAS,
  type Conflict,
  type Dataset,
  type Event,
  type Source,
} from '../../src/model/index.js';
import { sha256 } from '../../src/dataset/hash.js';
import { deriveEvent, type Actor } from '../../src/model/index.js';
import { deriveRows, slimRows } from '../../src/ingest/exchange/wire/derived-columns.js';
import {
  emptyRows,
  pushRow,
  rowCount,
  rowEvent,
  type ImportedRow,
  type ImportedRows,
} from '../../src/ingest/exchange/wire/row-batch.js';
import { eventVersion } from '../../src/store/event-version.js';
import { PACKED_INTS, packRows } from '../../src/ingest/exchange/wire/packed-batch.js';
import type { Store } from '../../src/store/store.js';
import { cite, miniRecords } from '../helpers/mini.js';
import { importSource } from '../helpers/import-source.js';

export function miniDataset(): Dataset {
  const raw = miniRecords() as unknown as Record<keyof Dataset, unknown[]>;
  const out = {} as Record<string, unknown[]>;
  for (const [kind, list] of Object.entries(raw)) out[kind] = list.map((r) => SCHEMAS[kind as keyof Dataset].parse(r));
  return out as unknown as Dataset;
}

const coded: Event = SCHEMAS.events.parse({
  id: 'coded-talks-2024',
  date: '2024-02',
  actor: ['AAA'],
  recipient: ['NNN'],
  event_type: 'CONSULT',
  mode: null,
  summary: 'Machine-coded talks between Alphaland and Northland.',
  citations: [cite('Test wire, 1 March 2024.')],
  origin: { kind: 'coded', confidence: 0.7, rule: 'consult/verb-talks', review: 'pending' },
}) as Event;

export function storeConformance(
  name: string,
  open: () => Promise<Store>,
  reopen?: (s: Store) => Promise<Store>,
): void {
  const loaded = async (): Promise<Store> => {
    const s = await open();
    await s.loadDataset(miniDataset());
    return s;
  };

  test(`${name}: migrations are idempotent and a new store is empty`, async () => {
    const s = await open();
    const v = await s.schemaVersion();
    assert.ok(v >= 1);
    await s.migrate();
    assert.equal(await s.schemaVersion(), v);
    assert.equal(await s.isEmpty(), true);
    await s.close();
  });

  test(`${name}: a loaded dataset reads back unchanged`, async () => {
    const s = await loaded();
    const ds = miniDataset();
    const back = await s.readDataset();
    assert.deepEqual(back.actors.map((a) => a.id).sort(), ds.actors.map((a) => a.id).sort());
    assert.deepEqual(
      back.events.find((e) => e.id === 'border-protocol-2024'),
      ds.events.find((e) => e.id === 'border-protocol-2024'),
    );
    assert.deepEqual(back.relations, ds.relations);
    assert.deepEqual(back.conflicts, ds.conflicts);
    const counts = await s.counts();
    assert.equal(counts.events, 3);
    assert.equal(counts.events_by_origin.curated, 3);
    await s.close();
  });

  test(`${name}: events carry derived coding and resolved countries`, async () => {
    const s = await loaded();
    const agree = await s.getEvent('border-protocol-2024');
    assert.equal(agree?.quad_class, 'verbal-cooperation');
    assert.equal(agree?.intensity, 8, 'AGREE treaty: Goldstein weight of signing a formal agreement (intensity.ts)');
    assert.equal(agree?.date_precision, 'day');
    const visit = await s.getEvent('leader-visit-2019');
    assert.deepEqual(visit?.actor_country, ['AAA'], 'the leader resolves to the state of the office held in 2019');
    assert.equal(visit?.date_precision, 'year');
    await s.close();
  });

  test(`${name}: event filters`, async () => {
    const s = await loaded();
    const ids = async (q: Parameters<Store['listEvents']>[0]): Promise<string[]> =>
      (await s.listEvents(q)).map((e) => e.id);
    assert.deepEqual(await ids({ actor: ['NNN'] }), ['leader-visit-2019']);
    assert.deepEqual(
      await ids({ pair: ['AAA', 'NNN'] }),
      ['leader-visit-2019'],
      'a person counts for the state they served',
    );
    assert.deepEqual(await ids({ pair: ['BBB', 'AAA'] }), ['border-protocol-2024', 'troop-move-denied-2024']);
    assert.deepEqual(await ids({ types: ['MOBILIZE'] }), ['troop-move-denied-2024']);
    assert.deepEqual(await ids({ from: '2024-01', to: '2024-01' }), ['border-protocol-2024']);
    assert.deepEqual(
      await ids({ from: '2019-06', to: '2019-06' }),
      ['leader-visit-2019'],
      'a year-precision date overlaps its months',
    );
    assert.deepEqual(await ids({ text: 'protocol' }), ['border-protocol-2024']);
    assert.deepEqual(await ids({ status: ['denied'] }), ['troop-move-denied-2024']);
    assert.deepEqual(await ids({ limit: 1, offset: 1 }), ['border-protocol-2024']);
    assert.equal(await s.countEvents({ actor: ['AAA'] }), 3);
    await s.close();
  });

  test(`${name}: actors are found by any of their names`, async () => {
    const s = await loaded();
    assert.deepEqual(
      (await s.findActors('alphaville')).map((a) => a.id),
      ['AAA'],
    );
    assert.deepEqual(
      (await s.findActors('The Citadel')).map((a) => a.id),
      ['NNN'],
    );
    assert.deepEqual(
      (await s.findActors('Alphan')).map((a) => a.id),
      ['AAA'],
    );
    assert.deepEqual(
      (await s.findActors('nowhere')).map((a) => a.id),
      [],
    );
    assert.equal((await s.getActor('leader-a'))?.roles.length, 2);
    await s.close();
  });

  test(`${name}: relations, conflicts and search`, async () => {
    const s = await loaded();
    assert.equal((await s.listRelations({ actor: 'AAA', at: '2000-01-01' })).length, 1);
    assert.equal((await s.listRelations({ actor: 'AAA', at: '1990-01-01' })).length, 0);
    assert.deepEqual(
      (await s.listConflicts({ record: 'border-protocol-2024' })).map((c) => c.id),
      ['border-protocol-date'],
    );
    assert.deepEqual(await s.listConflicts({ record: 'leader-visit-2019' }), []);
    const hits = await s.search('base');
    assert.ok(hits.some((h) => h.kind === 'relation' && h.id === 'northland-base-in-alphaland'));
    await s.close();
  });

  test(`${name}: claims are stored whole, counted, and replaced with the dataset`, async () => {
    const s = await loaded();
    const ds = miniDataset();
    assert.deepEqual(await s.listClaims(), ds.claims);
    assert.deepEqual((await s.readDataset()).claims, ds.claims);
    assert.equal((await s.counts()).claims, ds.claims.length);
    const second = { ...ds.claims[0]!, id: 'second-claim', statement: 'A second claim, written after the first.' };
    await s.loadDataset({ ...ds, claims: [ds.claims[0]!, second] });
    assert.deepEqual(
      (await s.listClaims()).map((c) => c.id),
      ['northland-backs-alphaland', 'second-claim'],
      'in the order the dataset gives them',
    );
    await s.loadDataset({ ...ds, claims: [] });
    assert.deepEqual(await s.listClaims(), [], 'a reload without claims leaves none');
    await s.close();
  });

  test(`${name}: coded events survive a reload of the curated dataset and can be reviewed`, async () => {
    const s = await loaded();
    await s.putEvents([coded]);
    await s.loadDataset(miniDataset());
    assert.equal((await s.counts()).events_by_origin.coded, 1);
    assert.deepEqual(
      (await s.listEvents({ review: ['accepted'] })).map((e) => e.id).includes('coded-talks-2024'),
      false,
    );
    await s.putEvents([
      { ...coded, origin: { kind: 'coded', confidence: 0.7, rule: 'consult/verb-talks', review: 'accepted' } },
    ]);
    assert.ok((await s.listEvents({ review: ['accepted'] })).some((e) => e.id === 'coded-talks-2024'));
    assert.equal(await s.deleteEvent('coded-talks-2024'), true);
    assert.equal(await s.getEvent('coded-talks-2024'), undefined);
    assert.equal(await s.deleteEvent('coded-talks-2024'), false);
    await s.close();
  });

  test(`${name}: a failing load changes nothing`, async () => {
    const s = await loaded();
    const bad = miniDataset();
    bad.relations = [{ ...bad.relations[0]!, id: 'dangling', actors: ['AAA', 'ZZZ'] }];
    bad.events = [];
    await assert.rejects(() => s.loadDataset(bad));
    assert.equal((await s.counts()).events, 3, 'the earlier dataset is intact');
    assert.equal((await s.counts()).relations, 1);
    await s.close();
  });

  test(`${name}: an ingested source keeps its text`, async () => {
    const s = await loaded();
    const src = { ...miniDataset().sources[0]!, id: 'ingested-1', file: 'ingested-1.txt' };
    await s.putSource(src, 'Some ingested text.');
    assert.equal(await s.getSourceText('ingested-1'), 'Some ingested text.');
    assert.equal(await s.getSourceText('mini'), undefined);
    await s.loadDataset(miniDataset());
    assert.equal(
      await s.getSourceText('ingested-1'),
      'Some ingested text.',
      'reloading the dataset keeps ingested documents',
    );
    await s.close();
  });

  ingestConformance(name, loaded);

  if (reopen) {
    test(`${name}: data persists across reopening`, async () => {
      const s = await loaded();
      const again = await reopen(s);
      assert.equal((await again.counts()).events, 3);
      await again.close();
    });
  }
}

/** A document as the ingest pipeline hands it to the store, citing its own text. */
function ingestedDoc(
  text: string,
  id = `doc-${sha256(text).slice(0, 16)}`,
): { source: Source; cite: (phrase: string) => Event['citations'][number] } {
  const source: Source = {
    id,
    title: 'An ingested note',
    author: null,
    publisher: null,
    published: '2024-03-05',
    published_inferred: false,
    kind: 'news',
    url: null,
    file: `${id}.txt`,
    sha256: sha256(text),
  };
  return {
    source,
    cite: (phrase) => {
      const start = text.indexOf(phrase);
      if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
      return { source: id, start, end: start + phrase.length, sha256: sha256(phrase) };
    },
  };
}

function codedEvent(id: string, citation: Event['citations'][number], date = '2024-03-04'): Event {
  return SCHEMAS.events.parse({
    id,
    date,
    actor: ['AAA'],
    recipient: ['NNN'],
    event_type: 'CONSULT',
    mode: 'visit',
    summary: 'Alphaland visits Northland.',
    citations: [citation],
    origin: { kind: 'coded', confidence: 0.8, rule: 'consult/visit', review: 'pending' },
  }) as Event;
}

/** Store methods used by ingest, review and import: transactions, versions, duplicates, reloads. */
function ingestConformance(name: string, loaded: () => Promise<Store>): void {
  const TEXT = 'Alphaland leaders visited Northland on 4 March 2024. Border talks were held in Betaville on 2 March.';

  test(`${name}: a document is committed whole and recognised by its hash`, async () => {
    const s = await loaded();
    const { source, cite: c } = ingestedDoc(TEXT);
    const ev = codedEvent('coded-visit-2024', c('Alphaland leaders visited Northland on 4 March 2024.'));
    const conflict: Conflict = {
      id: 'conflict-date-test',
      kind: 'date',
      topic: 'When the visit took place',
      claims: [
        { says: 'On 4 March 2024', value: '2024-03-04', record: 'coded-visit-2024', citations: ev.citations },
        {
          says: 'In January 2024',
          value: '2024-01',
          record: 'leader-visit-2019',
          citations: [cite('visited the northern power in 2019')],
        },
      ],
    };
    assert.deepEqual(
      await s.commitDocument({ source, text: TEXT, events: [ev], corroborations: [], conflicts: [conflict] }),
      { duplicate: false },
    );
    assert.equal(await s.getSourceText(source.id), TEXT);
    assert.equal((await s.findSourceBySha256(sha256(TEXT)))?.id, source.id);
    assert.equal(await s.findSourceBySha256(sha256('other')), undefined);
    assert.equal((await s.getEvent('coded-visit-2024'))?.origin.kind, 'coded');
    assert.deepEqual(
      (await s.listConflicts({ record: 'coded-visit-2024' })).map((x) => x.id),
      ['conflict-date-test'],
    );
    const again = await s.commitDocument({
      source: { ...source, id: 'doc-renamed' },
      text: TEXT,
      events: [],
      corroborations: [],
      conflicts: [],
    });
    assert.deepEqual(again, { duplicate: true }, 'the same text under another id is a duplicate');
    assert.equal((await s.counts()).sources, 2);
    await s.loadDataset(miniDataset());
    assert.ok(await s.getEvent('coded-visit-2024'), 'coded events survive a reload');
    assert.deepEqual(
      (await s.listConflicts({ record: 'coded-visit-2024' })).map((x) => x.id),
      ['conflict-date-test'],
      'ingested conflicts survive a reload',
    );
    assert.equal((await s.listConflicts()).length, 2);
    await s.close();
  });

  test(`${name}: a failing document leaves nothing behind`, async () => {
    const s = await loaded();
    const { source, cite: c } = ingestedDoc(TEXT);
    const ev = codedEvent('coded-visit-2024', c('Alphaland leaders visited Northland on 4 March 2024.'));
    const stale = {
      event: 'border-protocol-2024',
      citation: c('Border talks were held in Betaville on 2 March.'),
      ifMatch: '0000000000000000',
    };
    await assert.rejects(
      () => s.commitDocument({ source, text: TEXT, events: [ev], corroborations: [stale], conflicts: [] }),
      ConflictError,
    );
    assert.equal(await s.getSource(source.id), undefined);
    assert.equal(await s.getEvent('coded-visit-2024'), undefined);
    const bad = { ...ev, id: 'Not An Id' } as Event;
    await assert.rejects(() =>
      s.commitDocument({ source, text: TEXT, events: [bad], corroborations: [], conflicts: [] }),
    );
    assert.equal(await s.getSource(source.id), undefined);
    assert.equal((await s.counts()).events, 3);
    await s.close();
  });

  test(`${name}: a corroborating citation is added to the event and survives a reload`, async () => {
    const s = await loaded();
    const { source, cite: c } = ingestedDoc(TEXT);
    const target = (await s.getEvent('border-protocol-2024'))!;
    const citation = c('Border talks were held in Betaville on 2 March.');
    await s.commitDocument({
      source,
      text: TEXT,
      events: [],
      corroborations: [{ event: target.id, citation, ifMatch: eventVersion(target) }],
      conflicts: [],
    });
    const after = (await s.getEvent('border-protocol-2024'))!;
    assert.equal(after.citations.length, 2);
    assert.notEqual(eventVersion(after), eventVersion(target), 'a new citation changes the version');
    await s.loadDataset(miniDataset());
    assert.deepEqual(
      (await s.getEvent('border-protocol-2024'))!.citations.at(-1),
      citation,
      'the added citation is put back after a reload',
    );
    await s.close();
  });

  test(`${name}: updateEvent refuses a stale version`, async () => {
    const s = await loaded();
    await s.putEvents([coded]);
    const v0 = eventVersion((await s.getEvent(coded.id))!);
    const accepted: Event = {
      ...coded,
      origin: { kind: 'coded', confidence: 0.7, rule: 'consult/verb-talks', review: 'accepted' },
    };
    const stored = await s.updateEvent(accepted, v0);
    assert.equal(stored.origin.kind === 'coded' && stored.origin.review, 'accepted');
    assert.equal(stored.quad_class, 'verbal-cooperation');
    const rejected: Event = {
      ...coded,
      origin: { kind: 'coded', confidence: 0.7, rule: 'consult/verb-talks', review: 'rejected' },
    };
    await assert.rejects(
      () => s.updateEvent(rejected, v0),
      ConflictError,
      'an edit made against the old version is refused',
    );
    const now = (await s.getEvent(coded.id))!;
    assert.equal(now.origin.kind === 'coded' && now.origin.review, 'accepted', 'the first edit is not lost');
    assert.equal(eventVersion(now), eventVersion(stored));
    await assert.rejects(() => s.updateEvent({ ...coded, id: 'no-such-event' }), NotFoundError);
    await s.close();
  });

  test(`${name}: putConflicts replaces by id`, async () => {
    const s = await loaded();
    const conflict: Conflict = {
      id: 'conflict-x',
      kind: 'date',
      topic: 'A test conflict',
      claims: [
        { says: 'One date', value: '2024-01', record: 'border-protocol-2024', citations: [cite('on 12 January 2024')] },
        {
          says: 'Another date',
          value: '2023-12',
          citations: [cite('A second report put the signing in December 2023 instead.')],
        },
      ],
    };
    await s.putConflicts([conflict]);
    await s.putConflicts([{ ...conflict, topic: 'A renamed test conflict' }]);
    const found = (await s.listConflicts()).filter((c) => c.id === 'conflict-x');
    assert.deepEqual(
      found.map((c) => c.topic),
      ['A renamed test conflict'],
    );
    assert.ok((await s.search('renamed')).some((h) => h.id === 'conflict-x'));
    await s.close();
  });

  test(`${name}: a bulk import commits whole, rolls back whole, and keeps the file text`, async () => {
    const s = await loaded();
    const rowsText = 'row one\tAAA\trow\nrow two\tBBB\trow\nGümrü — 🇬🇪\n';
    const source: Source = importSource('import-test', sha256(rowsText));
    const row = (i: number, line: string): Event => {
      const start = rowsText.indexOf(line);
      return SCHEMAS.events.parse({
        id: `import-test-${i}`,
        date: '2024-01-02',
        actor: ['AAA'],
        recipient: ['XYZ'],
        event_type: 'ACCUSE',
        mode: null,
        summary: 'Imported row.',
        citations: [{ source: 'import-test', start, end: start + line.length, sha256: sha256(line) }],
        origin: { kind: 'imported', dataset: 'test', external_id: String(i) },
      }) as Event;
    };
    const failed = await s.beginImport(source);
    await failed.appendText(rowsText);
    await failed.addEvents([row(1, 'row one\tAAA\trow')]);
    await failed.rollback();
    assert.equal(await s.getSource('import-test'), undefined);
    assert.equal(await s.getEvent('import-test-1'), undefined);
    const session = await s.beginImport(source);
    // Pieces come as strings or as their UTF-8 bytes.
    await session.appendText(rowsText.slice(0, 10));
    await session.appendText(new TextEncoder().encode(rowsText.slice(10, 36)));
    await session.appendText(rowsText.slice(36, 40));
    await session.appendText(new TextEncoder().encode(rowsText.slice(40)));
    await session.addEvents([row(1, 'row one\tAAA\trow')]);
    await session.addEvents([row(2, 'row two\tBBB\trow'), row(1, 'row one\tAAA\trow')]);
    await session.commit();
    assert.equal(await s.getSourceText('import-test'), rowsText);
    assert.equal((await s.findSourceBySha256(sha256(rowsText)))?.id, 'import-test');
    assert.equal(
      await s.countEvents({ origin: ['imported'] }),
      2,
      'an event imported twice is replaced, not duplicated',
    );
    assert.deepEqual(
      (await s.getEvent('import-test-1'))?.recipient_country,
      ['XYZ'],
      'an unknown actor code is kept as it is',
    );
    await s.loadDataset(miniDataset());
    assert.equal(await s.countEvents({ origin: ['imported'] }), 2, 'imported events survive a reload');
    assert.equal(await s.getSourceText('import-test'), rowsText);
    await s.close();
  });

  test(`${name}: imported rows are stored as the events they stand for, read back whole`, async () => {
    const s = await loaded();
    const source: Source = importSource('rows-test', 'c'.repeat(64));
    const rows = emptyRows('gdelt', 'rows-test');
    const base: ImportedRow = {
      id: 'rows-test-1',
      external_id: '1',
      date: '2019-06-01',
      actor: 'leader-a',
      recipient: 'NNN',
      event_type: 'CONSULT',
      mode: 'visit',
      context: [],
      place: 'Alphaville, "Old" Town',
      place_actor: 'AAA',
      lat: 40.25,
      lon: -44.5,
      summary: 'A row: "quoted" \\ text.',
      start: 0,
      end: 10,
      sha256: 'd'.repeat(64),
    };
    const all: ImportedRow[] = [];
    const add = (r: ImportedRow): void => {
      all.push(r);
      pushRow(rows, r);
    };
    // A person resolving by office at the date, a territory by who held it, unknown codes, no recipient,
    // the same actor twice, a place without coordinates or state, contexts, a month date.
    add(base);
    add({
      ...base,
      id: 'rows-test-2',
      external_id: '2',
      date: '2015-03-04',
      recipient: 'TERR',
      mode: null,
      context: ['territory', 'military'],
      lat: null,
    });
    add({
      ...base,
      id: 'rows-test-3',
      external_id: '3',
      date: '2021-01',
      actor: 'TERR',
      recipient: null,
      event_type: 'ASSAULT',
      mode: 'beat',
      place: null,
    });
    add({
      ...base,
      id: 'rows-test-4',
      external_id: '4',
      actor: 'XYZ',
      recipient: 'XYZ',
      event_type: 'ACCUSE',
      mode: null,
      place_actor: null,
      lon: null,
    });
    add({
      ...base,
      id: 'rows-test-5',
      external_id: '5',
      actor: 'AAA',
      recipient: 'QQQ',
      event_type: 'AID',
      mode: 'military',
      place: 'Nowhere',
    });
    // An id that tells the row's origin (the stored JSON then leaves the origin out).
    add({
      ...base,
      id: 'gdelt-6',
      external_id: '6',
      date: '2019-06-02',
      actor: 'AAA',
      recipient: 'BBB',
      event_type: 'REJECT',
      mode: null,
    });
    // Packed batches whose rows all have whole-day dates and lone sides take a shorter way into a
    // store than others: batches of each kind are written here.
    const lone = new Set(['rows-test-4', 'rows-test-5', 'gdelt-6']);
    const loneDays = emptyRows('gdelt', 'rows-test');
    const days = emptyRows('gdelt', 'rows-test');
    const other = emptyRows('gdelt', 'rows-test');
    for (const r of all) pushRow(lone.has(r.id) ? loneDays : r.date.length === 10 ? days : other, r);
    const batches = (): ImportedRows[] => [loneDays, days, other];
    const actors = new Map((await s.listActors()).map((a) => [a.id, a]));
    const session = await s.beginImport(source);
    for (const batch of batches()) await session.addRows(batch);
    await session.commit();
    for (let i = 0; i < rowCount(rows); i++) {
      const want = deriveEvent(SCHEMAS.events.parse(rowEvent(rows, i)) as Event, (id) => actors.get(id));
      assert.deepEqual(await s.getEvent(want.id), want, `${want.id} reads back as the event its row stands for`);
    }
    // The same rows derived beforehand and slimmed, as the import worker posts them, store the same.
    const before = await s.listEvents({ origin: ['imported'] });
    const again = await s.beginImport(source);
    for (const batch of batches()) await again.addRows(slimRows(batch, (id) => actors.get(id)));
    await again.commit();
    assert.deepEqual(
      await s.listEvents({ origin: ['imported'] }),
      before,
      'slim rows replace the events with equal ones',
    );
    // And packed, as the import worker posts them.
    const packed = await s.beginImport(source);
    for (const batch of batches()) {
      const lookup = (id: string): Actor | undefined => actors.get(id);
      const p = packRows(batch, deriveRows(batch, lookup));
      assert.equal(p.ints.length / PACKED_INTS, rowCount(batch));
      await packed.addRows(p);
    }
    await packed.commit();
    assert.deepEqual(
      await s.listEvents({ origin: ['imported'] }),
      before,
      'packed rows replace the events with equal ones',
    );
    assert.deepEqual(
      (await s.getEvent('rows-test-1'))?.actor_country,
      ['AAA'],
      'a person resolves to the state of the office held at the date',
    );
    assert.deepEqual(
      (await s.getEvent('rows-test-2'))?.recipient_country,
      ['BBB'],
      'a territory resolves to who held it at the date',
    );
    assert.equal(await s.countEvents({ origin: ['imported'], actor: ['AAA'] }), 4);
    assert.equal(await s.countEvents({ origin: ['imported'], pair: ['AAA', 'NNN'] }), 1);
    assert.equal(await s.countEvents({ origin: ['imported'], types: ['CONSULT'] }), 2);
    assert.deepEqual((await s.getEvent('gdelt-6'))?.origin, { kind: 'imported', dataset: 'gdelt', external_id: '6' });
    assert.deepEqual(
      (await s.listEvents({ origin: ['imported'] })).map((e) => e.id),
      ['rows-test-2', 'rows-test-1', 'rows-test-4', 'rows-test-5', 'gdelt-6', 'rows-test-3'],
    );
    await s.close();
  });

  test(`${name}: corroboration candidates: type, window edges, sides through lone columns and event_actors, origins`, async () => {
    const s = await loaded();
    const at = cite('Test wire, 1 March 2024.');
    const ev = (id: string, over: Record<string, unknown>): Event =>
      SCHEMAS.events.parse({
        id,
        actor: ['AAA'],
        recipient: ['NNN'],
        event_type: 'CONSULT',
        mode: null,
        summary: `Candidate fixture ${id}.`,
        citations: [at],
        ...over,
      }) as Event;
    const codedOrigin = { kind: 'coded', confidence: 0.7, rule: 'r', review: 'pending' };
    await s.putEvents([
      ev('talks-mar-10', { date: '2024-03-10' }),
      ev('talks-mar-30', { date: '2024-03-30', origin: codedOrigin }),
      ev('talks-long', { date: '2023-01-05', end_date: '2024-03-15', actor: ['BBB'], recipient: ['AAA'] }),
      ev('talks-joint', { date: '2024-03-20', actor: ['BBB', 'NNN'], recipient: [] }),
      ev('threat-mar-20', { date: '2024-03-20', event_type: 'THREATEN' }),
    ]);
    const source: Source = {
      id: 'cand-import',
      title: 'Imported rows',
      author: null,
      publisher: null,
      published: '2024-03-31',
      published_inferred: true,
      kind: 'news',
      url: null,
      file: 'cand.tab',
      sha256: sha256('row\n'),
    };
    const session = await s.beginImport(source);
    await session.appendText('row\n');
    const row = { source: 'cand-import', start: 0, end: 3, sha256: sha256('row') };
    await session.addEvents([
      ev('imp-1', {
        date: '2024-03-20',
        citations: [row],
        origin: { kind: 'imported', dataset: 'imp', external_id: '1' },
      }),
      ev('imp-2', {
        date: '2024-03-09',
        citations: [row],
        origin: { kind: 'imported', dataset: 'imp', external_id: '2' },
      }),
    ]);
    await session.commit();
    const ids = async (q: Partial<Parameters<Store['findCandidates']>[0]>): Promise<string[]> =>
      (
        await s.findCandidates({ type: 'CONSULT', actors: ['AAA', 'NNN'], date: '2024-03-20', windowDays: 10, ...q })
      ).map((e) => e.id);

    // Window edges: 10 days either side reaches 10 and 30 March, 9 days neither. Events that began long
    // before are found by their spans: the talks that ran to 15 March, the 2019 visit (dated by year;
    // its sides are event_actors rows, leader-a standing for AAA).
    assert.deepEqual(await ids({}), ['talks-long', 'talks-mar-10', 'talks-joint', 'talks-mar-30']);
    assert.deepEqual(await ids({ windowDays: 9 }), ['talks-long', 'talks-joint']);
    assert.deepEqual(await ids({ windowDays: 4 }), ['talks-joint'], 'the long event ended five days before');
    assert.deepEqual(
      await ids({ date: '2024-03-18', end_date: '2024-03-21', windowDays: 0 }),
      ['talks-joint'],
      'an end date widens the window',
    );
    assert.deepEqual(
      await ids({ date: '2019-07-01', windowDays: 0 }),
      ['leader-visit-2019'],
      'a year-precision event spans its year',
    );
    assert.deepEqual(
      await ids({ date: '2019-07-01', windowDays: 0, actors: ['leader-a'] }),
      ['leader-visit-2019'],
      'by actor id',
    );
    assert.deepEqual(
      await ids({ date: '2024-03', windowDays: 0 }),
      ['talks-long', 'talks-mar-10', 'talks-joint', 'talks-mar-30'],
      'a partial date means all its days',
    );

    // Sides: lone columns (AAA -> NNN), event_actors rows (BBB and NNN together), one shared actor is enough.
    assert.deepEqual(await ids({ actors: ['NNN'], windowDays: 0 }), ['talks-joint']);
    assert.deepEqual(await ids({ actors: ['BBB'] }), ['talks-long', 'talks-joint']);
    assert.deepEqual(await ids({ actors: ['XYZ'] }), []);
    assert.deepEqual(await ids({ actors: [] }), []);
    assert.deepEqual(await ids({ type: 'THREATEN' }), ['threat-mar-20']);

    // Origins: curated and coded by default, imported only when asked for (found by their first day).
    assert.deepEqual(await ids({ origin: ['curated'] }), ['talks-long', 'talks-mar-10', 'talks-joint']);
    assert.deepEqual(await ids({ origin: ['coded'] }), ['talks-mar-30']);
    assert.deepEqual(await ids({ origin: ['imported'] }), ['imp-1']);
    assert.deepEqual(await ids({ origin: ['imported'], windowDays: 11 }), ['imp-2', 'imp-1']);
    assert.deepEqual(await ids({ origin: ['imported', 'curated'], windowDays: 0 }), ['imp-1', 'talks-joint']);
    assert.deepEqual(
      (
        await s.findCandidates({
          type: 'CONSULT',
          actors: ['AAA'],
          date: '2024-03-20',
          windowDays: 0,
          origin: ['imported'],
        })
      )[0],
      await s.getEvent('imp-1'),
      'read back whole',
    );
    await s.close();
  });
}
