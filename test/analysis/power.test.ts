import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisData } from '../../src/analysis/input.js';
import { PowerParams, balanceOfPower } from '../../src/analysis/power.js';
import { close, ind } from './fixtures.js';

const data = analysisData({
  indicators: [
    ind('aze-mil', 'AZE', 'military_budget', 3, 'USD billion', '2022'),
    ind('arm-mil', 'ARM', 'military_budget', 750, 'USD million', '2022'),
    ind('geo-mil-old', 'GEO', 'military_budget', 1, 'USD billion', '2010'),
    ind('aze-pop', 'AZE', 'population', 10, 'million', '2021'),
    ind('arm-pop', 'ARM', 'population', 2.5, 'million persons', '2021'),
    ind('geo-pop', 'GEO', 'population', 3, 'million', '2020', { high: 4 }),
    ind('arm-pop-later', 'ARM', 'population', 99, 'million', '2023'),
  ],
  actors: [
    { id: 'AZE', kind: 'state', name: 'Azerbaijan' },
    { id: 'ARM', kind: 'state', name: 'Armenia' },
    { id: 'GEO', kind: 'state', name: 'Georgia' },
  ],
});

test('CINC on hand numbers: shares of the system total, averaged over the components an actor has', () => {
  const r = balanceOfPower(data, PowerParams.parse({ at: '2022', components: ['milex', 'tpop'] }));
  assert.equal(r.date, '2022-12-31');
  const by = Object.fromEntries(r.actors.map((a) => [a.id, a]));
  // milex: AZE 3e9, ARM 0.75e9 (GEO's 2010 figure is too old) → 0.8, 0.2. tpop: AZE 10, GEO 3.5 (midpoint), ARM in "million persons".
  assert.ok(close(by.AZE!.components.milex!.share, 0.8));
  assert.ok(close(by.ARM!.components.milex!.share, 0.2));
  assert.equal(by.GEO!.components.milex, null, 'missing, not zero');
  assert.equal(by.GEO!.components.milex === null && by.GEO!.available, 1);
  assert.ok(
    r.notes.some((n) => n.includes('arm-pop')),
    'a figure in another unit is left out, with a note',
  );
  assert.equal(by.ARM!.components.tpop, null);
  assert.ok(close(by.AZE!.components.tpop!.share, 10 / 13.5));
  assert.ok(close(by.GEO!.components.tpop!.share, 3.5 / 13.5));
  assert.ok(close(by.AZE!.index, (0.8 + 10 / 13.5) / 2));
  assert.ok(close(by.ARM!.index, 0.2), 'the index averages only what is there');
  assert.ok(close(by.GEO!.index, 3.5 / 13.5));
  assert.deepEqual(
    r.actors.map((a) => a.id),
    ['AZE', 'GEO', 'ARM'],
    'ranked by index',
  );
});

test('an actor with no figure has a null index; ratios on a metric and on the index', () => {
  const r = balanceOfPower(
    data,
    PowerParams.parse({
      at: '2022-06-30',
      components: ['milex'],
      actors: ['AZE', 'ARM', 'TKM'],
      ratios: ['AZE:ARM:military_budget', 'AZE:ARM', 'AZE:TKM:military_budget'],
    }),
  );
  assert.equal(r.actors.find((a) => a.id === 'TKM')!.index, null);
  const [mil, idx, none] = r.ratios;
  assert.ok(close(mil!.ratio, 4));
  assert.equal(mil!.evidence.a!.indicator, 'aze-mil');
  assert.equal(mil!.unit, 'usd');
  assert.ok(close(idx!.ratio, 4));
  assert.equal(none!.ratio, null);
  assert.match(none!.note ?? '', /no military_budget figure for TKM/);
});
