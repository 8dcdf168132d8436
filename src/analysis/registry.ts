/**
 * Every analysis, registered once. The CLI (src/cli/commands), the HTTP API and the web app list and
 * run analyses from here: a new analysis is a description in describe/ plus one line below.
 */
import { NotFoundError } from '../model/index.js';
import type { Analysis } from './analysis.js';
import { blocsAnalysis } from './describe/blocs.js';
import { diffAnalysis } from './describe/diff.js';
import { exposureAnalysis } from './describe/exposure.js';
import { networkAnalysis } from './describe/network.js';
import { powerAnalysis } from './describe/power.js';
import { seriesAnalysis } from './describe/series.js';

export const ANALYSES = [seriesAnalysis, networkAnalysis, blocsAnalysis, diffAnalysis, powerAnalysis, exposureAnalysis] as const;

export type AnalysisId = (typeof ANALYSES)[number]['id'];

export function getAnalysis(id: string): Analysis {
  const found = (ANALYSES as readonly Analysis[]).find((a) => a.id === id);
  if (!found) throw new NotFoundError('analysis', id, `known: ${ANALYSES.map((a) => a.id).join(', ')}`);
  return found;
}
