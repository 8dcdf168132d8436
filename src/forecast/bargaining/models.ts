/** The bargaining models, listed once, in the order tables print them. */
import { bdm } from './bdm.js';
import { compromise } from './compromise.js';
import { condorcet } from './condorcet.js';
import { median } from './median.js';
import { nash } from './nash.js';
import type { BargainingModel } from './stakes.js';

export const MODELS: readonly BargainingModel[] = [compromise, median, nash, bdm, condorcet];
