/** Every operation's contract: the analyses and the other reads. Browser-safe, like each contract. */
import { ANALYSIS_CONTRACTS } from './analyses/index.js';
import { bargainingIssueContract, bargainingIssuesContract } from './forecast/bargaining.js';
import { conflictForecastContract } from './forecast/conflict.js';
import { READ_CONTRACTS } from './reads/index.js';
import { scenarioDiffContract, scenariosContract } from './scenarios.js';
import { briefContract } from './brief.js';

export {
  defineContract,
  pathParams,
  urlOf,
  type Contract,
  type InputOf,
  type ParamsOf,
  type ResultOf,
} from './contract.js';

export const CONTRACTS = [
  ...READ_CONTRACTS,
  ...ANALYSIS_CONTRACTS,
  scenariosContract,
  scenarioDiffContract,
  conflictForecastContract,
  bargainingIssuesContract,
  bargainingIssueContract,
  briefContract,
] as const;
