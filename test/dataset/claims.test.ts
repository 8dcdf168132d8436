/**
 * The shipped claims, evaluated over the shipped dataset as `orrery claims` does (a real SQLite store,
 * the corridor network from the dataset files): every claim gets a verdict, and a claim the model
 * contradicts fails this test unless it is marked as a known disagreement, so the number that disagree
 * cannot grow unnoticed. Prints the agreement figure.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimSummary, evaluateClaims, type ClaimResult } from '../../src/operations/claims/index.js';
import { findRoutes } from '../../src/corridors/index.js';
import { loadDataset } from '../../src/dataset/load.js';
import { loadTransportNetwork } from '../../src/dataset/transport.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { claimSources } from '../../src/model/index.js';
import { openStore } from '../../src/store/open.js';

const SOURCES = ['ieee-2026', 'fortuna-2025', 'eir-2025', 'web-2023', 'web-2025'];
const dir = mkdtempSync(join(tmpdir(), 'orrery-claims-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const { dataset, problems } = loadDataset(defaultDataDir(), defaultSourcesDir());

async function evaluateShipped(): Promise<ClaimResult[]> {
  const store = await openStore(join(dir, 'orrery.db'));
  try {
    await store.loadDataset(dataset);
    const data = {
      events: await store.listEvents(),
      relations: await store.listRelations(),
      indicators: await store.listIndicators(),
      dependencies: await store.listDependencies(),
      actors: await store.listActors(),
    };
    const { network, problems: netProblems } = loadTransportNetwork(defaultDataDir());
    assert.deepEqual(netProblems, [], 'the corridor network loads');
    return evaluateClaims(await store.listClaims(), data, (from, to, q) => findRoutes(network, from, to, q));
  } finally {
    await store.close();
  }
}

test(
  'the shipped claims: at least 30, from every source, valid and citing their passages',
  { skip: !existsSync(defaultSourcesDir()) && 'source texts not found' },
  () => {
    assert.deepEqual(
      problems
        .filter((p) => p.where.startsWith('claims'))
        .map((p) => `${p.where} ${p.record ?? ''} ${p.field ?? ''}: ${p.message}`),
      [],
    );
    assert.ok(dataset.claims.length >= 30, `claims: ${dataset.claims.length}`);
    for (const s of SOURCES) {
      const mine = dataset.claims.filter((c) => claimSources(c).includes(s));
      assert.ok(mine.length >= 4, `${s} makes ${mine.length} claim(s), fewer than 4`);
    }
  },
);

test(
  'every shipped claim is evaluated, and none disagrees without a known reason',
  { skip: (!existsSync(defaultSourcesDir()) || problems.length > 0) && 'the dataset does not load' },
  async (t) => {
    const results = await evaluateShipped();
    assert.equal(results.length, dataset.claims.length);
    for (const r of results) {
      assert.ok(['agrees', 'disagrees', 'undetermined'].includes(r.verdict), `${r.id} has a verdict`);
      assert.ok(r.checks.length > 0 && r.key.length > 0, `${r.id} shows the figures behind its verdict`);
      assert.ok(r.citations.length > 0, `${r.id} cites its passage`);
    }
    const s = claimSummary(results);
    t.diagnostic(
      `claims: ${s.agrees} of ${s.claims} agree (${((s.agreement ?? 0) * 100).toFixed(1)}%), ${s.disagrees} disagree, ${s.undetermined} undetermined`,
    );
    for (const r of results.filter((x) => x.verdict !== 'agrees'))
      t.diagnostic(`${r.verdict}${r.known_disagreement ? ' (known)' : ''}: ${r.id}: ${r.key}`);

    const unexplained = results.filter((r) => r.verdict !== 'agrees' && !r.known_disagreement);
    assert.deepEqual(
      unexplained.map(
        (r) =>
          `${r.id} ${r.verdict}: ${r.key}${r.checks.find((c) => c.reason)?.reason ? ` (${r.checks.find((c) => c.reason)!.reason})` : ''}`,
      ),
      [],
      'claims the model does not bear out: fix the data or the engines, or mark a claim contradicted by the other sources as a known disagreement',
    );
    const stale = results.filter((r) => r.known_disagreement && r.verdict === 'agrees');
    assert.deepEqual(
      stale.map((r) => r.id),
      [],
      'a claim marked as a known disagreement that now agrees should lose its mark',
    );
  },
);
