/** The `power` analysis: the capability index (after CINC) and power ratios at a date. */
import { powerContract } from '../../contracts/analyses/power.js';
import { defineAnalysis } from './analysis.js';
import { balanceOfPower } from '../../analysis/power.js';
import { pick } from './table-columns.js';

export const powerAnalysis = defineAnalysis(powerContract, {
  needs: ['indicators', 'actors'],
  run: balanceOfPower,
  tables: (r) => ({
    actors: r.actors.map((a) => ({
      ...pick(a, ['id', 'index', 'available']),
      ...Object.fromEntries(
        r.components.flatMap((c) =>
          (['share', 'value', 'indicator'] as const).map((f) => [`${c}_${f}`, a.components[c]?.[f] ?? null]),
        ),
      ),
    })),
    ratios: r.ratios.map((x) => ({
      ...pick(x, ['a', 'b', 'metric', 'valueA', 'valueB', 'ratio', 'unit']),
      indicatorA: x.evidence.a?.indicator ?? null,
      indicatorB: x.evidence.b?.indicator ?? null,
      note: x.note ?? null,
    })),
  }),
});
