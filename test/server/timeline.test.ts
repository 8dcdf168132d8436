/**
 * GET /api/timeline on the shipped dataset: a relation's change of phase is told by the phase's own
 * sentence (what changed then), not by the relation's summary repeated on every row.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { shippedApp, type Fixture } from './fixture.js';

interface Row {
  date: string;
  kind: string;
  id?: string;
  what: string;
  detail?: string;
}

describe('timeline relation rows', () => {
  let f: Fixture;
  before(async () => (f = await shippedApp()));
  after(() => f.close());

  it('each phase row carries its own sentence', async () => {
    const { status, body } = await f.json<{ rows: Row[] }>('/api/timeline?who=Armenia,CSTO');
    assert.equal(status, 200);
    const rows = body.rows.filter((r) => r.kind === 'relation-start' && r.id);
    const byRelation = new Map<string, Row[]>();
    for (const r of rows) byRelation.set(r.id!, [...(byRelation.get(r.id!) ?? []), r]);
    const withPhases = [...byRelation.values()].filter((rs) => rs.length > 1);
    assert.ok(withPhases.length > 0, 'Armenia–CSTO has a relation with phases (premise)');
    for (const rs of withPhases) {
      const [start, ...phases] = rs;
      assert.ok(
        phases.some((p) => /frozen/.test(p.what)),
        JSON.stringify(rs),
      );
      for (const p of phases) {
        assert.ok(p.detail, `the ${p.date} phase has a sentence`);
        assert.notEqual(p.detail, start!.detail, `the ${p.date} phase says what changed then`);
      }
    }
  });
});
