/** The sources' claims, each evaluated over the engines. */
import { z } from 'zod';
import { defineContract } from '../contract.js';
import { ScenarioMark } from '../../model/index.js';
import { scenarioParam } from '../scenario.js';
import { ClaimResult, Verdict } from '../records.js';

export const claimsContract = defineContract({
  id: 'claims',
  title: 'Claims',
  description:
    "the sources' claims about the order, each evaluated over the engines: verdict (agrees, disagrees, undetermined), figures and citations. Route claims use the corridor network; when there is none they are undetermined and say why.",
  tag: 'claims',
  method: 'get',
  path: '/api/claims',
  input: z
    .object({ verdict: Verdict.optional().describe('only claims with this verdict'), scenario: scenarioParam })
    .strict(),
  result: z.array(
    ClaimResult.extend({ scenario: ScenarioMark.optional().describe('set when judged under a scenario') }),
  ),
});
