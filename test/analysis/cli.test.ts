/** The analysis commands end to end, as child processes, each on a temporary SQLite file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';
import { close } from './fixtures.js';

const mini = writeMini();
const env = miniEnv(mini);

test('network --at 2025-06-01 --json on the shipped dataset keeps the documented shape', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'orrery-analysis-')), 'orrery.db');
  const r = orrery(['network', '--at', '2025-06-01', '--json'], { ORRERY_DB: db });
  assert.equal(r.code, 0, r.stderr);
  const net = JSON.parse(r.stdout) as {
    date: string;
    nodes: Array<Record<string, unknown>>;
    edges: Array<Record<string, unknown>>;
  };
  assert.equal(net.date, '2025-06-01');
  assert.ok(net.nodes.length > 0 && net.edges.length > 0);
  for (const n of net.nodes) {
    assert.equal(typeof n.id, 'string');
    assert.ok(typeof n.bloc === 'number' || n.bloc === null);
  }
  const seen = new Set<string>();
  for (const e of net.edges) {
    assert.equal(typeof e.source, 'string');
    assert.equal(typeof e.target, 'string');
    assert.equal(typeof e.weight, 'number');
    assert.ok((e.source as string) < (e.target as string), 'an undirected pair once, in id order');
    assert.ok(!seen.has(`${e.source}|${e.target}`));
    seen.add(`${e.source}|${e.target}`);
    const contributions = e.contributions as Array<{
      kind: string;
      id: string;
      weight: number;
      citations: unknown[];
      references?: unknown[];
    }>;
    assert.ok(contributions.length > 0);
    assert.ok(
      close(
        contributions.reduce((s, c) => s + c.weight, 0),
        e.weight as number,
        1e-9,
      ),
      'contributions sum to the weight',
    );
    for (const c of contributions) {
      assert.ok(['relation', 'event'].includes(c.kind), c.id);
      assert.ok(
        c.citations.length > 0 || (c.kind === 'relation' && (c.references ?? []).length > 0),
        `${c.id} cites its sources or its external references`,
      );
    }
    const cited = new Set(
      contributions.flatMap((c) => (c.citations as Array<{ source: string }>).map((x) => x.source)),
    );
    assert.deepEqual(e.sources, [...cited].sort(), 'sources: the distinct sources its contributions cite');
    assert.equal((e.relationCount as number) + (e.eventCount as number), contributions.length);
  }
  const strict = JSON.parse(
    orrery(['network', '--at', '2025-06-01', '--min-sources', '2', '--json'], { ORRERY_DB: db }).stdout,
  ) as typeof net;
  assert.ok(
    strict.edges.length > 0 && strict.edges.length < net.edges.length,
    'fewer ties rest on two sources or more',
  );
  assert.ok(strict.edges.every((e) => (e.sources as string[]).length >= 2));
});

test('network on a small dataset: the relation in force and the decayed, denied-but-counted event', () => {
  const r = orrery(['network', '--at', '2024-06-01', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const net = JSON.parse(r.stdout) as {
    edges: Array<{ source: string; target: string; weight: number; contributions: Array<{ id: string }> }>;
  };
  assert.deepEqual(
    net.edges.map((e) => `${e.source}-${e.target}`),
    ['AAA-BBB', 'AAA-NNN'],
  );
  // The border protocol's two signatories are counterparts of one act (AGREE treaty, 8); the denied
  // troop move (MOBILIZE troops, −7.2) still counts by default.
  assert.ok(close(net.edges[0]!.weight, 0.8 * 2 ** (-141 / 365) - 0.72 * 2 ** (-119 / 365)), `${net.edges[0]!.weight}`);
  assert.deepEqual(
    net.edges[1]!.contributions.map((c) => c.id),
    ['northland-base-in-alphaland'],
  );
  const noDecay = JSON.parse(
    orrery(['network', '--at', '2024-06-01', '--half-life', '0', '--statuses', 'asserted', '--json'], env).stdout,
  );
  assert.deepEqual(
    noDecay.edges.map((e: { source: string }) => e.source),
    ['AAA'],
    'the denied event left out',
  );
});

test('diff --json and power --json keep their shapes; blocs, series and exposure run', () => {
  const d = JSON.parse(orrery(['diff', '2018', '2024-06-01', '--json'], env).stdout);
  assert.deepEqual(Object.keys(d).slice(0, 3), ['from', 'to', 'changes']);
  const flip = d.changes.find((c: { target: string }) => c.target === 'BBB');
  assert.deepEqual([flip.before, flip.after > 0], [0, true], 'the treaty outweighs the denied troop move');
  assert.deepEqual(
    flip.explanation.map((x: { id: string }) => x.id),
    ['border-protocol-2024', 'troop-move-denied-2024'],
  );
  const p = JSON.parse(orrery(['power', '--at', '2024', '--json'], env).stdout);
  assert.deepEqual(Object.keys(p).slice(0, 1), ['date']);
  assert.ok(Array.isArray(p.actors));
  const s = orrery(['series', 'Alphaland', 'NNN', '--granularity', 'year'], env);
  assert.equal(s.code, 0, s.stderr);
  assert.match(s.stdout, /AAA–NNN by year: 1 events/);
  assert.equal(orrery(['blocs', '--at', '2024', '--format', 'csv', '--table', 'summary'], env).code, 0);
  assert.equal(orrery(['exposure', 'AAA', '--at', '2024', '--json'], env).code, 0);
});

test('exports and usage errors', () => {
  const out = join(mini.root, 'net.gexf');
  const r = orrery(['network', '--at', '2024-06-01', '--format', 'gexf', '--out', out], env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(out, 'utf8'), /<gexf version="1.3"/);
  assert.match(orrery(['network', '--at', '2024-06-01', '--format', 'graphml'], env).stdout, /<graphml/);
  assert.match(
    orrery(['network', '--at', '2024-06-01', '--format', 'csv', '--table', 'nodes'], env).stdout,
    /^id,name,kind,bloc/,
  );
  const bad = orrery(['network', '--at', '2024-02-30'], env);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /impossible/);
  assert.equal(orrery(['network', '--at', '2024', '--window', 'soon'], env).code, 2);
  assert.equal(orrery(['power', '--at', '2024', '--format', 'gexf'], env).code, 2);
  const list = JSON.parse(orrery(['analyses', '--json'], env).stdout) as Array<{ id: string }>;
  assert.deepEqual(
    list.map((a) => a.id),
    ['series', 'network', 'blocs', 'diff', 'trajectory', 'power', 'exposure'],
  );
});
