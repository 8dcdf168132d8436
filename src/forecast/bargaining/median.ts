/**
 * The weighted median: with single-peaked preferences on one dimension, the position no weighted
 * majority can beat is the median of the positions weighted by voting power (Black 1958, "The Theory
 * of Committees and Elections"; the median voter model in Thomson et al. 2006, The European Union
 * Decides). Weight is capability × salience, as in the DEU "median actor" benchmark.
 */
import { weightedMedian, type Bargain, type BargainingModel } from './stakes.js';

export const median: BargainingModel = {
  name: 'median',
  method: 'weighted median, the Condorcet winner under weighted voting (Black 1958)',
  forecast: (b: Bargain) => weightedMedian(b.stakes),
};
