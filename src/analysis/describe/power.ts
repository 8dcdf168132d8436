/** The `power` analysis: the capability index (after CINC) and power ratios at a date. */
import { powerContract } from '../../contracts/analyses/power.js';
import { defineAnalysis } from '../analysis.js';
import { balanceOfPower } from '../power.js';

export const powerAnalysis = defineAnalysis(powerContract, {
  needs: ['indicators', 'actors'],
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
