/**
 * A packed batch (packed-batch.ts): a derived batch packed into two typed arrays unpacks to the same
 * slim batch, whatever its texts hold (plain ASCII, a dash, letters beyond ASCII, characters
 * outside the Basic Multilingual Plane), and says whether an id is there twice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveRows, slimRows } from '../../../../src/ingest/exchange/wire/derived-columns.js';
import { emptyRows, pushRow, type ImportedRow } from '../../../../src/ingest/exchange/wire/row-batch.js';
import {
  PACKED_INTS,
  packedCount,
  packedIds,
  packRows,
  unpackRows,
} from '../../../../src/ingest/exchange/wire/packed-batch.js';

const base: ImportedRow = {
  id: 'gdelt-1',
  external_id: '1',
  date: '2023-09-19',
  actor: 'AZE',
  recipient: 'ARM',
  event_type: 'ASSAULT',
  mode: null,
  context: ['military'],
  place: 'Stepanakert',
  place_actor: 'AZE',
  lat: 39.8,
  lon: 46.75,
  summary: 'AZERBAIJAN — ASSAULT — ARMENIA (GDELT, CAMEO 190)',
  start: 0,
  end: 40,
  sha256: 'f'.repeat(64),
};

function batch(rows: Array<Partial<ImportedRow>>) {
  const b = emptyRows('gdelt', 'gdelt-abc');
  rows.forEach((r, i) => pushRow(b, { ...base, id: `gdelt-${i + 1}`, external_id: String(i + 1), ...r }));
  return b;
}

test('packed rows: unpacking gives back the slim batch, byte lengths right for any text', () => {
  const rows = batch([
    {},
    { summary: 'plain ascii summary' },
    { place: 'Gümrü, Şirak' },
    { place: 'Tbilisi 🏛️ old town', summary: 'GEORGIA 🇬🇪 — CONSULT' },
    { recipient: null },
    { actor: 'leader-a' },
    { date: '2021-05' },
    { actor: 'ЦСКА', recipient: 'ÄÖÜ' },
  ]);
  const d = deriveRows(rows, () => undefined);
  const p = packRows(rows, d);
  assert.equal(packedCount(p), 8);
  assert.equal(p.ints.length, 8 * PACKED_INTS);
  assert.ok(p.distinct);
  assert.deepEqual(
    unpackRows(p),
    slimRows(rows, () => undefined),
  );
  assert.deepEqual(packedIds(p), rows.id);
  // The buffer holds exactly the UTF-8 of every text, back to back.
  const texts = rows.id.map((id, i) =>
    [id, rows.date[i], d.json[i], d.lone_actor[i], d.lone_recipient[i], rows.sha256[i], rows.summary[i]].join(''),
  );
  assert.equal(new TextDecoder().decode(p.bytes), texts.join(''));
  assert.equal(
    p.bytes.buffer.byteLength,
    p.bytes.byteLength,
    'the bytes own their buffer (it is transferred, not copied)',
  );
});

test('packed rows: a batch with an id twice says so', () => {
  const rows = batch([{}, {}]);
  rows.id[1] = rows.id[0]!;
  assert.equal(
    packRows(
      rows,
      deriveRows(rows, () => undefined),
    ).distinct,
    false,
  );
  assert.equal(
    packRows(emptyRows('gdelt', 'x'), { coding: [], lone_actor: [], lone_recipient: [], json: [] }).count,
    0,
  );
});
