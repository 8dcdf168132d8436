/**
 * Periods of an unchanged network: on the shipped network, any two dates in one period give graphs
 * with the same edges (status, control, closures), and dates across a change day do not share one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/corridors/index.js';
import { changeDays, periodOf } from '../../src/corridors/epochs.js';
import { shippedNetwork } from './fixtures.js';

const net = shippedNetwork();
const edges = (at: string): string =>
  JSON.stringify(
    buildGraph(net, { at, planned: true }).edges.map((e) => [
      e.segment.id,
      e.from,
      e.to,
      e.status,
      e.controlledBy,
      e.closedFor,
      e.km,
      e.hours,
    ]),
  );

test('every month from 1990 to 2035: same period, same graph; a different graph, a different period', () => {
  const months: string[] = [];
  for (let y = 1990; y <= 2035; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}-15`);
  const byPeriod = new Map<number, string>();
  const periods = new Set<number>();
  for (const at of months) {
    const p = periodOf(net, at);
    periods.add(p);
    const g = edges(at);
    const seen = byPeriod.get(p);
    if (seen === undefined) byPeriod.set(p, g);
    else assert.equal(g, seen, `${at} shares period ${p} but not its graph`);
  }
  assert.ok(periods.size > 10, `the shipped network changes many times (${periods.size} periods seen)`);
  // Graphs of distinct periods are not all the same: the periods are not one big bucket.
  assert.ok(new Set(byPeriod.values()).size > 5);
});

test('a change day starts a new period on that very day', () => {
  const days = changeDays(net);
  assert.deepEqual(days, [...new Set(days)].sort());
  const day = days.find((d) => d >= '2025-08-08')!;
  const before = new Date(`${day}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  assert.equal(periodOf(net, day), periodOf(net, before.toISOString().slice(0, 10)) + 1);
  assert.equal(periodOf(net, '1800'), 0);
});
