/**
 * The Bueno de Mesquita expected-utility model ("the EU model"), as reconstructed by Scholz, Calbert
 * & Smith (2011), "Unravelling Bueno De Mesquita's group decision model", Journal of Theoretical
 * Politics 23(4); original in Bueno de Mesquita (1994), "Political forecasting: an expected utility
 * method", in Bueno de Mesquita & Stokman (eds.), European Community Decision Making.
 *
 * Each round: positions are scaled by their range; every actor i weighs challenging every j with
 *   EU_i(j) = s_j [P_ij U^s + (1 − P_ij) U^f] + (1 − s_j) U^s − Q U^sq − (1 − Q)[T U^b + (1 − T) U^w],
 * where P_ij is the share of capability × salience × preference behind i against j, and the utilities
 * of success, failure, status quo, better and worse are 2 − 4(½ ∓ ½|x_i − x_j|)^r etc. around the
 * centre μ. The risk exponent r_i comes from how exposed i is to challenges. i challenges j when
 * EU_i(j) > 0; j answers with its own EU_j(i): it loses a conflict, compromises part of the way, or
 * capitulates. After the rounds, the forecast is the centre of the final positions.
 *
 * What the papers leave open is an option here, with the default named:
 * - `q`: probability the status quo holds without a challenge, 1.0 (Scholz et al.'s base case; 0.5 is
 *   the other common choice); `t`: probability that change without a challenge is for the better, 1.0.
 * - `risk`: 'computed' (BDM's r from security levels, default) or 'neutral' (r = 1 for all).
 * - `center`: the μ in the utilities and the forecast: 'median' (weighted median, the Condorcet winner,
 *   default, as BDM) or 'mean'.
 * - `offer`: which challenge an actor yields to when several arrive: 'strongest' (the largest
 *   challenger EU, default) or 'nearest' (the one that moves it least).
 * - `conflict`: who loses when both sides expect to gain: 'expected-utility' (the side expecting less
 *   yields, default, the reading of Scholz et al.'s rules) or 'probability' (the side with less weighted
 *   support, P < ½, yields).
 * - `stop`: 'rounds' (exactly `rounds` rounds) or 'stable' (stop earlier once no position moves more
 *   than `tolerance` points between rounds, default); `rounds` 10.
 */
import { weightedMean, weightedMedian, weightOf, type Bargain, type BargainingModel, type Stake } from './stakes.js';

export interface BdmOptions {
  q: number;
  t: number;
  risk: 'computed' | 'neutral';
  center: 'median' | 'mean';
  offer: 'strongest' | 'nearest';
  stop: 'rounds' | 'stable';
  conflict: 'expected-utility' | 'probability';
  rounds: number;
  tolerance: number;
}

export const BDM_DEFAULTS: BdmOptions = {
  q: 1,
  t: 1,
  risk: 'computed',
  center: 'median',
  offer: 'strongest',
  stop: 'stable',
  conflict: 'expected-utility',
  rounds: 10,
  tolerance: 0.01,
};

/** One round's state: positions after the round and the centre they give. */
export interface BdmRound {
  positions: number[];
  center: number;
}

interface Actor {
  x: number; // scaled 0–1
  s: number;
  w: number; // capability × salience
}

function center(actors: Actor[], how: BdmOptions['center']): number {
  const stakes: Stake[] = actors.map((a, i) => ({ id: String(i), position: a.x, salience: a.s, capability: 1 }));
  const weight = (s: Stake): number => (actors[Number(s.id)] as Actor).w;
  return how === 'median' ? weightedMedian(stakes, weight) : weightedMean(stakes, weight);
}

/** P_ij: the weighted support for i against j over all weighted preference between them. */
function winChance(actors: Actor[], i: number, j: number): number {
  const xi = (actors[i] as Actor).x;
  const xj = (actors[j] as Actor).x;
  if (xi === xj) return 0;
  let pro = 0;
  let all = 0;
  for (const k of actors) {
    const d = k.w * (Math.abs(k.x - xj) - Math.abs(k.x - xi));
    if (d > 0) pro += d;
    all += Math.abs(d);
  }
  return all > 0 ? pro / all : 0.5;
}

/** EU[i][j]: i's expected utility of challenging j, with i's risk exponent r[i]. */
function expectedUtilities(actors: Actor[], p: number[][], r: number[], mu: number, o: BdmOptions): number[][] {
  const n = actors.length;
  return actors.map((ai, i) => {
    const ri = r[i] as number;
    const u = (z: number): number => 2 - 4 * Math.pow(Math.min(1, Math.max(0, z)), ri);
    return Array.from({ length: n }, (_, j) => {
      if (i === j) return 0;
      const aj = actors[j] as Actor;
      const d = Math.abs(ai.x - aj.x);
      const dm = Math.abs(ai.x - mu);
      const us = u(0.5 - 0.5 * d);
      const uf = u(0.5 + 0.5 * d);
      const ub = u(0.5 - 0.25 * (dm + d));
      const uw = u(0.5 + 0.25 * (dm + d));
      const usq = u(0.5);
      const pij = p[i]?.[j] as number;
      return aj.s * (pij * us + (1 - pij) * uf) + (1 - aj.s) * us - o.q * usq - (1 - o.q) * (o.t * ub + (1 - o.t) * uw);
    });
  });
}

/** BDM's risk exponents: r_i = (1 − R_i/3)/(1 + R_i/3), R_i from i's exposure to others' challenges. */
function riskExponents(eu: number[][]): number[] {
  const n = eu.length;
  const exposure = Array.from({ length: n }, (_, i) =>
    eu.reduce((a, row, j) => (j === i ? a : a + (row[i] as number)), 0),
  );
  const max = Math.max(...exposure);
  const min = Math.min(...exposure);
  if (!(max > min)) return exposure.map(() => 1);
  return exposure.map((e) => {
    const R = (2 * e - max - min) / (max - min);
    return (1 - R / 3) / (1 + R / 3);
  });
}

/** Runs the model; returns every round's positions (on 0–100) and centre, the first entry the start. */
export function bdmRounds(b: Bargain, options: Partial<BdmOptions> = {}): BdmRound[] {
  const o = { ...BDM_DEFAULTS, ...options };
  const xs = b.stakes.map((s) => s.position);
  const lo = Math.min(...xs);
  const span = Math.max(...xs) - lo;
  const actors: Actor[] = b.stakes.map((s) => ({
    x: span > 0 ? (s.position - lo) / span : 0,
    s: s.salience,
    w: weightOf(s),
  }));
  const unscale = (x: number): number => lo + x * span;
  const snapshot = (): BdmRound => ({
    positions: actors.map((a) => unscale(a.x)),
    center: unscale(center(actors, o.center)),
  });
  const history = [snapshot()];
  if (span === 0) return history;
  for (let round = 0; round < o.rounds; round++) {
    let mu = center(actors, o.center);
    let r = actors.map(() => 1);
    // P_ij depends on positions and weights only: once per round.
    const p = actors.map((_, i) => actors.map((__, j) => (i === j ? 0 : winChance(actors, i, j))));
    let eu = expectedUtilities(actors, p, r, mu, o);
    if (o.risk === 'computed') {
      r = riskExponents(eu);
      mu = center(actors, o.center);
      eu = expectedUtilities(actors, p, r, mu, o);
    }
    // Every actor yields to at most one challenge, chosen by the `offer` rule; moves happen together.
    const next = actors.map((a) => a.x);
    actors.forEach((target, j) => {
      let chosen: { from: number; eu: number; x: number } | undefined;
      actors.forEach((challenger, i) => {
        const e = eu[i]?.[j] as number;
        if (i === j || !(e > 0) || challenger.x === target.x) return;
        const better =
          !chosen ||
          (o.offer === 'strongest'
            ? e > chosen.eu || (e === chosen.eu && Math.abs(challenger.x - target.x) < Math.abs(chosen.x - target.x))
            : Math.abs(challenger.x - target.x) < Math.abs(chosen.x - target.x));
        if (better) chosen = { from: i, eu: e, x: challenger.x };
      });
      if (!chosen) return;
      const own = eu[j]?.[chosen.from] as number;
      if (own > 0) {
        // Conflict: both expect to gain. Who yields is one of the open choices.
        const lost = o.conflict === 'probability' ? (p[chosen.from]?.[j] as number) > 0.5 : own < chosen.eu;
        if (lost) next[j] = chosen.x;
      } else if (own < 0 && Math.abs(own) < chosen.eu)
        next[j] = target.x + (chosen.x - target.x) * Math.abs(own / chosen.eu); // compromise
      else if (own < 0 && Math.abs(own) >= chosen.eu) next[j] = chosen.x; // capitulation
    });
    next.forEach((x, k) => ((actors[k] as Actor).x = x));
    const snap = snapshot();
    const before = (history[history.length - 1] as BdmRound).positions;
    const moved = Math.max(...snap.positions.map((x, k) => Math.abs(x - (before[k] as number))));
    history.push(snap);
    if (o.stop === 'stable' && moved < o.tolerance) break;
  }
  return history;
}

export function bdmForecast(b: Bargain, options: Partial<BdmOptions> = {}): number {
  const rounds = bdmRounds(b, options);
  return (rounds[rounds.length - 1] as BdmRound).center;
}

export const bdm: BargainingModel = {
  name: 'bdm',
  method: 'Bueno de Mesquita expected-utility model as reconstructed by Scholz, Calbert & Smith (2011)',
  forecast: (b) => bdmForecast(b),
};
