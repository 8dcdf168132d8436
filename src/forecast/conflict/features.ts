/**
 * What the hurdle model knows about a country at the end of a month: the recent death counts on a
 * log scale (that month, the last 3, the last 12), how long the country has been quiet, and, when the
 * panel carries one, Orrery's own conflict intensity over the last 3 months. Every feature of month s
 * reads only months ≤ s.
 */
import type { PanelUnit } from './panel.js';

/** Quiet spells longer than this count as this long (20 years). */
export const QUIET_CAP = 240;
/** The first month with a full 12-month history; earlier months are not used as rows. */
export const FIRST_ROW = 11;

export const FEATURE_NAMES = [
  'intercept',
  'log1p(last)',
  'log1p(mean 3)',
  'log1p(mean 12)',
  'quiet spell',
  'share of last 12 months with deaths',
] as const;
export const COVARIATE_NAME = 'log1p(orrery conflict, 3 months)';

const meanOf = (xs: readonly number[], from: number, to: number): number => {
  let s = 0;
  for (let i = Math.max(0, from); i <= to; i++) s += xs[i] ?? 0;
  return s / (to - Math.max(0, from) + 1);
};

const shareWithDeaths = (xs: readonly number[], from: number, to: number): number => {
  let k = 0;
  for (let i = Math.max(0, from); i <= to; i++) if ((xs[i] ?? 0) > 0) k++;
  return k / (to - Math.max(0, from) + 1);
};

/** Feature rows for every month of the unit (index-aligned with its deaths). */
export function featureRows(unit: PanelUnit, withCovariate: boolean): number[][] {
  const y = unit.deaths;
  const rows: number[][] = [];
  let quiet = 0;
  for (let s = 0; s < y.length; s++) {
    quiet = (y[s] ?? 0) > 0 ? 0 : Math.min(QUIET_CAP, quiet + 1);
    const row = [
      1,
      Math.log1p(y[s] ?? 0),
      Math.log1p(meanOf(y, s - 2, s)),
      Math.log1p(meanOf(y, s - 11, s)),
      Math.log1p(quiet) / Math.log1p(QUIET_CAP),
      shareWithDeaths(y, s - 11, s),
    ];
    if (withCovariate) {
      const c = unit.covariate ?? [];
      row.push(Math.log1p((c[s] ?? 0) + (c[s - 1] ?? 0) + (c[s - 2] ?? 0)));
    }
    rows.push(row);
  }
  return rows;
}
