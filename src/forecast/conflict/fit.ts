/**
 * The small estimators the hurdle model needs, written out because they are a few lines each: ridge
 * logistic regression by Newton–Raphson with step halving (iteratively reweighted least squares,
 * McCullagh & Nelder 1989), ridge least squares, a linear solve by Gaussian elimination with partial pivoting, and the
 * standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). The first
 * coefficient is the intercept and is not penalised.
 */

/** Solves A x = b for a small dense system (A is copied). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const piv = m[c]![c]!;
    if (Math.abs(piv) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

const dot = (w: readonly number[], x: readonly number[]): number => w.reduce((s, wi, i) => s + wi * (x[i] ?? 0), 0);

/** Rows copied into one flat array, for the inner loops. */
function flat(xs: readonly number[][], p: number): Float64Array {
  const out = new Float64Array(xs.length * p);
  xs.forEach((x, r) => out.set(x.slice(0, p), r * p));
  return out;
}

/** log(1 + eᶻ), finite for large |z|. */
const log1pExp = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** The ridge-penalised log-likelihood of logistic coefficients `w` (the intercept unpenalised). */
function penalisedLikelihood(
  x: Float64Array,
  ys: readonly number[],
  w: readonly number[],
  lambda: number,
  p: number,
): number {
  let ll = 0;
  for (let r = 0; r < ys.length; r++) {
    let z = 0;
    for (let i = 0; i < p; i++) z += (w[i] as number) * (x[r * p + i] as number);
    ll += (ys[r] as number) * z - log1pExp(z);
  }
  let pen = 0;
  for (let i = 1; i < p; i++) pen += (w[i] as number) ** 2;
  return ll - (lambda / 2) * pen;
}

/**
 * Ridge logistic regression: coefficients maximising the penalised likelihood of y ∈ {0,1}. Starts
 * from `start` when given (the penalised likelihood is strictly concave for λ > 0, so the optimum is
 * the same from any start; a near one only saves iterations), else from the intercept of the base
 * rate, and stops when no coefficient moves by more than 1e-10.
 */
export function logistic(
  xs: readonly number[][],
  ys: readonly number[],
  lambda: number,
  iterations = 25,
  start?: readonly number[],
): number[] {
  const p = xs[0]?.length ?? 0;
  const n = xs.length;
  const x = flat(xs, p);
  const rate = Math.min(1 - 1e-6, Math.max(1e-6, ys.reduce((s, v) => s + v, 0) / Math.max(1, n)));
  let w = new Array<number>(p).fill(0);
  if (p > 0) w[0] = Math.log(rate / (1 - rate));
  if (start?.length === p) w = [...start];
  const h = new Float64Array(p * p);
  const g = new Float64Array(p);
  for (let it = 0; it < iterations; it++) {
    h.fill(0);
    g.fill(0);
    let ll = 0;
    for (let r = 0; r < n; r++) {
      const o = r * p;
      let z = 0;
      for (let i = 0; i < p; i++) z += (w[i] as number) * (x[o + i] as number);
      const mu = 1 / (1 + Math.exp(-z));
      ll += (ys[r] as number) * z - log1pExp(z);
      const s = Math.max(mu * (1 - mu), 1e-9);
      const e = (ys[r] as number) - mu;
      for (let i = 0; i < p; i++) {
        const xi = x[o + i] as number;
        g[i] = (g[i] as number) + e * xi;
        const sx = s * xi;
        for (let j = 0; j <= i; j++) h[i * p + j] = (h[i * p + j] as number) + sx * (x[o + j] as number);
      }
    }
    const hm: number[][] = [];
    const gv: number[] = [];
    for (let i = 0; i < p; i++) {
      const row: number[] = [];
      for (let j = 0; j < p; j++) row.push(j <= i ? (h[i * p + j] as number) : (h[j * p + i] as number));
      if (i > 0) row[i] = (row[i] as number) + lambda;
      hm.push(row);
      gv.push((g[i] as number) - (i > 0 ? lambda * (w[i] as number) : 0));
    }
    const step = solve(hm, gv);
    // Step halving: a full Newton step from a far start can overshoot, so shorten it until the
    // penalised likelihood does not fall (it is concave, so some step along the direction rises).
    let pen = 0;
    for (let i = 1; i < p; i++) pen += (w[i] as number) ** 2;
    const before = ll - (lambda / 2) * pen;
    let t = 1;
    let next = w.map((wi, i) => wi + (step[i] as number));
    for (let k = 0; k < 40 && penalisedLikelihood(x, ys, next, lambda, p) < before - 1e-12; k++) {
      t /= 2;
      next = w.map((wi, i) => wi + t * (step[i] as number));
    }
    w = next;
    if (t * Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return w;
}

/** Ridge least squares, and the residual standard deviation (degrees of freedom corrected). */
export function leastSquares(
  xs: readonly number[][],
  ys: readonly number[],
  lambda: number,
): { w: number[]; sigma: number } {
  const p = xs[0]?.length ?? 0;
  const a = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  xs.forEach((x, r) => {
    for (let i = 0; i < p; i++) {
      b[i]! += x[i]! * (ys[r] as number);
      for (let j = 0; j < p; j++) a[i]![j]! += x[i]! * x[j]!;
    }
  });
  for (let i = 1; i < p; i++) a[i]![i]! += lambda;
  const w = solve(a, b);
  const rss = xs.reduce((s, x, r) => s + ((ys[r] as number) - dot(w, x)) ** 2, 0);
  return { w, sigma: Math.sqrt(rss / Math.max(1, xs.length - p)) };
}

export { dot };

/** Φ⁻¹(q), the standard normal quantile, for 0 < q < 1 (Acklam 2003). */
export function normalQuantile(q: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (q < lo) {
    const t = Math.sqrt(-2 * Math.log(q));
    return (
      (((((c[0]! * t + c[1]!) * t + c[2]!) * t + c[3]!) * t + c[4]!) * t + c[5]!) /
      ((((d[0]! * t + d[1]!) * t + d[2]!) * t + d[3]!) * t + 1)
    );
  }
  if (q > 1 - lo) return -normalQuantile(1 - q);
  const u = q - 0.5;
  const r = u * u;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * u) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
