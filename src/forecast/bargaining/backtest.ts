/**
 * The backtest of the bargaining models on issues with known outcomes: every model's scores side by
 * side, the paired difference of each model against the compromise model, and a held-out test of the
 * tuned blends; the paired intervals resample whole proposals. The split is by proposal (issues of one
 * proposal are never split between training and test), drawn with the injected random source before
 * any outcome is read; blend weights are fitted on the training issues alone and scored on the
 * held-out ones.
 */
import { blendModel, fitAlpha } from './blend.js';
import { compromise } from './compromise.js';
import { pairedDifference, score, type PairedDifference, type Scores } from './metrics.js';
import { MODELS } from './models.js';
import type { Bargain, BargainingModel } from './stakes.js';
import { tuneBdm, tunedBdm } from './tune.js';

export interface Case {
  bargain: Bargain;
  outcome: number;
  /** Cases sharing a group (a legislative proposal) fall on the same side of the split. */
  group: string;
}

export interface BacktestOptions {
  /** Random source for the split and the bootstrap (inject a seeded one). */
  rng: () => number;
  /** Share of groups used for training, 0.5. */
  trainShare?: number;
  /** Bootstrap resamples for the paired differences, 2000. */
  resamples?: number;
  models?: readonly BargainingModel[];
}

export interface ModelRow extends Scores {
  name: string;
  method: string;
  /** Against the compromise model (absent for the compromise model itself). */
  vsCompromise?: PairedDifference;
}

export interface BlendRow extends Scores {
  name: string;
  method: string;
  alpha: number;
}

export interface Split {
  train: number[];
  test: number[];
}

export interface BacktestResult {
  issues: number;
  models: ModelRow[];
  heldOut: {
    trainIssues: number;
    testIssues: number;
    /** Every plain model on the held-out issues, for comparison. */
    models: ModelRow[];
    /** Each blend of compromise with another model, α fitted on training, scored held out. */
    blends: BlendRow[];
    /** The lowest held-out MAE among models and blends. */
    best: string;
    beatsCompromise: boolean;
  };
}

/** Splits case indices by group: a shuffled order of the groups, the first `trainShare` for training. */
export function splitByGroup(cases: readonly Case[], rng: () => number, trainShare = 0.5): Split {
  const groups = [...new Set(cases.map((c) => c.group))].sort();
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [groups[i], groups[j]] = [groups[j] as string, groups[i] as string];
  }
  const trainGroups = new Set(groups.slice(0, Math.round(groups.length * trainShare)));
  const split: Split = { train: [], test: [] };
  cases.forEach((c, i) => (trainGroups.has(c.group) ? split.train : split.test).push(i));
  return split;
}

/** Fits each blend's α on the training cases only. */
export function fitBlends(
  forecasts: ReadonlyMap<string, readonly number[]>,
  outcomes: readonly number[],
  train: readonly number[],
  models: readonly BargainingModel[],
): Array<{ model: BargainingModel; alpha: number }> {
  const pick = (xs: readonly number[]): number[] => train.map((i) => xs[i] as number);
  const base = forecasts.get(compromise.name) as readonly number[];
  return models
    .filter((m) => m.name !== compromise.name)
    .map((m) => ({
      model: m,
      alpha: fitAlpha(pick(base), pick(forecasts.get(m.name) as readonly number[]), pick(outcomes)),
    }));
}

export function backtest(cases: readonly Case[], options: BacktestOptions): BacktestResult {
  const models = options.models ?? MODELS;
  const resamples = options.resamples ?? 2000;
  const outcomes = cases.map((c) => c.outcome);
  // The split is drawn first, from the groups alone, so no outcome can shape it.
  const split = splitByGroup(cases, options.rng, options.trainShare ?? 0.5);
  const forecasts = new Map(models.map((m) => [m.name, cases.map((c) => m.forecast(c.bargain))]));
  const base = forecasts.get(compromise.name);
  const groupsOf = (idx: readonly number[]): string[] => idx.map((i) => (cases[i] as Case).group);
  const rows = (idx: readonly number[]): ModelRow[] => {
    const y = idx.map((i) => outcomes[i] as number);
    const ref = base ? idx.map((i) => base[i] as number) : undefined;
    return models.map((m) => {
      const f = idx.map((i) => (forecasts.get(m.name) as number[])[i] as number);
      const row: ModelRow = { name: m.name, method: m.method, ...score(f, y) };
      if (ref && m.name !== compromise.name)
        row.vsCompromise = pairedDifference(ref, f, y, options.rng, resamples, groupsOf(idx));
      return row;
    });
  };
  const all = cases.map((_, i) => i);
  const full = rows(all);
  const held = rows(split.test);
  // The expected-utility model's open options, chosen on the training cases only.
  const tuned = tunedBdm(tuneBdm(split.train.map((i) => cases[i] as Case)));
  const tunedForecasts = cases.map((c) => tuned.forecast(c.bargain));
  forecasts.set(tuned.name, tunedForecasts);
  const testY = split.test.map((i) => outcomes[i] as number);
  const tunedTest = split.test.map((i) => tunedForecasts[i] as number);
  held.push({
    name: tuned.name,
    method: tuned.method,
    ...score(tunedTest, testY),
    ...(base
      ? {
          vsCompromise: pairedDifference(
            split.test.map((i) => base[i] as number),
            tunedTest,
            testY,
            options.rng,
            resamples,
            groupsOf(split.test),
          ),
        }
      : {}),
  });
  const blends: BlendRow[] = base
    ? fitBlends(forecasts, outcomes, split.train, [...models, tuned]).map(({ model, alpha }) => {
        const f = split.test.map(
          (i) => alpha * (base[i] as number) + (1 - alpha) * ((forecasts.get(model.name) as number[])[i] as number),
        );
        const blend = blendModel(compromise, model, alpha);
        return {
          name: blend.name,
          method: blend.method,
          alpha,
          ...score(
            f,
            split.test.map((i) => outcomes[i] as number),
          ),
        };
      })
    : [];
  const ranked = [...held, ...blends].sort((a, b) => a.mae - b.mae);
  const compromiseHeld = held.find((r) => r.name === compromise.name);
  return {
    issues: cases.length,
    models: full,
    heldOut: {
      trainIssues: split.train.length,
      testIssues: split.test.length,
      models: held,
      blends,
      best: ranked[0]?.name ?? '',
      beatsCompromise: compromiseHeld !== undefined && (ranked[0]?.mae ?? Infinity) < compromiseHeld.mae - 1e-9,
    },
  };
}
