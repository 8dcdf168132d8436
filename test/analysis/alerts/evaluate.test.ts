/**
 * The alert engine on hand-made data: a first evaluation records a baseline and fires nothing; a tie
 * crossing its value fires once with the new events as evidence; a series month passing its value
 * fires once; new events of an actor fire (pending ones say so, rejected ones never count); a
 * segment's status and a claim's verdict fire when they change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateAlerts, type AlertSnapshot } from '../../../src/analysis/alerts/evaluate.js';
import type { AnalysisEvent } from '../../../src/analysis/input.js';
import type { AlertRule } from '../../../src/model/index.js';

const ACTORS = [
  { id: 'AAA', kind: 'state', name: 'Alphaland' },
  { id: 'NNN', kind: 'state', name: 'Northland' },
  { id: 'BBB', kind: 'state', name: 'Betaland' },
];
const cite = (n: number) => ({ source: `src-${n}`, start: 0, end: 10, sha256: 'a'.repeat(64) });

function event(id: string, date: string, intensity: number, extra: Partial<AnalysisEvent> = {}): AnalysisEvent {
  return {
    id,
    date,
    actor: ['AAA'],
    recipient: ['NNN'],
    actor_country: ['AAA'],
    recipient_country: ['NNN'],
    quad_class: intensity < 0 ? 4 : 1,
    intensity,
    event_type: intensity < 0 ? 'ASSAULT' : 'AGREE',
    status: 'asserted',
    origin: { kind: 'curated' },
    citations: [cite(Number(id.replace(/\D/g, '')) || 0)],
    summary: `event ${id}`,
    ...extra,
  } as AnalysisEvent;
}

const NAMES = new Map<string, string>([
  ...ACTORS.map((a): [string, string] => [a.id, a.name]),
  ['rail-kars-gyumri', 'Kars–Gyumri railway'],
  ['some-claim', 'Alphaland buys most of its gas from Northland'],
]);

const snap = (events: AnalysisEvent[], extra: Partial<AlertSnapshot> = {}): AlertSnapshot => ({
  events,
  relations: [],
  actors: ACTORS,
  statuses: new Map(),
  verdicts: new Map(),
  names: (id) => NAMES.get(id) ?? id,
  ...extra,
});

const rule = (id: string, condition: AlertRule['condition']): AlertRule => ({
  id,
  condition,
  added: '2026-01-01T00:00:00.000Z',
  state: {},
});

test('a tie crossing its value fires once, with the new events as evidence; the first evaluation is a baseline', () => {
  const rules = [rule('aaa-nnn-below', { kind: 'tie', a: 'AAA', b: 'NNN', op: 'below', value: -1 })];
  const calm = [event('e1', '2026-05-01', 2)];
  const base = evaluateAlerts(rules, snap(calm), '2026-06-01T00:00:00.000Z');
  assert.deepEqual(base.firings, []);
  const before = base.rules[0]!.state.value as number;
  assert.ok(before > 0, `a positive tie to start with (${before})`);

  const war = [...calm, event('e2', '2026-05-20', -10), event('e3', '2026-05-25', -10)];
  const crossed = evaluateAlerts(base.rules, snap(war), '2026-06-01T00:00:00.000Z');
  assert.equal(crossed.firings.length, 1);
  const f = crossed.firings[0]!;
  assert.equal(f.rule, 'aaa-nnn-below');
  assert.equal(f.previous, before);
  assert.ok((f.value as number) < -1);
  assert.match(f.message, /^the tie between Alphaland and Northland fell below −1: from \d\.\d+ to −\d\.\d+$/);
  assert.deepEqual(f.evidence.events.sort(), ['e2', 'e3'], 'the events new since the last evaluation');
  assert.deepEqual(f.evidence.citations.map((c) => c.source).sort(), ['src-2', 'src-3']);

  // Still below: nothing more.
  const again = evaluateAlerts(
    crossed.rules,
    snap([...war, event('e4', '2026-05-28', -5)]),
    '2026-06-02T00:00:00.000Z',
  );
  assert.deepEqual(again.firings, []);
  // Pending coded events do not move a tie.
  const pending = event('e5', '2026-05-29', 10, { origin: { kind: 'coded', review: 'pending' } });
  assert.equal(
    evaluateAlerts(base.rules, snap([...calm, pending]), '2026-06-01T00:00:00.000Z').rules[0]!.state.value,
    before,
  );
});

test('a series month passing its value fires once per month', () => {
  const rules = [rule('s', { kind: 'series', a: 'AAA', b: 'NNN', op: 'below', value: -5 })];
  const base = evaluateAlerts(rules, snap([event('e1', '2026-03-02', -8)]), '2026-04-01T00:00:00Z');
  assert.deepEqual(base.firings, [], 'March was already past: baseline');
  const april = [event('e1', '2026-03-02', -8), event('e2', '2026-04-03', -3), event('e3', '2026-04-09', -4)];
  const r = evaluateAlerts(base.rules, snap(april), '2026-04-10T00:00:00Z');
  assert.equal(r.firings.length, 1);
  assert.match(r.firings[0]!.message, /^the Alphaland–Northland series for April 2026 is below −5: −7$/);
  assert.deepEqual(r.firings[0]!.evidence.events, ['e3', 'e2']);
  assert.deepEqual(evaluateAlerts(r.rules, snap(april), '2026-04-11T00:00:00Z').firings, []);
});

test('new events of an actor fire; pending ones say so; rejected ones and other types do not', () => {
  const rules = [rule('nnn-agree', { kind: 'events', actor: 'NNN', types: ['AGREE'] })];
  const base = evaluateAlerts(rules, snap([event('e1', '2026-01-01', 3)]), '2026-02-01T00:00:00Z');
  assert.deepEqual(base.firings, []);
  const later = [
    event('e1', '2026-01-01', 3),
    event('e2', '2026-01-20', 4, { origin: { kind: 'coded', review: 'pending' } }),
    event('e3', '2026-01-21', 4, { origin: { kind: 'coded', review: 'rejected' } }),
    event('e4', '2026-01-22', -4),
    event('e5', '2026-01-23', 4, {
      actor: ['BBB'],
      actor_country: ['BBB'],
      recipient: ['AAA'],
      recipient_country: ['AAA'],
    }),
  ];
  const r = evaluateAlerts(base.rules, snap(later), '2026-02-02T00:00:00Z');
  assert.equal(r.firings.length, 1);
  assert.deepEqual(r.firings[0]!.evidence.events, ['e2']);
  assert.match(r.firings[0]!.message, /^1 new event involving Northland \(agreements\), 1 pending review: event e2$/);
  assert.deepEqual(evaluateAlerts(r.rules, snap(later), '2026-02-03T00:00:00Z').firings, []);
});

test('a segment status and a claim verdict fire when they change', () => {
  const rules = [
    rule('seg', { kind: 'corridor', segment: 'rail-kars-gyumri' }),
    rule('claim', { kind: 'claim', claim: 'some-claim' }),
  ];
  const s1 = snap([], {
    statuses: new Map([['rail-kars-gyumri', 'closed']]),
    verdicts: new Map([['some-claim', 'agrees']]),
  });
  const base = evaluateAlerts(rules, s1, '2026-01-01T00:00:00Z');
  assert.deepEqual(base.firings, []);
  assert.deepEqual(evaluateAlerts(base.rules, s1, '2026-01-02T00:00:00Z').firings, []);
  const s2 = snap([], {
    statuses: new Map([['rail-kars-gyumri', 'operational']]),
    verdicts: new Map([['some-claim', 'disagrees']]),
  });
  const r = evaluateAlerts(base.rules, s2, '2026-01-03T00:00:00Z');
  assert.deepEqual(
    r.firings.map((f) => f.message),
    [
      'Kars–Gyumri railway is now operational (it was closed)',
      `the claim "Alphaland buys most of its gas from Northland" now disagrees with Orrery's figures (it agreed before)`,
    ],
  );
});

test('a tie or claim rule whose state holds the snapshot basis keeps its value; a new basis computes it again', () => {
  const rules = [
    rule('tie', { kind: 'tie', a: 'AAA', b: 'NNN', op: 'below', value: -1 }),
    rule('claim', { kind: 'claim', claim: 'some-claim' }),
  ];
  const calm = [event('e1', '2026-05-01', 2)];
  const base = evaluateAlerts(
    rules,
    snap(calm, { basis: 'b1', verdicts: new Map([['some-claim', 'agrees']]) }),
    '2026-06-01T00:00:00.000Z',
  );
  assert.deepEqual(
    base.rules.map((r) => r.state.basis),
    ['b1', 'b1'],
  );
  const before = base.rules[0]!.state.value as number;
  const war = [...calm, event('e2', '2026-05-20', -10), event('e3', '2026-05-25', -10)];
  // Same basis: the tie is not computed again (the events here would move it) and the claim, left out of
  // the verdicts, keeps its verdict; nothing fires.
  const same = evaluateAlerts(base.rules, snap(war, { basis: 'b1' }), '2026-06-01T01:00:00.000Z');
  assert.deepEqual(same.firings, []);
  assert.equal(same.rules[0]!.state.value, before);
  assert.equal(same.rules[1]!.state.value, 'agrees');
  assert.equal(same.rules[0]!.state.evaluated, '2026-06-01T01:00:00.000Z');
  // A new basis: both are computed again and fire.
  const moved = evaluateAlerts(
    base.rules,
    snap(war, { basis: 'b2', verdicts: new Map([['some-claim', 'disagrees']]) }),
    '2026-06-01T02:00:00.000Z',
  );
  assert.deepEqual(
    moved.firings.map((f) => f.rule),
    ['tie', 'claim'],
  );
  assert.deepEqual(
    moved.rules.map((r) => r.state.basis),
    ['b2', 'b2'],
  );
});

test('a conflict forecast crossing its probability fires; unchanged data keep the last figure', () => {
  const rules = [rule('aaa-war', { kind: 'forecast', country: 'AAA', op: 'above', value: 0.5 })];
  const at = (p: number, basis: string) =>
    snap([], { basis, forecasts: new Map([['AAA|1', { p, month: '2025-01' }]]) });
  const base = evaluateAlerts(rules, at(0.2, 'b1'), '2026-01-01T00:00:00Z');
  assert.deepEqual(base.firings, []);
  assert.equal(base.rules[0]!.state.value, 0.2);
  // Left out of the snapshot with the same basis: kept, not reset.
  const kept = evaluateAlerts(base.rules, snap([], { basis: 'b1' }), '2026-01-02T00:00:00Z');
  assert.equal(kept.rules[0]!.state.value, 0.2);
  const crossed = evaluateAlerts(kept.rules, at(0.64, 'b2'), '2026-01-03T00:00:00Z');
  assert.deepEqual(
    crossed.firings.map((f) => f.message),
    [
      'the conflict forecast for Alphaland rose above 0.5: the probability of any death in January 2025 is 0.64, from 0.2',
    ],
  );
  assert.deepEqual(evaluateAlerts(crossed.rules, at(0.7, 'b3'), '2026-01-04T00:00:00Z').firings, []);
  // No forecast (no data): the value is null and nothing fires.
  assert.equal(
    evaluateAlerts(crossed.rules, snap([], { basis: 'b4' }), '2026-01-05T00:00:00Z').rules[0]!.state.value,
    null,
  );
});

test('messages are prose: names for ids, plain words for types, no coder tags, even from old summaries', () => {
  const rules = [rule('aaa-any', { kind: 'events', actor: 'AAA', types: ['CONSULT', 'ASSAULT'] })];
  const base = evaluateAlerts(rules, snap([]), '2026-02-01T00:00:00Z');
  const old = event('e7', '2026-01-20', 1, {
    event_type: 'CONSULT',
    summary: 'Alphaland holds talks with Northland (CONSULT, meet; coded)',
  });
  const r = evaluateAlerts(base.rules, snap([old]), '2026-02-02T00:00:00Z');
  assert.equal(
    r.firings[0]!.message,
    '1 new event involving Alphaland (talks and visits or armed attacks): Alphaland holds talks with Northland',
  );
  // Without names (a caller that gives none), ids read as themselves: the engine never invents a name.
  const bare = evaluateAlerts(base.rules, snap([old], { names: undefined }), '2026-02-02T00:00:00Z');
  assert.match(bare.firings[0]!.message, /^1 new event involving AAA /);
  for (const f of [...r.firings, ...bare.firings]) assert.doesNotMatch(f.message, /\b(CONSULT|ASSAULT|coded)\b/);
});
