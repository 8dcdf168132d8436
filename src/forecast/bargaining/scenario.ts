/**
 * A scenario over a bargaining issue: each `set-position` change for the issue replaces an actor's
 * position, salience or capability. The new value carries the scenario's rationale as its support,
 * marked hypothetical, in place of the evidence's citation or estimate. The issue read from its file
 * is never touched.
 */
import type { BargainingIssue, SourcedValue } from '../../model/bargaining.js';
import type { Scenario } from '../../model/scenario.js';

export function applyScenarioToIssue(issue: BargainingIssue, s: Scenario): BargainingIssue {
  const changes = s.changes.filter((c) => c.change === 'set-position' && c.issue === issue.id);
  if (!changes.length) return issue;
  const value = (v: number, rationale: string): SourcedValue => ({
    value: v,
    estimate: `hypothetical (scenario ${s.id}): ${rationale}`,
  });
  return {
    ...issue,
    actors: issue.actors.map((a) => {
      const mine = changes.filter((c) => c.change === 'set-position' && c.actor === a.actor);
      let out = a;
      for (const c of mine) {
        if (c.change !== 'set-position') continue;
        out = {
          ...out,
          ...(c.position === undefined ? {} : { position: value(c.position, c.rationale) }),
          ...(c.salience === undefined ? {} : { salience: value(c.salience, c.rationale) }),
          ...(c.capability === undefined ? {} : { capability: value(c.capability, c.rationale) }),
        };
      }
      return out;
    }),
  };
}
