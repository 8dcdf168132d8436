/**
 * The arrow of a briefing entry, by one documented rule over Orrery's own figures (docs/briefing.md):
 *
 * - ties: T = Σ Δw over the entry's ties between the day before the period and its last day (the
 *   diff analysis), counting only what records new in the period did (events that entered the
 *   window, relations that began, ended or changed phase; not the ageing of older events), and
 *   M = Σ |Δw| of the same. Signal +1 when T ≥ TIE_STEP and T ≥ DOMINANCE · M (the ties moved
 *   mostly one way), −1 when T ≤ −TIE_STEP and −T ≥ DOMINANCE · M, else 0 (little moved, or moves
 *   in both directions offset each other).
 * - conflict: K = Σ |intensity| of the conflict events (verbal and material conflict) involving the
 *   entry in the period, K₀ in the previous period of equal length. Signal −1 when K − K₀ ≥
 *   max(EVENT_STEP, SHARE · K₀) (more conflict), +1 when K₀ − K is at least that, else 0.
 * - cooperation: the same over Σ intensity of cooperation events, with the opposite sign (more
 *   cooperation +1).
 *
 * score = 2 · ties + conflict + cooperation: improved when score ≥ 2, deteriorated when ≤ −2,
 * unchanged otherwise. A clear move of the ties decides alone unless both event signals contradict
 * it; events alone move the arrow only when conflict and cooperation agree.
 */
export const TIE_STEP = 0.1;
export const EVENT_STEP = 3;
export const SHARE = 0.25;
export const DOMINANCE = 0.5;

export type Arrow = 'deteriorated' | 'improved' | 'unchanged';

export interface ArrowFigures {
  tieChange: number;
  tieMovement: number;
  conflictIntensity: { now: number; before: number };
  cooperationIntensity: { now: number; before: number };
}

export interface ArrowSignals {
  ties: number;
  conflict: number;
  cooperation: number;
}

/** +1 when `now` exceeds `before` by the step, −1 when it falls short by it, else 0. */
function moved(now: number, before: number): number {
  const step = Math.max(EVENT_STEP, SHARE * before);
  if (now - before >= step) return 1;
  if (before - now >= step) return -1;
  return 0;
}

export function arrowSignals(f: ArrowFigures): ArrowSignals {
  return {
    ties:
      Math.abs(f.tieChange) >= TIE_STEP && Math.abs(f.tieChange) >= DOMINANCE * f.tieMovement
        ? Math.sign(f.tieChange)
        : 0,
    conflict: -moved(f.conflictIntensity.now, f.conflictIntensity.before) || 0,
    cooperation: moved(f.cooperationIntensity.now, f.cooperationIntensity.before),
  };
}

export function arrowOf(f: ArrowFigures): { arrow: Arrow; signals: ArrowSignals; score: number } {
  const signals = arrowSignals(f);
  const score = 2 * signals.ties + signals.conflict + signals.cooperation;
  const arrow = score >= 2 ? 'improved' : score <= -2 ? 'deteriorated' : 'unchanged';
  return { arrow, signals, score };
}
