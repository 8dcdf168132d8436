/**
 * One country's forecast from one origin: for each horizon 1…N, the probability of any death, of 25
 * or more, the expected count and quantiles of the predictive distribution, from a named model
 * (models.ts). The origin is a month of the panel (default: its last); the model sees nothing after it.
 */
import { NotFoundError, UsageError } from '../../model/errors.js';
import { DEFAULT_MODEL, conflictModels } from './models.js';
import { addMonths, checkHorizon, cutAt, mean, monthIndex, pAtLeast, quantile, type Panel } from './panel.js';

export const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface ForecastOptions {
  /** The origin month (YYYY-MM or a date in it); default the panel's last month. */
  at?: string;
  /** The furthest horizon, 1–6; every horizon up to it is forecast. Default 6. */
  horizon?: number;
  /** The model's name (models.ts). Default `pooled`. */
  model?: string;
  /** The threshold of the second probability. Default 25. */
  threshold?: number;
}

export interface MonthForecast {
  horizon: number;
  month: string;
  pAny: number;
  pThreshold: number;
  mean: number;
  quantiles: Record<string, number>;
}

export interface CountryForecast {
  country: string;
  name: string;
  model: string;
  method: string;
  origin: string;
  threshold: number;
  /** Deaths in the 12 months up to the origin, oldest first. */
  recent: number[];
  months: MonthForecast[];
}

export function forecastCountry(panel: Panel, code: string, options: ForecastOptions = {}): CountryForecast {
  const horizon = options.horizon ?? 6;
  checkHorizon(horizon);
  const threshold = options.threshold ?? 25;
  const unit = panel.countries.find((c) => c.code === code);
  if (!unit)
    throw new NotFoundError(
      'deaths series for country',
      code,
      `the UCDP data cover ${panel.countries.map((c) => `${c.code} (${c.name})`).join(', ')}`,
    );
  const origin = options.at ? monthIndex(panel, options.at) : panel.months.length - 1;
  if (origin < 11)
    throw new UsageError(`origin ${panel.months[origin]} leaves less than 12 months of history; pick a later one`);
  const models = conflictModels(panel.countries.some((c) => c.covariate));
  const name = options.model ?? DEFAULT_MODEL;
  const model = models.find((m) => m.name === name);
  if (!model) throw new UsageError(`unknown model "${name}"; known: ${models.map((m) => m.name).join(', ')}`);
  const seen = cutAt(panel, origin);
  const known = seen.countries.find((c) => c.code === code)!;
  const months: MonthForecast[] = [];
  for (let h = 1; h <= horizon; h++) {
    const d = model.prepare(seen, h)(known);
    months.push({
      horizon: h,
      month: addMonths(seen.months[origin] as string, h),
      pAny: pAtLeast(d, 1),
      pThreshold: pAtLeast(d, threshold),
      mean: mean(d),
      quantiles: Object.fromEntries(QUANTILES.map((q) => [`q${Math.round(q * 100)}`, quantile(d, q)])),
    });
  }
  return {
    country: code,
    name: unit.name,
    model: model.name,
    method: model.method,
    origin: seen.months[origin] as string,
    threshold,
    recent: known.deaths.slice(-12),
    months,
  };
}
