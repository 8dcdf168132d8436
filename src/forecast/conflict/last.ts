/**
 * Baseline: the last observed month carried forward (persistence; VIEWS's "last historical value"
 * benchmark): a point mass at the count of the origin month, whatever the horizon.
 */
import { pointMass, type ConflictModel } from './panel.js';

export const lastModel: ConflictModel = {
  name: 'last',
  method: 'point mass at the origin month’s count (persistence, VIEWS last-historical benchmark)',
  prepare: () => (unit) => pointMass(unit.deaths[unit.deaths.length - 1] ?? 0),
};
