/**
 * Sentences the coder leaves uncoded as bad input (an all-capital headline, a line in another
 * language) are reported in the API's ingest job result, as in the one-call pipeline's report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { miniApp } from './fixture.js';

type Job = { id: string; state: string; result?: { created: string[]; warnings: string[] }; error?: unknown };

const TEXT = [
  'ALPHALAND ACCUSES BETALAND OF SHELLING BORDER VILLAGES',
  'Alphaland accused Betaland of shelling border villages on 1 March 2024.',
  'Le gouvernement de Northland a condamné les frappes et demande un cessez-le-feu avec Betaland.',
].join('\n');

test('the ingest job result lists the sentences left uncoded, with offsets and the reason', async () => {
  const f = await miniApp();
  try {
    const r = await f.json<Job>('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: TEXT, filename: 'mixed.txt', published: '2024-03-02' }),
    });
    assert.equal(r.status, 202);
    let job = r.body;
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 25));
      job = (await f.json<Job>(`/api/jobs/${r.body.id}`)).body;
    }
    assert.equal(job.state, 'done', JSON.stringify(job.error));
    const warnings = job.result!.warnings;
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0]!, /^sentence at characters 0-54: all-capital text/);
    assert.match(warnings[1]!, /^sentence at characters \d+-\d+: language not supported/);
    assert.equal(job.result!.created.length, 1);
  } finally {
    await f.close();
  }
});
