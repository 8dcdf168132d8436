/**
 * Balance of power at a date: the capability index of every actor of the system (cinc.ts) and power
 * ratios for pairs, on one metric ("AZE:ARM:military_budget") or on the index ("AZE:ARM"). A ratio
 * whose figures are missing, or in different units, is null and says why.
 */
import { z } from 'zod';
import { actorsParam, dateParam, ratiosParam } from '../model/param-kinds.js';
import { UsageError } from '../model/index.js';
import { CINC_COMPONENTS, cinc, metricsOf, type CapabilityRow } from './cinc.js';
import { analysisDay, statusesParam } from './filters.js';
import type { AnalysisData } from './input.js';
import { latestFigure, type Figure } from './indicator-values.js';

export const PowerParams = z.object({
  at: dateParam('date; the latest figure on or before it counts (a partial date means its last day)'),
  components: z
    .array(z.string())
    .default(Object.keys(CINC_COMPONENTS))
    .describe('CINC components (milex, milper, irst, pec, tpop, upop) or metric names'),
  actors: actorsParam('the system whose totals give the shares (default: every state with a figure)').optional(),
  ratios: ratiosParam('pairs to compare: A:B (capability index) or A:B:metric (e.g. AZE:ARM:military_budget)').default(
    [],
  ),
  maxAge: z.number().nonnegative().default(5).describe('ignore figures older than this many years'),
  statuses: statusesParam('indicator'),
});
export type PowerOptions = z.output<typeof PowerParams>;

export interface PowerRatio {
  a: string;
  b: string;
  metric: string;
  valueA: number | null;
  valueB: number | null;
  ratio: number | null;
  unit: string | null;
  evidence: { a: Figure | null; b: Figure | null };
  note?: string;
}

export interface BalanceOfPower {
  date: string;
  components: string[];
  system: string[];
  actors: CapabilityRow[];
  ratios: PowerRatio[];
  notes: string[];
}

function ratioOf(
  spec: string,
  rows: CapabilityRow[],
  data: Pick<AnalysisData, 'indicators'>,
  day: string,
  maxAge: number,
): PowerRatio {
  const [a, b, metric] = spec.split(':');
  if (!a || !b) throw new UsageError(`a ratio is A:B or A:B:metric, got "${spec}"`);
  if (!metric) {
    const x = rows.find((r) => r.id === a)?.index ?? null;
    const y = rows.find((r) => r.id === b)?.index ?? null;
    const note =
      x === null || y === null ? 'no capability index for one side (not in the system, or no figures)' : undefined;
    return {
      a,
      b,
      metric: 'index',
      valueA: x,
      valueB: y,
      ratio: x !== null && y ? x / y : null,
      unit: null,
      evidence: { a: null, b: null },
      ...(note ? { note } : {}),
    };
  }
  const fa = latestFigure(data.indicators, a, metricsOf(metric), day, maxAge);
  const fb = latestFigure(data.indicators, b, metricsOf(metric), day, maxAge);
  let note: string | undefined;
  if (!fa || !fb) note = `no ${metric} figure for ${!fa ? a : b} within ${maxAge} years before ${day}`;
  else if (fa.unit !== fb.unit) note = `units differ: ${fa.unit} against ${fb.unit}`;
  const ratio = !note && fa && fb && fb.value !== 0 ? fa.value / fb.value : null;
  return {
    a,
    b,
    metric,
    valueA: fa?.value ?? null,
    valueB: fb?.value ?? null,
    ratio,
    unit: fa?.unit ?? fb?.unit ?? null,
    evidence: { a: fa, b: fb },
    ...(note ? { note } : {}),
  };
}

export function balanceOfPower(data: Pick<AnalysisData, 'indicators' | 'actors'>, o: PowerOptions): BalanceOfPower {
  const day = analysisDay(o.at);
  const indicators = data.indicators.filter((i) => o.statuses.includes(i.status ?? 'asserted'));
  const states = new Set(data.actors.filter((a) => a.kind === 'state').map((a) => a.id));
  const metrics = new Set(o.components.flatMap(metricsOf));
  const system =
    o.actors ??
    [
      ...new Set(
        indicators
          .filter((i) => metrics.has(i.metric) && (states.size === 0 || states.has(i.actor)))
          .map((i) => i.actor),
      ),
    ].sort();
  const { rows, notes } = cinc(indicators, { components: o.components, system, day, maxAgeYears: o.maxAge });
  rows.sort((x, y) => (y.index ?? -1) - (x.index ?? -1) || x.id.localeCompare(y.id));
  return {
    date: day,
    components: [...o.components],
    system,
    actors: rows,
    ratios: o.ratios.map((r) => ratioOf(r, rows, { indicators }, day, o.maxAge)),
    notes,
  };
}
