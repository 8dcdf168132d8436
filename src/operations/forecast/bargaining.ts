/**
 * The bargaining forecasts over the shipped issues: reading the issue files (citations checked against
 * the source texts, actors against the dataset), one issue's forecast by every model with its
 * sensitivity table (`forecast issue`, GET /api/forecast/issues/:id), and the list of issues.
 */
import type { ResultOf } from '../../contracts/contract.js';
import { bargainingIssueContract, bargainingIssuesContract } from '../../contracts/forecast/bargaining.js';
import { findIssue, type LoadedIssue } from '../../dataset/issues.js';
import { ISSUE_MODELS } from '../../forecast/bargaining/models.js';
import { applyScenarioToIssue } from '../../forecast/bargaining/scenario.js';
import { sensitivity } from '../../forecast/bargaining/sensitivity.js';
import { checkBargain } from '../../forecast/bargaining/stakes.js';
import { bargainOf } from '../../model/bargaining.js';
import { defineOperation } from '../operation.js';
import { evidence, marked } from '../scenarios/evidence.js';
import { contextIssues } from './issues.js';

export { readIssues } from './issues.js';

/** One issue forecast by every model, with the ±10 sensitivity table. */
export function issueForecast(loaded: LoadedIssue): ResultOf<typeof bargainingIssueContract> {
  const { issue, file } = loaded;
  const bargain = checkBargain(bargainOf(issue), file);
  const unit = issue.salienceScale === '0-1' ? 1 : 1 / 100;
  return {
    id: issue.id,
    title: issue.title,
    file,
    asOf: issue.asOf,
    scale: issue.scale,
    salienceScale: issue.salienceScale,
    capabilityMeaning: issue.capabilityMeaning,
    reference: issue.reference ?? null,
    inputs: issue.actors,
    forecasts: ISSUE_MODELS.map((m) => ({ name: m.name, method: m.method, forecast: m.forecast(bargain) })),
    sensitivity: sensitivity(bargain, ISSUE_MODELS, { step: 10, salienceUnit: unit }),
  };
}

/** The list of issues. */
export function issueList(issues: readonly LoadedIssue[]): ResultOf<typeof bargainingIssuesContract> {
  return issues.map(({ issue, file }) => ({
    id: issue.id,
    title: issue.title,
    asOf: issue.asOf,
    actors: issue.actors.map((a) => a.actor),
    file,
  }));
}

export const bargainingIssueOperation = defineOperation({
  contract: bargainingIssueContract,
  run: async (ctx, params) => {
    const loaded = findIssue(await contextIssues(ctx), params.id);
    if (!params.scenario) return issueForecast(loaded);
    const ev = await evidence(ctx, params.scenario);
    return { ...issueForecast({ ...loaded, issue: applyScenarioToIssue(loaded.issue, ev.scenario!) }), ...marked(ev) };
  },
});

export const bargainingIssuesOperation = defineOperation({
  contract: bargainingIssuesContract,
  run: async (ctx) => issueList(await contextIssues(ctx)),
});
