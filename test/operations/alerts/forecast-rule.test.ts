/**
 * Forecast alert rules on a real SQLite store and the UCDP data the conflict forecast reads: adding
 * one records the country's probability of any death next month as its baseline; a country outside
 * the data, or a probability outside 0 to 1, is refused by name; without the UCDP data the rule
 * cannot be added (the message names the missing file).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultUcdpDir } from '../../../src/dataset/ucdp.js';
import { addAlertRule } from '../../../src/operations/alerts/rules.js';
import { runAlerts } from '../../../src/operations/alerts/run.js';
import { miniStore } from '../../ingest/helpers/store.js';

test('a forecast rule records the probability as its baseline; bad countries and values are refused', async () => {
  const { store, dir } = await miniStore();
  // The mini dataset names its own states; the forecast covers the region's, so AAA is refused by name.
  await assert.rejects(
    addAlertRule(store, { kind: 'forecast', targets: ['AAA'], above: 0.5 }),
    /no country in the conflict forecast "AAA" \(it covers ARM, AZE, GEO/,
  );
  await assert.rejects(
    addAlertRule(store, { kind: 'forecast', targets: ['AAA'], above: 2 }),
    /takes a probability: --below\/--above 0 to 1/,
  );
  await assert.rejects(
    addAlertRule(store, { kind: 'forecast', targets: ['AAA'], above: 0.5 }, { ucdpDir: join(dir, 'no-ucdp') }),
    /no UCDP file at .*no-ucdp/,
  );
  // A rule on a covered country, stored directly (the mini store has no ARM actor to resolve).
  await store.putAlertRules([
    {
      id: 'arm-war',
      condition: { kind: 'forecast', country: 'ARM', op: 'above', value: 0.5, horizon: 2 },
      added: '2026-01-01T00:00:00.000Z',
      state: {},
    },
  ]);
  const run = await runAlerts(store, { deliver: false, ucdpDir: defaultUcdpDir() });
  assert.deepEqual(run.firings, [], 'the first evaluation is a baseline');
  const [r] = await store.listAlertRules();
  const p = r!.state.value as number;
  assert.equal(typeof p, 'number');
  assert.ok(p >= 0 && p <= 1, `a probability (${p})`);
  assert.ok(r!.state.basis, 'with the fingerprint of the data it came from');
  // The same data: kept as it was, not computed again (a missing UCDP folder would give null).
  await runAlerts(store, { deliver: false, ucdpDir: join(dir, 'no-ucdp') });
  assert.equal((await store.listAlertRules())[0]!.state.value, p);
  await store.close();
});
