/**
 * How well the blocs explain the signs, and how polarised the network is.
 *
 * Frustration follows the partitioning criterion of P. Doreian & A. Mrvar (1996), "A partitioning
 * approach to structural balance", Social Networks 18(2): the weight of ties that break a partition
 * (negative inside a bloc, positive across blocs), here with equal penalties and as a share of all
 * tie weight (0 = the blocs explain every sign).
 *
 * Polarisation is Orrery's composite: fit × crossShare, where fit = 1 − 2·frustration (from −1 to 1,
 * floored at 0) and crossShare is the share of negative weight that runs between blocs. It is 1 for
 * camps that are friendly inside and hostile to each other, and 0 when there is no hostility, or when
 * it runs inside the blocs rather than between them.
 */
import type { SignedGraph } from './graph.js';

export interface PolarisationResult {
  frustration: number | null;
  polarisation: number | null;
  /** Weights: positive and negative, inside blocs and between them. */
  positiveWithin: number;
  positiveBetween: number;
  negativeWithin: number;
  negativeBetween: number;
}

export function polarisation(graph: SignedGraph, blocs: Record<string, number>): PolarisationResult {
  let positiveWithin = 0;
  let positiveBetween = 0;
  let negativeWithin = 0;
  let negativeBetween = 0;
  graph.forEachEdge((_e, attrs, s, t) => {
    const w = attrs.weight;
    const same = blocs[s] !== undefined && blocs[s] === blocs[t];
    if (w > 0) {
      if (same) positiveWithin += w;
      else positiveBetween += w;
    } else if (w < 0) {
      if (same) negativeWithin -= w;
      else negativeBetween -= w;
    }
  });
  const total = positiveWithin + positiveBetween + negativeWithin + negativeBetween;
  const negative = negativeWithin + negativeBetween;
  const frustration = total > 0 ? (negativeWithin + positiveBetween) / total : null;
  const fit = frustration === null ? 0 : Math.max(0, 1 - 2 * frustration);
  return {
    frustration,
    polarisation: total > 0 ? (negative > 0 ? fit * (negativeBetween / negative) : 0) : null,
    positiveWithin,
    positiveBetween,
    negativeWithin,
    negativeBetween,
  };
}
