/** `orrery power --at DATE`: the capability index (after CINC) and power ratios such as AZE:ARM:military_budget. */
import type { Command } from 'commander';
import { powerAnalysis } from '../../operations/analyses/power.js';
import { num, registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerAnalysis(program, powerAnalysis, (r) => {
    const rows = r.actors.map((a) => [
      a.id,
      num(a.index),
      a.available,
      ...r.components.map((c) => num(a.components[c]?.share ?? null)),
    ]);
    const fig = (v: number | null): string =>
      v === null ? '—' : Math.abs(v) >= 1000 ? v.toLocaleString('en', { maximumFractionDigits: 0 }) : num(v, 3);
    const ratios = r.ratios.map((x) => [
      `${x.a}:${x.b}`,
      x.metric,
      fig(x.valueA),
      fig(x.valueB),
      x.ratio === null ? `— ${x.note ?? ''}` : num(x.ratio, 2),
      [x.evidence.a?.indicator, x.evidence.b?.indicator].filter(Boolean).join(', '),
    ]);
    return [
      `Capability index at ${r.date} (share of the system total per component, mean over the components an actor has; — = missing)`,
      table(['actor', 'index', 'n', ...r.components], rows),
      ...(ratios.length ? ['Ratios', table(['pair', 'metric', 'A', 'B', 'A/B', 'evidence'], ratios)] : []),
      ...r.notes.map((n) => `note: ${n}`),
    ].join('\n');
  });
}
