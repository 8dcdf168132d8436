/**
 * Bargaining under a scenario: `set-position` changes replace an actor's inputs, marked hypothetical,
 * without touching the issue as read; the models then move as worked by hand; the scenario check
 * names a bad change by its field; and the shipped issues and scenario agree with each other.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readIssueFiles } from '../../../src/dataset/issues.js';
import { compromise } from '../../../src/forecast/bargaining/compromise.js';
import { median } from '../../../src/forecast/bargaining/median.js';
import { applyScenarioToIssue } from '../../../src/forecast/bargaining/scenario.js';
import { readScenarioFiles } from '../../../src/dataset/scenarios.js';
import { BargainingIssue, bargainOf } from '../../../src/model/bargaining.js';
import { Scenario, scenarioProblems, type ScenarioUniverse } from '../../../src/model/index.js';
import { DATA_DIR } from '../../corridors/fixtures.js';

const est = (value: number) => ({ value, estimate: 'a figure made up for this hand-worked test' });

/** Three actors on a 0–100 issue, saliences on 0–1. */
const issue = BargainingIssue.parse({
  id: 'toy-issue',
  title: 'A toy issue',
  scale: { low: 'nothing', high: 'everything' },
  salienceScale: '0-1',
  capabilityMeaning: 'made-up leverage',
  asOf: '2025-01-01',
  actors: [
    { actor: 'AAA', position: est(0), salience: est(1), capability: est(10) },
    { actor: 'BBB', position: est(100), salience: est(0.5), capability: est(20) },
    { actor: 'CCC', position: est(60), salience: est(0.5), capability: est(20) },
  ],
});

const scenario = (changes: unknown[]) =>
  Scenario.parse({ id: 'toy', title: 'Toy', description: 'A test scenario.', from: '2025-06', changes });

test('set-position replaces the named inputs, marks them hypothetical, and leaves the issue as read', () => {
  const before = structuredClone(issue);
  const s = scenario([
    { change: 'set-position', issue: 'toy-issue', actor: 'CCC', position: 20, rationale: 'CCC changes its mind.' },
  ]);
  const under = applyScenarioToIssue(issue, s);
  const ccc = under.actors.find((a) => a.actor === 'CCC')!;
  assert.equal(ccc.position.value, 20);
  assert.match(ccc.position.estimate!, /^hypothetical \(scenario toy\): CCC changes its mind/);
  assert.equal(ccc.salience, issue.actors[2]!.salience, 'inputs not named stay as they were');
  assert.deepEqual(issue, before, 'the issue read from its file is untouched');
  // Un-applying is forecasting the untouched issue again: the same answer as before the scenario ran.
  assert.equal(compromise.forecast(bargainOf(issue)), compromise.forecast(bargainOf(before)));
  // A scenario about another issue leaves this one as it is.
  const other = scenario([{ change: 'set-position', issue: 'other', actor: 'AAA', salience: 0.1, rationale: 'x' }]);
  assert.equal(applyScenarioToIssue(issue, other), issue);
});

test('the models move as worked by hand', () => {
  // Weights c×s: AAA 10, BBB 10, CCC 10. Compromise = (0 + 100 + 60) × 10 / 30 = 53.33.
  assert.ok(Math.abs(compromise.forecast(bargainOf(issue)) - 160 / 3) < 1e-9);
  // Weighted median: positions 0, 60, 100 with equal weight: 60.
  assert.equal(median.forecast(bargainOf(issue)), 60);
  // CCC moves to 20 and BBB's capability drops to 5 (weight 2.5):
  // compromise = (0×10 + 100×2.5 + 20×10) / 22.5 = 450 / 22.5 = 20; median: weights 10 at 0, 10 at 20,
  // 2.5 at 100 (total 22.5, half 11.25), reached at 20.
  const s = scenario([
    { change: 'set-position', issue: 'toy-issue', actor: 'CCC', position: 20, rationale: 'CCC moves.' },
    { change: 'set-position', issue: 'toy-issue', actor: 'BBB', capability: 5, rationale: 'BBB weakens.' },
  ]);
  const under = bargainOf(applyScenarioToIssue(issue, s));
  assert.ok(Math.abs(compromise.forecast(under) - 20) < 1e-9);
  assert.equal(median.forecast(under), 20);
});

test('the check names an unknown issue, a stranger to the issue, a salience off its scale and a repeat', () => {
  const universe: ScenarioUniverse = {
    actors: new Set(['AAA', 'BBB', 'CCC', 'DDD']),
    events: new Set(),
    relations: new Map(),
    segments: new Set(),
    span: { first: '1990', last: '2025-12' },
    issues: new Map([['toy-issue', { actors: new Set(['AAA', 'BBB', 'CCC']), salienceScale: '0-1' }]]),
  };
  const problems = scenarioProblems(
    scenario([
      { change: 'set-position', issue: 'no-such-issue', actor: 'AAA', position: 10, rationale: 'r' },
      { change: 'set-position', issue: 'toy-issue', actor: 'DDD', position: 10, rationale: 'r' },
      { change: 'set-position', issue: 'toy-issue', actor: 'AAA', salience: 40, rationale: 'r' },
      { change: 'set-position', issue: 'toy-issue', actor: 'AAA', position: 5, rationale: 'r' },
    ]),
    universe,
  );
  const at = (field: string) => problems.find((p) => p.path === field)?.message ?? '';
  assert.match(at('changes.0.issue'), /unknown bargaining issue "no-such-issue"/);
  assert.match(at('changes.1.actor'), /DDD is not an actor of issue "toy-issue"/);
  assert.match(at('changes.2.salience'), /above 1, the top of .*0–1 scale/);
  assert.match(at('changes.3.actor'), /change 2 already sets AAA's stance/);
  assert.equal(problems.length, 4);
});

test('a set-position out of range, or changing nothing, is refused by the schema with its field', () => {
  const bad = (change: unknown) =>
    Scenario.safeParse({ id: 'toy', title: 'Toy', description: 'A test.', from: '2025', changes: [change] });
  const far = bad({ change: 'set-position', issue: 'toy-issue', actor: 'AAA', position: 120, rationale: 'r' });
  assert.equal(far.success, false);
  assert.deepEqual(far.error!.issues[0]!.path, ['changes', 0, 'position']);
  const empty = bad({ change: 'set-position', issue: 'toy-issue', actor: 'AAA', rationale: 'r' });
  assert.equal(empty.success, false);
  assert.match(empty.error!.issues.map((i) => i.message).join(), /at least one of position, salience and capability/);
});

test('every set-position change of the shipped scenarios names a shipped issue and one of its actors', () => {
  const issues = new Map(readIssueFiles(DATA_DIR).issues.map(({ issue: i }) => [i.id, i]));
  const changes = readScenarioFiles(DATA_DIR).flatMap((f) =>
    (f.scenario?.changes ?? []).filter((c) => c.change === 'set-position'),
  );
  assert.ok(changes.length > 0, 'at least one shipped scenario moves a bargaining stance');
  for (const c of changes) {
    if (c.change !== 'set-position') continue;
    assert.ok(
      issues.get(c.issue)?.actors.some((a) => a.actor === c.actor),
      `${c.issue}/${c.actor}`,
    );
  }
});
