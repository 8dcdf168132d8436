/** `orrery claims` end to end: the real command on the mini dataset in a fresh SQLite file. */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { miniEnv, orrery } from '../helpers/cli.js';
import { miniRecords, writeMini, type MiniDirs } from '../helpers/mini.js';

interface ClaimJson {
  id: string;
  verdict: string;
  figures: Record<string, unknown>;
  key: string;
  sources: string[];
  citations: Array<{ source: string; start: number; end: number; sha256: string }>;
  known_disagreement?: string;
}

describe('orrery claims', () => {
  const dirs: MiniDirs[] = [];
  const mini = (records = miniRecords()): Record<string, string> => {
    const d = writeMini(records);
    dirs.push(d);
    return miniEnv(d);
  };
  after(() => dirs.forEach((d) => rmSync(d.root, { recursive: true, force: true })));

  it('--json lists every claim with its verdict, figures and citations', () => {
    const r = orrery(['claims', '--json'], mini());
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout) as ClaimJson[];
    const [claim] = miniRecords().claims;
    assert.deepEqual(
      list.map((c) => c.id),
      [claim!.id],
    );
    assert.equal(list[0]!.verdict, 'agrees');
    assert.deepEqual(list[0]!.citations, claim!.citations);
    assert.deepEqual(list[0]!.sources, ['mini']);
    assert.equal(list[0]!.figures.pair, 'AAA–NNN');
    assert.ok((list[0]!.figures.weight as number) >= 0.8, 'the base (0.8) and the 2019 visit make the tie');
  });

  it('prints a table with the key figure and the agreement, and reports a claim the data contradicts', () => {
    const records = miniRecords();
    const claims = [
      ...records.claims,
      {
        ...records.claims[0]!,
        id: 'northland-against-alphaland',
        statement: 'Northland is hostile to Alphaland.',
        test: { kind: 'tie', a: 'AAA', b: 'NNN', at: '2020', expect: 'negative' },
      },
    ];
    const env = mini({ ...records, claims });
    const table = orrery(['claims'], env);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /northland-backs-alphaland\s*│\s*agrees/);
    assert.match(table.stdout, /northland-against-alphaland\s*│\s*DISAGREES/);
    assert.match(table.stdout, /AAA–NNN tie \d\.\d{3} \(2020\); expected negative/);
    assert.match(table.stdout, /1 of 2 claims agree \(50%\), 1 disagree, 0 undetermined/);
    const only = JSON.parse(orrery(['claims', '--json', '--verdict', 'disagrees'], env).stdout) as ClaimJson[];
    assert.deepEqual(
      only.map((c) => c.id),
      ['northland-against-alphaland'],
    );
    const wrong = orrery(['claims', '--verdict', 'maybe'], env);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--verdict must be one of agrees, disagrees, undetermined, not "maybe"/);
  });

  it('refuses a claim that names an unknown actor, saying where', () => {
    const records = miniRecords();
    const bad = { ...records.claims[0]!, test: { kind: 'tie', a: 'AAA', b: 'ZZZ', at: '2020', expect: 'positive' } };
    const r = orrery(['claims', '--json'], mini({ ...records, claims: [bad] }));
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /claims\/mini\.yaml, record northland-backs-alphaland, field test\.b: unknown actor "ZZZ"/);
  });
});
