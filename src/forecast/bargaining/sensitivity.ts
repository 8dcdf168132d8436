/**
 * How much a forecast depends on each input: every actor's position, salience and capability (and the
 * reference point) is moved down and up by a step — 10 points by default, on the scale the input is
 * written in — one at a time, and each model's forecast is recomputed. The table gives, per input,
 * each model's lowest and highest forecast over the two moves and the unmoved one.
 */
import type { Bargain, BargainingModel, Stake } from './stakes.js';

export interface SensitivityRow {
  /** `ARM.position`, `AZE.salience`, `reference`. */
  input: string;
  /** Each model's [lowest, highest] forecast with this input moved by ±step. */
  range: Record<string, [number, number]>;
}

export interface SensitivityOptions {
  /** The step on the written scales, 10. */
  step: number;
  /** What one written unit of salience is on the models' 0–1 scale: 1/100 for a 0–100 file, 1 for 0–1. */
  salienceUnit: number;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export function sensitivity(
  b: Bargain,
  models: readonly BargainingModel[],
  options: Partial<SensitivityOptions> = {},
): SensitivityRow[] {
  const step = options.step ?? 10;
  const unit = options.salienceUnit ?? 1 / 100;
  const base = new Map(models.map((m) => [m.name, m.forecast(b)]));
  const row = (input: string, variants: Bargain[]): SensitivityRow => ({
    input,
    range: Object.fromEntries(
      models.map((m) => {
        const xs = [base.get(m.name) as number, ...variants.map((v) => m.forecast(v))];
        return [m.name, [Math.min(...xs), Math.max(...xs)]];
      }),
    ),
  });
  const moved = (i: number, change: (s: Stake, sign: number) => Stake): Bargain[] =>
    [-1, 1].map((sign) => ({ ...b, stakes: b.stakes.map((s, k) => (k === i ? change(s, sign) : s)) }));
  const rows: SensitivityRow[] = [];
  b.stakes.forEach((s, i) => {
    rows.push(
      row(
        `${s.id}.position`,
        moved(i, (t, sign) => ({ ...t, position: clamp(t.position + sign * step, 0, 100) })),
      ),
    );
    rows.push(
      row(
        `${s.id}.salience`,
        moved(i, (t, sign) => ({ ...t, salience: clamp(t.salience + sign * step * unit, 0, 1) })),
      ),
    );
    rows.push(
      row(
        `${s.id}.capability`,
        moved(i, (t, sign) => ({ ...t, capability: Math.max(0, t.capability + sign * step) })),
      ),
    );
  });
  if (b.reference !== undefined) {
    const ref = b.reference;
    rows.push(
      row(
        'reference',
        [-1, 1].map((sign) => ({ ...b, reference: clamp(ref + sign * step, 0, 100) })),
      ),
    );
  }
  return rows;
}
