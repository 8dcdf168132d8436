/** The `power` analysis: the capability index (after CINC) and power ratios at a date. */
import { defineAnalysis } from '../analysis.js';
import { PowerParams, balanceOfPower } from '../power.js';

export const powerAnalysis = defineAnalysis({
  id: 'power',
  title: 'Balance of power at a date',
  description:
    "A composite capability index after the Correlates of War CINC: per component the actor's share of the system total, averaged over the components it has (missing stays missing); and power ratios for pairs, on one metric or on the index.",
  params: PowerParams,
  positional: [],
  needs: ['indicators', 'actors'],
  outputs: {
    json: '{ date, components, system, actors: [{ id, index: number|null, available, components: { <component>: { metric, value, unit, share, date, indicator, range, approximate, bound, citations } | null } }], ratios: [{ a, b, metric, valueA, valueB, ratio, unit, evidence, note }], notes }',
    tables: {
      actors: "one row per actor: index and each component's share and value",
      ratios: 'one row per requested ratio',
    },
  },
  run: (data, p) => balanceOfPower(data, p),
  tables: (r) => ({
    actors: r.actors.map((a) => ({
      id: a.id,
      index: a.index,
      available: a.available,
      ...Object.fromEntries(
        r.components.flatMap((c) => [
          [`${c}_share`, a.components[c]?.share ?? null],
          [`${c}_value`, a.components[c]?.value ?? null],
          [`${c}_indicator`, a.components[c]?.indicator ?? null],
        ]),
      ),
    })),
    ratios: r.ratios.map((x) => ({
      a: x.a,
      b: x.b,
      metric: x.metric,
      valueA: x.valueA,
      valueB: x.valueB,
      ratio: x.ratio,
      unit: x.unit,
      indicatorA: x.evidence.a?.indicator ?? null,
      indicatorB: x.evidence.b?.indicator ?? null,
      note: x.note ?? null,
    })),
  }),
});
