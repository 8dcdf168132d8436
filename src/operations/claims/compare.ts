/** Judging a figure against what a claim expects, and writing figures for a table. */
import type { Verdict } from './types.js';

export type Expectation = 'rises' | 'falls' | 'positive' | 'negative' | 'above' | 'below';

/**
 * rises / falls compare `after` with `before` (strictly); positive / negative read the sign of
 * `after`; above / below compare it with `value`. A missing figure gives no verdict.
 */
export function judge(
  expect: Expectation,
  after: number | null,
  before: number | null = null,
  value?: number,
): Verdict {
  if (after === null || !Number.isFinite(after)) return 'undetermined';
  const yes = (b: boolean): Verdict => (b ? 'agrees' : 'disagrees');
  switch (expect) {
    case 'rises':
    case 'falls':
      if (before === null || !Number.isFinite(before)) return 'undetermined';
      return yes(expect === 'rises' ? after > before : after < before);
    case 'positive':
      return yes(after > 0);
    case 'negative':
      return yes(after < 0);
    case 'above':
    case 'below':
      if (value === undefined) return 'undetermined';
      return yes(expect === 'above' ? after > value : after < value);
  }
}

/** A figure for a key line: three decimals, a dash when missing. */
export function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
}

/** "0.710 (2019) → −0.200 (2025)" or "−0.200 (2025)", then what was expected. */
export function trendLine(
  label: string,
  expect: Expectation,
  after: number | null,
  at: string,
  before?: number | null,
  from?: string,
  value?: number,
): string {
  const now = `${fmt(after)} (${at})`;
  const line = from !== undefined ? `${fmt(before ?? null)} (${from}) → ${now}` : now;
  const wanted = expect === 'above' || expect === 'below' ? `${expect} ${value}` : expect;
  return `${label} ${line}; expected ${wanted}`;
}
