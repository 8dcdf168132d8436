/** `orrery trajectory A B --from D1 --to D2`: one tie month by month, and when it turned. */
import type { Command } from 'commander';
import { trajectoryAnalysis } from '../../operations/analyses/trajectory.js';
import { num, registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

const bar = (w: number): string =>
  w < 0
    ? `${'█'.repeat(Math.min(20, Math.round(-w * 5))).padStart(20)}|`
    : `${' '.repeat(20)}|${'█'.repeat(Math.min(20, Math.round(w * 5)))}`;

export function register(program: Command): void {
  registerAnalysis(program, trajectoryAnalysis, (r) => {
    const points = r.points.map((p) => [
      p.date,
      num(p.weight),
      num(p.relationWeight, 2),
      num(p.eventWeight, 2),
      bar(p.weight),
    ]);
    const turns = r.turns.map((t) => [
      `${t.previous} → ${t.date}`,
      t.to > 0 ? 'turns positive' : 'turns negative',
      t.explanation.map((x) => `${x.id} (${num(x.delta, 2)})`).join(', '),
    ]);
    return [
      `${r.a}–${r.b}: the tie over time (relations + decayed events)`,
      table(['date', 'weight', 'relations', 'events', '−  hostile | friendly  +'], points),
      turns.length ? table(['turn', 'direction', 'explained by'], turns, [26, 16, 70]) : 'no turn in the range',
    ].join('\n');
  });
}
