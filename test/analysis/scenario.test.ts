/**
 * Scenarios over the analysis input: each change kind does what it says from its date, the records
 * it makes carry the rationale and are hypothetical, the evidence's arrays are never touched, and
 * the check names unknown names, contradictions and dates outside the data by their field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisData } from '../../src/analysis/input.js';
import { applyScenario, scenarioMark } from '../../src/analysis/scenario.js';
import { eventCounts } from '../../src/analysis/filters.js';
import { runAnalysis } from '../../src/operations/analyses/registry.js';
import { Actor, Scenario, scenarioProblems, type ScenarioUniverse } from '../../src/model/index.js';
import { CITE, ev, rel } from './fixtures.js';

const actors = ['AAA', 'BBB', 'CCC'].map((id) => Actor.parse({ id, kind: 'state', name: id }));
const lookup = (id: string) => actors.find((a) => a.id === id);
const evidence = () =>
  analysisData({
    actors,
    relations: [rel('aaa-bbb-alliance', 'alliance', 'AAA', 'BBB', 1, 0.8, '2000')],
    events: [ev('bbb-hits-ccc', '2020-05-01', 'BBB', 'CCC', 'ASSAULT')],
    dependencies: [
      {
        id: 'bbb-gas',
        from: 'AAA',
        to: 'BBB',
        commodity: 'gas',
        share: 0.9,
        period_from: '2000',
        period_to: null,
        citations: CITE,
      },
    ],
  });
const scenario = (changes: unknown[], from = '2025') =>
  Scenario.parse({ id: 'what-if', title: 'What if', description: 'A test scenario.', from, changes });
const tie = (data: ReturnType<typeof evidence>, a: string, b: string, at: string): number => {
  const { result } = runAnalysis('network', data, { at }) as {
    result: { edges: Array<{ source: string; target: string; weight: number }> };
  };
  return result.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join())?.weight ?? 0;
};

test('ending a relation removes its weight from the date on, and keeps the evidence before it', () => {
  const data = evidence();
  const copy = structuredClone(data);
  const s = scenario([{ change: 'end-relation', relation: 'aaa-bbb-alliance', rationale: 'a rupture' }]);
  const under = applyScenario(data, s, lookup);
  assert.ok(tie(data, 'AAA', 'BBB', '2026') > 0.5);
  assert.equal(tie(under, 'AAA', 'BBB', '2026'), 0);
  assert.equal(tie(under, 'AAA', 'BBB', '2024'), tie(data, 'AAA', 'BBB', '2024'), 'before the scenario nothing moves');
  const ended = under.relations.find((r) => r.id === 'aaa-bbb-alliance')!;
  assert.equal(ended.to, '2024-12-31');
  assert.deepEqual(ended.hypothetical, { scenario: 'what-if', rationale: 'a rupture' });
  assert.deepEqual(data, copy, 'the evidence is untouched');
});

test('an added event is derived like a stored one, counts in every filter and is marked hypothetical', () => {
  const s = scenario([
    {
      change: 'add-event',
      id: 'ccc-hits-aaa',
      date: '2025-03',
      actor: ['CCC'],
      recipient: ['AAA'],
      event_type: 'ASSAULT',
      summary: 'CCC attacks AAA.',
      rationale: 'escalation',
    },
  ]);
  const under = applyScenario(evidence(), s, lookup);
  const added = under.events.find((e) => e.id === 'ccc-hits-aaa')!;
  assert.deepEqual(added.actor_country, ['CCC']);
  assert.deepEqual(added.recipient_country, ['AAA']);
  assert.ok(added.intensity < 0);
  assert.equal(added.origin?.kind, 'hypothetical');
  assert.deepEqual(added.citations, []);
  assert.ok(eventCounts(added, { origins: ['curated'], statuses: ['asserted'] }));
  assert.ok(tie(under, 'AAA', 'CCC', '2025-04') < 0);
  assert.equal(tie(evidence(), 'AAA', 'CCC', '2025-04'), 0);
});

test('dropping an event, setting a share and changing an office each apply from their date', () => {
  const s = scenario([
    { change: 'drop-event', event: 'bbb-hits-ccc', rationale: 'suppose it never happened' },
    { change: 'set-share', from: 'AAA', to: 'BBB', commodity: 'gas', share: 0.2, on: '2026', rationale: 'diversified' },
    { change: 'add-role', actor: 'BBB', title: 'chair', of: 'CCC', on: '2026', rationale: 'elected' },
  ]);
  const under = applyScenario(evidence(), s, lookup);
  assert.equal(
    under.events.some((e) => e.id === 'bbb-hits-ccc'),
    false,
  );
  const { result } = runAnalysis('exposure', under, { actor: 'BBB', at: '2027' }) as {
    result: { byCommodity: Array<{ commodity: string; suppliers: Array<{ share: number | null }> }> };
  };
  assert.equal(result.byCommodity.find((c) => c.commodity === 'gas')!.suppliers[0]!.share, 0.2);
  const before = runAnalysis('exposure', under, { actor: 'BBB', at: '2025' }).result as typeof result;
  assert.equal(before.byCommodity.find((c) => c.commodity === 'gas')!.suppliers[0]!.share, 0.9);
  assert.deepEqual(under.actors.find((a) => a.id === 'BBB')!.roles, [{ of: 'CCC', from: '2026', to: null }]);
  const mark = scenarioMark(s);
  assert.equal(mark.hypothetical, true);
  assert.deepEqual(mark.records, ['bbb-hits-ccc', 'what-if-share-2', 'BBB']);
});

const universe: ScenarioUniverse = {
  actors: new Set(['AAA', 'BBB', 'CCC']),
  events: new Set(['bbb-hits-ccc']),
  relations: new Map([['aaa-bbb-alliance', { from: '2000', to: null, actors: ['AAA', 'BBB'] }]]),
  segments: new Set(['road-1']),
  span: { first: '1990', last: '2025-06' },
};

test('the check names unknown actors, relations, events and segments by their field', () => {
  const problems = scenarioProblems(
    scenario([
      {
        change: 'add-relation',
        id: 'new-tie',
        type: 'alliance',
        actors: ['AAA', 'ZZZ'],
        sign: 1,
        strength: 0.5,
        summary: 'x',
        rationale: 'y',
      },
      { change: 'end-relation', relation: 'no-such', rationale: 'y' },
      { change: 'drop-event', event: 'ghost', rationale: 'y' },
      { change: 'set-segment', segment: 'road-9', status: 'closed', rationale: 'y' },
    ]),
    universe,
  );
  assert.deepEqual(
    problems.map((p) => p.path),
    ['changes.0.actors.1', 'changes.1.relation', 'changes.2.event', 'changes.3.segment'],
  );
  assert.match(problems[0]!.message, /unknown actor "ZZZ"/);
  assert.match(problems[3]!.message, /unknown segment "road-9"/);
});

test('the check refuses contradictions and dates outside the data', () => {
  const problems = scenarioProblems(
    scenario(
      [
        { change: 'set-segment', segment: 'road-1', status: 'closed', rationale: 'a' },
        { change: 'set-segment', segment: 'road-1', status: 'operational', rationale: 'b' },
        { change: 'end-relation', relation: 'aaa-bbb-alliance', rationale: 'a' },
        { change: 'end-relation', relation: 'aaa-bbb-alliance', on: '2060', rationale: 'b' },
        {
          change: 'add-event',
          id: 'bbb-hits-ccc',
          date: '2026',
          actor: ['AAA'],
          event_type: 'CONSULT',
          summary: 's',
          rationale: 'r',
        },
      ],
      '2026',
    ),
    universe,
  );
  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  assert.match(byPath['changes.1.status']!, /sets segment "road-1" closed on the same date/);
  assert.match(byPath['changes.3.relation']!, /also ended by change 2/);
  assert.match(byPath['changes.3.on']!, /more than 25 years after the newest evidence/);
  assert.match(byPath['changes.4.id']!, /already the id of a record of the evidence/);
  assert.match(
    scenarioProblems(scenario([{ change: 'drop-event', event: 'bbb-hits-ccc', rationale: 'r' }], '1970'), universe)[0]!
      .message,
    /before the data begins/,
  );
  // A change may not take effect before the scenario starts; the schema says where.
  const early = Scenario.safeParse({
    id: 'x',
    title: 'X',
    description: 'd',
    from: '2026',
    changes: [{ change: 'end-relation', relation: 'aaa-bbb-alliance', on: '2025', rationale: 'r' }],
  });
  assert.equal(early.success, false);
  assert.deepEqual(early.error!.issues[0]!.path, ['changes', 0, 'on']);
});
