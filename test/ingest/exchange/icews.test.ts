/**
 * The real ICEWS sample (3,705 events of 1–2 June 2018, MIT-licensed, in ../shared/data/icews): the
 * events involving Armenia, Azerbaijan and Georgia arrive with the right actors, types and dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetOrThrow } from '../../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir, projectRoot } from '../../../src/dataset/paths.js';
import { importFile } from '../../../src/ingest/exchange/importer.js';
import { codingTables } from '../../../src/ingest/exchange/coding-tables.js';
import { forEachStoreBackend } from '../../helpers/store-backends.js';

const SAMPLE = join(projectRoot(), '..', 'shared', 'data', 'icews', 'events.2018.sample.tab');
const REGION = new Set(['Armenia', 'Azerbaijan', 'Georgia']);

forEachStoreBackend((backend) => {
  test(
    'ICEWS sample: the Armenia, Azerbaijan and Georgia events arrive with their actors, types and dates',
    { skip: !existsSync(SAMPLE) && 'the ICEWS sample is not beside the project' },
    async () => {
      const { store } = await backend.fresh();
      await store.loadDataset(loadDatasetOrThrow(defaultDataDir(), defaultSourcesDir()).dataset);
      const report = await importFile(store, SAMPLE, 'icews');
      assert.equal(report.problem_count, 0, JSON.stringify(report.problems.slice(0, 3)));
      assert.equal(report.lines, 3706);

      // What the file says, read here independently of the importer.
      const [header, ...rows] = readFileSync(SAMPLE, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split('\t'));
      const col = (name: string): number => header!.indexOf(name);
      const regional = rows.filter(
        (r) => REGION.has(r[col('Source Country')]!) || REGION.has(r[col('Target Country')]!),
      );
      const cameo = codingTables().cameo;
      const coded = regional.filter((r) => cameo.toPlover(r[col('CAMEO Code')]!) !== null);
      assert.equal(report.imported + Object.values(report.skipped).reduce((a, b) => a + b, 0), rows.length);
      for (const r of coded) {
        const e = await store.getEvent(`icews-${r[col('Event ID')]}`);
        assert.ok(e, `event ${r[col('Event ID')]} imported`);
        assert.equal(e.date, r[col('Event Date')]);
        const plover = cameo.toPlover(r[col('CAMEO Code')]!)!;
        assert.deepEqual([e.event_type, e.mode], [plover.type, plover.mode]);
        const want = (country: string): string | undefined =>
          ({ Armenia: 'ARM', Azerbaijan: 'AZE', Georgia: 'GEO' })[country];
        const src = want(r[col('Source Country')]!);
        if (src)
          assert.ok(
            e.actor_country.includes(src),
            `${e.id}: the source side resolves to ${src}, got ${e.actor_country}`,
          );
        const tgt = want(r[col('Target Country')]!);
        if (tgt && !e.actor_country.includes(tgt) && !e.recipient_country.includes(tgt)) {
          // A breakaway region ICEWS files under its state (Abkhazia under Georgia) stands apart from that state.
          const regions = await Promise.all(e.recipient.map((id) => store.getActor(id)));
          assert.ok(
            regions.some((a) => a?.kind === 'territory' && a.held_by.some((h) => h.by === tgt)),
            `${e.id}: the target side resolves to ${tgt} or a region it once held, got ${e.recipient_country}`,
          );
        }
      }
      assert.ok(coded.length >= 60, `${coded.length} regional events that are PLOVER events`);
      const regionalIds = new Set(coded.map((r) => `icews-${r[col('Event ID')]}`));
      const inStore = (
        await store.listEvents({ actor: ['ARM', 'AZE', 'GEO', 'ABKHAZIA', 'SOUTH_OSSETIA'], origin: ['imported'] })
      ).map((e) => e.id);
      for (const id of regionalIds) assert.ok(inStore.includes(id), `${id} is found by country`);

      const get = async (id: string) => (await store.getEvent(`icews-${id}`))!;
      const visit = await get('32891919');
      assert.deepEqual(
        [visit.actor, visit.actor_country, visit.recipient, visit.event_type, visit.mode, visit.date],
        [['nikol-pashinyan'], ['ARM'], ['GEO'], 'CONSULT', 'visit', '2018-06-01'],
        'a person in the gazetteer resolves through his office at the date',
      );
      const host = await get('32891921');
      assert.deepEqual(
        [host.actor, host.recipient, host.event_type, host.mode],
        [['GEO'], ['nikol-pashinyan'], 'CONSULT', 'host'],
      );
      const accuse = await get('32887888');
      assert.deepEqual(
        [accuse.actor, accuse.recipient, accuse.event_type, accuse.mode],
        [['ARM'], ['TUR'], 'ACCUSE', 'allege'],
      );
      const arrest = await get('32888144');
      assert.deepEqual(
        [arrest.actor, arrest.recipient, arrest.event_type, arrest.mode],
        [['GEO'], [], 'COERCE', 'arrest'],
        'a sector actor stands for its country',
      );
      const recognise = await get('32892140');
      assert.deepEqual(
        [recognise.actor, recognise.recipient, recognise.event_type, recognise.mode],
        [['SYR'], ['ABKHAZIA'], 'SUPPORT', 'recognize'],
        'recognising a breakaway region is not support for the state it broke from, so the region stands for itself',
      );
      const praise = await get('32899405');
      assert.deepEqual(
        [praise.actor, praise.actor_country, praise.recipient, praise.recipient_country, praise.date],
        [['donald-trump'], ['USA'], ['ilham-aliyev'], ['AZE'], '2018-06-02'],
      );
      const foreign = await get('32896734');
      assert.deepEqual(
        [foreign.actor, foreign.recipient, foreign.event_type, foreign.mode],
        [['AZE'], ['USA'], 'CONSULT', 'visit'],
        'a minister not in the gazetteer counts for his country',
      );
      const ultimatum = await get('32891071');
      assert.deepEqual(
        [ultimatum.actor_country, ultimatum.recipient_country, ultimatum.location?.actor],
        [['USA'], ['CAN'], 'AZE'],
        'the place is not an actor',
      );
      assert.equal(await store.getEvent('icews-32891464'), undefined, 'a plain statement (CAMEO 010) is not imported');
      assert.equal(
        report.skipped['CAMEO 01x: not a PLOVER event'],
        rows.filter((r) => r[col('CAMEO Code')]!.startsWith('01') && cameo.toPlover(r[col('CAMEO Code')]!) === null)
          .length,
      );
      await store.close();
    },
  );
});
