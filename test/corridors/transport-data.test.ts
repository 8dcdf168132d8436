/** The network loader and validator: the shipped network is clean, broken input is reported precisely. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../src/dataset/load.js';
import { loadTransportNetwork } from '../../src/dataset/transport.js';
import { DATA_DIR, shippedNetwork } from './fixtures.js';

const SOURCES = join(DATA_DIR, '..', '..', '..', 'shared', 'sources');

test('the shipped network loads without problems, citations included', () => {
  const { dataset, texts } = loadDataset(DATA_DIR, SOURCES);
  const { problems, network } = loadTransportNetwork(DATA_DIR, {
    actors: new Set(dataset.actors.map((a) => a.id)),
    texts,
  });
  assert.deepEqual(problems, []);
  assert.ok(network.places.length >= 80);
  assert.ok(network.segments.every((s) => (s.length.km ?? 0) > 0));
});

test('every border crossing joins the two states it names', () => {
  const net = shippedNetwork();
  for (const p of net.places.filter((x) => x.kind === 'border-crossing'))
    assert.ok(p.border?.includes(p.country), p.id);
});

test('a broken network is reported by file, record and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-net-'));
  mkdirSync(join(dir, 'network', 'segments'), { recursive: true });
  writeFileSync(
    join(dir, 'network', 'places.yaml'),
    '- { id: a, name: A, lat: 40, lon: 40, kind: city, country: AAA }\n- { id: b, name: B, lat: 41, lon: 41, kind: town, country: AAA }\n',
  );
  writeFileSync(
    join(dir, 'network', 'segments', 'x.yaml'),
    [
      '- id: a-c',
      '  name: A to nowhere',
      '  from: a',
      '  to: c',
      '  mode: road',
      '  length: { basis: computed }',
      '  status: [{ status: operational, from: "2001", reference: { title: t } }, { status: closed, from: "1999", reference: { title: t } }]',
      '  countries: [AAA]',
      '  corridors: [nope]',
      '- id: bad-length',
      '  name: cited without a source',
      '  from: a',
      '  to: a',
      '  mode: rail',
      '  length: { basis: cited, km: 5 }',
      '  status: [{ status: operational, from: "2001" }]',
      '  countries: [AAA]',
    ].join('\n'),
  );
  const { problems } = loadTransportNetwork(dir);
  const text = problems.map((p) => `${p.where} ${p.record ?? ''} ${p.field ?? ''} ${p.message}`).join('\n');
  assert.match(text, /places\.yaml b .*kind/);
  assert.match(text, /a-c to unknown place "c"/);
  assert.match(text, /a-c corridors\.0 unknown network corridor "nope"/);
  assert.match(text, /a-c status status changes must be in date order/);
  assert.match(text, /bad-length.*km a cited length needs km and citations or a reference/);
  assert.match(text, /bad-length.*citations give citations/);
});
