/**
 * Scores for point forecasts on a 0–100 scale: mean absolute error, root mean squared error, the share
 * of forecasts within 5, 10 and 20 points, and the paired difference of absolute errors between two
 * models with a percentile bootstrap interval (resampling issues or whole proposals; the random source is
 * injected).
 */
export interface Scores {
  n: number;
  mae: number;
  rmse: number;
  within5: number;
  within10: number;
  within20: number;
}

export function score(forecasts: readonly number[], outcomes: readonly number[]): Scores {
  const n = forecasts.length;
  let abs = 0;
  let sq = 0;
  const within = [0, 0, 0];
  forecasts.forEach((f, i) => {
    const e = Math.abs(f - (outcomes[i] as number));
    abs += e;
    sq += e * e;
    [5, 10, 20].forEach((band, k) => {
      if (e <= band) within[k] = (within[k] as number) + 1;
    });
  });
  return {
    n,
    mae: abs / n,
    rmse: Math.sqrt(sq / n),
    within5: (within[0] as number) / n,
    within10: (within[1] as number) / n,
    within20: (within[2] as number) / n,
  };
}

export interface PairedDifference {
  /** Mean over issues of |error of the other model| − |error of the reference model|: > 0 favours the reference. */
  mean: number;
  /** 95% percentile bootstrap interval of that mean. */
  low: number;
  high: number;
  resamples: number;
}

/**
 * Paired difference of absolute errors, other minus reference, with a percentile bootstrap interval.
 * With `groups` (one label per issue), whole groups are resampled (a cluster bootstrap), since issues
 * of one legislative proposal are decided together and are not independent.
 */
export function pairedDifference(
  reference: readonly number[],
  other: readonly number[],
  outcomes: readonly number[],
  rng: () => number,
  resamples = 2000,
  groups?: readonly string[],
): PairedDifference {
  const d = outcomes.map((y, i) => Math.abs((other[i] as number) - y) - Math.abs((reference[i] as number) - y));
  const n = d.length;
  const mean = d.reduce((a, x) => a + x, 0) / n;
  // Each cluster's sum and size; without groups every issue is its own cluster.
  const clusters = new Map<string, { sum: number; size: number }>();
  d.forEach((x, i) => {
    const key = groups ? (groups[i] as string) : String(i);
    const c = clusters.get(key) ?? { sum: 0, size: 0 };
    c.sum += x;
    c.size += 1;
    clusters.set(key, c);
  });
  const list = [...clusters.values()];
  const k = list.length;
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    let size = 0;
    for (let j = 0; j < k; j++) {
      const c = list[Math.floor(rng() * k)] as { sum: number; size: number };
      sum += c.sum;
      size += c.size;
    }
    means.push(sum / size);
  }
  means.sort((a, b) => a - b);
  const at = (q: number): number => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))] as number;
  return { mean, low: at(0.025), high: at(0.975), resamples };
}
