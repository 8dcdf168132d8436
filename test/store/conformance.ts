/**
 * The store conformance suite: every backend must pass it. A backend's test file calls
 * `storeConformance(name, open)` where `open()` gives a fresh, empty, migrated store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMAS, type Dataset, type Event } from '../../src/model/index.js';
import type { Store } from '../../src/store/store.js';
import { cite, miniRecords } from '../helpers/mini.js';

export function miniDataset(): Dataset {
  const raw = miniRecords() as unknown as Record<keyof Dataset, unknown[]>;
  const out = {} as Record<string, unknown[]>;
  for (const [kind, list] of Object.entries(raw)) out[kind] = list.map((r) => SCHEMAS[kind as keyof Dataset].parse(r));
  return out as unknown as Dataset;
}

const coded: Event = SCHEMAS.events.parse({
  id: 'coded-talks-2024', date: '2024-02', actor: ['AAA'], recipient: ['NNN'], event_type: 'CONSULT', mode: null,
  summary: 'Machine-coded talks between Alphaland and Northland.', citations: [cite('Test wire, 1 March 2024.')],
  origin: { kind: 'coded', confidence: 0.7, rule: 'consult/verb-talks', review: 'pending' },
}) as Event;

export function storeConformance(name: string, open: () => Promise<Store>, reopen?: (s: Store) => Promise<Store>): void {
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
    assert.deepEqual(back.events.find((e) => e.id === 'border-protocol-2024'), ds.events.find((e) => e.id === 'border-protocol-2024'));
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
    assert.equal(agree?.intensity, 6);
    assert.equal(agree?.date_precision, 'day');
    const visit = await s.getEvent('leader-visit-2019');
    assert.deepEqual(visit?.actor_country, ['AAA'], 'the leader resolves to the state of the office held in 2019');
    assert.equal(visit?.date_precision, 'year');
    await s.close();
  });

  test(`${name}: event filters`, async () => {
    const s = await loaded();
    const ids = async (q: Parameters<Store['listEvents']>[0]): Promise<string[]> => (await s.listEvents(q)).map((e) => e.id);
    assert.deepEqual(await ids({ actor: ['NNN'] }), ['leader-visit-2019']);
    assert.deepEqual(await ids({ pair: ['AAA', 'NNN'] }), ['leader-visit-2019'], 'a person counts for the state they served');
    assert.deepEqual(await ids({ pair: ['BBB', 'AAA'] }), ['border-protocol-2024', 'troop-move-denied-2024']);
    assert.deepEqual(await ids({ types: ['MOBILIZE'] }), ['troop-move-denied-2024']);
    assert.deepEqual(await ids({ from: '2024-01', to: '2024-01' }), ['border-protocol-2024']);
    assert.deepEqual(await ids({ from: '2019-06', to: '2019-06' }), ['leader-visit-2019'], 'a year-precision date overlaps its months');
    assert.deepEqual(await ids({ text: 'protocol' }), ['border-protocol-2024']);
    assert.deepEqual(await ids({ status: ['denied'] }), ['troop-move-denied-2024']);
    assert.deepEqual(await ids({ limit: 1, offset: 1 }), ['border-protocol-2024']);
    assert.equal(await s.countEvents({ actor: ['AAA'] }), 3);
    await s.close();
  });

  test(`${name}: actors are found by any of their names`, async () => {
    const s = await loaded();
    assert.deepEqual((await s.findActors('alphaville')).map((a) => a.id), ['AAA']);
    assert.deepEqual((await s.findActors('The Citadel')).map((a) => a.id), ['NNN']);
    assert.deepEqual((await s.findActors('Alphan')).map((a) => a.id), ['AAA']);
    assert.deepEqual((await s.findActors('nowhere')).map((a) => a.id), []);
    assert.equal((await s.getActor('leader-a'))?.roles.length, 2);
    await s.close();
  });

  test(`${name}: relations, conflicts and search`, async () => {
    const s = await loaded();
    assert.equal((await s.listRelations({ actor: 'AAA', at: '2000-01-01' })).length, 1);
    assert.equal((await s.listRelations({ actor: 'AAA', at: '1990-01-01' })).length, 0);
    assert.deepEqual((await s.listConflicts({ record: 'border-protocol-2024' })).map((c) => c.id), ['border-protocol-date']);
    assert.deepEqual(await s.listConflicts({ record: 'leader-visit-2019' }), []);
    const hits = await s.search('base');
    assert.ok(hits.some((h) => h.kind === 'relation' && h.id === 'northland-base-in-alphaland'));
    await s.close();
  });

  test(`${name}: coded events survive a reload of the curated dataset and can be reviewed`, async () => {
    const s = await loaded();
    await s.putEvents([coded]);
    await s.loadDataset(miniDataset());
    assert.equal((await s.counts()).events_by_origin.coded, 1);
    assert.deepEqual((await s.listEvents({ review: ['accepted'] })).map((e) => e.id).includes('coded-talks-2024'), false);
    await s.putEvents([{ ...coded, origin: { kind: 'coded', confidence: 0.7, rule: 'consult/verb-talks', review: 'accepted' } }]);
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
    assert.equal(await s.getSourceText('ingested-1'), 'Some ingested text.', 'reloading the dataset keeps ingested documents');
    await s.close();
  });

  if (reopen) {
    test(`${name}: data persists across reopening`, async () => {
      const s = await loaded();
      const again = await reopen(s);
      assert.equal((await again.counts()).events, 3);
      await again.close();
    });
  }
}
