/**
 * Reading indicators as comparable numbers: the latest figure for an actor and metric at a date,
 * its unit split into a base unit and a multiplier ("USD million" → usd × 10⁶), a range taken at its
 * midpoint. Nothing missing is ever turned into a zero: no figure is `undefined`.
 */
import { firstDay, lastDay, type Citation } from '../model/index.js';
import type { AnalysisIndicator } from './input.js';

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
};

/** "USD million", "million USD", "bn USD" → { base: "usd", factor }. */
export function normaliseUnit(unit: string): { base: string; factor: number } {
  let factor = 1;
  const rest: string[] = [];
  for (const token of unit
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean)) {
    const f = MULTIPLIERS[token];
    if (f !== undefined) factor *= f;
    else rest.push(token);
  }
  return { base: rest.join(' ') || 'count', factor };
}

export interface Figure {
  indicator: string;
  metric: string;
  /** Value in the base unit (midpoint of a range). */
  value: number;
  unit: string;
  date: string;
  range: [number, number] | null;
  approximate: boolean;
  bound: 'exact' | 'lower' | 'upper';
  citations: Citation[];
}

export function figureOf(i: AnalysisIndicator): Figure {
  const { base, factor } = normaliseUnit(i.unit);
  const high = i.high ?? i.value;
  return {
    indicator: i.id,
    metric: i.metric,
    value: ((i.value + high) / 2) * factor,
    unit: base,
    date: i.date,
    range: i.high === undefined ? null : [i.value * factor, i.high * factor],
    approximate: i.approximate ?? false,
    bound: i.bound ?? 'exact',
    citations: [...(i.citations ?? [])],
  };
}

/**
 * The latest figure of any of `metrics` (in order of preference) for `actor` dated on or before `day`
 * and not older than `maxAgeYears`; null when there is none.
 */
export function latestFigure(
  indicators: readonly AnalysisIndicator[],
  actor: string,
  metrics: readonly string[],
  day: string,
  maxAgeYears: number,
): Figure | null {
  const oldest = `${String(Number(day.slice(0, 4)) - maxAgeYears).padStart(4, '0')}${day.slice(4)}`;
  for (const metric of metrics) {
    const found = indicators
      .filter((i) => i.actor === actor && i.metric === metric && firstDay(i.date) <= day && lastDay(i.date) >= oldest)
      .sort((a, b) => lastDay(b.date).localeCompare(lastDay(a.date)) || a.id.localeCompare(b.id))[0];
    if (found) return figureOf(found);
  }
  return null;
}
