/**
 * The model's ties against a record it was not built from: ICEWS dyad-years (counts of cooperative
 * and conflictual events per pair of countries and year, coded by machine from world news). For every
 * year the alignment network is taken at 31 December and compared, pair by pair, with the year's ICEWS
 * balance (cooperation − conflict) / all events, over the pairs of states the model knows that ICEWS
 * reports at least `minEvents` events for:
 *
 * - `rho`: Spearman's rank correlation (average ranks for ties) between the model's weight (0 when it
 *   has no tie) and the ICEWS balance. News-coded events lean cooperative for every pair, so ranks
 *   are compared, not signs.
 * - `covered`: the share of those pairs on which the model has a tie at all.
 * - `mostHostile`: the pairs ICEWS finds most conflictual that year, with the model's weight; over
 *   all years, `hostileFound` is the share of years whose most conflictual ICEWS pair the model
 *   also reads as hostile (a negative weight).
 */
import type { DyadYear } from '../model/dyad-year.js';
import type { AnalysisData } from './input.js';
import { NetworkParams, alignmentNetwork } from './network.js';
import { pairKey } from './filters.js';

export interface DyadCheckOptions {
  from: number;
  to: number;
  minEvents: number;
  /** How many of the year's most conflictual ICEWS pairs to list. */
  hostile: number;
}

export interface DyadComparison {
  pair: string;
  events: number;
  icews: number;
  model: number;
}

export interface DyadCheckYear {
  year: number;
  pairs: number;
  covered: number;
  rho: number | null;
  mostHostile: DyadComparison[];
}

export interface DyadCheck {
  years: DyadCheckYear[];
  /** Mean of the yearly rho (years with a rho), and the share of pair-years covered. */
  meanRho: number | null;
  covered: number;
  hostileFound: number;
}

/** Average ranks (1-based), ties sharing the mean of their positions. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho: Pearson's correlation of the ranks; null with fewer than three points or no spread. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length < 3) return null;
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (v: number[]): number => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : null;
}

export function dyadCheck(
  data: Pick<AnalysisData, 'events' | 'relations' | 'actors'>,
  dyads: readonly DyadYear[],
  o: DyadCheckOptions,
): DyadCheck {
  const states = new Set(data.actors.filter((a) => a.kind === 'state').map((a) => a.id));
  const years: DyadCheckYear[] = [];
  let pairYears = 0;
  let coveredYears = 0;
  for (let year = o.from; year <= o.to; year++) {
    const totals = new Map<string, { coop: number; conf: number }>();
    for (const d of dyads) {
      if (d.year !== year || d.source === d.target || !states.has(d.source) || !states.has(d.target)) continue;
      const key = pairKey(d.source, d.target).join('–');
      const t = totals.get(key) ?? { coop: 0, conf: 0 };
      t.coop += d.verbalCooperation + d.materialCooperation;
      t.conf += d.verbalConflict + d.materialConflict;
      totals.set(key, t);
    }
    const net = alignmentNetwork(data, NetworkParams.parse({ at: String(year), explain: false, kinds: ['state'] }));
    const weight = new Map(net.edges.map((e) => [`${e.source}–${e.target}`, e.weight]));
    const rows: DyadComparison[] = [];
    for (const [pair, t] of totals) {
      const events = t.coop + t.conf;
      if (events < o.minEvents) continue;
      rows.push({ pair, events, icews: round3((t.coop - t.conf) / events), model: round3(weight.get(pair) ?? 0) });
    }
    const covered = rows.filter((r) => r.model !== 0).length;
    pairYears += rows.length;
    coveredYears += covered;
    years.push({
      year,
      pairs: rows.length,
      covered,
      rho: nullable3(
        spearman(
          rows.map((r) => r.model),
          rows.map((r) => r.icews),
        ),
      ),
      mostHostile: [...rows].sort((a, b) => a.icews - b.icews || a.pair.localeCompare(b.pair)).slice(0, o.hostile),
    });
  }
  const rhos = years.map((y) => y.rho).filter((r): r is number => r !== null);
  const withPairs = years.filter((y) => y.mostHostile.length > 0);
  return {
    years,
    meanRho: rhos.length ? round3(rhos.reduce((s, r) => s + r, 0) / rhos.length) : null,
    covered: pairYears ? round3(coveredYears / pairYears) : 0,
    hostileFound: withPairs.length
      ? round3(withPairs.filter((y) => y.mostHostile[0]!.model < 0).length / withPairs.length)
      : 0,
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const nullable3 = (x: number | null): number | null => (x === null ? null : round3(x));
