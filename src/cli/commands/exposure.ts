/** `orrery exposure ACTOR --at DATE`: what an actor depends on, and on whom. */
import type { Command } from 'commander';
import type { Exposure } from '../../analysis/exposure.js';
import { num, registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerAnalysis<Exposure>(program, {
    id: 'exposure',
    actorParams: ['actor'],
    table: (r) => {
      const rows = r.byCommodity.flatMap((c) => c.suppliers.map((s) => [c.actor, c.commodity, s.supplier, s.share === null ? '— (amount only)' : `${num(s.share, 2)}${s.derived ? ' (from amounts)' : ''}`, num(c.concentration, 2), s.dependency]));
      const bySupplier = r.bySupplier.map((s) => [s.actor, s.supplier, num(s.max, 2), Object.entries(s.shares).map(([k, v]) => `${k} ${num(v, 2)}`).join(', ')]);
      return [
        `Dependencies in force at ${r.date}${r.actor ? ` for ${r.actor}` : ''}`,
        table(['dependent', 'commodity', 'supplier', 'share', 'HHI', 'record'], rows),
        'Exposure by supplier',
        table(['dependent', 'supplier', 'max share', 'by commodity'], bySupplier),
      ].join('\n');
    },
  });
}
