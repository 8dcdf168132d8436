/**
 * The shapes every conflict forecast shares: a panel of monthly death counts by country (what the
 * UCDP reader gives, plus optional covariates from Orrery's own series), a predictive distribution
 * of one month's count, and the interface each model implements. A model sees a panel already cut at
 * its forecast origin (`cutAt`), so no model can read a month after the origin.
 */
import { UsageError } from '../../model/errors.js';

export interface PanelUnit {
  /** Orrery actor id of the country (ARM, AZE, GEO…). */
  code: string;
  name: string;
  /** Deaths by month, aligned with `Panel.months`. */
  deaths: number[];
  /** Optional feature series aligned with the months (e.g. Orrery's conflict intensity); known at each month's end. */
  covariate?: number[];
}

export interface Panel {
  /** Consecutive months, YYYY-MM. */
  months: string[];
  countries: PanelUnit[];
}

/** A predictive distribution of a count: atoms (sorted, non-negative) with weights summing to 1. */
export interface Predictive {
  values: number[];
  weights: number[];
}

/** A model: given the panel up to the origin (the last month of `panel`) and a horizon, a forecaster per country. */
export interface ConflictModel {
  name: string;
  /** One line: the method and where it comes from. */
  method: string;
  prepare(panel: Panel, horizon: number): (unit: PanelUnit) => Predictive;
}

export const MAX_HORIZON = 6;

/** The panel as known at the end of month index `origin` (inclusive): nothing after it. */
export function cutAt(panel: Panel, origin: number): Panel {
  return {
    months: panel.months.slice(0, origin + 1),
    countries: panel.countries.map((c) => ({
      ...c,
      deaths: c.deaths.slice(0, origin + 1),
      ...(c.covariate ? { covariate: c.covariate.slice(0, origin + 1) } : {}),
    })),
  };
}

/** The month `h` months after `m` (YYYY-MM). */
export function addMonths(m: string, h: number): string {
  const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + h;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export function checkHorizon(h: number): void {
  if (!Number.isInteger(h) || h < 1 || h > MAX_HORIZON)
    throw new UsageError(`horizon must be a whole number of months from 1 to ${MAX_HORIZON}, got ${h}`);
}

/** The index of month `m` in the panel, or a UsageError naming the range the data cover. */
export function monthIndex(panel: Panel, m: string): number {
  const month = /^\d{4}-\d{2}/.exec(m)?.[0];
  const i = month ? panel.months.indexOf(month) : -1;
  if (i < 0)
    throw new UsageError(
      `origin "${m}" is outside the data: the deaths series run from ${panel.months[0]} to ${panel.months[panel.months.length - 1]}`,
    );
  return i;
}

/** A point mass at `v`. */
export const pointMass = (v: number): Predictive => ({ values: [v], weights: [1] });

/** Atoms from raw values, each of equal weight, merged and sorted. */
export function empirical(xs: readonly number[]): Predictive {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  const values = [...counts.keys()].sort((a, b) => a - b);
  return { values, weights: values.map((v) => (counts.get(v) ?? 0) / xs.length) };
}

/** P(count ≥ k). */
export function pAtLeast(d: Predictive, k: number): number {
  let p = 0;
  d.values.forEach((v, i) => {
    if (v >= k) p += d.weights[i] ?? 0;
  });
  return Math.min(1, Math.max(0, p));
}

/** The smallest atom whose cumulative weight reaches q. */
export function quantile(d: Predictive, q: number): number {
  let c = 0;
  for (let i = 0; i < d.values.length; i++) {
    c += d.weights[i] ?? 0;
    if (c >= q - 1e-12) return d.values[i] ?? 0;
  }
  return d.values[d.values.length - 1] ?? 0;
}

export function mean(d: Predictive): number {
  return d.values.reduce((s, v, i) => s + v * (d.weights[i] ?? 0), 0);
}
