/**
 * The forecast model: a hurdle model (Mullahy 1986) with a log-normal positive part, fitted directly
 * for each horizon on all countries of the panel pooled (Hegre et al.'s ViEWS models also pool
 * countries and fit each step ahead separately).
 *
 * - The hurdle: P(deaths > 0 at origin + h) is a ridge logistic regression on the features of the
 *   origin month (features.ts).
 * - The size: given deaths > 0, log(deaths) is normal about a ridge linear regression on the same
 *   features, with the residual spread as its standard deviation.
 *
 * Why this form: most country-months have no deaths and the rest spread over four orders of magnitude
 * (1 to 5,991), so one count distribution fits neither; a hurdle separates "whether" from "how many",
 * and a log-normal size has the heavy right tail that war months need. P(≥ 25) and the count distribution follow from the
 * two parts; the positive part is given as `atoms` quantiles, rounded to whole deaths (at least 1).
 * Training rows are every month s, of every country, with s + h at or before the origin, so the fit
 * uses only outcomes known at the origin.
 */
import { dot, leastSquares, logistic, normalQuantile, sigmoid } from './fit.js';
import { featureRows, FIRST_ROW } from './features.js';
import type { ConflictModel, Panel, PanelUnit, Predictive } from './panel.js';

export interface HurdleOptions {
  /** Use the panel's covariate (Orrery's conflict intensity) as a feature. Default false. */
  covariate?: boolean;
  /** Ridge penalty on every coefficient but the intercept. Default 1. */
  lambda?: number;
  /** Quantile atoms for the positive part. Default 200. */
  atoms?: number;
  /** Keep only training rows from the last `window` months (0: all). Default 0. */
  window?: number;
}

export const HURDLE_DEFAULTS: Required<HurdleOptions> = { covariate: false, lambda: 1, atoms: 200, window: 0 };

/** The fitted parts at one origin and horizon, exposed for tests and explanations. */
export interface HurdleFit {
  hurdle: number[];
  size: number[];
  sigma: number;
  rows: number;
  positives: number;
}

export function fitHurdle(
  panel: Panel,
  horizon: number,
  options: HurdleOptions = {},
  start?: readonly number[],
): HurdleFit {
  const o = { ...HURDLE_DEFAULTS, ...options };
  const xs: number[][] = [];
  const any: number[] = [];
  const px: number[][] = [];
  const logs: number[] = [];
  const last = panel.months.length - 1;
  const first = o.window > 0 ? Math.max(FIRST_ROW, last - horizon - o.window + 1) : FIRST_ROW;
  for (const unit of panel.countries) {
    const rows = featureRows(unit, o.covariate);
    for (let s = first; s + horizon <= last; s++) {
      const y = unit.deaths[s + horizon] ?? 0;
      const x = rows[s] as number[];
      xs.push(x);
      any.push(y > 0 ? 1 : 0);
      if (y > 0) {
        px.push(x);
        logs.push(Math.log(y));
      }
    }
  }
  const p = (xs[0] ?? featureRows({ code: '', name: '', deaths: [0] }, o.covariate)[0]!).length;
  const hurdle = xs.length ? logistic(xs, any, o.lambda, 25, start) : new Array<number>(p).fill(0);
  // Too few positive months to fit a slope: an intercept-only size, spread 1 on the log scale.
  const fit =
    px.length > p + 2
      ? leastSquares(px, logs, o.lambda)
      : {
          w: [logs.length ? logs.reduce((s, v) => s + v, 0) / logs.length : 0, ...new Array<number>(p - 1).fill(0)],
          sigma: 1,
        };
  return { hurdle, size: fit.w, sigma: fit.sigma, rows: xs.length, positives: px.length };
}

/** The predictive distribution for a unit from a fit, at the unit's last month. */
export function hurdlePredictive(fit: HurdleFit, unit: PanelUnit, options: HurdleOptions = {}): Predictive {
  const o = { ...HURDLE_DEFAULTS, ...options };
  const rows = featureRows(unit, o.covariate);
  const x = rows[rows.length - 1] as number[];
  const pAny = sigmoid(dot(fit.hurdle, x));
  const mu = dot(fit.size, x);
  const mass = new Map<number, number>([[0, 1 - pAny]]);
  for (let j = 0; j < o.atoms; j++) {
    const v = Math.max(1, Math.round(Math.exp(mu + fit.sigma * normalQuantile((j + 0.5) / o.atoms))));
    mass.set(v, (mass.get(v) ?? 0) + pAny / o.atoms);
  }
  const values = [...mass.keys()].sort((a, b) => a - b);
  return { values, weights: values.map((v) => mass.get(v) ?? 0) };
}

/**
 * The model. One instance keeps, per panel it was given, the fit of each horizon (so a pool that
 * reuses the instance fits once), and the last hurdle coefficients per horizon as the start of the
 * next fit: the rolling origin refits on a panel one month longer each time, whose optimum is close.
 * The start changes only the number of iterations, not the answer (see `logistic`).
 */
export function hurdleModel(options: HurdleOptions = {}): ConflictModel {
  const fits = new WeakMap<Panel, Map<number, HurdleFit>>();
  const starts = new Map<number, number[]>();
  return {
    name: options.covariate ? 'hurdle-orrery' : 'hurdle',
    method: `hurdle: ridge logistic P(any) × log-normal size, pooled, direct per horizon${options.covariate ? ', with Orrery’s conflict intensity' : ''}`,
    prepare: (panel, horizon) => {
      let byHorizon = fits.get(panel);
      if (!byHorizon) fits.set(panel, (byHorizon = new Map()));
      let fit = byHorizon.get(horizon);
      if (!fit) {
        fit = fitHurdle(panel, horizon, options, starts.get(horizon));
        byHorizon.set(horizon, fit);
        starts.set(horizon, fit.hurdle);
      }
      const fitted = fit;
      return (unit) => hurdlePredictive(fitted, unit, options);
    },
  };
}
