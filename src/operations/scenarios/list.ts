/** `scenarios`: every scenario file, with its changes in a line each and anything that keeps it from being applied. */
import { describeChange } from '../../analysis/scenario.js';
import { scenariosContract } from '../../contracts/scenarios.js';
import { changeDate, formatProblem } from '../../model/index.js';
import { defineOperation } from '../operation.js';
import { checkedScenarios } from './evidence.js';

export const scenariosOperation = defineOperation({
  contract: scenariosContract,
  async run(ctx) {
    return (await checkedScenarios(ctx)).map((c) => ({
      id: c.id,
      file: c.file,
      title: c.scenario?.title ?? null,
      description: c.scenario?.description ?? null,
      from: c.scenario?.from ?? null,
      changes: (c.scenario?.changes ?? []).map((ch) => ({
        change: ch.change,
        what: describeChange(ch),
        on: changeDate(c.scenario!, ch),
        rationale: ch.rationale,
      })),
      usable: c.scenario !== undefined && c.problems.length === 0,
      problems: c.problems.map(formatProblem),
    }));
  },
});
