/** The bargaining forecasts through the HTTP API, on the shipped dataset: the same answer as the files give. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadDataset } from '../../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../../src/dataset/paths.js';
import { findIssue } from '../../../src/dataset/issues.js';
import { issueForecast, readIssues } from '../../../src/operations/forecast/bargaining.js';
import { shippedApp, type Fixture } from '../../server/fixture.js';

describe('bargaining forecasts over the API', () => {
  let f: Fixture;
  before(async () => (f = await shippedApp()));
  after(() => f.close());

  test('GET /api/forecast/issues lists the three issues', async () => {
    const { status, body } = await f.json<Array<{ id: string; actors: string[] }>>('/api/forecast/issues');
    assert.equal(status, 200);
    assert.deepEqual(
      body.map((i) => i.id),
      ['armenia-constitution', 'armenia-eaeu-eu', 'syunik-corridor'],
    );
  });

  test('GET /api/forecast/issues/:id answers as the operation does over the files', async () => {
    const { status, body } = await f.json<{ forecasts: Array<{ name: string; forecast: number }> }>(
      '/api/forecast/issues/syunik-corridor',
    );
    assert.equal(status, 200);
    const { texts, dataset } = loadDataset(defaultDataDir(), defaultSourcesDir());
    const issues = readIssues(
      defaultDataDir(),
      texts,
      dataset.actors.map((a) => a.id),
    );
    const direct = issueForecast(findIssue(issues, 'syunik-corridor'));
    assert.deepEqual(body.forecasts, direct.forecasts);
  });

  test('an unknown issue is a 404 naming the known ones', async () => {
    const r = await f.get('/api/forecast/issues/no-such-issue');
    assert.equal(r.status, 404);
    assert.match(await r.text(), /syunik-corridor/);
  });
});
